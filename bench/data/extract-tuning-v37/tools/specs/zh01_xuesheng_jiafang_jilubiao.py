FILE = "zh01_xuesheng_jiafang_jilubiao.txt"
LANG = "zh"
DATE = "2019-04-22"
NOTE = ("Ghulja (Yining) primary school's pupil home-visit record (学生家访记录表: header fields, numbered findings, class "
        "teacher's and moral-education office's opinions), simplified Chinese, full gold, in official wording. Pupil "
        "'阿卜杜拉·艾合买提' (surname = father's given name). Father '艾合买提·托合提' taken by community cadres Nov 2017 "
        "for 'ideological problems' (arbitrary arrest), 'studying' at a 职业技能教育培训中心 (camp); monthly video visits, so "
        "no incommunicado. Mother '古丽娜·买买提' organised to work in a Jiangsu garment factory in spring 2018 (-> 2018), "
        "cannot come home for three years (forced labour; no prior custody, no transfer event). Grandmother "
        "'帕提古丽·吾斯曼': forbidden to speak Uyghur with the child (language ban), Arabic-script wall hanging taken by "
        "the work team (religious ban), weekly flag-raising and night school since March 2019 (indoctrination); "
        "'奶奶本人未参加培训' = negated internment camp. Uncle '艾力·托合提' in Kazakhstan: asked about money, no code. "
        "The boarding-school placement is only proposed (no code). '伊宁市' in the school's name is inside an "
        "organisation; in the address and 'camp in Yining' it is a place. '去年' -> 2018. Not dates: '每周日', "
        "'每周一', '下学期', '三年', '三年级'.")
ORGS = ["伊宁市第十五小学"]
PERSONS = [
    P("p1", "阿卜杜拉·艾合买提", ["阿卜杜拉·艾合买提"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4"), ("nephew", "p5")]),
    P("p2", "艾合买提·托合提", ["艾合买提·托合提"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "因“思想有问题”被社区干部带走"),
            ("detention.internment_camp", "现在伊宁市的职业技能教育培训中心学习")]),
    P("p3", "古丽娜·买买提", ["古丽娜·买买提"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("labour.forced_labour", "被组织到江苏一家服装厂务工，合同三年，期间不能回家")]),
    P("p4", "帕提古丽·吾斯曼", ["帕提古丽·吾斯曼"], ["victim", "relative"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p2"), ("mother", "p5")],
      viol=[("culture.language_ban", "今后在家中不准和孩子说维吾尔语"),
            ("culture.religious_ban", "客厅墙上原挂有一幅带阿拉伯文的挂毯，上次入户时已由驻村工作队收走"),
            ("indoctrination.political", "每周一早上到社区参加升国旗仪式，晚上参加夜校学习")]),
    P("p5", "艾力·托合提", ["艾力·托合提"], ["relative"], gender="male",
      rel=[("uncle", "p1"), ("brother", "p2"), ("son", "p4")]),
    P("p6", "李娟", ["李娟"], ["other"], gender="female"),
    P("p7", "王建国", ["王建国"], ["other"], gender="male"),
]
PLACES = [
    L("Ghulja", ["伊宁市"]),
    L("Jiangsu", ["江苏"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
]
DATES = [
    D("2019年4月18日", "2019-04-18", "day"),
    D("2017年11月", "2017-11", "month"),
    D("2018年春天", "2018", "year"),
    D("去年", "2018", "year"),
    D("今年3月", "2019-03", "month"),
    D("2019年4月22日", "2019-04-22", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
]
NEGATED = [("p4", "detention.internment_camp", "奶奶本人未参加培训")]
FORBIDDEN = []
