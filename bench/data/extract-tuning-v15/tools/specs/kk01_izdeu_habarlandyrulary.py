FILE = "kk01_izdeu_habarlandyrulary.txt"
LANG = "kk"
DATE = "2019-05-17"
NOTE = ("Classified page of a Kazakh district weekly (Kazakh Cyrillic): masthead «АЛАКӨЛ ТАҢЫ» (org), issue numbers, page "
        "number, phone number (not dates); two search notices (ІЗДЕЙМІЗ), one thank-you notice (АЛҒЫС) and an editor's note. "
        "Kazakh patronymics: brothers Ербол and Қайрат Сағынбайұлы; Жанар Серікқызы is the daughter of Бибігүл Тоқтарқызы "
        "(different patronymic); the children of Оспан Мұқанұлы sign with given names only. Places as whole inflected "
        "words: «Шәуешектегі», «Құлжа», «Қазақстандағы»; «Қытай елшілігіне» is an org, «Қытай әнұранын» a modifier use of "
        "China (mention). Ербол: held at the Bakhty crossing 'for no reason' (arbitrary arrest), sent to an 'education' "
        "centre in Chuguchak, transfer to the prison 2018 (heard), 'сот болды ма, жоқ па, білмейміз' is a hedge (no "
        "sentence, not forbidden), no news since summer 2018 and nobody says where he is (disappearance + incommunicado). "
        "Оспан: released from a Ghulja camp 'биылғы наурызда' -> 2019-03, returned via Khorgos '12 сәуірде' -> "
        "2019-04-12 (return); anthem, prayer forbidden, overcrowding, made to stand in the yard in January frost (exposure; "
        "'қаңтардың аязында' has no year: not a date); 'Әкемізді ешкім ұрмапты' = negated beating. Бибігүл: passport taken "
        "2018-02, summoned 'Өткен айда' -> 2019-04 and made to phone her children abroad telling them to return = family "
        "reprisal (her) + transnational harassment (daughter); 'Анамыз ұсталған жоқ' = negated arrest; cannot leave home "
        "without permission (house arrest). Lawyer Әсел Жұмабекқызы (role other). 'Былтырдан' -> 2018. The next-Tuesday "
        "deadline is in the future: not annotated.")
ORGS = ["АЛАКӨЛ ТАҢЫ", "Қытай елшілігіне"]
PERSONS = [
    P("p1", "Ербол Сағынбайұлы", ["Ербол Сағынбайұлы", "Ерболды"], ["victim"], gender="male", ethnicity="Kazakh",
      birth_year=1984, rel=[("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "ешбір себепсіз ұсталып"),
            ("detention.internment_camp", "Шәуешектегі «білім беру орталығына» жіберілген"),
            ("detention.incommunicado", "інімнен ешқандай хабар жоқ"),
            ("disappearance.enforced", "қай жерде екенін ешкім айтпайды")]),
    P("p2", "Қайрат Сағынбайұлы", ["Қайрат Сағынбайұлы"], ["narrator", "relative"], gender="male", ethnicity="Kazakh",
      rel=[("brother", "p1")]),
    P("p3", "Оспан Мұқанұлы", ["Оспан Мұқанұлы"], ["victim"], gender="male", ethnicity="Kazakh",
      rel=[("father", "p5"), ("father", "p6")],
      viol=[("detention.internment_camp", "Құлжа қаласындағы лагерьден босатылып"),
            ("indoctrination.political", "Қытай әнұранын айтуға мәжбүрлеген"),
            ("culture.religious_ban", "намаз оқуға тыйым салған"),
            ("detention.overcrowding", "Отыз адамға арналған бөлмеде жетпіс адам жатқан"),
            ("torture.exposure", "қаңтардың аязында аулада сағаттап тұрғызған")]),
    P("p4", "Әсел Жұмабекқызы", ["Әсел Жұмабекқызына"], ["other"], gender="female"),
    P("p5", "Гүлмира", ["Гүлмира"], ["relative", "narrator"], gender="female", rel=[("daughter", "p3"), ("sister", "p6")]),
    P("p6", "Асқар", ["Асқар"], ["relative", "narrator"], gender="male", rel=[("son", "p3"), ("brother", "p5")]),
    P("p7", "Бибігүл Тоқтарқызы", ["Бибігүл Тоқтарқызы"], ["victim"], gender="female", ethnicity="Kazakh", birth_year=1962,
      rel=[("mother", "p8")],
      viol=[("movement.passport_confiscation", "оның төлқұжатын аудандық полиция алып қойды"),
            ("family.reprisal", "полицейлер анамызды бөлімшеге шақырып"),
            ("detention.house_arrest", "үйден рұқсатсыз шыға алмайды")]),
    P("p8", "Жанар Серікқызы", ["Жанар Серікқызы"], ["narrator", "relative", "victim"], gender="female", ethnicity="Kazakh",
      rel=[("daughter", "p7")],
      viol=[("transnational.harassment", "бізге телефон соғып, «елге қайтыңдар» деп айтуға мәжбүрледі")]),
]
PLACES = [
    L("Tacheng Prefecture", ["Тарбағатай"]),
    L("Yumin County", ["Шағантоғай"]),
    L("Bakhty", ["Бақты"]),
    L("Tacheng", ["Шәуешектегі", "Шәуешек"]),
    L("Usharal", ["Үшарал"]),
    L("Ghulja", ["Құлжа"]),
    L("Khorgos", ["Қорғас"]),
    L("China", ["Қытай"]),
    L("Ili Prefecture", ["Іле"]),
    L("Nilka County", ["Нылқы"]),
    L("Kazakhstan", ["Қазақстандағы"]),
    L("Lepsy", ["Лепсі"]),
]
DATES = [
    D("2019 жылғы 17 мамыр", "2019-05-17", "day"),
    D("1984 жылы", "1984", "year"),
    D("2017 жылдың қараша айында", "2017-11", "month"),
    D("[[2018 жылы]] туыстарымыз", "2018", "year"),
    D("Сол жылдың жазынан", "2018", "year"),
    D("биылғы наурызда", "2019-03", "month"),
    D("12 сәуірде", "2019-04-12", "day"),
    D("1962 жылы", "1962", "year"),
    D("2018 жылдың ақпанында", "2018-02", "month"),
    D("Өткен айда", "2019-04", "month"),
    D("Былтырдан", "2018", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", None),
    ("transfer", "p1", "2018"),
    ("disappearance", "p1", "2018"),
    ("release", "p3", "2019-03"),
    ("return", "p3", "2019-04-12"),
]
NEGATED = [("p3", "torture.beating", "Әкемізді ешкім ұрмапты"),
           ("p7", "detention.arbitrary_arrest", "Анамыз ұсталған жоқ")]
FORBIDDEN = []
