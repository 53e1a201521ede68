FILE = "ru02_protokol_oprosa.txt"
LANG = "ru"
DATE = "2021-03-04"
NOTE = ("Interview record (протокол опроса) of a Kazakhstan legal-aid foundation: number '№ 7/21' is no date; the "
        "interviewing lawyer is unnamed; the foundation's name contains a toponym (organisation, not a place); passport-order "
        "name in capitals «ТОКТАРБЕК Нургиса» vs the signature «Нургиса Токтарбек» (both mentions); numeric birth date "
        "05.09.1968. Kazakh patronymics: the son «Ерасылу Нургисаулы» (dative) <- Нургиса; oblique «Жаксылыка Оралова». "
        "«Гражданство: КНР» -> China (a residence permit gives none); the wife «гражданка Казахстана». Explicit denials "
        "«Меня нет» (beating) and «Уколов мне не делали, таблеток не давали» next to a cellmate beaten; the cellmate's death "
        "is hearsay («я этого не видел»: not gold). 'Through 11 days' -> 2017-06-30; «В прошлом году» -> 2020. «округ Хами» "
        "(prefecture) vs bare «Хами» (city). Iron chair until morning = tiger chair; night questioning alone is not coded "
        "as sleep deprivation.")
ORGS = ["«Семиречье — правовая помощь»"]
PERSONS = [
    P("p1", "Нургиса Токтарбек", ["ТОКТАРБЕК Нургиса", "Нургиса Токтарбек"], ["narrator", "victim", "witness"],
      gender="male", birth_year=1968, citizenship=["China"], rel=[("husband", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "Никаких бумаг не показали"),
            ("detention.pretrial", "Сначала в изоляторе уезда"),
            ("torture.tiger_chair", "пристёгивали к железному стулу до утра"),
            ("detention.internment_camp", "Через 11 дней перевели в лагерь в Хами"),
            ("detention.overcrowding", "В комнате на восемь коек нас было двадцать два человека"),
            ("culture.language_ban", "Говорить по-казахски запрещали"),
            ("ill_treatment.food_deprivation", "за казахское слово лишали ужина"),
            ("medical.biometric_collection", "у всех брали кровь, фотографировали лицо со всех сторон, у меня ещё записали голос"),
            ("detention.incommunicado", "Жене, Гульнар Ахметкызы, никто ничего не сообщал почти год"),
            ("disappearance.enforced", "Жене, Гульнар Ахметкызы, никто ничего не сообщал почти год"),
            ("labour.forced_labour", "полгода шил спецовки на фабрике в Хами, денег не платили")]),
    P("p2", "Чжоу Бинь", ["Чжоу Бинь"], ["official", "perpetrator"], gender="male"),
    P("p3", "Жаксылык Оралов", ["Жаксылыка Оралова", "Жаксылык"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "А соседа по комнате, Жаксылыка Оралова"),
            ("torture.beating", "били резиновой дубинкой по спине"),
            ("indoctrination.political", "потому что он не мог выучить гимн")]),
    P("p4", "Гульнар Ахметкызы", ["Гульнар Ахметкызы"], ["relative"], gender="female", citizenship=["Kazakhstan"],
      rel=[("wife", "p1"), ("mother", "p5")]),
    P("p5", "Ерасыл Нургисаулы", ["Ерасылу Нургисаулы", "Ерасыл"], ["relative", "victim"], gender="male",
      rel=[("son", "p1"), ("son", "p4")],
      viol=[("transnational.harassment", "полицейский из Баркёля несколько раз звонил моему сыну")]),
]
PLACES = [
    L("Almaty", ["г. Алматы", "Алматы"]),
    L("China", ["КНР"]),
    L("Kazakhstan", ["Казахстане", "Казахстана", "Казахстан"]),
    L("Barköl Kazakh Autonomous County", ["Баркольский казахский автономный уезд", "Баликунь", "Баркёле", "Баркёля"]),
    L("Hami Prefecture", ["округ Хами"]),
    L("Hami", ["Хами"]),
    L("Talgar", ["Талгаре"]),
]
DATES = [
    D("4 марта 2021 г.", "2021-03-04", "day"),
    D("05.09.1968", "1968-09-05", "day"),
    D("19 июня 2017 года", "2017-06-19", "day"),
    D("Через 11 дней", "2017-06-30", "day"),
    D("2020-м", "2020", "year"),
    D("январе 2019 года", "2019-01", "month"),
    D("2 октября 2019 года", "2019-10-02", "day"),
    D("прошлом году", "2020", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-06-19"),
    ("detention", "p1", "2017-06-19"),
    ("interrogation", "p1", "2017-06"),
    ("transfer", "p1", "2017-06-30"),
    ("disappearance", "p1", "2017-06-19"),
    ("release", "p1", "2019-01"),
    ("exit", "p1", "2019-10-02"),
]
NEGATED = [("p1", "torture.beating", "Меня нет"),
           ("p1", "medical.forced_medication", "Уколов мне не делали, таблеток не давали")]
FORBIDDEN = [("p4", "detention.arbitrary_arrest"), ("p5", "family.reprisal")]
