FILE = "en01_wholesale_overdue_invoice.txt"
LANG = "en"
DATE = "2023-03-21"
NOTE = ("Wholesale supplier's overdue-invoice letter to a Manchester restaurant owner with his handwritten reply. "
        "Customer as 'Mr Dilmurat Tohti', 'Mr Tohti', signature 'DILMURAT TOHTI'; the restaurant name 'Tohti's "
        "Kitchen' is an organisation. Wife by given name 'Aygul', sister-in-law 'Mehriban', son 'Erkin'. 'In "
        "December' -> 2022-12 (reply of March 2023); 'last month' -> 2023-02; '28 March', 'April', 'May' lie after "
        "the document date and are not annotated; 'two days later', '120 days', 'six weeks' not dates. Going back to "
        "Kashgar = return; 'training centre' = internment camp; the call from a Chinese number = transnational "
        "harassment; 'I have never been arrested' negated beside it. Invoice/account numbers, amounts not dates.")
ORGS = ["SILK ROAD PANTRY WHOLESALE LTD", "Tohti's Kitchen", "Foreign Office"]
PERSONS = [
    P("p1", "Dilmurat Tohti", ["Dilmurat Tohti", "Mr Tohti", "DILMURAT TOHTI"], ["narrator", "relative"], gender="male",
      rel=[("husband", "p2"), ("father", "p4")],
      viol=[("transnational.harassment", "a man rang me from a Chinese number last month and said I should stop talking to journalists")]),
    P("p2", "Aygul", ["Aygul"], ["victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4"), ("sister", "p3")],
      viol=[("movement.passport_confiscation", "the police took her passport"),
            ("detention.arbitrary_arrest", "they took her to what they call a training centre. Nobody charged her with anything"),
            ("detention.internment_camp", "what they call a training centre"),
            ("detention.incommunicado", "Since then we have had no word at all")]),
    P("p3", "Mehriban", ["Mehriban"], ["relative", "witness"], gender="female", rel=[("sister", "p2")]),
    P("p4", "Erkin", ["Erkin"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Sandra Pike", ["Sandra Pike"], ["other"], gender="female"),
    P("p6", "Graham Holloway", ["Graham Holloway", "Mr Holloway"], ["other"], gender="male"),
]
PLACES = [
    L("Bradford", ["Bradford"]),
    L("Manchester", ["Manchester"]),
    L("Kashgar", ["Kashgar"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("14 March 2023", "2023-03-14", "day"),
    D("9 November 2022", "2022-11-09", "day"),
    D("10 January", "2023-01-10", "day"),
    D("8 February", "2023-02-08", "day"),
    D("21 March 2023", "2023-03-21", "day"),
    D("In [[December]]", "2022-12", "month"),
    D("last month", "2023-02", "month"),
    D("the [[November]] invoice", "2022-11", "month"),
]
EVENTS = [
    ("return", "p2", "2022-12"),
    ("arrest", "p2", "2022-12"),
    ("detention", "p2", "2022-12"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "I have never been arrested")]
FORBIDDEN = []
