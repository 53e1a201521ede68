FILE = "kk01_taksi_koop_karta.txt"
LANG = "kk"
DATE = "2023-02-14"
NOTE = ("Zharkent taxi consumer co-operative's member record card (мүшенің есеп карточкасы: field block with the member as "
        "'МАРАТҰЛЫ БАТЫРХАН', family line 'Серікқызы Гүлнұр', 'Батырханұлы Әлихан', 'Маратұлы Нұржан', dated notes, general-meeting "
        "decision, chairman/secretary 'С. Омаров', 'Ә. Тұрсынбекова'), Kazakh Cyrillic, full gold. The co-operative's name is an "
        "organisation; the licence plate is not a date. Member forms: 'Батырханды' (acc.), 'Батырхан', 'М. Батырханның' (gen.); "
        "brother 'Нұржан', 'Нұржанға'; wife 'Гүлнұр', 'Гүлнұрға'; son 'Әлихан', 'Әлиханмен'. Went to his mother's funeral in "
        "Ghulja on 12.03.2019 (return); taken from home at night by police = arbitrary arrest (arrest + detention 2019: the day "
        "is unknown, between 12 March and 4 April), passport taken = passport confiscation, nobody says where = incommunicado; "
        "'«кәсіптік оқыту орталығы» деп аталатын лагерь' = internment camp; a neighbour released from the centre: half a bowl "
        "of gruel once a day = food deprivation, not let to sleep = sleep deprivation; beating hedged ('білмейміз'): neither. "
        "Released 2021-10, passport not returned, not allowed back to Kazakhstan = family separation (wife and son in "
        "Zharkent); weekly signing at the neighbourhood committee and a supervised five-minute video call are not coded. Call "
        "from a Chinese number to the brother asking for a list of Kazakhs = transnational harassment; 'оған ешкім қоңырау "
        "шалып қорқытқан жоқ' = wife's transnational harassment negated. 'Өткен жылдың күзінде' -> 2022, 'Осы айдың басында' "
        "-> 2023-02; 'екі аптадан кейін', 'бес минут' not annotated.")
ORGS = ["«ЖАРКЕНТ-ЖОЛ» ТАКСИ ТҰТЫНУ КООПЕРАТИВІ"]
PERSONS = [
    P("p1", "Батырхан Маратұлы", ["МАРАТҰЛЫ БАТЫРХАН", "Батырханды", "Батырхан", "М. Батырханның"], ["victim", "relative"],
      gender="male", birth_year=1984, rel=[("husband", "p2"), ("brother", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "Батырханды Құлжада үйінен түнде полиция алып кетіпті"),
            ("movement.passport_confiscation", "төлқұжатын да алып қойған"),
            ("detention.incommunicado", "Қай жерде отырғанын ешкім айтпайды"),
            ("detention.internment_camp", "«кәсіптік оқыту орталығы» деп аталатын лагерьге қамаған"),
            ("ill_treatment.food_deprivation", "күніне бір рет жарты тостаған көже береді екен"),
            ("torture.sleep_deprivation", "түнде шамды сөндірмейді, ұйықтатпайды"),
            ("family.separation", "төлқұжатын қайтармаған, Қазақстанға қайтуға рұқсат жоқ")]),
    P("p2", "Гүлнұр Серікқызы", ["Серікқызы Гүлнұр", "Гүлнұр", "Гүлнұрға"], ["relative", "witness"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4")]),
    P("p3", "Нұржан Маратұлы", ["Маратұлы Нұржан", "Нұржан", "Нұржанға"], ["relative", "victim"], gender="male",
      rel=[("brother", "p1")],
      viol=[("transnational.harassment", "Нұржанға қытай нөмірінен хабарласып, «ағаңның жағдайы сенің тыныштығыңа байланысты» деп, кооперативтегі қазақтардың тізімін сұрады")]),
    P("p4", "Әлихан Батырханұлы", ["Батырханұлы Әлихан", "Әлиханмен", "Әлихан"], ["relative"], gender="male",
      birth_year=2010, age=12, rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "С. Омаров", ["С. Омаров"], ["other"], gender="male"),
    P("p6", "Ә. Тұрсынбекова", ["Ә. Тұрсынбекова"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркенттегі"]),
    L("Ghulja", ["Құлжаға", "Құлжада", "Құлжадағы"]),
    L("Kazakhstan", ["Қазақстанға"]),
    L("China", ["Қытайға"]),
]
DATES = [
    D("Туған жылы: [[1984]]", "1984", "year"),
    D("2010", "2010", "year"),
    D("05.06.2016", "2016-06-05", "day"),
    D("12.03.2019", "2019-03-12", "day"),
    D("04.04.2019", "2019-04-04", "day"),
    D("2019 жылдың маусымында", "2019-06", "month"),
    D("20.01.2020", "2020-01-20", "day"),
    D("2021 жылдың қазанында", "2021-10", "month"),
    D("Өткен жылдың күзінде", "2022", "year"),
    D("Осы айдың басында", "2023-02", "month"),
    D("14.02.2023", "2023-02-14", "day"),
]
EVENTS = [
    ("return", "p1", "2019-03-12"),
    ("arrest", "p1", "2019"),
    ("detention", "p1", "2019"),
    ("release", "p1", "2021-10"),
]
NEGATED = [("p2", "transnational.harassment", "оған ешкім қоңырау шалып қорқытқан жоқ")]
FORBIDDEN = []
