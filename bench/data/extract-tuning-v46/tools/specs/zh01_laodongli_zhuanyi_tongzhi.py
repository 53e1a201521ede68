FILE = "zh01_laodongli_zhuanyi_tongzhi.txt"
LANG = "zh"
DATE = "2021-04-16"
NOTE = ("County labour-transfer leading group office's notice (通知) assigning the second 2021 batch of 'surplus labour' "
        "transfers outside Xinjiang: quotas by township (no one named: no event), 'at least one per household, no "
        "excuse', team leaders who live with the workers, run 'ideological education' and keep their documents (the "
        "workers are a group: no person). Named team leaders and a deputy bureau head are `official`. One named worker "
        "who went home from Dongguan without leave in March 2021 'was brought back by the township police station and "
        "sent to the county vocational skills education and training centre to study' = arbitrary arrest + camp (rule 1; "
        "the state's own statement is gold) + forced labour (leaving the assigned work is punished); arrest and detention "
        "undated (March 2021 dates his going home, not the taking). Township names and 疏附县 inside the issuing office's "
        "name are place mentions (v43 rule 6); 〔2021〕7号 is a reference number. Deadlines after the notice's date (4月30日, "
        "5月10日, 2021年5月20日) are date mentions, annotated.")
ORGS = []
PERSONS = [
    P("p1", "王志强", ["王志强"], ["official"], gender=None),
    P("p2", "艾尼瓦尔·司马义", ["艾尼瓦尔·司马义"], ["official"], gender="male"),
    P("p3", "刘海燕", ["刘海燕"], ["official"], gender=None),
    P("p4", "阿迪力·吾守尔", ["阿迪力·吾守尔"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "已由乡派出所带回，送县职业技能教育培训中心学习"),
            ("detention.internment_camp", "县职业技能教育培训中心"),
            ("labour.forced_labour", "擅自从东莞返乡，已由乡派出所带回")]),
]
PLACES = [
    L("Shufu", ["疏附县"]),
    L("Jiangxi", ["江西省"]),
    L("Ganzhou", ["赣州市"]),
    L("Guangdong", ["广东省"]),
    L("Dongguan", ["东莞市", "东莞"]),
    L("Tashmiliq", ["塔什米里克乡"]),
    L("Saybagh", ["萨依巴格乡"]),
    L("Bulaqsu", ["布拉克苏乡"]),
]
DATES = [
    D("下达[[2021年]]第二批", "2021", "year"),
    D("现将[[2021年]]第二批", "2021", "year"),
    D("2021年5月20日", "2021-05-20", "day"),
    D("2021年3月", "2021-03", "month"),
    D("4月30日", "2021-04-30", "day"),
    D("5月10日", "2021-05-10", "day"),
    D("2021年4月16日", "2021-04-16", "day"),
]
EVENTS = [
    ("arrest", "p4", None),
    ("detention", "p4", None),
]
NEGATED = []
FORBIDDEN = []
