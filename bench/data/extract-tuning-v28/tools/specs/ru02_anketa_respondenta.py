FILE = "ru02_anketa_respondenta.txt"
LANG = "ru"
DATE = "2023-06-27"
NOTE = ("Filled research-survey questionnaire (анкета респондента) of a social-research centre's project, Russian: "
        "header fields, respondent's name field in form order with capitals 'БАЙМУРАТОВА Салтанат', numbered questions with "
        "the respondent's answers in «…» (Q/A), interviewer's remarks and coder instructions. Husband 'Ерлан Баймуратов', "
        "sister only 'Айгерим', son only 'Даурен' (named only in the remarks). Interviewer and coder are named staff "
        "(other). First-person 'Мы с мужем и сыном переехали в Алматы весной 2017 года' = exit of three people ('весной "
        "2017 года' -> 2017, year); husband went back (return, 2017). Subjectless clauses: «Забрали», «Держали», "
        "«перевели», «не отпускали», «Кормили», «Отпустили», «Паспорт не вернули», «не выпускают». Transfer chained: "
        "November 2017 + 'ровно через год' -> 2018-11. 'Бить — не били' negates beating beside overcrowding and food; "
        "'меня никто не трогал, никто не звонил' negates transnational harassment for the respondent. Sister's summons is "
        "hearsay ('точно не знаю'): no event, not forbidden. Coder's labels are not acts of anyone new.")
ORGS = ["Центр социальных исследований «Кенес»"]
PERSONS = [
    P("p1", "Салтанат Баймуратова", ["БАЙМУРАТОВА Салтанат"], ["narrator", "relative"], gender="female",
      ethnicity="Kazakh", birth_year=1968, citizenship=["Kazakhstan"],
      rel=[("wife", "p2"), ("sister", "p3"), ("mother", "p4")]),
    P("p2", "Ерлан Баймуратов", ["Ерлан Баймуратов"], ["victim", "relative"], gender="male", rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "Забрали прямо у сестры дома, в ноябре 2017-го, без всякой бумаги"),
            ("detention.internment_camp", "Держали в лагере в Дорбулджине"),
            ("labour.forced_labour", "перевели на завод в Урумчи: жил в общежитии, домой не отпускали, денег почти не платили"),
            ("detention.overcrowding", "В комнате двадцать человек"),
            ("ill_treatment.food_deprivation", "Кормили плохо, раз в день хлеб и суп"),
            ("disappearance.enforced", "Полгода вообще не знали, где он"),
            ("movement.passport_confiscation", "Паспорт не вернули"),
            ("family.separation", "к нам в Алматы не выпускают")]),
    P("p3", "Айгерим", ["Айгерим"], ["relative"], gender="female", rel=[("sister", "p1")]),
    P("p4", "Даурен", ["Даурен"], ["relative"], gender="male", age=22, rel=[("son", "p1")]),
    P("p5", "Ж. Сейткали", ["Ж. Сейткали"], ["other"]),
    P("p6", "М. Лапина", ["М. Лапина"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Казахстан", "Казахстане"]),
    L("Tacheng", ["Чугучака", "Чугучак"]),
    L("China", ["Китае"]),
    L("Dorbiljin", ["Дорбулджине"]),
    L("Urumqi", ["Урумчи"]),
]
DATES = [
    D("27.06.2023", "2023-06-27", "day"),
    D("1968", "1968", "year"),
    D("с [[2019]] г.", "2019", "year"),
    D("весной 2017 года", "2017", "year"),
    D("ноябре 2017-го", "2017-11", "month"),
    D("марте 2020-го", "2020-03", "month"),
]
EVENTS = [
    ("exit", "p1", "2017"),
    ("exit", "p2", "2017"),
    ("exit", "p4", "2017"),
    ("return", "p2", "2017"),
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
    ("transfer", "p2", "2018-11"),
    ("release", "p2", "2020-03"),
]
NEGATED = [("p2", "torture.beating", "Бить — не били"),
           ("p1", "transnational.harassment", "меня никто не трогал, никто не звонил")]
FORBIDDEN = []
