FILE = "ru02_akademicheskiy_otpusk.txt"
LANG = "ru"
DATE = "2024-01-15"
NOTE = ("Student's application for academic leave (заявление) to a university rector: addressee block in the dative, "
        "sender in the genitive, specialty code, group, ИИН and phone, numbered attachments with form 027/у and sheet "
        "counts (not dates/persons). The leave start «1 февраля 2024 г.» is after the document date (not annotated). Org: "
        "«Казахский национальный университет имени аль-Фараби» (contains a person's name). Name forms: genitive "
        "«Абдрахмановой Меруерт Канатовны» and signature «М. К. Абдрахманова»; father «Абдрахманов Канат Сапарович»; "
        "grandmother «Сапарова Бибигуль» and uncle «Сапаров Ерболат» share the grandfather's name as surname; cousin "
        "«Нуржан» by first name; rector in the dative «Ж. Т. Тулегенову»; tutor «Исмаилова Г. А.» / «Г. А. Исмаилова» "
        "(roles other). Father: Kazakhstan citizen since 2009, detained entering China (arbitrary arrest), camp, solitary "
        "cell, beaten and kept awake at interrogations, released 2019-11, allowed out «в позапрошлом году» -> 2022. "
        "Grandmother «в лагере не была» (negated) but passport taken and forced work at a sewing factory in Dörbiljin "
        "(positive controls). Uncle vanished 2019 (enforced disappearance).")
ORGS = ["«Казахский национальный университет имени аль-Фараби»"]
PERSONS = [
    P("p1", "Абдрахманова Меруерт Канатовна", ["Абдрахмановой Меруерт Канатовны", "М. К. Абдрахманова"],
      ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("granddaughter", "p3"), ("niece", "p4"), ("cousin", "p5")]),
    P("p2", "Абдрахманов Канат Сапарович", ["Абдрахманов Канат Сапарович"], ["victim", "relative"], gender="male",
      citizenship=["Kazakhstan"], rel=[("father", "p1"), ("son", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "был задержан на въезде в Китай"),
            ("detention.internment_camp", "Его продержали в лагере около полутора лет"),
            ("detention.solitary_confinement", "два\nмесяца он провёл в одиночной камере"),
            ("torture.beating", "на допросах его били"),
            ("torture.sleep_deprivation", "неделями не давали спать")]),
    P("p3", "Сапарова Бибигуль", ["Сапарова Бибигуль"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2"), ("mother", "p4"), ("grandmother", "p1")],
      viol=[("movement.passport_confiscation", "у неё забрали паспорт"),
            ("labour.forced_labour", "заставили\nработать на швейной фабрике в Дорбильджине")]),
    P("p4", "Сапаров Ерболат", ["Сапаров Ерболат"], ["victim", "relative"], gender="male",
      rel=[("son", "p3"), ("brother", "p2"), ("uncle", "p1"), ("father", "p5")],
      viol=[("disappearance.enforced", "пропал в 2019 году; о нём до сих пор ничего\nне известно")]),
    P("p5", "Нуржан", ["Нуржан"], ["relative"], gender="male", rel=[("son", "p4"), ("cousin", "p1")]),
    P("p6", "Ж. Т. Тулегенов", ["Ж. Т. Тулегенову"], ["other"], gender="male"),
    P("p7", "Исмаилова Г. А.", ["Исмаилова Г. А.", "Г. А. Исмаилова"], ["other"], gender="female"),
]
PLACES = [
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Tacheng", ["Чугучак"]),
    L("China", ["Китай", "Китая"]),
    L("Emin", ["Дорбильджине"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("2009 года", "2009", "year"),
    D("марте 2018 г.", "2018-03", "month"),
    D("ноябре\n2019 г.", "2019-11", "month"),
    D("позапрошлом году", "2022", "year"),
    D("осенью 2018 года", "2018", "year"),
    D("2019 году", "2019", "year"),
    D("15.01.2024", "2024-01-15", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("interrogation", "p2", None),
    ("release", "p2", "2019-11"),
    ("exit", "p2", "2022"),
    ("disappearance", "p4", "2019"),
]
NEGATED = [("p3", "detention.internment_camp", "в лагере не была")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest")]
