FILE = "ru02_akt_o_zalive.txt"
LANG = "ru"
DATE = "2024-11-11"
NOTE = ("Homeowners' association's flooding report (акт о заливе квартиры), Bishkek, with the absent owner's sister's "
        "recorded statement: commission members in the genitive 'Исаевой Жыпар Асановны', 'Бекмуратова Н. К.', "
        "'Осмонова Т. Т.' and in signatures 'Ж. А. Исаева' etc. (other); the flooded neighbour 'Кузнецова Ольга "
        "Петровна' / 'Ольге Петровне' / 'О. П. Кузнецова' (other); the sister in four forms ('Сабировой Гульмиры "
        "Турсуновны', 'Г. Т. Сабировой', 'Сабировой Г. Т.', 'Г. Т. Сабирова'). Owner Сабиров Ильшат Турсунович: went "
        "to Urumqi May 2017 (return), detained in a hotel (arrest+detention 2017-05, arbitrary arrest), about a year in "
        "a pre-trial prison (pretrial), first months alone in a cell (solitary), no washing for weeks (denied hygiene), "
        "ten years in 2018 (sentencing 2018, prison), no letters or visits (incommunicado). Sister: 'Меня саму в Китае "
        "не задерживали' (negated) beside her phone searched at the Torugart border in 2019 (digital surveillance; "
        "return 2019, her coming back is implied, not stated, so no exit). 'вчера' = 2024-11-10 on the act's date; "
        "'в октябре' = 2024-10. Clock times, flat numbers, act number not annotated; 'Ак-Суу' is the association's name "
        "and 'ул. Ахунбаева' a street (neither annotated).")
ORGS = ["ТСЖ «Ак-Суу»"]
PERSONS = [
    P("p1", "Исаева Жыпар Асановна", ["Исаевой Жыпар Асановны", "Ж. А. Исаева"], ["other"], gender="female"),
    P("p2", "Бекмуратов Н. К.", ["Бекмуратова Н. К.", "Н. К. Бекмуратов"], ["other"], gender="male"),
    P("p3", "Осмонов Т. Т.", ["Осмонова Т. Т.", "Т. Т. Осмонов"], ["other"], gender="male"),
    P("p4", "Сабиров Ильшат Турсунович", ["Сабиров Ильшат Турсунович"], ["victim"], gender="male",
      rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "там его задержали прямо в гостинице"),
            ("detention.pretrial", "Около года его держали в следственном изоляторе"),
            ("detention.solitary_confinement", "первые месяцы одного в камере"),
            ("ill_treatment.denied_hygiene", "мыться не давали неделями"),
            ("detention.prison_sentence", "В 2018 году ему дали десять лет"),
            ("detention.incommunicado", "Писем от него нет, свидания нам не дают")]),
    P("p5", "Кузнецова Ольга Петровна", ["Кузнецова Ольга Петровна", "Ольге Петровне", "О. П. Кузнецова"], ["other"],
      gender="female"),
    P("p6", "Сабирова Гульмира Турсуновна", ["Сабировой Гульмиры Турсуновны", "Г. Т. Сабировой", "Сабировой Г. Т.",
                                              "Г. Т. Сабирова"], ["witness", "relative", "victim"], gender="female",
      rel=[("sister", "p4")],
      viol=[("surveillance.digital", "на границе у меня просмотрели телефон")]),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Urumqi", ["Урумчи"]),
    L("China", ["Китае"]),
    L("Kashgar", ["Кашгар"]),
    L("Torugart", ["Торугарт"]),
]
DATES = [
    D("11.11.2024", "2024-11-11", "day"),
    D("вчера", "2024-11-10", "day"),
    D("с [[2017 года]]", "2017", "year"),
    D("мае 2017 года", "2017-05", "month"),
    D("В [[2018 году]]", "2018", "year"),
    D("2019 году", "2019", "year"),
    D("октябре", "2024-10", "month"),
]
EVENTS = [
    ("return", "p4", "2017-05"),
    ("arrest", "p4", "2017-05"),
    ("detention", "p4", "2017-05"),
    ("sentencing", "p4", "2018"),
    ("return", "p6", "2019"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "Меня саму в Китае не задерживали")]
FORBIDDEN = []
