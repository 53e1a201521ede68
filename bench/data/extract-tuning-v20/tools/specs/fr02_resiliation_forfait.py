FILE = "fr02_resiliation_forfait.txt"
LANG = "fr"
DATE = "2021-05-17"
NOTE = ("Letter cancelling a mobile-phone contract for a legitimate reason (résiliation pour motif légitime). 'Telvio' and "
        "'Association des Ouïghours d'Alsace' are orgs (no place mention inside); postcode '67000', 'TSA 40112', contract "
        "number '7730-0219-88', 'article 12' and the masked line number are not dates. Sender block and signature are "
        "mentions of the narrator Nurgül Abdikerim. Her brother Ablikim Abdikerim and their father Abdikerim Yüsüp (given name = "
        "children's surname). Kachgar (French exonym) x3; Maralbéxi = Bachu. The policeman presenting himself as « M. Liang » is "
        "a named official (surname only). Return to Kashgar then arrest at the airport because of the French number and "
        "WhatsApp on his phone = return + arbitrary arrest + digital surveillance; camp and sentence known from a cousin "
        "(dates null). «n'a pas été détenue» (sister-in-law) negated next to a withdrawn passport. Calls asking the narrator to "
        "come back and to « faire revenir » her parents who live with her in France = transnational harassment (narrator and "
        "father). «l'an dernier» -> 2020; «l'été 2019» -> 2019.")
ORGS = ["Telvio", "Association des Ouïghours d'Alsace"]
PERSONS = [
    P("p1", "Nurgül Abdikerim", ["Nurgül Abdikerim"], ["narrator", "victim", "relative"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p5")],
      viol=[("transnational.harassment", "ce numéro reçoit des appels d'un policier de Kachgar qui se présente comme « M. Liang ». Il me demande de rentrer")]),
    P("p2", "Ablikim Abdikerim", ["Ablikim Abdikerim"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p5"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "il a été arrêté à l'aéroport de Kachgar"),
            ("surveillance.digital", "parce que la police a trouvé sur son téléphone ce numéro français et l'application WhatsApp"),
            ("detention.internment_camp", "il a passé un an dans un « centre de formation » à Maralbéxi"),
            ("detention.prison_sentence", "il a été condamné à huit ans")]),
    P("p3", "Gulbahar Rozi", ["Gulbahar Rozi"], ["victim", "relative"], gender="female", rel=[("wife", "p2")],
      viol=[("movement.passport_confiscation", "on lui a retiré son passeport")]),
    P("p4", "Liang", ["Liang"], ["official", "perpetrator"], gender="male"),
    P("p5", "Abdikerim Yüsüp", ["Abdikerim Yüsüp"], ["relative", "victim"], gender="male", age=74,
      rel=[("father", "p1"), ("father", "p2")],
      viol=[("transnational.harassment", "de « faire revenir » mes parents")]),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Kashgar", ["Kachgar"]),
    L("Maralbeshi", ["Maralbéxi", "Bachu"]),
]
DATES = [
    D("17 mai 2021", "2021-05-17", "day"),
    D("septembre 2019", "2019-09", "month"),
    D("l'été 2019", "2019", "year"),
    D("octobre 2019", "2019-10", "month"),
    D("l'an dernier", "2020", "year"),
    D("depuis [[2017]]", "2017", "year"),
]
EVENTS = [
    ("return", "p2", "2019-10"),
    ("arrest", "p2", "2019-10"),
    ("detention", "p2", None),
    ("sentencing", "p2", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "n'a pas été détenue")]
FORBIDDEN = []
