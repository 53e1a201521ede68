FILE = "fr02_pv_conseil_ecole.txt"
LANG = "fr"
DATE = "2020-03-10"
NOTE = ("Minutes of a French primary-school council (school header, session line, attendance by function, numbered agenda "
        "items, secretary line). The school name (after a historical figure), the ministry and unnamed directrice, teachers "
        "and delegate are not persons; '212 élèves', 'CE2', 'CM1' and clock times are not dates. Mme Aygül Nurmuhammet / "
        "'Mme Nurmuhammet'; husband M. Perhat Tursun / 'M. Tursun'; his mother Hajigül Ablet (rumoured state care home, "
        "«aurait été placée … n'a pas pu être vérifié»: no code); children Ilham and Safiye born 2011 and 2013 respectively. "
        "Arrest at Ürümqi airport on arrival after the July 2017 return; taken straight to a 'centre de formation' (detention "
        "dated 2017-07). 'sans nouvelles' since spring 2018 = disappearance. Mother «n'a jamais été inquiétée en France» "
        "(negated arrest) next to anonymous calls asking for the children's school (transnational harassment). Range «du 2 au 6 mars "
        "2020» gives two dates. «depuis deux ans et demi» not annotated.")
ORGS = ["ÉCOLE ÉLÉMENTAIRE JEAN-MOULIN", "ministère de l'Europe et des Affaires étrangères"]
PERSONS = [
    P("p1", "Aygül Nurmuhammet", ["Aygül Nurmuhammet", "Nurmuhammet"], ["relative", "witness", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4"), ("mother", "p5")],
      viol=[("transnational.harassment", "des inconnus l'appellent depuis un numéro chinois pour lui demander l'adresse de l'école de ses enfants")]),
    P("p2", "Perhat Tursun", ["Perhat Tursun", "Tursun"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "Il a été interpellé à l'aéroport d'Ürümqi à son arrivée"),
            ("detention.internment_camp", "conduit dans un « centre de formation » du district de Dabancheng"),
            ("disappearance.enforced", "Depuis le printemps 2018, la famille est sans nouvelles"),
            ("detention.incommunicado", "la famille est sans nouvelles")]),
    P("p3", "Hajigül Ablet", ["Hajigül Ablet"], ["relative"], gender="female", rel=[("mother", "p2")]),
    P("p4", "Ilham", ["Ilham"], ["relative"], gender="male", birth_year=2011, rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Safiye", ["Safiye"], ["relative"], gender="female", birth_year=2013, rel=[("daughter", "p1"), ("daughter", "p2")]),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("Kashgar", ["Kachgar"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Dabancheng District", ["Dabancheng"]),
    L("France", ["France"]),
]
DATES = [
    D("10 mars 2020", "2020-03-10", "day"),
    D("du [[2]] au", "2020-03-02", "day"),
    D("6 mars 2020", "2020-03-06", "day"),
    D("juillet 2017", "2017-07", "month"),
    D("le printemps 2018", "2018", "year"),
    D("en [[2011]]", "2011", "year"),
    D("et [[2013]]", "2013", "year"),
]
EVENTS = [
    ("return", "p2", "2017-07"),
    ("arrest", "p2", "2017-07"),
    ("detention", "p2", "2017-07"),
    ("disappearance", "p2", "2018"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "elle-même n'a jamais été inquiétée en France")]
FORBIDDEN = []
