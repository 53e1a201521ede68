FILE = "en03_style_guide_entry.txt"
LANG = "en"
DATE = "2023-01-30"
NOTE = ("Newspaper style-guide entry on Uyghur and Kazakh names, with worked examples from published stories. Name "
        "hard cases: 'Kamil Ablimit' -> 'Kamil'; 'Ablimit was his father' (the father's only mention, a person); "
        "daughter 'Mahire Kamil', the explicitly wrong form \"Mahire Ablimit\" (counted as her mention) and 'Mahire'; "
        "pinyin capitals 'KAMIER ABULIMITI'; Kazakh 'Nurbol Temirkhanov' -> 'Mr Temirkhanov', wife 'Saule "
        "Temirkhanova' -> 'Ms Temirkhanova'. Standards editor is named staff (other). '12 December last year' -> "
        "2022-12-12. Kamil: taken from his hospital by police 2018-02, camp 16 months, sentenced 2020 to 13 years, no "
        "news since 2021 (incommunicado); rumoured death without confirmation is hedged (no death event, death.in_custody "
        "not forbidden). Mahire: threatening call from Aksu police (transnational harassment). Nurbol: detained without "
        "charge 2017-11, camp in Tekes, patriotic songs, released (2018-10, chained: eleven months), returned to "
        "Kazakhstan 2019 (exit). Saule: 'She was not' (detained) negates arbitrary arrest beside a day's questioning at "
        "Khorgos (interrogation event, no code).")
ORGS = ["THE HARBOUR POST"]
PERSONS = [
    P("p1", "Kamil Ablimit", ["Kamil Ablimit", "Kamil", "KAMIER ABULIMITI"], ["victim", "relative"], gender="male", age=52,
      rel=[("father", "p2"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken from his hospital by police in February 2018"),
            ("detention.internment_camp", "held for 16 months in what officials call a vocational training centre"),
            ("detention.prison_sentence", "sentenced in 2020 to 13 years in prison"),
            ("detention.incommunicado", "The family has had no news of him since 2021")]),
    P("p2", "Mahire Kamil", ["Mahire Kamil", "Mahire Ablimit", "Mahire"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("granddaughter", "p3")],
      viol=[("transnational.harassment", "police in Aksu called her in 2022 and told her to stop talking to journalists")]),
    P("p3", "Ablimit", ["Ablimit"], ["relative"], gender="male", rel=[("father", "p1"), ("grandfather", "p2")]),
    P("p4", "Nurbol Temirkhanov", ["Nurbol Temirkhanov", "Mr Temirkhanov"], ["victim", "relative"], gender="male",
      rel=[("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "was detained without charge in November 2017"),
            ("detention.internment_camp", "held for eleven months in a camp in Tekes"),
            ("indoctrination.political", "he was made to sing patriotic songs")]),
    P("p5", "Saule Temirkhanova", ["Saule Temirkhanova", "Ms Temirkhanova"], ["relative"], gender="female",
      rel=[("wife", "p4")]),
    P("p6", "Ruth Adeyemi", ["Ruth Adeyemi"], ["other"], gender="female"),
]
PLACES = [
    L("Aksu", ["Aksu"]),
    L("Melbourne", ["Melbourne"]),
    L("Tekes", ["Tekes"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("China", ["China"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("30 January 2023", "2023-01-30", "day"),
    D("12 December last year", "2022-12-12", "day"),
    D("February 2018", "2018-02", "month"),
    D("sentenced in [[2020]]", "2020", "year"),
    D("since [[2021]]", "2021", "year"),
    D("her in [[2022]]", "2022", "year"),
    D("story of [[March 2021]]", "2021-03", "month"),
    D("November 2017", "2017-11", "month"),
    D("Kazakhstan in [[2019]]", "2019", "year"),
    D("Khorgos in [[2018]]", "2018", "year"),
    D("4 March 2021", "2021-03-04", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-02"),
    ("detention", "p1", "2018-02"),
    ("sentencing", "p1", "2020"),
    ("arrest", "p4", "2017-11"),
    ("detention", "p4", "2017-11"),
    ("release", "p4", "2018-10"),
    ("exit", "p4", "2019"),
    ("interrogation", "p5", "2018"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "She was not")]
FORBIDDEN = []
