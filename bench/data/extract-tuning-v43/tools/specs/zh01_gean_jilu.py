FILE = "zh01_gean_jilu.txt"
LANG = "zh"
DATE = "2020-08-25"
NOTE = ("A Chinese-language rights group's case record (个案记录: number, date, recorder, source, two persons concerned "
        "in fields, facts, the source's own situation, official response, credibility assessment, next steps), simplified "
        "Chinese, full gold. Father '阿不都热依木·买买提明', son '艾合买提·阿不都热依木', daughter '努尔古丽·阿不都热依木' / "
        "'努尔古丽' (surname = father's given name). Father: taken by the county PSB for a 2015 pilgrimage (arbitrary arrest + "
        "religious ban, exit 2015 and undated return), 看守所 = pretrial, then the 职业技能教育培训中心 = camp (transfer, "
        "undated); Chinese lessons and red songs = indoctrination; blood, fingerprints and iris = biometric collection "
        "(released detainee's account, as fact); thirteen years learnt in March 2019 (sentencing undated); no visits or "
        "calls = incommunicado; electric shock only hearsay, 未予采信 = hedged (neither gold nor forbidden). Son: arrested for "
        "'境外软件' on his phone = arbitrary arrest + digital surveillance; 看守所 = pretrial; 不得离开墨玉县 = house arrest; "
        "weekly reporting is not coded; '他没有被判刑' negated. Daughter in Munich: calls from the county police asking for "
        "a list of rally participants = transnational harassment. The regional office's '不存在任意拘押' is a state denial, no "
        "negation. Place names inside office names (墨玉县公安局, 新疆维吾尔自治区政府新闻办公室) are place mentions. "
        "'约一年' is a duration; '自2019年起' gives '2019年'.")
ORGS = ["丝路人权个案小组"]
PERSONS = [
    P("p1", "阿不都热依木·买买提明", ["阿不都热依木·买买提明"], ["victim"], gender="male", birth_year=1957,
      rel=[("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "因曾于2015年去沙特朝觐，被墨玉县公安局带走"),
            ("culture.religious_ban", "因曾于2015年去沙特朝觐"),
            ("detention.pretrial", "先被关押在墨玉县看守所"),
            ("detention.internment_camp", "后被送往当地“职业技能教育培训中心”"),
            ("indoctrination.political", "被迫每天学习汉语、唱红歌"),
            ("medical.biometric_collection", "被强制抽血、采集指纹和虹膜"),
            ("detention.prison_sentence", "被判处有期徒刑十三年"),
            ("detention.incommunicado", "家属至今无法探视，也无法与他通话")]),
    P("p2", "艾合买提·阿不都热依木", ["艾合买提·阿不都热依木"], ["victim"], gender="male", birth_year=1983,
      rel=[("son", "p1"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "于2018年1月在乌鲁木齐被捕"),
            ("surveillance.digital", "原因是他手机里装有“境外软件”"),
            ("detention.pretrial", "他在看守所关押约一年"),
            ("detention.house_arrest", "不得离开墨玉县")]),
    P("p3", "努尔古丽·阿不都热依木", ["努尔古丽·阿不都热依木", "努尔古丽"], ["witness", "relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("sister", "p2")],
      viol=[("transnational.harassment", "要求她提供在慕尼黑参加集会的维吾尔人名单")]),
    P("p4", "周晓岚", ["周晓岚"], ["other"], gender="female"),
]
PLACES = [
    L("Germany", ["德国"]),
    L("Munich", ["慕尼黑"]),
    L("Hotan Prefecture", ["和田地区"]),
    L("Karakax", ["墨玉县"]),
    L("Saudi Arabia", ["沙特"]),
    L("Urumqi", ["乌鲁木齐"]),
    L("Xinjiang", ["新疆维吾尔自治区"]),
]
DATES = [
    D("2020年8月25日", "2020-08-25", "day"),
    D("1957年", "1957", "year"),
    D("1983年", "1983", "year"),
    D("2017年6月", "2017-06", "month"),
    D("2015年", "2015", "year"),
    D("2019年3月", "2019-03", "month"),
    D("2018年1月", "2018-01", "month"),
    D("2019年2月", "2019-02", "month"),
    D("自[[2019年]]起", "2019", "year"),
    D("2020年1月", "2020-01", "month"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("return", "p1", None),
    ("arrest", "p1", "2017-06"),
    ("detention", "p1", "2017-06"),
    ("transfer", "p1", None),
    ("sentencing", "p1", None),
    ("arrest", "p2", "2018-01"),
    ("detention", "p2", "2018-01"),
    ("release", "p2", "2019-02"),
]
NEGATED = [("p2", "detention.prison_sentence", "他没有被判刑")]
FORBIDDEN = []
