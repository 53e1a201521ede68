FILE = "ru02_pereoformlenie_dogovora.txt"
LANG = "ru"
DATE = "2021-12-06"
NOTE = ("Application to a Bishkek internet provider to transfer a home-internet contract to the daughter (header, «От:» line in "
        "the genitive, contract line with the subscriber 'Исмаилов Турдахун', explanation, attachments, date and signature "
        "'Н. Т. Исмаилова', operator's note). «СкайЛинк» and ГКНБ are organisations; the address (мкр. Джал) is not annotated; "
        "the contract number is not a date, '14.09.2017' is. Mother 'Гульнара' and brother 'Ильяс'/'Ильяса' by given name. "
        "Subjectless «отобрали паспорт», «увезли ночью», «осудили», «допрашивали», «не отправили», «вызвали». Arrest «через две "
        "недели» after early December 2017 -> 2017-12 (no span). Denial of medicine reported by returnees = denied medical care; "
        "beating is the brother's belief, the father never said it: neither. 'Летом 2019 года' = year. Mother questioned twice in "
        "Kashgar (return + interrogation 2018) but «в лагерь не отправили»: internment camp negated. Ilyas questioned by the "
        "Kyrgyz ГКНБ «в прошлом месяце» -> 2021-11: interrogation event, no code. Operator Асель Бекова: other.")
ORGS = ["СкайЛинк", "ГКНБ"]
PERSONS = [
    P("p1", "Назира Исмаилова", ["Исмаиловой Назиры Турдахуновны", "Н. Т. Исмаилова"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")]),
    P("p2", "Турдахун Исмаилов", ["Исмаилов Турдахун", "Турдахун Исмаилов"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      viol=[("movement.passport_confiscation", "у него отобрали паспорт и телефон"),
            ("detention.arbitrary_arrest", "увезли ночью из дома двоюродного брата; ни ордера, ни объяснений"),
            ("detention.internment_camp", "Около года он провёл в лагере в Кашгаре"),
            ("ill_treatment.denied_medical_care", "заключённым не давали лекарств"),
            ("detention.prison_sentence", "его осудили на десять лет"),
            ("detention.incommunicado", "где он сидит, нам не сообщают, писем от него нет")]),
    P("p3", "Гульнара", ["Гульнара"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "Ильяс", ["Ильяс", "Ильяса"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p1")]),
    P("p5", "Асель Бекова", ["Асель Бекова"], ["other"], gender="female"),
]
PLACES = [L("Bishkek", ["Бишкек"]), L("Kashgar", ["Кашгар", "Кашгаре"]), L("China", ["Китае"])]
DATES = [
    D("14.09.2017", "2017-09-14", "day"),
    D("декабря 2017 года", "2017-12", "month"),
    D("Летом 2019 года", "2019", "year"),
    D("в [[2018 году]]", "2018", "year"),
    D("прошлом месяце", "2021-11", "month"),
    D("с [[2017 года]]", "2017", "year"),
    D("6 декабря 2021 года", "2021-12-06", "day"),
]
EVENTS = [
    ("return", "p2", "2017-12"), ("arrest", "p2", "2017-12"), ("detention", "p2", "2017-12"), ("sentencing", "p2", "2019"),
    ("return", "p3", "2018"), ("interrogation", "p3", "2018"),
    ("interrogation", "p4", "2021-11"),
]
NEGATED = [("p3", "detention.internment_camp", "в лагерь не отправили")]
FORBIDDEN = []
