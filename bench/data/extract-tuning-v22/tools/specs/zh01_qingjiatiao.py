FILE = "zh01_qingjiatiao.txt"
LANG = "zh"
DATE = "2019-11-14"
NOTE = ("Factory worker's leave request (请假条) with the workshop head's comment and an HR note, simplified Chinese, full gold. "
        "The firm name '宁波市华丰服装有限公司' is an org (no place mention inside). The requested leave range "
        "'2019年11月18日至12月2日' is after the document date (not annotated); '十五天', '两年多' are durations; '11月13日' takes its "
        "year from the request; '上个月' -> 2019-10, '今年8月' -> 2019-08 anchored on the request date. Workshop head 王建华 and "
        "HR clerk 刘敏 are role other. Father taken to a 'vocational training centre' by the village (arrest + detention "
        "2017-10, release 2019-10, untreated illness inside = denied medical care). Brother questioned a whole day about the "
        "photos on his phone (interrogation, digital surveillance), 'sent home that evening, 没有被关押' (pretrial detention "
        "negated; no release event), weekly flag-raising and night school (political indoctrination). Daily location "
        "reporting in a WeChat group required of the writer = digital surveillance. The HR note's relayed official claim "
        "'身体情况正常，不存在其他问题' with '本部门不掌握具体情况' is hedged: it neither negates nor forbids.")
ORGS = ["宁波市华丰服装有限公司"]
PERSONS = [
    P("p1", "买买提江·吐尔洪", ["买买提江·吐尔洪"], ["narrator", "relative", "victim"], gender="male", ethnicity="Uyghur",
      birth_year=1996, rel=[("son", "p2"), ("brother", "p3")],
      viol=[("surveillance.digital", "到家后每天在微信群里报平安、发定位")]),
    P("p2", "吐尔洪·阿西木", ["吐尔洪·阿西木"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "被村里带去"),
            ("detention.internment_camp", "“职业技能教育培训中心”学习"),
            ("ill_treatment.denied_medical_care", "在里面生病的时候没有给他看病")]),
    P("p3", "艾则孜", ["艾则孜"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p2")],
      viol=[("surveillance.digital", "问了一整天他手机里的照片"),
            ("indoctrination.political", "每周一要去村委会参加升国旗，每天晚上还要上夜校学习")]),
    P("p4", "王建华", ["王建华"], ["other"]),
    P("p5", "刘敏", ["刘敏"], ["other"]),
]
PLACES = [
    L("Xinjiang", ["新疆"]),
    L("Hotan", ["和田地区"]),
    L("Karakax", ["墨玉县"]),
    L("Urumqi", ["乌鲁木齐"]),
]
DATES = [
    D("1996年", "1996", "year"),
    D("2018年3月", "2018-03", "month"),
    D("2017年10月", "2017-10", "month"),
    D("上个月", "2019-10", "month"),
    D("今年8月", "2019-08", "month"),
    D("2019年11月12日", "2019-11-12", "day"),
    D("11月13日", "2019-11-13", "day"),
    D("2019年11月14日", "2019-11-14", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("release", "p2", "2019-10"),
    ("interrogation", "p3", "2019-08"),
]
NEGATED = [("p3", "detention.pretrial", "没有被关押")]
FORBIDDEN = []
