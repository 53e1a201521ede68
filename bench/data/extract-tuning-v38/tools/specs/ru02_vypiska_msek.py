FILE = "ru02_vypiska_msek.txt"
LANG = "ru"
DATE = "2025-05-22"
NOTE = ("Bishkek medical and social expert commission's extract from a disability examination report (выписка из акта "
        "освидетельствования МСЭК): examinee 'Исмаилов Абдукерим Турсунович' (1964), anamnesis 'со слов', decision on "
        "disability group II; commission chair and members 'Токтогулова А. С.', 'Абдыраимов Н. Т.', 'Осмонова Г. К.' "
        "(other). Detained by police in Artush in March 2017 while visiting relatives (arbitrary arrest; arrest + "
        "detention 2017-03), passport taken (passport), until the end of 2019 in a 'школа трудового обучения' (camp; "
        "release 2019), beaten with sticks (beating), made to stand for hours at a wall with raised arms (stress "
        "position); 'Принудительному приёму лекарств ... не подвергался' = negated forced medication; no letter or call "
        "(incommunicado); back in Kyrgyzstan January 2020 (exit); calls from Chinese numbers not to give interviews "
        "(transnational harassment). Brother Кадыр sentenced in Kashgar 2019 to ten years (sentence; sentencing 2019), "
        "place of detention not told (enforced disappearance). Wife Бурулкан present (relative). СУАР = Xinjiang; "
        "жилмассив Ак-Орго is a place; the commission heading, ЦСМ № 6 and МИД are organisations; 'на один год' is a "
        "duration.")
ORGS = ["Бишкекская городская медико-социальная экспертная комиссия № 2", "ЦСМ № 6"]
PERSONS = [
    P("p1", "Абдукерим Турсунович Исмаилов", ["Исмаилов Абдукерим Турсунович"], ["victim"], gender="male",
      birth_year=1964, rel=[("brother", "p2"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "был задержан сотрудниками полиции"),
            ("movement.passport_confiscation", "паспорт изъяли"),
            ("detention.internment_camp", "содержался в учреждении, которое местные власти называли «школой трудового обучения»"),
            ("torture.beating", "неоднократно подвергался избиениям палками по спине и ногам"),
            ("torture.stress_position", "его заставляли часами стоять у стены с поднятыми руками"),
            ("detention.incommunicado", "семья не получила от него ни одного письма и ни одного звонка"),
            ("transnational.harassment", "дважды получал звонки с китайских номеров с требованием не давать интервью журналистам")]),
    P("p2", "Кадыр Турсунович Исмаилов", ["Исмаилов Кадыр Турсунович"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("brother-in-law", "p3")],
      viol=[("detention.prison_sentence", "приговорён судом в Кашгаре к десяти годам лишения свободы"),
            ("disappearance.enforced", "Место его содержания семье не сообщили")]),
    P("p3", "Бурулкан Асановна Исмаилова", ["Исмаилова Бурулкан Асановна"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("sister-in-law", "p2")]),
    P("p4", "А. С. Токтогулова", ["Токтогулова А. С."], ["other"], gender="female"),
    P("p5", "Н. Т. Абдыраимов", ["Абдыраимов Н. Т."], ["other"], gender="male"),
    P("p6", "Г. К. Осмонова", ["Осмонова Г. К."], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Ak-Orgo", ["Ак-Орго"]),
    L("Kyrgyzstan", ["Кыргызской Республики", "Кыргызстан"]),
    L("Artush", ["Артуш"]),
    L("Xinjiang", ["СУАР"]),
    L("China", ["КНР"]),
    L("Kashgar", ["Кашгаре"]),
]
DATES = [
    D("22 мая 2025 года", "2025-05-22", "day"),
    D("14.01.1964", "1964-01-14", "day"),
    D("05.05.2025", "2025-05-05", "day"),
    D("марте 2017 года", "2017-03", "month"),
    D("конца 2019 года", "2019", "year"),
    D("январе 2020 года", "2020-01", "month"),
    D("2019 году", "2019", "year"),
    D("12.05.2025", "2025-05-12", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-03"),
    ("detention", "p1", "2017-03"),
    ("release", "p1", "2019"),
    ("exit", "p1", "2020-01"),
    ("sentencing", "p2", "2019"),
]
NEGATED = [("p1", "medical.forced_medication", "Принудительному приёму лекарств, со слов, не подвергался")]
FORBIDDEN = []
