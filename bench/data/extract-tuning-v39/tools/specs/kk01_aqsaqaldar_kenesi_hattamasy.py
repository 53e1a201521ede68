FILE = "kk01_aqsaqaldar_kenesi_hattamasy.txt"
LANG = "kk"
DATE = "2019-11-23"
NOTE = ("Minutes (хаттама) of a village elders' council (ақсақалдар кеңесі), Narynkol, Raiymbek District, Kazakh "
        "Cyrillic: agenda, ТЫҢДАЛДЫ / ПІКІР АЙТТЫ / ҚАУЛЫ items, signatures. 'Райымбек ауданы' is a district named after a "
        "person (a place, not a mention). Case forms are mentions: 'Мұхтар Сәрсенбаевтың', 'Ерболаттың', 'Бақыт "
        "Тұрсынқызына', 'Төлеген Жанұзақұлының', 'Әсел Нұрланқызына', 'Текестегі', 'Құлжадағы', 'Нарынқолға'; signatures "
        "'С. Жұмабекұлы', 'Ә. Нұрланқызы'. Chair, secretary and the elder Қасымхан are other. Visit to Tekes = return; "
        "passport taken; 'сол айдың аяғында ... алып кеткен' = arbitrary arrest chained on 2018-04; «саяси оқу орталығы» = "
        "camp with only Chinese allowed and prayer punished; ten-year sentence 'Биылғы наурызда' -> 2019-03; no letter or "
        "call, prison unknown = incommunicado. Brother 'ұсталған жоқ' (negated) but summoned monthly (interrogation, not "
        "coded). Released woman: forced injections = forced medication, no contact for a year = incommunicado, 'Күзетшілер "
        "оны ұрған жоқ' = negated beating; release and coming back 'Өткен айда' -> 2019-10. An elder's death in the district "
        "hospital after a long illness is not death in custody (forbidden). The memorial 'желтоқсанның ортасында' is after "
        "the document date.")
ORGS = ["Сыртқы істер министрлігіне"]
PERSONS = [
    P("p1", "Мұхтар Сәрсенбаев", ["Мұхтар Сәрсенбаевтың", "Мұхтар"], ["relative", "witness"], gender="male",
      rel=[("father", "p2"), ("father", "p3")]),
    P("p2", "Ерболат Мұхтарұлы", ["Ерболат Мұхтарұлы", "Ерболаттың"], ["victim"], gender="male",
      rel=[("son", "p1"), ("brother", "p3"), ("husband", "p4")],
      viol=[("movement.passport_confiscation", "төлқұжатын алып қойған"),
            ("detention.arbitrary_arrest", "үйінен түнде алып кеткен"),
            ("detention.internment_camp", "«саяси оқу орталығына» қамаған"),
            ("culture.language_ban", "қытай тілінен басқа тілде сөйлеуге тыйым салынған"),
            ("culture.religious_ban", "намаз оқығандарды жазалаған"),
            ("detention.prison_sentence", "он жылға соттапты"),
            ("detention.incommunicado", "отбасына бірде-бір хат, бірде-бір қоңырау жоқ, қай түрмеде екенін де айтпайды")]),
    P("p3", "Ержан", ["Ержан"], ["relative"], gender="male", rel=[("brother", "p2"), ("son", "p1")]),
    P("p4", "Гүлжан", ["Гүлжан"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p5", "Бақыт Тұрсынқызы", ["Бақыт Тұрсынқызына", "Бақыт Тұрсынқызы"], ["victim", "witness"], gender="female",
      viol=[("detention.internment_camp", "Құлжа маңындағы лагерьден босап"),
            ("medical.forced_medication", "оған әлдебір екпелерді күштеп салған, не екенін ешкім түсіндірмеген"),
            ("detention.incommunicado", "бір жыл бойы туыстарымен хабарласуға рұқсат бермеген")]),
    P("p6", "Төлеген Жанұзақұлы", ["Төлеген Жанұзақұлының", "Төлеген Жанұзақұлы"], ["other"], gender="male"),
    P("p7", "Серікбай Жұмабекұлы", ["Серікбай Жұмабекұлы", "С. Жұмабекұлы"], ["other"], gender="male"),
    P("p8", "Әсел Нұрланқызы", ["Әсел Нұрланқызы", "Әсел Нұрланқызына", "Ә. Нұрланқызы"], ["other"], gender="female"),
    P("p9", "Қасымхан", ["Қасымхан"], ["other"], gender="male"),
]
PLACES = [
    L("Raiymbek District", ["Райымбек ауданы"]),
    L("Narynkol", ["Нарынқол", "Нарынқолға"]),
    L("Tekes", ["Текестегі", "Текесте"]),
    L("Ghulja", ["Құлжадағы", "Құлжа"]),
]
DATES = [
    D("2019 жылғы 23 қараша", "2019-11-23", "day"),
    D("2018 жылдың сәуірінде", "2018-04", "month"),
    D("Биылғы наурызда", "2019-03", "month"),
    D("Өткен айда", "2019-10", "month"),
    D("былтыр желтоқсанда", "2018-12", "month"),
]
EVENTS = [
    ("return", "p2", "2018-04"),
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("sentencing", "p2", "2019-03"),
    ("interrogation", "p3", None),
    ("detention", "p5", None),
    ("release", "p5", "2019-10"),
    ("exit", "p5", "2019-10"),
    ("death", "p6", "2018-12"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "ол ұсталған жоқ"),
           ("p5", "torture.beating", "Күзетшілер оны ұрған жоқ")]
FORBIDDEN = [("p6", "death.in_custody")]
