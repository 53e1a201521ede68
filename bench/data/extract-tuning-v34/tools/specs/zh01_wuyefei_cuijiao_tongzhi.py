FILE = "zh01_wuyefei_cuijiao_tongzhi.txt"
LANG = "zh"
DATE = "2025-02-27"
NOTE = ("Residential property-management centre's fee-arrears notice (物业费催缴通知), the owner's wife's written "
        "explanation and the centre's decision, Urumqi, simplified Chinese (full gold). Names with middle dot "
        "'阿不都热依木·买买提', '再娜甫·吐尔洪', '艾力·买买提' then bare '艾力' (the brother; the shared part 买买提 never stands "
        "alone); manager 贺立新 signs twice (other). Place line '乌鲁木齐市天山区' gives two places; the compound's "
        "management centre is an organisation. Owner: taken by the police station October 2017 (arrest+detention "
        "2017-10, arbitrary arrest), '教育培训中心' (camp), no news (incommunicado), daily Mandarin, red songs and "
        "thought reports (indoctrination), diabetic without medicine (denied medical care), ten years learnt of in 2019 "
        "(undated sentencing, prison), prison unknown (enforced disappearance). Brother Ali: taken 2018 (arrest+"
        "detention, arbitrary arrest), four months in a 看守所 (pretrial), released (undated), '没有被判刑' (negated "
        "sentence); works in Changji. Dates in Arabic and Chinese numerals ('二〇二五年二月二十日'); the billing period's "
        "two ends are dates; '2025年3月15日' and '三月' are after the document date; '上个月' = 2025-01 on the "
        "explanation's date. Room numbers, amounts, 'four months' and 'two years' are not annotated.")
ORGS = ["和平花园小区物业服务中心"]
PERSONS = [
    P("p1", "阿不都热依木·买买提", ["阿不都热依木·买买提"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "2017年10月被派出所带走"),
            ("detention.internment_camp", "送到教育培训中心"),
            ("detention.incommunicado", "家里一直没有他的消息"),
            ("indoctrination.political", "每天要学国语、唱红歌、写思想汇报"),
            ("ill_treatment.denied_medical_care", "在里面一直拿不到药"),
            ("detention.prison_sentence", "他被判了十年"),
            ("disappearance.enforced", "不知道关在哪个监狱")]),
    P("p2", "再娜甫·吐尔洪", ["再娜甫·吐尔洪"], ["narrator", "relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "艾力·买买提", ["艾力·买买提", "艾力"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "2018年也被带走"),
            ("detention.pretrial", "在看守所关了四个月")]),
    P("p4", "贺立新", ["贺立新"], ["other"], gender="male"),
]
PLACES = [
    L("Urumqi", ["乌鲁木齐市"]),
    L("Tianshan District", ["天山区"]),
    L("Changji", ["昌吉"]),
]
DATES = [
    D("2023年1月1日", "2023-01-01", "day"),
    D("2024年12月31日", "2024-12-31", "day"),
    D("二〇二五年二月二十日", "2025-02-20", "day"),
    D("2017年10月", "2017-10", "month"),
    D("2019年", "2019", "year"),
    D("2018年", "2018", "year"),
    D("上个月", "2025-01", "month"),
    D("2025年2月26日", "2025-02-26", "day"),
    D("2025年2月27日", "2025-02-27", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-10"),
    ("detention", "p1", "2017-10"),
    ("sentencing", "p1", None),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("release", "p3", None),
]
NEGATED = [("p3", "detention.prison_sentence", "没有被判刑")]
FORBIDDEN = []
