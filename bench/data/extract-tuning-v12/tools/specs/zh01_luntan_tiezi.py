FILE = "zh01_luntan_tiezi.txt"; LANG = "zh"; DOC_DATE = "2024-09-18"
NOTE = ("Overseas Chinese-language forum post by a Han former teacher (simplified Chinese). Gold covers persons, places and "
        "dates only: events, negated and forbidden are [] and every person's violations are [] (do not score events or "
        "codes). Not persons/places: the forum name 海外华人论坛, the poster's nickname 东湖旧人 and the replier's 天山雪莲 "
        "(toponyms inside nicknames are no places; blocked), the unnamed narrator. Title 校长 outside the span of 王建军. Son "
        "伊力亚尔·吐尔洪 <- 吐尔洪·卡德尔 (substrings inside the longer name are no mention of the father). Address chain "
        "新疆维吾尔自治区 + 阿克苏地区 + 库车市 (one mention per unit); bare 库车 = the same place. Dates: '2006年到2019年' gives "
        "two years; '2017年4月的一个晚上' (month); '第二天' after a month-precision evening may cross a month -> year; "
        "'同年10月' -> 2017-10; seasons -> year; '去年' -> 2023, '前年' -> 2022 (on the post date). The sentence rumour "
        "(十三年) would be unconfirmed anyway. Ages: '比我小三岁' is no age; '当时才九岁' = 9 (age at the time).")
BLOCK = ["东湖旧人", "天山雪莲", "海外华人论坛"]
PERSONS = [
 dict(id="p1", name="帕提古丽·艾力", names=["帕提古丽·艾力", "帕提古丽"], roles=["victim"], gender="female", birth_year=1981,
      relations=[("wife", "p3"), ("mother", "p4")]),
 dict(id="p2", name="王建军", names=["王建军"], roles=["official"], gender="male"),
 dict(id="p3", name="吐尔洪·卡德尔", names=["吐尔洪·卡德尔"], roles=["victim", "relative"], gender="male",
      relations=[("husband", "p1"), ("father", "p4")]),
 dict(id="p4", name="伊力亚尔·吐尔洪", names=["伊力亚尔·吐尔洪", "伊力亚尔"], roles=["relative", "witness"], gender="male", age=9,
      relations=[("son", "p1"), ("son", "p3")]),
]
PLACES = [
 dict(name="Xinjiang", names=["新疆维吾尔自治区"]), dict(name="Aksu Prefecture", names=["阿克苏地区"]),
 dict(name="Kuqa", names=["库车市", "库车"]), dict(name="Ürümqi", names=["乌鲁木齐"]), dict(name="Hubei", names=["湖北"]),
 dict(name="Wuhan", names=["武汉"]), dict(name="Canada", names=["加拿大"]), dict(name="Vancouver", names=["温哥华"]),
 dict(name="Kazakhstan", names=["哈萨克斯坦"]), dict(name="Almaty", names=["阿拉木图"]),
]
DATES = [
 ("2024-09-18", "2024-09-18", "day"), ("2006年", "2006", "year"), (("2019年", 0), "2019", "year"), ("1981年", "1981", "year"),
 ("2017年4月的一个晚上", "2017-04", "month"), ("第二天", "2017", "year"), ("同年10月", "2017-10", "month"),
 ("2018年春天", "2018", "year"), ("2019年夏天", "2019", "year"), ("2021年", "2021", "year"), ("去年", "2023", "year"),
 ("前年", "2022", "year"), (("2019年", 2), "2019", "year"),
]
EVENTS = []; NEGATED = []; FORBIDDEN = []
