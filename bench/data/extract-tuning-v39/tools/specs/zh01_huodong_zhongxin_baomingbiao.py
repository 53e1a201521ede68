FILE = "zh01_huodong_zhongxin_baomingbiao.txt"
LANG = "zh"
DATE = "2019-03-08"
NOTE = ("Residents' committee's sign-up register for the elderly activity centre's spring interest classes, Yining "
        "(numbered entries: name, sex, birth year, class; cadres' 备注; general rules; registrar and reviewer), simplified "
        "Chinese, perpetrators' euphemisms. Uyghur names with the father's name second (艾力·买买提 son of 买买提·司马义; "
        "古丽米拉·艾山 daughter of 艾山·肉孜); birth years are dates. Grid worker 李梅 and party secretary 张红 are other; the "
        "deceased member 吐尔洪·卡德尔 is other. 被送去参加\"职业技能教育培训\" = arbitrary arrest + camp; no visits or letters = "
        "incommunicado. Father '本人未参加培训' (negated camp) beside his passport handed in for '统一保管'. Sentence "
        "'去年' -> 2018 for '宗教极端', place not told = incommunicado; supervised monthly video call not coded. Daughter in "
        "the '教培中心' '去年' (2018) with red songs, thought reports, only the national common language, signed statement "
        "= camp + indoctrination + language ban + forced confession, '结业' '今年1月' -> 2019-01 (release). A member's death "
        "at home from illness is not death in custody (forbidden). Rules for all members (phone app check, no prayer in the "
        "centre, escorting) name nobody and are not coded.")
ORGS = ["解放路街道团结社区居民委员会"]
PERSONS = [
    P("p1", "阿依古丽·吐尔逊", ["阿依古丽·吐尔逊"], ["relative"], gender="female", birth_year=1958,
      rel=[("mother", "p2"), ("wife", "p3"), ("mother", "p7")]),
    P("p2", "艾力·买买提", ["艾力·买买提"], ["victim"], gender="male",
      rel=[("son", "p1"), ("son", "p3"), ("brother", "p7")],
      viol=[("detention.arbitrary_arrest", "于2017年10月被送去霍城县参加\"职业技能教育培训\""),
            ("detention.internment_camp", "参加\"职业技能教育培训\"，至今未归"),
            ("detention.incommunicado", "家属不得探视、通信")]),
    P("p3", "买买提·司马义", ["买买提·司马义"], ["victim", "relative"], gender="male", birth_year=1955,
      rel=[("husband", "p1"), ("father", "p2"), ("father", "p7")],
      viol=[("movement.passport_confiscation", "其护照已于2017年上交派出所\"统一保管\"")]),
    P("p4", "热孜万古丽·阿布都拉", ["热孜万古丽·阿布都拉"], ["relative"], gender="female", birth_year=1960,
      rel=[("wife", "p5"), ("mother", "p6")]),
    P("p5", "艾山·肉孜", ["艾山·肉孜"], ["victim"], gender="male", rel=[("husband", "p4"), ("father", "p6")],
      viol=[("detention.prison_sentence", "被法院以\"宗教极端\"判处有期徒刑十二年"),
            ("detention.incommunicado", "服刑地点不告知家属")]),
    P("p6", "古丽米拉·艾山", ["古丽米拉·艾山"], ["relative"], gender="female", rel=[("daughter", "p4"), ("daughter", "p5")]),
    P("p7", "帕提古丽·买买提", ["帕提古丽·买买提"], ["victim"], gender="female", birth_year=1966,
      rel=[("daughter", "p3"), ("daughter", "p1"), ("sister", "p2")],
      viol=[("detention.internment_camp", "在\"教培中心\"\"集中学习\"八个月"),
            ("indoctrination.political", "每天唱红歌、写思想汇报"),
            ("culture.language_ban", "被要求只讲国家通用语言"),
            ("coercion.forced_confession", "签字表态，承认\"受宗教极端思想影响\"")]),
    P("p8", "吐尔洪·卡德尔", ["吐尔洪·卡德尔"], ["other"], gender="male", birth_year=1949),
    P("p9", "李梅", ["李梅"], ["other"], gender="female"),
    P("p10", "张红", ["张红"], ["other"]),
]
PLACES = [
    L("Yining", ["伊宁市"]),
    L("Huocheng County", ["霍城县"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Almaty", ["阿拉木图"]),
]
DATES = [
    D("2019年3月8日", "2019-03-08", "day"),
    D("1958年", "1958", "year"),
    D("2017年10月", "2017-10", "month"),
    D("1955年", "1955", "year"),
    D("于[[2017年]]上交", "2017", "year"),
    D("1960年", "1960", "year"),
    D(("去年", 0), "2018", "year"),
    D("1966年", "1966", "year"),
    D(("去年", 1), "2018", "year"),
    D(("今年1月", 0), "2019-01", "month"),
    D("1949年", "1949", "year"),
    D(("今年1月", 1), "2019-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("sentencing", "p5", "2018"),
    ("detention", "p7", "2018"),
    ("release", "p7", "2019-01"),
    ("death", "p8", "2019-01"),
]
NEGATED = [("p3", "detention.internment_camp", "本人未参加培训")]
FORBIDDEN = [("p8", "death.in_custody")]
