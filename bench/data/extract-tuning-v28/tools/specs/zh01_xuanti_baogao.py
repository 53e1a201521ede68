FILE = "zh01_xuanti_baogao.txt"
LANG = "zh"
DATE = "2022-09-08"
NOTE = ("Newsroom story pitch (选题报告) of an overseas Chinese-language outlet, simplified Chinese, full gold: header fields "
        "(报题记者, 责任编辑, editor's closing signature), a 人物 block with the subject in dotted full form "
        "'叶尔兰·努尔兰' and relatives by field ('妻子：古丽娜尔·萨比提', '女儿：阿依达娜'), then given names only; a 问/答 "
        "excerpt. '编号：2022-117' is not a date. '8月底' and '上个月' -> 2022-08, '去年春天' -> 2021 (year); release "
        "2019-08 is also 2018-02 plus 一年半. Husband: stopped at the Qingshuihe checkpoint, phone searched for a foreign "
        "chat app, taken the same day (arbitrary arrest, checkpoint, digital surveillance; return from Kazakhstan), camp "
        "('教培中心'), Mandarin, red songs and thought reports (indoctrination), overcrowding, passport taken, cannot rejoin "
        "family in Almaty (separation), assigned to a textile factory '不去不行' (forced labour). '他说没有挨过打' negates "
        "beating beside overcrowding. Wife: threatening call from a Xinjiang number (transnational harassment). Brother "
        "别克's detention is hearsay ('听说是，但不确定'): hedged, not gold, not forbidden. Reporter, editor and the lawyer "
        "are named staff (other).")
ORGS = []
PERSONS = [
    P("p1", "叶尔兰·努尔兰", ["叶尔兰·努尔兰", "叶尔兰"], ["victim", "relative"], gender="male", ethnicity="Kazakh",
      birth_year=1979, rel=[("husband", "p2"), ("father", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "当天就被带走了"),
            ("surveillance.checkpoint", "在清水河检查站被拦下"),
            ("surveillance.digital", "手机被拿去检查，因为里面装了境外聊天软件"),
            ("detention.internment_camp", "在所谓“教培中心”被关了一年半"),
            ("indoctrination.political", "每天学习普通话、唱红歌，还要写思想汇报"),
            ("movement.passport_confiscation", "护照被收走"),
            ("family.separation", "一直不能回阿拉木图与家人团聚"),
            ("labour.forced_labour", "他被安排到伊宁一家纺织厂上班"),
            ("detention.overcrowding", "一个房间关了二十多人")]),
    P("p2", "古丽娜尔·萨比提", ["古丽娜尔·萨比提", "古丽娜尔"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1")],
      viol=[("transnational.harassment", "有人用新疆的号码给我打电话，让我不要再接受采访")]),
    P("p3", "阿依达娜", ["阿依达娜"], ["relative"], gender="female", age=12, rel=[("daughter", "p1")]),
    P("p4", "别克", ["别克"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p5", "周雅琳", ["周雅琳"], ["other"], gender="female"),
    P("p6", "陈国栋", ["陈国栋"], ["other"], gender="male"),
    P("p7", "吴振宇", ["吴振宇"], ["other"], gender="male"),
]
PLACES = [
    L("Ili", ["伊犁州"]),
    L("Huocheng", ["霍城县", "霍城"]),
    L("Almaty", ["阿拉木图"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Qingshuihe", ["清水河"]),
    L("Ghulja", ["伊宁"]),
    L("Xinjiang", ["新疆"]),
]
DATES = [
    D("2022年9月8日", "2022-09-08", "day"),
    D("1979年", "1979", "year"),
    D("8月底", "2022-08", "month"),
    D("2018年2月", "2018-02", "month"),
    D("2019年8月", "2019-08", "month"),
    D("去年春天", "2021", "year"),
    D("上个月", "2022-08", "month"),
]
EVENTS = [
    ("return", "p1", "2018-02"),
    ("arrest", "p1", "2018-02"),
    ("detention", "p1", "2018-02"),
    ("release", "p1", "2019-08"),
]
NEGATED = [("p1", "torture.beating", "他说没有挨过打")]
FORBIDDEN = []
