FILE = "ru01_stranitsa_video.txt"
LANG = "ru"
DATE = "2022-03-05"
NOTE = ("Video-hosting page copied as text: channel line with subscriber count, title with the author's Kyrgyz name (Жылдыз "
        "Асанбек кызы, a mention), views, upload date, buttons, description, chapter timestamps ('00:00', '03:12': not "
        "dates; chapter titles 'Кто такой Турдакун' is a mention, 'Апрель 2018 года' a date), hashtags '#Синьцзян', "
        "'#Кыргызстан' (place mentions), comments by handles (not persons) with date stamps. The uncle is named in "
        "oblique cases only or in chapter/comment forms: «Турдакуне Мамыт уулу», «Турдакун», «Турдакуном-акой», «Турдакуна "
        "Мамыт уулу». Mother Бурул Мамыт кызы is his sister (both <- Мамыт). Uncle: taken from the pasture because of "
        "WhatsApp on his phone (arbitrary arrest + digital surveillance), camp near Artux (songs, Chinese lessons), a week "
        "in solitary for praying, transfer to a Kashgar prison October 2019, twelve-year sentence though no family member "
        "saw a trial. 'говорил он по-китайски, под диктовку' on the one call is not coded. Wife Гулайым confined to the "
        "village since 2019 (house arrest). Calls to the mother from a Chinese number = transnational harassment; 'Меня лично "
        "никто не трогал и мне никто не угрожал' = negated for the author. 'Прошлой осенью' -> 2021. Commenter's father "
        "Айбек Токторов, in the same camp, released '2019-м'. 'Мой брат тоже там' (unnamed) is not a person.")
ORGS = ["ДОРОГА ДОМОЙ"]
PERSONS = [
    P("p1", "Жылдыз Асанбек кызы", ["Жылдыз Асанбек кызы", "Жылдыз"], ["narrator", "relative"], gender="female",
      ethnicity="Kyrgyz", age=27, rel=[("daughter", "p3"), ("niece", "p2")]),
    P("p2", "Турдакун Мамыт уулу", ["Турдакуне Мамыт уулу", "Турдакун", "Турдакуном", "Турдакуна Мамыт уулу"], ["victim"],
      gender="male", ethnicity="Kyrgyz", rel=[("brother", "p3"), ("uncle", "p1"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "его забрали прямо с пастбища за то, что у него в телефоне нашли WhatsApp"),
            ("surveillance.digital", "у него в телефоне нашли WhatsApp"),
            ("detention.internment_camp", "его держали в лагере под Артышем"),
            ("indoctrination.political", "заставляли учить китайский и петь гимн"),
            ("culture.religious_ban", "когда застали за намазом"),
            ("detention.solitary_confinement", "неделю продержали в одиночной камере"),
            ("detention.prison_sentence", "Приговор — двенадцать лет")]),
    P("p3", "Бурул Мамыт кызы", ["Бурул Мамыт кызы"], ["relative", "victim"], gender="female", ethnicity="Kyrgyz",
      rel=[("mother", "p1"), ("sister", "p2")],
      viol=[("transnational.harassment", "ей стали звонить с китайского номера и требовать, чтобы она «перестала позорить брата»")]),
    P("p4", "Гулайым", ["Гулайым"], ["relative", "victim"], gender="female", rel=[("wife", "p2")],
      viol=[("detention.house_arrest", "не может выйти из села без разрешения")]),
    P("p5", "Айбек Токторов", ["Айбек Токторов"], ["victim", "witness"], gender="male",
      viol=[("detention.internment_camp", "сидел вместе с Турдакуном-акой в лагере под Артышем")]),
]
PLACES = [
    L("Akto County", ["Акто"]),
    L("Kizilsu Kyrgyz Autonomous Prefecture", ["Кызылсу-Киргизского автономного округа"]),
    L("Bishkek", ["Бишкеке"]),
    L("Artux", ["Артышем"]),
    L("Kashgar", ["Кашгаре"]),
    L("Naryn", ["Нарыне"]),
    L("Xinjiang", ["Синьцзян"]),
    L("Kyrgyzstan", ["Кыргызстан"]),
]
DATES = [
    D(("5 мар. 2022 г.", 0), "2022-03-05", "day"),
    D(("5 мар. 2022 г.", 1), "2022-03-05", "day"),
    D(("5 мар. 2022 г.", 2), "2022-03-05", "day"),
    D(("5 мар. 2022 г.", 3), "2022-03-05", "day"),
    D("апреле 2018 года", "2018-04", "month"),
    D("октябре 2019 года", "2019-10", "month"),
    D("Прошлой осенью", "2021", "year"),
    D("Гулайым с [[2019 года]]", "2019", "year"),
    D("кызы, с [[2019 года]]", "2019", "year"),
    D("Апрель 2018 года", "2018-04", "month"),
    D("2019-м", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", None),
    ("transfer", "p2", "2019-10"),
    ("sentencing", "p2", None),
    ("release", "p5", "2019"),
]
NEGATED = [("p1", "transnational.harassment", "Меня лично никто не трогал и мне никто не угрожал")]
FORBIDDEN = []
