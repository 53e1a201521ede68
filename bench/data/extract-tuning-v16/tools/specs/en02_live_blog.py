FILE = "en02_live_blog.txt"
LANG = "en"
DATE = "2025-05-20"
NOTE = ("Citizen-journalism live blog in reverse order (clock-time entry stamps, all on the header date; the author is only a "
        "handle, no person). Kazakh naming: Nurbolat Qairatuly <- Qairat Zhumaghali; Daulet Serikuly <- 'Serik aqsaqal' (honorific "
        "after the name). Aisulu 'taken for study' = internment, straight to the place (detention carries the date), 'herself was "
        "not beaten' negated next to the dormitory beatings for speaking Kazakh (language ban). Grandmother unnamed. Rumour of "
        "transfers to Gansu: not gold, no event. 'A year later' after October 2017 -> 2018. Almaty police checking documents: "
        "nobody detained, no person. Background 'a dozen families', 'about sixty people'.")
ORGS = ["STREETNOTES KZ"]
PERSONS = [
    P("p1", "Nurbolat Qairatuly", ["Nurbolat Qairatuly", "Nurbolat"], ["relative", "witness"], gender="male", age=31,
      rel=[("son", "p2")]),
    P("p2", "Qairat Zhumaghali", ["Qairat Zhumaghali"], ["victim", "relative"], gender="male", rel=[("father", "p1")],
      viol=[("movement.passport_confiscation", "They took his passport at the Khorgos crossing"),
            ("detention.internment_camp", "was kept in a camp in Chapchal for eleven months"),
            ("detention.prison_sentence", "was then sentenced to twelve years"),
            ("detention.incommunicado", "He has not been allowed a single call to us")]),
    P("p3", "Gulsezim Bekenova", ["Gulsezim Bekenova", "Gulsezim"], ["relative", "witness"], gender="female",
      rel=[("sister", "p4")]),
    P("p4", "Aisulu", ["Aisulu"], ["victim", "relative"], gender="female", rel=[("sister", "p3")],
      viol=[("detention.internment_camp", "was \"taken for study\" on 3 March 2019"),
            ("culture.language_ban", "they were beaten for speaking Kazakh in the dormitory"),
            ("indoctrination.political", "she had to sing red songs every morning before breakfast")]),
    P("p5", "Serik", ["Serik"], ["relative", "witness"], gender="male", rel=[("father", "p6")]),
    P("p6", "Daulet Serikuly", ["Daulet Serikuly", "Daulet"], ["victim", "relative"], gender="male", rel=[("son", "p5")],
      viol=[("detention.arbitrary_arrest", "was pulled out of his cab at a police checkpoint in Altay city"),
            ("detention.prison_sentence", "Daulet had \"received a sentence\"")]),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Zharkent", ["Zharkent"]),
    L("Ghulja", ["Ghulja"]),
    L("Khorgos", ["Khorgos"]),
    L("Chapchal", ["Chapchal"]),
    L("Tekes", ["Tekes"]),
    L("Altay city", ["Altay city", "Altay"]),
    L("Gansu", ["Gansu province"]),
    L("Xinjiang", ["Xinjiang"]),
]
DATES = [
    D("20 May 2025", "2025-05-20", "day"),
    D("spring of 2018", "2018", "year"),
    D("April 2020", "2020-04", "month"),
    D("3 March 2019", "2019-03-03", "day"),
    D("December that year", "2019-12", "month"),
    D("since [[2017]]", "2017", "year"),
    D("October 2017", "2017-10", "month"),
    D("A year later", "2018", "year"),
    D("early 2018", "2018", "year"),
]
EVENTS = [
    ("detention", "p2", None),
    ("sentencing", "p2", None),
    ("arrest", "p4", "2019-03-03"),
    ("detention", "p4", "2019-03-03"),
    ("release", "p4", "2019-12"),
    ("arrest", "p6", "2017-10"),
    ("sentencing", "p6", None),
]
NEGATED = [("p4", "torture.beating", "Aisulu herself was not beaten")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p5", "detention.arbitrary_arrest")]
