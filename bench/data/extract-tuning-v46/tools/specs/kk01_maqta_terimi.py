FILE = "kk01_maqta_terimi.txt"
LANG = "kk"
DATE = "2022-03-03"
NOTE = ("Kazakh farmer's first-person account of the 2018 cotton picking, recorded by a volunteer group in Zharkent, "
        "Kazakh Cyrillic, full gold. The village committee's secretary ordered one person per household to pick cotton "
        "(`official`); a neighbour who objected was taken by the police the next day and later sent 'to study' = arbitrary "
        "arrest + camp (rule 1; a detention for refusing a transfer; arrest dated by the autumn of 2018, the holding "
        "undated). The narrator: taken by bus to fields near Aksu in mid-September = transfer event; nobody could leave "
        "the fields on their own, shop only with a minder, wages withheld = forced labour; flag-raising and 'thank the "
        "party' songs every evening = indoctrination; forbidden to speak Kazakh = language ban; ID card and passport kept "
        "by the minder until the return home = passport confiscation; home in November = release (end of the compelled "
        "stay); 'Мені ұрған жоқ' = negated beating (the beaten young man is unnamed: no person). The team leader who "
        "logged who prays and who calls abroad is `official`; the log is not coded. Moved to Kazakhstan with his wife in "
        "2019 = exit for both. The son's transfer to a factory in Henan is hearsay the narrator cannot confirm: no event, "
        "no code. Quotas (seventy kilos a day) name no one. Instrumental 'Тұрсынқызымен' is kept in the mention "
        "(suffix attached). 'Отыз жыл' is a duration.")
ORGS = ["«Ата жұрт» еріктілер тобы"]
PERSONS = [
    P("p1", "Қуаныш Сейілханұлы", ["Қуаныш Сейілханұлы"], ["narrator", "victim"], gender="male", birth_year=1971,
      rel=[("husband", "p5"), ("father", "p6")],
      viol=[("labour.forced_labour", "Мақта алқабынан ешкім өз бетімен кете алмады, дүкенге де бақылаушымен бардық"),
            ("indoctrination.political", "Әр кеш сайын туды көтеріп, «партияға рахмет» деген әндерді айттық"),
            ("culture.language_ban", "қазақша сөйлеуге тыйым салды"),
            ("movement.passport_confiscation", "Куәлігім мен паспортымды бақылаушы алып қойды")]),
    P("p2", "Ван Дэцай", ["Ван Дэцай"], ["official"], gender=None),
    P("p3", "Ерғали Байжанұлы", ["Ерғали Байжанұлы"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "ертеңіне оны полиция алып кетті"),
            ("detention.internment_camp", "оны «оқуға» жібергенін естідік")]),
    P("p4", "Әбдіреш Тохти", ["Әбдіреш Тохти"], ["official"], gender="male"),
    P("p5", "Бағила Тұрсынқызы", ["Бағила Тұрсынқызымен"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p6", "Ержан Қуанышұлы", ["Ержан Қуанышұлы"], ["relative"], gender="male", rel=[("son", "p1")]),
]
PLACES = [
    L("Zharkent", ["Жаркент"]),
    L("Ghulja", ["Құлжа", "Құлжада"]),
    L("Aksu", ["Ақсу"]),
    L("Kazakhstan", ["Қазақстанға"]),
    L("Henan", ["Хэнаньға"]),
]
DATES = [
    D("2022 жылғы 3 наурыз", "2022-03-03", "day"),
    D("1971 жылы", "1971", "year"),
    D("2018 жылдың күзінде", "2018", "year"),
    D("Қыркүйектің ортасында", "2018-09", "month"),
    D("қараша айында", "2018-11", "month"),
    D("Қараша айында", "2018-11", "month"),
    D("2019 жылы", "2019", "year"),
    D("2020 жылы", "2020", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", None),
    ("transfer", "p1", "2018-09"),
    ("release", "p1", "2018-11"),
    ("exit", "p1", "2019"),
    ("exit", "p5", "2019"),
]
NEGATED = [("p1", "torture.beating", "Мені ұрған жоқ")]
FORBIDDEN = []
