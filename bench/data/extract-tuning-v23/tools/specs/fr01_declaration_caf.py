FILE = "fr01_declaration_caf.txt"
LANG = "fr"
DATE = "2020-11-16"
NOTE = ("Letter to a French family-allowance office (CAF) declaring a change of family situation (sender block with claimant "
        "number, addressee, place-date line, Objet, signature, P. J.). 'Caisse d'allocations familiales du Rhône' is an org; "
        "claimant number, postcodes, phone, ages are not dates; 'allée des Tilleuls' is not a person. Sender 'Patigul "
        "MEMTIMIN' (capitalised surname) and signature; husband 'M. Nijat EZIZ' then bare 'Nijat'; children 'Arslan' and "
        "'Nur' by given name only, with ages; the adviser 'Mme Sandrine Roux' and the imam 'M. Yusuf Karaca' / 'M. Karaca' are "
        "role other. 'nous'/'notre' = the writer and her husband. Chained dates: '15 août 2017' -> 'le lendemain' "
        "(2017-08-16, arrival in Kashgar: return event) -> 'trois jours plus tard' (2017-08-19, arrest); 'l'an dernier' -> "
        "2019 and 'Le mois dernier' -> 2020-10 anchored on the letter date; 'depuis plus de trois ans' is a duration (not a "
        "date). Husband: arrested without reason (arbitrary arrest), camp, seven-year sentence (2019), no letters or calls "
        "(incommunicado). Sister-in-law: 'n'a pas été internée' = negated internment camp, next to her passport taken by the "
        "police (real).")
ORGS = ["Caisse d'allocations familiales du Rhône"]
PERSONS = [
    P("p1", "Patigul Memtimin", ["Patigul MEMTIMIN", "Patigul Memtimin"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4"), ("sister-in-law", "p5")]),
    P("p2", "Nijat Eziz", ["Nijat EZIZ", "Nijat"], ["victim", "relative"], gender="male", birth_year=1984,
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "sans qu'on nous dise pourquoi"),
            ("detention.internment_camp", "envoyé dans un camp dit « de formation »"),
            ("detention.prison_sentence", "il a été condamné à sept ans de prison"),
            ("detention.incommunicado", "je ne peux ni lui écrire ni lui téléphoner")]),
    P("p3", "Arslan", ["Arslan"], ["relative"], gender="male", age=9, rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Nur", ["Nur"], ["relative"], gender="female", age=6, rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p5", "Mihriban Eziz", ["Mihriban Eziz"], ["victim", "relative", "witness"], gender="female",
      rel=[("sister", "p2"), ("sister-in-law", "p1")],
      viol=[("movement.passport_confiscation", "la police lui a retiré son passeport")]),
    P("p6", "Sandrine Roux", ["Sandrine Roux"], ["other"], gender="female"),
    P("p7", "Yusuf Karaca", ["Yusuf Karaca", "Karaca"], ["other"], gender="male"),
]
PLACES = [
    L("Vénissieux", ["Vénissieux"]),
    L("Saint-Priest", ["Saint-Priest"]),
    L("Kashgar", ["Kachgar"]),
    L("France", ["France"]),
]
DATES = [
    D("16 novembre 2020", "2020-11-16", "day"),
    D("2 mars 1984", "1984-03-02", "day"),
    D("15 août 2017", "2017-08-15", "day"),
    D("le lendemain", "2017-08-16", "day"),
    D("trois jours plus tard", "2017-08-19", "day"),
    D("2019", "2019", "year"),
    D("l'an dernier", "2019", "year"),
    D("depuis [[août 2017]]", "2017-08", "month"),
    D("Le mois dernier", "2020-10", "month"),
]
EVENTS = [("return", "p2", "2017-08-16"), ("arrest", "p2", "2017-08-19"), ("detention", "p2", "2017"),
          ("sentencing", "p2", "2019")]
NEGATED = [("p5", "detention.internment_camp", "n'a pas été internée")]
FORBIDDEN = []
