FILE = "fr01_recours_affectation_lycee.txt"
LANG = "fr"
DATE = "2023-09-11"
NOTE = ("Mother's recours gracieux to the academic director (Bas-Rhin) against a refusal to place her son in a lycée "
        "(address block, Objet with the son's name in capitals and birth date, dossier number, pièces jointes). "
        "Narrator Gulnar Sabit; son 'Iskender AHMET' carries his father's given name (father Ahmet Niyaz). Arrival in "
        "France with the son = exit of both (one journey). 'convoquée trois fois au commissariat en 2021' = "
        "interrogation, no code. Father 'emmené par la police' + « centre de formation professionnelle » = arbitrary "
        "arrest + camp; sentence learnt 'un an plus tard' (2020 is a date, sentencing undated). 'n'a jamais été placé "
        "dans un internat d'État' negates family separation (state care) of the son beside the real language ban at "
        "school. Conditional 'travaillerait dans un atelier ... je ne peux pas le vérifier' = hedged forced labour "
        "(neither). 'avenue de Colmar', 'lycée Kléber', 'collège Vauban', the academic administration 'du Bas-Rhin' and "
        "the dossier number are traps. Principal Laurent Becker and social worker Sophie Klein = other.")
ORGS = ["services de l'Éducation nationale du Bas-Rhin", "avenue de Colmar"]
PERSONS = [
    P("p1", "Gulnar Sabit", ["Gulnar SABIT", "Gulnar Sabit"], ["narrator", "relative", "witness"], gender="female",
      rel=[("mother", "p2"), ("wife", "p3")]),
    P("p2", "Iskender Ahmet", ["Iskender AHMET", "Iskender"], ["victim", "relative"], gender="male", birth_year=2008,
      rel=[("son", "p1"), ("son", "p3")],
      viol=[("culture.language_ban", "on lui interdisait de parler ouïghour, même dans la cour")]),
    P("p3", "Ahmet Niyaz", ["Ahmet Niyaz"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p2")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police de Korla en mars 2019"),
            ("detention.internment_camp", "« centre de formation professionnelle »"),
            ("detention.prison_sentence", "il avait été condamné à douze ans")]),
    P("p4", "Laurent Becker", ["Laurent Becker", "Becker"], ["other"], gender="male"),
    P("p5", "Sophie Klein", ["Sophie Klein", "Klein"], ["other"], gender="female"),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("China", ["Chine"]),
    L("France", ["France"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("le 4 février 2008", "2008-02-04", "day"),
    D("28 août dernier", "2023-08-28", "day"),
    D("juillet 2022", "2022-07", "month"),
    D("mars 2019", "2019-03", "month"),
    D("un an plus tard", "2020", "year"),
    D("2021", "2021", "year"),
    D("le 4 septembre", "2023-09-04", "day"),
    D("le 11 septembre 2023", "2023-09-11", "day"),
    D("28 août 2023", "2023-08-28", "day"),
]
EVENTS = [
    ("exit", "p1", "2022-07"),
    ("exit", "p2", "2022-07"),
    ("interrogation", "p1", "2021"),
    ("arrest", "p3", "2019-03"),
    ("detention", "p3", "2019-03"),
    ("sentencing", "p3", None),
]
NEGATED = [("p2", "family.separation", "Iskender n'a jamais été placé dans un internat d'État")]
FORBIDDEN = []
