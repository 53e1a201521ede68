FILE = "en04_household_visit_form.txt"
LANG = "en"
DATE = "2022-07-19"
NOTE = ("Stockholm translator's version (19 July 2022 = document date) of an Urumqi residents' committee 'Household "
        "Visit and Assessment Form' (visit 2018.03.14) with scored tick-box categories, a measures list and translator's "
        "notes [T1]-[T5] restating the appellant's account. Head 'Ekber NASIR' and spouse 'Xalide ROZAQ': passports "
        "collected 2017.05, Monday flag-raising and political study ordered (indoctrination for both, one span), blood, "
        "fingerprints and iris scans (biometric for both); 'Household head not detained' (negated arbitrary arrest); the "
        "veil 'corrected' and the wife told not to cover her head (religious ban on her). Son 'Yalqun EKBER' / 'Yalqun' "
        "'at school' per the form, per T1 taken by police in July 2017 and held in a camp in Dabancheng (arbitrary arrest "
        "+ camp; arrest and detention events). Daughter 'Shehide EKBER' / 'Shehide' (appellant) in Kazakhstan: police "
        "want her back via her father's call (transnational harassment). Scored categories ('Prays daily', 'Relative in "
        "one of the 26 countries') are scores, not acts: not coded. Surname 'EKBER' of the children is the father's "
        "given name. '2017.05' is annotated both in the measures and where T3 quotes it; 'next quarter' is future. "
        "Cadres are officials; 'Dr. M. Lindqvist' (title left out) other. 'Yan'an Road Community' is an organisation.")
ORGS = ["Yan'an Road Community"]
PERSONS = [
    P("p1", "Ekber Nasir", ["Ekber NASIR"], ["victim", "relative"], gender="male", ethnicity="Uyghur", birth_year=1968,
      rel=[("husband", "p2"), ("father", "p3"), ("father", "p4")],
      viol=[("movement.passport_confiscation", "Passports of household head and spouse collected by the community, 2017.05"),
            ("indoctrination.political", "Head and spouse to attend flag-raising and political study every Monday"),
            ("medical.biometric_collection", "blood samples, fingerprints and iris scans of head and spouse taken 2017.06")]),
    P("p2", "Xalide Rozaq", ["Xalide ROZAQ"], ["victim", "relative"], gender="female", ethnicity="Uyghur",
      birth_year=1970, rel=[("wife", "p1"), ("mother", "p3"), ("mother", "p4")],
      viol=[("movement.passport_confiscation", "Passports of household head and spouse collected by the community, 2017.05"),
            ("indoctrination.political", "Head and spouse to attend flag-raising and political study every Monday"),
            ("medical.biometric_collection", "blood samples, fingerprints and iris scans of head and spouse taken 2017.06"),
            ("culture.religious_ban", "her mother was told she could no longer cover her head outdoors")]),
    P("p3", "Yalqun Ekber", ["Yalqun EKBER", "Yalqun"], ["victim", "relative"], gender="male", birth_year=1993,
      rel=[("son", "p1"), ("son", "p2"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "her brother Yalqun was taken by police in July 2017"),
            ("detention.internment_camp", "has been held since then in a camp in Dabancheng")]),
    P("p4", "Shehide Ekber", ["Shehide EKBER", "Shehide"], ["victim", "relative", "witness"], gender="female",
      birth_year=1996, rel=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "her father phoned her in April 2018 to say the police wanted her to come back and report")]),
    P("p5", "Zhang Huiling", ["Zhang Huiling"], ["official"]),
    P("p6", "Li Qingshan", ["Li Qingshan"], ["official"]),
    P("p7", "M. Lindqvist", ["M. Lindqvist"], ["other"]),
]
PLACES = [
    L("Tianshan District", ["Tianshan District"]),
    L("Urumqi", ["Urumqi"]),
    L("Stockholm", ["Stockholm"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Dabancheng", ["Dabancheng"]),
]
DATES = [
    D("19 July 2022", "2022-07-19", "day"),
    D("2018.03.14", "2018-03-14", "day"),
    D("born [[1968]]", "1968", "year"),
    D("born [[1970]]", "1970", "year"),
    D("born [[1993]]", "1993", "year"),
    D("born [[1996]]", "1996", "year"),
    D(("2017.05", 0), "2017-05", "month"),
    D("2017.06", "2017-06", "month"),
    D("July 2017", "2017-07", "month"),
    D(("2017.05", 1), "2017-05", "month"),
    D("April 2018", "2018-04", "month"),
]
EVENTS = [
    ("arrest", "p3", "2017-07"),
    ("detention", "p3", "2017-07"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Household head not detained")]
FORBIDDEN = []
