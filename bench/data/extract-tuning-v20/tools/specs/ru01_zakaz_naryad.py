FILE = "ru01_zakaz_naryad.txt"
LANG = "ru"
DATE = "2023-10-05"
NOTE = ("Almaty car-service work order (заказ-наряд) with the client's account 'со слов клиента'. 'ТОО «Автоцентр "
        "Береке-Алматы»' is an org (no place mention inside); the street 'ул. Райымбека' is not a person; phone, order number "
        "'А-1147', plate '512 ABK 05', mileage, prices, '75 А·ч', '1 000 км' are not dates. '2008 г. в.' (car year) and '1951 г. "
        "р.' are year dates. The client in form order 'Касымов Ерлан Бауыржанович', as 'Ерлан Бауыржанович' and in the "
        "signature 'Касымов Е. Б.'; his father (patronymic source) in the dative 'Касымову Бауыржану'. 'гражданин Республики "
        "Казахстан' -> Kazakhstan. Master 'Д. Ахметов' (label and signature) is a person with role other. Oblique places: "
        "'Хоргосом', 'Кульджу', 'Кульдже', 'Чапчале'. 'на следующий день' after April 2022 may cross a month -> year 2022; 'через "
        "месяц' after May 2023 -> 2023-06. Phone taken and messages read at the border = digital surveillance; camera in the "
        "room = checkpoint surveillance; Chinese and the anthem = indoctrination; blood and voice taken = biometric collection; Kazakh forbidden in the room = language ban; passport returned a month after release = "
        "passport confiscation; 'его не били' negated. Father not let out of his house without the neighbourhood committee's "
        "permission = house arrest.")
ORGS = ["Автоцентр Береке-Алматы"]
PERSONS = [
    P("p1", "Ерлан Бауыржанович Касымов", ["Касымов Ерлан Бауыржанович", "Ерлан Бауыржанович", "Касымов Е. Б."],
      ["victim", "relative"], gender="male", citizenship=["Kazakhstan"], rel=[("son", "p2")],
      viol=[("surveillance.digital", "на границе у него забрали телефон и просмотрели переписку"),
            ("detention.arbitrary_arrest", "его самого увезли в «учебный центр» в Чапчале"),
            ("detention.internment_camp", "«учебный центр» в Чапчале"),
            ("surveillance.checkpoint", "держали в комнате с камерой под потолком"),
            ("indoctrination.political", "заставляли учить китайский язык и каждое утро петь гимн"),
            ("medical.biometric_collection", "у него взяли кровь и записали голос"),
            ("culture.language_ban", "говорить по-казахски в комнате запрещали"),
            ("movement.passport_confiscation", "паспорт вернули только через месяц")]),
    P("p2", "Бауыржан Касымов", ["Касымову Бауыржану"], ["victim", "relative"], gender="male", birth_year=1951,
      rel=[("father", "p1")],
      viol=[("detention.house_arrest", "из дома его не выпускают без разрешения соседского комитета")]),
    P("p3", "Д. Ахметов", ["Д. Ахметов"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Khorgos", ["Хоргосом"]),
    L("Ghulja", ["Кульджу", "Кульдже"]),
    L("Qapqal", ["Чапчале"]),
]
DATES = [
    D("05.10.2023", "2023-10-05", "day"),
    D("2008", "2008", "year"),
    D("апреле 2022 года", "2022-04", "month"),
    D("следующий день", "2022", "year"),
    D("мае 2023 года", "2023-05", "month"),
    D("через месяц", "2023-06", "month"),
    D("1951", "1951", "year"),
    D("28.09.2023", "2023-09-28", "day"),
]
EVENTS = [
    ("arrest", "p1", "2022"),
    ("detention", "p1", "2022"),
    ("release", "p1", "2023-05"),
]
NEGATED = [("p1", "torture.beating", "его не били")]
FORBIDDEN = []
