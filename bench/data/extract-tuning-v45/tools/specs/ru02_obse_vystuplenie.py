FILE = "ru02_obse_vystuplenie.txt"
LANG = "ru"
DATE = "2024-10-02"
NOTE = ("OSCE human-dimension conference transcript excerpt (header, moderator's procedural lines, an NGO speaker "
        "reading a numbered list of named detainees into the record, a delegation's right of reply). Moderator and "
        "speaker are role other. Бахыт Оразбаев: задержан без обвинения April 2018 = arbitrary arrest (arrest + "
        "detention), daughter does not know where = disappearance + incommunicado (reading 2); the Chinese 'прошёл "
        "обучение' relayed by the delegation is the state's own word for the camp after a taking = internment camp "
        "(gold follows what the text says happened, not the label); 'трудоустроен' states no forced labour. Жанар "
        "Абдыкадыр: забрали в лагерь 2018 = arbitrary arrest + camp, punished for every Kazakh word = language ban, "
        "released 2020, cannot leave home without the local officer's permission = house arrest. Кадыржан Мукан: "
        "sentenced 2019 to 17 years for praying at home = prison sentence + religious ban, died in prison (learnt May "
        "2023: death undated) = death in custody. Нурсулу Мукан: 'не задерживали' = negated arbitrary arrest; summoned "
        "and questioned after each of the fund's statements = family reprisal + interrogation. Birth years '1961 г. "
        "р.' are year dates and fill birth_year. The delegation label is an organisation, not a place mention.")
ORGS = ["делегация Казахстана", "Делегация Казахстана"]
PERSONS = [
    P("p1", "Ханна Лидстрём", ["Ханна Лидстрём"], ["other"], gender="female"),
    P("p2", "Динара Касымова", ["Динара Касымова"], ["other"], gender="female"),
    P("p3", "Бахыт Оразбаев", ["Бахыт Оразбаев", "Оразбаева"], ["victim"], gender="male", birth_year=1961,
      viol=[("detention.arbitrary_arrest", "Задержан без обвинения в апреле 2018 года"),
            ("disappearance.enforced", "Его дочь в Казахстане до сих пор не знает, где он"),
            ("detention.incommunicado", "Его дочь в Казахстане до сих пор не знает, где он"),
            ("detention.internment_camp", "он «прошёл обучение и трудоустроен»")]),
    P("p4", "Жанар Абдыкадыр", ["Жанар Абдыкадыр"], ["victim"], gender="female", birth_year=1985,
      viol=[("detention.arbitrary_arrest", "В 2018 году её забрали в лагерь"),
            ("detention.internment_camp", "В 2018 году её забрали в лагерь"),
            ("culture.language_ban", "за каждое казахское слово наказывали"),
            ("detention.house_arrest", "не может выйти из дома без разрешения участкового")]),
    P("p5", "Кадыржан Мукан", ["Кадыржан Мукан"], ["victim"], gender="male", birth_year=1970, rel=[("husband", "p6")],
      viol=[("detention.prison_sentence", "его приговорили к 17 годам за то, что он молился дома"),
            ("culture.religious_ban", "за то, что он молился дома"),
            ("death.in_custody", "семья узнала о его смерти в тюрьме")]),
    P("p6", "Нурсулу Мукан", ["Нурсулу Мукан"], ["relative", "victim"], gender="female", rel=[("wife", "p5")],
      viol=[("family.reprisal", "после каждого нашего выступления её вызывают в полицию и допрашивают")]),
]
PLACES = [L("Warsaw", ["Варшава"]), L("Almaty", ["Алматы"]), L("Xinjiang", ["Синьцзяне"]), L("Dorbiljin", ["Дорбильджина"]),
          L("Kazakhstan", ["Казахстане"]), L("Tacheng", ["Чугучака"]), L("Urumqi", ["Урумчи"])]
DATES = [D("2 октября 2024 года", "2024-10-02", "day"), D("1961 г. р.", "1961", "year"),
         D("апреле 2018 года", "2018-04", "month"), D("1985 г. р.", "1985", "year"), D("В [[2018 году]]", "2018", "year"),
         D("в [[2020 году]]", "2020", "year"), D("1970 г. р.", "1970", "year"), D("В [[2019 году]]", "2019", "year"),
         D("В [[мае 2023 года]]", "2023-05", "month")]
EVENTS = [("arrest", "p3", "2018-04"), ("detention", "p3", "2018-04"), ("arrest", "p4", "2018"), ("detention", "p4", "2018"),
          ("release", "p4", "2020"), ("sentencing", "p5", "2019"), ("death", "p5", None), ("interrogation", "p6", None)]
NEGATED = [("p6", "detention.arbitrary_arrest", "Его жену, Нурсулу Мукан, не задерживали")]
FORBIDDEN = []
