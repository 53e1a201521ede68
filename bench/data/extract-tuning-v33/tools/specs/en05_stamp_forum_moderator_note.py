FILE = "en05_stamp_forum_moderator_note.txt"
LANG = "en"
DATE = "2024-09-15"
NOTE = ("Stamp-collecting forum moderator's pinned note locking a thread (breadcrumb, thread title, handles "
        "'mod_philately_ken', 'kashgar_covers', 'ghostpost88' that are not persons, quoted statement of the original "
        "poster). Father 'Tursun Qurban' (son's surname = his given name) taken three days after a May 2017 house "
        "search (arrest 2017-05; the three-day offset is not a date), 'study centre' = camp, self-criticism and flag "
        "songs, sentenced in 2019 (dated sentencing) to twelve years. Mother 'Gulbahar' 'was not arrested' (negated) "
        "beside passport handover and being kept from her family in the Netherlands (family separation). Forum "
        "speculation that the father died is rejected as unfounded: no death event, death.in_custody neither. "
        "Anonymous message with a photo of the mother's gate = transnational harassment of the son. '1990s' (decade), "
        "'forty years', 'twelve years' are not dates; 'between 1992 and 1999' gives two dates; 'yesterday' -> 2024-09-14.")
ORGS = ["StampTalk Forums"]
PERSONS = [
    P("p1", "Abdurehim Tursun", ["Abdurehim Tursun", "Abdurehim"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "sent Abdurehim a private message with a photo of his mother's gate")]),
    P("p2", "Tursun Qurban", ["Tursun Qurban"], ["victim"], gender="male", rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "Three days later they took him too"),
            ("detention.internment_camp", "We were told he was at a 'study centre'"),
            ("indoctrination.political", "he was made to write self-criticisms and learn the flag songs"),
            ("detention.prison_sentence", "He was sentenced in 2019 to twelve years")]),
    P("p3", "Gulbahar", ["Gulbahar"], ["relative", "victim"], gender="female", rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "she had to hand over her passport"),
            ("family.separation", "has not been able to come and see us in the Netherlands since")]),
    P("p4", "Ken Alvarado", ["Ken Alvarado"], ["narrator", "other"], gender="male"),
]
PLACES = [
    L("Ili", ["Ili"]),
    L("Rotterdam", ["Rotterdam"]),
    L("Ghulja", ["Ghulja"]),
    L("Netherlands", ["Netherlands"]),
]
DATES = [
    D("15 Sep 2024", "2024-09-15", "day"),
    D("in [[August]]", "2024-08", "month"),
    D("1992", "1992", "year"),
    D("1999", "1999", "year"),
    D("May 2017", "2017-05", "month"),
    D("sentenced in [[2019]]", "2019", "year"),
    D("yesterday", "2024-09-14", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("sentencing", "p2", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not arrested")]
FORBIDDEN = []
