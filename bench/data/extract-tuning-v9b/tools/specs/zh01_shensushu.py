DOC = dict(file='zh01_shensushu.txt', language='zh', document_date='2020-07-06',
 note="Chinese (simplified) criminal petition for retrial (刑事申诉书) by a convicted teacher's wife: petitioner and original-defendant identity paragraphs, request, numbered facts and reasons, addressee (此致 和田地区人民检察院), signature and a date in Chinese numerals; gold covers only persons (named people; names, mentions, roles, attributes, relations), places and dates; events, negated, forbidden and violations are deliberately empty. The son 伊力夏提·艾买提 carries the father 艾买提·司马义's given name (bare '艾买提' inside the son's name is no father mention; the bare '艾买提' elsewhere is the father); the petitioner 古丽米拉·阿不都热依木 and her brother 阿不力克木·阿不都热依木 share their father's name (unnamed, not a person); the colleague 热依汗古丽·吐尔逊 is a witness; the courts, the county public security bureau, the procuratorate and the township school ('和田地区中级人民法院', '墨玉县公安局', '墨玉县人民法院', '和田地区人民检察院', '喀尔赛乡中心小学') are organisations (no place mentions), while the address chain 新疆维吾尔自治区+和田地区+墨玉县+喀尔赛乡 gives one mention per unit; '（2018）新32刑终字第117号' is a case number (no date, no place); ethnonym 维吾尔族 and 维吾尔语 are no places; '同年12月' -> 2017-12, '次年3月' -> 2019-03 (from 2018年6月), '二〇二〇年七月六日' -> 2020-07-06; birth dates '1982年4月' (month), '1979年11月3日' (day), '2008年' (year).")
SKIP = ['和田地区中级人民法院', '墨玉县公安局', '墨玉县人民法院', '和田地区人民检察院', '喀尔赛乡中心小学']
PERSONS = [
 dict(id='p1', name='古丽米拉·阿不都热依木', names=['古丽米拉·阿不都热依木'], roles=['relative', 'witness'], gender='female', ethnicity='维吾尔族', birth_year=1982,
      relations=[('wife', 'p2'), ('mother', 'p4'), ('sister', 'p5')]),
 dict(id='p2', name='艾买提·司马义', names=['艾买提·司马义', '艾买提'], roles=['victim'], gender='male', ethnicity='维吾尔族', birth_year=1979,
      relations=[('husband', 'p1'), ('father', 'p4'), ('brother-in-law', 'p5')]),
 dict(id='p3', name='热依汗古丽·吐尔逊', names=['热依汗古丽·吐尔逊'], roles=['witness'], gender='female'),
 dict(id='p4', name='伊力夏提·艾买提', names=['伊力夏提·艾买提'], roles=['relative'], gender='male', birth_year=2008,
      relations=[('son', 'p1'), ('son', 'p2'), ('nephew', 'p5')]),
 dict(id='p5', name='阿不力克木·阿不都热依木', names=['阿不力克木·阿不都热依木'], roles=['relative'], gender='male',
      relations=[('brother', 'p1'), ('uncle', 'p4'), ('brother-in-law', 'p2')]),
]
PLACES = [
 dict(name='Xinjiang', mentions=['新疆维吾尔自治区']), dict(name='Hotan Prefecture', mentions=['和田地区']),
 dict(name='Karakax County', mentions=['墨玉县']), dict(name='Karasay Township', mentions=['喀尔赛乡']),
 dict(name='Kazakhstan', mentions=['哈萨克斯坦']), dict(name='Almaty', mentions=['阿拉木图']), dict(name='Urumqi', mentions=['乌鲁木齐']),
 dict(name='Turkey', mentions=['土耳其']), dict(name='Istanbul', mentions=['伊斯坦布尔']),
]
DATES = [('1982年4月', '1982-04', 'month'), ('1979年11月3日', '1979-11-03', 'day'), ('2017年9月', '2017-09', 'month'), ('同年12月', '2017-12', 'month'),
 ('2018年6月', '2018-06', 'month'), ('2016年', '2016', 'year'), ('次年3月', '2019-03', 'month'), ('2008年', '2008', 'year'),
 ('二〇二〇年七月六日', '2020-07-06', 'day')]
EVENTS = []
NEGATED = []
FORBIDDEN = []
