FILE = "fr01_audition_futurs_epoux.txt"
LANG = "fr"
DATE = "2025-04-09"
NOTE = ("Procès-verbal d'audition des futurs époux at a French town hall: header org with a toponym (MAIRIE DE VILLEURBANNE), "
        "file number 'n° 2025/0318' and 'article 63' (not dates); the date written in words 'L'an deux mille vingt-cinq, le neuf "
        "avril' -> 2025-04-09; the unnamed deputy mayor is not a person. Marriage 'témoins' (Sylvie Marchetti, Mihriban Qadir) "
        "are role other, not witnesses. Capitalised surnames TURDI/MARCHETTI. Uyghur naming: Zulhumar and Memtimin Turdi <- "
        "Turdi Eysa (the father's given name is the children's surname; bare 'TURDI' refers to the daughter). Father: arrested "
        "March 2018, 'centre d'études' (camp), sentenced, no contact since 2019 (incommunicado). Mother 'n'a pas été arrêtée' "
        "(negated) but passport taken. Brother back from Cairo in 2017, taken at Ürümqi airport, whereabouts unknown "
        "(disappearance); «il serait à Kachgar» is a conditional rumour (Kachgar still a place mention). WeChat message asking "
        "her to return 'pour le bien de ma mère' = transnational.harassment; «Personne ne m'a jamais menacée directement ici» is "
        "not a denial of it. «L'année dernière» -> 2024. Citizenship: «de nationalité chinoise» -> China, «de nationalité "
        "française» -> France; «réfugiée statutaire» is no citizenship."
        " Before the trial the father was made to record a video calling his daughter a traitor (forced denunciation + forced confession).")
ORGS = ["MAIRIE DE VILLEURBANNE"]
PERSONS = [
    P("p1", "Zulhumar Turdi", ["Zulhumar TURDI", "TURDI"], ["witness", "relative", "victim"], gender="female", birth_year=1996,
      citizenship=["China"], rel=[("daughter", "p3"), ("daughter", "p4"), ("sister", "p5"), ("fiance", "p2")],
      viol=[("transnational.harassment", "un inconnu m'a écrit sur WeChat pour me demander de rentrer « pour le bien de ma mère »")]),
    P("p2", "Julien Marchetti", ["Julien MARCHETTI", "MARCHETTI"], ["other"], gender="male", birth_year=1993,
      citizenship=["France"], rel=[("fiance", "p1"), ("son", "p6")]),
    P("p3", "Turdi Eysa", ["Turdi Eysa"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4")],
      viol=[("detention.internment_camp", "On l'a d'abord gardé dans un « centre d'études »"),
            ("detention.prison_sentence", "un tribunal l'a condamné à treize ans"),
            ("detention.incommunicado", "Depuis 2019, personne de la famille n'a pu lui parler"),
            ("coercion.forced_denunciation", "on lui a fait enregistrer une vidéo où il disait que sa fille était « une traîtresse à la patrie »"),
            ("coercion.forced_confession", "on lui a fait enregistrer une vidéo")]),
    P("p4", "Sajide Mömin", ["Sajide Mömin"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p3")],
      viol=[("movement.passport_confiscation", "la police lui a retiré son passeport")]),
    P("p5", "Memtimin Turdi", ["Memtimin Turdi"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "on l'a emmené à l'aéroport d'Ürümqi"),
            ("disappearance.enforced", "depuis on ne sait pas où il est")]),
    P("p6", "Sylvie Marchetti", ["Sylvie Marchetti"], ["other"], gender="female", rel=[("mother", "p2")]),
    P("p7", "Mihriban Qadir", ["Mihriban Qadir"], ["other"], gender="female"),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Artux", ["Atouch", "Artux"]),
    L("China", ["Chine"]),
    L("Annecy", ["Annecy"]),
    L("Lyon", ["Lyon"]),
    L("France", ["France"]),
    L("Cairo", ["Caire"]),
    L("Urumqi", ["Ürümqi"]),
    L("Kashgar", ["Kachgar"]),
]
DATES = [
    D("L'an deux mille vingt-cinq, le neuf avril", "2025-04-09", "day"),
    D("12 mai 1996", "1996-05-12", "day"),
    D("3 octobre 1993", "1993-10-03", "day"),
    D("rencontrés en [[2021]]", "2021", "year"),
    D("l'été 2023", "2023", "year"),
    D("mars 2018", "2018-03", "month"),
    D("Depuis [[2019]]", "2019", "year"),
    D("rentré en [[2017]]", "2017", "year"),
    D("L'année dernière", "2024", "year"),
    D("4 février 2020", "2020-02-04", "day"),
]
EVENTS = [
    ("exit", "p1", None),
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("sentencing", "p3", None),
    ("return", "p5", "2017"),
    ("arrest", "p5", "2017"),
    ("disappearance", "p5", "2017"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "n'a pas été arrêtée")]
FORBIDDEN = []
