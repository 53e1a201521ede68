FILE = "ru01_otvet_dekanata_grafik.txt"
LANG = "ru"
DATE = "2024-10-15"
NOTE = ("Almaty university dean's office reply (outgoing number, dative addressee, РЕШИЛ items) to a student's "
        "application for an individual study schedule. Student 'Мухтарову Ерболу' (dative), 'Ербол', signature "
        "'Е. Мухтаров' (surname from the father's given name). Father 'Мухтар Касымов' / genitive 'Мухтара Касымова': "
        "detained in Ghulja Feb 2018 without charge (arbitrary arrest), 'центр профессионального обучения' (camp), "
        "sentenced 2019 to ten years (dated sentencing, family's information stated plainly), no visits or letters "
        "(incommunicado). Mother 'Шолпан Рахимова': passport seized 2017 and returned, came to Almaty March 2023 "
        "(exit), summoned for 'talks' before leaving (interrogation event, undated); 'под стражей не находилась' = "
        "negated arbitrary arrest. Student: calls from a Chinese number demanding he stop attending relatives' "
        "meetings = transnational harassment. '15.10.2024' inside the outgoing-number line is the document date. "
        "Not dates: 'текущий осенний семестр', 'десяти годам', '3 курса', course numbers.")
ORGS = ["Казахский национальный университет имени аль-Фараби"]
PERSONS = [
    P("p1", "Ербол Мухтаров", ["Мухтарову Ерболу", "Ербол", "Е. Мухтаров"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "Вам несколько раз звонили с китайского номера и требовали")]),
    P("p2", "Мухтар Касымов", ["Мухтар Касымов", "Мухтара Касымова"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "был задержан в Кульдже без предъявления какого-либо обвинения"),
            ("detention.internment_camp", "помещён в так называемый «центр профессионального обучения»"),
            ("detention.prison_sentence", "приговорил его к десяти годам лишения свободы"),
            ("detention.incommunicado", "родственникам не разрешают ни свиданий, ни переписки")]),
    P("p3", "Шолпан Рахимова", ["Шолпан Рахимова"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "паспорт, изъятый ещё в 2017 году")]),
    P("p4", "А. К. Омарова", ["А. К. Омарову"], ["other"], gender="female"),
    P("p5", "Б. Т. Садыкова", ["Б. Т. Садыкова"], ["other"], gender="female"),
]
PLACES = [
    L("Ghulja", ["Кульдже"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("15.10.2024", "2024-10-15", "day"),
    D("2 октября 2024 года", "2024-10-02", "day"),
    D("феврале 2018 года", "2018-02", "month"),
    D("2019 году", "2019", "year"),
    D("марте 2023 года", "2023-03", "month"),
    D("2017 году", "2017", "year"),
    D("прошлом месяце", "2024-09", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018-02"),
    ("detention", "p2", "2018-02"),
    ("sentencing", "p2", "2019"),
    ("exit", "p3", "2023-03"),
    ("interrogation", "p3", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "сама она под стражей не находилась")]
FORBIDDEN = []
