FILE = "fr01_lettre_dix_huit_ans.txt"
LANG = "fr"
DATE = "2021-05-03"
NOTE = ("Mother's letter to her daughter, to be opened at eighteen (written on the girl's tenth birthday), Lyon. "
        "Signature 'Mehray SEMET' (surname = her father's given name Semet, of 'Semet Niyaz'); grandmother 'Hanzohre', "
        "uncle 'Parhat', father 'Ablimit' by given name only. 'mosquée Id Kah' is a landmark (not a place mention). "
        "Subjectless 'on' clauses carry the acts: 'On l'a gardé ... dans un commissariat' (pre-trial), 'on l'a envoyé "
        "dans un camp' (transfer), 'on l'a emmené dès l'aéroport' (Parhat's arrest), 'on l'a obligée à dénoncer' "
        "(forced denunciation). Sentence learnt in 2019: sentencing undated. Kumul prison is hearsay the writer "
        "refuses to assert: no transfer. 'n'a jamais été arrêtée' negated beside the forced denunciation. Arrival in "
        "France 2014 = exit of Mehray and Ablimit. 'dix-huit ans', 'dix ans', 'quinze jours', 'douze ans' are not dates; "
        "'printemps 2017' is a year date.")
ORGS = ["mosquée Id Kah"]
PERSONS = [
    P("p1", "Mehray Semet", ["Mehray SEMET"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p4"), ("sister", "p5"), ("mother", "p2"), ("wife", "p6")]),
    P("p2", "Nilufar", ["Nilufar"], ["relative"], gender="female", age=10,
      rel=[("daughter", "p1"), ("daughter", "p6"), ("granddaughter", "p3"), ("granddaughter", "p4")]),
    P("p3", "Semet Niyaz", ["Semet Niyaz"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4"), ("grandfather", "p2")],
      viol=[("detention.arbitrary_arrest", "des policiers sont venus l'arrêter à l'imprimerie, sans papier et sans explication"),
            ("detention.pretrial", "On l'a gardé d'abord quinze jours dans un commissariat"),
            ("detention.internment_camp", "on l'a envoyé dans un camp qu'ils appellent « centre de formation »"),
            ("medical.biometric_collection", "on avait pris à ton grand-père du sang et les empreintes des dix doigts"),
            ("detention.prison_sentence", "condamné à douze ans de prison")]),
    P("p4", "Hanzohre", ["Hanzohre"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p3"), ("grandmother", "p2")],
      viol=[("coercion.forced_denunciation", "on l'a obligée à dénoncer ton grand-père devant tout le quartier")]),
    P("p5", "Parhat", ["Parhat"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("son", "p4"), ("uncle", "p2")],
      viol=[("detention.arbitrary_arrest", "on l'a emmené dès l'aéroport d'Ürümqi"),
            ("disappearance.enforced", "depuis nous ne savons pas où il est")]),
    P("p6", "Ablimit", ["Ablimit"], ["relative"], gender="male", rel=[("husband", "p1"), ("father", "p2")]),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Kashgar", ["Kachgar"]),
    L("Kumul", ["Kumul"]),
    L("Cairo", ["Caire"]),
    L("Urumqi", ["Ürümqi"]),
    L("France", ["France"]),
]
DATES = [
    D("le 3 mai 2021", "2021-05-03", "day"),
    D("printemps 2017", "2017", "year"),
    D("En [[2019]]", "2019", "year"),
    D("juillet 2017", "2017-07", "month"),
    D("en [[2018]]", "2018", "year"),
    D("en [[2014]]", "2014", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("transfer", "p3", "2017"),
    ("sentencing", "p3", None),
    ("return", "p5", "2017-07"),
    ("arrest", "p5", "2017-07"),
    ("detention", "p5", "2017-07"),
    ("exit", "p1", "2014"),
    ("exit", "p6", "2014"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "n'a jamais été arrêtée")]
FORBIDDEN = []
