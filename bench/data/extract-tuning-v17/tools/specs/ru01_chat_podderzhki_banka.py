FILE = "ru01_chat_podderzhki_banka.txt"
LANG = "ru"
DATE = "2023-06-20"
NOTE = ("Kazakh bank's support-chat export in Russian: bank name, ticket number, '150 000 тенге', clock times, rating stars, "
        "'Золотая Корона', 'Система' are no persons/dates; every message stamp is a day date; 'вчера' and 'Позавчера' in "
        "messages of 20.06.2023 -> 2023-06-19 and 2023-06-18. Client header in surname-first order 'Тохтаров Мухтар "
        "Ильясович' and address 'Мухтар Ильясович' = narrator. Operator 'Айгерим' and 'Бекзат Н.' (speaker labels = "
        "mentions) = other. Sister Гульнара Тохтарова: called to the police 'last year' (2022) because of her brother's "
        "transfers, held two days at the station without sleep = interrogation + pretrial + sleep deprivation + family "
        "reprisal; 'Её не били' negated beating; the local officer Ма Цзюнь noting everyone who calls her = digital "
        "surveillance. Her husband Абдусалам Керимов: in custody since spring 2018, fifteen years for praying in a mosque = "
        "prison sentence + religious ban. An IUD fitted without her consent in 2018 = forced contraception (Гульнара). Father Ильяс Тохтаров: detained at the Khorgos border Dec 2017 = arbitrary arrest; "
        "released 'через полгода' -> 2018-06; passport never returned.")
ORGS = ["Жетысу Финанс Банк", "Золотая Корона"]
PERSONS = [
    P("p1", "Мухтар Тохтаров", ["Тохтаров Мухтар Ильясович", "Мухтар Ильясович"], ["narrator", "relative", "witness"],
      gender="male", rel=[("brother", "p3"), ("son", "p5")]),
    P("p2", "Айгерим", ["Айгерим"], ["other"], gender="female"),
    P("p3", "Гульнара Тохтарова", ["Гульнара Тохтарова"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1"), ("wife", "p4"), ("daughter", "p5")],
      viol=[("family.reprisal", "её саму вызывали в полицию из-за моих переводов"),
            ("detention.pretrial", "держали два дня в отделении в Кульдже"),
            ("torture.sleep_deprivation", "держали два дня в отделении в Кульдже, на стуле, без сна"),
            ("surveillance.digital", "снова переписал всех, кто ей звонит"),
            ("reproductive.forced_contraception", "ей в районной больнице без её согласия поставили спираль")]),
    P("p4", "Абдусалам Керимов", ["Абдусалам Керимов"], ["victim"], gender="male", rel=[("husband", "p3")],
      viol=[("detention.prison_sentence", "ему дали пятнадцать лет"),
            ("culture.religious_ban", "за то, что он молился в мечети")]),
    P("p5", "Ильяс Тохтаров", ["Ильяс Тохтаров"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "его задержали на границе в Хоргосе, когда он ехал к ней в гости"),
            ("movement.passport_confiscation", "паспорт не вернули до сих пор")]),
    P("p6", "Бекзат Н.", ["Бекзат Н."], ["other"], gender="male"),
    P("p7", "Ма Цзюнь", ["Ма Цзюнь"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("China", ["Китай"]),
    L("Yining", ["Кульджу", "Кульдже"]),
    L("Xinjiang", ["Синьцзян-Уйгурский автономный район"]),
    L("Khorgos", ["Хоргосе"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Shanghai", ["Шанхае"]),
    L("Zharkent", ["Жаркенте"]),
    L("Almaty", ["Алматы"]),
]
DATES = [D(("19.06.2023", k), "2023-06-19", "day") for k in range(8)] + \
        [D(("20.06.2023", k), "2023-06-20", "day") for k in range(4)] + [
    D("весны 2018 года", "2018", "year"),
    D("Ещё в [[2018 году]]", "2018", "year"),
    D("прошлом году", "2022", "year"),
    D("2017 году", "2017", "year"),
    D("декабре 2017-го", "2017-12", "month"),
    D("через полгода", "2018-06", "month"),
    D("перевод [[вчера]]", "2023-06-19", "day"),
    D("Позавчера", "2023-06-18", "day"),
]
EVENTS = [
    ("detention", "p4", "2018"),
    ("sentencing", "p4", None),
    ("interrogation", "p3", "2022"),
    ("detention", "p3", "2022"),
    ("arrest", "p5", "2017-12"),
    ("release", "p5", "2018-06"),
]
NEGATED = [("p3", "torture.beating", "Её не били")]
FORBIDDEN = []
