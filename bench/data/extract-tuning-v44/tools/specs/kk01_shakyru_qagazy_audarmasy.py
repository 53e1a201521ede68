FILE = "kk01_shakyru_qagazy_audarmasy.txt"
LANG = "kk"
DATE = "2019-06-02"
NOTE = ("Kazakh translation of a Nilka county police summons (шақыру қағазы, 20 May 2019) to a man living in "
        "Kazakhstan, read out to relatives in Zharkent on 2 June 2019 (= document date), with the translator's preface, "
        "bracketed note and closing words in her own voice, Kazakh Cyrillic (full gold). Addressee dative 'Бекзат "
        "Қайратұлына' / genitive 'Бекзаттың' / 'Бекзат' (born 1990, Kazakhstan citizen since 2018, moved 2016 = exit): "
        "summoned to come and explain by 20 June 2019 or his relatives 'will be held responsible' (transnational "
        "harassment); WhatsApp use abroad as the ground (digital). The deadline is after the document date (not "
        "annotated) and he will not go: no return event. Father 'Қайрат Сейілхан' ('Қайратұлы' is a patronymic, not "
        "his mention): taken 'to study' March 2018, in a camp since (arbitrary arrest + camp; arrest and detention "
        "events). Mother accusative 'Ботагөз Әлімқызын' / 'Ботагөзді': summoned three times and made to sign a "
        "guarantee letter (family reprisal + forced signature), must not leave the village (house arrest), "
        "'Ботагөзді ұстаған жоқ' (negated arbitrary arrest). The background paragraph on such summonses names no one. "
        "Translator 'Дана Серікқызы' other; investigator 'Ван Шулинь' official. The summons number '№ 2019-047' is not a "
        "date; 'Мамыр айында' -> 2019-05. The county police bureau and the ministry are organisations.")
ORGS = ["Нылқы аудандық қоғамдық қауіпсіздік бюросы", "Сыртқы істер министрлігіне"]
PERSONS = [
    P("p1", "Бекзат Қайратұлы", ["Бекзаттың", "Бекзат Қайратұлына", "Бекзат"], ["victim", "relative"], gender="male",
      birth_year=1990, citizenship=["Kazakhstan"], rel=[("son", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "Сізге 2019 жылғы 20 маусымға дейін бюроға өзіңіз келіп, түсініктеме беру міндеттеледі. Келмеген жағдайда туыстарыңыз жауапкершілікке тартылады."),
            ("surveillance.digital", "шетелде тыйым салынған WhatsApp бағдарламасын қолданғаныңыз")]),
    P("p2", "Қайрат Сейілхан", ["Қайрат Сейілхан"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "2018 жылдың наурызында «оқуға» алып кетілді"),
            ("detention.internment_camp", "«оқуға» алып кетілді, содан бері лагерьде")]),
    P("p3", "Ботагөз Әлімқызы", ["Ботагөз Әлімқызын", "Ботагөзді"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("family.reprisal", "шешесі Ботагөз Әлімқызын полиция бөлімшесіне үш рет шақырып, ұлын қайтаруға кепілдік хатқа қол қойғызды"),
            ("coercion.forced_confession", "кепілдік хатқа қол қойғызды"),
            ("detention.house_arrest", "ол ауылдан шықпауы керек")]),
    P("p4", "Дана Серікқызы", ["Дана Серікқызы"], ["other"], gender="female"),
    P("p5", "Ван Шулинь", ["Ван Шулинь"], ["official"]),
]
PLACES = [
    L("Zharkent", ["Жаркент"]),
    L("Nilka", ["Нылқы"]),
    L("Ili", ["Іле Қазақ автономиялы облысы", "Іле"]),
    L("Karasu", ["Қарасу"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстан"]),
    L("China", ["Қытайға"]),
]
DATES = [
    D("2019 жылғы 2 маусымда", "2019-06-02", "day"),
    D("1990 жылы", "1990", "year"),
    D("2019 жылғы 20 мамыр", "2019-05-20", "day"),
    D("2016 жылы", "2016", "year"),
    D("2018 жылдан", "2018", "year"),
    D("2018 жылдың наурызында", "2018-03", "month"),
    D("Мамыр айында", "2019-05", "month"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Ботагөзді ұстаған жоқ")]
FORBIDDEN = []
