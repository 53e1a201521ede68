FILE = "ru02_vypiska_prikaza.txt"
LANG = "ru"
DATE = "2019-09-02"
NOTE = ("Certified extract of a Bishkek university rector's order reinstating a student (выписка из приказа), with a "
        "quoted passage of the student's application. Kyrgyz patronymic naming: the student is 'ЖАНЫБЕК УУЛУ ЭРМЕКА' "
        "(capitals, accusative) and 'Жаныбек уулу Э.'; the father (Жаныбек) is never named on his own and is hedged "
        "('кажется'): not annotated. Brother only 'Адилета' (acc.). Staff in initials forms ('декана Осмонова К. Т.', "
        "'Мамбетову Г. С.', 'Т. Ж. Абдырахманов', 'А. Сыдыкова') are role other. Subjectless clauses carry the acts: "
        "«забрали паспорт» (at the Torugart pass), «вызвали в полицию» (arbitrary arrest), «отвезли в «школу» ... "
        "держали» (camp), «Заставляли учить китайский язык и петь песни» (indoctrination), «по-кыргызски говорить "
        "запрещали» (language ban), «оставляли без ужина» (food deprivation), «писать письма не разрешали» "
        "(incommunicado); «Не били» negates beating. Going home from Kyrgyzstan = return (June 2017); 'Через месяц' "
        "chained -> 2017-07; 'В апреле' after March 2019 -> 2019-04 exit; 'в прошлом году' -> 2018. The reinstatement "
        "date equals the document date and is annotated; '2016/2017' gives two year dates. Citizenship 'КНР' -> China.")
ORGS = ["УНИВЕРСИТЕТ «ТЕНГРИ»"]
PERSONS = [
    P("p1", "Жаныбек уулу Эрмек", ["ЖАНЫБЕК УУЛУ ЭРМЕКА", "Жаныбек уулу Э."], ["victim", "narrator", "relative"],
      gender="male", citizenship=["China"], rel=[("brother", "p2")],
      viol=[("movement.passport_confiscation", "На перевале Торугарт забрали паспорт"),
            ("detention.arbitrary_arrest", "Через месяц вызвали в полицию"),
            ("detention.internment_camp", "отвезли в «школу» в Артуше, там держали до марта 2019 года"),
            ("detention.incommunicado", "писать письма не разрешали"),
            ("indoctrination.political", "Заставляли учить китайский язык и петь песни"),
            ("culture.language_ban", "по-кыргызски говорить запрещали"),
            ("ill_treatment.food_deprivation", "за ошибки в песнях оставляли без ужина")]),
    P("p2", "Адилет", ["Адилета"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "Брата Адилета в прошлом году забирали на две недели")]),
    P("p3", "Осмонов К. Т.", ["Осмонова К. Т.", "Осмонов К. Т."], ["other"], gender="male"),
    P("p4", "Мамбетова Г. С.", ["Мамбетову Г. С."], ["other"], gender="female"),
    P("p5", "Абдырахманов Т. Ж.", ["Т. Ж. Абдырахманов"], ["other"], gender="male"),
    P("p6", "Сыдыкова А.", ["А. Сыдыкова"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("China", ["КНР"]),
    L("Ulugqat", ["Улугчат"]),
    L("Torugart", ["Торугарт"]),
    L("Artux", ["Артуше"]),
]
DATES = [
    D(("2 сентября 2019", 0), "2019-09-02", "day"),
    D(("2 сентября 2019", 1), "2019-09-02", "day"),
    D("26.08.2019", "2019-08-26", "day"),
    D("июне 2017 года", "2017-06", "month"),
    D("Через месяц", "2017-07", "month"),
    D("марта 2019 года", "2019-03", "month"),
    D("апреле", "2019-04", "month"),
    D("прошлом году", "2018", "year"),
    D("[[2016]]/2017", "2016", "year"),
    D("2016/[[2017]]", "2017", "year"),
    D("02.09.2019", "2019-09-02", "day"),
]
EVENTS = [
    ("return", "p1", "2017-06"),
    ("arrest", "p1", "2017-07"),
    ("detention", "p1", "2017-07"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2019-04"),
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2018"),
]
NEGATED = [("p1", "torture.beating", "Не били")]
FORBIDDEN = []
