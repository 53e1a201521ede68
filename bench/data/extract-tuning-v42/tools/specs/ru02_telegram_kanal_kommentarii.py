FILE = "ru02_telegram_kanal_kommentarii.txt"
LANG = "ru"
DATE = "2024-10-18"
NOTE = ("Telegram channel's pinned forwarded post with the admin's line, view counter and comments. The channel name "
        "'Вести Жаркента' is an organisation (its place word is not a mention). Асель Нурланкызы (29): taken from the "
        "market in Ghulja on 3 October without papers = arbitrary arrest; 'Говорят, отвезли в СИЗО' is confirmed by "
        "the later update (moved from 'того СИЗО') = pretrial; no parcel, no call (place known) = incommunicado only; "
        "thirty in a cell for eight (the acquaintance) = overcrowding; 'не били её' = negated beating; moved to a 'центр обучения' = internment camp (transfer, undated). The taking is told twice (forwarded post "
        "and 'её забрали 3-го') = one arrest and one detention event 2024-10-03. Руслан: Марат says he was taken "
        "'ещё летом', the sister-in-law says she does not know and he is 'вроде бы' working in Urumqi: contested, "
        "neither gold nor forbidden. '@Марат' is a mention of Марат Тлеубаев; 'Alma_zhan' a handle (mention); her neighbour taken 'весной' (= 2024) is unnamed. "
        "'летом' (on 17 Oct 2024) = 2024; 'вчера' on 18 Oct = 2024-10-17; '3-го' = 2024-10-03.")
ORGS = ["Вести Жаркента"]
PERSONS = [
    P("p1", "Гульнар Абенова", ["Гульнар Абенова"], ["narrator", "relative"], gender="female", rel=[("sister", "p2")]),
    P("p2", "Асель Нурланкызы", ["Асель Нурланкызы", "Асель"], ["victim"], gender="female", age=29,
      rel=[("sister", "p1"), ("wife", "p4")],
      viol=[("detention.arbitrary_arrest", "3 октября забрали прямо с рынка в Кульдже, без бумаг, без объяснений"),
            ("detention.pretrial", "Говорят, отвезли в СИЗО"),
            ("detention.incommunicado", "Нам не дают ни передачу, ни звонок"),
            ("detention.internment_camp", "Асель перевели в «центр обучения»"),
            ("detention.overcrowding", "в камере их было человек тридцать на восемь мест")]),
    P("p3", "Марат Тлеубаев", ["Марат Тлеубаев", "Марат"], ["witness"], gender="male"),
    P("p4", "Руслан", ["Руслан", "Руслана"], ["relative"], gender="male", rel=[("husband", "p2")]),
    P("p5", "Alma_zhan", ["Alma_zhan"], ["other"]),
]
PLACES = [L("Ghulja", ["Кульдже", "Кульджой"]), L("Urumqi", ["Урумчи"])]
DATES = [
    D("3 октября", "2024-10-03", "day"), D("17 окт 2024", "2024-10-17", "day"),
    D(("[[17 окт]],", 0), "2024-10-17", "day"), D(("[[17 окт]],", 1), "2024-10-17", "day"), D(("[[17 окт]],", 2), "2024-10-17", "day"),
    D(("[[18 окт]],", 0), "2024-10-18", "day"), D(("[[18 окт]],", 1), "2024-10-18", "day"),
    D("летом", "2024", "year"), D("весной", "2024", "year"), D("[[вчера]] вечером", "2024-10-17", "day"), D("3-го", "2024-10-03", "day"),
]
EVENTS = [("arrest", "p2", "2024-10-03"), ("detention", "p2", "2024-10-03"), ("transfer", "p2", None)]
NEGATED = [("p2", "torture.beating", "не били её")]
FORBIDDEN = []
