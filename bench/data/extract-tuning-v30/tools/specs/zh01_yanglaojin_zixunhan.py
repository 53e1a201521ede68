FILE = "zh01_yanglaojin_zixunhan.txt"
LANG = "zh"
DATE = "2024-09-26"
NOTE = ("Retired employee's wife's written pension query (咨询函) to the former employer's HR department in Urumqi, with "
        "the HR reply, simplified Chinese, full gold. Name with middle dot '艾山·吐尔逊', later '艾山'; daughter by given "
        "name '古丽娜尔'; HR clerk '张建国' is other. '乌鲁木齐' occurs only inside the company name (organisation, no "
        "place mention). Husband: taken from home by police March 2018 with no papers (arbitrary arrest; arrest, "
        "detention 2018-03), 'vocational training centre' = camp, no visits or calls (incommunicado), twelve years learnt "
        "2020 (undated sentencing); poor health in prison is hearsay (neither). Pension stop and '档案…转至' (file "
        "transfer) are no events or codes. Wife: passport taken 2017; '我本人从未被拘押过' negated. Daughter called back "
        "from Shanghai to Yining 2018 (return) for two months of 'political study' (indoctrination). Chinese-numeral year "
        "'一九八九年' is a date.")
ORGS = ["乌鲁木齐红山机械有限公司"]
PERSONS = [
    P("p1", "艾山·吐尔逊", ["艾山·吐尔逊", "艾山"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "在家中被派出所民警带走，未出示任何手续"),
            ("detention.internment_camp", "被送往“职业技能教育培训中心”"),
            ("detention.incommunicado", "家属不允许探视，也不能通电话"),
            ("detention.prison_sentence", "被判处有期徒刑十二年")]),
    P("p2", "王淑芬", ["王淑芬"], ["narrator", "relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p3")],
      viol=[("movement.passport_confiscation", "社区收走了我的护照")]),
    P("p3", "古丽娜尔", ["古丽娜尔"], ["victim", "relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")],
      viol=[("indoctrination.political", "参加了两个月的“政治学习”")]),
    P("p4", "张建国", ["张建国"], ["other"], gender="male"),
]
PLACES = [
    L("Shanghai", ["上海"]),
    L("Yining", ["伊宁"]),
]
DATES = [
    D("一九八九年", "1989", "year"),
    D("2016年", "2016", "year"),
    D("2018年3月", "2018-03", "month"),
    D(("2018年4月", 0), "2018-04", "month"),
    D("2020年", "2020", "year"),
    D("2017年", "2017", "year"),
    D("，[[2018年]]被叫回", "2018", "year"),
    D("2024年9月10日", "2024-09-10", "day"),
    D("2024年9月26日", "2024-09-26", "day"),
    D(("2018年4月", 1), "2018-04", "month"),
    D("2021年", "2021", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-03"),
    ("detention", "p1", "2018-03"),
    ("sentencing", "p1", None),
    ("return", "p3", "2018"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "我本人从未被拘押过")]
FORBIDDEN = []
