FILE = "zh01_rexian_laidian_jilu.txt"
LANG = "zh"
DATE = "2024-08-15"
NOTE = ("City government service hotline call record (12345热线来电记录单), written up from the call recording, simplified "
        "Chinese, fully annotated. Header: hotline name with 乌鲁木齐市 (org), work-order number containing 20240815 (not a "
        "date), seat number, clock time, call length, masked phone. Caller reported in the third person (来电人称) with two "
        "quoted first-person questions and the seat's answer (Q/A), first-person 我们 in the seat's note; reviewer 李建华 "
        "(role other). Husband 艾力·吐尔逊: taken by a police station with no papers (arbitrary arrest), 教培中心 (camp), "
        "moved last year (去年3月 -> 2023-03) to 阿克苏监狱 (facility with a toponym: org), no visits or calls "
        "(incommunicado); whether he was sentenced is unknown (no judgment received): prison_sentence forbidden. Son "
        "伊力哈木 (given name only, 13) in boarding school, home once a month (separation), Uyghur banned at school. "
        "Father-in-law 吐尔逊·尼亚孜 (shares 吐尔逊 with the husband's name) 没有被带走: negated. Caller: flag ceremony "
        "and night school every Monday (indoctrination), fingerprints and blood taken (biometric), 前年 -> 2022. "
        "次日 (after the document date) and 今年13岁 are not annotated.")
ORGS = ["乌鲁木齐市12345政务服务便民热线", "阿克苏监狱"]
PERSONS = [
    P("p1", "阿依古丽·买买提", ["阿依古丽·买买提"], ["relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("indoctrination.political", "每周一参加升旗仪式和夜校学习"),
            ("medical.biometric_collection", "采集了她的指纹和血样")]),
    P("p2", "艾力·吐尔逊", ["艾力·吐尔逊"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "被派出所带走，当时只说是\"去学习几天\"，没有出示任何手续"),
            ("detention.internment_camp", "一直在\"教培中心\""),
            ("detention.incommunicado", "不让探视、不让通电话")]),
    P("p3", "伊力哈木", ["伊力哈木"], ["victim", "relative"], gender="male", age=13, rel=[("son", "p1")],
      viol=[("family.separation", "被安排在寄宿学校，一个月只准回家一次"),
            ("culture.language_ban", "在学校不让说维吾尔语")]),
    P("p4", "吐尔逊·尼亚孜", ["吐尔逊·尼亚孜"], ["relative"], gender="male", rel=[("father", "p2")]),
    P("p5", "李建华", ["李建华"], ["other"]),
]
PLACES = [
    L("Tianshan District", ["天山区"]),
    L("Ürümqi", ["乌鲁木齐"]),
    L("Kashgar Prefecture", ["喀什地区"]),
    L("Shufu County", ["疏附县"]),
]
DATES = [
    D("2024年8月15日", "2024-08-15", "day"),
    D("2019年", "2019", "year"),
    D("2017年5月", "2017-05", "month"),
    D("去年3月", "2023-03", "month"),
    D("前年", "2022", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("transfer", "p2", "2023-03"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "吐尔逊·尼亚孜[[没有被带走]]")]
FORBIDDEN = [("p2", "detention.prison_sentence"), ("p4", "detention.internment_camp")]
