FILE = "ru02_protokol_stipendialnoi_komissii.txt"
LANG = "ru"
DATE = "2021-09-24"
NOTE = ("Bishkek university faculty scholarship committee minutes (ПРОТОКОЛ: Присутствовали / СЛУШАЛИ / ВЫСТУПИЛИ / "
        "ПОСТАНОВИЛИ), names as 'И. О. Фамилия' and genitive/dative 'Эметовой Дильшат', 'Токтосунова Бакыта' / "
        "'Токтосунову Бакыту'. Father 'Эмет Абдулла' detained by border guards at Torugart 2017 (arbitrary arrest), "
        "sentenced by a verdict of 12 June 2018 to 14 years (dated sentencing), beaten at interrogations and made to "
        "sign a confession per a released cellmate (stated, gold); rumoured move to an Urumqi prison 'семья этого не "
        "знает' = hedged, no transfer event. Brother 'Ильяр': camp 2018-2020 then sent to a sewing factory in Artush "
        "that will not let him go (transfer + forced labour; no release event); 'Судом Ильяр не осуждался' = negated "
        "prison sentence. Student: WhatsApp stranger demanding deletion of posts, threatening her brother = "
        "transnational harassment (to her). Other student 'Бакыт' and committee members have role other. Range "
        "'с 2018 по 2020 год' = two dates; '1 сентября 2021 г.' -> span without 'г.'. Not dates: 'осенний семестр', "
        "'14 лет', course years, protocol number.")
ORGS = ["Кыргызский национальный университет имени Жусупа Баласагына"]
PERSONS = [
    P("p1", "Дильшат Эметова", ["Эметовой Дильшат", "Дильшат"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")],
      viol=[("transnational.harassment", "Дильшат писал в WhatsApp неизвестный, который требовал удалить её публикации об отце")]),
    P("p2", "Эмет Абдулла", ["Эмет Абдулла"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "был задержан китайскими пограничниками на перевале Торугарт"),
            ("detention.prison_sentence", "Приговором суда от 12 июня 2018 года он осуждён на 14 лет"),
            ("torture.beating", "на допросах отца избивали"),
            ("coercion.forced_confession", "вынудили подписать признание")]),
    P("p3", "Ильяр", ["Ильяр"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p4")],
      viol=[("detention.internment_camp", "с 2018 по 2020 год содержался в лагере"),
            ("labour.forced_labour", "был направлен на швейную фабрику в Артуше, откуда его не отпускают")]),
    P("p4", "Патигуль Хашимова", ["Патигуль Хашимова"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")]),
    P("p5", "Бакыт Токтосунов", ["Токтосунова Бакыта", "Токтосунову Бакыту"], ["other"], gender="male"),
    P("p6", "Н. К. Асанова", ["Н. К. Асанова"], ["other"], gender="female"),
    P("p7", "Т. Б. Жумалиев", ["Т. Б. Жумалиев"], ["other"], gender="male"),
    P("p8", "Ч. А. Бейшеналиева", ["Ч. А. Бейшеналиева"], ["other"], gender="female"),
    P("p9", "А. Садыков", ["А. Садыков"], ["other"], gender="male"),
    P("p10", "Э. Осмонова", ["Э. Осмонова", "Э. Осмонову"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек", "Бишкеком"]),
    L("Kashgar", ["Кашгаром", "Кашгаре"]),
    L("Torugart", ["Торугарт"]),
    L("Urumqi", ["Урумчи"]),
    L("Artush", ["Артуше"]),
]
DATES = [
    D("24.09.2021", "2021-09-24", "day"),
    D("2017 году", "2017", "year"),
    D("12 июня 2018 года", "2018-06-12", "day"),
    D("с [[2018]] по 2020 год", "2018", "year"),
    D("по [[2020 год]]", "2020", "year"),
    D("В [[августе]]", "2021-08", "month"),
    D("1 сентября 2021", "2021-09-01", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", "2018-06-12"),
    ("detention", "p3", "2018"),
    ("transfer", "p3", "2020"),
]
NEGATED = [("p3", "detention.prison_sentence", "Судом Ильяр не осуждался")]
FORBIDDEN = []
