FILE = "ru01_snyatie_filma_s_konkursa.txt"
LANG = "ru"
DATE = "2022-10-12"
NOTE = ("Documentary film festival's notice withdrawing a film from competition, with the director's quoted "
        "explanation and the director's signature 'А. К. Жумабекова' (initials with surname = person). Heroine "
        "'Гульмира Сейткали' (surname = father's given name; case forms Гульмире, Гульмиры) gets threatening calls "
        "after a screening abroad (transnational harassment); father 'Сейткали Нурбаев' (genitive only) detained in "
        "March 2018 with no documents, camp near Ghulja, indoctrination, released 'Через год' (-> 2019), passport "
        "kept; summoned on 5 October and questioned about his daughter (family reprisal + interrogation). Brother 'Ерлан' lives with the father, 'его самого ни разу не задерживали' (negated arbitrary arrest). He says the father was beaten, the father does not confirm: "
        "torture.beating neither. Film title with 'Кульджи' is a work title, not a place mention. '15 октября' is "
        "after the document date; 'зал № 2', '52 мин.', 'два года' are not dates; '2021' (film year) is a date.")
ORGS = ["Степной экран", "Письма из Кульджи"]
PERSONS = [
    P("p1", "Динара Ахметова", ["Динара Ахметова"], ["narrator", "other"], gender="female"),
    P("p2", "Гульмира Сейткали", ["Гульмира Сейткали", "Гульмире", "Гульмиры", "Гульмира"], ["victim", "relative"],
      gender="female", rel=[("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "Гульмире несколько раз звонили с незнакомых номеров и говорили, что у отца «будут проблемы»")]),
    P("p3", "Сейткали Нурбаев", ["Сейткали Нурбаева"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "Отца задержали в марте 2018 года прямо на рынке, без каких-либо документов"),
            ("detention.internment_camp", "отправили в лагерь под Кульджой"),
            ("indoctrination.political", "заставляли учить китайский язык и каждый вечер петь патриотические песни"),
            ("movement.passport_confiscation", "паспорт так и не вернули"),
            ("family.reprisal", "отца снова вызывали в полицию и два часа спрашивали о дочери")]),
    P("p4", "Ерлан", ["Ерлан"], ["relative", "witness"], gender="male", rel=[("brother", "p2"), ("son", "p3")]),
    P("p5", "Сергей Литвинов", ["Сергею Литвинову"], ["other"], gender="male"),
    P("p6", "А. К. Жумабекова", ["А. К. Жумабекова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Казахстана"]),
    L("Ghulja", ["Кульдже", "Кульджой"]),
    L("Bishkek", ["Бишкеке"]),
]
DATES = [
    D("12 октября 2022", "2022-10-12", "day"),
    D("Ахметова, [[2021]]", "2021", "year"),
    D("марте 2018 года", "2018-03", "month"),
    D("Через год", "2019", "year"),
    D("прошлом году", "2021", "year"),
    D("[[5 октября]] отца", "2022-10-05", "day"),
]
EVENTS = [
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("release", "p3", "2019"),
    ("interrogation", "p3", "2022-10-05"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "его самого ни разу не задерживали")]
FORBIDDEN = []
