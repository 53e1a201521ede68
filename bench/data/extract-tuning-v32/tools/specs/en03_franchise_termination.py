FILE = "en03_franchise_termination.txt"
LANG = "en"
DATE = "2022-06-03"
NOTE = ("US restaurant franchisor's notice of termination of a franchise agreement (numbered paragraphs, US dates). "
        "Trap: the wife 'Rayhan Memet' / 'Ms. Memet' carries her father's name Memet, which is also the husband's "
        "given name ('Memet Ablimit' / 'Mr. Ablimit'); the husband's father 'Ablimit Sawut' shares 'Ablimit'. "
        "Daughter by given name 'Dilnur'. Checkpoint on a bus + phone search for a foreign app = checkpoint + digital "
        "surveillance; detention centre without charge then a court (with sleep deprivation until a confession, from the lawyer's letter: sleep deprivation + forced confession) = pretrial + prison sentence. Father 'questioned "
        "... but was not detained' = interrogation event, arrest negated. Rumoured move to a prison near Urumqi is "
        "hedged ('cannot confirm'): no transfer event. Going to Ghulja = return (undated). 'this spring' -> 2022. "
        "'thirty days', section and unit numbers are not dates.")
ORGS = ["LAGMAN HOUSE FRANCHISING LLC"]
PERSONS = [
    P("p1", "Rayhan Memet", ["Rayhan Memet", "Ms. Memet"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4")]),
    P("p2", "Memet Ablimit", ["Memet Ablimit", "Mr. Ablimit"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("father", "p4")],
      viol=[("surveillance.checkpoint", "taken off a bus at a checkpoint outside Ghulja"),
            ("surveillance.digital", "officers scrolled through his phone and found a foreign messaging app"),
            ("detention.arbitrary_arrest", "He was held in a detention centre without charge"),
            ("detention.pretrial", "held in a detention centre"),
            ("torture.sleep_deprivation", "kept awake for three nights"),
            ("coercion.forced_confession", "kept awake for three nights until he signed a confession"),
            ("detention.prison_sentence", "a court sentenced him to fourteen years for \"separatism\"")]),
    P("p3", "Ablimit Sawut", ["Ablimit Sawut"], ["relative"], gender="male", rel=[("father", "p2")]),
    P("p4", "Dilnur", ["Dilnur"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p5", "Jason Whitaker", ["Jason Whitaker"], ["other"], gender="male"),
    P("p6", "Priya Raman", ["Priya Raman"], ["other"], gender="female"),
    P("p7", "K. Anderson", ["K. ANDERSON"], ["other"]),
]
PLACES = [
    L("Fairfax", ["Fairfax"]),
    L("Virginia", ["Virginia"]),
    L("Ghulja", ["Ghulja"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("June 3, 2022", "2022-06-03", "day"),
    D("May 1, 2016", "2016-05-01", "day"),
    D("February 2018", "2018-02", "month"),
    D("March 12, 2018", "2018-03-12", "day"),
    D("waiver in [[2019]]", "2019", "year"),
    D("in [[March 2018]] Mr.", "2018-03", "month"),
    D("In [[2020]] a court", "2020", "year"),
    D("December 31, 2021", "2021-12-31", "day"),
    D("this spring", "2022", "year"),
    D("since [[2020]]", "2020", "year"),
]
EVENTS = [
    ("return", "p2", None),
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("sentencing", "p2", "2020"),
    ("interrogation", "p3", "2018-03"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = []
