FILE = "kk01_zeinetaqy_otinishi.txt"
LANG = "kk"
DATE = "2024-02-19"
NOTE = ("Pension application (зейнетақы тағайындау туралы өтініш) to a district office of the state corporation, Kazakh "
        "Cyrillic, fully annotated. Addressee block (org «Азаматтарға арналған үкімет», the «Зайсан аудандық бөліміне» "
        "office: no place inside; «Шығыс Қазақстан облысы» before it is a place), form fields, ЖСН number, address with "
        "«Абай көшесі» (street named after a person: org), house number, page count (not dates/persons). Name forms: "
        "record order «Мұқанов Серікбол Әбенұлы», signature «С. Ә. Мұқанов»; son «Дәулет Серікболұлы» and brother «Болат "
        "Әбенұлы» named through patronymics; wife «Гүлсара Қабдолқызы»; former director and the receiving clerk "
        "«Ж. Сейітова» (roles other). Places with suffixes: «Шіңгілде», «Көктоғайдағы», «Қазақстанға», «Қазақстандағы», "
        "«Қытайдағы». Dates: DOB, citizenship year 2023, «2017 жылдың күзінде» -> 2017, «2018 жылдың ақпанында» -> 2018-02, "
        "«екі жыл бұрын» -> 2022; the range «2018–2020 жылдардағы» (a span of years) is not annotated; «үш жылдан бері» "
        "is a duration. Applicant: Kazakh-language teaching banned (language ban), taken without reason (arbitrary "
        "arrest), «оқу орталығы» (camp), Chinese and thanks to the party (indoctrination), handcuffs (shackling), unpaid "
        "greenhouse work he could not leave (forced labour). Wife «лагерьге алынбаған» (negated) but forced sterilising "
        "operation (positive control). Son sentenced 2019, no news (incommunicado). Brother died in a camp 2020, body "
        "withheld (death.in_custody, camp, death event).")
ORGS = ["«Азаматтарға арналған үкімет»", "Зайсан аудандық бөліміне", "Абай көшесі"]
PERSONS = [
    P("p1", "Мұқанов Серікбол Әбенұлы", ["Мұқанов Серікбол Әбенұлы", "С. Ә. Мұқанов"], ["narrator", "victim", "relative"],
      gender="male", birth_year=1962, citizenship=["Kazakhstan"],
      rel=[("husband", "p2"), ("father", "p3"), ("brother", "p4")],
      viol=[("culture.language_ban", "мектепте қазақ тілінде сабақ беруге тыйым салынды"),
            ("detention.arbitrary_arrest", "мені ешқандай себепсіз ұстап"),
            ("detention.internment_camp", "Көктоғайдағы «оқу орталығына» жіберді"),
            ("indoctrination.political", "күнде қытай тілін оқып, партияға алғыс айтуға\nмәжбүр болдым"),
            ("detention.shackling", "қолымызға кісен салатын"),
            ("labour.forced_labour", "жылыжайда ақысыз жұмыс\nістетті, басқа жерге кетуге рұқсат болмады")]),
    P("p2", "Гүлсара Қабдолқызы", ["Гүлсара Қабдолқызы"], ["victim", "relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p3")],
      viol=[("reproductive.forced_sterilization", "бала тудыру мүмкіндігінен айыратын\nоперацияға мәжбүрлеп апарған")]),
    P("p3", "Дәулет Серікболұлы", ["Дәулет Серікболұлы"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p2")],
      viol=[("detention.prison_sentence", "2019 жылы сотталып, әлі түрмеде отыр"),
            ("detention.incommunicado", "үш жылдан бері одан\nешқандай хабар жоқ")]),
    P("p4", "Болат Әбенұлы", ["Болат Әбенұлы"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.internment_camp", "2020 жылы лагерьде"),
            ("death.in_custody", "лагерьде қайтыс болды, денесін бізге бермеді")]),
    P("p5", "Нұрлан Тоқтасынов", ["Нұрлан Тоқтасынов"], ["other", "witness"], gender="male"),
    P("p6", "Ж. Сейітова", ["Ж. Сейітова"], ["other"], gender="female"),
]
PLACES = [
    L("East Kazakhstan Region", ["Шығыс Қазақстан облысы"]),
    L("China", ["Қытай Халық Республикасы", "Қытайдағы"]),
    L("Altay Prefecture", ["Алтай аймағы"]),
    L("Qinghe County", ["Шіңгіл ауданы", "Шіңгілде"]),
    L("Zaysan", ["Зайсан қаласы"]),
    L("Kazakhstan", ["Қазақстан Республикасы", "Қазақстанға", "Қазақстандағы"]),
    L("Fuyun County", ["Көктоғайдағы"]),
    L("Maykapshagay", ["Майқапшағай"]),
]
DATES = [
    D("1962 жылғы 3 наурыз", "1962-03-03", "day"),
    D("2023 жылы", "2023", "year"),
    D("1984 жылдан", "1984", "year"),
    D("2017 жылдың күзінде", "2017", "year"),
    D("2018 жылдың ақпанында", "2018-02", "month"),
    D("2019 жылы", "2019", "year"),
    D("2020 жылы", "2020", "year"),
    D("екі жыл бұрын", "2022", "year"),
    D("2024 жылғы 19 ақпан", "2024-02-19", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-02"),
    ("detention", "p1", "2018-02"),
    ("release", "p1", None),
    ("exit", "p1", "2022"),
    ("sentencing", "p3", "2019"),
    ("detention", "p4", None),
    ("death", "p4", "2020"),
]
NEGATED = [("p2", "detention.internment_camp", "лагерьге алынбаған")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest")]
