LANG = "zh"; DATE = "2020-07-08"
TEXT = """
【长帖】我父亲在哪里？（1/6）
发布于2020年7月8日 · 东京

我叫阿依古丽·买买提，维吾尔族，1991年出生在新疆阿克苏地区库车县，2014年来日本读书，现在在东京工作。这几年我一直不敢公开说话。今天我决定写下来。

我父亲买买提·托合提，1955年生，在库车老城开了三十年的馕坑。2017年11月的一个晚上，社区主任李建华带着两个警察来到家里，说让父亲"去学习几天"。从那天起，家里再也没有见过他。

2018年3月15日，我弟弟艾克拜尔·买买提也被带走了。他当时在乌鲁木齐一家电脑公司上班，同事说是在公司门口被带上车的。去年春天，我们听说弟弟被判了十年，但没有见过任何文书，也不知道他关在哪里。

我母亲帕提古丽·艾山一个人留在库车。她每次跟我视频，旁边都有人。今年5月她说："不要再问了，你爸爸很好。"说完就挂了。我知道她不是自愿说的。

我的日本朋友问我，为什么不直接给中国大使馆打电话。我打过，三次，没有人回答我的问题。

父亲现在六十五岁，有高血压。如果有人在库车、阿克苏或者乌鲁木齐见过他，请私信我。照片在第二条。

（未完，待续）
"""
NOTE = ("Chinese social-media long post (thread header '（1/6）', posting line with date and city = document date and a place "
        "mention); gold covers persons, places and dates only (events, negated and forbidden are [] and every person's violations "
        "is [], as v6 does for zh); the author's and brother's surname 买买提 is the father's given name, the father is always named "
        "in full (买买提·托合提) — bare 买买提 inside 阿依古丽·买买提 / 艾克拜尔·买买提 is not his mention; 社区主任 is a title before "
        "李建华 (not in the span); '维吾尔族' = ethnicity of the author; an address chain gives one mention per unit (新疆 / 阿克苏地区 / "
        "库车县), '库车老城' keeps 库车 as a mention, 日本朋友 is a modifier use of Japan; 中国大使馆 is an organisation (not a place); "
        "'去年春天' -> 2019 (season -> year), '今年5月' -> 2020-05; '现在六十五岁' is the present age; '2017年11月的一个晚上' keeps its qualifier and '从那天起' -> '那天' = 2017-11; '三十年' is a duration.")
BLOCK = ["中国大使馆"]
P = [
 dict(id="p1", name="阿依古丽·买买提", names=["阿依古丽·买买提"], roles=["narrator", "relative"], gender="female", ethnicity="维吾尔族",
      birth_year=1991, relations=[("daughter", "p2"), ("sister", "p4"), ("daughter", "p5")]),
 dict(id="p2", name="买买提·托合提", names=["买买提·托合提"], roles=["victim", "relative"], gender="male", birth_year=1955, age=65,
      relations=[("father", "p1"), ("father", "p4"), ("husband", "p5")]),
 dict(id="p3", name="李建华", names=["李建华"], roles=["official", "perpetrator"], gender=None),
 dict(id="p4", name="艾克拜尔·买买提", names=["艾克拜尔·买买提"], roles=["victim", "relative"], gender="male",
      relations=[("son", "p2"), ("brother", "p1"), ("son", "p5")]),
 dict(id="p5", name="帕提古丽·艾山", names=["帕提古丽·艾山"], roles=["relative"], gender="female",
      relations=[("mother", "p1"), ("wife", "p2"), ("mother", "p4")]),
]
PL = [("Tokyo", ["东京"]), ("Xinjiang", ["新疆"]), ("Aksu Prefecture", ["阿克苏地区", "阿克苏"]), ("Kuqa County", ["库车县", "库车"]),
      ("Japan", ["日本"]), ("Ürümqi", ["乌鲁木齐"])]
D = [("2020年7月8日", "2020-07-08"), ("1991年", "1991"), ("2014年", "2014"), ("1955年", "1955"), ("2017年11月的一个晚上", "2017-11"), ("那天", "2017-11"),
     ("2018年3月15日", "2018-03-15"), ("去年春天", "2019"), ("今年5月", "2020-05")]
E = []; NEG = []; FORB = []
