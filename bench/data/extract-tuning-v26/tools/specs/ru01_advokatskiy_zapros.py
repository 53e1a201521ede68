FILE = "ru01_advokatskiy_zapros.txt"
LANG = "ru"
DATE = "2019-03-18"
NOTE = ("Almaty advocate's formal inquiry (адвокатский запрос) to the consular department of Kazakhstan's foreign "
        "ministry about a Kazakh citizen detained in Xinjiang (letterhead, outgoing number, addressee block, numbered "
        "requests, attachments, signature). The advocate writes in the first person ('В моём производстве'): narrator, "
        "and otherwise role other; signature 'Д. М. Сейтказиева'. Client in genitive form order 'Нурлановой Айгерим "
        "Кайратовны', later 'Нурлановой А. К.'; husband 'Бекова Ержана Тлеубековича', then 'Ержан', 'Ержана', 'Бекова Е. "
        "Т.'; his father 'Беков Тлеубек' (father's given name -> son's surname and patronymic). Subjectless clauses: "
        "«задержали ... забрали ... отправили ... разрешили ... позвонили». '26 ноября' anchored on November 2017; "
        "'Через неделю' -> 2017-12; 'январе этого года' -> 2019-01; 'прошлом месяце' -> 2019-02. Going to Ghulja from "
        "Kazakhstan = return. The father died at home after an illness and 'В лагере он не был': death event, negated "
        "internment camp, death in custody forbidden. The transfer to a sewing factory is unconfirmed ('По "
        "неподтверждённым данным', 'проверить ... не может'): no transfer event, forced labour neither gold nor "
        "forbidden. Outgoing/agreement numbers, '52', 'офис 14' are not dates; «г.» dropped from date spans.")
ORGS = ["Коллегия адвокатов города Алматы", "Министерства иностранных дел Республики Казахстан"]
PERSONS = [
    P("p1", "Сейтказиева Динара Маратовна", ["Сейтказиева Динара Маратовна", "Д. М. Сейтказиева"], ["narrator", "other"],
      gender="female"),
    P("p2", "Нурланова Айгерим Кайратовна", ["Нурлановой Айгерим Кайратовны", "Нурлановой А. К."], ["relative", "victim"],
      gender="female", citizenship=["Kazakhstan"], rel=[("wife", "p3")],
      viol=[("transnational.harassment", "посоветовали «не писать в газеты, если хочет увидеть мужа»")]),
    P("p3", "Беков Ержан Тлеубекович", ["Бекова Ержана Тлеубековича", "Ержан", "Ержана", "Бекова Е. Т."],
      ["victim", "relative"], gender="male", birth_year=1986, citizenship=["Kazakhstan"],
      rel=[("husband", "p2"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "задержали прямо на пограничном пункте «Хоргос»"),
            ("movement.passport_confiscation", "забрали казахстанский паспорт"),
            ("detention.internment_camp", "сына отправили «на учёбу»"),
            ("detention.incommunicado", "С тех пор связи с ним нет")]),
    P("p4", "Беков Тлеубек", ["Беков Тлеубек"], ["relative"], gender="male", birth_year=1951,
      rel=[("father", "p3")]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Ghulja", ["Кульджу"]),
    L("Khorgos", ["Хоргос"]),
    L("China", ["КНР"]),
]
DATES = [
    D("от [[18.03.2019]] г.", "2019-03-18", "day"),
    D("от [[04.03.2019]] г.", "2019-03-04", "day"),
    D("[[1986]] г.р.", "1986", "year"),
    D("ноябре 2017 года", "2017-11", "month"),
    D("26 ноября", "2017-11-26", "day"),
    D("Через неделю", "2017-12", "month"),
    D("2018 году", "2018", "year"),
    D("[[1951]] г.р.", "1951", "year"),
    D("январе этого года", "2019-01", "month"),
    D("прошлом месяце", "2019-02", "month"),
]
EVENTS = [
    ("return", "p3", "2017-11"),
    ("arrest", "p3", "2017-11-26"),
    ("detention", "p3", "2017-11-26"),
    ("death", "p4", "2019-01"),
]
NEGATED = [("p4", "detention.internment_camp", "В лагере он не был")]
FORBIDDEN = [("p4", "death.in_custody")]
