FILE = "en03_video_testimony_subtitles.txt"
LANG = "en"
DATE = "2023-07-24"
NOTE = ("Testimony video's English subtitle file (bracketed header, numbered cues with time codes, checker's line "
        "dated 24 July 2023, the document date; recorded 20 July 2023). Narrator Zhanargul Bekmukhan (Kazakh): "
        "return January 2018, passport kept at Bakhty, 'Two months after I crossed' -> 2018-03 taken by the village head "
        "'to study' (arbitrary arrest + camp), IUD fitted without asking (forced contraception), washing once a week "
        "(denied hygiene), a week alone in a dark room for speaking Kazakh (solitary + language ban), 'No one touched me "
        "in that way' (negated rape); rumours about girls at night are hearsay (nothing). Release 'Nauryz the next year' "
        "-> 2019-03, exit in May -> 2019-05. Cellmate Raziya Tursun: trial 'in the autumn' -> 2018, fifteen years. "
        "Brother Erlan: factory he cannot leave (forced labour), wife sees him one day a month (family separation). "
        "Mother Kulpash: police asked why her daughter talks to foreigners, 'last year' -> 2022 (interrogation + "
        "family reprisal). Village head and doctor: perpetrators. Time codes and cue numbers are not dates; "
        "'A. Sultanbekova' (checker) is a person (other).")
ORGS = ["T-114"]
PERSONS = [
    P("p1", "Zhanargul Bekmukhan", ["Zhanargul Bekmukhan"], ["narrator", "victim", "witness"], gender="female",
      ethnicity="Kazakh", rel=[("wife", "p2"), ("sister", "p4"), ("daughter", "p5")],
      viol=[("movement.passport_confiscation", "the border police kept my passport"),
            ("detention.arbitrary_arrest", "came with two policemen and said I must go to study"),
            ("detention.internment_camp", "They took me that same evening to a school building in Dörbiljin"),
            ("reproductive.forced_contraception", "put a ring inside thirty women, one after another. Me too. She did not ask us"),
            ("ill_treatment.denied_hygiene", "We washed once a week, two minutes, cold water"),
            ("culture.language_ban", "I spoke Kazakh to a girl at dinner. For that"),
            ("detention.solitary_confinement", "they locked me alone in a dark room for a week")]),
    P("p2", "Serik", ["Serik"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p3", "Raziya Tursun", ["Raziya Tursun"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "My bed was next to Raziya Tursun"),
            ("detention.prison_sentence", "They took her out to a trial in the autumn. Later her daughter told me: fifteen years")]),
    P("p4", "Erlan", ["Erlan"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p5")],
      viol=[("labour.forced_labour", "He sews uniforms in a factory there and cannot leave it"),
            ("family.separation", "His wife sees him one day a month")]),
    P("p5", "Kulpash", ["Kulpash"], ["relative", "victim"], gender="female", rel=[("mother", "p1"), ("mother", "p4")],
      viol=[("family.reprisal", "the police went to my mother, Kulpash, and asked why her daughter talks to foreigners")]),
    P("p6", "Qadirbek Ospan", ["Qadirbek Ospan"], ["official", "perpetrator"], gender="male"),
    P("p7", "Wang Lifang", ["Wang Lifang"], ["perpetrator"], gender="female"),
    P("p8", "A. Sultanbekova", ["A. Sultanbekova"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Tacheng", ["Tacheng", "Chöchek"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Bakhty", ["Bakhty"]),
    L("Dörbiljin", ["Dörbiljin"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("20 July 2023", "2023-07-20", "day"),
    D("January 2018", "2018-01", "month"),
    D("Two months after", "2018-03", "month"),
    D("the autumn", "2018", "year"),
    D("Nauryz the next year", "2019-03", "month"),
    D("in [[May]]", "2019-05", "month"),
    D("last year", "2022", "year"),
    D("24 July 2023", "2023-07-24", "day"),
]
EVENTS = [
    ("return", "p1", "2018-01"),
    ("arrest", "p1", "2018-03"),
    ("detention", "p1", "2018-03"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2019-05"),
    ("detention", "p3", None),
    ("sentencing", "p3", "2018"),
    ("interrogation", "p5", "2022"),
]
NEGATED = [("p1", "sexual_violence.rape", "No one touched me in that way")]
FORBIDDEN = []
