FILE = "ru01_vospominaniya_vypusknikov.txt"
LANG = "ru"
DATE = "2023-04-20"
NOTE = ("Alumnus's contribution to a school's 50th-anniversary book of memories (Almaty), about a Kazakh classmate "
        "from Chuguchak and his father. Heading 'ПРО НУРЛАНА' in capitals and case forms 'Нурлану' are mentions of Nurlan; "
        "'Кайрат-ага', 'Сауле-апай' with honorifics (mention = the name). The class teacher Галина Петровна Ким is role "
        "other. Subjectless clauses carry the acts: 'забрали паспорт', 'без всякого суда увезли в лагерь', 'Полтора года "
        "держали', 'Заставляли учить гимн', 'говорить запрещали', 'Отпустили', 'выезжать не разрешили'. Going back to "
        "China = return; coming back to the family in Kazakhstan (March 2021) = exit. 'через неделю' (a week after a year "
        "date) is not annotated. 'Отца не били, он так говорит. Но...' is a qualified denial: beating neither gold nor "
        "forbidden. 'Её не трогали' = negated arbitrary arrest of the mother. 'Вчера' anchored on the signature date -> "
        "2023-04-19. 'МИД', 'ООН', 'школы № 54' are organisations. 'гражданкой Казахстана' gives citizenship.")
ORGS = ["МИД", "ООН", "школы № 54"]
PERSONS = [
    P("p1", "Ерлан Садыков", ["Ерлан САДЫКОВ", "Ерлан Садыков"], ["narrator", "witness"], gender="male"),
    P("p2", "Нурлан Кайратулы", ["Нурлан Кайратулы", "НУРЛАНА", "Нурлан", "Нурлану"], ["relative", "witness"],
      gender="male", rel=[("son", "p3"), ("son", "p5")]),
    P("p3", "Кайрат Мухтарулы", ["Кайрат Мухтарулы", "Кайрат"], ["victim"], gender="male",
      rel=[("father", "p2"), ("husband", "p5")],
      viol=[("movement.passport_confiscation", "На границе в Бахты забрали паспорт"),
            ("detention.arbitrary_arrest", "без всякого суда увезли в лагерь"),
            ("detention.internment_camp", "Полтора года держали"),
            ("indoctrination.political", "Заставляли учить гимн и китайские песни"),
            ("culture.language_ban", "по-казахски говорить запрещали"),
            ("family.separation", "ещё два года семья ждала его в Алматы")]),
    P("p4", "Галина Петровна Ким", ["Галина Петровна Ким"], ["other"], gender="female"),
    P("p5", "Сауле", ["Сауле"], ["relative"], gender="female", citizenship=["Kazakhstan"],
      rel=[("mother", "p2"), ("wife", "p3")]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Chuguchak", ["Чугучака", "Чугучаком"]),
    L("China", ["Китае", "Китай"]),
    L("Bakhty", ["Бахты"]),
    L("Astana", ["Астану"]),
    L("Kazakhstan", ["Казахстана"]),
    L("Karaganda", ["Караганду"]),
]
DATES = [
    D("(Алматы, [[2023]])", "2023", "year"),
    D("2008 года", "2008", "year"),
    D("выпуск [[2008]] г.", "2008", "year"),
    D("2003 году", "2003", "year"),
    D("2017 году", "2017", "year"),
    D("конце 2018-го", "2018", "year"),
    D("марте 2021-го", "2021-03", "month"),
    D("Вчера", "2023-04-19", "day"),
    D("2007 году", "2007", "year"),
    D("20 апреля 2023", "2023-04-20", "day"),
]
EVENTS = [
    ("exit", "p2", "2003"),
    ("exit", "p5", "2003"),
    ("return", "p3", "2017"),
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("release", "p3", "2018"),
    ("exit", "p3", "2021-03"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Её не трогали")]
FORBIDDEN = []
