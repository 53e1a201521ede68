FILE = "en02_wrestling_athlete_file_note.txt"
LANG = "en"
DATE = "2024-06-10"
NOTE = ("Amateur wrestling association's internal athlete file note (inverted 'YUSUPJAN, Marhaba' as one mention, "
        "licence code, weight class, numbered sections, signature 'G. Pennock'). Father 'Yusupjan Memet' (her surname "
        "= his given name) taken in April 2018 with no papers, held in a 'vocational school' (camp), political "
        "indoctrination, released early 2020. Sister 'Aygul' sent to a factory in Anhui in 2021 (forced labour; "
        "no transfer event: she was not in custody before). 'not beaten, as far as he has told us' is hedged: torture.beating neither gold nor forbidden. "
        "Anonymous call to the club about her movements = transnational harassment. 'Marhaba herself was never "
        "detained' (negated arbitrary arrest). 'Last Tuesday' -> 2024-06-04; '31 December' is after the document "
        "date (not annotated); '62 kg', 'almost two years' are not dates.")
ORGS = ["NORTHERN ENGLAND AMATEUR WRESTLING ASSOCIATION", "Bradford Grapplers WC", "West Yorkshire Police"]
PERSONS = [
    P("p1", "Marhaba Yusupjan", ["YUSUPJAN, Marhaba", "Marhaba"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "a man who would not give his name phoned the club and asked which competitions Marhaba would enter this season, where she lives and who travels with her")]),
    P("p2", "Yusupjan Memet", ["Yusupjan Memet"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken from the family home in April 2018 by men who showed no papers"),
            ("detention.internment_camp", "held in what the local officials called a \"vocational school\""),
            ("indoctrination.political", "he was made to learn Chinese and to praise the Party at meetings every evening")]),
    P("p3", "Aygul", ["Aygul"], ["victim", "relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p2")],
      viol=[("labour.forced_labour", "was sent to work in a textile factory in Anhui in 2021; she is paid almost nothing and may not leave the dormitory")]),
    P("p4", "Gareth Pennock", ["Gareth Pennock", "G. Pennock"], ["narrator", "other"], gender="male"),
    P("p5", "Sinead Kowalczyk", ["Sinead Kowalczyk"], ["other"], gender="female"),
    P("p6", "Joan Ferris", ["Joan Ferris", "Joan"], ["other"], gender="female"),
]
PLACES = [
    L("Hotan", ["Hotan"]),
    L("Anhui", ["Anhui"]),
    L("Leeds", ["Leeds"]),
]
DATES = [
    D("10 June 2024", "2024-06-10", "day"),
    D("6 June", "2024-06-06", "day"),
    D("April 2018", "2018-04", "month"),
    D("early 2020", "2020", "year"),
    D("in [[2021]]", "2021", "year"),
    D("Last Tuesday", "2024-06-04", "day"),
    D("in [[2016]]", "2016", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2020"),
    ("exit", "p1", "2016"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Marhaba herself was never detained")]
FORBIDDEN = []
