FILE = "zh01_minjing_xiaoxi_jilu.txt"
LANG = "zh"
DATE = "2020-06-02"
NOTE = ("Simplified-Chinese post (2 June 2020 = document date) by a Uyghur student in Osaka transcribing a Kashgar "
        "community police officer's WeChat messages (bracketed date-time stamps, sender labels), with her explanation. "
        "Student '帕孜丽耶·阿布都克力木' (also addressed as '帕孜丽耶': a name in the second person is a mention): asked "
        "for photos of her passport, residence card and school address, names and numbers of other Uyghur students, "
        "and to come back after graduating (transnational harassment); '我本人在日本没有受到威胁或者伤害' is about Japan "
        "and is no negation of the harassment. Officer '韩振东' (in the text and as sender label each time: rule 4) is "
        "official. Brother '艾尔肯·阿布都克力木' / '艾尔肯': taken from home by police in March 2018 (arbitrary arrest), "
        "held in the Kashgar '职业技能教育培训中心' (camp; arrest and detention events), family does not know where he is "
        "held (disappearance + incommunicado; disappearance event at the taking), '他没有被判刑' (negated prison "
        "sentence); '他的事就不好办了' is a threat (no event, no code). Mother '古丽娜尔·吐尔逊': kept at the police "
        "station all day while the officer presses the daughter (family reprisal; interrogation event 15 April). "
        "Month-day stamps take the year 2020 ('今年'); '今天' in the 15 April message and '那天' are anchored on that "
        "entry (2020-04-15); clock times are not dates.")
ORGS = []
PERSONS = [
    P("p1", "帕孜丽耶·阿布都克力木", ["帕孜丽耶·阿布都克力木", "帕孜丽耶"], ["narrator", "victim"], gender="female",
      ethnicity="Uyghur", rel=[("sister", "p3"), ("daughter", "p4")],
      viol=[("transnational.harassment", "你还要把你们学校其他维吾尔族学生的名字和电话发给我")]),
    P("p2", "韩振东", ["韩振东"], ["official", "perpetrator"], gender="male"),
    P("p3", "艾尔肯·阿布都克力木", ["艾尔肯·阿布都克力木", "艾尔肯"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "2018年3月在家里被警察带走"),
            ("detention.internment_camp", "关在喀什的\"职业技能教育培训中心\""),
            ("disappearance.enforced", "我们到现在都不知道他具体被关在哪里"),
            ("detention.incommunicado", "我们到现在都不知道他具体被关在哪里")]),
    P("p4", "古丽娜尔·吐尔逊", ["古丽娜尔·吐尔逊"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("family.reprisal", "那天在派出所坐了一整天，晚上才被放回家")]),
]
PLACES = [
    L("Japan", ["日本"]),
    L("Osaka", ["大阪"]),
    L("Kashgar", ["喀什市", "喀什"]),
]
DATES = [
    D("2020年6月2日", "2020-06-02", "day"),
    D("今年四月", "2020-04", "month"),
    D(("4月9日", 0), "2020-04-09", "day"),
    D(("4月9日", 1), "2020-04-09", "day"),
    D(("4月9日", 2), "2020-04-09", "day"),
    D(("4月15日", 0), "2020-04-15", "day"),
    D("今天", "2020-04-15", "day"),
    D(("4月15日", 1), "2020-04-15", "day"),
    D(("4月15日", 2), "2020-04-15", "day"),
    D("5月3日", "2020-05-03", "day"),
    D("2018年3月", "2018-03", "month"),
    D("那天", "2020-04-15", "day"),
]
EVENTS = [
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("disappearance", "p3", "2018-03"),
    ("interrogation", "p4", "2020-04-15"),
]
NEGATED = [("p3", "detention.prison_sentence", "他没有被判刑")]
FORBIDDEN = []
