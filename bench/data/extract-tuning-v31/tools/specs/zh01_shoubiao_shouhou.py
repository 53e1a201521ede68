FILE = "zh01_shoubiao_shouhou.txt"
LANG = "zh"
DATE = "2025-06-10"
NOTE = ("Smart-watch after-sales service request (售后服务申请单: header fields, fault description, request, customer-service reply), "
        "simplified Chinese. '星环智能手表' and the product name '星环手表三代' are not mentions; the request number is not a date. "
        "Applicant '古丽米拉·吐尔逊' / '古丽米拉女士' (mention '古丽米拉'); holder '吐尔逊·买买提' / '吐尔逊先生' (mention '吐尔逊'; the "
        "daughter's second name is the father's given name); mother '阿依古丽', brother '艾尔肯' by given name; agent '赵静' (other). "
        "'同年8月' chained on 2019 -> 2019-08; '去年' -> 2024; Chinese-numeral '二〇二〇年'. Return 2019-05, taken by the police "
        "station without papers = arbitrary arrest; '培训中心' = internment camp; Mandarin and law texts = political indoctrination; "
        "no prayer = religious ban; passwords forced out and an app installed = digital surveillance; textile factory with tiny wage, "
        "cannot quit = forced labour (after release, not a transfer); cannot go back to Kazakhstan = family separation; passport kept "
        "by the community = passport confiscation. Beating is hearsay and he denies it ('我不敢确定'): neither. Mother never went back "
        "and '也没有人找过她': transnational harassment negated. Brother questioned for hours at the airport = return + interrogation "
        "2024. Grandmother (unnamed) died at home in 2020: no person, date annotated.")
ORGS = ["星环智能手表", "星环手表三代"]
PERSONS = [
    P("p1", "古丽米拉·吐尔逊", ["古丽米拉·吐尔逊", "古丽米拉"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")]),
    P("p2", "吐尔逊·买买提", ["吐尔逊·买买提", "吐尔逊"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "同年8月被派出所带走，家里人没有见到任何文书"),
            ("detention.internment_camp", "他被关在伊宁郊区的一个“培训中心”"),
            ("indoctrination.political", "每天要学普通话、背法律条文"),
            ("culture.religious_ban", "不许做礼拜"),
            ("surveillance.digital", "警察逼他交出手机和手表的密码，还在他手机里装了一个软件"),
            ("labour.forced_labour", "被送到一家纺织厂工作，一个月只有很少的工资，不能辞职"),
            ("family.separation", "也不能回哈萨克斯坦"),
            ("movement.passport_confiscation", "他的护照到现在还在社区手里")]),
    P("p3", "阿依古丽", ["阿依古丽"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "艾尔肯", ["艾尔肯"], ["relative"], gender="male", rel=[("son", "p2"), ("son", "p3"), ("brother", "p1")]),
    P("p5", "赵静", ["赵静"], ["other"], gender="female"),
]
PLACES = [L("Almaty", ["阿拉木图"]), L("Yining", ["伊宁"]), L("Kazakhstan", ["哈萨克斯坦"]), L("China", ["中国"])]
DATES = [
    D(("2025年6月10日", 0), "2025-06-10", "day"),
    D("2019年4月2日", "2019-04-02", "day"),
    D("2019年5月", "2019-05", "month"),
    D("同年8月", "2019-08", "month"),
    D("2021年", "2021", "year"),
    D("去年", "2024", "year"),
    D("二〇二〇年", "2020", "year"),
    D(("2025年6月10日", 1), "2025-06-10", "day"),
]
EVENTS = [
    ("return", "p2", "2019-05"), ("arrest", "p2", "2019-08"), ("detention", "p2", "2019-08"), ("release", "p2", "2021"),
    ("return", "p4", "2024"), ("interrogation", "p4", "2024"),
]
NEGATED = [("p3", "transnational.harassment", "也没有人找过她")]
FORBIDDEN = []
