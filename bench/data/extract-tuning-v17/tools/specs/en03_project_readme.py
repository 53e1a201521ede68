FILE = "en03_project_readme.txt"
LANG = "en"
DATE = "2025-06-03"
NOTE = ("Software project README in Markdown: project name 'yoqlash', badges, version numbers (v0.9.1 etc.), 'pip install', "
        "handle '@dshat', 'MPL-2.0', 'Monash Uyghur Students' Society' (org) are neither persons nor dates; changelog release "
        "lines are day dates; 'winter of 2021' -> year. Maintainer Dilshat Ablimit = narrator ('I'), nephew of Abdulla Turghun "
        "(born 1954): detained in Aqsu Feb 2017 (arrest + detention, city detention centre = pretrial), six weeks alone in a cell = solitary confinement, camp near Onsu, "
        "interrogated at night, iron chair for hours = tiger chair (via a fellow releasee, asserted); released 2019; died at "
        "home August 2020 (death event; death.in_custody forbidden). His wife Aynur Qurban: passport collected 2017. "
        "Changelog: Memet Eziz from Atush sentenced to thirteen years in 2018; daughter Gulnar Memet 'never contacted by the "
        "police' = negated transnational harassment. Freya Lindqvist = other. Security section: Horgos and Ürümqi phone "
        "inspections 'reported ... we cannot confirm' = hedge (no code). Example strings 'in the spring', 'after Nowruz' are "
        "no dates.")
ORGS = ["Monash Uyghur Students' Society"]
PERSONS = [
    P("p1", "Dilshat Ablimit", ["Dilshat Ablimit"], ["narrator", "relative"], gender="male", rel=[("nephew", "p2")]),
    P("p2", "Abdulla Turghun", ["Abdulla Turghun"], ["victim"], gender="male", birth_year=1954,
      rel=[("uncle", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "was detained in Aqsu in February 2017"),
            ("detention.pretrial", "held first in the city detention centre"),
            ("detention.solitary_confinement", "alone in a cell for six weeks"),
            ("detention.internment_camp", "then in a camp near Onsu"),
            ("torture.tiger_chair", "forced to sit on an iron chair for hours")]),
    P("p3", "Aynur Qurban", ["Aynur Qurban"], ["relative", "victim"], gender="female", rel=[("wife", "p2")],
      viol=[("movement.passport_confiscation", "had her passport collected by the neighbourhood committee in 2017 and has never had it back")]),
    P("p4", "Freya Lindqvist", ["Freya Lindqvist"], ["other"], gender="female"),
    P("p5", "Memet Eziz", ["Memet Eziz"], ["victim"], gender="male", rel=[("father", "p6")],
      viol=[("detention.prison_sentence", "was sentenced to thirteen years in 2018")]),
    P("p6", "Gulnar Memet", ["Gulnar Memet"], ["relative"], gender="female", rel=[("daughter", "p5")]),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Aksu", ["Aqsu"]),
    L("Onsu", ["Onsu"]),
    L("Atush", ["Atush"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Horgos", ["Horgos"]),
    L("Ürümqi", ["Ürümqi"]),
]
DATES = [
    D(("3 June 2025", 0), "2025-06-03", "day"),
    D("winter of 2021", "2021", "year"),
    D("born in [[1954]]", "1954", "year"),
    D("February 2017", "2017-02", "month"),
    D("released in [[2019]]", "2019", "year"),
    D("August 2020", "2020-08", "month"),
    D("committee in [[2017]]", "2017", "year"),
    D(("3 June 2025", 1), "2025-06-03", "day"),
    D("12 May 2025", "2025-05-12", "day"),
    D("years in [[2018]]", "2018", "year"),
    D("20 November 2024", "2024-11-20", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-02"),
    ("detention", "p2", "2017-02"),
    ("transfer", "p2", None),
    ("interrogation", "p2", None),
    ("release", "p2", "2019"),
    ("death", "p2", "2020-08"),
    ("sentencing", "p5", "2018"),
]
NEGATED = [("p6", "transnational.harassment", "She was never contacted by the police about the tool")]
FORBIDDEN = [("p2", "death.in_custody")]
