FILE = "zh01_bingqing_gaozhi_jiashu.txt"
LANG = "zh"
DATE = "2024-11-06"
NOTE = ("Hospital neurology ward's notice to a patient's family (病情告知及家属联系通知书), Yining, with the daughter's "
        "written receipt (家属回执) and a hospital record, simplified Chinese (full gold). Attending doctor 王建国 is staff "
        "(other); the hospital name (built on 伊宁) is an organisation. Patient 阿依先木·托合提 (71, age). Son "
        "买买提江·肉孜 unreachable: the community says he is 'studying' at an 教育培训中心 (camp); per the daughter taken "
        "from home in October 2017 by cadres and police with no papers (arbitrary arrest; arrest + detention 2017-10), "
        "three months in the Yining 看守所 (pretrial), then the '教培中心' (transfer, undated), ten years heard of in 2019 "
        "(sentence; sentencing undated), whereabouts unknown (enforced disappearance). The patient made to attend a "
        "community 'night school' for half a year in 2018 with flag raising, red songs, Mandarin (political "
        "indoctrination); '她没有被关押过' (negated arbitrary arrest) and night school is no camp (internment camp "
        "forbidden). Father 肉孜·卡德尔 died at home of illness 2016 (death event; death in custody forbidden). The "
        "daughter: '我本人也没有被关押过' (negated arbitrary arrest); her trip back from Urumqi is no return event. "
        "'当日' in the hospital record = the document date. Admission number, '三个月', '半年', '三日内', '第二天' are not "
        "dates.")
ORGS = ["伊宁仁和医院"]
PERSONS = [
    P("p1", "阿依先木·托合提", ["阿依先木·托合提"], ["victim", "relative"], gender="female", age=71,
      rel=[("mother", "p2"), ("mother", "p3"), ("wife", "p4")],
      viol=[("indoctrination.political", "被要求到社区\"夜校\"学习半年，每天升国旗、唱红歌、学普通话")]),
    P("p2", "买买提江·肉孜", ["买买提江·肉孜", "买买提江"], ["victim"], gender="male",
      rel=[("son", "p1"), ("brother", "p3"), ("son", "p4")],
      viol=[("detention.internment_camp", "目前在教育培训中心学习，不能请假"),
            ("detention.arbitrary_arrest", "被社区干部和派出所的人从家里带走，没有出示任何手续"),
            ("detention.pretrial", "他先在伊宁市看守所关了三个月"),
            ("detention.prison_sentence", "他已经被判了十年"),
            ("disappearance.enforced", "也不知道他现在关在哪里")]),
    P("p3", "古丽娜尔·肉孜", ["古丽娜尔·肉孜"], ["relative", "narrator"], gender="female",
      rel=[("daughter", "p1"), ("sister", "p2"), ("daughter", "p4")]),
    P("p4", "肉孜·卡德尔", ["肉孜·卡德尔"], ["relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("father", "p3")]),
    P("p5", "王建国", ["王建国"], ["other"]),
]
PLACES = [
    L("Urumqi", ["乌鲁木齐"]),
    L("Yining", ["伊宁市"]),
]
DATES = [
    D(("2024年10月30日", 0), "2024-10-30", "day"),
    D(("2024年10月30日", 1), "2024-10-30", "day"),
    D("2024年11月4日", "2024-11-04", "day"),
    D("2017年10月", "2017-10", "month"),
    D("2019年", "2019", "year"),
    D("2018年", "2018", "year"),
    D("2016年", "2016", "year"),
    D("2024年11月6日", "2024-11-06", "day"),
    D("当日", "2024-11-06", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("transfer", "p2", None),
    ("sentencing", "p2", None),
    ("death", "p4", "2016"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "她没有被关押过"),
           ("p3", "detention.arbitrary_arrest", "我本人也没有被关押过")]
FORBIDDEN = [("p1", "detention.internment_camp"), ("p4", "death.in_custody")]
