FILE = "kk01_ekskursiya_matini.txt"
LANG = "kk"
DATE = "2023-06-10"
NOTE = ("Kazakh-language tour guide's script for a stop at the border (excursion text), Kazakh Cyrillic, fully annotated: "
        "excursion title in capitals with two toponyms (ЖАРКЕНТ, ҚОРҒАС: mentions), the checkpoint name «Нұрлы жол», the "
        "museum, the mosque and the «Қорғас» cross-border centre are orgs/facilities (no place inside); stop number, duration "
        "(not dates); unnamed guide and museum department (not persons). Kazakh naming with suffixes: Әлия Бейсенқызы / "
        "«Әлияның» / «Әлия», her father Бейсен Тоқтарұлы, brother Ержан Бейсенұлы, mother Күлпаш Әбдірахманқызы. Places with "
        "case suffixes as whole words: «Жаркентте», «Қазақстанға», «Қытайдың», «Құлжадағы». Date spans keep the suffixed word: "
        "«2018 жылдың көктемінде» -> 2018, «2019 жылдың қарашасында» -> 2019-11, «сол жылы» -> 2018, «Өткен жылы» -> 2022, "
        "«2012 жылдан» -> 2012. Father: taken at night without documents (arbitrary arrest), «саяси оқу» (camp), Chinese songs "
        "(indoctrination), prayer banned (religious ban), passport still with the police (passport confiscation). Brother: "
        "arrested, sentenced, prison unknown (incommunicado). Mother «ұсталмаған» (negated) but a police app on her phone "
        "(digital). The daughter, a Kazakhstan citizen since 2016, got a threatening message (transnational harassment)."
        " Maternal uncle («нағашысы») Сәбит Құрманғазыұлы died in a camp in 2019, body withheld (death.in_custody, camp, death event) and was kept in shackles (shackling).")
ORGS = ["«Нұрлы жол»", "Жаркент өлкетану мұражайының", "«Қорғас» халықаралық шекара маңы ынтымақтастық орталығы", "Жаркент мешіті"]
PERSONS = [
    P("p1", "Әлия Бейсенқызы", ["Әлия Бейсенқызы", "Әлияның", "Әлия"], ["witness", "relative", "victim"], gender="female",
      citizenship=["Kazakhstan"], rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")],
      viol=[("transnational.harassment", "оған бейтаныс нөмірден хабарлама келіп, онда «әкеңнің жағдайы сенің үндемеуіңе байланысты» деп жазылған")]),
    P("p2", "Бейсен Тоқтарұлы", ["Бейсен Тоқтарұлы"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "Әкемді ешқандай құжатсыз, түнде үйден алып кетті"),
            ("detention.internment_camp", "оны «саяси оқуға» алып кетті"),
            ("indoctrination.political", "күн сайын қытай әндерін айтқызып"),
            ("culture.religious_ban", "намаз оқуға тыйым салған"),
            ("movement.passport_confiscation", "оның паспорты әлі күнге дейін полицияда, сондықтан ол Қазақстанға келе алмайды")]),
    P("p3", "Ержан Бейсенұлы", ["Ержан Бейсенұлы"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p4")],
      viol=[("detention.prison_sentence", "Кейін оны Құлжадағы сот жеті жылға соттады"),
            ("detention.incommunicado", "Отбасы оның қай түрмеде отырғанын әлі білмейді")]),
    P("p4", "Күлпаш Әбдірахманқызы", ["Күлпаш Әбдірахманқызы"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")],
      viol=[("surveillance.digital", "оның телефонына полиция арнайы бағдарлама орнатып, күнде тексеріп отырады")]),
    P("p5", "Сәбит Құрманғазыұлы", ["Сәбит Құрманғазыұлы"], ["victim", "relative"], gender="male", rel=[("uncle", "p1")],
      viol=[("death.in_custody", "2019 жылы лагерьде қайтыс болды"),
            ("detention.internment_camp", "Сәбит Құрманғазыұлы 2019 жылы лагерьде"),
            ("detention.shackling", "Лагерьде оның қолы мен аяғы үнемі кісенде болған")]),
]
PLACES = [
    L("Zharkent", ["ЖАРКЕНТ", "Жаркентте"]),
    L("Khorgos", ["ҚОРҒАС", "Қорғас"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстанға"]),
    L("China", ["Қытайдың", "Қытай"]),
    L("Ili Kazakh Autonomous Prefecture", ["Іле"]),
    L("Yining", ["Құлжа", "Құлжадағы"]),
]
DATES = [
    D("2023 жылғы 10 маусым", "2023-06-10", "day"),
    D("1962 жылы", "1962", "year"),
    D("2012 жылдан", "2012", "year"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("2019 жылдың қарашасында", "2019-11", "month"),
    D("сол жылы", "2018", "year"),
    D("2019 жылы", "2019", "year"),
    D("2016 жылы", "2016", "year"),
    D("Өткен жылы", "2022", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2019-11"),
    ("arrest", "p3", "2018"),
    ("sentencing", "p3", None),
    ("detention", "p5", None),
    ("death", "p5", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "ұсталмаған")]
FORBIDDEN = []
