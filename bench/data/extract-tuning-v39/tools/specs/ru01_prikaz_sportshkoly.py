FILE = "ru01_prikaz_sportshkoly.txt"
LANG = "ru"
DATE = "2020-03-12"
NOTE = ("Order (приказ) of a children's sports school director, Esik, Almaty Region, recognising a wrestling coach's "
        "15-month absence as justified and reinstating him, with his explanatory note summarised; acknowledgment "
        "signatures. Coach in the genitive/accusative 'Нурмуханбетова Ерлана Сапаровича', 'Нурмуханбетова Е. С.', "
        "'Ерлана Сапаровича', signature 'Нурмуханбетов Е. С.'; nephew 'Данияр Нурмуханбетов' (longer mention wins); wife in "
        "the dative 'Ахметовой Гульмире Кайратовне' and 'Ахметова Г. К.'; director and accountant are other. Going to Kulja "
        "= return; passport taken at Khorgos and driven away under escort = passport confiscation + arbitrary arrest; ИВС = "
        "pretrial; «центр обучения» = camp (transfer, undated); anthem and speeches = indoctrination; three hours' sleep; "
        "signed renunciation of citizenship = forced confession; release 'в прошлом месяце' -> 2020-02 and coming back to "
        "Kazakhstan = exit. Mother «не задерживалась» (negated) beside her passport seized. Nephew sentenced 2019, place "
        "withheld = incommunicado. A compulsory medical with a blood test at the district clinic in Kazakhstan is not "
        "biometric collection (forbidden). 'гимн КНР' is not a place mention; 'до 31 марта' is after the document date.")
ORGS = ["КГУ «Детско-юношеская спортивная школа № 2» отдела физической культуры и спорта Енбекшиказахского района"]
PERSONS = [
    P("p1", "Ерлан Сапарович Нурмуханбетов",
      ["Нурмуханбетова Ерлана Сапаровича", "Нурмуханбетова Е. С.", "Ерлана Сапаровича", "Нурмуханбетов Е. С."],
      ["victim"], gender="male", rel=[("son", "p2"), ("uncle", "p3"), ("husband", "p4")],
      viol=[("movement.passport_confiscation", "у него забрали паспорт"),
            ("detention.arbitrary_arrest", "в тот же день увезли его под конвоем"),
            ("detention.pretrial", "Около двух месяцев он провёл в изоляторе временного содержания в Кульдже"),
            ("detention.internment_camp", "так называемый «центр обучения»"),
            ("indoctrination.political", "заставляли каждое утро петь гимн КНР и заучивать речи руководства"),
            ("torture.sleep_deprivation", "давали спать не больше трёх часов"),
            ("coercion.forced_confession", "был вынужден подписать заявление об отказе от гражданства Республики Казахстан")]),
    P("p2", "Зейнеп Мукашева", ["Зейнеп Мукашева"], ["victim", "relative"], gender="female", rel=[("mother", "p1")],
      viol=[("movement.passport_confiscation", "её паспорт изъят местной полицией")]),
    P("p3", "Данияр Нурмуханбетов", ["Данияр Нурмуханбетов"], ["victim", "relative"], gender="male",
      rel=[("nephew", "p1")],
      viol=[("detention.prison_sentence", "в 2019 году осуждён на семь лет"),
            ("detention.incommunicado", "где он отбывает срок, родным не сообщают")]),
    P("p4", "Гульмира Кайратовна Ахметова", ["Ахметовой Гульмире Кайратовне", "Ахметова Г. К."], ["relative"],
      gender="female", rel=[("wife", "p1")]),
    P("p5", "Б. Т. Тулегенов", ["Б. Т. Тулегенов"], ["other"], gender="male"),
    P("p6", "Ж. М. Сейткалиева", ["Сейткалиева Ж. М."], ["other"], gender="female"),
]
PLACES = [
    L("Esik", ["Есик"]),
    L("Almaty Region", ["Алматинская область"]),
    L("Kulja", ["Кульджу", "Кульдже"]),
    L("Khorgos", ["Хоргос"]),
    L("Kazakhstan", ["Казахстан"]),
]
DATES = [
    D(("12 марта 2020", 0), "2020-03-12", "day"),
    D("10 марта 2020", "2020-03-10", "day"),
    D(("3 декабря 2018", 0), "2018-12-03", "day"),
    D("28 февраля 2020", "2020-02-28", "day"),
    D(("3 декабря 2018", 1), "2018-12-03", "day"),
    D("прошлом месяце", "2020-02", "month"),
    D("2019 году", "2019", "year"),
    D(("12.03.2020", 0), "2020-03-12", "day"),
    D(("12.03.2020", 1), "2020-03-12", "day"),
]
EVENTS = [
    ("return", "p1", "2018-12-03"),
    ("arrest", "p1", "2018-12-03"),
    ("detention", "p1", "2018-12-03"),
    ("transfer", "p1", None),
    ("release", "p1", "2020-02"),
    ("exit", "p1", "2020-02"),
    ("sentencing", "p3", "2019"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "не задерживалась")]
FORBIDDEN = [("p1", "medical.biometric_collection")]
