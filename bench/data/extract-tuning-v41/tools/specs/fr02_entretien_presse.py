FILE = "fr02_entretien_presse.txt"
LANG = "fr"
DATE = "2024-04-17"
NOTE = ("Regional daily's Q&A interview (rubric, headline quote, dateline, standfirst, dash questions and answers). "
        "Erbol Tokhtarkhan (52, Kazakh): December 2017 told by the village police chief Liu Haitao that he had WhatsApp "
        "and must 'corriger mes idées' (digital surveillance + arbitrary arrest + camp), Chinese lessons all day "
        "(indoctrination), no Kazakh (language ban), pork on Fridays (religious ban; the night standing is for whoever "
        "refused: not coded for him), woken every hour (sleep deprivation), baton blows (beating), 'On ne m'a pas "
        "torturé à l'électricité' (negated electric shock; others' shocks are hearsay: nothing), release March 2019, "
        "unpaid glove factory (forced labour), exit 'l'automne suivant' -> 2019. Cellmate Tursynbek Akhmet: months "
        "asking for a doctor (denied medical care), released 'l'automne 2018', died at home 'deux mois plus tard' "
        "(death undated; death in custody forbidden, not negated). Father-in-law Serikbai Nurtaza: summoned to punish "
        "his daughter Gulzhan's consulate steps (interrogation + family reprisal), his passport taken ('lui' = him). "
        "Village chief: official + perpetrator; journalist: other.")
ORGS = ["Le Courrier du Léman", "ONU"]
PERSONS = [
    P("p1", "Erbol Tokhtarkhan", ["Erbol Tokhtarkhan"], ["narrator", "victim", "witness"], gender="male",
      ethnicity="Kazakh", age=52, rel=[("husband", "p3"), ("son-in-law", "p4")],
      viol=[("surveillance.digital", "j'avais WhatsApp sur mon téléphone"),
            ("detention.arbitrary_arrest", "On m'a conduit le soir même au centre de Koktokay. Aucun juge, aucun avocat"),
            ("detention.internment_camp", "je devais « corriger mes idées ». On m'a conduit le soir même au centre de Koktokay"),
            ("indoctrination.political", "Des cours de chinois du matin au soir"),
            ("culture.language_ban", "Il était interdit de dire un mot de kazakh, même entre nous"),
            ("culture.religious_ban", "Le vendredi, on nous servait du porc"),
            ("torture.sleep_deprivation", "la lumière restait allumée et les gardiens nous réveillaient toutes les heures pour l'appel"),
            ("torture.beating", "j'ai reçu des coups de matraque, deux fois"),
            ("labour.forced_labour", "travailler ensuite six mois dans une usine de gants à Altay, pour un salaire qu'on ne m'a jamais versé")]),
    P("p2", "Tursynbek Akhmet", ["Tursynbek Akhmet"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "Vous parlez souvent d'un codétenu"),
            ("ill_treatment.denied_medical_care", "il a demandé un médecin pendant des mois, on lui donnait des comprimés contre la douleur, rien d'autre")]),
    P("p3", "Gulzhan", ["Gulzhan"], ["relative"], gender="female", rel=[("wife", "p1"), ("daughter", "p4")]),
    P("p4", "Serikbai Nurtaza", ["Serikbai Nurtaza"], ["relative", "victim"], gender="male",
      rel=[("father", "p3"), ("father-in-law", "p1")],
      viol=[("family.reprisal", "Pour la punir, la police a convoqué son père"),
            ("movement.passport_confiscation", "On lui a aussi retiré son passeport")]),
    P("p5", "Liu Haitao", ["Liu Haitao"], ["official", "perpetrator"], gender="male"),
    P("p6", "Mathilde Roux", ["Mathilde Roux"], ["other"], gender="female"),
]
PLACES = [
    L("Geneva", ["Genève"]),
    L("Altay", ["Altay"]),
    L("Almaty", ["Almaty"]),
    L("Zharkent", ["Zharkent"]),
    L("Koktokay", ["Koktokay"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("17 avril 2024", "2024-04-17", "day"),
    D("décembre 2017", "2017-12", "month"),
    D("l'automne 2018", "2018", "year"),
    D("mars 2019", "2019-03", "month"),
    D("l'automne suivant", "2019", "year"),
    D("en [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-12"),
    ("detention", "p1", "2017-12"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2019"),
    ("detention", "p2", None),
    ("release", "p2", "2018"),
    ("death", "p2", None),
    ("interrogation", "p4", None),
]
NEGATED = [("p1", "torture.electric_shock", "On ne m'a pas torturé à l'électricité")]
FORBIDDEN = [("p2", "death.in_custody")]
