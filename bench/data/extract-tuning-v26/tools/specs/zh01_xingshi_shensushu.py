FILE = "zh01_xingshi_shensushu.txt"
LANG = "zh"
DATE = "2021-06-20"
NOTE = ("Wife's criminal appeal petition (刑事申诉书) to the Xinjiang High People's Court against her husband's sentence, "
        "written with a scribe (代书人), simplified Chinese (full gold). Party blocks '申诉人：热依拉·吐尔逊' and "
        "'原审被告人：阿布都热依木·买买提', later '阿布都热依木' alone; son only '艾力'. Scribe 周文斌 is role other. Case number "
        "（2018）新31刑初52号 is not a date; courts are organisations. '2017年4月12日' night arrest; '2018年3月' "
        "sentencing ('十一个月' is a duration); '同年8月' chained on 2018 -> transfer 2018-08; '今年1月' -> 2021-01; "
        "'上个月' -> 2021-05; '前年冬天' -> 2019 (the wife's summons: interrogation event). Beating denied ('没有挨过打') beside "
        "sleep deprivation; the wife's 'but I was not held' beside her questioning. Cousin's sentence is hearsay and the "
        "cousin is unnamed: not annotated. Confession: thumbprint on a statement written by police = forced confession.")
ORGS = ["喀什地区中级人民法院", "新疆维吾尔自治区高级人民法院"]
PERSONS = [
    P("p1", "热依拉·吐尔逊", ["热依拉·吐尔逊"], ["narrator", "relative", "witness"], gender="female",
      ethnicity="Uyghur", birth_year=1985, rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "阿布都热依木·买买提", ["阿布都热依木·买买提", "阿布都热依木"], ["victim", "relative"], gender="male",
      ethnicity="Uyghur", birth_year=1982, rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "未出示任何手续，就把我丈夫带走了"),
            ("surveillance.digital", "民警当场检查了他的手机，说里面有“宗教录音”"),
            ("detention.pretrial", "在喀什市看守所被关押了十一个月"),
            ("detention.incommunicado", "其间家属不能会见，也没有律师"),
            ("detention.prison_sentence", "判处他有期徒刑十五年"),
            ("coercion.forced_confession", "那份笔录是民警写好的，他不识汉字，是被要求按的手印"),
            ("torture.sleep_deprivation", "审讯时连续几天不让睡觉"),
            ("culture.religious_ban", "原判认定他“组织非法宗教活动”，实际上他只是在家里教儿子艾力做礼拜"),
            ("ill_treatment.denied_medical_care", "他患有高血压，上个月打电话时说一直拿不到药")]),
    P("p3", "艾力", ["艾力"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "周文斌", ["周文斌"], ["other"]),
]
PLACES = [
    L("Kashgar", ["喀什市"]),
    L("Dolatbagh", ["多来特巴格乡"]),
    L("Urumqi", ["乌鲁木齐"]),
]
DATES = [
    D("1985年", "1985", "year"),
    D("1982年", "1982", "year"),
    D("2017年4月12日", "2017-04-12", "day"),
    D("2018年3月", "2018-03", "month"),
    D("今年1月", "2021-01", "month"),
    D("同年8月", "2018-08", "month"),
    D("上个月", "2021-05", "month"),
    D("前年冬天", "2019", "year"),
    D("2021年6月20日", "2021-06-20", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-04-12"),
    ("detention", "p2", "2017-04-12"),
    ("sentencing", "p2", "2018-03"),
    ("transfer", "p2", "2018-08"),
    ("interrogation", "p1", "2019"),
]
NEGATED = [
    ("p2", "torture.beating", "他说自己没有挨过打"),
    ("p1", "detention.arbitrary_arrest", "但我没有被关押"),
]
FORBIDDEN = []
