FILE = "fr01_droit_de_reponse.txt"
LANG = "fr"
DATE = "2024-11-22"
NOTE = ("Regional newspaper's published right of reply (droit de réponse) with the son's letter and an editor's note, "
        "French. Sender 'M. Dilmurat ABLIZ' / 'Dilmurat Abliz'; his father is 'Abliz Helil' (son's surname = father's "
        "given name), later 'M. Helil' in the editor's note; mother only 'Reyhangül', sister only 'Nigara'. The letter "
        "corrects the paper's claims: 'n'a jamais été jugé ni condamné' negates a prison sentence beside arrest without "
        "warrant because the children live abroad (arbitrary arrest + family reprisal), camp ('centre de formation "
        "professionnelle'), slogans and anthem (indoctrination), release 2020-02 (also April 2018 + 22 months), may not "
        "leave his neighbourhood (house arrest). Mother: 'n'a pas été détenue' (arbitrary arrest negated) beside passport "
        "taken and phone checks (digital surveillance). 'Nous sommes arrivés à Lyon, ma sœur Nigara et moi, en septembre "
        "2015' = two exits. Sender 'jamais été menacé en France' (transnational harassment negated) beside his sister's "
        "calls 'l'an dernier' (-> 2023). Quoted false claims ('en 2018' sentence, 'arrivé en France en 2016') are dates "
        "but no events. Transfer to Karakax is conditional and unverified ('aurait été transféré'): hedged, no event. "
        "Journalist and publisher are named staff (other). The paper's name is an org.")
ORGS = ["L'ÉCHO DE LA SAÔNE"]
PERSONS = [
    P("p1", "Dilmurat Abliz", ["Dilmurat ABLIZ", "Dilmurat Abliz"], ["narrator", "relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4")]),
    P("p2", "Abliz Helil", ["Abliz Helil", "M. Helil"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "arrêté à Hotan en avril 2018, sans mandat"),
            ("family.reprisal", "parce que ma sœur et moi vivions à l'étranger"),
            ("detention.internment_camp", "vingt-deux mois dans un camp que les autorités appellent « centre de formation professionnelle »"),
            ("indoctrination.political", "on l'obligeait à réciter des slogans et à chanter l'hymne national chaque matin"),
            ("detention.house_arrest", "il n'a pas le droit de quitter son quartier sans autorisation")]),
    P("p3", "Reyhangül", ["Reyhangül"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("mother", "p4")],
      viol=[("movement.passport_confiscation", "la police lui a pris son passeport"),
            ("surveillance.digital", "son téléphone est contrôlé à chaque sortie")]),
    P("p4", "Nigara", ["Nigara"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "a reçu l'an dernier des appels d'un numéro chinois lui demandant de « rentrer au pays »")]),
    P("p5", "Claire Vasseur", ["Claire Vasseur"], ["other"], gender="female"),
    P("p6", "Marc Delorme", ["Marc Delorme"], ["other"], gender="male"),
]
PLACES = [
    L("Croix-Rousse", ["Croix-Rousse"]),
    L("Hotan", ["Hotan"]),
    L("France", ["France"]),
    L("Lyon", ["Lyon"]),
    L("Karakax", ["Karakax"]),
]
DATES = [
    D("22 novembre 2024", "2024-11-22", "day"),
    D("le 15 novembre 2024", "2024-11-15", "day"),
    D("article du [[15 novembre]]", "2024-11-15", "day"),
    D("prison en [[2018]]", "2018", "year"),
    D("avril 2018", "2018-04", "month"),
    D("février 2020", "2020-02", "month"),
    D("France en [[2016]]", "2016", "year"),
    D("septembre 2015", "2015-09", "month"),
    D("c'est en [[2016]]", "2016", "year"),
    D("l'an dernier", "2023", "year"),
    D("le 19 novembre 2024", "2024-11-19", "day"),
    D("Karakax en [[2019]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2020-02"),
    ("exit", "p1", "2015-09"),
    ("exit", "p4", "2015-09"),
]
NEGATED = [("p2", "detention.prison_sentence", "Mon père n'a jamais été jugé ni condamné"),
           ("p3", "detention.arbitrary_arrest", "Reyhangül n'a pas été détenue"),
           ("p1", "transnational.harassment", "Je n'ai moi-même jamais été menacé en France")]
FORBIDDEN = []
