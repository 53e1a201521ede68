FILE = "zh01_huji_biangeng_gaozhishu.txt"
LANG = "zh"
DATE = "2023-05-10"
NOTE = ("Kashgar police station's household-registration change notice (户籍信息变更告知书) to a household head, with "
        "his receipt and explanation (回执及说明, 10 May 2023 = document date), simplified Chinese (full gold). Head "
        "'艾合买提江·吐尔逊'; daughter '阿依努尔·艾合买提江' / '阿依努尔' abroad since March 2016 (exit); sons "
        "'买买提江·艾合买提江' and '艾尔肯·艾合买提江' (the father's given name as their second element, never alone); "
        "wife '帕提古丽·买买提'. Daughter: father told to make her return within thirty days, report on her life "
        "abroad and hand in her passport, or be listed for special attention (transnational harassment); '她的护照"
        "没有被收走' (negated passport). Elder son: since October 2017 'studying' in the vocational skills education "
        "and training centre (camp; detention event); monthly video call and 'enough to eat' (incommunicado and food "
        "deprivation forbidden). Younger son: January 2019 twelve years for 'religious extremism' (prison sentence), "
        "prison unknown, letters unanswered (incommunicado + disappearance). Head and wife: weekly flag-raising and "
        "Mandarin night school (indoctrination). Wife's gall-bladder surgery arranged by the community (denied "
        "medical care forbidden). '去年十二月' -> 2022-12; '三十日内' is a future deadline; the notice number "
        "'〔2023〕第046号' and address numbers are not dates. Organisations: the police station, the prefecture court.")
ORGS = ["喀什市公安局亚瓦格派出所", "喀什地区中级人民法院"]
PERSONS = [
    P("p1", "艾合买提江·吐尔逊", ["艾合买提江·吐尔逊"], ["narrator", "relative", "victim"], gender="male",
      rel=[("father", "p2"), ("father", "p3"), ("father", "p4"), ("husband", "p5")],
      viol=[("indoctrination.political", "户主本人及配偶帕提古丽·买买提每周一须参加社区升国旗仪式和国语夜校")]),
    P("p2", "阿依努尔·艾合买提江", ["阿依努尔·艾合买提江", "阿依努尔"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p5"), ("sister", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "请你督促其本人自收到本告知书之日起三十日内回国，到本所说明在国外的情况并交回护照")]),
    P("p3", "买买提江·艾合买提江", ["买买提江·艾合买提江"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p5"), ("brother", "p2"), ("brother", "p4")],
      viol=[("detention.internment_camp", "自2017年10月起在市职业技能教育培训中心学习")]),
    P("p4", "艾尔肯·艾合买提江", ["艾尔肯·艾合买提江"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p5"), ("brother", "p2"), ("brother", "p3")],
      viol=[("detention.prison_sentence", "以“宗教极端”罪判处有期徒刑十二年"),
            ("detention.incommunicado", "次子关在哪个监狱，我们到现在也不知道，写了三封信都没有回音"),
            ("disappearance.enforced", "次子关在哪个监狱，我们到现在也不知道，写了三封信都没有回音")]),
    P("p5", "帕提古丽·买买提", ["帕提古丽·买买提"], ["victim", "relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2"), ("mother", "p3"), ("mother", "p4")],
      viol=[("indoctrination.political", "每周一须参加社区升国旗仪式和国语夜校")]),
]
PLACES = [
    L("Kashgar", ["喀什市"]),
    L("Turkey", ["土耳其"]),
    L("Istanbul", ["伊斯坦布尔"]),
]
DATES = [
    D("2016年3月", "2016-03", "month"),
    D("2017年10月", "2017-10", "month"),
    D("2019年1月", "2019-01", "month"),
    D("2023年5月8日", "2023-05-08", "day"),
    D("去年十二月", "2022-12", "month"),
    D("2023年5月10日", "2023-05-10", "day"),
]
EVENTS = [
    ("exit", "p2", "2016-03"),
    ("detention", "p3", "2017-10"),
    ("sentencing", "p4", "2019-01"),
]
NEGATED = [("p2", "movement.passport_confiscation", "她的护照没有被收走")]
FORBIDDEN = [("p3", "detention.incommunicado"), ("p3", "ill_treatment.food_deprivation"),
             ("p5", "ill_treatment.denied_medical_care")]
