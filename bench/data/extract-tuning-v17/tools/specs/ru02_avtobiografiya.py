FILE = "ru02_avtobiografiya.txt"
LANG = "ru"
DATE = "2020-09-01"
NOTE = ("Job applicant's autobiography (автобиография) for an HR department in Bishkek: company name (org), 'Кашгарском "
        "педагогическом институте' (org), 'категория B' are no places/persons. Narrator in Kyrgyz order 'Эсенбек уулу "
        "Талант' and signature 'Т. Эсенбек уулу' (father Эсенбек Мамыров, whose given name is the son's patronymic). "
        "Ranges '1992–2002', '2002–2006', 'С 2006 по 2017' give two year dates each; 'г. р.' years are dates; 'Через неделю' "
        "after October 2017 -> year 2017 (may cross a month). Narrator: blood, fingerprints and voice = biometric collection; "
        "'центр профессионального обучения' in Artush = camp; party songs = indoctrination; corner for hours for speaking "
        "Kyrgyz = language ban + stress position; unpaid factory work by the village committee's order = forced labour; "
        "'Меня не судили' negated prison sentence; exit via Torugart June 2020; residence permit only (no citizenship). "
        "Father in the same centre in 2018, released after four months (no date: year anchor). Mother 'не задерживалась' "
        "negated arrest. Wife Гулнур Абдыкадыр кызы refused a passport, separated from the narrator = passport + separation.")
ORGS = ["Ала-Тоо Агроэкспорт", "Кашгарском педагогическом институте"]
PERSONS = [
    P("p1", "Талант Эсенбек уулу", ["Эсенбек уулу Талант", "Т. Эсенбек уулу"], ["narrator", "victim"], gender="male",
      ethnicity="Kyrgyz", birth_year=1985, rel=[("son", "p2"), ("son", "p3"), ("husband", "p4")],
      viol=[("medical.biometric_collection", "у меня взяли кровь, отпечатки пальцев и записали голос"),
            ("detention.arbitrary_arrest", "Через неделю меня отправили в «центр профессионального обучения» в Артуше"),
            ("detention.internment_camp", "меня отправили в «центр профессионального обучения» в Артуше, где я находился до марта 2019 года"),
            ("indoctrination.political", "петь песни о партии"),
            ("culture.language_ban", "за разговор на кыргызском языке ставили в угол"),
            ("torture.stress_position", "ставили в угол на несколько часов"),
            ("labour.forced_labour", "работал без оплаты на швейной фабрике в Кашгаре по направлению сельского комитета"),
            ("family.separation", "Жена — Гулнур Абдыкадыр кызы, 1988 г. р., и двое детей остались в Акчий; жене паспорт не выдают")]),
    P("p2", "Эсенбек Мамыров", ["Эсенбек Мамыров"], ["relative", "victim"], gender="male", birth_year=1956,
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.internment_camp", "Отец в 2018 году был помещён в тот же центр в Артуше")]),
    P("p3", "Бүбүсара Токтосун кызы", ["Бүбүсара Токтосун кызы"], ["relative"], gender="female", birth_year=1960,
      rel=[("mother", "p1"), ("wife", "p2")]),
    P("p4", "Гулнур Абдыкадыр кызы", ["Гулнур Абдыкадыр кызы"], ["relative", "victim"], gender="female", birth_year=1988,
      rel=[("wife", "p1")],
      viol=[("movement.passport_confiscation", "жене паспорт не выдают"),
            ("family.separation", "и двое детей остались в Акчий; жене паспорт не выдают")]),
]
PLACES = [
    L("Kulansarik", ["Кулансарык"]),
    L("Akqi County", ["Акчий", "Агэци"]),
    L("Kizilsu Kyrgyz Autonomous Prefecture", ["Кызылсуу-Киргизского автономного округа"]),
    L("Xinjiang", ["Синьцзян-Уйгурского автономного района"]),
    L("China", ["КНР"]),
    L("Artush", ["Артуше"]),
    L("Kashgar", ["Кашгаре"]),
    L("Torugart Pass", ["перевал Торугарт"]),
    L("Kyrgyzstan", ["Кыргызскую Республику", "Кыргызской Республике", "КР"]),
    L("Bishkek", ["Бишкек"]),
]
DATES = [
    D("14 марта 1985 года", "1985-03-14", "day"),
    D("1956", "1956", "year"),
    D("1960", "1960", "year"),
    D("1992", "1992", "year"),
    D("1992–[[2002]]", "2002", "year"),
    D("в [[2002]]–2006", "2002", "year"),
    D("2002–[[2006]]", "2006", "year"),
    D("С [[2006]] по", "2006", "year"),
    D("по [[2017]] год", "2017", "year"),
    D("октябре 2017 года", "2017-10", "month"),
    D("Через неделю", "2017", "year"),
    D("марта 2019 года", "2019-03", "month"),
    D("июне 2020 года", "2020-06", "month"),
    D("мае 2020 года", "2020-05", "month"),
    D("1988", "1988", "year"),
    D("2018 году", "2018", "year"),
    D("01.09.2020", "2020-09-01", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017"),
    ("detention", "p1", "2017"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2020-06"),
    ("detention", "p2", "2018"),
    ("release", "p2", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Меня не судили"),
           ("p3", "detention.arbitrary_arrest", "Мать не задерживалась")]
FORBIDDEN = []
