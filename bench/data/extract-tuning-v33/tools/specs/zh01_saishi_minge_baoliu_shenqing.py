FILE = "zh01_saishi_minge_baoliu_shenqing.txt"
LANG = "zh"
DATE = "2024-10-08"
NOTE = ("Marathon runner's request to the organising committee to keep her race place for next year (申请书 with "
        "registration number, 此致敬礼, signature), simplified Chinese, full gold. Hui wife '马晓燕' (born 1986) "
        "explains her Uyghur husband '艾尔肯·吐尔逊' (later '艾尔肯'): went back to Kashgar in August 2017 (return) "
        "and was taken by the police station with no notice (arbitrary arrest), '教育培训中心' = camp, Mandarin and red "
        "songs, prayer banned, moved to an Aksu textile factory early 2019 (transfer, unpaid = forced labour), released "
        "to Lanzhou in April 2024, ID flagged and checked on travel (checkpoint), monitoring app on his phone (digital "
        "surveillance). '我本人没有被带走' negated arbitrary arrest beside two community talks (interrogation, undated). "
        "Mother-in-law '阿依古丽' died at home '前年' (-> 2022), '不是在里面去世的': death event, death.in_custody "
        "forbidden. '没有人打过他，我不知道是不是真的' hedged: torture.beating neither. '明年' is after the document "
        "date; '八年', '三个多月', the registration number are not dates; the committee's name holds '兰州' (org).")
ORGS = ["兰州马拉松组委会报名处"]
PERSONS = [
    P("p1", "马晓燕", ["马晓燕"], ["narrator", "relative"], gender="female", birth_year=1986,
      rel=[("wife", "p2"), ("daughter-in-law", "p3")]),
    P("p2", "艾尔肯·吐尔逊", ["艾尔肯·吐尔逊", "艾尔肯"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "被当地派出所带走，没有给家里任何通知书"),
            ("detention.internment_camp", "他被送进了“教育培训中心”"),
            ("indoctrination.political", "每天要学普通话、唱红歌"),
            ("culture.religious_ban", "不准做礼拜"),
            ("labour.forced_labour", "干活没有工资，也不能回家"),
            ("surveillance.checkpoint", "出门坐车、住宾馆都要被查"),
            ("surveillance.digital", "手机也被装了监控软件")]),
    P("p3", "阿依古丽", ["阿依古丽"], ["relative"], gender="female",
      rel=[("mother", "p2"), ("mother-in-law", "p1")]),
    P("p4", "王志刚", ["王志刚"], ["other"], gender="male"),
]
PLACES = [
    L("Lanzhou", ["兰州"]),
    L("Kashgar", ["喀什"]),
    L("Aksu", ["阿克苏"]),
]
DATES = [
    D("1986年", "1986", "year"),
    D("今年6月", "2024-06", "month"),
    D("2017年8月", "2017-08", "month"),
    D("2019年初", "2019", "year"),
    D("今年4月", "2024-04", "month"),
    D("前年", "2022", "year"),
    D("今年春天", "2024", "year"),
    D("去年冬天", "2023", "year"),
    D("2024年10月8日", "2024-10-08", "day"),
]
EVENTS = [
    ("return", "p2", "2017-08"),
    ("arrest", "p2", "2017-08"),
    ("detention", "p2", "2017-08"),
    ("transfer", "p2", "2019"),
    ("release", "p2", "2024-04"),
    ("interrogation", "p1", None),
    ("death", "p3", "2022"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "我本人没有被带走")]
FORBIDDEN = [("p3", "death.in_custody")]
