LANG = "zh"; DATE = "2024-03-20"
NOTE = ("Student-newspaper piece at a university abroad (simplified Chinese; masthead, issue number, rubric, headline; the unnamed reporter is no person). "
        "Gold covers persons, places and dates only: events, negated and forbidden are [] and every person's violations [] (the classroom arrest, the unknown whereabouts and the 15-year sentence are not scored). "
        "Chinese renderings of Uyghur names with the middle dot: the children 阿依努尔·买买提 and 艾力·买买提 carry the father's given name 买买提 (father 买买提·吐尔洪); the bare 买买提 in 买买提老师 is the father (title outside the mention); 买买提 inside the children's names is no mention of him. "
        "Address chain 新疆和田地区墨玉县 gives three places; 加拿大 inside 加拿大学生签证 is a modifier mention. 维吾尔族 = ethnicity; 二十二岁 = age 22. "
        "上周五 -> 2024-03-15 (the issue date is a Wednesday); 去年冬天 -> 2023. 陈思远 and 林雅婷 are students/staff (role other).")
P = [
 dict(id="p1", name="阿依努尔·买买提", names=["阿依努尔·买买提", "阿依努尔"], roles=["relative", "witness"], gender="female", ethnicity="维吾尔族", age=22,
      relations=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p6")]),
 dict(id="p2", name="买买提·吐尔洪", names=["买买提·吐尔洪", "买买提"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p1"), ("father", "p6"), ("husband", "p3")]),
 dict(id="p3", name="古丽娜尔·阿不都拉", names=["古丽娜尔·阿不都拉"], roles=["relative"], gender="female",
      relations=[("mother", "p1"), ("wife", "p2")]),
 dict(id="p4", name="陈思远", names=["陈思远"], roles=["other"], gender="male"),
 dict(id="p5", name="林雅婷", names=["林雅婷"], roles=["other"], gender="female"),
 dict(id="p6", name="艾力·买买提", names=["艾力·买买提"], roles=["relative"], gender="male", relations=[("son", "p2"), ("brother", "p1")]),
]
PL = [("Xinjiang", ["新疆"]), ("Hotan Prefecture", ["和田地区"]), ("Qaraqash County", ["墨玉县"]), ("Ürümchi", ["乌鲁木齐"]), ("Toronto", ["多伦多"]),
      ("Canada", ["加拿大"]), ("Istanbul", ["伊斯坦布尔"])]
D = [("2024年3月20日", "2024-03-20"), ("上周五", "2024-03-15"), ("2017年10月", "2017-10"), ("2019年", "2019"), ("去年冬天", "2023"), ("2018年", "2018")]
E = []; NEG = []; FORB = []
