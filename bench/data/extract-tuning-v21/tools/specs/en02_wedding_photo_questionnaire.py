FILE = "en02_wedding_photo_questionnaire.txt"
LANG = "en"
DATE = "2024-06-03"
NOTE = ("Wedding photographer's pre-wedding questionnaire (numbered questions, booking ref LL-2024-117, package hours, "
        "phone number, photographer's initials J.K.: not persons/dates). The wedding date 14 September 2024 is after "
        "the document date (not annotated). Orgs/venues: 'LIGHT & LACE PHOTOGRAPHY', 'Hartwell Barn', 'Randolph Suite' "
        "(Oxford is a place). Bride's family, officiant and coordinator are persons in role other; the nephew Ilham is "
        "named by first name only. Uyghur naming: Aziz Tohti and Mihray Tohti <- Tohti Rozi; brother Abliz Rozi; mother "
        "Patigül Ismail with own name. Father: arrested for a trip abroad (arbitrary arrest), prison sentence, incommunicado (no call). 'Two years later' -> "
        "2019 (mother's camp). Mother: camp, release 2020, phone checked (digital), no passport (passport confiscation); "
        "'was not tortured' is a denial of beating (negated). Uncle disappeared 2018 (enforced disappearance). Sister "
        "with Dutch citizenship gets calls from the Chinese police (transnational harassment).")
ORGS = ["LIGHT & LACE PHOTOGRAPHY", "Hartwell Barn", "Randolph Suite"]
PERSONS = [
    P("p1", "Aziz Tohti", ["Aziz Tohti", "Aziz"], ["narrator", "relative"], gender="male",
      rel=[("son", "p5"), ("son", "p6"), ("brother", "p3"), ("nephew", "p7"), ("fiance", "p2")]),
    P("p2", "Hannah Whitfield", ["Hannah Whitfield", "Hannah"], ["other"], gender="female",
      rel=[("fiancee", "p1"), ("daughter", "p8"), ("daughter", "p9")]),
    P("p3", "Mihray Tohti", ["Mihray Tohti", "Mihray"], ["victim", "relative"], gender="female", citizenship=["Netherlands"],
      rel=[("sister", "p1"), ("daughter", "p5"), ("mother", "p4")],
      viol=[("transnational.harassment", "still gets calls from\nthe Chinese police asking about her \"activities\"")]),
    P("p4", "Ilham", ["Ilham"], ["other", "relative"], gender="male", rel=[("son", "p3")]),
    P("p5", "Tohti Rozi", ["Tohti Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p6"), ("brother", "p7")],
      viol=[("detention.arbitrary_arrest", "arrested after a trip to Turkey"),
            ("detention.prison_sentence", "sentenced to fifteen years in prison"),
            ("detention.incommunicado", "we have not been allowed a single call")]),
    P("p6", "Patigül Ismail", ["Patigül Ismail"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p5")],
      viol=[("detention.internment_camp", "was taken to a camp in Aksu"),
            ("surveillance.digital", "her phone is checked"),
            ("movement.passport_confiscation", "cannot get a passport")]),
    P("p7", "Abliz Rozi", ["Abliz Rozi"], ["victim", "relative"], gender="male", rel=[("uncle", "p1"), ("brother", "p5")],
      viol=[("disappearance.enforced", "disappeared in 2018 and nobody has told us where he is")]),
    P("p8", "Robert Whitfield", ["Robert"], ["other", "relative"], gender="male", rel=[("father", "p2")]),
    P("p9", "Claire Whitfield", ["Claire Whitfield"], ["other", "relative"], gender="female", rel=[("mother", "p2")]),
    P("p10", "Sarah Lyle", ["Sarah Lyle"], ["other"], gender="female"),
    P("p11", "Tom Price", ["Tom Price"], ["other"], gender="male"),
]
PLACES = [
    L("Oxford", ["Oxford"]),
    L("Aksu", ["Aksu"]),
    L("Turkey", ["Turkey"]),
]
DATES = [
    D("3 June 2024", "2024-06-03", "day"),
    D("April 2017", "2017-04", "month"),
    D("Two years later", "2019", "year"),
    D("2020", "2020", "year"),
    D("2018", "2018", "year"),
]
EVENTS = [
    ("arrest", "p5", "2017-04"),
    ("sentencing", "p5", None),
    ("detention", "p6", "2019"),
    ("release", "p6", "2020"),
    ("disappearance", "p7", "2018"),
]
NEGATED = [("p6", "torture.beating", "She was not tortured")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest")]
