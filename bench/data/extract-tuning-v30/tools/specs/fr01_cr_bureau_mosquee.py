FILE = "fr01_cr_bureau_mosquee.txt"
LANG = "fr"
DATE = "2025-03-06"
NOTE = ("Minutes of a mosque association's board meeting (compte rendu du bureau, Villeurbanne) with a point on a "
        "board member's family. French 'Prénom NOM' forms ('Karim BENSALAH', 'Abdurehim TOXTI') then 'M. Bensalah', "
        "'M. Toxti' (mentions without the title), 'Y. Kaya' signature. 'M. Toxti' is the absent member Memet; the imam "
        "is 'Abdurehim TOXTI' then only 'Celui-ci', 'Il'. Board officers are other. Imam: arrested May 2017 after leading "
        "a funeral prayer without permission (arbitrary arrest + religious ban), sentenced 2018 to ten years (dated "
        "sentencing), no visit or letter since (incommunicado); transfer to Kashgar is a rumour in the conditional (no "
        "transfer). Wife Nurgul: weekly flag-raising and anthem (indoctrination), passport withheld until 2022, IUD fitted without her consent 2019 (forced contraception), arrived "
        "in Lyon June 2023 (exit); 'Elle n'a jamais été arrêtée' negated. 'le mois dernier' = 2025-02. The next meeting "
        "(20 March 2025) is after the document date (not annotated). Religious practice of the association itself "
        "(tarawih, Friday prayer) is no code.")
ORGS = ["ASSOCIATION CULTUELLE ENNOUR"]
PERSONS = [
    P("p1", "Karim Bensalah", ["Karim BENSALAH", "Bensalah"], ["other"], gender="male"),
    P("p2", "Fatou Diallo", ["Fatou DIALLO", "Diallo"], ["other"], gender="female"),
    P("p3", "Yusuf Kaya", ["Yusuf KAYA", "Kaya", "Y. Kaya"], ["other"], gender="male"),
    P("p4", "Memet Toxti", ["Memet TOXTI", "Toxti"], ["relative"], gender="male",
      rel=[("brother", "p5"), ("brother-in-law", "p6")]),
    P("p5", "Abdurehim Toxti", ["Abdurehim TOXTI"], ["victim"], gender="male",
      rel=[("brother", "p4"), ("husband", "p6")],
      viol=[("detention.arbitrary_arrest", "Celui-ci a été arrêté en mai 2017"),
            ("culture.religious_ban", "après avoir dirigé la prière lors d'un enterrement sans autorisation"),
            ("detention.prison_sentence", "condamné en 2018 à dix ans de prison"),
            ("detention.incommunicado", "La famille n'a reçu depuis ni visite ni lettre")]),
    P("p6", "Nurgul", ["Nurgul"], ["victim", "relative"], gender="female",
      rel=[("wife", "p5"), ("sister-in-law", "p4")],
      viol=[("indoctrination.political", "on l'obligeait chaque lundi à assister au lever du drapeau et à chanter l'hymne"),
            ("movement.passport_confiscation", "son passeport lui avait été retiré jusqu'en 2022"),
            ("reproductive.forced_contraception", "on lui a posé un stérilet sans lui demander son avis")]),
]
PLACES = [
    L("Villeurbanne", ["VILLEURBANNE"]),
    L("Kargilik", ["Kargilik"]),
    L("Kashgar", ["Kachgar"]),
    L("Lyon", ["Lyon"]),
]
DATES = [
    D("jeudi 6 mars 2025", "2025-03-06", "day"),
    D("depuis [[2016]]", "2016", "year"),
    D("mai 2017", "2017-05", "month"),
    D("condamné en [[2018]]", "2018", "year"),
    D("juin 2023", "2023-06", "month"),
    D("le mois dernier", "2025-02", "month"),
    D("En [[2019]], au", "2019", "year"),
    D("jusqu'en [[2022]]", "2022", "year"),
]
EVENTS = [
    ("arrest", "p5", "2017-05"),
    ("detention", "p5", "2017-05"),
    ("sentencing", "p5", "2018"),
    ("exit", "p6", "2023-06"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "Elle n'a jamais été arrêtée")]
FORBIDDEN = []
