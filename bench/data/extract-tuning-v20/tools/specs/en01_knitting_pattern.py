FILE = "en01_knitting_pattern.txt"
LANG = "en"
DATE = "2024-11-02"
NOTE = ("Knitting pattern leaflet with the designer's note. Brand line 'WOOL & WILLOW PATTERNS', the pattern title 'THE ILI "
        "CUFF MITTENS' (a product name: no place mention) and 'Leeds Uyghur Women's Circle' are orgs. Credits 'Test knitting: "
        "Hannah Price and Jo Okafor' and 'Photography: Sam Whitlock' are not persons; the byline 'Designed by Rayhangul "
        "Tursunniyaz' is the narrator. Sizes, gauge, needle sizes, 'No. 37' and round numbers are not dates. Father Tursunniyaz "
        "Mamut -> daughter Rayhangul Tursunniyaz; aunt Aynur Mamut shares his surname; grandmother Aynisa Qasim keeps her own. "
        "Ghulja = Yining = 'Ghulja city' (one place). 'He was not beaten' negated next to stool sitting (stress position); 'has "
        "not been charged with anything' negated prison sentence. 'last spring' -> 2024 (season). Calls to the mother in Yining "
        "telling her to make the daughter in Leeds stop = family reprisal (mother) + transnational harassment (daughter). "
        "'We do not know which prison she is in' = incommunicado. Ethnicity left null (not stated).")
ORGS = ["WOOL & WILLOW PATTERNS", "THE ILI CUFF MITTENS", "Leeds Uyghur Women's Circle"]
PERSONS = [
    P("p1", "Rayhangul Tursunniyaz", ["Rayhangul Tursunniyaz"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p5"), ("granddaughter", "p2"), ("niece", "p4")],
      viol=[("transnational.harassment", "a police officer in Yining has called my mother, Zulpiye Abdulla, twice, most recently last spring, and told her to make me stop")]),
    P("p2", "Aynisa Qasim", ["Aynisa Qasim"], ["relative"], gender="female", birth_year=1941,
      rel=[("grandmother", "p1")]),
    P("p3", "Tursunniyaz Mamut", ["Tursunniyaz Mamut"], ["victim", "witness", "relative"], gender="male",
      rel=[("father", "p1"), ("brother", "p4"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "was taken from his shop in Ghulja city in March 2018"),
            ("detention.internment_camp", "held for nineteen months in what the authorities called a vocational training centre outside the city"),
            ("indoctrination.political", "the teachers there made him sing the same songs every morning before breakfast"),
            ("detention.overcrowding", "the room he shared had forty men in it"),
            ("torture.stress_position", "he was made to sit on a small stool for whole days"),
            ("movement.passport_confiscation", "His passport is still held by the neighbourhood police")]),
    P("p4", "Aynur Mamut", ["Aynur Mamut"], ["victim", "relative"], gender="female",
      rel=[("aunt", "p1"), ("sister", "p3")],
      viol=[("detention.prison_sentence", "She was sentenced to twelve years in 2019"),
            ("detention.incommunicado", "We do not know which prison she is in")]),
    P("p5", "Zulpiye Abdulla", ["Zulpiye Abdulla"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("family.reprisal", "has called my mother, Zulpiye Abdulla, twice, most recently last spring, and told her to make me stop")]),
]
PLACES = [
    L("Ghulja", ["Ghulja", "Yining", "Ghulja city"]),
    L("Almaty", ["Almaty"]),
    L("Leeds", ["Leeds"]),
]
DATES = [
    D("2 November 2024", "2024-11-02", "day"),
    D("1941", "1941", "year"),
    D("1998", "1998", "year"),
    D("March 2018", "2018-03", "month"),
    D("October 2019", "2019-10", "month"),
    D("in [[2019]];", "2019", "year"),
    D("last spring", "2024", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("release", "p3", "2019-10"),
    ("sentencing", "p4", "2019"),
]
NEGATED = [("p3", "torture.beating", "He was not beaten"),
           ("p3", "detention.prison_sentence", "has not been charged with anything")]
FORBIDDEN = []
