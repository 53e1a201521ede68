FILE = "fr01_fiche_de_cas.txt"
LANG = "fr"
DATE = "2024-03-12"
NOTE = ("French association's internal case sheet (fiche de cas: header, person fields NOM/Prénom, faits rapportés, "
        "démarches, crédibilité, visa). 'QASIM' and 'Patigul' in fields are mentions; 'Qasim' after 'M.' is the brother (title left out of the span). Summoned "
        "to the police station and never came back, taken to a « centre de formation » for wearing the veil = arbitrary "
        "arrest + camp + religious ban; sentenced to seven years (learnt in 2019: sentencing and transfer undated); visits "
        "unanswered + the family does not know where she is = incommunicado + enforced disappearance (gold rule 2). Forced "
        "sterilisation is recorded as an unverified allegation: hedged (neither gold nor forbidden). Mother summoned and "
        "told to call her son in France = family reprisal (on her) and the son's calls from a Chinese number = "
        "transnational harassment (gold rule 3); 'Elle n'a pas été arrêtée' negated. 'janvier et mars 2024' gives two "
        "month dates; 'l'an dernier' -> 2023. The association's name (with Strasbourg) is an organisation.")
ORGS = ["ASSOCIATION SOLIDARITÉ OUÏGHOURS DE STRASBOURG", "Groupe de travail sur les disparitions forcées"]
PERSONS = [
    P("p1", "Patigul Qasim", ["QASIM", "Patigul", "Patigul Qasim"], ["victim"], gender="female", birth_year=1990,
      rel=[("sister", "p2"), ("daughter", "p3")],
      viol=[("detention.arbitrary_arrest", "a été convoquée au commissariat de son quartier le 3 octobre 2018 et n'en est jamais revenue"),
            ("detention.internment_camp", "emmenée dans un « centre de formation »"),
            ("culture.religious_ban", "pour avoir porté le voile au travail"),
            ("detention.prison_sentence", "condamnée à sept ans"),
            ("detention.incommunicado", "les demandes de visite de la mère sont restées sans réponse"),
            ("disappearance.enforced", "la famille ignore où elle se trouve aujourd'hui")]),
    P("p2", "Dilmurat Qasim", ["Dilmurat Qasim", "Qasim"], ["witness", "relative", "victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("transnational.harassment", "reçoit depuis l'an dernier des appels d'un numéro chinois lui demandant l'adresse d'autres membres de l'association")]),
    P("p3", "Aynisa Tursun", ["Aynisa Tursun"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("family.reprisal", "sommée d'appeler son fils en France pour lui demander de « cesser ses activités »")]),
    P("p4", "Claire Vasseur", ["Claire Vasseur"], ["other"], gender="female"),
    P("p5", "Françoise Albrand", ["Françoise Albrand"], ["other"], gender="female"),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Aksu", ["Aksou"]),
    L("France", ["France"]),
]
DATES = [
    D("12 mars 2024", "2024-03-12", "day"),
    D("21/06/1990", "1990-06-21", "day"),
    D("3 octobre 2018", "2018-10-03", "day"),
    D("En [[2019]]", "2019", "year"),
    D("2021", "2021", "year"),
    D("5 février 2024", "2024-02-05", "day"),
    D("novembre 2023", "2023-11", "month"),
    D("[[janvier]] et mars", "2024-01", "month"),
    D("et [[mars 2024]]", "2024-03", "month"),
    D("l'an dernier", "2023", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-10-03"),
    ("detention", "p1", "2018-10-03"),
    ("sentencing", "p1", None),
    ("transfer", "p1", None),
    ("interrogation", "p3", "2021"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Elle n'a pas été arrêtée")]
FORBIDDEN = []
