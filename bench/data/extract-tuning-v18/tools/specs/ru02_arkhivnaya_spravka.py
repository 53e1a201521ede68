FILE = "ru02_arkhivnaya_spravka.txt"
LANG = "ru"
DATE = "2020-02-11"
NOTE = ("Kazakh regional state archive's certificate (архивная справка) with an appended extract of the applicant's request: "
        "archive, fund and district police names with toponyms are orgs («Государственный архив Алматинской области», "
        "«Паспортный стол Панфиловского РОВД», «МИД Республики Казахстан»); outgoing/incoming numbers, fund/inventory/file/sheet "
        "numbers «л. 14–16 об.», phone code (not dates); unnamed director and archivist (not persons). Record-style inverted "
        "names «Абдыкаримов Мукаш» plus oblique «Мукашу», «Абдыкаримова Мукаша», «Касымхана»; instrumental «Сериком» and "
        "patronymic form «Серик Мукашевич» for the applicant's father; dative «Абдыкаримовой Гульназ Сериковне» and signature "
        "«Г. С. Абдыкаримова». Panfilov district is named after a person (place, not a person). Birth years «1931 г. р.» etc. "
        "1962 crossing = exit; «принят в гражданство СССР» -> Soviet Union. Second cousin Нурлан Жанатулы (grandson of Касымхан): "
        "camp in 2018 for phoning relatives in Kazakhstan (arbitrary arrest), «Через год» -> 2019 sentence, whereabouts not "
        "told (incommunicado). His mother «её саму не задерживали» (negated) but blood taken (biometric) and weekly political "
        "meetings (indoctrination). The father died in 2016 (death event, no custody)."
        " In 2019 an operation without her consent after which she cannot have children (forced sterilization).")
ORGS = ["«Государственный архив Алматинской области»", "«Паспортный стол Панфиловского РОВД»", "МИД Республики Казахстан"]
PERSONS = [
    P("p1", "Гульназ Абдыкаримова", ["Абдыкаримовой Гульназ Сериковне", "Г. С. Абдыкаримова"], ["witness", "relative"],
      gender="female", rel=[("granddaughter", "p2"), ("daughter", "p4")]),
    P("p2", "Мукаш Абдыкаримов", ["Абдыкаримов Мукаш", "Мукашу", "Абдыкаримова Мукаша"], ["relative"], gender="male",
      ethnicity="Kazakh", birth_year=1931, citizenship=["Soviet Union"],
      rel=[("grandfather", "p1"), ("husband", "p3"), ("father", "p4"), ("brother", "p5")]),
    P("p3", "Бибигуль", ["Бибигуль"], ["relative"], gender="female", birth_year=1935, rel=[("wife", "p2"), ("mother", "p4")]),
    P("p4", "Серик Мукашевич", ["Сериком", "Серик Мукашевич"], ["relative"], gender="male", birth_year=1958,
      rel=[("son", "p2"), ("son", "p3"), ("father", "p1")]),
    P("p5", "Касымхан Абдыкаримов", ["Абдыкаримов Касымхан", "Касымхана"], ["relative"], gender="male", birth_year=1934,
      rel=[("brother", "p2"), ("grandfather", "p6")]),
    P("p6", "Нурлан Жанатулы", ["Нурлан Жанатулы"], ["victim", "relative"], gender="male",
      rel=[("grandson", "p5"), ("son", "p7"), ("cousin", "p1")],
      viol=[("detention.internment_camp", "в 2018 году был помещён в лагерь в Кульдже"),
            ("detention.arbitrary_arrest", "за то, что звонил нам в Казахстан"),
            ("detention.prison_sentence", "Через год его осудили на десять лет"),
            ("detention.incommunicado", "где он сейчас, нам не говорят")]),
    P("p7", "Кулаш Нурахметова", ["Кулаш Нурахметова"], ["relative", "victim"], gender="female", rel=[("mother", "p6")],
      viol=[("medical.biometric_collection", "заставили сдать кровь"),
            ("indoctrination.political", "каждую неделю ходить на политические собрания в махалле"),
            ("reproductive.forced_sterilization", "в больнице ей без её согласия сделали операцию, после которой детей у неё больше не будет")]),
]
PLACES = [
    L("Yining County", ["Кульджинского уезда"]),
    L("Xinjiang", ["Синьцзян", "Синьцзяна"]),
    L("China", ["КНР"]),
    L("Soviet Union", ["СССР"]),
    L("Khorgos", ["Хоргос"]),
    L("Zharkent", ["Жаркент"]),
    L("Panfilov District", ["Панфиловского района"]),
    L("Yining", ["Кульдже"]),
    L("Kazakhstan", ["Казахстан"]),
    L("Taldykorgan", ["Талдыкорган"]),
]
DATES = [
    D("11.02.2020", "2020-02-11", "day"),
    D("15.01.2020", "2020-01-15", "day"),
    D("за [[1962 год]]", "1962", "year"),
    D("[[1931]] г. р.", "1931", "year"),
    D("14 мая 1962 года", "1962-05-14", "day"),
    D("[[1935]] г. р.", "1935", "year"),
    D("[[1958]] г. р.", "1958", "year"),
    D("1964 году", "1964", "year"),
    D("[[1934]] г. р.", "1934", "year"),
    D("2018 году", "2018", "year"),
    D("Через год", "2019", "year"),
    D("2016 году", "2016", "year"),
    D("2019 году", "2019", "year"),
    D("15 января 2020 года", "2020-01-15", "day"),
]
EVENTS = [
    ("exit", "p2", "1962-05-14"),
    ("exit", "p3", "1962-05-14"),
    ("exit", "p4", "1962-05-14"),
    ("detention", "p6", "2018"),
    ("sentencing", "p6", "2019"),
    ("death", "p4", "2016"),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "её саму не задерживали")]
FORBIDDEN = [("p4", "death.in_custody")]
