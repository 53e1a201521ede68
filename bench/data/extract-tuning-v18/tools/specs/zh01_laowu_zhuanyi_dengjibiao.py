FILE = "zh01_laowu_zhuanyi_dengjibiao.txt"
LANG = "zh"
DATE = "2019-05-06"
NOTE = ("County labour-transfer register (富余劳动力转移就业人员登记表) with a table and explanatory notes, simplified Chinese, "
        "fully annotated (events and codes). Orgs with toponyms: the county human-resources bureau and the employer "
        "「芜湖恒信电子有限公司」 (no place inside); the title's 「洛浦县」 is a mention. Table cells: birth year-months are month "
        "dates; batch and row numbers are not. Middle-dot names: 热依拉·阿不都热合曼 <- 阿不都热合曼·肉孜; siblings "
        "买买提明·艾则孜 and 古丽娜尔·艾则孜 <- 艾则孜·托合提 (the bare 「艾则孜」 inside the children's names is not the father); "
        "「买买提明之妹」 is a mention of the brother. Row 1: camp ('职业技能教育培训中心学习八个月'), released 2018-12, put straight "
        "into the transfer (forced labour after detention); father held in the county detention centre (pretrial). Row 2: refused, "
        "mother refused, work team visited three times until he signed (forced labour); father sentenced in 2017. Row 3: under 18, "
        "'暂不转移' (forced labour negated). Notes: closed management, flag-raising, Mandarin study, 'gratitude education' "
        "(indoctrination) and phone checks (digital) for the transferred workers; cadre 李建军 is official and perpetrator. "
        "「6月」 (next batch) is after the document date: not annotated.")
ORGS = ["洛浦县人力资源和社会保障局", "芜湖恒信电子有限公司"]
PERSONS = [
    P("p1", "热依拉·阿不都热合曼", ["热依拉·阿不都热合曼"], ["victim", "relative"], gender="female", ethnicity="Uyghur",
      birth_year=1998, rel=[("daughter", "p2")],
      viol=[("detention.internment_camp", "曾在县职业技能教育培训中心学习八个月"),
            ("labour.forced_labour", "结业后直接纳入本批转移"),
            ("indoctrination.political", "每周一参加升国旗仪式，每晚参加国语学习，每月开展一次感恩教育"),
            ("surveillance.digital", "转移人员手机统一登记，由带队干部定期检查")]),
    P("p2", "阿不都热合曼·肉孜", ["阿不都热合曼·肉孜"], ["victim", "relative"], gender="male", rel=[("father", "p1")],
      viol=[("detention.pretrial", "现押于县看守所")]),
    P("p3", "买买提明·艾则孜", ["买买提明·艾则孜", "买买提明"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      birth_year=1995, rel=[("son", "p4"), ("brother", "p5")],
      viol=[("labour.forced_labour", "本人初次表示不愿外出，其母亲亦不同意，经村工作队三次入户做工作后签字同意"),
            ("indoctrination.political", "每周一参加升国旗仪式，每晚参加国语学习，每月开展一次感恩教育"),
            ("surveillance.digital", "转移人员手机统一登记，由带队干部定期检查")]),
    P("p4", "艾则孜·托合提", ["艾则孜·托合提"], ["victim", "relative"], gender="male", rel=[("father", "p3"), ("father", "p5")],
      viol=[("detention.prison_sentence", "于2017年被判刑")]),
    P("p5", "古丽娜尔·艾则孜", ["古丽娜尔·艾则孜"], ["relative"], gender="female", ethnicity="Uyghur", birth_year=2002,
      rel=[("sister", "p3"), ("daughter", "p4")]),
    P("p6", "李建军", ["李建军"], ["official", "perpetrator"]),
]
PLACES = [
    L("Lop County", ["洛浦县"]),
    L("Anhui", ["安徽省"]),
    L("Wuhu", ["芜湖市", "芜湖"]),
    L("Duolu Township", ["多鲁乡"]),
    L("Hanggui Township", ["杭桂乡"]),
]
DATES = [
    D("2019年5月6日", "2019-05-06", "day"),
    D("1998年3月", "1998-03", "month"),
    D("2018年12月", "2018-12", "month"),
    D("1995年7月", "1995-07", "month"),
    D("2017年", "2017", "year"),
    D("2002年1月", "2002-01", "month"),
    D("2019年4月20日", "2019-04-20", "day"),
]
EVENTS = [
    ("detention", "p1", None),
    ("release", "p1", "2018-12"),
    ("detention", "p2", None),
    ("sentencing", "p4", "2017"),
]
NEGATED = [("p5", "labour.forced_labour", "暂不转移")]
FORBIDDEN = []
