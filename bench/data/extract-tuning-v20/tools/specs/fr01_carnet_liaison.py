FILE = "fr01_carnet_liaison.txt"
LANG = "fr"
DATE = "2024-01-26"
NOTE = ("School-home liaison notebook (carnet de liaison) with dated messages. 'École élémentaire Jules-Ferry' (a person's name "
        "inside an org), 'préfecture de Bobigny' and 'OFPRA' are orgs; Montreuil is a place. 'CE2 B', '16 h 30' are not dates; "
        "school year '2023-2024' gives two year dates. Pupil label 'Aysu TURSUN' (capitals) and bare 'Aysu'; the teacher "
        "'Mme Lefort' is a person with role other; parents named in entry labels '(la mère, Dilber Hesen)', '(le père, Alim "
        "Tursun)'. The family name Tursun comes from the grandfather Tursun Eziz (the father's father). Entry dates without a "
        "year resolved on the notebook; 'Hier soir', 'demain', 'ce matin', 'Le mois dernier' anchored on their own entry. "
        "'avant 2035' is after the document date (not annotated). Transfer from Korla prison to a hospital (date unknown); prison refusing treatment for months = denied medical care. "
        "'a disparu après son arrestation' = arrest + enforced disappearance. «n'a pas été arrêtée» negated next to patriotic "
        "songs at evening classes (indoctrination). Calls from a Chinese number to the father in France = transnational "
        "harassment.")
ORGS = ["École élémentaire Jules-Ferry", "préfecture de Bobigny", "OFPRA"]
PERSONS = [
    P("p1", "Aysu Tursun", ["Aysu TURSUN", "Aysu"], ["relative"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p5"), ("granddaughter", "p4")]),
    P("p2", "Lefort", ["Lefort"], ["other"], gender="female"),
    P("p3", "Dilber Hesen", ["Dilber Hesen"], ["relative"], gender="female", rel=[("mother", "p1"), ("wife", "p5")]),
    P("p4", "Tursun Eziz", ["Tursun Eziz"], ["victim", "relative"], gender="male",
      rel=[("grandfather", "p1"), ("father", "p5"), ("father", "p6"), ("husband", "p7")],
      viol=[("detention.prison_sentence", "Il a été condamné à dix-sept ans en 2018"),
            ("ill_treatment.denied_medical_care", "Pendant des mois, la prison a refusé de le faire soigner")]),
    P("p5", "Alim Tursun", ["Alim Tursun"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son", "p4"), ("brother", "p6"), ("son", "p7")],
      viol=[("transnational.harassment", "on m'a appelé deux fois d'un numéro chinois pour me demander où je travaille et qui je fréquente à Paris")]),
    P("p6", "Qeyser", ["Qeyser"], ["victim"], gender="male", rel=[("brother", "p5"), ("son", "p4"), ("son", "p7")],
      viol=[("detention.arbitrary_arrest", "son arrestation à Korla en 2019"),
            ("disappearance.enforced", "Mon frère Qeyser a disparu")]),
    P("p7", "Rabiye Qadir", ["Rabiye Qadir"], ["victim", "relative"], gender="female",
      rel=[("mother", "p5"), ("mother", "p6"), ("wife", "p4"), ("grandmother", "p1")],
      viol=[("indoctrination.political", "elle doit apprendre des chants patriotiques aux cours du soir")]),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("Korla", ["Korla"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Paris", ["Paris"]),
]
DATES = [
    D("[[2023]]-2024", "2023", "year"),
    D("2023-[[2024]]", "2024", "year"),
    D("9 janvier 2024", "2024-01-09", "day"),
    D("10 janvier", "2024-01-10", "day"),
    D("Hier soir", "2024-01-09", "day"),
    D("ans en [[2018]]", "2018", "year"),
    D("demain", "2024-01-11", "day"),
    D("11 janvier", "2024-01-11", "day"),
    D("ce matin", "2024-01-11", "day"),
    D("22 janvier", "2024-01-22", "day"),
    D(("26 janvier", 0), "2024-01-26", "day"),
    D("Korla en [[2019]]", "2019", "year"),
    D("Le mois dernier", "2023-12", "month"),
    D(("26 janvier", 1), "2024-01-26", "day"),
]
EVENTS = [
    ("transfer", "p4", None),
    ("sentencing", "p4", "2018"),
    ("arrest", "p6", "2019"),
    ("disappearance", "p6", None),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "n'a pas été arrêtée")]
FORBIDDEN = []
