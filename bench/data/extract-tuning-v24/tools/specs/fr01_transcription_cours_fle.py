FILE = "fr01_transcription_cours_fle.txt"
LANG = "fr"
DATE = "2025-02-06"
NOTE = ("Transcript of a recorded French-as-a-foreign-language class (oral activity 'Présentez votre famille'): "
        "university header (Université Grenoble Alpes: org, no place inside), group code B1.2, transcription conventions, "
        "speaker labels in capitals (MME VASSEUR, DILNAZA, MIHRIGÜL: mentions without the title), hesitations and pauses. "
        "Teacher Claire Vasseur, transcriber 'Hugo L.' and classmate Dilnaza Serikova (Almaty) are roles only (other). "
        "Uyghur naming: student Mihrigül Rozi carries her father's given name; father Rozi Qadir: taken at school without "
        "papers in spring 2018, camp two years, beaten (told by phone), released 2020 (self-corrected: 'l'année d'après… "
        "non, pardon' is retracted and not annotated), passport taken. Mother Buhejer (given name only): 'n'est pas allée "
        "au camp' negated, IUD against her will (positive control). Brother first 'Mon petit frère', then 'Yasin', 16: "
        "factory work only guessed ('Peut-être … je ne sais pas'): forced labour forbidden. The teacher quotes 'on a pris "
        "son passeport' again as a grammar example (not evidence). Dates: '6 février 2025', 'En 2018', 'en 2020', 'il y a "
        "trois ans' -> 2022 (arrival in France: exit), 'samedi' in a past-tense sentence -> the Saturday before, "
        "2025-02-01. Ages and durations are not dates.")
ORGS = ["Université Grenoble Alpes"]
PERSONS = [
    P("p1", "Claire Vasseur", ["Claire Vasseur", "VASSEUR"], ["other"], gender="female"),
    P("p2", "Hugo L.", ["Hugo L."], ["other"], gender="male"),
    P("p3", "Dilnaza Serikova", ["Dilnaza Serikova", "Dilnaza", "DILNAZA"], ["other"], gender="female", age=23),
    P("p4", "Mihrigül Rozi", ["Mihrigül Rozi", "Mihrigül", "MIHRIGÜL"], ["narrator", "relative"], gender="female",
      ethnicity="Uyghur", rel=[("daughter", "p5"), ("daughter", "p6"), ("sister", "p7")]),
    P("p5", "Rozi Qadir", ["Rozi Qadir"], ["victim", "relative"], gender="male",
      rel=[("father", "p4"), ("husband", "p6")],
      viol=[("detention.arbitrary_arrest", "la police l'a pris à l'école, devant les élèves. Sans papier, sans rien"),
            ("detention.internment_camp", "Il est resté dans un camp deux ans"),
            ("torture.beating", "Là-bas on l'a frappé"),
            ("movement.passport_confiscation", "Mais [[on a pris son passeport]]")]),
    P("p6", "Buhejer", ["Buhejer"], ["victim", "relative"], gender="female", rel=[("mother", "p4"), ("wife", "p5")],
      viol=[("reproductive.forced_contraception", "on lui a mis un stérilet, elle ne voulait pas")]),
    P("p7", "Yasin", ["Yasin"], ["relative"], gender="male", age=16, rel=[("brother", "p4"), ("son", "p6")]),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Aksu", ["Aksou"]),
    L("Xinjiang", ["Xinjiang"]),
    L("France", ["France"]),
    L("Lyon", ["Lyon"]),
]
DATES = [
    D("6 février 2025", "2025-02-06", "day"),
    D("En [[2018]]", "2018", "year"),
    D("il y a trois ans", "2022", "year"),
    D("en [[2020]]", "2020", "year"),
    D("samedi", "2025-02-01", "day"),
]
EVENTS = [
    ("arrest", "p5", "2018"),
    ("detention", "p5", "2018"),
    ("release", "p5", "2020"),
    ("exit", "p4", "2022"),
]
NEGATED = [("p6", "detention.internment_camp", "elle n'est pas allée au camp")]
FORBIDDEN = [("p7", "labour.forced_labour"), ("p6", "detention.arbitrary_arrest"), ("p3", "detention.internment_camp")]
