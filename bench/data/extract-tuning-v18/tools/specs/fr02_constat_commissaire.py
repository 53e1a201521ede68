FILE = "fr02_constat_commissaire.txt"
LANG = "fr"
DATE = "2023-11-21"
NOTE = ("French bailiff's (commissaire de justice) report recording WeChat messages on a phone: firm name made of surnames "
        "(SCP ROUSSEL & BENHAMOU: org, no persons), street named after a person (quai Kellermann: not a person), postcode, act "
        "number 'n° 23-1147', cost, clock times, video length (not dates). The commissaire who writes 'je' is named (Hélène "
        "Roussel, narrator). Contact name in Chinese characters «伊宁派出所» and its translation «Commissariat de Yining» are "
        "orgs; Ghulja = Yining elsewhere is a place (also as modifier «police de Ghulja»). Uyghur naming: Alimjan and Dilber "
        "Setiwaldi <- Setiwaldi Abduweli (given name first); mother Gulmire Hoshur. Father: taken without any document "
        "(arbitrary arrest), camp, transferred to prison, sentence 11 March 2019 known from a photographed notice translated by "
        "the son (asserted; the commissaire's 'ne peux attester' is no hedge on the fact). Mother made to read a sheet on video "
        "calling her son home (forced confession + family reprisal); the messages to the son in Strasbourg = "
        "transnational.harassment. Sister «n'a elle-même jamais été interpellée» (negated)."
        " Heart medicine refused in the camp (denied medical care).")
ORGS = ["SCP ROUSSEL & BENHAMOU", "« 伊宁派出所 »", "« Commissariat de Yining »", "quai Kellermann"]
PERSONS = [
    P("p1", "Alimjan Setiwaldi", ["Alimjan SETIWALDI"], ["witness", "relative", "victim"], gender="male", birth_year=1989,
      citizenship=["France"], rel=[("son", "p2"), ("brother", "p3"), ("son", "p5")],
      viol=[("transnational.harassment", "Il serait mieux pour votre famille que vous nous envoyiez la liste des membres de votre association à Strasbourg")]),
    P("p2", "Setiwaldi Abduweli", ["Setiwaldi Abduweli"], ["victim", "relative"], gender="male", age=67,
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police de Ghulja en février 2017, sans qu'aucun document ne soit remis à la famille"),
            ("detention.internment_camp", "il a été enfermé dans un camp de la ville"),
            ("ill_treatment.denied_medical_care", "ses médicaments pour le cœur lui ont été refusés"),
            ("detention.prison_sentence", "a été condamné le 11 mars 2019 à seize ans d'emprisonnement pour « séparatisme »")]),
    P("p3", "Dilber Setiwaldi", ["Dilber Setiwaldi"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p2")]),
    P("p4", "Hélène Roussel", ["Hélène Roussel"], ["narrator"], gender="female"),
    P("p5", "Gulmire Hoshur", ["Gulmire Hoshur"], ["victim", "relative"], gender="female", rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("coercion.forced_confession", "une femme âgée, assise devant un drapeau rouge, lisant une feuille"),
            ("family.reprisal", "une femme âgée, assise devant un drapeau rouge, lisant une feuille")]),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Yining", ["Ghulja", "Yining"]),
    L("China", ["Chine"]),
]
DATES = [
    D("21 novembre 2023", "2023-11-21", "day"),
    D("2 juin 1989", "1989-06-02", "day"),
    D("février 2017", "2017-02", "month"),
    D("depuis [[juillet 2023]]", "2023-07", "month"),
    D("14 juillet 2023", "2023-07-14", "day"),
    D("2 septembre 2023", "2023-09-02", "day"),
    D(("30 octobre 2023", 0), "2023-10-30", "day"),
    D("11 mars 2019", "2019-03-11", "day"),
    D(("30 octobre 2023", 1), "2023-10-30", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-02"),
    ("detention", "p2", "2017-02"),
    ("transfer", "p2", None),
    ("sentencing", "p2", "2019-03-11"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "n'a elle-même jamais été interpellée")]
FORBIDDEN = []
