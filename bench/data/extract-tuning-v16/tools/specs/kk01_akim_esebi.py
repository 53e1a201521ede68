FILE = "kk01_akim_esebi.txt"
LANG = "kk"
DATE = "2024-02-15"
NOTE = ("Rural-district akim's annual report to residents, Kazakh Cyrillic, fully annotated. Title with the report year, district "
        "and region line, meeting date = document date; the akim signs 'Б. Оразалин' (narrator, role other); social worker Сәуле "
        "Жақыпова and the Almaty lawyer Дәурен Сабитов act only as such (other). Kazakh naming and cases: Ерсін Мұхтарұлы <- "
        "'Мұхтар Сейітқазыұлының' (genitive), 'Ерсіннің'; 'Гүлжазира Бақытқызының', 'Гүлжазираның'; 'Асқардың'. Places in "
        "ablative/locative forms (Қытайдан, Шәуешектен, Алматыдағы). Father taken 'оқуға' in spring 2018 (arrest + internment), "
        "sentenced in 2020, no phone contact; Ерсін held two days at Қорғас with his phone checked (2023-03). Асқар arrested "
        "January 2019, whereabouts unknown; rumour 'Айтуларынша' about his brother not gold. 'Гүлжазираның өзі лагерьде болмаған' "
        "negated next to the IUD inserted 'сол жылы' (2019). 'Өткен жылы' -> 2023, 'өткен айда' -> 2024-01, 'биыл' -> 2024. "
        "Counts of families and kilometres are no dates.")
ORGS = []
PERSONS = [
    P("p1", "Б. Оразалин", ["Б. Оразалин"], ["narrator", "other"], gender="male"),
    P("p2", "Сәуле Жақыпова", ["Сәуле Жақыпова"], ["other"], gender="female"),
    P("p3", "Ерсін Мұхтарұлы", ["Ерсін Мұхтарұлы", "Ерсіннің"], ["relative", "victim", "witness"], gender="male",
      rel=[("son", "p4")],
      viol=[("detention.arbitrary_arrest", "Қорғас бекетінде екі тәулік ұстап"),
            ("surveillance.digital", "телефонын тексеріп")]),
    P("p4", "Мұхтар Сейітқазыұлы", ["Мұхтар Сейітқазыұлының"], ["victim", "relative"], gender="male", rel=[("father", "p3")],
      viol=[("detention.arbitrary_arrest", "«оқуға» алынып кеткенін"),
            ("detention.internment_camp", "«оқуға» алынып кеткенін"),
            ("detention.prison_sentence", "он бір жылға сотталғанын"),
            ("detention.incommunicado", "әкесімен бір рет те телефонмен сөйлесуге рұқсат берілмеген")]),
    P("p5", "Гүлжазира Бақытқызы", ["Гүлжазира Бақытқызының", "Гүлжазираның"], ["relative", "victim"], gender="female",
      rel=[("wife", "p6")],
      viol=[("reproductive.forced_contraception", "оған еркінен тыс спираль салынған")]),
    P("p6", "Асқар Нұрболатұлы", ["Асқар Нұрболатұлы", "Асқардың"], ["victim", "relative"], gender="male", rel=[("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "2019 жылдың қаңтарында ұсталып"),
            ("detention.incommunicado", "қазір қай жерде отырғаны белгісіз"),
            ("disappearance.enforced", "қазір қай жерде отырғаны белгісіз")]),
    P("p7", "Дәурен Сабитов", ["Дәурен Сабитов"], ["other"], gender="male"),
]
PLACES = [
    L("Kokterek", ["КӨКТЕРЕК", "Көктерек"]),
    L("Panfilov District", ["Панфилов ауданы"]),
    L("Zhetysu Region", ["Жетісу облысы"]),
    L("China", ["Қытайдан"]),
    L("Ghulja", ["Құлжа"]),
    L("Khorgos", ["Қорғас"]),
    L("Tacheng", ["Шәуешектен"]),
    L("Almaty", ["Алматыдағы"]),
]
DATES = [
    D("2023 ЖЫЛҒЫ", "2023", "year"),
    D("2024 жылғы 15 ақпан", "2024-02-15", "day"),
    D(("Өткен жылы", 0), "2023", "year"),
    D("биыл күзде", "2024", "year"),
    D(("Өткен жылы", 1), "2023", "year"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("2020 жылы", "2020", "year"),
    D("2023 жылдың наурызында", "2023-03", "month"),
    D("2019 жылдың қаңтарында", "2019-01", "month"),
    D("сол жылы", "2019", "year"),
    D("өткен айда", "2024-01", "month"),
    D("[[Биылғы]] жоспар", "2024", "year"),
    D("[[Биыл]] спорт", "2024", "year"),
]
EVENTS = [
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("sentencing", "p4", "2020"),
    ("exit", "p3", "2023"),
    ("arrest", "p3", "2023-03"),
    ("release", "p3", "2023"),
    ("arrest", "p6", "2019-01"),
    ("disappearance", "p6", "2019-01"),
]
NEGATED = [("p5", "detention.internment_camp", "Гүлжазираның өзі лагерьде болмаған")]
FORBIDDEN = [("p3", "detention.internment_camp")]
