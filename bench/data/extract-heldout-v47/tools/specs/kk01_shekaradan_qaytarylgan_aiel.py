FILE = "kk01_shekaradan_qaytarylgan_aiel.txt"
LANG = "kk"
DATE = "2024-04-09"
NOTE = ("Kazakh Cyrillic first-person account of a woman deported from Kazakhstan to China, recorded in Almaty on 9 "
        "April 2024 (= document date) with the recorder's closing note. Narrator 'Бақытгүл Нұрланқызы' (born 1983 in "
        "Ghulja County, citizen of China): taken from home by Kazakh migration police 14 October 2019 and held ten days "
        "in a special reception centre (pretrial: held without trial; arrest and detention events; no arbitrary-arrest "
        "code: a court and a legal ground are told), deported at Khorgos 28 October 2019 (return event), phone "
        "inspected at the border post and WhatsApp found (surveillance.digital + surveillance.checkpoint), taken the "
        "same day with a hood to the 'оқу орталығы' (arbitrary arrest + camp; arrest and detention events 2019-10-28), "
        "flag-raising, anthem and written 'thoughts' (indoctrination), Kazakh forbidden (language ban), released June "
        "2020 (release) without her passport (passport confiscation), three years barred from leaving the village with "
        "weekly sign-in (house arrest), kept apart from husband and son in Zharkent (family separation), passport back "
        "March 2023 and crossed to Kazakhstan 17 May 2023 (exit event; 'сол жылғы' chains the year), 'Мені ешкім "
        "соттаған жоқ' (negated prison sentence). Husband 'Серік Әбенов' (citizen of Kazakhstan) and son 'Арман "
        "Серікұлы' are relatives. Brother 'Дархан Нұрланұлы' (accusative mention 'Дархан Нұрланұлын'): summoned twice and "
        "questioned about her relatives in Kazakhstan (family reprisal; interrogation event undated), 'Інімді ұстаған "
        "жоқ' (negated arbitrary arrest). Recorder 'Дана Серікбаева' is other. Durations (он күн, сегіз ай, үш жыл) and "
        "the son's age then (twelve) are not dates (no age field: it is his age at that time); the consulate is an organisation.")
ORGS = ["Қытай консулдығына"]
PERSONS = [
    P("p1", "Бақытгүл Нұрланқызы", ["Бақытгүл Нұрланқызы"], ["narrator", "victim", "witness"], gender="female",
      ethnicity=None, birth_year=1983, citizenship=["China"],
      rel=[("wife", "p2"), ("mother", "p3"), ("sister", "p4")],
      viol=[("detention.pretrial", "он күн арнаулы қабылдау орнында ұстады"),
            ("surveillance.digital", "екі полицей телефонымды тексеріп, ішінен WhatsApp-ты тапты"),
            ("surveillance.checkpoint", "Бекеттің өзінде екі полицей телефонымды тексеріп"),
            ("detention.arbitrary_arrest", "басыма қара қап кигізіп, мені Құлжа ауданындағы «оқу орталығына» апарды"),
            ("detention.internment_camp", "мені Құлжа ауданындағы «оқу орталығына» апарды. Онда сегіз ай болдым"),
            ("indoctrination.political", "Күн сайын таңертең ту көтеріп, әнұран айттық, кешке «ойымды» жазып тапсырдық"),
            ("culture.language_ban", "Қазақша сөйлеуге тыйым салынды"),
            ("movement.passport_confiscation", "паспортымды қайтармады"),
            ("detention.house_arrest", "Үш жыл бойы ауылдан шығуға рұқсат болмады, апта сайын ауыл әкімдігіне барып белгі қойып тұрдым"),
            ("family.separation", "Күйеуім мен ұлым Арман Серікұлы Жаркентте қалды, олармен тек бейнебайланыс арқылы сөйлестім")]),
    P("p2", "Серік Әбенов", ["Серік Әбенов"], ["relative"], gender="male", citizenship=["Kazakhstan"],
      rel=[("husband", "p1"), ("father", "p3")]),
    P("p3", "Арман Серікұлы", ["Арман Серікұлы"], ["relative"], gender="male",
      rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Дархан Нұрланұлы", ["Дархан Нұрланұлын"], ["relative", "victim"], gender="male",
      rel=[("brother", "p1")],
      viol=[("family.reprisal", "екі рет полицияға шақырып, менің Қазақстандағы туыстарым туралы, олардың не істейтіні туралы сұрапты")]),
    P("p5", "Дана Серікбаева", ["Дана Серікбаева"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы", "Алматыдағы"]),
    L("Ghulja County", ["Құлжа"]),
    L("China", ["Қытай", "Қытайға"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстандағы", "Қазақстанға"]),
    L("Zharkent", ["Жаркентте"]),
    L("Khorgos", ["Қорғас"]),
]
DATES = [
    D("2024 жылғы 9 сәуір", "2024-04-09", "day"),
    D("1983 жылы", "1983", "year"),
    D("2019 жылғы қыркүйекте", "2019-09", "month"),
    D("2019 жылғы 14 қазанда", "2019-10-14", "day"),
    D("2019 жылғы 28 қазанда", "2019-10-28", "day"),
    D("2020 жылғы маусымда", "2020-06", "month"),
    D("2023 жылғы наурызда", "2023-03", "month"),
    D("17 мамырда", "2023-05-17", "day"),
]
EVENTS = [
    ("arrest", "p1", "2019-10-14"),
    ("detention", "p1", "2019-10-14"),
    ("return", "p1", "2019-10-28"),
    ("arrest", "p1", "2019-10-28"),
    ("detention", "p1", "2019-10-28"),
    ("release", "p1", "2020-06"),
    ("exit", "p1", "2023-05-17"),
    ("interrogation", "p4", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Мені ешкім соттаған жоқ"),
           ("p4", "detention.arbitrary_arrest", "Інімді ұстаған жоқ")]
FORBIDDEN = []
