FILE = "fr02_livre_de_naissance.txt"
LANG = "fr"
DATE = "2020-03-14"
NOTE = ("Baby's birth book ('livre de naissance') filled in by the parents in Bordeaux: form fields (Prénom/Nom in "
        "separate fields: 'Nom : TURDI' alone is the baby's surname, a mention of Aylin), family lines in French 'NOM "
        "Prénom' order with the surname in capitals ('QASIM Turdi' = Turdi Qasim, later 'papi Turdi'; 'SAWUT Aynisa' = "
        "Aynisa Sawut, later 'Aynisa'), 'Gulnur TURDI (née ABLEKIM)': the maiden name is a mention of Gulnur. Father's "
        "and mother's dated notes. Uncle 'Dilyar', grandmother 'Patime', cousin 'Meryem' by given name only; the "
        "midwife Claire Lefèvre is role other; 'maternité Pellegrin' is an organisation. Release 'un an plus tard' "
        "chained on 2018 -> 2019. Pilgrimage as the grounds = arbitrary arrest. 'n'a pas été arrêtée' negated beside "
        "compulsory anthem and Party songs (indoctrination); Meryem's forced IUD is gold, 'Elle n'a pas été stérilisée' "
        "negated sterilisation. Arrival in France 2015 = exit of both parents. Birth time and weights are not dates.")
ORGS = ["maternité Pellegrin"]
PERSONS = [
    P("p1", "Aylin Turdi", ["Aylin", "TURDI"], ["relative"], gender="female", birth_year=2020,
      rel=[("daughter", "p2"), ("daughter", "p3"), ("granddaughter", "p4"), ("granddaughter", "p5"),
           ("granddaughter", "p6")]),
    P("p2", "Gulnur Turdi", ["Gulnur TURDI", "ABLEKIM"], ["narrator", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3"), ("daughter", "p6"), ("cousin", "p9")]),
    P("p3", "Erpan Turdi", ["Erpan TURDI"], ["narrator", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2"), ("son", "p4"), ("son", "p5"), ("brother", "p8")]),
    P("p4", "Turdi Qasim", ["QASIM Turdi", "Turdi"], ["victim"], gender="male",
      rel=[("father", "p3"), ("father", "p8"), ("husband", "p5"), ("grandfather", "p1")],
      viol=[("detention.internment_camp", "il a été emmené dans un camp à Hotan"),
            ("detention.arbitrary_arrest", "parce qu'il avait fait le pèlerinage à La Mecque"),
            ("movement.passport_confiscation", "la police garde toujours son passeport")]),
    P("p5", "Aynisa Sawut", ["SAWUT Aynisa", "Aynisa"], ["relative", "victim"], gender="female",
      rel=[("mother", "p3"), ("mother", "p8"), ("wife", "p4"), ("grandmother", "p1")],
      viol=[("indoctrination.political", "elle doit chanter l'hymne et des chants à la gloire du Parti au comité de quartier chaque lundi")]),
    P("p6", "Patime", ["Patime"], ["relative"], gender="female", rel=[("mother", "p2"), ("grandmother", "p1")]),
    P("p7", "Claire Lefèvre", ["Claire Lefèvre"], ["other"], gender="female"),
    P("p8", "Dilyar", ["Dilyar"], ["relative"], gender="male",
      rel=[("brother", "p3"), ("son", "p4"), ("son", "p5"), ("uncle", "p1")]),
    P("p9", "Meryem", ["Meryem"], ["victim", "relative"], gender="female", rel=[("cousin", "p2")],
      viol=[("reproductive.forced_contraception", "on lui a posé un stérilet de force")]),
]
PLACES = [
    L("Bordeaux", ["Bordeaux"]),
    L("Hotan", ["Hotan"]),
    L("Almaty", ["Almaty"]),
    L("Munich", ["Munich"]),
    L("Mecca", ["La Mecque"]),
    L("Ghulja", ["Ghulja"]),
    L("France", ["France"]),
]
DATES = [
    D("2 février 2020", "2020-02-02", "day"),
    D("20 février 2020", "2020-02-20", "day"),
    D("En [[2018]]", "2018", "year"),
    D("un an plus tard", "2019", "year"),
    D("14 mars 2020", "2020-03-14", "day"),
    D("en [[2015]]", "2015", "year"),
]
EVENTS = [
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("release", "p4", "2019"),
    ("exit", "p2", "2015"),
    ("exit", "p3", "2015"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "n'a pas été arrêtée"),
           ("p9", "reproductive.forced_sterilization", "Elle n'a pas été stérilisée")]
FORBIDDEN = []
