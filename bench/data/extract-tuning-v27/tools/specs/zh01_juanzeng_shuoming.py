FILE = "zh01_juanzeng_shuoming.txt"
LANG = "zh"
DATE = "2023-10-12"
NOTE = ("Donor's statement (捐赠说明) accompanying objects given to a family-memory archive in Vancouver: header fields, "
        "numbered object list with dates, the story behind the objects, donation wishes, signatures. Simplified "
        "Chinese (full gold). Writer is the Han wife (汉族 stated); husband '艾力·吾守尔' then '艾力'; daughter '阿依努尔'; the "
        "volunteer 陈嘉欣 is role other. '“记忆之家”口述与实物档案室' and '伊宁市文化馆' are organisations; in '伊宁市某培训中心' "
        "伊宁市 is a place. Object-list dates are dates (1990年, 2019年1月, range 2016年至2017年 = two dates); '1968年生' "
        "gives birth year. '同年' chained on 2019年1月 -> 2019. Camp called '培训中心' = internment camp; notebook "
        "slogans and '我错了，感谢党' with flag-raising and red songs = indoctrination; '净网' app = digital surveillance; "
        "half-paid factory work under threat of '回炉' = forced labour. '他说没有挨过打，我不知道是不是真的' is a qualified "
        "denial (beating neither gold nor forbidden); '我本人没有被关押过' negated. Daughter's arrival in Canada 2015 and "
        "the writer's own move 2021 are exits.")
ORGS = ["“记忆之家”口述与实物档案室", "伊宁市文化馆"]
PERSONS = [
    P("p1", "李秀琴", ["李秀琴"], ["narrator", "relative", "witness"], gender="female", ethnicity="Han", birth_year=1968,
      rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "艾力·吾守尔", ["艾力·吾守尔", "艾力"], ["victim"], gender="male", ethnicity="Uyghur",
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "被派出所的人带走，没有给我们任何手续"),
            ("detention.internment_camp", "他被送进了“培训中心”"),
            ("indoctrination.political", "每天升国旗、唱红歌"),
            ("culture.language_ban", "不准说维吾尔语"),
            ("ill_treatment.food_deprivation", "吃不饱"),
            ("surveillance.digital", "手机里被装了“净网”软件"),
            ("labour.forced_labour", "他被安排到一家服装厂上班，工资只发一半，他说不去就要被“回炉”"),
            ("movement.passport_confiscation", "艾力的护照至今在派出所“保管”，他不能出境")]),
    P("p3", "阿依努尔", ["阿依努尔"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "陈嘉欣", ["陈嘉欣"], ["other"], gender=None),
]
PLACES = [
    L("Vancouver", ["温哥华"]),
    L("Kashgar", ["喀什"]),
    L("Yining", ["伊宁市"]),
    L("Canada", ["加拿大"]),
]
DATES = [
    D("1968年", "1968", "year"),
    D("2023年10月12日", "2023-10-12", "day"),
    D("1990年", "1990", "year"),
    D(("2019年1月", 0), "2019-01", "month"),
    D("2016年", "2016", "year"),
    D("至[[2017年]]", "2017", "year"),
    D("2017年8月", "2017-08", "month"),
    D(("2019年1月", 1), "2019-01", "month"),
    D("同年", "2019", "year"),
    D("2015年", "2015", "year"),
    D("2021年", "2021", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-08"),
    ("detention", "p2", "2017-08"),
    ("release", "p2", "2019-01"),
    ("exit", "p3", "2015"),
    ("exit", "p1", "2021"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "我本人没有被关押过")]
FORBIDDEN = []
