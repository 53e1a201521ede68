FILE = "en04_auction_lot.txt"
LANG = "en"
DATE = "2024-10-17"
NOTE = ("Auction-house catalogue lot with provenance chain: auction house (org), 'Sale 2417', 'LOT 86', '11 am', '118 cm', "
        "estimate, premium are no dates; maker's inscription 'Qadir usta' is a mention of Qadir Niyaz (other, maker, life "
        "range 'c. 1925–1950' gives two year dates). Grandson Rozimemet Qadiri (1948–2019, two dates): taken from a wedding "
        "in Yopurgha for 'religious' songs = arbitrary arrest + religious ban; vocational centre = camp; revolutionary songs = "
        "political indoctrination; forbidden to speak Uyghur = language ban; untreated hip = denied medical care; beating "
        "hedged ('does not know whether') = neither gold nor forbidden; died after release (death.in_custody forbidden); "
        "'October of the same year' -> 2019-10. Daughter Mahinur Rozimemet ('Ms Rozimemet') exit via Torugart 2021; her "
        "husband Ilham Sadiq refused exit, passport taken 2018. Vendor Callum Ferrie = other. Viewing dates before the sale "
        "are annotated. 'Islamic', 'Central Asian', 'Chinese', 'Uyghur' are no places.")
ORGS = ["HALLORAN & PEAKE"]
PERSONS = [
    P("p1", "Qadir Niyaz", ["Qadir", "Qadir Niyaz"], ["other", "relative"], gender="male", rel=[("grandfather", "p2")]),
    P("p2", "Rozimemet Qadiri", ["Rozimemet Qadiri"], ["victim"], gender="male", birth_year=1948,
      rel=[("grandson", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken from a wedding where he was playing in Yopurgha in March 2018"),
            ("culture.religious_ban", "the songs he chose were \"religious\""),
            ("detention.internment_camp", "a facility in Kashgar's Konasheher county that the authorities described as a vocational centre"),
            ("indoctrination.political", "he was made to sing Chinese revolutionary songs every morning"),
            ("culture.language_ban", "forbidden to speak Uyghur in class"),
            ("ill_treatment.denied_medical_care", "a damaged hip that had not been treated")]),
    P("p3", "Mahinur Rozimemet", ["Mahinur Rozimemet", "Rozimemet"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p2"), ("wife", "p5")]),
    P("p4", "Callum Ferrie", ["Callum Ferrie"], ["other"], gender="male"),
    P("p5", "Ilham Sadiq", ["Ilham Sadiq"], ["victim", "relative"], gender="male", rel=[("husband", "p3")],
      viol=[("movement.passport_confiscation", "officials took his passport in 2018")]),
]
PLACES = [
    L("Edinburgh", ["Edinburgh"]),
    L("Kashgar", ["Kashgar"]),
    L("Bishkek", ["Bishkek"]),
    L("Glasgow", ["Glasgow"]),
    L("Yopurgha", ["Yopurgha"]),
    L("Konasheher County", ["Konasheher county"]),
    L("China", ["China"]),
    L("Kyrgyzstan", ["Kyrgyzstan"]),
    L("Torugart Pass", ["Torugart pass"]),
    L("United Kingdom", ["UK"]),
]
DATES = [
    D("17 October 2024", "2024-10-17", "day"),
    D("about [[1935]]", "1935", "year"),
    D("c. [[1925]]", "1925", "year"),
    D("1925–[[1950]]", "1950", "year"),
    D("([[1948]]", "1948", "year"),
    D("1948–[[2019]])", "2019", "year"),
    D("from [[1969]]", "1969", "year"),
    D("September 2022", "2022-09", "month"),
    D("March 2018", "2018-03", "month"),
    D("May 2019", "2019-05", "month"),
    D("October of the same year", "2019-10", "month"),
    D("pass in [[2021]]", "2021", "year"),
    D("passport in [[2018]]", "2018", "year"),
    D("2 August 2022", "2022-08-02", "day"),
    D("14 October", "2024-10-14", "day"),
    D("15 October 2024", "2024-10-15", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", None),
    ("release", "p2", "2019-05"),
    ("death", "p2", "2019-10"),
    ("exit", "p3", "2021"),
]
NEGATED = []
FORBIDDEN = [("p2", "death.in_custody")]
