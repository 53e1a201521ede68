FILE = "ru02_dublikat_diploma.txt"
LANG = "ru"
DATE = "2023-02-13"
NOTE = ("Graduate's application to a university rector for a duplicate diploma (заявление: addressee block in the dative, "
        "sender in the genitive, ЗАЯВЛЕНИЕ, circumstances of loss, attachments, date and signature). 'Казахского "
        "национального университета имени аль-Фараби' is an org (al-Farabi is not a person mention); flat, group number "
        "'Х-08-2', phone are not dates. Persons in oblique cases: sender 'Нурахметовой Гульзиры Бахытжановны' (genitive) and "
        "signature 'Г. Б. Нурахметова'; rector 'Д. С. Омарову' (dative) and supervisor 'Сагинтаева Р. К.' are role other; "
        "husband 'Ерлана Досханова' then 'Ерлана' (accusative); son 'Арсеном' (instrumental, given name only). Subjectless "
        "clauses carry the acts: 'провели обыск', 'Забрали', 'увезли', 'вызывали ... спрашивали', 'забрали', 'запретили', "
        "'вернули', 'говорят'. Two year dates 2012 (graduation). 'конце марта 2018 года' -> 2018-03, 'через неделю' chained -> "
        "2018-04; 'начале ноября 2022 года' -> 2022-11, 'через две недели' -> 2022-11; 'прошлом году' -> 2022. Husband: taken "
        "to the police station the day of the search (arbitrary arrest, pretrial), a week later to a 'vocational training "
        "centre' (camp; transfer event). His release 'говорят ... подтвердить это не могу' is hearsay: no release event. "
        "Writer: questioned twice for hours (interrogation, undated), passport taken 'for safekeeping' (passport "
        "confiscation), Kazakh forbidden with pupils (language ban); 'Меня саму не задерживали' = negated arbitrary arrest. "
        "Return to China after graduation (undated); exit to Kazakhstan with her son in November 2022. 'Айнабулак-3' (a microdistrict in the address) is not annotated.")
ORGS = ["Казахского национального университета имени аль-Фараби"]
PERSONS = [
    P("p1", "Гульзира Бахытжановна Нурахметова", ["Нурахметовой Гульзиры Бахытжановны", "Г. Б. Нурахметова"],
      ["narrator", "victim", "relative"], gender="female", rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("movement.passport_confiscation", "Паспорт у меня забрали «на хранение»"),
            ("culture.language_ban", "запретили говорить с учениками по-казахски")]),
    P("p2", "Ерлан Досханов", ["Ерлана Досханова", "Ерлана"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "в тот же день увезли в отдел полиции"),
            ("detention.pretrial", "отдел полиции"),
            ("detention.internment_camp", "«центр профессионального обучения» в Дурбульджине")]),
    P("p3", "Арсен", ["Арсеном"], ["relative"], gender="male", rel=[("son", "p1")]),
    P("p4", "Д. С. Омаров", ["Д. С. Омарову"], ["other"], gender="male"),
    P("p5", "Р. К. Сагинтаева", ["Сагинтаева Р. К."], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("China", ["Китай"]),
    L("Tacheng (Chuguchak)", ["Чугучак"]),
    L("Emin (Durbuljin)", ["Дурбульджине"]),
    L("Kazakhstan", ["Казахстане", "Казахстан"]),
]
DATES = [
    D("2012 года", "2012", "year"),
    D("окончания – [[2012]]", "2012", "year"),
    D("конце марта 2018 года", "2018-03", "month"),
    D("через неделю", "2018-04", "month"),
    D("начале ноября 2022 года", "2022-11", "month"),
    D("через две недели", "2022-11", "month"),
    D("прошлом году", "2022", "year"),
    D("13 февраля 2023", "2023-02-13", "day"),
]
EVENTS = [("arrest", "p2", "2018-03"), ("detention", "p2", "2018-03"), ("transfer", "p2", "2018-04"),
          ("return", "p1", None), ("interrogation", "p1", None), ("exit", "p1", "2022-11"), ("exit", "p3", "2022-11")]
NEGATED = [("p1", "detention.arbitrary_arrest", "Меня саму не задерживали")]
FORBIDDEN = []
