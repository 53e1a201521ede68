FILE = "en04_field_trip_permission.txt"
LANG = "en"
DATE = "2025-02-07"
NOTE = ("US middle-school field-trip permission and medical form (trip block, student and parent fields, tick boxes, optional "
        "free-text box, school-use line). 'HERNDON MIDDLE SCHOOL' and 'United States Holocaust Memorial Museum' are orgs; "
        "'Grade 8', '8-C', clock times, phone numbers, '$18' are not dates. Student in the form order 'TURSUNBAY, Aliya', then "
        "bare 'Aliya'; father 'Erkin Tursunbay' / signature 'E. Tursunbay'; uncle 'Yasinjan' by given name only. Teacher "
        "Rachel Dunmore is role other; the initials '(R.D.)' are not a person; chaperones and guards are roles only. US dates: "
        "'09/22/2011', '02/07/2025' and '2/7/25' are month/day (the last two = the document date). The trip date (March 6, "
        "2025) is after the document date: not annotated. 'last summer' -> 2024 and 'In January' -> 2025-01 anchored on the "
        "form date. Grandfather (the writer's father-in-law, hence the mother's father): camp near Hotan 2018 until 2024 "
        "(detention, release), made to stand facing the wall for hours (stress position), Party slogans in Chinese "
        "(political indoctrination), Uyghur forbidden (language ban); 'the guards did not beat him' (his own account, "
        "unqualified) = negated beating beside the real acts. Uncle: taken away in Ghulja in 2019, nothing heard since "
        "(enforced disappearance).")
ORGS = ["HERNDON MIDDLE SCHOOL", "United States Holocaust Memorial Museum"]
PERSONS = [
    P("p1", "Aliya Tursunbay", ["TURSUNBAY, Aliya", "Aliya"], ["relative"], gender="female", birth_year=2011,
      rel=[("daughter", "p2"), ("daughter", "p3"), ("granddaughter", "p4"), ("niece", "p5")]),
    P("p2", "Erkin Tursunbay", ["Erkin Tursunbay", "E. Tursunbay"], ["narrator", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son-in-law", "p4"), ("brother-in-law", "p5")]),
    P("p3", "Zulhumar Tursunbay", ["Zulhumar Tursunbay"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("daughter", "p4"), ("sister", "p5")]),
    P("p4", "Abdurahim Qadir", ["Abdurahim Qadir"], ["victim", "relative"], gender="male",
      rel=[("grandfather", "p1"), ("father-in-law", "p2"), ("father", "p3")],
      viol=[("detention.internment_camp", '"re-education" camp near Hotan'),
            ("indoctrination.political", "when he could not recite the Party slogans in Chinese"),
            ("torture.stress_position", "he had to stand facing the wall for hours"),
            ("culture.language_ban", "he was not allowed to speak Uyghur, even at meals")]),
    P("p5", "Yasinjan", ["Yasinjan"], ["victim", "relative"], gender="male",
      rel=[("brother", "p3"), ("uncle", "p1"), ("brother-in-law", "p2")],
      viol=[("disappearance.enforced", "was taken away in Ghulja, and nobody has heard anything from him since")]),
    P("p6", "Rachel Dunmore", ["Rachel Dunmore"], ["other"], gender="female"),
]
PLACES = [
    L("Washington, DC", ["Washington"]),
    L("Hotan", ["Hotan"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("09/22/2011", "2011-09-22", "day"),
    D("2018", "2018", "year"),
    D("last summer", "2024", "year"),
    D("January", "2025-01", "month"),
    D("2019", "2019", "year"),
    D("02/07/2025", "2025-02-07", "day"),
    D("2/7/25", "2025-02-07", "day"),
]
EVENTS = [("detention", "p4", "2018"), ("release", "p4", "2024"),
          ("arrest", "p5", "2019"), ("disappearance", "p5", "2019")]
NEGATED = [("p4", "torture.beating", "the guards did not beat him")]
FORBIDDEN = []
