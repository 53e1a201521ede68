FILE = "en04_guardianship_home_study.txt"
LANG = "en"
DATE = "2024-03-18"
NOTE = ("Virginia family agency's home-study addendum for a standby guardianship (header fields, US dates, numbered "
        "sections, recommendation). Petitioner aunt 'Zulfiye HASAN' / 'Ms. Hasan' / 'Zulfiye Hasan' (US citizen "
        "since 2014); minor 'Mihriban HASAN' / 'Mihriban' (DOB 06/02/2014 US = 2014-06-02, age 9, ethnicity Uyghur); "
        "mother 'Gulshen YAQUP' / 'Ms. Yaqup' (different surname); father 'Tursun HASAN'; social worker 'Laura Benton' "
        "(other). Gulshen: went back May 2017 (return), held forty days at a police station and questioned about time "
        "abroad (arbitrary arrest + pretrial), 'was not sent to a camp' (negated), weekly reporting and not leaving "
        "the county (house arrest), passport not returned, cannot come back to her daughter (family separation). "
        "Tursun: 2017 detained in a 'vocational training center' (arbitrary arrest + camp), 2018 seventeen years "
        "(prison sentence), no visits or letters (incommunicado). Zulfiye: WeChat messages from someone claiming to "
        "be police asking her address (transnational harassment). 'March 7' in the report's year; 'Last fall' -> "
        "2023; 'almost seven years', 'forty days' are durations.")
ORGS = ["BRIGHTPATH FAMILY SERVICES"]
PERSONS = [
    P("p1", "Zulfiye Hasan", ["Zulfiye HASAN", "Hasan", "Zulfiye Hasan"], ["relative", "victim"], gender="female",
      citizenship=["United States"], rel=[("aunt", "p2"), ("sister", "p4")],
      viol=[("transnational.harassment", "she received WeChat messages from a person who said he was with the police in Hotan, asking for her address in Virginia")]),
    P("p2", "Mihriban Hasan", ["Mihriban HASAN", "Mihriban"], ["relative"], gender="female", ethnicity="Uyghur",
      birth_year=2014, age=9, rel=[("daughter", "p3"), ("daughter", "p4"), ("niece", "p1")]),
    P("p3", "Gulshen Yaqup", ["Gulshen YAQUP", "Yaqup"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2"), ("wife", "p4")],
      viol=[("detention.arbitrary_arrest", "She was held at the local police station for about forty days and questioned about her time abroad"),
            ("detention.pretrial", "held at the local police station for about forty days"),
            ("detention.house_arrest", "she must report to the neighborhood office every week, she is not permitted to leave the county"),
            ("movement.passport_confiscation", "her passport has not been returned"),
            ("family.separation", "She has not been able to come back to her daughter for almost seven years")]),
    P("p4", "Tursun Hasan", ["Tursun HASAN"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("husband", "p3"), ("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "He was detained in 2017"),
            ("detention.internment_camp", "in what relatives describe as a \"vocational training center\""),
            ("detention.prison_sentence", "in 2018 was sentenced to seventeen years"),
            ("detention.incommunicado", "Family members are not allowed to visit him or to write")]),
    P("p5", "Laura Benton", ["Laura Benton"], ["other"], gender="female"),
]
PLACES = [
    L("Fairfax", ["Fairfax"]),
    L("Virginia", ["Virginia"]),
    L("United States", ["United States"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("March 18, 2024", "2024-03-18", "day"),
    D("06/02/2014", "2014-06-02", "day"),
    D("February 27, 2024", "2024-02-27", "day"),
    D("and [[March 7]]", "2024-03-07", "day"),
    D("States in [[2016]]", "2016", "year"),
    D("May 2017", "2017-05", "month"),
    D("detained in [[2017]]", "2017", "year"),
    D("2018", "2018", "year"),
    D("since [[2014]]", "2014", "year"),
    D("Last fall", "2023", "year"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("exit", "p3", "2016"),
    ("return", "p3", "2017-05"),
    ("arrest", "p3", "2017-05"),
    ("detention", "p3", "2017-05"),
    ("interrogation", "p3", "2017-05"),
    ("release", "p3", None),
    ("arrest", "p4", "2017"),
    ("detention", "p4", "2017"),
    ("sentencing", "p4", "2018"),
]
NEGATED = [("p3", "detention.internment_camp", "She was not sent to a camp")]
FORBIDDEN = []
