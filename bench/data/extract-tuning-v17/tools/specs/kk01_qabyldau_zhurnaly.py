FILE = "kk01_qabyldau_zhurnaly.txt"
LANG = "kk"
DATE = "2019-04-26"
NOTE = ("District akimat's citizen-reception journal, Kazakh Cyrillic, full gold. 'Панфилов ауданы әкімдігі' (org, no place), "
        "entry numbers, 'ж. т.' birth years (dates), '3 азамат' no date. Deputy akim 'Ж. Сәрсенбаев', secretary 'А. Нұрбекова' "
        "and the land-dispute petitioner Сәуле Жақыпова = other. Petitioners in surname-first order with patronymics; "
        "Күлзия's surname Мұратбекова is built on her husband's given name Мұратбек. Husband Мұратбек Сейітқали (Kazakh "
        "citizen, born 1969): held at Khorgos after crossing in January 2018 (arrest), sent to a 'vocational education "
        "centre' in Ghulja = camp (detention and transfer without dates), accused of not surrendering a Chinese passport = "
        "arbitrary arrest; leg irons seen by a released neighbour = shackling; no news for over a year = incommunicado; "
        "'сотталмаған' negated prison sentence. 'Өткен айда' -> 2019-03. Father Бауыржан Ахметжанов: 'political study' "
        "summer 2017 = arrest + camp, released Nov 2018, unpaid factory work = forced labour. Mother Гүлнар Тұрсынқызы: "
        "'Анасын ұстамаған' negated arrest, passport taken, call to her son with a policeman beside her = family reprisal "
        "for her and transnational harassment for Ерлан (agglutinated 'Ерланның'); 'Кеше' -> 2019-04-25. Brother Дәурен "
        "Ахметжанов 'ешкім мазаламаған' negated transnational harassment. Agglutinated places: Құлжадағы, Құлжадан, "
        "Қорғаста, Жаркентте, Алматыдағы, Қазақстанға, Іле облысының.")
ORGS = ["Панфилов ауданы әкімдігі", "Сыртқы істер министрлігіне"]
PERSONS = [
    P("p1", "Ж. Сәрсенбаев", ["Ж. Сәрсенбаев"], ["other"], gender="male"),
    P("p2", "Күлзия Мұратбекова", ["Мұратбекова Күлзия Нұрғалиқызы"], ["relative", "witness"], gender="female",
      birth_year=1974, rel=[("wife", "p3")]),
    P("p3", "Мұратбек Сейітқали", ["Мұратбек Сейітқали"], ["victim"], gender="male", birth_year=1969,
      citizenship=["Kazakhstan"], rel=[("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "Шекарадан өткен бетте Қорғаста ұсталып"),
            ("detention.internment_camp", "Құлжа қаласындағы «кәсіптік білім беру орталығына» жіберілген"),
            ("detention.shackling", "аяғына кісен салынғанын айтқан"),
            ("detention.incommunicado", "Отбасы бір жылдан астам уақыт бойы одан ешқандай хабар ала алмай отыр")]),
    P("p4", "Ерлан Ахметжанов", ["Ахметжанов Ерлан Бауыржанұлы", "Ерланның"], ["relative", "victim"], gender="male",
      birth_year=1990, rel=[("son", "p5"), ("son", "p6"), ("brother", "p7")],
      viol=[("transnational.harassment", "Ерланның Алматыдағы жиындарға баруын тоқтатуын өтінген")]),
    P("p5", "Бауыржан Ахметжанов", ["Бауыржан Ахметжанов"], ["victim"], gender="male",
      rel=[("father", "p4"), ("father", "p7"), ("husband", "p6")],
      viol=[("detention.arbitrary_arrest", "2017 жылдың жазында «саяси оқуға» алынып"),
            ("detention.internment_camp", "«саяси оқуға» алынып"),
            ("labour.forced_labour", "аудандағы тігін фабрикасында ақысыз жұмыс істеуге мәжбүр")]),
    P("p6", "Гүлнар Тұрсынқызы", ["Гүлнар Тұрсынқызы"], ["relative", "victim"], gender="female",
      rel=[("mother", "p4"), ("mother", "p7"), ("wife", "p5")],
      viol=[("movement.passport_confiscation", "оның төлқұжатын учаскелік полиция алып қойған"),
            ("family.reprisal", "сол кезде қасында полиция қызметкері отырған")]),
    P("p7", "Дәурен Ахметжанов", ["Дәурен Ахметжанов"], ["relative"], gender="male", rel=[("brother", "p4"), ("son", "p5")]),
    P("p8", "Сәуле Жақыпова", ["Жақыпова Сәуле Қайратқызы"], ["other"], gender="female", birth_year=1968),
    P("p9", "А. Нұрбекова", ["А. Нұрбекова"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркентте"]),
    L("Koktal", ["Көктал"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстанға"]),
    L("Yining", ["Құлжадағы", "Құлжа", "Құлжадан"]),
    L("Khorgos", ["Қорғаста"]),
    L("China", ["Қытай"]),
    L("Ili", ["Іле облысының"]),
    L("Xinyuan County", ["Күнес"]),
    L("Almaty", ["Алматыдағы"]),
    L("Usharal", ["Үшарал"]),
]
DATES = [
    D("2019 жылғы 26 сәуір", "2019-04-26", "day"),
    D("1974", "1974", "year"),
    D("2018 жылдың қаңтарында", "2018-01", "month"),
    D("Өткен айда", "2019-03", "month"),
    D("1969 жылы", "1969", "year"),
    D("1990", "1990", "year"),
    D("2017 жылдың жазында", "2017", "year"),
    D("2018 жылдың қарашасында", "2018-11", "month"),
    D("Кеше", "2019-04-25", "day"),
    D("2016 жылы", "2016", "year"),
    D("1968", "1968", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-01"),
    ("detention", "p3", None),
    ("transfer", "p3", None),
    ("arrest", "p5", "2017"),
    ("detention", "p5", "2017"),
    ("release", "p5", "2018-11"),
]
NEGATED = [("p3", "detention.prison_sentence", "Күйеуі сотталмаған"),
           ("p6", "detention.arbitrary_arrest", "Анасын ұстамаған"),
           ("p7", "transnational.harassment", "оны ешкім мазаламаған")]
FORBIDDEN = []
