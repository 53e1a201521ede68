FILE = "fr01_temoignage_association.txt"
LANG = "fr"
DATE = "2024-02-03"
NOTE = ("Témoignage recueilli par une association (header with 'Nigare KERIM, 41 ans, ouïghoure', volunteer and "
        "interpreter, bracketed remarks of the recorder, 'N. Kerim' signature). Husband Yasinjan Hamut: April 2017 sent "
        "'à l'école' with no judge or paper (arbitrary arrest + camp), ten years for 'extrémisme' told to his mother "
        "'L'année suivante' (restated: a fact; the sentencing itself is undated), transfer to a Hotan prison 'printemps "
        "2019', visits refused since 2020 (incommunicado); work in a workshop hedged ('je n'en suis pas sûre': nothing). "
        "Narrator: 'on ne m'a jamais arrêtée' (negated arbitrary arrest), Monday anthem and speeches (indoctrination), "
        "exit August 2018. Sister-in-law Buhelchem Hamut: forced abortion in Karakax 2017. Neighbour Patigul Semet: "
        "operated without consent 2018 (forced sterilization). Sister Aynise: summoned in Hotan 'Deux mois après mon "
        "départ' -> 2018-10 and questioned about the narrator's contacts in France (interrogation + family reprisal), "
        "'Elle n'a pas été gardée' (negated arbitrary arrest). Neighbours reporting who prays is background (no person). "
        "Recorder and interpreter: other.")
ORGS = ["Association Solidarité Tarim – Pôle mémoire"]
PERSONS = [
    P("p1", "Nigare Kerim", ["Nigare KERIM", "Nigare Kerim", "N. Kerim"], ["narrator", "witness", "victim"],
      gender="female", ethnicity="Uyghur", age=41, rel=[("wife", "p2"), ("sister", "p5"), ("sister-in-law", "p3")],
      viol=[("indoctrination.political", "chaque lundi je devais chanter l'hymne et réciter les discours au comité de quartier")]),
    P("p2", "Yasinjan Hamut", ["Yasinjan Hamut"], ["victim"], gender="male", rel=[("husband", "p1"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "Il n'y a eu ni juge ni papier"),
            ("detention.internment_camp", "il partait « à l'école » pour quelques semaines"),
            ("detention.prison_sentence", "il avait été condamné à dix ans pour « extrémisme »"),
            ("detention.incommunicado", "toutes ses demandes de visite sont refusées")]),
    P("p3", "Buhelchem Hamut", ["Buhelchem Hamut"], ["victim", "relative"], gender="female",
      rel=[("sister", "p2"), ("sister-in-law", "p1")],
      viol=[("reproductive.forced_abortion", "on l'a obligée à avorter")]),
    P("p4", "Patigul Semet", ["Patigul Semet"], ["victim"], gender="female",
      viol=[("reproductive.forced_sterilization", "on l'a opérée pour qu'elle n'en ait plus, sans lui demander son accord")]),
    P("p5", "Aynise", ["Aynise"], ["relative", "victim"], gender="female", rel=[("sister", "p1")],
      viol=[("family.reprisal", "la police a convoqué ma sœur Aynise à Hotan et l'a interrogée toute une nuit sur mes contacts en France")]),
    P("p6", "Claire Fontaine", ["Claire Fontaine"], ["other"], gender="female"),
    P("p7", "Adile Turdi", ["Adile Turdi"], ["other"], gender="female"),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("Hotan", ["Hotan"]),
    L("Karakax", ["Karakax"]),
    L("China", ["Chine"]),
    L("France", ["France"]),
]
DATES = [
    D("3 février 2024", "2024-02-03", "day"),
    D("avril 2017", "2017-04", "month"),
    D("la fin de cette année-là", "2017", "year"),
    D("L'année suivante", "2018", "year"),
    D("printemps 2019", "2019", "year"),
    D("en [[2020]]", "2020", "year"),
    D("en [[2017]]", "2017", "year"),
    D("En [[2018]]", "2018", "year"),
    D("août 2018", "2018-08", "month"),
    D("Deux mois après", "2018-10", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("sentencing", "p2", None),
    ("transfer", "p2", "2019"),
    ("exit", "p1", "2018-08"),
    ("interrogation", "p5", "2018-10"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Moi, on ne m'a jamais arrêtée"),
           ("p5", "detention.arbitrary_arrest", "Elle n'a pas été gardée")]
FORBIDDEN = []
