FILE = "zh01_cunweihui_gongshi.txt"
LANG = "zh"
DATE = "2019-03-08"
NOTE = ("Village committee's public notice (公示) of a labour-transfer list, simplified Chinese, FULL gold (events and codes). "
        "Issuing committee (header and signature) and 和田县人民法院 are orgs (no place inside); 和田县 inside the training "
        "centre's name is a place mention (facility = type + place). Numbering 一、二…, '3村', '(4岁)', '每周一' are no dates; "
        "the range end '3月14日' lies after the document date and is not annotated. 艾合买提·吐尔逊: training centre "
        "2018-04 to 2019-02 = camp (detention + release), sent by the township to a factory in Hefei = forced labour, his "
        "son boarded at the kindergarten = family separation. Sister 阿依古丽·吐尔逊 sent to the same factory = forced "
        "labour; her husband 买买提明·卡斯木 taken into custody Dec 2017, ten years in 2018 = prison sentence. "
        "努尔艾力·买合木提: unwilling, 'thought work' three times by the household cadre 帕尔哈提·阿不都热依木 "
        "(official, perpetrator), wages held by the factory = forced labour; '未参加过培训' negated camp. His sister "
        "热孜宛古丽·买合木提 (bare '努尔艾力之姐') has no code (village factory work, not stated as forced). Team leader "
        "孙立伟 signs = official. The weekly flag-raising and Mandarin study for all workers is general (not coded per person).")
ORGS = ["和田县拉依喀乡3村村民委员会", "拉依喀乡3村村民委员会", "和田县人民法院"]
PERSONS = [
    P("p1", "艾合买提·吐尔逊", ["艾合买提·吐尔逊"], ["victim", "relative"], gender="male", ethnicity="Uyghur", birth_year=1991,
      rel=[("brother", "p2")],
      viol=[("detention.internment_camp", "2018年4月至2019年2月在和田县职业技能教育培训中心学习"),
            ("labour.forced_labour", "结业后由乡里统一安排外出，拟赴安徽省合肥市某电子厂务工"),
            ("family.separation", "其子（4岁）由村幼儿园全日寄宿托管")]),
    P("p2", "阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"], ["victim", "relative"], gender="female", ethnicity="Uyghur", birth_year=1994,
      rel=[("sister", "p1"), ("wife", "p3")],
      viol=[("labour.forced_labour", "拟赴同一工厂")]),
    P("p3", "买买提明·卡斯木", ["买买提明·卡斯木"], ["victim", "relative"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.prison_sentence", "2018年经和田县人民法院判处有期徒刑十年")]),
    P("p4", "努尔艾力·买合木提", ["努尔艾力·买合木提", "努尔艾力"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      birth_year=1987, rel=[("brother", "p6")],
      viol=[("labour.forced_labour", "本人曾表示不愿外出，经包户干部帕尔哈提·阿不都热依木三次入户做思想工作后\"转变认识\"，拟赴江苏省昆山市某服装厂务工，工资由厂方统一代管")]),
    P("p5", "帕尔哈提·阿不都热依木", ["帕尔哈提·阿不都热依木"], ["official", "perpetrator"], gender="male"),
    P("p6", "热孜宛古丽·买合木提", ["热孜宛古丽·买合木提"], ["relative"], gender="female", birth_year=1989, rel=[("sister", "p4")]),
    P("p7", "孙立伟", ["孙立伟"], ["official"], gender="male"),
]
PLACES = [
    L("Hotan County", ["和田县"]),
    L("Anhui", ["安徽省"]),
    L("Hefei", ["合肥市"]),
    L("Jiangsu", ["江苏省"]),
    L("Kunshan", ["昆山市"]),
]
DATES = [
    D("关于[[2019年]]第一批", "2019", "year"),
    D("1991年", "1991", "year"),
    D("2018年4月", "2018-04", "month"),
    D("2019年2月", "2019-02", "month"),
    D("1994年", "1994", "year"),
    D("2017年12月", "2017-12", "month"),
    D("[[2018年]]经", "2018", "year"),
    D("1987年", "1987", "year"),
    D("1989年", "1989", "year"),
    D("2017年10月", "2017-10", "month"),
    D(("2019年3月8日", 0), "2019-03-08", "day"),
    D(("2019年3月8日", 1), "2019-03-08", "day"),
]
EVENTS = [
    ("detention", "p1", "2018-04"),
    ("release", "p1", "2019-02"),
    ("arrest", "p3", "2017-12"),
    ("sentencing", "p3", "2018"),
]
NEGATED = [("p4", "detention.internment_camp", "未参加过培训")]
FORBIDDEN = []
