FILE = "ru01_zayavka_grant.txt"
LANG = "ru"
DATE = "2022-02-28"
NOTE = ("Grant application of an Almaty-type public foundation (contest and applicant organisations, amounts and counts). The "
        "planned project period «1 апреля 2022 – 31 марта 2023» lies after the signature date and is not annotated. Project "
        "manager Жанар Тлеубердиева / signature «Ж. Тлеубердиева» = other. Full Russian-style name with patronymic «Серик "
        "Аманжолович Мукашев», citizen of Kazakhstan since 2012: passport taken at the border, arrested «через неделю» after "
        "November 2017 (may cross a month -> 2017), sent to a «школа» in Дорбульджин, sentenced in 2019, no contact (incommunicado). "
        "«Говорят» rumour about the younger brother (unnamed): not gold. Калиакпар Жумабеков: returned from the camp in 2019 «под "
        "надзор» (release + house arrest), «его не били» negated, language ban and anthem. Son Ерлан Калиакпарулы <- Калиакпар; no "
        "call for almost three years = incommunicado for the father. «СУАР КНР» = Xinjiang + China.")
ORGS = ["Фонда гражданских инициатив «Достык-Диалог»", "общественный фонд «Шанырак-Помощь»"]
PERSONS = [
    P("p1", "Жанар Тлеубердиева", ["Жанар Тлеубердиева", "Ж. Тлеубердиева"], ["other"], gender="female"),
    P("p2", "Айжан Мукашева", ["Айжан Мукашева"], ["relative"], gender="female", age=38, rel=[("wife", "p3")]),
    P("p3", "Серик Аманжолович Мукашев", ["Серик Аманжолович Мукашев"], ["victim", "relative"], gender="male",
      citizenship=["Kazakhstan"], rel=[("husband", "p2")],
      viol=[("movement.passport_confiscation", "На границе у него отобрали казахстанский паспорт"),
            ("detention.arbitrary_arrest", "через неделю задержали"),
            ("detention.internment_camp", "отправили в «школу» в Дорбульджине"),
            ("detention.prison_sentence", "суд приговорил его к 14 годам"),
            ("detention.incommunicado", "Жене ни разу не дали поговорить с ним даже по телефону")]),
    P("p4", "Калиакпар Жумабеков", ["Калиакпар Жумабеков"], ["victim", "relative", "witness"], gender="male", age=71,
      rel=[("father", "p5")],
      viol=[("detention.internment_camp", "Его вернули из лагеря домой в 2019 году"),
            ("detention.house_arrest", "«под надзор»: он не может выйти за пределы села без разрешения"),
            ("culture.language_ban", "запрещали говорить по-казахски"),
            ("indoctrination.political", "заставляли каждый день петь гимн"),
            ("detention.incommunicado", "почти три года не мог получить от отца ни одного звонка")]),
    P("p5", "Ерлан Калиакпарулы", ["Ерлан Калиакпарулы", "Ерлан"], ["relative", "other"], gender="male", rel=[("son", "p4")]),
]
PLACES = [
    L("Xinjiang", ["СУАР"]),
    L("China", ["КНР"]),
    L("Talgar", ["Талгара"]),
    L("Kazakhstan", ["Казахстана", "Республики Казахстан"]),
    L("Tacheng", ["Чугучак", "Тачэн"]),
    L("Dorbiljin", ["Дорбульджине"]),
    L("Nilka", ["Нилки"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("2022 год", "2022", "year"),
    D("С [[2017 года]] в наш", "2017", "year"),
    D("2012 года", "2012", "year"),
    D("ноябре 2017 года", "2017-11", "month"),
    D("через неделю", "2017", "year"),
    D("В [[2019 году]] суд", "2019", "year"),
    D("домой в [[2019 году]]", "2019", "year"),
    D("2018 года", "2018", "year"),
    D("28.02.2022", "2022-02-28", "day"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("sentencing", "p3", "2019"),
    ("detention", "p4", None),
    ("release", "p4", "2019"),
]
NEGATED = [("p4", "torture.beating", "его не били")]
FORBIDDEN = [("p2", "detention.arbitrary_arrest"), ("p5", "detention.arbitrary_arrest")]
