FILE = "ru02_postanovlenie_ekstraditsiya.txt"
LANG = "ru"
DATE = "2020-07-29"
NOTE = ("Resolution of Kyrgyzstan's deputy Prosecutor General refusing China's extradition request for a Uyghur "
        "(УСТАНОВИЛ/ПОСТАНОВИЛ, a summary of the evidence with the person's explanation as Вопрос/Ответ). Name in "
        "genitive 'Мамутова Абдувели', nominative 'Мамутов Абдувели', initials 'Мамутова А.', dative 'Мамутову А.' and "
        "bare genitive 'Мамутова' ('Жена Мамутова', 'По словам Мамутова' - not a woman's name). Deputy prosecutor 'Асанов "
        "Т. К.' / 'Т. К. Асанов' and lawyer 'Жумабаевой Н.' are role other. Subjectless clauses carry the acts: «сразу "
        "задержали», «Держали», «говорить запрещали», «заставляли», «отпустили», «паспорт не вернули», «вызывали». "
        "'Через полтора года' chained on April 2017 -> release 2018-10. Worked in Turkey from 2014 = exit 2014; came back "
        "in April 2017 = return; crossing into Kyrgyzstan in 2019 = exit; arrest in Osh and extradition custody in the "
        "SIZO = arrest/detention 2020-03-02 (pretrial detention code). 'Меня не трогали' = negated beating beside "
        "language ban and indoctrination; 'Других, говорят, били' is hearsay about unnamed others. The wife's two "
        "summonses are undated interrogation events (family reprisal); pressure to make him return = transnational "
        "harassment. Article numbers and 'СИЗО № 5' are not dates.")
ORGS = ["ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА КЫРГЫЗСКОЙ РЕСПУБЛИКИ", "УВКБ ООН", "Государственную службу исполнения наказаний"]
PERSONS = [
    P("p1", "Мамутов Абдувели", ["Мамутова Абдувели", "Мамутов Абдувели", "Мамутова А.", "Мамутову А.", "Мамутова"],
      ["victim", "witness", "relative"], gender="male", ethnicity="Uyghur", birth_year=1979, citizenship=["China"],
      rel=[("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "сразу задержали в Аксу, прямо в аэропорту"),
            ("detention.internment_camp", "Держали в «центре профобучения»"),
            ("culture.language_ban", "по-уйгурски говорить запрещали"),
            ("indoctrination.political", "заставляли каждый день петь гимн"),
            ("movement.passport_confiscation", "паспорт не вернули"),
            ("transnational.harassment", "требовали уговорить мужа вернуться"),
            ("detention.pretrial", "содержится под экстрадиционным арестом в СИЗО № 5")]),
    P("p2", "Гульнара Касым", ["Гульнара Касым"], ["relative", "victim"], gender="female", rel=[("wife", "p1")],
      viol=[("family.reprisal", "её дважды вызывали в полицию и требовали уговорить мужа вернуться")]),
    P("p3", "Асанов Т. К.", ["Асанов Т. К.", "Т. К. Асанов"], ["other"], gender="male"),
    P("p4", "Жумабаева Н.", ["Жумабаевой Н."], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kyrgyzstan", ["Кыргызской Республики", "Кыргызстан"]),
    L("China", ["КНР"]),
    L("Aksu", ["Аксу"]),
    L("Osh", ["Ош"]),
    L("Turkey", ["Турции"]),
]
DATES = [
    D("29 июля 2020 года", "2020-07-29", "day"),
    D("14 февраля 2020 года", "2020-02-14", "day"),
    D("[[1979]] г.р.", "1979", "year"),
    D("2 марта 2020 года", "2020-03-02", "day"),
    D("до [[2019 года]]", "2019", "year"),
    D("2014 года", "2014", "year"),
    D("апреле 2017 года", "2017-04", "month"),
    D("Через полтора года", "2018-10", "month"),
    D("2019 году", "2019", "year"),
    D("10 июня 2020 года", "2020-06-10", "day"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("return", "p1", "2017-04"),
    ("arrest", "p1", "2017-04"),
    ("detention", "p1", "2017-04"),
    ("release", "p1", "2018-10"),
    ("exit", "p1", "2019"),
    ("arrest", "p1", "2020-03-02"),
    ("detention", "p1", "2020-03-02"),
    ("interrogation", "p2", None),
    ("interrogation", "p2", None),
]
NEGATED = [("p1", "torture.beating", "Меня не трогали")]
FORBIDDEN = []
