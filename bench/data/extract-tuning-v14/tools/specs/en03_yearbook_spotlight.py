FILE = "en03_yearbook_spotlight.txt"
LANG = "en"
DATE = "2023-06-05"
NOTE = ("High-school yearbook 'Senior Spotlight' page: yearbook title with edition year (a year date), school name, page "
        "number, clubs, 'McGill' (org), the Yearbook Committee and Debate Club (not persons), '300 words' (not a date). The "
        "student appears in capitals and by nickname 'Nini' (both mentions). Uyghur naming: father Memtili Ghappar and his "
        "brother Obulqasim Ghappar share the grandfather's name; the student's surname Memtili is her father's given name. 'Ms "
        "Ahmadi' is a named teacher (role other). 'A year later' after 'early 2018' -> 2019; 'This spring' and 'Two days "
        "later' -> 2023 (year). Uncle: camp, then fifteen years for teaching poems, whereabouts unknown (incommunicado + "
        "disappearance). Grandmother 'was never arrested' (negated) but door camera and ID checkpoint "
        "(surveillance.checkpoint); her call asking to 'tell the girl to be quiet' is not coded (neither gold nor forbidden). "
        "Father: renewal only if he returns to Xinjiang = transnational harassment.")
ORGS = ["Northgate Collegiate Institute", "THE NORTHGATE LANTERN", "McGill", "Northgate Yearbook Committee"]
PERSONS = [
    P("p1", "Nilufer Memtili", ["NILUFER MEMTILI", "Nini"], ["narrator", "relative"], gender="female",
      rel=[("niece", "p2"), ("granddaughter", "p3"), ("daughter", "p4")]),
    P("p2", "Obulqasim Ghappar", ["Obulqasim Ghappar", "Obulqasim"], ["victim"], gender="male",
      rel=[("uncle", "p1"), ("son", "p3"), ("brother", "p4")],
      viol=[("detention.internment_camp", "Obulqasim had been held in a camp in Lop county"),
            ("detention.prison_sentence", "a court gave him fifteen years in prison for teaching poems"),
            ("detention.incommunicado", "We do not know which prison he is in"),
            ("disappearance.enforced", "Nobody has seen him since. We do not know which prison he is in")]),
    P("p3", "Ruqiye Hemdulla", ["Ruqiye Hemdulla"], ["relative", "victim"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p2"), ("mother", "p4")],
      viol=[("surveillance.checkpoint", "there is a camera above her door now, and she has to show her ID card at a checkpoint every time she walks to the bazaar")]),
    P("p4", "Memtili Ghappar", ["Memtili Ghappar"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("brother", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "the consulate in Toronto told him it would only be renewed if he went to Xinjiang in person to \"clear up his situation\"")]),
    P("p5", "Ahmadi", ["Ahmadi"], ["other"], gender="female"),
]
PLACES = [
    L("Montreal", ["Montreal"]),
    L("Urumqi", ["Urumqi"]),
    L("Toronto", ["Toronto"]),
    L("Hotan", ["Hotan"]),
    L("Turkey", ["Turkey"]),
    L("Lop County", ["Lop county"]),
    L("Xinjiang", ["Xinjiang"]),
]
DATES = [
    D("LANTERN [[2023]]", "2023", "year"),
    D("Class of [[2023]]", "2023", "year"),
    D("the fall of 2017", "2017", "year"),
    D("early 2018", "2018", "year"),
    D("A year later", "2019", "year"),
    D("since [[2016]]", "2016", "year"),
    D("This spring", "2023", "year"),
    D("Two days later", "2023", "year"),
]
EVENTS = [
    ("disappearance", "p2", "2017"),
    ("detention", "p2", None),
    ("sentencing", "p2", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "My grandmother was never arrested")]
FORBIDDEN = [("p3", "detention.internment_camp")]
