FILE = "en03_licensing_board_letter.txt"
LANG = "en"
DATE = "2023-06-14"
NOTE = ("Professional licensing body's reinstatement decision letter (Ontario dental hygiene college) to a registrant "
        "whose registration lapsed while she was kept in Xinjiang. Addressee block 'Ms. Gulzire Abdukadir', salutation "
        "'Ms. Abdukadir' (mention 'Abdukadir'); panel members, former employer and registrar are named staff (other). "
        "She went back to Urumqi August 2019 (return), passport taken at the airport October 2019, compulsory political "
        "study, police app on her phone (surveillance.digital), ID scanned and face photographed at checkpoints (surveillance.checkpoint), over three years apart from husband and children "
        "(family.separation to her, the one blocked), arrived back in Toronto 9 February 2023 (exit). 'Nobody locked me "
        "up' and 'you were not detained or charged' deny arrest (negated). The cousin held in a camp in Hotan is unnamed "
        "(not annotated). '2020 to 2022' gives two dates; '40-hour', '30 days', 'three times a week' are not dates.")
ORGS = ["COLLEGE OF DENTAL HYGIENE PRACTITIONERS OF ONTARIO"]
PERSONS = [
    P("p1", "Gulzire Abdukadir", ["Gulzire Abdukadir", "Abdukadir"], ["victim"], gender="female",
      rel=[("daughter", "p5"), ("wife", "p6")],
      viol=[("movement.passport_confiscation", "the police took your passport"),
            ("indoctrination.political", "required to attend political study sessions at your neighbourhood office"),
            ("surveillance.digital", "an officer installed an application on your phone"),
            ("surveillance.checkpoint", "At every checkpoint in the city your identity card was scanned and your face photographed"),
            ("family.separation", "more than three years apart from your husband and two children")]),
    P("p2", "Michael Osei", ["Michael Osei"], ["other"], gender="male"),
    P("p3", "Anne-Marie Leclerc", ["Anne-Marie Leclerc"], ["other"], gender="female"),
    P("p4", "Ruth Baptiste", ["Ruth Baptiste"], ["other"], gender="female"),
    P("p5", "Rahile Ismayil", ["Rahile Ismayil"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p6", "Murat Öztürk", ["Murat Öztürk"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p7", "Aaron Feldstein", ["Aaron Feldstein"], ["other"], gender="male"),
    P("p8", "Helen Kowalczyk", ["Helen Kowalczyk"], ["other"], gender="female"),
]
PLACES = [
    L("Scarborough", ["Scarborough"]),
    L("Ontario", ["Ontario"]),
    L("Urumqi", ["Urumqi"]),
    L("Toronto", ["Toronto"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("June 14, 2023", "2023-06-14", "day"),
    D("December 31, 2019", "2019-12-31", "day"),
    D("June 6, 2023", "2023-06-06", "day"),
    D("August 2019", "2019-08", "month"),
    D("October 2019", "2019-10", "month"),
    D("January 2023", "2023-01", "month"),
    D("February 9, 2023", "2023-02-09", "day"),
    D("Hotan in [[2020]]", "2020", "year"),
    D("for [[2020]] to", "2020", "year"),
    D("to [[2022]]", "2022", "year"),
]
EVENTS = [
    ("return", "p1", "2019-08"),
    ("exit", "p1", "2023-02-09"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "you were not detained or charged")]
FORBIDDEN = []
