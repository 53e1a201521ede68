FILE = "ru01_vozvrat_bileta.txt"
LANG = "ru"
DATE = "2019-04-02"
NOTE = ("Wife's claim (претензия) to a Kazakhstan rail passenger company for a refund of her husband's unused return ticket "
        "Urumqi-Almaty (addressee block, «Заявитель:» in the nominative, ticket data, attachments, signature 'А. С. Муканова') "
        "with the company's reply addressing her by name and patronymic. «Пассажирские перевозки», МИД are organisations; "
        "train, seat, ticket and outgoing numbers are not dates. Husband 'ЖАКУПОВ ТАЛГАТ ЕРЛАНОВИЧ' then 'Талгата' (accusative); "
        "brother 'Нурлана' (accusative only). Husband: «задержали прямо в гостинице» = arbitrary arrest (arrest + detention "
        "2018-11-27), passport «изъяли» = passport confiscation, «центре профобучения» = internment camp, no contact since "
        "December = incommunicado, reading 'I study voluntarily' from a paper on video, not of his own will = forced "
        "confession/statement. Brother questioned by police «в тот же месяц» (2018-11, no span) and «не задерживали» = "
        "arbitrary arrest negated; interrogation only. Calls from a Chinese number to stop complaining = transnational "
        "harassment of the wife. Ticket dates 20.11.2018 (return to Xinjiang) and 06.12.2018 are dates; «С декабря» -> "
        "2018-12, «В январе» -> 2019-01; «2015 года» keeps the case word; «г.» dropped.")
ORGS = ["«Пассажирские перевозки»"]
PERSONS = [
    P("p1", "Айнур Сериковна Муканова", ["Муканова Айнур Сериковна", "А. С. Муканова", "Айнур Сериковна"],
      ["narrator", "relative", "victim"], gender="female", rel=[("wife", "p2")],
      viol=[("transnational.harassment", "мне дважды звонили с китайского номера и требовали «прекратить жаловаться»")]),
    P("p2", "Талгат Ерланович Жакупов", ["ЖАКУПОВ ТАЛГАТ ЕРЛАНОВИЧ", "Талгата"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "его задержали прямо в гостинице в Урумчи"),
            ("movement.passport_confiscation", "казахстанский паспорт изъяли"),
            ("detention.incommunicado", "С декабря связи с ним нет"),
            ("detention.internment_camp", "Талгата держат в так называемом центре профобучения в Чугучаке"),
            ("coercion.forced_confession", "он по бумажке говорит, что «учится добровольно» и «благодарен государству»")]),
    P("p3", "Нурлан", ["Нурлана"], ["relative"], gender="male", rel=[("brother", "p2")]),
    P("p4", "Р. Т. Абенова", ["Р. Т. Абенова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Казахстан"]),
    L("Urumqi", ["Урумчи"]),
    L("Chuguchak", ["Чугучак", "Чугучаке"]),
]
DATES = [
    D("2015 года", "2015", "year"),
    D("20.11.2018", "2018-11-20", "day"),
    D("06.12.2018", "2018-12-06", "day"),
    D("27 ноября", "2018-11-27", "day"),
    D("С [[декабря]]", "2018-12", "month"),
    D("В [[январе]]", "2019-01", "month"),
    D("15 марта 2019", "2019-03-15", "day"),
    D("02.04.2019", "2019-04-02", "day"),
]
EVENTS = [
    ("return", "p2", "2018-11"),
    ("arrest", "p2", "2018-11-27"),
    ("detention", "p2", "2018-11-27"),
    ("interrogation", "p3", "2018-11"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "не задерживали")]
FORBIDDEN = []
