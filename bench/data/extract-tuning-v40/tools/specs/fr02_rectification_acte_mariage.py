FILE = "fr02_rectification_acte_mariage.txt"
LANG = "fr"
DATE = "2023-10-16"
NOTE = ("Form asking the Nantes prosecutor's état civil section to correct the husband's name on a transcribed "
        "marriage record (form fields in 'NOM Prénom', exposé des motifs, pièces jointes, office box dated 16 October "
        "2023 = document date). Wife 'NUR Gulzire' / 'Gulzire Nur' (b. 17/02/1988 Ghulja, French national); husband "
        "'TURDI Memtimin' and the pinyin misspelling 'TUERDI Maimaitiming' (same person); his sister 'Zohre Turdi'; "
        "son 'Arman' (b. 2013); clerk 'Céline Hervé' (other). Husband: April 2018 taken from his shop for having "
        "WhatsApp (arbitrary arrest + digital), city detention centre (pretrial), questioned at night and kept "
        "from sleeping, told by a released cellmate (sleep deprivation; restated, not hedged), May 2019 nine years "
        "(prison sentence), prison refuses calls and letters (incommunicado). Zohre: made to call her brother an "
        "extremist on camera (forced denunciation); 'Elle-même n'a pas été enfermée' (negated arrest). 'depuis ses "
        "cinq ans' is an age, not a date. Organisations: tribunal judiciaire de Nantes; 'place de la Réunion' is a "
        "street; article numbers and postcodes are not dates.")
ORGS = ["tribunal judiciaire de Nantes", "place de la Réunion"]
PERSONS = [
    P("p1", "Gulzire Nur", ["NUR Gulzire", "Gulzire Nur"], ["narrator", "relative"], gender="female",
      birth_year=1988, citizenship=["France"], rel=[("wife", "p2"), ("mother", "p4")]),
    P("p2", "Memtimin Turdi", ["TURDI Memtimin", "TUERDI Maimaitiming"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("brother", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "des policiers sont venus le chercher au magasin parce qu'il avait WhatsApp sur son portable"),
            ("surveillance.digital", "parce qu'il avait WhatsApp sur son portable"),
            ("detention.pretrial", "gardé dans un centre de détention de la ville"),
            ("torture.sleep_deprivation", "interrogé la nuit et empêché de dormir"),
            ("detention.prison_sentence", "le tribunal l'a condamné à neuf ans de prison"),
            ("detention.incommunicado", "La prison n'accepte ni appels ni lettres de la famille")]),
    P("p3", "Zohre Turdi", ["Zohre Turdi"], ["victim", "relative"], gender="female", rel=[("sister", "p2")],
      viol=[("coercion.forced_denunciation", "a été obligée de dire devant une caméra que son frère était « un extrémiste »")]),
    P("p4", "Arman", ["Arman"], ["relative"], gender="male", birth_year=2013, rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Céline Hervé", ["Céline Hervé"], ["other"], gender="female"),
]
PLACES = [
    L("Ghulja", ["Ghulja"]),
    L("China", ["Chine"]),
    L("Mulhouse", ["Mulhouse"]),
]
DATES = [
    D("17/02/1988", "1988-02-17", "day"),
    D("le 3 août 2012", "2012-08-03", "day"),
    D("le 15 janvier 2013", "2013-01-15", "day"),
    D("avril 2018", "2018-04", "month"),
    D("mai 2019", "2019-05", "month"),
    D("le 28 mars 2013", "2013-03-28", "day"),
    D("le 9 octobre 2023", "2023-10-09", "day"),
    D("le 16 octobre 2023", "2023-10-16", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("interrogation", "p2", None),
    ("sentencing", "p2", "2019-05"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Elle-même n'a pas été enfermée")]
FORBIDDEN = []
