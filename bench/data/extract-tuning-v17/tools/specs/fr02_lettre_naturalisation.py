FILE = "fr02_lettre_naturalisation.txt"
LANG = "fr"
DATE = "2021-10-05"
NOTE = ("Naturalisation motivation letter to a French prefecture: sender block and signature = narrator Arslan Seitqazy "
        "(no citizenship yet: he is applying); 'Préfecture du Bas-Rhin' org; postcode, 'B2' no dates. Father's name in "
        "surname-first order 'Seitqazy Amanjol', whose given name is the son's surname. Father: taken by the Kuytun police "
        "the day after a video call with his son abroad = arbitrary arrest + family reprisal; former school 'centre "
        "d'éducation' = camp; Chinese anthem = political indoctrination; made to denounce his 'religious thoughts' before "
        "detainees = forced confession; one small bread and a clear soup a day = food deprivation; 'Il n'a jamais été jugé' negated prison sentence; released Dec 2018. Mother Kulpash "
        "Nurtay 'n'a pas été enfermée' negated arrest; door camera + weekly photographs = checkpoint surveillance. Cousin "
        "Ermek Bekbolat: twelve years in 2019 for religious books = prison sentence + religious ban, no news since summer 2020 "
        "= incommunicado. 'M. Zhou' (named only so) asking on WeChat for a list of mosque-goers = perpetrator; "
        "transnational harassment of the narrator. 'jamais été inquiété par les autorités françaises' is not a denial of a "
        "code. Wife Aliya Dauletova French since 2020 -> France. 'l'été 2020' -> year.")
ORGS = ["Préfecture du Bas-Rhin"]
PERSONS = [
    P("p1", "Arslan Seitqazy", ["Arslan Seitqazy"], ["narrator", "relative", "victim"], gender="male", birth_year=1990,
      rel=[("son", "p2"), ("son", "p3"), ("husband", "p6")],
      viol=[("transnational.harassment", "m'a écrit sur WeChat pour me demander la liste des Kazakhs de Strasbourg qui fréquentent la mosquée")]),
    P("p2", "Seitqazy Amanjol", ["Seitqazy Amanjol"], ["victim"], gender="male", rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police de Kuytun le 2 avril 2018, au lendemain d'un appel vidéo avec moi"),
            ("family.reprisal", "au lendemain d'un appel vidéo avec moi"),
            ("detention.internment_camp", "On l'a gardé huit mois dans un ancien collège transformé en « centre d'éducation »"),
            ("indoctrination.political", "on lui a appris l'hymne chinois"),
            ("coercion.forced_confession", "on l'obligeait à dénoncer ses « pensées religieuses » devant les autres détenus"),
            ("ill_treatment.food_deprivation", "il ne recevait qu'un petit pain et une soupe claire par jour")]),
    P("p3", "Kulpash Nurtay", ["Kulpash Nurtay"], ["relative", "victim"], gender="female", rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("surveillance.checkpoint", "les agents du quartier ont installé une caméra devant sa porte et viennent chaque semaine photographier l'intérieur de la maison")]),
    P("p4", "Ermek Bekbolat", ["Ermek Bekbolat"], ["victim", "relative"], gender="male", rel=[("cousin", "p1")],
      viol=[("detention.prison_sentence", "condamné à douze ans en 2019"),
            ("culture.religious_ban", "pour avoir gardé des livres religieux"),
            ("detention.incommunicado", "Nous n'avons aucune nouvelle de lui depuis l'été 2020")]),
    P("p5", "M. Zhou", ["Zhou"], ["perpetrator"], gender="male"),
    P("p6", "Aliya Dauletova", ["Aliya Dauletova"], ["relative"], gender="female", citizenship=["France"],
      rel=[("wife", "p1")]),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Kuytun", ["Kuytun"]),
    L("Ili", ["Ili"]),
    L("France", ["France"]),
    L("Reichshoffen", ["Reichshoffen"]),
    L("Shihezi", ["Shihezi"]),
]
DATES = [
    D("5 octobre 2021", "2021-10-05", "day"),
    D("8 juillet 1990", "1990-07-08", "day"),
    D("septembre 2015", "2015-09", "month"),
    D("2 avril 2018", "2018-04-02", "day"),
    D("décembre 2018", "2018-12", "month"),
    D("douze ans en [[2019]]", "2019", "year"),
    D("l'été 2020", "2020", "year"),
    D("En [[2019]], un", "2019", "year"),
    D("depuis [[2020]]", "2020", "year"),
    D("Strasbourg en [[2019]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04-02"),
    ("detention", "p2", None),
    ("release", "p2", "2018-12"),
    ("sentencing", "p4", "2019"),
]
NEGATED = [("p2", "detention.prison_sentence", "Il n'a jamais été jugé"),
           ("p3", "detention.arbitrary_arrest", "n'a pas été enfermée")]
FORBIDDEN = []
