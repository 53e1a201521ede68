FILE = "ru02_rozysk_perevoda.txt"
LANG = "ru"
DATE = "2021-08-24"
NOTE = ("Client's application to a Bishkek bank to trace and return an international transfer to his sister in "
        "Kashgar (заявление, sender in the genitive), with the bank's answer below (24.08.2021, the document date). "
        "Sender 'Розахунова Шавката Турсуновича' / 'Шавкат Турсунович' / 'Розахунов Ш. Т.'; trap: sister 'Турсуновой "
        "Рабии Турсуновны' / 'Рабию' and father 'Турсуна Розахунова' (the sister's surname is the father's given "
        "name); brother-in-law 'Абдужелила Касымова'; bank officer 'Осмонова Ч. Б.' (other). Street 'ул. Ахунбаева' "
        "and 'Банка Китая' are not mentions. Sister taken to a 'школа' for receiving money from abroad and writing "
        "on WhatsApp (arbitrary arrest + internment camp + family reprisal + digital surveillance), whereabouts not "
        "told (enforced disappearance); husband twelve years in 2017. Father 'не тронули' (negated arrest). 'в мае', "
        "'2 июля', 'конце июня' anchored on 2021; transfer number, passport ID, amounts not dates.")
ORGS = ["ОАО «Ала-Тоо Инвест Банк»", "ул. Ахунбаева", "Банка Китая"]
PERSONS = [
    P("p1", "Шавкат Турсунович Розахунов", ["Розахунова Шавката Турсуновича", "Шавкат Турсунович", "Розахунов Ш. Т."],
      ["narrator", "relative"], gender="male", rel=[("brother", "p2"), ("son", "p3")]),
    P("p2", "Рабия Турсуновна Турсунова", ["Турсуновой Рабии Турсуновны", "Рабию"], ["victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p3"), ("wife", "p4")],
      viol=[("detention.arbitrary_arrest", "Рабию увезли в «школу» за то, что она получала деньги из-за границы"),
            ("detention.internment_camp", "увезли в «школу»"),
            ("family.reprisal", "за то, что она получала деньги из-за границы"),
            ("surveillance.digital", "переписывалась со мной в WhatsApp"),
            ("disappearance.enforced", "Где она теперь, соседям не говорят, и сам я узнать не могу")]),
    P("p3", "Турсун Розахунов", ["Турсуна Розахунова"], ["relative"], gender="male",
      rel=[("father", "p1"), ("father", "p2")]),
    P("p4", "Абдужелил Касымов", ["Абдужелила Касымова"], ["victim", "relative"], gender="male",
      rel=[("husband", "p2")],
      viol=[("detention.prison_sentence", "ещё в 2017 году приговорили к двенадцати годам")]),
    P("p5", "Ч. Б. Осмонова", ["Осмонова Ч. Б."], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kashgar", ["Кашгаре"]),
    L("China", ["Китай", "КНР"]),
]
DATES = [
    D("14.06.2021", "2021-06-14", "day"),
    D("в [[мае]] сделали", "2021-05", "month"),
    D("2 июля", "2021-07-02", "day"),
    D("конце июня", "2021-06", "month"),
    D("2017 году", "2017", "year"),
    D("2016 года", "2016", "year"),
    D("16.07.2021", "2021-07-16", "day"),
    D("09.07.2021", "2021-07-09", "day"),
    D("23.08.2021", "2021-08-23", "day"),
    D("24.08.2021", "2021-08-24", "day"),
]
EVENTS = [
    ("arrest", "p2", "2021-06"),
    ("detention", "p2", "2021-06"),
    ("disappearance", "p2", "2021-06"),
    ("sentencing", "p4", "2017"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Отца, слава Богу, не тронули")]
FORBIDDEN = []
