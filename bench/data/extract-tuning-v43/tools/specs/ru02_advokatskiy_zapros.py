FILE = "ru02_advokatskiy_zapros.txt"
LANG = "ru"
DATE = "2020-12-15"
NOTE = ("Bishkek advocate's formal inquiry (адвокатский запрос) to Kyrgyzstan's border service about a client's husband "
        "(letterhead, outgoing number, addressee, legal basis, circumstances, numbered questions, signature). Names in "
        "'SURNAME Given Patronymic' order and case forms: dative 'Мамбетовой Жылдыз Усеновне', 'Абдыкаров Талант "
        "Жумабекович' / 'Абдыкарова' / 'Абдыкаров' / 'Абдыкаров Т. Ж.', brother 'Усенов Нурлан' (surname from the father "
        "Усен, as the client's patronymic), genitive 'Ли Цзюня' (consul = official), advocate = other. Street 'ул. "
        "Токтогула' is an address. Husband: trip to Kashgar = return event (convention); held by police in a hotel, sent "
        "to 'школу' = arbitrary arrest + camp; no contact and place unknown = incommunicado + enforced disappearance (gold "
        "rule 2); released detainee's account: handcuffs while eating = shackling, punished for speaking Kyrgyz = language "
        "ban. The Chinese side's 'не задерживался' is a state denial, no negation. The brother's four hours with Kyrgyz "
        "border guards over cargo papers = forbidden arbitrary arrest (ordinary act of the country of residence). Date "
        "spans drop «г.»; '2019 году' keeps its case word; 'по настоящее время' is not a date.")
ORGS = ["Государственного комитета национальной безопасности Кыргызской Республики",
        "Закона Кыргызской Республики «Об адвокатуре и адвокатской деятельности»", "Генерального консульства КНР"]
PERSONS = [
    P("p1", "Жылдыз Усеновна Мамбетова", ["Мамбетовой Жылдыз Усеновне"], ["relative"], gender="female", birth_year=1981,
      rel=[("wife", "p2"), ("sister", "p3")]),
    P("p2", "Талант Жумабекович Абдыкаров", ["Абдыкаров Талант Жумабекович", "Абдыкарова", "Абдыкаров", "Абдыкаров Т. Ж."],
      ["victim"], gender="male", birth_year=1978, rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "он был задержан сотрудниками полиции в гостинице в Кашгаре"),
            ("detention.internment_camp", "его отправили в «школу»"),
            ("detention.incommunicado", "связь с ним отсутствует"),
            ("disappearance.enforced", "где он содержится, семье неизвестно"),
            ("detention.shackling", "задержанных держали в наручниках даже во время еды"),
            ("culture.language_ban", "за разговор на кыргызском языке наказывали")]),
    P("p3", "Нурлан Усенов", ["Усенов Нурлан"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p4", "Ли Цзюнь", ["Ли Цзюня"], ["official"], gender="male"),
    P("p5", "Бермет Токтогуловна Асанова", ["Асанова Бермет Токтогуловна", "Б. Т. Асанова"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Tokmok", ["Токмок"]),
    L("Kyrgyzstan", ["Кыргызской Республики"]),
    L("Torugart", ["Торугарт"]),
    L("Kashgar", ["Кашгар", "Кашгаре"]),
    L("At-Bashy", ["Ат-Башы"]),
    L("China", ["КНР"]),
    L("Osh", ["Оше"]),
]
DATES = [
    D("15.12.2020", "2020-12-15", "day"),
    D("1981", "1981", "year"),
    D("2 декабря 2020", "2020-12-02", "day"),
    D("1978", "1978", "year"),
    D("11 апреля 2018", "2018-04-11", "day"),
    D("14 апреля 2018", "2018-04-14", "day"),
    D("мая 2018", "2018-05", "month"),
    D(("2019 году", 0), "2019", "year"),
    D(("2019 году", 1), "2019", "year"),
    D("марте 2020", "2020-03", "month"),
    D("11.04.2018", "2018-04-11", "day"),
]
EVENTS = [
    ("return", "p2", "2018-04-11"),
    ("arrest", "p2", "2018-04-14"),
    ("detention", "p2", "2018-04-14"),
    ("disappearance", "p2", "2018-05"),
]
NEGATED = []
FORBIDDEN = [("p3", "detention.arbitrary_arrest")]
