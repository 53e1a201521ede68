FILE = "fr01_plainte_partie_civile.txt"
LANG = "fr"
DATE = "2022-05-24"
NOTE = ("Lawyer's criminal complaint with civil-party application (plainte avec constitution de partie civile) to the "
        "investigating judges' crimes-against-humanity unit in Paris (letterhead, POUR/CONTRE blocks, numbered facts, "
        "legal part, exhibits). Plaintiff in form order 'ABLIZ Mehriban', then 'Mme Abliz'; her father is 'Abliz Helil' "
        "(his given name is her surname); brother 'Kudret Abliz' then 'Kudret'; mother 'Rena Tohti'. Lawyer Claire Vasseur "
        "('Maître', 'Me') is role other. 'Barreau de Paris', 'Tribunal judiciaire de Paris' are organisations; 'rue de "
        "Lille' is a street; '75007', 'article 212-1' are not dates. 'le 2 mai dernier' -> 2022-05-02. Leaving Xinjiang "
        "to study in 2013 = exit. Mother 'n'a jamais été détenue' = negated arbitrary arrest beside her real summons "
        "(interrogation event). Transfer of the brother to Aksu is conditional hearsay ('aurait été transféré', 'n'a pu le "
        "vérifier'): no transfer event. 'pense à ton frère' = transnational harassment of the plaintiff.")
ORGS = ["Barreau de Paris", "Tribunal judiciaire de Paris"]
PERSONS = [
    P("p1", "Mehriban Abliz", ["ABLIZ Mehriban", "Mme Abliz"], ["victim", "relative"], gender="female",
      ethnicity="Uyghur", birth_year=1988, citizenship=["France"],
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "Il lui demande la liste des membres d'une association ouïghoure de Lyon et lui écrit : « pense à ton frère »")]),
    P("p2", "Abliz Helil", ["Abliz Helil"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "a été arrêté à son domicile de Kachgar en février 2018 par des policiers, sans qu'aucun document soit présenté"),
            ("detention.internment_camp", "conduit dans un « centre de formation professionnelle »"),
            ("indoctrination.political", "chanter chaque matin des chants à la gloire du Parti"),
            ("culture.religious_ban", "on lui avait interdit de prier")]),
    P("p3", "Rena Tohti", ["Rena Tohti"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "Kudret Abliz", ["Kudret Abliz", "Kudret"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p3")],
      viol=[("detention.prison_sentence", "condamné en 2019 à seize ans d'emprisonnement"),
            ("detention.incommunicado", "La famille n'a pu le voir ni au procès ni depuis")]),
    P("p5", "Claire Vasseur", ["Claire VASSEUR", "Claire Vasseur"], ["other"], gender="female"),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("Kashgar", ["Kachgar"]),
    L("China", ["Chine"]),
    L("Lyon", ["Lyon"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("le 4 avril 1988", "1988-04-04", "day"),
    D("2013", "2013", "year"),
    D("2020", "2020", "year"),
    D("février 2018", "2018-02", "month"),
    D("août 2019", "2019-08", "month"),
    D("mai 2018", "2018-05", "month"),
    D("condamné en [[2019]]", "2019", "year"),
    D("mars 2021", "2021-03", "month"),
    D("le 2 mai dernier", "2022-05-02", "day"),
    D("le 24 mai 2022", "2022-05-24", "day"),
]
EVENTS = [
    ("exit", "p1", "2013"),
    ("arrest", "p2", "2018-02"),
    ("detention", "p2", "2018-02"),
    ("release", "p2", "2019-08"),
    ("interrogation", "p3", "2018-05"),
    ("sentencing", "p4", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "n'a jamais été détenue")]
FORBIDDEN = []
