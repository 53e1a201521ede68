FILE = "ru01_otchet_pokhod.txt"
LANG = "ru"
DATE = "2023-08-20"
NOTE = ("Hiking club's trip report (отчёт о походе): header with route, dates, leader and participants, numbered sections, "
        "leader's signature 'В. Ким' (mention). Named leader (narrator + other) and participants (other) are persons; the "
        "club name is an organisation. Range «12–15 августа 2023 г.» gives two dates; «На второй день» -> 13 August; clock "
        "time and «первые два месяца» are no dates. Kazakh naming: Санжар Мейрамулы <- «Мейрама Толеубая» (genitive; "
        "bare «Мейрама»); wife in the accusative «Назгуль Аскарову». Мунгулкуре = Чжаосу; «Или-Казахский автономный "
        "округ» is a place. Father taken to a camp in December 2018 (straight there: arrest + detention) because the son "
        "lives in Kazakhstan = arbitrary arrest + family reprisal, and harassment of the son abroad; red songs and Chinese "
        "lessons = indoctrination (no language-ban claim); shackles for two months = shackling; passport not returned. "
        "'весной 2020 года' -> 2020. The wife 'никто не тронул' (negated); her return 'через неделю' after December 2018 may "
        "cross a year: not annotated, exit event without date. «Говорят» about a closed mosque = rumour. Citizenship "
        "received in 2021 -> Kazakhstan.")
ORGS = ["ТУРИСТСКИЙ КЛУБ «ЖЕТЫСУ-ТРЕК»"]
PERSONS = [
    P("p1", "Санжар Мейрамулы", ["Санжар Мейрамулы", "Санжар", "Санжара"], ["witness", "relative", "victim"], gender="male",
      age=34, citizenship=["Kazakhstan"], rel=[("son", "p2"), ("husband", "p3")],
      viol=[("transnational.harassment", "В полиции отцу прямо сказали, что причина — сын в Казахстане")]),
    P("p2", "Мейрам Толеубай", ["Мейрама Толеубая", "Мейрама"], ["victim", "relative"], gender="male",
      rel=[("father", "p1")],
      viol=[("detention.internment_camp", "увезли в лагерь на окраине Чжаосу"),
            ("detention.arbitrary_arrest", "причина — сын в Казахстане"),
            ("family.reprisal", "В полиции отцу прямо сказали, что причина — сын в Казахстане"),
            ("indoctrination.political", "заставляли каждое утро петь «красные песни» и учить китайский"),
            ("detention.shackling", "первые два месяца он ходил в кандалах даже на занятиях"),
            ("movement.passport_confiscation", "паспорт так и не вернули")]),
    P("p3", "Назгуль Аскарова", ["Назгуль Аскарову"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Виктория Ким", ["Виктория Ким", "В. Ким"], ["narrator", "other"], gender="female"),
    P("p5", "Ольга Шевцова", ["Ольга Шевцова"], ["other"], gender="female"),
    P("p6", "Айбек Жумагулов", ["Айбек Жумагулов"], ["other"], gender="male"),
    P("p7", "Дамир Нуртаев", ["Дамир Нуртаев", "Дамир"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Narynkol", ["Нарынкол", "Нарынкола"]),
    L("Bayankol valley", ["Баянкол"]),
    L("Mongghulküre County (Zhaosu)", ["Мунгулкуре", "Чжаосу"]),
    L("Ili Kazakh Autonomous Prefecture", ["Или-Казахский автономный округ"]),
    L("Kazakhstan", ["Казахстан", "Казахстане"]),
    L("Tekes", ["Текесе"]),
]
DATES = [
    D("[[12]]–15 августа", "2023-08-12", "day"),
    D("15 августа 2023", "2023-08-15", "day"),
    D("20 августа 2023", "2023-08-20", "day"),
    D("Нарынкола [[12 августа]]", "2023-08-12", "day"),
    D("На второй день", "2023-08-13", "day"),
    D("2017 году", "2017", "year"),
    D("2021 году", "2021", "year"),
    D("декабре 2018 года", "2018-12", "month"),
    D("весной 2020 года", "2020", "year"),
]
EVENTS = [
    ("exit", "p1", "2017"),
    ("arrest", "p2", "2018-12"),
    ("detention", "p2", "2018-12"),
    ("release", "p2", "2020"),
    ("exit", "p3", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "никто не тронул")]
FORBIDDEN = []
