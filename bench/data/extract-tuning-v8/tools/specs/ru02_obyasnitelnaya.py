FILE = "ru02_obyasnitelnaya.txt"
LANG = "ru"
DATE = "2020-06-01"
NOTE = ("Employee's explanatory note (объяснительная записка) to a Bishkek employer: company name «Ош-Транс Логистик» (org, Osh not a "
        "place), addressee «г-ну Маматову К. Т.» (addressee line, not a person), МИД. Kyrgyz naming in three forms: header genitive in "
        "reversed order «Садыр уулу Мирлана», «Мирлан Садыр уулу», signature «Садыр уулу М.» (a mention); his father Садыр Кадыров "
        "and mother Гульнара Кадырова. «1991 г. р.» -> span «1991 г.»; «гражданин Кыргызской Республики» -> Kyrgyzstan. Absence "
        "period 12.03.2019-27.05.2020 gives two day dates. Oblique cases: «Азаматом Жолдошбековым», «Азамата». Phone check finding an "
        "azan recording, no document = digital surveillance + arbitrary arrest; voice and blood = biometrics; ten days alone in a "
        "windowless cell for refusing to sing the anthem = solitary + indoctrination; thin soup = food deprivation; mother did not "
        "know where he was = incommunicado + disappearance. «не возбуждали и суда не было» negates prison sentence; the co-driver "
        "«не били» (negated), held under a day. «Через сорок дней» -> 2019-04 (month), «лету» -> 2019, «прошлой неделе» -> 2020-05. "
        "Пейзават = Цзяши.")
ORGS = ["«Ош-Транс Логистик»"]
PERSONS = [
    P("p1", "Мирлан Садыр уулу", ["Садыр уулу Мирлана", "Мирлан Садыр уулу", "Садыр уулу М."],
      ["narrator", "victim"], gender="male", birth_year=1991, citizenship=["Kyrgyzstan"],
      rel=[("son", "p4"), ("son", "p5")],
      viol=[("surveillance.digital", "проверили мой телефон, нашли в нём запись азана"),
            ("detention.arbitrary_arrest", "Никакого документа мне не показали"),
            ("detention.pretrial", "Меня отвезли в изолятор временного содержания в Кашгаре"),
            ("medical.biometric_collection", "записал мой голос и заставил сдать кровь"),
            ("detention.internment_camp", "меня перевели в так называемую школу в уезде Пейзават"),
            ("detention.solitary_confinement", "я десять суток провёл один в камере без окна"),
            ("indoctrination.political", "потому что отказался петь гимн"),
            ("ill_treatment.food_deprivation", "Кормили два раза в день жидкой похлёбкой без хлеба"),
            ("detention.incommunicado", "всё это время не знала, где я нахожусь"),
            ("disappearance.enforced", "Моя мать, Гульнара Кадырова, всё это время не знала, где я нахожусь"),
            ("movement.passport_confiscation", "Паспорт мне так и не вернули")]),
    P("p2", "Азамат Жолдошбеков", ["Азаматом Жолдошбековым", "Азамата"], ["witness"], gender="male"),
    P("p3", "Ма Цзяньго", ["Ма Цзяньго"], ["official", "perpetrator"], gender="male"),
    P("p4", "Гульнара Кадырова", ["Гульнара Кадырова"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p5", "Садыр Кадыров", ["Садыр Кадыров"], ["relative"], gender="male", rel=[("father", "p1")]),
    P("p6", "Кубанычбек Асылбеков", ["Кубанычбек Асылбеков"], ["other"], gender="male"),
]
PLACES = [
    L("Kyrgyzstan", ["Кыргызской Республики", "Кыргызстан"]),
    L("Kashgar", ["Кашгар", "Кашгаре"]),
    L("Irkeshtam", ["Иркештам"]),
    L("Payzawat County", ["уезде Пейзават", "Цзяши"]),
    L("China", ["Китае"]),
    L("Beijing", ["Пекине"]),
    L("Torugart", ["Торугарт"]),
    L("Bishkek", ["Бишкеке"]),
]
DATES = [
    D("1991 г.", "1991", "year"),
    D("12.03.2019", "2019-03-12", "day"),
    D("27.05.2020", "2020-05-27", "day"),
    D("12 марта 2019 года", "2019-03-12", "day"),
    D("следующий день", "2019-03-13", "day"),
    D("Через сорок дней", "2019-04", "month"),
    D("к [[лету]]", "2019", "year"),
    D("тот же вечер", "2019-03-12", "day"),
    D("27 мая 2020 года", "2020-05-27", "day"),
    D("прошлой неделе", "2020-05", "month"),
    D("01.06.2020", "2020-06-01", "day"),
]
EVENTS = [
    ("arrest", "p1", "2019-03-12"),
    ("detention", "p1", "2019-03-12"),
    ("interrogation", "p1", None),
    ("transfer", "p1", "2019-04"),
    ("disappearance", "p1", None),
    ("release", "p1", "2020-05-27"),
    ("exit", "p1", "2020-05-27"),
    ("arrest", "p2", "2019-03-12"),
    ("release", "p2", "2019-03-13"),
]
NEGATED = [("p1", "detention.prison_sentence", "уголовного дела против меня в Китае не возбуждали и суда не было"),
           ("p2", "torture.beating", "не били")]
FORBIDDEN = [("p2", "detention.internment_camp"), ("p2", "detention.prison_sentence")]
