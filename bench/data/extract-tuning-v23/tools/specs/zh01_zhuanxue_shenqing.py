FILE = "zh01_zhuanxue_shenqing.txt"
LANG = "zh"
DATE = "2019-08-27"
NOTE = ("Grandmother's school-transfer application (转学申请书) to a primary school, with the school office's question-and-answer "
        "record (问/答) of the next day; simplified Chinese, full gold. Document date = the record's date (2019年8月27日); the "
        "application is dated 2019年8月26日. '和田市第三小学教务处' and '喀尔赛乡中心小学' are orgs (no place inside); '四年级（2）班' "
        "is not a date. Pupil 买买提江·艾力 then bare 买买提江; his mother's name 阿依古丽·买买提 contains 买买提 (her father's "
        "name, not a mention of the boy). Aunt 帕提古丽 by given name only (also as scribe, '代写'). Staff 刘建军 and 王丽娟 are role "
        "other; the school, village and court are roles only. Relative dates anchored on the document year 2019: 今年3月, 去年10月, "
        "今年1月; 前天 anchored on the record's date -> 2019-08-25; '2017年下半年' is a year date. Father: called to 'study' by the "
        "village and sent to the Hotan 'training centre' (arbitrary arrest + camp), then moved to a textile factory in Kashgar "
        "where he may not leave (transfer, forced labour); '他没有被判刑' = negated prison sentence, next to the mother's real "
        "five-year sentence. Rumoured beating ('听别人说...挨过打，但他自己...什么都不说') is hedged: neither gold nor forbidden. "
        "Mother: sentenced, place of detention unknown (incommunicado). Boy: kept in the boarding section, not allowed home at "
        "weekends (family separation); '没有，老师对他很好' = negated beating; '晚上睡不着' (insomnia) forbids sleep deprivation. "
        "Grandmother: weekly flag-raising and policy lectures (political indoctrination); ethnicity stated (维吾尔族).")
ORGS = ["和田市第三小学教务处", "喀尔赛乡中心小学"]
PERSONS = [
    P("p1", "热孜万古丽·托合提", ["热孜万古丽·托合提"], ["narrator", "relative", "victim"], gender="female", ethnicity="Uyghur",
      birth_year=1956, rel=[("grandmother", "p2"), ("mother", "p3")],
      viol=[("indoctrination.political", "每周一还要到村委会参加升国旗和政策宣讲")]),
    P("p2", "买买提江·艾力", ["买买提江·艾力", "买买提江"], ["victim", "relative"], gender="male",
      rel=[("grandson", "p1"), ("son", "p3"), ("son", "p4"), ("nephew", "p5")],
      viol=[("family.separation", "买买提江一直住在学校寄宿部，周末也不能回家")]),
    P("p3", "艾力·吐尔洪", ["艾力·吐尔洪"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("father", "p2"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "他被村里叫去“学习”"),
            ("detention.internment_camp", "被送到和田的培训中心"),
            ("labour.forced_labour", "从培训中心转到喀什的一家纺织厂上班，厂里不让请假")]),
    P("p4", "阿依古丽·买买提", ["阿依古丽·买买提"], ["victim", "relative"], gender="female", rel=[("mother", "p2")],
      viol=[("detention.prison_sentence", "被法院以“宗教极端”判了五年"),
            ("detention.incommunicado", "现在关在哪里我们不知道")]),
    P("p5", "帕提古丽", ["帕提古丽"], ["relative"], gender="female", rel=[("aunt", "p2"), ("sister", "p3")]),
    P("p6", "刘建军", ["刘建军"], ["other"], gender="male"),
    P("p7", "王丽娟", ["王丽娟"], ["other"], gender="female"),
]
PLACES = [
    L("Hotan", ["和田"]),
    L("Karakax (Moyu)", ["墨玉县"]),
    L("Qarsay", ["喀尔赛乡"]),
    L("Kashgar", ["喀什"]),
    L("Urumqi", ["乌鲁木齐"]),
]
DATES = [
    D("1956年", "1956", "year"),
    D("2017年4月", "2017-04", "month"),
    D("今年3月", "2019-03", "month"),
    D("去年10月", "2018-10", "month"),
    D("今年1月", "2019-01", "month"),
    D("2017年下半年", "2017", "year"),
    D("2019年8月26日", "2019-08-26", "day"),
    D("2019年8月27日", "2019-08-27", "day"),
    D("前天", "2019-08-25", "day"),
]
EVENTS = [
    ("arrest", "p3", "2017-04"), ("detention", "p3", "2017-04"), ("transfer", "p3", "2019-03"),
    ("arrest", "p4", "2018-10"), ("sentencing", "p4", "2019-01"),
]
NEGATED = [("p3", "detention.prison_sentence", "他没有被判刑"),
           ("p2", "torture.beating", "答：[[没有，老师对他很好]]")]
FORBIDDEN = [("p2", "torture.sleep_deprivation")]
