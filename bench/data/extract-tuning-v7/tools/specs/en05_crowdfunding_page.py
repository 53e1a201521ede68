FILE = "en05_crowdfunding_page.txt"
LANG = "en"
DATE = "2025-01-12"
NOTE = ("Crowdfunding page: title, organiser line, totals, donor labels ('Anonymous', a donor circle whose name contains a "
        "toponym: not a place), story and dated updates; relative dates anchored on the update they stand in ('Yesterday' "
        "in Update 2, 'last week' in Update 3), 'the same month' chained on August 2018. The victim's ID-card spelling in "
        "capitals; child's surname = father's given name (Erpan/Zumret Sidiq <- Sidiq Eli). Niya = Minfeng County (one "
        "place); Hotan city vs Hotan Prefecture. Wife questioned but explicitly never detained and still holds her passport "
        "(negated). Rumoured move to Shihezi not gold. Death in a detention centre = death in custody. The mother's filmed "
        "read-out is coded coercion.forced_confession + family.reprisal (not a denunciation); the funeral-prayer ban is "
        "coded for the mother, to whom it was addressed.")
ORGS = ["Footscray Uyghur Women's Circle", "UN Working Group on Arbitrary Detention"]
PERSONS = [
    P("p1", "Zumret Sidiq", ["Zumret Sidiq"], ["narrator", "relative", "victim"], gender="female",
      citizenship=["Australia"], rel=[("sister", "p2"), ("daughter", "p3"), ("daughter", "p6")],
      viol=[("transnational.harassment", "They filmed her reading a text which says her son is \"well and studying\" and which asks me to \"stop slandering the motherland\"")]),
    P("p2", "Erpan Sidiq", ["Erpan Sidiq", "Erpan", "AIERPAN SIDIKE"], ["victim"], gender="male", age=34,
      rel=[("brother", "p1"), ("son", "p3"), ("son", "p6"), ("husband", "p5")],
      viol=[("surveillance.digital", "the police searched his laptop, said he had \"a tool for climbing over the wall\" on it"),
            ("detention.arbitrary_arrest", "said he had \"a tool for climbing over the wall\" on it, and held him for nine days"),
            ("detention.pretrial", "held him for nine days in the airport police station"),
            ("detention.internment_camp", "locked him up in the county \"education and transformation centre\" in Niya"),
            ("detention.incommunicado", "We did not hear a word from him or about him for almost two years"),
            ("disappearance.enforced", "We did not hear a word from him or about him for almost two years"),
            ("detention.prison_sentence", "Erpan had been sentenced to fourteen years for \"inciting ethnic hatred\""),
            ("labour.forced_labour", "Erpan sews uniforms in the prison workshop for twelve hours a day"),
            ("ill_treatment.denied_medical_care", "the guards laughed when he asked to see a doctor")]),
    P("p3", "Sidiq Eli", ["Sidiq Eli"], ["victim", "relative"], gender="male", age=67,
      rel=[("father", "p1"), ("father", "p2"), ("husband", "p6")],
      viol=[("detention.arbitrary_arrest", "was 67 when they came for him"),
            ("detention.pretrial", "He died in March 2019 in the Minfeng county detention centre"),
            ("death.in_custody", "He died in March 2019 in the Minfeng county detention centre")]),
    P("p4", "Xu Gang", ["Xu Gang"], ["official", "perpetrator"], gender="male"),
    P("p5", "Muyesser Yaqup", ["Muyesser Yaqup"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p6", "Ruqiye Tashbolat", ["Ruqiye Tashbolat"], ["relative", "victim"], gender="female", age=71,
      rel=[("mother", "p1"), ("mother", "p2"), ("wife", "p3")],
      viol=[("culture.religious_ban", "told my mother there would be no washing of the body and no funeral prayer"),
            ("coercion.forced_confession", "They filmed her reading a text which says her son is \"well and studying\""),
            ("family.reprisal", "They filmed her reading a text which says her son is \"well and studying\" and which asks me to \"stop slandering the motherland\"")]),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Victoria", ["Victoria"]),
    L("Australia", ["Australia"]),
    L("Minfeng County", ["Niya", "Minfeng County", "Minfeng county"]),
    L("Hotan Prefecture", ["Hotan Prefecture"]),
    L("Dubai", ["Dubai"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Hotan", ["Hotan city"]),
    L("Shihezi", ["Shihezi"]),
]
DATES = [
    D("citizen since [[2019]]", "2019", "year"),
    D("In [[August 2018]] Erpan", "2018-08", "month"),
    D("the same month", "2018-08", "month"),
    D("March 2019", "2019-03", "month"),
    D("In [[2021]] a cousin", "2021", "year"),
    D("3 October 2024", "2024-10-03", "day"),
    D("20 November 2024", "2024-11-20", "day"),
    D("Yesterday", "2024-11-19", "day"),
    D("12 January 2025", "2025-01-12", "day"),
    D("last week", "2025-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018-08"),
    ("detention", "p2", "2018-08"),
    ("transfer", "p2", "2018"),
    ("disappearance", "p2", "2018-08"),
    ("sentencing", "p2", None),
    ("arrest", "p3", "2018-08"),
    ("detention", "p3", "2018-08"),
    ("death", "p3", "2019-03"),
    ("interrogation", "p5", None),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "was never detained"),
           ("p5", "movement.passport_confiscation", "she still holds her passport")]
FORBIDDEN = [("p5", "detention.pretrial"), ("p1", "family.reprisal"), ("p6", "detention.arbitrary_arrest"),
             ("p2", "death.in_custody")]
