FILE = "en04_visa_sponsor_report.txt"
LANG = "en"
DATE = "2024-03-08"
NOTE = ("University's internal student-sponsor compliance record before a report to the visa authority, with the "
        "student's explanation in quotes. Student 'NURBOLAT Aidana' (family name first, one mention; 'Ms Nurbolat'), "
        "father 'Nurbolat Qasen' (Kazakh naming: her surname = father's given name): in prison since 2019, sentenced "
        "'that December' (-> 2019-12) to twelve years (prison sentence) because of religious books (religious ban); "
        "no arrest stated (detention event only). Mother 'Gulzhan Serik': camp 2018-2021, then assigned to a glove "
        "factory for almost no pay (forced labour; released first, so no transfer event), passport taken 2017 and "
        "returned 'last October' (-> 2023-10), crossed into Kazakhstan late January 2024 (exit). Student: consulate "
        "man asking for names of students = transnational harassment; 'I have never been detained myself' = negated "
        "arbitrary arrest. Range '5 and 23 February 2024' = two dates; 'January' (consulate) -> 2024-01. Not dates: "
        "'15 March' (future), 'six years', 'week 19 to week 21', 'ten working days', record number.")
ORGS = ["UNIVERSITY OF GLASGOW", "UK Visas and Immigration", "UKVI"]
PERSONS = [
    P("p1", "Aidana Nurbolat", ["NURBOLAT Aidana", "Nurbolat"], ["narrator", "relative", "victim"], gender="female",
      citizenship=[], rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "a man from the Chinese consulate in Edinburgh invited me for tea and asked me to give him the names")]),
    P("p2", "Nurbolat Qasen", ["Nurbolat Qasen"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.prison_sentence", "He was sentenced that December to twelve years"),
            ("culture.religious_ban", "because he kept Kazakh religious books at home")]),
    P("p3", "Gulzhan Serik", ["Gulzhan Serik"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("detention.internment_camp", "was held in a camp in Altay from 2018 to 2021"),
            ("labour.forced_labour", "she was assigned to a glove factory there and was paid almost nothing; she could not refuse"),
            ("movement.passport_confiscation", "Her passport was taken in 2017")]),
    P("p4", "Marco Bellini", ["Marco Bellini", "Bellini"], ["other"], gender="male"),
    P("p5", "Rachel Hughes", ["Rachel Hughes", "R. Hughes"], ["other"], gender="female"),
]
PLACES = [
    L("China", ["China"]),
    L("Almaty", ["Almaty"]),
    L("Glasgow", ["Glasgow"]),
    L("Altay", ["Altay"]),
    L("Khorgos", ["Khorgos"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Edinburgh", ["Edinburgh"]),
]
DATES = [
    D("08.03.2024", "2024-03-08", "day"),
    D("between [[5]] and 23", "2024-02-05", "day"),
    D("23 February 2024", "2024-02-23", "day"),
    D("26 February", "2024-02-26", "day"),
    D("4 February", "2024-02-04", "day"),
    D("1 March", "2024-03-01", "day"),
    D("6 March", "2024-03-06", "day"),
    D("since [[2019]]. He", "2019", "year"),
    D("that December", "2019-12", "month"),
    D("from [[2018]] to 2021", "2018", "year"),
    D("from 2018 to [[2021]]", "2021", "year"),
    D("in [[2017]]", "2017", "year"),
    D("last October", "2023-10", "month"),
    D("late January", "2024-01", "month"),
    D("in [[January]] a man", "2024-01", "month"),
    D("12 February 2024", "2024-02-12", "day"),
]
EVENTS = [
    ("detention", "p2", "2019"),
    ("sentencing", "p2", "2019-12"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2021"),
    ("exit", "p3", "2024-01"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "I have never been detained myself")]
FORBIDDEN = []
