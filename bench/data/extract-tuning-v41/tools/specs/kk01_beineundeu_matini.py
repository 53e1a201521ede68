FILE = "kk01_beineundeu_matini.txt"
LANG = "kk"
DATE = "2023-10-09"
NOTE = ("Transcript of a daughter's video appeal, Kazakh Cyrillic (bracketed header with date and transcriber 'Г. "
        "Әбдіқадырова' (other), stage notes). Narrator Ақмарал Жұмабайқызы, Kazakh citizen ('Қазақстан азаматымын': "
        "place mention), in Almaty since 2016 (exit). Father Жұмабай Тілеуқабыл (born 1962, 'қазір алпыс бір жаста'): "
        "August 2018 taken 'білім алуға' by the village head Ли Цзюнь, no paper (arbitrary arrest + camp in Mönggüre (Zhaosu)), "
        "Chinese lessons and thanks to the party heard from villagers (restated: indoctrination), video calls cut "
        "'Келесі жылдың көктемінде' -> 2019 (incommunicado), ten years in a closed court December 2019, prison not told "
        "(disappearance); beating only supposed ('дәлел жоқ': nothing). Uncle Бақыт Тілеуқабыл: same camp, died there "
        "January 2019 (death in custody), body withheld and no janaza (religious ban). Mother Сәуле Мұқанқызы: "
        "'Анамды ұстаған жоқ' (negated arbitrary arrest), monthly summons about the daughter abroad (interrogation + "
        "family reprisal), passport taken 'Былтыр' -> 2022. Brother Ержан Жұмабайұлы (patronymic from the father's given "
        "name): went back autumn 2018 (return), 'Оны ұстамады' (negated arbitrary arrest), back in Kazakhstan 'екі "
        "аптадан соң' (week offset: exit undated). The ministry and the UN are organisations.")
ORGS = ["«Атамекен куәлері»", "Қазақстан Республикасының Сыртқы істер министрлігінен", "Біріккен Ұлттар Ұйымынан"]
PERSONS = [
    P("p1", "Ақмарал Жұмабайқызы", ["Ақмарал Жұмабайқызы"], ["narrator", "relative"], gender="female",
      citizenship=["Kazakhstan"], rel=[("daughter", "p2"), ("daughter", "p4"), ("sister", "p5"), ("niece", "p3")]),
    P("p2", "Жұмабай Тілеуқабыл", ["Жұмабай Тілеуқабыл"], ["victim"], gender="male", birth_year=1962, age=61,
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "әкемді «білім алуға» алып кетті. Ешқандай қағаз көрсеткен жоқ"),
            ("detention.internment_camp", "Әкемді Мөңкүредегі лагерьге қамады"),
            ("detention.incommunicado", "Келесі жылдың көктемінде байланыс үзілді"),
            ("indoctrination.political", "лагерьде оларға күн сайын қытай тілін оқытып, партияға алғыс айтқызған"),
            ("detention.prison_sentence", "әкемді жабық сотта он жылға соттады"),
            ("disappearance.enforced", "Қазір қай түрмеде отырғанын бізге ешкім айтпайды")]),
    P("p3", "Бақыт Тілеуқабыл", ["Бақыт Тілеуқабыл"], ["victim"], gender="male", rel=[("brother", "p2"), ("uncle", "p1")],
      viol=[("detention.internment_camp", "Бақыт Тілеуқабыл да сол лагерьде болды"),
            ("death.in_custody", "Ол 2019 жылдың қаңтарында сонда қайтыс болды"),
            ("culture.religious_ban", "Жаназа шығаруға рұқсат етпеді")]),
    P("p4", "Сәуле Мұқанқызы", ["Сәуле Мұқанқызы"], ["relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p1"), ("mother", "p5")],
      viol=[("family.reprisal", "ай сайын полиция бөлімшесіне шақырып, менің кіммен сөйлесетінімді, Алматыда не істейтінімді сұрайды"),
            ("movement.passport_confiscation", "анамның паспортын да алып қойды")]),
    P("p5", "Ержан Жұмабайұлы", ["Ержан Жұмабайұлы"], ["relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p4")]),
    P("p6", "Ли Цзюнь", ["Ли Цзюнь"], ["official", "perpetrator"], gender="male"),
    P("p7", "Г. Әбдіқадырова", ["Г. Әбдіқадырова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы", "Алматыда"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстанға"]),
    L("Zhaosu", ["Мөңкүре", "Мөңкүредегі", "Мөңкүреге"]),
]
DATES = [
    D("2023 жылғы 9 қазан", "2023-10-09", "day"),
    D("2016 жылдан", "2016", "year"),
    D("1962 жылы", "1962", "year"),
    D("2018 жылдың тамызында", "2018-08", "month"),
    D("Сол жылы", "2018", "year"),
    D("Келесі жылдың көктемінде", "2019", "year"),
    D("2019 жылдың желтоқсанында", "2019-12", "month"),
    D("2019 жылдың қаңтарында", "2019-01", "month"),
    D("Былтыр", "2022", "year"),
    D("2018 жылы күзде", "2018", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2018-08"),
    ("detention", "p2", "2018-08"),
    ("sentencing", "p2", "2019-12"),
    ("disappearance", "p2", None),
    ("detention", "p3", None),
    ("death", "p3", "2019-01"),
    ("interrogation", "p4", None),
    ("return", "p5", "2018"),
    ("exit", "p5", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Анамды ұстаған жоқ"),
           ("p5", "detention.arbitrary_arrest", "Оны ұстамады")]
FORBIDDEN = []
