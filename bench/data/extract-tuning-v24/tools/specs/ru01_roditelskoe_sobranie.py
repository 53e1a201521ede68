FILE = "ru01_roditelskoe_sobranie.txt"
LANG = "ru"
DATE = "2024-11-27"
NOTE = ("Transcript of an audio recording of a primary-school parents' meeting in Almaty (header with school name, class "
        "'3 «В»', date, clock time, attendance count, teacher and transcriber as surname + initials, speaker labels in "
        "capitals 'ЖУМАБАЕВА Г. А.', 'АХМЕТОВА З.', anonymous 'РОДИТЕЛЬ' turns: Q/A from the floor). Teacher and "
        "transcriber are roles only (other). Mother Зульфия Ахметова (given name, name + patronymic, capitals label). "
        "Father-in-law only in the genitive «Касыма Ахметова» (not the same string as the label АХМЕТОВА З.). Subjectless "
        "clauses: «забрали паспорт, потом увезли», «держали», «Заставляли», «Отпустили», «паспорт вернули». Beating only "
        "rumoured ('Говорят … мы не знаем'): forbidden. Husband Ерболат «никто не задерживал»: negated next to the "
        "father-in-law's detention. Son Арман/Армана (relative, no code). Dates: '27.11.2024', «в октябре» -> 2024-10, "
        "«в прошлом году» -> 2023, «в апреле этого года» -> 2024-04, chained «через два месяца» -> 2024-06 (passport "
        "returned); «до пятницы» is after the document date: not annotated. Medeu (excursion) is a place.")
ORGS = ["КГУ «Школа-гимназия № 112»"]
PERSONS = [
    P("p1", "Жумабаева Г. А.", ["Жумабаева Г. А.", "ЖУМАБАЕВА Г. А."], ["other"], gender="female"),
    P("p2", "Ким Е. В.", ["Ким Е. В."], ["other"]),
    P("p3", "Зульфия Ахметова", ["АХМЕТОВА З.", "Зульфия", "Зульфия Нурлановна"], ["narrator", "relative"],
      gender="female", rel=[("mother", "p4"), ("wife", "p6"), ("daughter-in-law", "p5")]),
    P("p4", "Арман", ["Армана", "Арман"], ["relative"], gender="male", rel=[("son", "p3"), ("grandson", "p5")]),
    P("p5", "Касым Ахметов", ["Касыма Ахметова"], ["victim", "relative"], gender="male",
      rel=[("father-in-law", "p3"), ("grandfather", "p4"), ("father", "p6")],
      viol=[("movement.passport_confiscation", "На границе в Хоргосе забрали паспорт"),
            ("detention.arbitrary_arrest", "потом увезли"),
            ("detention.internment_camp", "Восемь месяцев держали в так называемом учебном центре"),
            ("indoctrination.political", "Заставляли учить китайский, петь песни про партию")]),
    P("p6", "Ерболат", ["Ерболат"], ["relative"], gender="male", rel=[("husband", "p3"), ("son", "p5")]),
]
PLACES = [
    L("Almaty", ["г. Алматы", "Алматы"]),
    L("Medeu", ["Медеу"]),
    L("Ghulja", ["Кульджу"]),
    L("Khorgos", ["Хоргосе"]),
]
DATES = [
    D("27.11.2024", "2024-11-27", "day"),
    D("в октябре", "2024-10", "month"),
    D("в прошлом году", "2023", "year"),
    D("в апреле этого года", "2024-04", "month"),
    D("через два месяца", "2024-06", "month"),
]
EVENTS = [
    ("arrest", "p5", "2023"),
    ("detention", "p5", "2023"),
    ("release", "p5", "2024-04"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "мужа никто не задерживал")]
FORBIDDEN = [("p5", "torture.beating"), ("p4", "culture.language_ban"), ("p6", "detention.internment_camp")]
