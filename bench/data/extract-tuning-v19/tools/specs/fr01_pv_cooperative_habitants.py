FILE = "fr01_pv_cooperative_habitants.txt"
LANG = "fr"
DATE = "2024-06-08"
NOTE = ("Procès-verbal of a housing cooperative's general assembly. Named members, chair and secretary (also the signatures "
        "'S. Le Goff', 'H. Marchetti') are persons with role other. Brother and sister share the surname: 'Mme Abdoukérim' is "
        "the sister, 'M. Abdoukérim' the brother (French-mediated spelling: Dilchat = Dilshat, Ghoulja = Ghulja = Yining). "
        "Clitics: «on l'a interrogé», «on lui interdisait». Arrest for installing WhatsApp = arbitrary arrest; iron chair = "
        "tiger chair; «sans le laisser dormir» = sleep deprivation; city detention centre = pretrial; «centre de formation» "
        "= internment camp with language ban and recitation of Party rules; «Il n'a jamais été jugé» negated prison sentence. "
        "Detention, interrogation and transfer have no date (not said to follow the March 2017 arrest at once). Surveillance "
        "by the neighbourhood committee after release is not coded. Mother «n'a pas été arrêtée» (negated). The cousin's "
        "sentence is in the conditional («aurait été condamné»): unconfirmed, no code, no event, nothing forbidden; «l'an "
        "dernier» is still a date (2023). Clock times, 'trois mois', 'deux semaines' are no dates.")
ORGS = []
PERSONS = [
    P("p1", "Nurnisa Abdoukérim", ["Nurnisa Abdoukérim", "Abdoukérim"], ["relative", "witness"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p3")], skip=["M. [[Abdoukérim]] a été"]),
    P("p2", "Dilchat Abdoukérim", ["Dilchat Abdoukérim", "Abdoukérim"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")], skip=["Mme [[Abdoukérim]] demande"],
      viol=[("detention.arbitrary_arrest", "arrêté en mars 2017 à Ghoulja (Yining en chinois) pour avoir installé WhatsApp"),
            ("detention.pretrial", "Au centre de détention de la ville"),
            ("torture.tiger_chair", "attaché à une chaise de fer"),
            ("torture.sleep_deprivation", "sans le laisser dormir"),
            ("detention.internment_camp", "passé près de trois ans dans un « centre de formation » du district de Qapqal"),
            ("culture.language_ban", "on lui interdisait de parler ouïghour"),
            ("indoctrination.political", "il devait réciter chaque soir le règlement du Parti")]),
    P("p3", "Aygul Sadiq", ["Aygul Sadiq"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p2")]),
    P("p4", "Ablet Nurdun", ["Ablet Nurdun"], ["relative"], gender="male", rel=[("cousin", "p1"), ("cousin", "p2")]),
    P("p5", "Colette Rivière", ["Colette Rivière", "Rivière"], ["other"], gender="female"),
    P("p6", "Sandrine Le Goff", ["Sandrine Le Goff", "S. Le Goff"], ["other"], gender="female"),
    P("p7", "Karim Benali", ["Karim Benali", "Benali"], ["other"], gender="male"),
    P("p8", "Hugo Marchetti", ["Hugo Marchetti", "H. Marchetti"], ["other"], gender="male"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Ghulja (Yining)", ["Ghoulja", "Yining"]),
    L("Qapqal County", ["Qapqal"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("8 juin 2024", "2024-06-08", "day"),
    D("exercice [[2023]]", "2023", "year"),
    D("2 avril", "2024-04-02", "day"),
    D("mars 2017", "2017-03", "month"),
    D("janvier 2020", "2020-01", "month"),
    D("août 2023", "2023-08", "month"),
    D("l'an dernier", "2023", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", None),
    ("interrogation", "p2", None),
    ("transfer", "p2", None),
    ("release", "p2", "2020-01"),
    ("exit", "p2", "2023-08"),
]
NEGATED = [("p2", "detention.prison_sentence", "Il n'a jamais été jugé"),
           ("p3", "detention.arbitrary_arrest", "elle n'a pas été arrêtée")]
FORBIDDEN = []
