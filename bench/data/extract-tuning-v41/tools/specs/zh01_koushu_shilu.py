FILE = "zh01_koushu_shilu.txt"
LANG = "zh"
DATE = "2023-06-18"
NOTE = ("Oral-history record (口述实录) of a Han woman teacher sent to teach Chinese in a Yining County 'training centre', "
        "interviewed in Vancouver, simplified Chinese (full gold). Narrator 黄丽娟 (Han; witness only, no code): sent "
        "March 2018, resigned January 2019, to Canada '同年8月' -> 2019-08 (exit). Students wear leg irons in and out of "
        "class ('他们': coded shackling for both named students). 阿不都热合曼·吐尔逊 (former imam): weekly 悔过书 read "
        "aloud (forced confession), leads the party song (indoctrination), never in court and shown no judgment "
        "(negated prison sentence), taken away at night in October 2018 (transfer), his daughter never told where "
        "(disappearance + incommunicado). 古丽娜尔·买买提: 被抓进来 from Huocheng only because her brother trades in Kazakhstan (arbitrary "
        "arrest + camp + family reprisal), three days alone for a Uyghur sentence (solitary + language ban), '她没有挨打' "
        "(negated beating); monthly injection only guessed as contraceptive ('没办法证实': nothing). Mother 王秀兰: "
        "called in three times about the narrator abroad (interrogation + family reprisal), '没有被扣留' (negated "
        "arbitrary arrest). Centre director 赵德明: official + perpetrator; interviewer 陈默: other. 'Yining' in '伊宁的派出所' "
        "is a place mention; the centre and the education bureau are organisations.")
ORGS = ["“职业技能教育培训中心”", "《没有共产党就没有新中国》"]
PERSONS = [
    P("p1", "黄丽娟", ["黄丽娟"], ["narrator", "witness"], gender="female", ethnicity="Han", rel=[("daughter", "p6")]),
    P("p2", "阿不都热合曼·吐尔逊", ["阿不都热合曼·吐尔逊"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "班上年纪最大的是阿不都热合曼·吐尔逊"),
            ("detention.shackling", "他们脚上都戴着脚镣，下课也不摘"),
            ("coercion.forced_confession", "他每周都要写一份悔过书，在全班面前念"),
            ("indoctrination.political", "还要带头唱《没有共产党就没有新中国》"),
            ("disappearance.enforced", "到今天也没有任何部门告诉她父亲被关在什么地方"),
            ("detention.incommunicado", "到今天也没有任何部门告诉她父亲被关在什么地方")]),
    P("p3", "古丽娜尔·买买提", ["古丽娜尔·买买提"], ["victim"], gender="female",
      viol=[("detention.arbitrary_arrest", "是从霍城县被抓进来的"),
            ("detention.internment_camp", "是从霍城县被抓进来的"),
            ("family.reprisal", "只因为她哥哥在哈萨克斯坦做生意"),
            ("detention.shackling", "他们脚上都戴着脚镣，下课也不摘"),
            ("culture.language_ban", "她在课间说了一句维吾尔语"),
            ("detention.solitary_confinement", "被关了三天禁闭，一个人待在没有窗户的小屋里")]),
    P("p4", "赵德明", ["赵德明"], ["official", "perpetrator"], gender="male"),
    P("p5", "陈默", ["陈默"], ["other"]),
    P("p6", "王秀兰", ["王秀兰"], ["relative", "victim"], gender="female", rel=[("mother", "p1")],
      viol=[("family.reprisal", "三次把我母亲王秀兰叫去，问我在国外跟什么人来往、有没有接受采访")]),
]
PLACES = [
    L("Yining County", ["伊宁县"]),
    L("Yining", ["伊宁"]),
    L("Vancouver", ["温哥华"]),
    L("Huocheng County", ["霍城县"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Canada", ["加拿大"]),
]
DATES = [
    D("2023年6月18日", "2023-06-18", "day"),
    D("2018年3月", "2018-03", "month"),
    D("那一年", "2018", "year"),
    D("2018年10月", "2018-10", "month"),
    D("2019年1月", "2019-01", "month"),
    D("同年8月", "2019-08", "month"),
]
EVENTS = [
    ("exit", "p1", "2019-08"),
    ("detention", "p2", None),
    ("transfer", "p2", "2018-10"),
    ("disappearance", "p2", None),
    ("arrest", "p3", None),
    ("detention", "p3", None),
    ("interrogation", "p6", None),
]
NEGATED = [("p2", "detention.prison_sentence", "他从来没上过法庭，也没有人给他看过任何判决书"),
           ("p3", "torture.beating", "她没有挨打"),
           ("p6", "detention.arbitrary_arrest", "她没有被扣留")]
FORBIDDEN = []
