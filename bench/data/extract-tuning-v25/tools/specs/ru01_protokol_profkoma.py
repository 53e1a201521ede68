FILE = "ru01_protokol_profkoma.txt"
LANG = "ru"
DATE = "2020-10-15"
NOTE = ("Trade-union committee minutes (протокол заседания профкома) of an Almaty company on material aid: СЛУШАЛИ / "
        "ВЫСТУПИЛ / ВОПРОС-ОТВЕТ / ПОСТАНОВИЛИ. Names as surname + initials in several cases: 'Турсынбаеву А. М.', "
        "'Жумабаеву А. С.' (acc.), signatures 'Б. Сейткали', 'А. Жумабаева'; committee members are role other. Worker "
        "'Турсынбаев Асхат Маратович'; father 'Турсынбаев Марат' (patronymic of the son); mother only 'Зауре'. Subjectless "
        "clauses carry the father's acts: «его задержали прямо в поле», «Держали в так называемом «учебном центре»», "
        "«Выпустили в прошлом ноябре» (-> 2019-11), «паспорт не вернули, выезжать не разрешают» (passport + family "
        "separation: son in Kazakhstan). Phone taken at arrest: no code. Forced labour on a building site is neighbours' "
        "hearsay the father does not confirm: neither. Mother «в лагере не была» (negated camp) beside real phone checks "
        "at every post (checkpoint + digital). 'Чугучак' and 'Тачэн' are one place; СУАР and КНР are places. "
        "'27 декабря' is after the document date. Son's move to Kazakhstan 2011 = exit; citizenship obtained 2016.")
ORGS = ["ТОО «Жетысу Логистик»"]
PERSONS = [
    P("p1", "Турсынбаев Асхат Маратович", ["Турсынбаев Асхат Маратович", "Турсынбаеву А. М.", "Турсынбаев А. М."],
      ["relative", "witness"], gender="male", citizenship=["Kazakhstan"], rel=[("son", "p2"), ("son", "p3")]),
    P("p2", "Турсынбаев Марат", ["Турсынбаев Марат"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "его задержали прямо в поле"),
            ("detention.internment_camp", "Держали в так называемом «учебном центре» около полутора лет"),
            ("movement.passport_confiscation", "паспорт не вернули"),
            ("family.separation", "выезжать не разрешают")]),
    P("p3", "Зауре", ["Зауре"], ["relative", "victim"], gender="female", rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("surveillance.checkpoint", "на каждом посту"),
            ("surveillance.digital", "у неё проверяют телефон")]),
    P("p4", "Сейткали Б. Н.", ["Сейткали Б. Н.", "Б. Сейткали"], ["other"]),
    P("p5", "Ли О. В.", ["Ли О. В."], ["other"]),
    P("p6", "Жумабаева А. С.", ["Жумабаева А. С.", "Жумабаеву А. С.", "А. Жумабаева"], ["other"], gender="female"),
    P("p7", "Нуров Д. К.", ["Нуров Д. К."], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Tacheng", ["Чугучаке", "Тачэн"]),
    L("Xinjiang", ["СУАР"]),
    L("China", ["КНР"]),
    L("Kazakhstan", ["Казахстан"]),
]
DATES = [
    D("15 октября 2020", "2020-10-15", "day"),
    D("марте 2018 года", "2018-03", "month"),
    D("прошлом ноябре", "2019-11", "month"),
    D("2011 году", "2011", "year"),
    D("2016-м", "2016", "year"),
    D("сентябре", "2020-09", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("release", "p2", "2019-11"),
    ("exit", "p1", "2011"),
]
NEGATED = [("p3", "detention.internment_camp", "в лагере не была")]
FORBIDDEN = []
