FILE = "en03_tutor_progress_report.txt"
LANG = "en"
DATE = "2025-12-12"
NOTE = ("Private maths tutor's end-of-term progress report to a parent (pupil field 'Ayan BOLAT', sessions missed, "
        "marks, 'A note on the autumn', next steps, signature). Tutor Tom Whitfield writes in the first person "
        "(narrator + other). Kazakh naming: pupil's surname Bolat = father's given name; father Bolat Nurlanuly / 'Mr "
        "Nurlanuly' vs grandfather Nurlan Kasym. Mother by given name in text ('Aigerim'). Father went back to Tacheng = "
        "return; held three weeks at a police station after a video call = arrest + detention + release, pretrial + "
        "arbitrary arrest + messages read (digital). Grandfather 'taken to a \"training centre\"' 2018-2019. 'Autumn "
        "2025', 'this autumn' -> 2025; 'early October' -> 2025-10; 'the start of November' -> 2025-11; bare 'September' "
        "-> 2025-09; '3 December' -> 2025-12-03. 'the February mock' (future) not annotated. Beating at the station only "
        "thought by the boy ('may have been hit', 'no way of knowing'): neither gold nor forbidden. 'Ayan himself has "
        "never been contacted by anyone from China' negates transnational harassment of the pupil. Family reprisal for "
        "the father left open (not gold, not forbidden).")
ORGS = ["WHITFIELD MATHS TUITION"]
PERSONS = [
    P("p1", "Ayan Bolat", ["Ayan BOLAT", "Ayan"], ["relative", "witness"], gender="male", age=14,
      rel=[("son", "p2"), ("son", "p4"), ("grandson", "p3")]),
    P("p2", "Bolat Nurlanuly", ["Bolat Nurlanuly", "Nurlanuly"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("son", "p3")],
      viol=[("movement.passport_confiscation", "His passport was taken at the border and he has not been allowed to leave since"),
            ("detention.arbitrary_arrest", "after a video call with Ayan, Mr Nurlanuly was held"),
            ("detention.pretrial", "held for three weeks at a police station in Tacheng"),
            ("surveillance.digital", "they read all his messages")]),
    P("p3", "Nurlan Kasym", ["Nurlan Kasym"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("grandfather", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken to a \"training centre\" in Dorbiljin"),
            ("detention.internment_camp", "\"training centre\"")]),
    P("p4", "Aigerim Sadyk", ["Aigerim Sadyk", "Aigerim"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p5", "Tom Whitfield", ["Tom Whitfield"], ["narrator", "other"], gender="male"),
]
PLACES = [
    L("Tacheng", ["Tacheng"]),
    L("Manchester", ["Manchester"]),
    L("Dorbiljin", ["Dorbiljin"]),
    L("China", ["China"]),
]
DATES = [
    D("Autumn 2025", "2025", "year"),
    D("14 October", "2025-10-14", "day"),
    D("21 October", "2025-10-21", "day"),
    D("28 October", "2025-10-28", "day"),
    D("did not do in [[September]]", "2025-09", "month"),
    D("3 December", "2025-12-03", "day"),
    D("March 2023", "2023-03", "month"),
    D("early October", "2025-10", "month"),
    D("the start of November", "2025-11", "month"),
    D("2018", "2018", "year"),
    D("2019", "2019", "year"),
    D("this autumn", "2025", "year"),
    D("12 December 2025", "2025-12-12", "day"),
]
EVENTS = [
    ("return", "p2", "2023-03"),
    ("arrest", "p2", "2025-10"),
    ("detention", "p2", "2025-10"),
    ("release", "p2", "2025-11"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2019"),
]
NEGATED = [("p1", "transnational.harassment", "Ayan himself has never been contacted by anyone from China")]
FORBIDDEN = []
