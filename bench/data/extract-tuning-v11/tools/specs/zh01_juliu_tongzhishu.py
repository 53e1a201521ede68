LANG = 'zh'; DATE = '2023-05-08'
NOTE = ("Chinese county police detention notice (拘留通知书) with service receipt (送达回执), notice of extension (延长拘留期限"
        "通知书) and an NGO archivist's note. Gold covers persons, places and dates only: events, negated, forbidden are "
        "empty and no person has violations. Not dates: the document number 〔2018〕0412号, clock time 22时, 三十日 (a "
        "period). Dates in Arabic and Chinese numerals (二〇一八年三月十日); relative 前一年10月 -> 2017-10, 同年4月8日 -> "
        "2018-04-08. Organisations with toponyms: 霍城县公安局 (also its seal lines), the law title 《中华人民共和国刑事诉讼法》 "
        "(no places); 霍城县看守所 and the address chain 霍城县+清水河镇 are mentions. Uyghur naming: 伊力亚尔·艾合买提江 <- "
        "艾合买提江·吐尔逊 <- 吐尔逊·肉孜; sister 古丽娜·吐尔逊. Officials 民警马建军, 哈力克·艾力 (title outside span). Rumoured "
        "transfer to 乌鲁木齐 (place only). Archivist's note date is the document date.")
ORGS = ['霍城县公安局', '《中华人民共和国刑事诉讼法》']
PERSONS = [
 dict(id='p1', name='艾合买提江·吐尔逊', names=['艾合买提江·吐尔逊'], roles=['victim'], gender='male', ethnicity='维吾尔族', birth_year=1979,
      relations=[('husband', 'p2'), ('son', 'p5'), ('father', 'p6'), ('brother', 'p7')]),
 dict(id='p2', name='阿依努尔·买买提', names=['阿依努尔·买买提'], roles=['relative'], gender='female', relations=[('wife', 'p1')]),
 dict(id='p3', name='马建军', names=['马建军'], roles=['official'], gender=None),
 dict(id='p4', name='哈力克·艾力', names=['哈力克·艾力'], roles=['official'], gender=None),
 dict(id='p5', name='吐尔逊·肉孜', names=['吐尔逊·肉孜'], roles=['relative'], gender='male', relations=[('father', 'p1'), ('father', 'p7'), ('grandfather', 'p6')]),
 dict(id='p6', name='伊力亚尔·艾合买提江', names=['伊力亚尔·艾合买提江'], roles=['relative'], gender='male', age=12, relations=[('son', 'p1')]),
 dict(id='p7', name='古丽娜·吐尔逊', names=['古丽娜·吐尔逊'], roles=['relative', 'witness'], gender='female', relations=[('sister', 'p1')]),
]
PLACES = [
 dict(name='Xinjiang', names=['新疆维吾尔自治区']), dict(name='Ili Kazakh Autonomous Prefecture', names=['伊犁哈萨克自治州']),
 dict(name='Huocheng County', names=['霍城县']), dict(name='Qingshuihe', names=['清水河镇']), dict(name='Yining', names=['伊宁市']),
 dict(name='Almaty', names=['阿拉木图']), dict(name='Ürümqi', names=['乌鲁木齐']),
]
DATES = [
 ('2018年3月9日', '2018-03-09', 'day'), ('1979年6月2日', '1979-06-02', 'day'), ('二〇一八年三月十日', '2018-03-10', 'day'),
 ('2018年3月12日', '2018-03-12', 'day'), ('前一年10月', '2017-10', 'month'), ('同年4月8日', '2018-04-08', 'day'),
 ('二〇一八年四月九日', '2018-04-09', 'day'), ('2023年5月8日', '2023-05-08', 'day'),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
