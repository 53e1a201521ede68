FILE = "ru02_otkaz_konsulstva.txt"
LANG = "ru"
DATE = "2020-02-12"
NOTE = ("Kazakh consulate general in Urumqi's reply (12.02.2020 = document date, outgoing no.) refusing a Kazakh "
        "citizen's request for help, restating her application of 14.01.2020. Addressee dative 'Жаксылыковой Айжан "
        "Бауыржановне' / vocative 'Айжан Бауыржановна' (relative). Father 'Жаксылыков Бауыржан Маликович' / 'Б. М. "
        "Жаксылыков' (PRC citizen, born 1961; 'Бауыржановна' is his patronymic trace, not a mention): detained by "
        "police at home April 2018 (arbitrary arrest; arrest event), sentenced March 2019 to nine years for 'using a "
        "banned messenger' (prison sentence + digital; sentencing event), family not told where he serves, letters "
        "unanswered (incommunicado + disappearance; undated disappearance event). Mother 'Жаксылыкова Сауле Кадыровна' / "
        "genitive 'С. К. Жаксылыковой' (Kazakhstan citizen) in Kulja since 2017: passport taken, exit refused "
        "(passport confiscation), weekly reporting and not leaving the town (house arrest), 'не задерживалась' (negated "
        "arbitrary arrest). The Chinese side's 'на время проверки' is quoted, not coded. Consul 'А. Т. Есенов' other. "
        "'1963 года' (the Vienna Convention) is a year date; outgoing/incoming numbers are not dates. Consulate, court, "
        "foreign affairs office and ministry are organisations; 'ул. Головацкого' is a street.")
ORGS = ["ГЕНЕРАЛЬНОЕ КОНСУЛЬСТВО РЕСПУБЛИКИ КАЗАХСТАН В Г. УРУМЧИ", "судом Илийского округа",
        "Иностранный отдел Народного правительства Илийского округа", "Министерство иностранных дел Республики Казахстан",
        "ул. Головацкого"]
PERSONS = [
    P("p1", "Айжан Бауыржановна Жаксылыкова", ["Жаксылыковой Айжан Бауыржановне", "Айжан Бауыржановна"],
      ["relative"], gender="female", citizenship=["Kazakhstan"], rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Бауыржан Маликович Жаксылыков", ["Жаксылыков Бауыржан Маликович", "Б. М. Жаксылыков"],
      ["victim", "relative"], gender="male", birth_year=1961, citizenship=["China"],
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "в апреле 2018 года был задержан сотрудниками полиции по месту жительства"),
            ("detention.prison_sentence", "был осуждён судом Илийского округа к девяти годам лишения свободы"),
            ("surveillance.digital", "за «использование запрещённого мессенджера»"),
            ("detention.incommunicado", "В каком учреждении он отбывает наказание, семье не сообщили, письма остаются без ответа"),
            ("disappearance.enforced", "В каком учреждении он отбывает наказание, семье не сообщили")]),
    P("p3", "Сауле Кадыровна Жаксылыкова", ["Жаксылыкова Сауле Кадыровна", "С. К. Жаксылыковой"], ["victim", "relative"],
      gender="female", citizenship=["Kazakhstan"], rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "её паспорт изъят местной полицией, выезд в Казахстан ей не разрешают"),
            ("detention.house_arrest", "раз в неделю обязана отмечаться в полицейском участке и не может покидать город")]),
    P("p4", "А. Т. Есенов", ["А. Т. Есенов"], ["other"], gender="male"),
]
PLACES = [
    L("Kazakhstan", ["Республики Казахстан", "Казахстан"]),
    L("Zharkent", ["Жаркент"]),
    L("China", ["КНР"]),
    L("Kulja", ["Кульдже"]),
]
DATES = [
    D("12.02.2020", "2020-02-12", "day"),
    D("14.01.2020", "2020-01-14", "day"),
    D("[[1961]] г. р.", "1961", "year"),
    D("апреле 2018 года", "2018-04", "month"),
    D("марте 2019 года", "2019-03", "month"),
    D("с [[2017 года]]", "2017", "year"),
    D("[[1963 года]]", "1963", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("sentencing", "p2", "2019-03"),
    ("disappearance", "p2", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Сама она не задерживалась")]
FORBIDDEN = []
