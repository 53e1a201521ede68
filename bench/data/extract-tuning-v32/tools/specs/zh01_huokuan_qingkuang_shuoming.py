FILE = "zh01_huokuan_qingkuang_shuoming.txt"
LANG = "zh"
DATE = "2023-06-08"
NOTE = ("Han dried-fruit wholesaler's written account (情况说明) to his lawyer of an unpaid deposit to a Turpan raisin "
        "supplier, simplified Chinese (full gold). Lawyer '周海燕' then '周律师' (other); supplier '艾买提·托乎提' then "
        "'艾买提'; wife '阿依古丽', son '买买提江' by given name. Summoned by the police station and then sent to a "
        "'教培中心' = interrogation + arbitrary arrest + internment camp (2017-05), '家里人见不到他' = incommunicado; "
        "no prayer, daily Mandarin and songs = religious ban + indoctrination; release '2019年春天' (a season with a "
        "year is a year date). The Han narrator's own ID checks on the road = checkpoint surveillance. The wife "
        "'没有被关' (negated) beside weekly flag-raising and study. Son placed in an inland factory, not free to go "
        "home = forced labour. Second taking '听说…我不知道是真是假' hedged: nothing. '9月底','10月','11月','同年12月' "
        "take 2017; '当年' -> 2019; '去年' -> 2022. Amounts and tonnage are not dates.")
ORGS = []
PERSONS = [
    P("p1", "刘建国", ["刘建国"], ["narrator", "witness"], gender="male", ethnicity="Han",
      viol=[("surveillance.checkpoint", "在高速路口和市区，我的身份证被查了好几次")]),
    P("p2", "周海燕", ["周海燕", "周律师"], ["other"], gender="female"),
    P("p3", "艾买提·托乎提", ["艾买提·托乎提", "艾买提"], ["victim"], gender="male",
      rel=[("husband", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "被派出所叫去，之后被送到“教培中心”学习"),
            ("detention.internment_camp", "被送到“教培中心”学习，一直没有回来"),
            ("detention.incommunicado", "家里人见不到他"),
            ("culture.religious_ban", "里面不让做礼拜"),
            ("indoctrination.political", "每天学普通话、唱歌")]),
    P("p4", "阿依古丽", ["阿依古丽"], ["relative", "victim"], gender="female", rel=[("wife", "p3"), ("mother", "p5")],
      viol=[("indoctrination.political", "每周要去社区参加升旗和学习")]),
    P("p5", "买买提江", ["买买提江"], ["victim", "relative"], gender="male", rel=[("son", "p3"), ("son", "p4")],
      viol=[("labour.forced_labour", "被安排到内地的工厂上班，不能随便回家")]),
]
PLACES = [
    L("Turpan", ["吐鲁番"]),
    L("Shanghai", ["上海市"]),
    L("Putuo District", ["普陀区"]),
]
DATES = [
    D("2012年", "2012", "year"),
    D("2017年5月", "2017-05", "month"),
    D("9月底", "2017-09", "month"),
    D("到了[[10月]]", "2017-10", "month"),
    D("[[11月]]，他妻子", "2017-11", "month"),
    D("艾买提[[5月底]]", "2017-05", "month"),
    D("同年12月", "2017-12", "month"),
    D("2019年春天", "2019", "year"),
    D("当年", "2019", "year"),
    D("去年", "2022", "year"),
    D("2023年6月8日", "2023-06-08", "day"),
]
EVENTS = [
    ("interrogation", "p3", "2017-05"),
    ("arrest", "p3", "2017-05"),
    ("detention", "p3", "2017-05"),
    ("release", "p3", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "她自己没有被关")]
FORBIDDEN = []
