FILE = "ru01_svidetelstvo_vyzhivshego.txt"
LANG = "ru"
DATE = "2024-08-15"
NOTE = ("Survivor's written testimony (свидетельство) taken by a Bishkek foundation: 'Я, Токтосун Жээнбек уулу, 1968 "
        "года рождения, кыргыз', Kyrgyz citizen since 2021 ('Кыргызской Республики' is a place mention), numbered "
        "paragraphs, signature 'Т. Жээнбек уулу'. Narrator: May 2018 taken 'на учёбу' with no court decision (arbitrary "
        "arrest + camp), twelve in a room for eight (overcrowding), blood, face and voice taken (biometric collection), "
        "party song and thanks (indoctrination), 'Меня не били' (negated beating), shackled on the way to hospital in "
        "'ноябре' (2018-11), released 'весной 2019 года', exit 'Осенью того же года' -> 2019. Cellmate Абдурешит Касым: "
        "ten days alone in the карцер for namaz (solitary + religious ban); his later fate unknown to the narrator (not "
        "a disappearance). Son Нурбек: factory he cannot leave (forced labour), home twice a year (family separation). "
        "Wife Гульнара: 'не забирали' (negated arbitrary arrest) but made to report what he writes from abroad (family "
        "reprisal). Brother 'Мамбета Жээнбека' (accusative): questioned 'В прошлом месяце' -> 2024-07 about his "
        "interviews (interrogation + family reprisal). 'Жээнбек' is the father's name shared by both brothers. "
        "'Артушского района' is an adjective; 'полиция Артуша' is treated as an organisation; the song title is not a "
        "place mention.")
ORGS = ["«Тянь-Шань Мемориал»", "«Без компартии не было бы нового Китая»", "полиция Артуша"]
PERSONS = [
    P("p1", "Токтосун Жээнбек уулу", ["Токтосун Жээнбек уулу", "Т. Жээнбек уулу"], ["narrator", "victim", "witness"],
      gender="male", ethnicity="Kyrgyz", birth_year=1968, citizenship=["Kyrgyzstan"],
      rel=[("father", "p3"), ("husband", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "Никакого решения суда мне не показали"),
            ("detention.internment_camp", "Меня привезли в лагерь на окраине Артуша"),
            ("detention.overcrowding", "В комнате на восемь коек нас держали по двенадцать человек"),
            ("medical.biometric_collection", "у меня взяли кровь, сфотографировали лицо со всех сторон и записали голос"),
            ("indoctrination.political", "нас заставляли петь"),
            ("detention.shackling", "на руках и ногах были кандалы")]),
    P("p2", "Абдурешит Касым", ["Абдурешит Касым"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "Рядом со мной спал Абдурешит Касым"),
            ("culture.religious_ban", "Его застали за намазом"),
            ("detention.solitary_confinement", "на десять дней посадили в карцер одного")]),
    P("p3", "Нурбек", ["Нурбека"], ["victim"], gender="male", rel=[("son", "p1")],
      viol=[("labour.forced_labour", "отправили с «бригадой» на текстильную фабрику в Кашгаре. Уйти оттуда он не может"),
            ("family.separation", "домой его отпускают раз в полгода")]),
    P("p4", "Гульнара", ["Гульнару"], ["relative", "victim"], gender="female", rel=[("wife", "p1")],
      viol=[("family.reprisal", "её заставляли каждую неделю ходить на собрания и рассказывать, о чём я пишу из-за границы")]),
    P("p5", "Мамбет Жээнбек", ["Мамбета Жээнбека"], ["relative", "victim"], gender="male", rel=[("brother", "p1")],
      viol=[("family.reprisal", "вызвала моего брата Мамбета Жээнбека и три часа расспрашивала его о моих интервью")]),
    P("p6", "Ма Лян", ["Ма Лян"], ["official", "perpetrator"], gender="male"),
    P("p7", "Айзада Бекова", ["Айзада Бекова"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Azak", ["Азак", "Азаке"]),
    L("Kyrgyzstan", ["Кыргызской Республики", "Кыргызстан"]),
    L("Artux", ["Артуша"]),
    L("Kashgar", ["Кашгара", "Кашгаре"]),
]
DATES = [
    D("15 августа 2024", "2024-08-15", "day"),
    D("1968 года", "1968", "year"),
    D("2021 года", "2021", "year"),
    D("мае 2018 года", "2018-05", "month"),
    D("тот год", "2018", "year"),
    D("ноябре", "2018-11", "month"),
    D("весной 2019 года", "2019", "year"),
    D("Осенью того же года", "2019", "year"),
    D("2019 году", "2019", "year"),
    D("прошлом месяце", "2024-07", "month"),
]
EVENTS = [
    ("arrest", "p1", "2018-05"),
    ("detention", "p1", "2018-05"),
    ("release", "p1", "2019"),
    ("exit", "p1", "2019"),
    ("detention", "p2", None),
    ("interrogation", "p5", "2024-07"),
]
NEGATED = [("p1", "torture.beating", "Меня не били"),
           ("p4", "detention.arbitrary_arrest", "Жену мою, Гульнару, не забирали")]
FORBIDDEN = []
