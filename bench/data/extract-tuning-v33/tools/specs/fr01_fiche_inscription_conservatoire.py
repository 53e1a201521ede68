FILE = "fr01_fiche_inscription_conservatoire.txt"
LANG = "fr"
DATE = "2024-09-12"
NOTE = ("Municipal music school's re-enrolment form for a dotar pupil (NOM Prénom 'NIYAZ Ayxan', 'Mme Hebibe TURSUN' "
        "as legal guardian, birth date, family observations, teacher's opinion signed 'C. Vasseur'). Paternal "
        "grandfather 'Niyaz Hesen' arrested without warrant on 'le 9 février dernier' (-> 2024-02-09), kept three weeks "
        "at the police station (pretrial), then sent to a 'centre de formation' in Artush (camp, transfer chained -> "
        "2024-03), whereabouts unknown (enforced disappearance). Brother-in-law 'Mahmut' had fingerprints and blood "
        "taken when asking for news (biometric collection). Call from an 'association culturelle' in Lyon asking "
        "about the son's teacher and family politics = transnational harassment of the mother. Husband 'Alim' "
        "'n'a jamais été arrêté' on his 2016 trip (negated; return 2016). 'de mars à juin' gives two month dates; "
        "'janvier' audition is after the document date; 'trois semaines', '3e/4e année' are not dates.")
ORGS = ["CONSERVATOIRE À RAYONNEMENT COMMUNAL DE VILLEURBANNE"]
PERSONS = [
    P("p1", "Ayxan Niyaz", ["NIYAZ Ayxan", "Ayxan"], ["relative"], gender="male", birth_year=2013,
      rel=[("son", "p2"), ("son", "p6"), ("grandson", "p4")]),
    P("p2", "Hebibe Tursun", ["Hebibe TURSUN"], ["narrator", "relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p6")],
      viol=[("transnational.harassment", "une dame d'une « association culturelle » de Lyon nous a appelés pour nous demander qui enseignait le dotar à notre fils et si nous parlions de politique à la maison")]),
    P("p3", "Claire Vasseur", ["Claire Vasseur", "C. Vasseur"], ["other"], gender="female"),
    P("p4", "Niyaz Hesen", ["Niyaz Hesen"], ["victim", "relative"], gender="male",
      rel=[("grandfather", "p1"), ("father", "p6"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "Des policiers sont venus chez lui sans mandat et l'ont emmené"),
            ("detention.pretrial", "On l'a gardé trois semaines au poste"),
            ("detention.internment_camp", "on l'a envoyé dans un « centre de formation » à Artouch"),
            ("disappearance.enforced", "Nous ne savons pas où il se trouve aujourd'hui")]),
    P("p5", "Mahmut", ["Mahmut"], ["relative", "victim"], gender="male", rel=[("son", "p4"), ("brother", "p6"), ("uncle", "p1")],
      viol=[("medical.biometric_collection", "on lui a pris ses empreintes et un échantillon de sang")]),
    P("p6", "Alim", ["Alim"], ["relative"], gender="male", rel=[("husband", "p2"), ("father", "p1"), ("son", "p4"), ("brother", "p5")]),
]
PLACES = [
    L("Kashgar", ["Kachgar"]),
    L("Artush", ["Artouch"]),
    L("Lyon", ["Lyon"]),
]
DATES = [
    D("14/03/2013", "2013-03-14", "day"),
    D("de [[mars]] à juin", "2024-03", "month"),
    D("de mars à [[juin]]", "2024-06", "month"),
    D("le 9 février dernier", "2024-02-09", "day"),
    D("En mai", "2024-05", "month"),
    D("voyage de [[2016]]", "2016", "year"),
    D("l'an dernier", "2023", "year"),
    D("12 septembre 2024", "2024-09-12", "day"),
]
EVENTS = [
    ("arrest", "p4", "2024-02-09"),
    ("detention", "p4", "2024-02-09"),
    ("transfer", "p4", "2024-03"),
    ("return", "p6", "2016"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "n'a jamais été arrêté")]
FORBIDDEN = []
