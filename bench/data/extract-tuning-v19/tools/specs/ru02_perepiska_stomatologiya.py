FILE = "ru02_perepiska_stomatologiya.txt"
LANG = "ru"
DATE = "2021-10-27"
NOTE = ("Exported WhatsApp thread between a Bishkek dental clinic and a patient (stamps [DD.MM.YYYY hh:mm], sender labels). "
        "Each stamp is a day date; relative words are anchored on their message's stamp: «в среду» -> 13.10, «завтра» in the "
        "14.10 message -> 15.10, «Вчера» in the 27.10 message -> 26.10. The next appointment «28.10» and «Завтра» of 27.10 "
        "are after the document date (the last message): not annotated. Clock times and the 1-5 rating are no dates. The "
        "clinic name and sender label «Ак-Тиш» and «посольство Китая» are organisations (no place mention inside). Sender "
        "labels are mentions; the administrator Алина and the dentist «Б. Осмонова» (genitive, initial) are staff with role "
        "other. Son in the dative «Тимуру»; brother-in-law only in the genitive «Адила», and his arrest is reported with "
        "«говорят … никто не подтверждает» (rumour: no code, no event). Husband held at Ürümqi airport on arrival = "
        "arbitrary arrest (2017-04) + passport confiscation; no call since and unknown prison = incommunicado; sentence "
        "told orally to his sister in 2019 = prison sentence. «Меня саму в Китае никогда не задерживали» negated.")
ORGS = ["Стоматология «Ак-Тиш»", "Ак-Тиш", "посольство Китая"]
PERSONS = [
    P("p1", "Мукаддас Турсунова", ["Мукаддас Турсунова", "Мукаддас"], ["narrator", "witness", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "Эркин Абдукадыров", ["Эркин Абдукадыров", "Абдукадыров"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "его задержали прямо в аэропорту Урумчи"),
            ("movement.passport_confiscation", "забрали паспорт"),
            ("detention.incommunicado", "С тех пор ни одного звонка"),
            ("detention.prison_sentence", "ему дали двенадцать лет")]),
    P("p3", "Тимур", ["Тимуру", "Тимур"], ["relative"], gender="male", age=8, rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Адил", ["Адила"], ["relative"], gender="male", rel=[("brother", "p2")]),
    P("p5", "Алина", ["Алина"], ["other"], gender="female"),
    P("p6", "Б. Осмонов", ["Б. Осмонова"], ["other"], gender="male"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kashgar", ["Кашгар", "Кашгаре"]),
    L("Ürümqi", ["Урумчи"]),
    L("China", ["Китае"]),
]
DATES = [
    D(("11.10.2021", 0), "2021-10-11", "day"),
    D(("11.10.2021", 1), "2021-10-11", "day"),
    D("приёме [[13.10]] в", "2021-10-13", "day"),
    D("среду", "2021-10-13", "day"),
    D(("12.10.2021", 0), "2021-10-12", "day"),
    D("пятницу, 15.10", "2021-10-15", "day"),
    D(("12.10.2021", 1), "2021-10-12", "day"),
    D("апреле 2017 года", "2017-04", "month"),
    D("2019 году", "2019", "year"),
    D(("12.10.2021", 2), "2021-10-12", "day"),
    D("Записали на [[15.10]]", "2021-10-15", "day"),
    D(("14.10.2021", 0), "2021-10-14", "day"),
    D(("14.10.2021", 1), "2021-10-14", "day"),
    D("свободна [[завтра]]", "2021-10-15", "day"),
    D(("15.10.2021", 0), "2021-10-15", "day"),
    D(("15.10.2021", 1), "2021-10-15", "day"),
    D(("27.10.2021", 0), "2021-10-27", "day"),
    D("Вчера", "2021-10-26", "day"),
    D("2018-м", "2018", "year"),
    D(("27.10.2021", 1), "2021-10-27", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("sentencing", "p2", "2019"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Меня саму в Китае никогда не задерживали")]
FORBIDDEN = []
