FILE = "en01_baggage_report.txt"
LANG = "en"
DATE = "2025-10-14"
NOTE = ("Airline property irregularity report (PIR): header with the airline name containing a toponym (Air Astana: org, not a "
        "place), file reference, bag tag, flight numbers and bag-type code (not dates), street named after a historical person "
        "(Tole Bi: not a person), PNR-style name field 'DOSMUKHAMBETOVA/ZHANAR' (a mention), agent initials 'AS' (not a person). "
        "Kazakh naming: father Kairat Dosmukhambetuly, children with Russian-style Dosmukhambetov/-ova, sister-in-law Saule "
        "Nurbekqyzy. Chöchek = Tacheng (city) vs 'Tacheng prefecture'; Dörbiljin = Emin. Brother: taken from his flat without "
        "warrant, four months in the city detention centre, moved to a 'school', sentenced the following spring (-> 2020), prison "
        "unknown (incommunicado). Wife 'was not detained' (negated) but made to attend flag-raising and Chinese lessons. Father "
        "'never detained' (negated) but police pressure to make the daughter return: family.reprisal for him, "
        "transnational.harassment for the narrator. Father died of a stroke at home: death event, death.in_custody forbidden. "
        "'Kazakh passport' alone is no citizenship; 'citizen of Kazakhstan since 2012' is. Eighteen families: background."
        " Cell of thirty for eight (overcrowding), one bucket and no shower (denied hygiene).")
ORGS = ["AIR ASTANA", "Tole Bi street"]
PERSONS = [
    P("p1", "Zhanar Dosmukhambetova", ["DOSMUKHAMBETOVA/ZHANAR", "Zhanar Dosmukhambetova"], ["narrator", "witness", "relative", "victim"],
      gender="female", citizenship=["Kazakhstan"], rel=[("sister", "p2"), ("daughter", "p4")],
      viol=[("transnational.harassment", "the police came to him twice to ask when I would come back and told him to make me return")]),
    P("p2", "Yerlan Dosmukhambetov", ["Yerlan Dosmukhambetov", "Yerlan"], ["victim"], gender="male", birth_year=1979,
      rel=[("brother", "p1"), ("husband", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "He was taken from his flat in Chöchek (Tacheng on Chinese maps) on 2 March 2018 by men in plain clothes, and no warrant or court paper has ever been shown to us"),
            ("detention.pretrial", "had been kept for four months in the city detention centre"),
            ("detention.overcrowding", "thirty men in a cell meant for eight"),
            ("ill_treatment.denied_hygiene", "with one bucket for a toilet and no shower"),
            ("detention.internment_camp", "moved to a \"school\" outside Dörbiljin (Emin)"),
            ("detention.prison_sentence", "a court sentenced him to eleven years"),
            ("detention.incommunicado", "she does not know which prison holds him")]),
    P("p3", "Saule Nurbekqyzy", ["Saule Nurbekqyzy", "Saule"], ["relative", "witness", "victim"], gender="female",
      rel=[("wife", "p2")],
      viol=[("indoctrination.political", "she has to attend the flag-raising and the Chinese lessons at the residents' committee every Monday")]),
    P("p4", "Kairat Dosmukhambetuly", ["Kairat Dosmukhambetuly"], ["relative", "victim"], gender="male", birth_year=1948,
      rel=[("father", "p1"), ("father", "p2")],
      viol=[("family.reprisal", "the police came to him twice to ask when I would come back and told him to make me return")]),
    P("p5", "Fatma Gül Erdem", ["Fatma Gül Erdem"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Istanbul", ["Istanbul"]),
    L("Tacheng", ["Chöchek", "Tacheng"]),
    L("Emin", ["Dörbiljin", "Emin"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Tacheng Prefecture", ["Tacheng prefecture"]),
]
DATES = [
    D(("14 OCT 2025", 0), "2025-10-14", "day"),
    D("13 OCT 2025", "2025-10-13", "day"),
    D("born [[1979]]", "1979", "year"),
    D("2 March 2018", "2018-03-02", "day"),
    D("Chöchek in [[2019]]", "2019", "year"),
    D("the following spring", "2020", "year"),
    D("([[1948]]-2021)", "1948", "year"),
    D("(1948-[[2021]])", "2021", "year"),
    D("since [[2012]]", "2012", "year"),
    D(("14 OCT 2025", 1), "2025-10-14", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-03-02"),
    ("detention", "p2", "2018-03-02"),
    ("transfer", "p2", None),
    ("sentencing", "p2", "2020"),
    ("death", "p4", "2021"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Saule herself was not detained"),
           ("p4", "detention.arbitrary_arrest", "He himself was never detained")]
FORBIDDEN = [("p4", "death.in_custody"), ("p1", "detention.arbitrary_arrest")]
