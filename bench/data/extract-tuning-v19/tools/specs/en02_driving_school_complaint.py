FILE = "en02_driving_school_complaint.txt"
LANG = "en"
DATE = "2024-09-03"
NOTE = ("Learner driver's e-mailed complaint to a UK driving school. Header e-mail addresses, booking reference 'SL-2024-0817' "
        "(not a date), clock time, money amounts and lesson numbers are no entities. The addressee 'Ms Varma' (salutation only) "
        "is not a person; the instructor Gary Pemberton is a person with role other. Kazakh naming: Bekzat Qanatuly and his "
        "sister Gulnaz Qanatqyzy. Phone checked at a roadside post, WhatsApp found = checkpoint + digital surveillance + "
        "arbitrary arrest; county detention centre = pretrial (detention event without date: the text does not say she was "
        "taken straight there); 'nobody told the family where she was' = incommunicado; blood taken and voice recorded = biometric collection. The husband was questioned 'the same "
        "night' but 'was not arrested' (negated). The villagers' talk of a forwarded video is a rumour. 'last Thursday' -> "
        "2024-08-29 from the mail date (a Tuesday). Weekly reporting to the police post is not coded. The narrator's 'never "
        "been arrested anywhere' is negated. 'China' in the quoted remark is a place mention.")
ORGS = []
PERSONS = [
    P("p1", "Bekzat Qanatuly", ["Bekzat Qanatuly"], ["narrator", "witness", "relative"], gender="male",
      rel=[("brother", "p2")]),
    P("p2", "Gulnaz Qanatqyzy", ["Gulnaz Qanatqyzy"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("wife", "p3")],
      viol=[("detention.arbitrary_arrest", "after they checked her phone at a roadside post and found WhatsApp on it"),
            ("surveillance.checkpoint", "checked her phone at a roadside post"),
            ("surveillance.digital", "found WhatsApp on it"),
            ("detention.pretrial", "She was held in the county detention centre for more than two weeks"),
            ("medical.biometric_collection", "they took her blood and recorded her voice"),
            ("detention.incommunicado", "nobody told the family where she was for the first five days")]),
    P("p3", "Erlan Mukhtarov", ["Erlan Mukhtarov", "Erlan"], ["relative", "witness"], gender="male",
      rel=[("husband", "p2")]),
    P("p4", "Gary Pemberton", ["Gary Pemberton", "Pemberton"], ["other"], gender="male"),
]
PLACES = [
    L("Bradford", ["Bradford"]),
    L("Mongghulküre County (Zhaosu)", ["Mongghulküre county", "Zhaosu"]),
    L("Ili", ["Ili"]),
    L("Ghulja", ["Ghulja"]),
    L("China", ["China"]),
]
DATES = [
    D("3 Sep 2024", "2024-09-03", "day"),
    D("since [[2019]]", "2019", "year"),
    D("lessons in [[July]]", "2024-07", "month"),
    D("14 August", "2024-08-14", "day"),
    D("21st", "2024-08-21", "day"),
    D("On [[12 August]]", "2024-08-12", "day"),
    D("the same night", "2024-08-12", "day"),
    D("last Thursday", "2024-08-29", "day"),
]
EVENTS = [
    ("arrest", "p2", "2024-08-12"),
    ("detention", "p2", None),
    ("interrogation", "p3", "2024-08-12"),
    ("release", "p2", "2024-08-29"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not arrested"),
           ("p1", "detention.arbitrary_arrest", "I have never been arrested anywhere")]
FORBIDDEN = []
