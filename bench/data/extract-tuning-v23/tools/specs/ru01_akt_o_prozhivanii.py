FILE = "ru01_akt_o_prozhivanii.txt"
LANG = "ru"
DATE = "2020-06-30"
NOTE = ("Neighbours' certificate of residence/absence (акт о фактическом проживании), Taldykorgan: numbered list of "
        "signatories (surname-first, with flat numbers), body, signature lines with initials. House, flat and checkpoint "
        "numbers are not dates; 'ул. Жансугурова' (a street named after a person) is not a person. First-person plural 'Мы, "
        "нижеподписавшиеся' and subjectless 'Подтверждаем'; subjectless third-person-plural acts: 'его задержали, отобрали "
        "паспорт', 'сняли отпечатки пальцев и взяли кровь', 'расспрашивали', 'Говорят'. The three neighbours (full name in the "
        "list, initials at the signature) are role other. Resident in capitals 'ЖАКЫПОВА БАЛНУР ТАЛГАТОВНА', then 'Балнур' "
        "(undeclined genitive 'Со слов Балнур', 'у Балнур'), signature 'Жакыпова Б. Т.'; son in the instrumental 'Асылханом'. "
        "'гражданин КНР' -> citizenship China, КНР a place mention. Birth years '1988 г. р.' etc. -> year dates without 'г. "
        "р.'; '30 июня 2020' without 'г.'. Chained: '2 октября' takes 2018 from 'в сентябре 2018 года'; 'Через месяц' -> "
        "2018-11; 'в прошлом году' -> 2019 (act date). Husband: stopped at the Khorgos checkpoint (arbitrary arrest), passport "
        "taken, camp ('учебном центре'), no letters or calls since (incommunicado); 'Говорят, что его перевели в тюрьму в "
        "Урумчи, но никаких документов' is hearsay: no transfer/sentencing event, no code, nothing forbidden. Resident: "
        "fingerprints and blood taken (biometric collection), questioned three hours (interrogation event); 'Её не "
        "задерживали' = negated arbitrary arrest beside those acts. Phone taken is not coded.")
ORGS = []
PERSONS = [
    P("p1", "Балнур Талгатовна Жакыпова", ["ЖАКЫПОВА БАЛНУР ТАЛГАТОВНА", "Балнур", "Жакыпова Б. Т."],
      ["relative", "victim", "witness"], gender="female", birth_year=1988,
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")],
      viol=[("medical.biometric_collection", "сняли отпечатки пальцев и взяли кровь")]),
    P("p2", "Нурболат Серикович Жакыпов", ["Жакыпов Нурболат Серикович", "Нурболат"], ["victim", "relative"],
      gender="male", birth_year=1985, citizenship=["China"], rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "на КПП «Хоргос» его задержали"),
            ("movement.passport_confiscation", "отобрали паспорт"),
            ("detention.internment_camp", "находится в «учебном центре»"),
            ("detention.incommunicado", "С тех пор о нём ничего не известно: ни писем, ни звонков")]),
    P("p3", "Асылхан", ["Асылханом"], ["relative"], gender="male", birth_year=2010, rel=[("son", "p1")]),
    P("p4", "Айсулу", ["Айсулу"], ["relative"], gender="female", birth_year=2014, rel=[("daughter", "p1")]),
    P("p5", "Олег Викторович Ким", ["Ким Олег Викторович", "Ким О. В."], ["other"], gender="male"),
    P("p6", "Гульнара Маратовна Сейткали", ["Сейткали Гульнара Маратовна", "Сейткали Г. М."], ["other"], gender="female"),
    P("p7", "Ерлан Кайратович Абенов", ["Абенов Ерлан Кайратович", "Абенов Е. К."], ["other"], gender="male"),
]
PLACES = [
    L("Taldykorgan", ["Талдыкорган"]),
    L("Ghulja", ["Кульджи", "Кульджу"]),
    L("Khorgos", ["Хоргос"]),
    L("Urumqi", ["Урумчи"]),
    L("China", ["КНР", "Китай"]),
    L("Kazakhstan", ["Казахстане"]),
]
DATES = [
    D("30 июня 2020", "2020-06-30", "day"),
    D("2015 года", "2015", "year"),
    D("1988", "1988", "year"),
    D("2010", "2010", "year"),
    D("2014", "2014", "year"),
    D("1985", "1985", "year"),
    D("сентября 2018 года", "2018-09", "month"),
    D("сентябре 2018 года", "2018-09", "month"),
    D("2 октября", "2018-10-02", "day"),
    D("Через месяц", "2018-11", "month"),
    D("прошлом году", "2019", "year"),
]
EVENTS = [("arrest", "p2", "2018-10-02"), ("detention", "p2", "2018"), ("interrogation", "p1", "2019")]
NEGATED = [("p1", "detention.arbitrary_arrest", "Её не задерживали")]
FORBIDDEN = []
