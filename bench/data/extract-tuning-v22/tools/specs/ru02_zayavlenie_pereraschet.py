FILE = "ru02_zayavlenie_pereraschet.txt"
LANG = "ru"
DATE = "2020-12-07"
NOTE = ("Application to a housing co-operative (КСК) for recalculation of utility charges during temporary absence "
        "(заявление: addressee in dative 'Ибраимовой Р. А.', sender in genitive 'Турсуновой Зульфии Турсуновны', request, "
        "reasons, attachments, date and signature, chairwoman's resolution 'Р. Ибраимова'). 'КСК «Береке»', 'консульство "
        "Казахстана' (org with a toponym), 'МИД РК' are orgs; 'мкр. Орбита-2', flat/house/account numbers, phone, '1950 г. "
        "р.' apart from the year are not places/dates. The father 'Масимов Турсун' (form order) gives the daughter her "
        "surname and patronymic (Турсунова, Турсуновна). Period 'с апреля 2018 года по ноябрь 2020 года' = two dates. "
        "'гражданин Республики Казахстан' -> citizenship Kazakhstan. Subjectless clauses: 'задержали на границе в Хоргосе, "
        "забрали казахстанский паспорт', 'Около года держали в «школе»', 'заставляли учить китайский и петь песни о "
        "партии', 'выпустили' (release 2019-03), 'выезжать не разрешают'; daily reporting while living at his sister's = "
        "house arrest. Arrest on the way back after 12 March 2018: year only. 'Суда не было, обвинения не предъявляли' "
        "negates a prison sentence; 'Не били, говорит, но ... свободно он говорить не может' is hedged (no code, not "
        "forbidden). Brother Алишер (given name only) and neighbour Галия Сейткали: relative / other.")
ORGS = ["КСК «Береке»", "консульство Казахстана", "МИД РК"]
PERSONS = [
    P("p1", "Р. А. Ибраимова", ["Ибраимовой Р. А.", "Р. Ибраимова"], ["other"], gender="female"),
    P("p2", "Зульфия Турсунова", ["Турсуновой Зульфии Турсуновны", "З. Турсунова"], ["narrator", "relative"],
      gender="female", rel=[("daughter", "p3"), ("sister", "p4")]),
    P("p3", "Турсун Масимов", ["Масимов Турсун"], ["victim", "relative"], gender="male", birth_year=1950,
      citizenship=["Kazakhstan"], rel=[("father", "p2"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "задержали на границе в Хоргосе"),
            ("movement.passport_confiscation", "забрали казахстанский паспорт"),
            ("detention.internment_camp", "Около года держали в «школе» в Кульдже"),
            ("indoctrination.political", "заставляли учить китайский и петь песни о партии"),
            ("detention.house_arrest", "живёт у сестры, каждый день отмечается у участкового")]),
    P("p4", "Алишер", ["Алишер"], ["relative"], gender="male", rel=[("son", "p3"), ("brother", "p2")]),
    P("p5", "Галия Сейткали", ["Галия Сейткали"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Ghulja", ["Кульджу", "Кульдже"]),
    L("Khorgos", ["Хоргосе"]),
    L("Urumqi", ["Урумчи"]),
]
DATES = [
    D("апреля 2018 года", "2018-04", "month"),
    D("ноябрь 2020 года", "2020-11", "month"),
    D("1950", "1950", "year"),
    D("весны 2018 года", "2018", "year"),
    D("12 марта 2018 года", "2018-03-12", "day"),
    D("марте 2019 года", "2019-03", "month"),
    D("2018 году", "2018", "year"),
    D(("20.11.2020", 0), "2020-11-20", "day"),
    D("02.10.2020", "2020-10-02", "day"),
    D(("20.11.2020", 1), "2020-11-20", "day"),
    D("30.11.2020", "2020-11-30", "day"),
    D("01.04.2018", "2018-04-01", "day"),
    D("07.12.2020", "2020-12-07", "day"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2019-03"),
]
NEGATED = [("p3", "detention.prison_sentence", "Суда не было, обвинения не предъявляли")]
FORBIDDEN = []
