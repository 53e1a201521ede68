FILE = "zh01_lvshi_huijian_bilu.txt"
LANG = "zh"
DATE = "2019-07-22"
NOTE = ("Defence lawyer's record of a meeting with a detained client (会见笔录), header fields, 问/答, lawyer's notice, "
        "signatures; simplified Chinese, full gold. The law firm and 伽师县公安局 are organisations (no place mention inside); "
        "the facility 喀什地区伽师县看守所 holds two place mentions; 伽师县城 (county town) is distinct from 伽师县. The lawyer "
        "(role other, gender not stated) and the police officer 刘海涛 (official, present throughout) are persons. Naming: "
        "伊克热木·阿卜力克木 <- 阿卜力克木·喀迪尔; his sister 祖丽皮亚·喀迪尔 shares the father's name. Taken at night on "
        "2018-11-03 over 'terror audio-video' on his phone (arbitrary arrest) and sent the same night (当晚) to the town's "
        "教培中心 for five months (arrest + detention 2018-11-03); 今年4月初 -> transfer 2019-04 to the detention centre "
        "(pretrial); iron chair overnight for praying = tiger chair + religious ban; thumbprint on papers he could not read = "
        "forced confession; «看守所里没有人打我» negated beating. The wife: rumour that she was 'called to study' vs the "
        "lawyer's «未被羁押» (negated). 上个月 -> 2019-06; 今年十二岁 is an age, not a date; clock times are no dates.")
ORGS = ["新疆正衡律师事务所", "伽师县公安局"]
PERSONS = [
    P("p1", "阿卜力克木·喀迪尔", ["阿卜力克木·喀迪尔"], ["narrator", "victim", "relative"], gender="male", ethnicity="维吾尔族",
      birth_year=1981, rel=[("husband", "p2"), ("father", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "说我手机里有“暴恐音视频”"),
            ("detention.internment_camp", "当晚就送到镇上的“教培中心”，在那里关了五个月"),
            ("detention.pretrial", "今年4月初转到这里"),
            ("torture.tiger_chair", "被铐在铁椅子上坐了一整夜"),
            ("culture.religious_ban", "因为我在宿舍里偷偷做礼拜"),
            ("coercion.forced_confession", "我不认识汉字，他们让我按手印，我就按了")]),
    P("p2", "帕提曼·斯迪克", ["帕提曼·斯迪克"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "伊克热木·阿卜力克木", ["伊克热木·阿卜力克木"], ["relative"], gender="male", age=12, rel=[("son", "p1")]),
    P("p4", "祖丽皮亚·喀迪尔", ["祖丽皮亚·喀迪尔"], ["relative"], gender="female", rel=[("sister", "p1")]),
    P("p5", "周文博", ["周文博"], ["other"]),
    P("p6", "刘海涛", ["刘海涛"], ["official"]),
]
PLACES = [
    L("Kashgar Prefecture", ["喀什地区"]),
    L("Peyziwat County (Jiashi)", ["伽师县"]),
    L("Baren town", ["巴仁镇"]),
    L("Peyziwat county town", ["伽师县城"]),
    L("Ürümqi", ["乌鲁木齐"]),
]
DATES = [
    D(("2019年7月22日", 0), "2019-07-22", "day"),
    D("1981年", "1981", "year"),
    D("2018年11月3日", "2018-11-03", "day"),
    D("当晚", "2018-11-03", "day"),
    D("今年4月初", "2019-04", "month"),
    D("上个月", "2019-06", "month"),
    D(("2019年7月22日", 1), "2019-07-22", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-11-03"),
    ("detention", "p1", "2018-11-03"),
    ("transfer", "p1", "2019-04"),
]
NEGATED = [("p1", "torture.beating", "看守所里没有人打我"),
           ("p2", "detention.arbitrary_arrest", "未被羁押")]
FORBIDDEN = []
