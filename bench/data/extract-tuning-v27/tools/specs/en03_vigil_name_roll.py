FILE = "en03_vigil_name_roll.txt"
LANG = "en"
DATE = "2025-02-05"
NOTE = ("Printed order of a candlelight vigil in Amsterdam with a reading roll: readers named in plain form, the "
        "remembered in inverted capitals 'SURNAME, GIVEN' (the whole inverted form is the mention). 'Dam Square' is not "
        "a place mention. Clock times are not dates. Alim Ablet is Gulbahar Mamut's son ('Alim' later); Nursiman Ilham is "
        "Ekrem Qadir's niece; Guzel and Enwer Abdukerim are siblings; Pieter de Wit is a neighbour (other). Abdulla "
        "Turgun died in the camp (death.in_custody gold, death event 2018-01). Sentence year 2019 is given by the text "
        "(dated sentencing); 'for praying' = religious ban. Gulbahar and Enwer went back = return events. Transfer of "
        "Enwer to Kumul is hearsay not confirmed: no transfer. Ayxan questioned twice (interrogation) but 'was not "
        "detained' (negated). Seasons with a year are year dates. 'one name was taken off' is not a person.")
ORGS = ["Dam Square"]
PERSONS = [
    P("p1", "Guzel Abdukerim", ["Guzel Abdukerim"], ["narrator", "relative"], gender="female", rel=[("sister", "p8")]),
    P("p2", "Nursiman Ilham", ["Nursiman Ilham"], ["relative"], gender="female", rel=[("niece", "p3")]),
    P("p3", "Ekrem Qadir", ["QADIR, EKREM"], ["victim"], gender="male", rel=[("uncle", "p2")],
      viol=[("detention.arbitrary_arrest", "Taken by police from a cousin's wedding"),
            ("detention.incommunicado", "No word since"),
            ("disappearance.enforced", "the family does not know where he is held")]),
    P("p4", "Alim Ablet", ["Alim Ablet", "Alim"], ["relative"], gender="male", rel=[("son", "p5")]),
    P("p5", "Gulbahar Mamut", ["MAMUT, GULBAHAR"], ["victim"], gender="female", rel=[("mother", "p4")],
      viol=[("movement.passport_confiscation", "her passport was taken at the airport"),
            ("detention.prison_sentence", "Sentenced to nine years"),
            ("culture.religious_ban", "\"for praying\"")]),
    P("p6", "Pieter de Wit", ["Pieter de Wit"], ["other"], gender="male"),
    P("p7", "Abdulla Turgun", ["TURGUN, ABDULLA"], ["victim"], gender="male", rel=[("husband", "p9")],
      viol=[("detention.arbitrary_arrest", "Taken from the mosque after evening prayer"),
            ("detention.internment_camp", "held in a camp"),
            ("death.in_custody", "He died there in January 2018")]),
    P("p8", "Enwer Abdukerim", ["ABDUKERIM, ENWER"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken away at Urumqi airport the day he landed"),
            ("detention.incommunicado", "We have not heard his voice for seven years")]),
    P("p9", "Ayxan", ["Ayxan"], ["relative"], gender="female", rel=[("wife", "p7")]),
]
PLACES = [
    L("Amsterdam", ["Amsterdam"]),
    L("Kashgar", ["Kashgar"]),
    L("Urumqi", ["Urumqi"]),
    L("Utrecht", ["Utrecht"]),
    L("Yarkand", ["Yarkand"]),
    L("Istanbul", ["Istanbul"]),
    L("Kumul", ["Kumul"]),
]
DATES = [
    D("5 February 2025", "2025-02-05", "day"),
    D("summer of 2017", "2017", "year"),
    D("2016", "2016", "year"),
    D("2019", "2019", "year"),
    D("March 2017", "2017-03", "month"),
    D("January 2018", "2018-01", "month"),
    D("holidays in [[2017]]", "2017", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("return", "p5", "2016"),
    ("sentencing", "p5", "2019"),
    ("arrest", "p7", "2017-03"),
    ("detention", "p7", "2017-03"),
    ("death", "p7", "2018-01"),
    ("interrogation", "p9", None),
    ("return", "p8", "2017"),
    ("arrest", "p8", "2017"),
    ("detention", "p8", "2017"),
]
NEGATED = [("p9", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = []
