FILE = "ru01_pretenziya_skot.txt"
LANG = "ru"
DATE = "2019-12-16"
NOTE = ("Farmer's claim letter (претензия) to a sole trader in Zharkent for the return of a prepayment under a sheep "
        "sale contract (addressee block in the dative, sender in the genitive, contract number, amounts). Names in "
        "case forms: 'Байжанову Серику Муратовичу', 'Кадырова Ильхама Азатовича', signature 'И. А. Кадыров'; wife "
        "'Айгерим', sister-in-law 'Гульшат' by given name; brother 'Нурлан Байжанов'. Trap: street 'ул. Головацкого' "
        "is named after a person (not a mention); the court of 'Алматинской области' is an organisation. Phone "
        "check at the Khorgos border finding WhatsApp then arrest = digital surveillance + arbitrary arrest; "
        "'центр профессионального обучения' = internment camp; no calls or parcels = incommunicado. Going to Ghulja "
        "= return 2019-08. Passport taken in 2018 and 'выехать не может' = passport confiscation. 'Вас самого ... "
        "никто не задерживал' negated. 'в ноябре', 'в августе' take 2019; '30 дней' and amounts are not dates.")
ORGS = ["«Ак-Бастау»", "специализированный межрайонный экономический суд Алматинской области"]
PERSONS = [
    P("p1", "Серик Муратович Байжанов", ["Байжанову Серику Муратовичу"], ["relative"], gender="male",
      rel=[("husband", "p3"), ("brother", "p4")]),
    P("p2", "Ильхам Азатович Кадыров", ["Кадырова Ильхама Азатовича", "И. А. Кадыров"], ["narrator"], gender="male"),
    P("p3", "Айгерим", ["Айгерим"], ["relative", "witness"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Нурлан Байжанов", ["Нурлан Байжанов"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("husband", "p5")],
      viol=[("surveillance.digital", "у него проверили телефон, нашли WhatsApp"),
            ("detention.arbitrary_arrest", "нашли WhatsApp и сразу задержали"),
            ("detention.internment_camp", "его держат в так называемом «центре профессионального обучения»"),
            ("detention.incommunicado", "Родственникам звонить не дают, передачи не принимают")]),
    P("p5", "Гульшат", ["Гульшат"], ["victim", "relative"], gender="female", rel=[("wife", "p4")],
      viol=[("movement.passport_confiscation", "выехать не может: её паспорт забрали ещё в 2018 году")]),
]
PLACES = [
    L("Zharkent", ["Жаркент"]),
    L("Pidzhim", ["Пиджим"]),
    L("Panfilov District", ["Панфиловский район"]),
    L("Ghulja", ["Кульдже", "Кульджу"]),
    L("Khorgos", ["Хоргосе"]),
    L("Kazakhstan", ["Казахстане"]),
    L("Koktal", ["Коктале"]),
]
DATES = [
    D("02.09.2019", "2019-09-02", "day"),
    D("3 сентября 2019 года", "2019-09-03", "day"),
    D("15 октября 2019 года", "2019-10-15", "day"),
    D("в [[ноябре]]", "2019-11", "month"),
    D("в [[августе]]", "2019-08", "month"),
    D("2018 году", "2018", "year"),
    D("2016 году", "2016", "year"),
    D("03.09.2019", "2019-09-03", "day"),
    D("16 декабря 2019", "2019-12-16", "day"),
]
EVENTS = [
    ("return", "p4", "2019-08"),
    ("arrest", "p4", "2019-08"),
    ("detention", "p4", "2019-08"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Вас самого, как сказала Айгерим, никто не задерживал")]
FORBIDDEN = []
