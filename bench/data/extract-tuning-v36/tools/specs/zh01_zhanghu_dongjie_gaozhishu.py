FILE = "zh01_zhanghu_dongjie_gaozhishu.txt"
LANG = "zh"
DATE = "2024-04-18"
NOTE = ("Rural commercial bank branch's account-freeze notice (账户冻结告知书, 2024-04-02) to a detained account holder, "
        "with his sister's written explanation (情况说明, 2024-04-18, the document date) asking to withdraw money for "
        "their mother's surgery; simplified Chinese (full gold). Holder 帕尔哈提·艾力 and sister 古再丽努尔·艾力 share "
        "the father's name 艾力 (never alone); mother 阿依夏木汗 (67), sister-in-law 阿娜尔古丽. Bank and "
        "伊宁市公安局 are organisations. Brother: called in by the community for a talk and not back the same day "
        "(interrogation + arbitrary arrest), '教育培训中心' (internment camp), family never told which centre "
        "(incommunicado + enforced disappearance), thirteen years in early 2019 for praying in his shop (prison "
        "sentence + religious ban), wife and children in Almaty cannot see him (family separation). Sister: weekly "
        "flag-raising and night school (indoctrination), phone app checked (digital surveillance), '我本人没有被带走' "
        "negated. Mother's cancer is illness, not custody: ill_treatment.denied_medical_care forbidden. '2019年初' -> "
        "2019, '去年十一月' -> 2023-11; account digits, amounts, '五年', '半年后' are not dates.")
ORGS = ["伊犁河谷农村商业银行伊宁市解放路支行", "伊宁市公安局"]
PERSONS = [
    P("p1", "帕尔哈提·艾力", ["帕尔哈提·艾力"], ["victim"], gender="male",
      rel=[("brother", "p2"), ("son", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "被社区叫去谈话，当天就没有回家"),
            ("detention.internment_camp", "后来被送到“教育培训中心”学习"),
            ("detention.incommunicado", "一直不告诉我们他在哪个中心"),
            ("disappearance.enforced", "一直不告诉我们他在哪个中心"),
            ("detention.prison_sentence", "他被法院判了十三年"),
            ("culture.religious_ban", "上面说他“参加非法宗教活动”，其实就是他在店里做礼拜"),
            ("family.separation", "他们回不来，我哥哥也见不到他们，孩子们已经五年没见过爸爸了")]),
    P("p2", "古再丽努尔·艾力", ["古再丽努尔·艾力"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p3")],
      viol=[("indoctrination.political", "每周一都要到社区参加升国旗和夜校学习"),
            ("surveillance.digital", "手机里也必须装社区要求的软件，他们随时检查")]),
    P("p3", "阿依夏木汗", ["阿依夏木汗"], ["relative"], gender="female", age=67,
      rel=[("mother", "p1"), ("mother", "p2")]),
    P("p4", "阿娜尔古丽", ["阿娜尔古丽"], ["relative"], gender="female", rel=[("wife", "p1")]),
]
PLACES = [
    L("Yining County", ["伊宁县"]),
    L("Bayandai", ["巴彦岱镇"]),
    L("Urumqi", ["乌鲁木齐"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Almaty", ["阿拉木图"]),
]
DATES = [
    D("2019年5月17日", "2019-05-17", "day"),
    D("2024年4月2日", "2024-04-02", "day"),
    D("2017年8月", "2017-08", "month"),
    D("2019年初", "2019", "year"),
    D("去年十一月", "2023-11", "month"),
    D("2024年4月18日", "2024-04-18", "day"),
]
EVENTS = [
    ("return", "p1", "2017-08"),
    ("interrogation", "p1", "2017-08"),
    ("arrest", "p1", "2017-08"),
    ("detention", "p1", "2017-08"),
    ("sentencing", "p1", "2019"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "我本人没有被带走")]
FORBIDDEN = [("p3", "ill_treatment.denied_medical_care")]
