FILE = "en02_transfer_hold_notice.txt"
LANG = "en"
DATE = "2023-11-03"
NOTE = ("Money-transfer company's held-payment notice (request for information) with the sender's numbered answers "
        "(answered 3 November 2023, the document date). Sender 'Mukaddes IMIN' / 'Mukaddes', receiver 'Zulpiye "
        "HASHIM' / 'Zulpiye' in capitals; analyst 'R. Okafor' (initial + surname, other). Brother Kurban Imin, Kazakh "
        "passport (citizenship Kazakhstan): phone searched at Khorgos, religious lecture, four days in a cell at the border post (pretrial), camp in Kashgar "
        "(digital surveillance + arbitrary arrest + internment camp), whereabouts unknown for almost a year "
        "(disappearance + incommunicado), factory and dormitory after release (forced labour), passport kept so he "
        "cannot go home to wife and children (passport + family separation); beating only rumoured (hedged, neither "
        "gold nor forbidden); 'never taken to court' negated. Cousin Nurmemet called in three times about dollars from "
        "America = interrogation + family reprisal. 'last year' -> 2022; 'ten days', 'almost a year', clock time "
        "14:06, transfer number and amounts are not dates.")
ORGS = ["BRIDGEPAY REMIT"]
PERSONS = [
    P("p1", "Mukaddes Imin", ["Mukaddes IMIN", "Mukaddes"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p3"), ("sister-in-law", "p2"), ("cousin", "p4")]),
    P("p2", "Zulpiye Hashim", ["Zulpiye HASHIM", "Zulpiye"], ["relative"], gender="female",
      rel=[("wife", "p3"), ("sister-in-law", "p1")]),
    P("p3", "Kurban Imin", ["Kurban Imin", "Kurban"], ["victim"], gender="male", citizenship=["Kazakhstan"],
      rel=[("brother", "p1"), ("husband", "p2"), ("cousin", "p4")],
      viol=[("surveillance.digital", "The border guards went through his phone, found a religious lecture he had saved"),
            ("detention.pretrial", "locked him in a cell at the border post for four days"),
            ("detention.arbitrary_arrest", "he was sent to a camp in Kashgar"),
            ("detention.internment_camp", "sent to a camp in Kashgar"),
            ("disappearance.enforced", "We did not hear where he was for almost a year"),
            ("detention.incommunicado", "We did not hear where he was for almost a year"),
            ("labour.forced_labour", "put straight into a textile factory there; he sleeps in its dormitory and is paid almost nothing"),
            ("movement.passport_confiscation", "The police kept his Kazakh passport"),
            ("family.separation", "so he cannot go home to his wife and children")]),
    P("p4", "Nurmemet", ["Nurmemet"], ["relative", "victim"], gender="male",
      rel=[("cousin", "p1"), ("cousin", "p3")],
      viol=[("family.reprisal", "the police called him in three times and asked why dollars were coming from America")]),
    P("p5", "R. Okafor", ["R. Okafor"], ["other"]),
]
PLACES = [
    L("Fairfax", ["Fairfax"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Khorgos", ["Khorgos"]),
    L("Kashgar", ["Kashgar"]),
    L("Germany", ["Germany"]),
    L("Urumqi", ["Urumqi"]),
    L("United States", ["America"]),
    L("China", ["China"]),
]
DATES = [
    D("27 October 2023", "2023-10-27", "day"),
    D("April 2018", "2018-04", "month"),
    D("2021", "2021", "year"),
    D("last year", "2022", "year"),
    D("3 November 2023", "2023-11-03", "day"),
]
EVENTS = [
    ("return", "p3", "2018-04"),
    ("arrest", "p3", "2018-04"),
    ("detention", "p3", "2018-04"),
    ("disappearance", "p3", "2018-04"),
    ("release", "p3", "2021"),
    ("interrogation", "p4", "2022"),
]
NEGATED = [("p3", "detention.prison_sentence", "Kurban was never taken to court")]
FORBIDDEN = []
