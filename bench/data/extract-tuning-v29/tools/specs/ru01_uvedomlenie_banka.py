FILE = "ru01_uvedomlenie_banka.txt"
LANG = "ru"
DATE = "2018-06-25"
NOTE = ("Kazakh bank's notice suspending debit operations on a card account under anti-money-laundering law "
        "(letterhead, outgoing no., addressee block in the dative 'Касеновой Жанар Муратовне', IBAN-like account "
        "number, grounds, officer 'Ахметов Д. С.' = other) with the client's attached explanation ('Касенова Ж. М.', "
        "signature 'Ж. Касенова'). Husband 'Сеитов Кайрат' then 'Кайрата' / 'Кайрату'; his mother 'Сеитова Рахима' / "
        "'Сеитовой Рахиме' (the narrator's mother-in-law: no relation to her). Subjectless «Паспорт у него там сразу "
        "забрали», «Кайрата забрали ... «на учёбу»». Transfer to a prison in Urumqi is hearsay ('Говорят ... официально "
        "ничего'): neither. «Сама я в Китае не задерживалась» negates arbitrary arrest beside the phone check, "
        "fingerprints and questioning at the Chinese side of Khorgos (interrogation event, no release). Lawyer not "
        "admitted + no contact = incommunicado. 'В марте этого года' -> 2018-03; 'в январе' -> 2018-01; 'В прошлом "
        "месяце' -> 2018-05; 'с 1 мая по 10 июня 2018 г.' two dates. Outgoing and account numbers, amounts, '10 рабочих "
        "дней' are not dates. 'Жетысу' in the bank's name is not a place.")
ORGS = ["АО «Жетысу Кредит Банк»"]
PERSONS = [
    P("p1", "Касенова Жанар Муратовна", ["Касеновой Жанар Муратовне", "Жанар Муратовна", "Касенова Ж. М.", "Ж. Касенова"],
      ["narrator", "victim", "relative"], gender="female", birth_year=1984, rel=[("wife", "p2")],
      viol=[("surveillance.digital", "у меня проверили телефон"),
            ("medical.biometric_collection", "сняли отпечатки пальцев"),
            ("transnational.harassment", "мне звонили с незнакомого номера и требовали, чтобы я перестала писать в посольство")]),
    P("p2", "Сеитов Кайрат", ["Сеитов Кайрат", "Кайрата", "Кайрату"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p3")],
      viol=[("movement.passport_confiscation", "Паспорт у него там сразу забрали, выехать обратно он не может"),
            ("detention.arbitrary_arrest", "Кайрата забрали"),
            ("detention.internment_camp", "«на учёбу»"),
            ("detention.incommunicado", "с тех пор связи с ним нет")]),
    P("p3", "Сеитова Рахима", ["Сеитова Рахима", "Сеитовой Рахиме"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2")],
      viol=[("indoctrination.political", "каждую неделю заставляют ходить на политзанятия")]),
    P("p4", "Ахметов Д. С.", ["Ахметов Д. С."], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("China", ["КНР", "Китае"]),
    L("Ghulja", ["Кульджу"]),
    L("Urumqi", ["Урумчи"]),
    L("Khorgos", ["Хоргос"]),
]
DATES = [
    D(("25.06.2018", 0), "2018-06-25", "day"),
    D("14.03.1984", "1984-03-14", "day"),
    D("12.06.2018", "2018-06-12", "day"),
    D("1 мая", "2018-05-01", "day"),
    D("10 июня 2018", "2018-06-10", "day"),
    D(("25.06.2018", 1), "2018-06-25", "day"),
    D("2017 году", "2017", "year"),
    D("марте этого года", "2018-03", "month"),
    D("январе", "2018-01", "month"),
    D("прошлом месяце", "2018-05", "month"),
    D(("25.06.2018", 2), "2018-06-25", "day"),
]
EVENTS = [
    ("return", "p2", "2017"),
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("interrogation", "p1", "2018-01"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Сама я в Китае не задерживалась")]
FORBIDDEN = []
