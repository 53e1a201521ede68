FILE = "en03_certified_translation.txt"
LANG = "en"
DATE = "2024-04-22"
NOTE = ("Certified translation of a handwritten Kazakh letter from a mother in Tekes to her son in Canada, with translator's "
        "header, note and certificate. The translator 'Bakhyt Seitova' is a credit (not a person); 'ATIO member 40218', "
        "'supporting document no. 7' are not dates. The letter's own date '10.02.2024' (DD.MM.YYYY) anchors its relative "
        "dates: 'the ninth of last month' -> 2024-01-09, 'in the autumn' -> 2023, 'in December' -> 2023-12; the postmark and "
        "the certificate are dated separately. The writer signs with her given name only (Gulsara); father named only in the "
        "translator's note (Zhaksylyk Omarbekuly <- applicant Nurlan Zhaksylykuly). Father: sentence, prison at Kuytun, lungs "
        "untreated, forty men in a room built for ten, legs in chains for a year; released 2024-01-09. 'The police have not "
        "taken me anywhere' = negated arbitrary arrest of the mother; her flag-raising and songs (indoctrination) and face "
        "photos + fingerprints (biometric) are gold. Uncle Serik threatened with his pension because of the nephew abroad = "
        "family reprisal (Serik) + transnational harassment (Nurlan). Grandson Alikhan not allowed to speak Kazakh. "
        "Aigerim's husband unnamed. 'Tekes' (town, letter head) vs 'Tekes county'.")
ORGS = ["ATIO"]
PERSONS = [
    P("p1", "Nurlan Zhaksylykuly", ["Nurlan Zhaksylykuly", "Nurlan"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p5"), ("nephew", "p4")],
      viol=[("transnational.harassment", "They told him his pension would be stopped if you keep talking to journalists")]),
    P("p2", "Gulsara", ["Gulsara"], ["narrator", "relative", "witness", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p3")],
      viol=[("indoctrination.political", "every Monday I must go to the village office to raise the flag and sing the songs"),
            ("medical.biometric_collection", "they photographed my face from three sides and took my fingerprints")]),
    P("p3", "Zhaksylyk Omarbekuly", ["Zhaksylyk Omarbekuly"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p2")],
      viol=[("detention.prison_sentence", "after four years and one month of his sentence"),
            ("ill_treatment.denied_medical_care", "In the prison at Kuytun nobody treated his lungs"),
            ("detention.overcrowding", "slept in a cell with forty men in a room built for ten"),
            ("detention.shackling", "his legs were in chains the whole of that year")]),
    P("p4", "Serik", ["Serik"], ["relative", "victim"], gender="male", rel=[("uncle", "p1")],
      viol=[("family.reprisal", "Your uncle Serik was called to the police station in December and asked why his nephew lives in Canada")]),
    P("p5", "Aigerim", ["Aigerim"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p2"), ("mother", "p6")]),
    P("p6", "Alikhan", ["Alikhan"], ["victim", "relative"], gender="male", rel=[("son", "p5")],
      viol=[("culture.language_ban", "He is not allowed to speak Kazakh in class")]),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Tekes", ["Tekes"]),
    L("Tekes County", ["Tekes county"]),
    L("Khorgos", ["Khorgos"]),
    L("Kuytun", ["Kuytun"]),
    L("Canada", ["Canada"]),
    L("Toronto", ["Toronto"]),
]
DATES = [
    D("3 March 2024", "2024-03-03", "day"),
    D("10.02.2024", "2024-02-10", "day"),
    D("the ninth of last month", "2024-01-09", "day"),
    D("in the [[autumn]] they", "2023", "year"),
    D("station in [[December]] and", "2023-12", "month"),
    D("December 2019", "2019-12", "month"),
    D("22 April 2024", "2024-04-22", "day"),
]
EVENTS = [
    ("arrest", "p3", "2019-12"),
    ("sentencing", "p3", None),
    ("release", "p3", "2024-01-09"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "The police have not taken me anywhere")]
FORBIDDEN = []
