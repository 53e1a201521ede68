FILE = "zh01_zuifan_rujian_tongzhishu.txt"
LANG = "zh"
DATE = "2020-05-06"
NOTE = ("Xinjiang prison's 罪犯入监通知书 (20 January 2019) to a prisoner's wife, with her 家属回执 (6 May 2020 = "
        "document date, the later part), simplified Chinese (full gold). Prisoner '努尔艾力·买合木提' (born June 1981, "
        "Uyghur): thirteen years from the Ili prefecture court in December 2018 (prison sentence; sentencing event), "
        "term counted from 3 September 2017 (date annotated, no event: the custody is not told), delivered to the prison "
        "on 15 January 2019 (transfer event); the notice's rules: visits only in the national common language (language "
        "ban) and compulsory political education (indoctrination); three visit requests refused (incommunicado only: "
        "the prison is known); the charge came from a sermon recording forwarded on his phone (digital). Wife "
        "'古再丽努尔·吐尔洪' (receipt, thumbprint not coerced): Monday flag-raising and weekly reporting of her thoughts "
        "to the grid worker (indoctrination), '我本人没有被带走' (negated arbitrary arrest). His mother '阿米娜·沙吾提' "
        "died March 2020 (death event; not in custody: death in custody forbidden). '去年' -> 2019, '今年三月' -> "
        "2020-03, '4月' and '7月' chained on 2019; the notice number '（2019）入字第0326号' is not a date. The prison and "
        "the court are organisations (no place mention inside them).")
ORGS = ["新疆维吾尔自治区第三监狱", "伊犁哈萨克自治州中级人民法院"]
PERSONS = [
    P("p1", "努尔艾力·买合木提", ["努尔艾力·买合木提"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      birth_year=1981, rel=[("husband", "p2"), ("son", "p3")],
      viol=[("detention.prison_sentence", "经伊犁哈萨克自治州中级人民法院于2018年12月判处有期徒刑十三年"),
            ("culture.language_ban", "会见时一律使用国家通用语言，不得使用少数民族语言交谈"),
            ("indoctrination.political", "罪犯在狱期间须参加思想政治教育、法律常识和国家通用语言学习"),
            ("detention.incommunicado", "三次申请会见，都没有得到批准，至今没有见到我丈夫"),
            ("surveillance.digital", "2017年他在手机里转发了一段讲经的录音")]),
    P("p2", "古再丽努尔·吐尔洪", ["古再丽努尔·吐尔洪"], ["narrator", "relative", "victim"], gender="female",
      rel=[("wife", "p1")],
      viol=[("indoctrination.political", "社区要求我每周一参加升国旗，每周五向网格员汇报思想")]),
    P("p3", "阿米娜·沙吾提", ["阿米娜·沙吾提"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p4", "杨建国", ["杨建国"], ["official"]),
]
PLACES = [
    L("Yining", ["伊宁市"]),
]
DATES = [
    D("1981年6月", "1981-06", "month"),
    D("2018年12月", "2018-12", "month"),
    D("2017年9月3日", "2017-09-03", "day"),
    D("2019年1月15日", "2019-01-15", "day"),
    D("2019年1月20日", "2019-01-20", "day"),
    D("2019年2月", "2019-02", "month"),
    D("、[[4月]]、", "2019-04", "month"),
    D("、[[7月]]三次", "2019-07", "month"),
    D("去年", "2019", "year"),
    D("今年三月", "2020-03", "month"),
    D("因为[[2017年]]他", "2017", "year"),
    D("2020年5月6日", "2020-05-06", "day"),
]
EVENTS = [
    ("sentencing", "p1", "2018-12"),
    ("transfer", "p1", "2019-01-15"),
    ("death", "p3", "2020-03"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "我本人没有被带走")]
FORBIDDEN = [("p3", "death.in_custody")]
