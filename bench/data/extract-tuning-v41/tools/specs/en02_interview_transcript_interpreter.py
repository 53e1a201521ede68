FILE = "en02_interview_transcript_interpreter.txt"
LANG = "en"
DATE = "2024-03-05"
NOTE = ("Documentation NGO's recorded-interview transcript extract (surname speaker labels LINDQVIST / SAWUT, which are "
        "mentions; bracketed interpreter's interjections). Witness Rozimemet Sawut: stopped at the checkpoint before Aksu "
        "in '2018, June', phone scanned, WhatsApp found (checkpoint + digital surveillance), six days in a police station "
        "(pretrial), then the Onsu 'training school' with no court (arbitrary arrest + camp), feet chained at night (shackling, "
        "also the cellmate), 'They did not beat me' (negated beating), 'The following spring' -> 2019 release, signed that he "
        "had been wrong (forced confession), a year confined to Aksu with weekly reporting (house arrest), came to Istanbul "
        "in 2022. Cellmate Ekber: iron chair all night (tiger chair) for answering in Uyghur (language ban), shackled; his "
        "death is hearsay the witness doubts ('Maybe it is only talk'): no death code, not forbidden. Son Alimjan: taken "
        "'Two weeks after' (week offset, undated) 'To learn' (arbitrary arrest + camp), moved to an Anhui factory in 2020 "
        "(transfer + forced labour), whereabouts not told (disappearance + incommunicado). Father 'Sawut Ghopur' (his given name is "
        "the witness's surname): 'they never took him' (negated arbitrary arrest), Quran taken by the cadre Gulbahar Rehim "
        "(religious ban; she is official + perpetrator). Interviewer and interpreter: other. Age 83 of the father is stated "
        "for the interview date; 'forty-nine' and 'twenty' are past ages (not filled).")
ORGS = ["Northern Corridor Documentation Initiative", "NCDI-A-0882"]
PERSONS = [
    P("p1", "Rozimemet Sawut", ["Rozimemet Sawut", "SAWUT"], ["narrator", "victim", "witness"], gender="male",
      rel=[("father", "p3"), ("son", "p4")],
      viol=[("surveillance.checkpoint", "At the checkpoint before Aksu"),
            ("surveillance.digital", "They put my phone into a machine and it found WhatsApp"),
            ("detention.arbitrary_arrest", "They took me off the truck"),
            ("detention.pretrial", "First a police station for six days"),
            ("detention.internment_camp", "the big place in Onsu. They called it a \"training school\""),
            ("detention.shackling", "They chained our feet at night, all of us, to the bed frame"),
            ("coercion.forced_confession", "They made me sign that I had been wrong"),
            ("detention.house_arrest", "for one year I could not leave Aksu and had to report to the police station every Monday")]),
    P("p2", "Ekber", ["Ekber"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "Ekber slept on the bed next to mine"),
            ("torture.tiger_chair", "They sat him in the iron chair for a whole night"),
            ("culture.language_ban", "because he answered in Uyghur"),
            ("detention.shackling", "They chained our feet at night, all of us, to the bed frame")]),
    P("p3", "Alimjan", ["Alimjan"], ["victim"], gender="male", rel=[("son", "p1")],
      viol=[("detention.arbitrary_arrest", "they took him also"),
            ("detention.internment_camp", "\"To learn,\" they told my wife"),
            ("labour.forced_labour", "they moved him to a factory in Anhui"),
            ("disappearance.enforced", "no address, nobody says where he is"),
            ("detention.incommunicado", "no address, nobody says where he is")]),
    P("p4", "Sawut Ghopur", ["Sawut Ghopur"], ["relative", "victim"], gender="male", age=83, rel=[("father", "p1")],
      viol=[("culture.religious_ban", "She took his Quran away")]),
    P("p5", "Gulbahar Rehim", ["Gulbahar Rehim"], ["official", "perpetrator"], gender="female"),
    P("p6", "Hanna Lindqvist", ["Hanna Lindqvist", "LINDQVIST"], ["other"], gender="female"),
    P("p7", "Dilnoza Karimova", ["Dilnoza Karimova"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Aksu", ["Aksu"]),
    L("Korla", ["Korla"]),
    L("Onsu", ["Onsu"]),
    L("Hotan", ["Hotan"]),
    L("Anhui", ["Anhui"]),
    L("China", ["China"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("5 March 2024", "2024-03-05", "day"),
    D("2018, June", "2018-06", "month"),
    D("In [[2020]]", "2020", "year"),
    D("The following spring", "2019", "year"),
    D("In [[2022]]", "2022", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-06"),
    ("detention", "p1", "2018-06"),
    ("transfer", "p1", None),
    ("release", "p1", "2019"),
    ("exit", "p1", "2022"),
    ("detention", "p2", None),
    ("arrest", "p3", None),
    ("detention", "p3", None),
    ("transfer", "p3", "2020"),
    ("disappearance", "p3", None),
]
NEGATED = [("p1", "torture.beating", "They did not beat me"),
           ("p4", "detention.arbitrary_arrest", "they never took him")]
FORBIDDEN = []
