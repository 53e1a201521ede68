FILE = "zh01_qingkuang_tongbao.txt"
LANG = "zh"
DATE = "2021-03-15"
NOTE = ("County public-security 'situation notice' (情况通报) rebutting foreign reports, simplified Chinese. Gold covers "
        "persons, places and dates only: events, negated and forbidden are empty and violations [] (do not score events "
        "or codes). The issuing bureau and the court contain toponyms (organisations: no place mentions); the document "
        "number 拜公通〔2021〕17号 is no date; '近日' is not annotated (no resolvable date). Address chain gives one mention "
        "per unit (新疆维吾尔自治区 / 阿克苏地区 / 拜城县 / 赛里木镇); a toponym inside a facility name is a mention (阿克苏监狱 "
        "-> 阿克苏), and inside the quoted foreign claim as well (拜城县居民). The son's name contains the father's given name "
        "(阿卜杜拉·努尔买买提 <- 努尔买买提·阿布都热合曼): the bare 努尔买买提 is a mention of the father only where it stands "
        "alone. 同年12月 and 次年6月 chain on 2017年11月; 今年1月 -> 2021-01. Two named police officers (officials).")
ORGS = ["拜城县公安局", "拜城县人民法院", "拜公通〔2021〕17号"]
PERSONS = [
    P("p1", "努尔买买提·阿布都热合曼", ["努尔买买提·阿布都热合曼", "努尔买买提"], ["victim"], gender="male",
      ethnicity="维吾尔族", birth_year=1972, rel=[("husband", "p2"), ("father", "p3")]),
    P("p2", "热孜万古丽·买买提", ["热孜万古丽·买买提"], ["relative"], gender="female", birth_year=1976,
      rel=[("wife", "p1"), ("mother", "p3")]),
    P("p3", "阿卜杜拉·努尔买买提", ["阿卜杜拉·努尔买买提", "阿卜杜拉"], ["relative"], gender="male", birth_year=1998,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "李建国", ["李建国"], ["official"]),
    P("p5", "吾斯曼·托合提", ["吾斯曼·托合提"], ["official"]),
]
PLACES = [
    L("Bay County", ["拜城县"]),
    L("Xinjiang", ["新疆维吾尔自治区"]),
    L("Aksu Prefecture", ["阿克苏地区"]),
    L("Sayram Town", ["赛里木镇"]),
    L("Aksu", ["阿克苏"]),
    L("Ürümqi", ["乌鲁木齐"]),
    L("Turkey", ["土耳其"]),
    L("Istanbul", ["伊斯坦布尔"]),
]
DATES = [
    D("1972年8月3日", "1972-08-03", "day"),
    D("2017年11月", "2017-11", "month"),
    D("同年12月", "2017-12", "month"),
    D("次年6月", "2018-06", "month"),
    D("1976年", "1976", "year"),
    D("今年1月", "2021-01", "month"),
    D("1998年", "1998", "year"),
    D("2016年", "2016", "year"),
    D("2021年3月15日", "2021-03-15", "day"),
]
