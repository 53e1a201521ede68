FILE = "fr02_pv_ag_jardins_partages.txt"
LANG = "fr"
DATE = "2023-03-18"
NOTE = ("Procès-verbal of a shared-garden association's ordinary general assembly, Lille (quorum, numbered items, plot "
        "transfer, election, questions diverses, signatures). Names in « Prénom NOM »; 'M. BEKMURAT' is a mention of Nurlan "
        "(surname after a title) but 'la famille BEKMURAT' is a family, not a mention; the father 'Bekmurat Kasymkhan' gives "
        "his given name as the son's surname. Officers and members acting only as such are other. 'LES JARDINS DE FIVES' and "
        "'préfecture du Nord' are organisations; 'maison de quartier de Fives' holds the place Fives. Arrested for WhatsApp = "
        "arbitrary arrest + digital surveillance; « centre de formation professionnelle » = camp; forbidden to speak Kazakh = "
        "language ban; wool factory without pay and without refusing = forced labour; passport withdrawn. Sister questioned "
        "three times (interrogation, undated) 'n'a jamais été détenue' (negated). Fingerprints taken at a French prefecture "
        "for a residence permit are not biometric collection (forbidden). 'l'été dernier' -> 2022, 'depuis janvier' -> "
        "2023-01; 'au printemps' is not annotated.")
ORGS = ["« LES JARDINS DE FIVES »", "préfecture du Nord"]
PERSONS = [
    P("p1", "Nurlan Bekmurat", ["Nurlan BEKMURAT", "BEKMURAT"], ["relative"], gender="male",
      rel=[("son", "p3"), ("husband", "p2"), ("brother", "p4")], skip=["famille [[BEKMURAT]]"]),
    P("p2", "Ainur Serik", ["Ainur SERIK"], ["relative", "other"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Bekmurat Kasymkhan", ["Bekmurat Kasymkhan"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "a été arrêté en avril 2018 parce qu'il avait WhatsApp sur son téléphone"),
            ("surveillance.digital", "parce qu'il avait WhatsApp sur son téléphone"),
            ("detention.internment_camp", "ce que les autorités appellent un « centre de formation professionnelle »"),
            ("culture.language_ban", "il lui était interdit de parler kazakh"),
            ("labour.forced_labour", "affecté à une usine de laine à Altay, sans salaire et sans pouvoir refuser"),
            ("movement.passport_confiscation", "Son passeport lui a été retiré")]),
    P("p4", "Gulnar", ["Gulnar"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p3")]),
    P("p5", "Bernard Lemaire", ["Bernard LEMAIRE"], ["other"], gender="male"),
    P("p6", "Chloé Vasseur", ["Chloé VASSEUR"], ["other"], gender="female"),
    P("p7", "Nadia Benali", ["Nadia BENALI"], ["other"], gender="female"),
    P("p8", "Odile Fauquet", ["Odile FAUQUET"], ["other"], gender="female"),
]
PLACES = [
    L("Fives", ["Fives"]),
    L("Lille", ["Lille"]),
    L("Almaty", ["Almaty"]),
    L("Altay", ["Altay"]),
]
DATES = [
    D("18 mars 2023", "2023-03-18", "day"),
    D("l'été dernier", "2022", "year"),
    D("depuis [[janvier]]", "2023-01", "month"),
    D("avril 2018", "2018-04", "month"),
    D("2020", "2020", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-04"),
    ("detention", "p3", "2018-04"),
    ("release", "p3", "2020"),
    ("interrogation", "p4", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "elle n'a jamais été détenue")]
FORBIDDEN = [("p1", "medical.biometric_collection")]
