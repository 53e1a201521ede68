FILE = "ru01_pravozashchitnaya_spravka.txt"
LANG = "ru"
DATE = "2019-10-08"
NOTE = ("Almaty human-rights initiative's background note (справка) on Kazakhstan citizens and residents held in "
        "Xinjiang: general paragraph about no named person (not coded), two cases, the Chinese consulate's position, "
        "other remarks, compiler's initials. 'Ерлан Бакытжанулы' / genitive 'Ерлана Бакытжанулы' / 'Ерлана'; son "
        "'Нурсултан Ерланулы' (patronymic surname from the father); 'Айгуль Тохтарова' / 'Айгуль Тохтаровой'; "
        "'Гульнар Садыковой' (wife). Ерлан: trip to Ghulja = return; passport taken at Khorgos customs; 'забрали в центр "
        "профессионального обучения' = arbitrary arrest + camp (gold rule 1), dated by 'через неделю' on 2 February (month "
        "of the anchor); Chinese lessons and 'покаянные письма' = indoctrination; sewing factory he cannot leave = forced "
        "labour (transfer event); supervised video calls are not coded. Айгуль: held at the border, family does not know "
        "where = incommunicado + enforced disappearance (gold rule 2); twelve years 'не подтверждены' = hedged. The "
        "consulate's 'не задерживаются' is a state denial (no negation). Wife: 'никто не угрожал и звонков ... не "
        "получала' negates transnational harassment. Date spans drop «г.» and keep «года»; «1976 г. р.» gives '1976'. "
        "'РК', 'КНР', 'СУАР' are place mentions except inside organisation names.")
ORGS = ["Правозащитная инициатива «Шекара»", "Министерство иностранных дел РК", "Уполномоченному по правам человека",
        "Генеральное консульство КНР"]
PERSONS = [
    P("p1", "Ерлан Бакытжанулы", ["Ерлан Бакытжанулы", "Ерлана Бакытжанулы", "Ерлана"], ["victim"], gender="male",
      birth_year=1976, rel=[("husband", "p2"), ("father", "p4")],
      viol=[("movement.passport_confiscation", "у него отобрали казахстанский паспорт на таможне Хоргоса"),
            ("detention.arbitrary_arrest", "забрали в «центр профессионального обучения»"),
            ("detention.internment_camp", "«центр профессионального обучения» в Кульдже"),
            ("indoctrination.political", "его заставляли ежедневно учить китайский язык и писать «покаянные письма»"),
            ("labour.forced_labour", "его перевели на швейную фабрику в Кульдже, откуда он не может уйти")]),
    P("p2", "Гульнар Садыкова", ["Гульнар Садыковой"], ["relative", "witness"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4")]),
    P("p3", "Айгуль Тохтарова", ["Айгуль Тохтаровой", "Айгуль Тохтарова"], ["victim"], gender="female", birth_year=1985,
      viol=[("detention.arbitrary_arrest", "На обратном пути её задержали на границе"),
            ("disappearance.enforced", "семья не знает, где она находится"),
            ("detention.incommunicado", "с июня 2018 года семья не знает, где она находится")]),
    P("p4", "Нурсултан Ерланулы", ["Нурсултан Ерланулы"], ["relative"], gender="male", age=17,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Д. К. Абенова", ["Д. К. Абенова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Xinjiang", ["СУАР", "Синьцзяне"]),
    L("China", ["КНР", "Китая"]),
    L("Kazakhstan", ["Республики Казахстан", "Казахстане", "Казахстана", "РК"]),
    L("Ghulja", ["Кульджу", "Кульдже"]),
    L("Khorgos", ["Хоргоса"]),
    L("Chuguchak", ["Чугучак"]),
]
DATES = [
    D("8 октября 2019", "2019-10-08", "day"),
    D("2017 года", "2017", "year"),
    D("1976", "1976", "year"),
    D("2013 года", "2013", "year"),
    D("20 января 2018", "2018-01-20", "day"),
    D("2 февраля 2018", "2018-02-02", "day"),
    D("марте 2019 года", "2019-03", "month"),
    D("1985", "1985", "year"),
    D("мае 2018 года", "2018-05", "month"),
    D("июня 2018 года", "2018-06", "month"),
    D("2 сентября 2019 года", "2019-09-02", "day"),
]
EVENTS = [
    ("return", "p1", "2018-01-20"),
    ("arrest", "p1", "2018-02"),
    ("detention", "p1", "2018-02"),
    ("transfer", "p1", "2019-03"),
    ("return", "p3", "2018-05"),
    ("arrest", "p3", None),
    ("detention", "p3", None),
    ("disappearance", "p3", "2018-06"),
]
NEGATED = [("p2", "transnational.harassment", "ей самой никто не угрожал и звонков из Китая она не получала")]
FORBIDDEN = []
