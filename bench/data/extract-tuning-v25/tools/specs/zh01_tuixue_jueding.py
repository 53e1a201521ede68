FILE = "zh01_tuixue_jueding.txt"
LANG = "zh"
DATE = "2019-03-18"
NOTE = ("College decision to withdraw a student (关于给予…退学处理的决定) with the counsellor's attached statement and a "
        "问/答 record of a talk with the mother, simplified Chinese (full gold). Student '阿依努尔·买合木提' then "
        "'阿依努尔'; the father appears only as '买合木提', which is also the student's surname inside her full name "
        "(those occurrences belong to her). Mother '帕提古丽·吾守尔' then '帕提古丽'. Counsellor 马晓燕 and clerk 李国强 "
        "are role other; the counsellor's '我们' is institutional. '职业技能教育培训' / '培训中心' = internment camp (detention "
        "event 2018-03; no arrest is told). Father sentenced 2017 to ten years for organising recitation at home = prison "
        "sentence + religious ban. Mother: '我没有被关过' negates arbitrary arrest beside real weekly flag-raising "
        "(indoctrination) and a required phone app (digital surveillance). Release 'this summer' is hedged and after the "
        "document date: not annotated, no event. File number 〔2019〕12号 and cohort '2016级' are not dates; the "
        "effective date equals the document date and is annotated; '上个月' -> 2019-02.")
ORGS = ["昌吉应用技术学院"]
PERSONS = [
    P("p1", "阿依努尔·买合木提", ["阿依努尔·买合木提", "阿依努尔"], ["victim", "relative"], gender="female",
      ethnicity="Uyghur", rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("detention.internment_camp", "她在疏附县参加“职业技能教育培训”")]),
    P("p2", "买合木提", ["买合木提"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("culture.religious_ban", "因为在家里组织念经"),
            ("detention.prison_sentence", "被判了十年")]),
    P("p3", "帕提古丽·吾守尔", ["帕提古丽·吾守尔", "帕提古丽"], ["relative", "victim", "witness"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("indoctrination.political", "每周要去社区参加升国旗"),
            ("surveillance.digital", "手机里装了社区要求的软件")]),
    P("p4", "马晓燕", ["马晓燕"], ["other"]),
    P("p5", "李国强", ["李国强"], ["other"]),
]
PLACES = [
    L("Kashgar Prefecture", ["喀什地区"]),
    L("Shufu County", ["疏附县"]),
    L("Urumqi", ["乌鲁木齐"]),
]
DATES = [
    D("自[[2018年3月]]起", "2018-03", "month"),
    D("2019年3月15日", "2019-03-15", "day"),
    D(("2019年3月18日", 0), "2019-03-18", "day"),
    D(("2019年3月18日", 1), "2019-03-18", "day"),
    D("2018年3月初", "2018-03", "month"),
    D("2018年10月", "2018-10", "month"),
    D("2017年", "2017", "year"),
    D("上个月", "2019-02", "month"),
]
EVENTS = [
    ("detention", "p1", "2018-03"),
    ("sentencing", "p2", "2017"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "我没有被关过")]
FORBIDDEN = []
