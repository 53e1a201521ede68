FILE = "fr02_point_de_presse.txt"
LANG = "fr"
DATE = "2025-03-18"
NOTE = ("Foreign ministry spokesperson's press briefing (header, numbered topics, Q/R, an embassy statement quoted). "
        "The spokesperson is role other. Reyhangul Yasin: the embassy confirms she was sentenced 14 November 2024 to ten "
        "years = prison sentence + sentencing event; the Chinese 'aucun mauvais traitement' names no act a code "
        "describes and the ministry says it cannot verify it: no gold, no negation, nothing forbidden. Kamile Yasin in Lyon: a policeman's call demanding she stop talking to "
        "journalists and give her address = transnational harassment (reading 3); 'en janvier' on 18 March 2025 = "
        "2025-01. Rustem Ghopur: held since August 2018 in the Korla detention centre (stay without the taking = "
        "pretrial only, detention event 2018-08) and died there = death in custody (death undated). The question "
        "whether he was tortured is answered 'no information': no code, nothing forbidden. Weekday left out of the "
        "date span; French articles kept.")
ORGS = []
PERSONS = [
    P("p1", "Hélène Castagnet", ["Hélène Castagnet"], ["other"], gender="female"),
    P("p2", "Reyhangul Yasin", ["Reyhangul Yasin", "Reyhangul"], ["victim"], gender="female", rel=[("sister", "p3")],
      viol=[("detention.prison_sentence", "elle a été condamnée le 14 novembre 2024 par un tribunal d'Aksou à dix ans d'emprisonnement")]),
    P("p3", "Kamile Yasin", ["Kamile Yasin"], ["relative", "victim"], gender="female", rel=[("sister", "p2")],
      viol=[("transnational.harassment", "un policier d'Aksou l'a appelée à Lyon en janvier pour lui demander de cesser de parler aux journalistes et de lui donner son adresse")]),
    P("p4", "Rustem Ghopur", ["Rustem Ghopur", "Ghopur"], ["victim"], gender="male",
      viol=[("detention.pretrial", "détenu depuis août 2018 au centre de détention de Korla"),
            ("death.in_custody", "le décès en détention de M. Rustem Ghopur")]),
]
PLACES = [L("China", ["Chine"]), L("Aksu", ["Aksou"]), L("Beijing", ["Pékin"]), L("Lyon", ["Lyon"]),
          L("Paris", ["Paris"]), L("France", ["France"]), L("Korla", ["Korla"]), L("Germany", ["Allemagne"])]
DATES = [D("18 mars 2025", "2025-03-18", "day"), D("le 14 novembre 2024", "2024-11-14", "day"),
         D("janvier", "2025-01", "month"), D("le 11 mars", "2025-03-11", "day"), D("13 mars 2025", "2025-03-13", "day"),
         D("août 2018", "2018-08", "month")]
EVENTS = [("sentencing", "p2", "2024-11-14"), ("detention", "p4", "2018-08"), ("death", "p4", None)]
NEGATED = []
FORBIDDEN = []
