FILE = "en01_tribunal_transcript.txt"
LANG = "en"
DATE = "2025-02-11"
NOTE = ("UK First-tier Tribunal hearing transcript excerpt (Q/A). Tribunal header, appeal number (its year is not a date), "
        "unnamed counsel, interpreter and judge are not persons. Appellant Rustem Nurakhmetuly (narrator); uncle Serik Akhmetov "
        "(Russian-style surname, the father's younger brother); cousin Aigerim named only by given name; mother Bakytgul "
        "Omarkyzy (-qyzy) keeps her own name; wife Dana. Appellant denies arrest and beating (negated) next to biometrics and "
        "phone copying done to him. Mother 'was not taken anywhere' (negated arrest) but her passport was cut. Uncle's "
        "sentence is hearsay and hedged ('I am not sure'): no prison_sentence, no sentencing event. 'Three weeks later' after "
        "August 2018 -> year; 'Last March' -> 2024-03. Chapchal detention centre: arrest date carried by the detention event.")
ORGS = ["FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)"]
PERSONS = [
    P("p1", "Rustem Nurakhmetuly", ["Rustem Nurakhmetuly", "Nurakhmetuly"], ["narrator", "witness", "relative", "victim"],
      gender="male", rel=[("nephew", "p2"), ("son", "p4"), ("husband", "p5"), ("cousin", "p3")],
      viol=[("medical.biometric_collection", "took my fingerprints and a blood sample"),
            ("surveillance.digital", "copied everything from my phone"),
            ("transnational.harassment", "sent my mother a message for me. He wrote that I should come home")]),
    P("p2", "Serik Akhmetov", ["Serik Akhmetov"], ["victim"], gender="male",
      rel=[("uncle", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken from the mosque in Ayinture on 3 May 2017"),
            ("detention.pretrial", "Police drove him to the Chapchal detention centre"),
            ("detention.internment_camp", "he was moved to a camp on the road to Ghulja"),
            ("detention.shackling", "they chained his wrists to a table"),
            ("torture.sleep_deprivation", "kept him awake three nights"),
            ("family.reprisal", "my uncle \"would be fine\" if I stayed quiet")]),
    P("p3", "Aigerim", ["Aigerim"], ["relative", "witness"], gender="female", rel=[("daughter", "p2"), ("cousin", "p1")]),
    P("p4", "Bakytgul Omarkyzy", ["Bakytgul Omarkyzy"], ["relative", "victim"], gender="female", rel=[("mother", "p1")],
      viol=[("movement.passport_confiscation", "her passport was cut in front of her")]),
    P("p5", "Dana", ["Dana"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p6", "Ma Wenbo", ["Ma Wenbo"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("London", ["London"]),
    L("China", ["China"]),
    L("Qapqal County", ["Chapchal county", "Chapchal"]),
    L("Ayinture", ["Ayinture"]),
    L("Yining", ["Ghulja"]),
    L("Khorgos", ["Khorgos"]),
    L("United Kingdom", ["United Kingdom"]),
]
DATES = [
    D("11 February 2025", "2025-02-11", "day"),
    D(("August 2018", 0), "2018-08", "month"),
    D("3 May 2017", "2017-05-03", "day"),
    D(("August 2018", 1), "2018-08", "month"),
    D("Three weeks later", "2018", "year"),
    D("Last March", "2024-03", "month"),
    D("in [[2019]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-05-03"),
    ("detention", "p2", "2017-05-03"),
    ("transfer", "p2", None),
    ("exit", "p1", "2018-08"),
    ("exit", "p5", "2018-08"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "I was not arrested"),
           ("p1", "torture.beating", "nobody hit me"),
           ("p4", "detention.arbitrary_arrest", "she was not taken anywhere after that")]
FORBIDDEN = [("p1", "detention.pretrial"), ("p1", "detention.internment_camp")]
