FILE = "fr02_delais_paiement_impots.txt"
LANG = "fr"
DATE = "2022-04-05"
NOTE = ("Taxpayer's letter to a French tax office asking to pay income tax in instalments (sender block with tax number, "
        "addressee, place-date line, Objet, signature). 'Service des impôts des particuliers de Paris 11e' is an org (no place "
        "inside); tax number, amounts, '75011', '71 ans' are not dates; 'rue de la Fontaine-au-Roi' is not a person. Writer "
        "'Alimjan SAWUT' (capitalised surname) and signature; brother 'Dilshat Sawut' then bare 'Dilshat'; wife 'Zeynep' by "
        "given name only; the cousin is a role only. 'nous'/'mon épouse Zeynep et moi' = the writer and his wife. Dates: "
        "'12 mars 2022' and '12 mars dernier' (same day); 'l'an dernier' -> 2021; the due date (15 avril) and the first "
        "instalment (15 mai 2022) are after the letter date: not annotated. Brother: camp in Karghilik, released 2020 "
        "(release event; his two years there have no stated start date), unpaid glove-sewing for eight months after release "
        "(forced labour), crossed to Kazakhstan in January 2021 (exit), told through a cousin that he is 'awaited' at the "
        "border (transnational harassment). Two denials beside the real acts: 'On ne l'a pas frappé' (his own unqualified "
        "account) = negated beating; 'n'a pas été condamné par un tribunal' = negated prison sentence. Mother: police refuse "
        "her a passport.")
ORGS = ["Service des impôts des particuliers de Paris 11e"]
PERSONS = [
    P("p1", "Alimjan Sawut", ["Alimjan SAWUT", "Alimjan Sawut"], ["narrator", "relative"], gender="male",
      rel=[("brother", "p2"), ("husband", "p3"), ("son", "p4")]),
    P("p2", "Dilshat Sawut", ["Dilshat Sawut", "Dilshat"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p4")],
      viol=[("detention.internment_camp", "un camp d'internement à Karghilik"),
            ("labour.forced_labour", "on l'a obligé à coudre des gants dans une usine pendant huit mois, sans salaire"),
            ("transnational.harassment", "On lui a fait savoir, par un cousin, qu'on « l'attendait » à la frontière")]),
    P("p3", "Zeynep", ["Zeynep"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Rabiye Hoshur", ["Rabiye Hoshur"], ["victim", "relative"], gender="female", age=71,
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("movement.passport_confiscation", "la police refuse de lui délivrer un passeport")]),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("Karghilik", ["Karghilik"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("5 avril 2022", "2022-04-05", "day"),
    D("12 mars 2022", "2022-03-12", "day"),
    D("12 mars dernier", "2022-03-12", "day"),
    D("l'an dernier", "2021", "year"),
    D("2020", "2020", "year"),
    D("janvier 2021", "2021-01", "month"),
]
EVENTS = [("detention", "p2", None), ("release", "p2", "2020"), ("exit", "p2", "2021-01")]
NEGATED = [("p2", "torture.beating", "On ne l'a pas frappé"),
           ("p2", "detention.prison_sentence", "n'a pas été condamné par un tribunal")]
FORBIDDEN = []
