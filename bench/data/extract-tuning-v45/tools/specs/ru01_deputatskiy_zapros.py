FILE = "ru01_deputatskiy_zapros.txt"
LANG = "ru"
DATE = "2024-06-14"
NOTE = ("Mazhilis deputy's inquiry (депутатский запрос) to the foreign minister, read at a plenary sitting (15 May 2024), "
        "and the ministry's reply (14 June 2024). The deputy retells a constituent's account in the third person. Бекзат "
        "Токтарбеков: passport taken at the border = passport confiscation; увезли «на учёбу» в лагерь March 2018 = "
        "arbitrary arrest + camp (reading 1); since 2019 the family does not know where he is = disappearance + "
        "incommunicado (reading 2); the reply's sentence (2019, 8 years) = prison sentence; consular access refused "
        "(incommunicado, same code). The Chinese claim that he 'never was held in training centres' is contradicted by "
        "the text: no negation. The deputy's question whether he was sentenced is answered by the reply. Алтынай "
        "Нурланкызы: passport refused since 2017, cannot go to her husband = passport confiscation (refusal without "
        "condition, reading 6) + family separation; passport issued April 2024, left for Kazakhstan 2 May 2024 = exit. "
        "Minister, deputy (named by initial, surname and by name and patronymic) and deputy minister are role other.")
ORGS = ["Министру иностранных дел Республики Казахстан", "Министерство иностранных дел Республики Казахстан",
        "Мажилиса Парламента РК"]
PERSONS = [
    P("p1", "Талгат Жолдыбеков", ["Жолдыбекову", "Талгат Серикович"], ["other"], gender="male"),
    P("p2", "Гульмира Токтарбекова", ["Гульмира Токтарбекова"], ["relative"], gender="female", rel=[("sister", "p3")]),
    P("p3", "Бекзат Токтарбеков", ["Бекзат Токтарбеков", "Токтарбеков"], ["victim"], gender="male", rel=[("brother", "p2")],
      viol=[("movement.passport_confiscation", "На границе у него забрали казахстанский паспорт"),
            ("detention.arbitrary_arrest", "его увезли «на учёбу» в лагерь в Кульдже"),
            ("detention.internment_camp", "его увезли «на учёбу» в лагерь в Кульдже"),
            ("disappearance.enforced", "С 2019 года семья не знает, где он находится"),
            ("detention.incommunicado", "С 2019 года семья не знает, где он находится"),
            ("detention.prison_sentence", "осуждён народным судом Кульджи к 8 годам лишения свободы")]),
    P("p4", "Алтынай Нурланкызы", ["Алтынай Нурланкызы"], ["victim"], gender="female",
      viol=[("movement.passport_confiscation", "ей отказывают в выдаче паспорта"),
            ("family.separation", "не может выехать к мужу в Талдыкорган")]),
    P("p5", "Бауыржан Есимханов", ["Есимханов", "Бауыржан Темирханович"], ["other"], gender="male"),
    P("p6", "А. Бекмухамбетов", ["Бекмухамбетов"], ["other"]),
]
PLACES = [L("Zharkent", ["Жаркента"]), L("Kazakhstan", ["Казахстана", "Казахстан"]), L("Ghulja", ["Кульджу", "Кульдже", "Кульджи"]),
          L("Taldykorgan", ["Талдыкорган"])]
DATES = [D("15 мая 2024 года", "2024-05-15", "day"), D("в [[январе 2018 года]]", "2018-01", "month"),
         D("в [[марте 2018 года]]", "2018-03", "month"), D("С [[2019 года]]", "2019", "year"), D("с [[2017 года]]", "2017", "year"),
         D("14 июня 2024 года", "2024-06-14", "day"), D("в [[2019 году]]", "2019", "year"),
         D("в [[апреле 2024 года]]", "2024-04", "month"), D("2 мая 2024 года", "2024-05-02", "day")]
EVENTS = [("arrest", "p3", "2018-03"), ("detention", "p3", "2018-03"), ("sentencing", "p3", "2019"),
          ("exit", "p4", "2024-05-02")]
NEGATED = []
FORBIDDEN = []
