FILE = "en02_notice_to_family_in_study.txt"
LANG = "en"
DATE = "2019-10-08"
NOTE = ("London certified translation (8 October 2019 = document date) of a Yining police station's 'Notice to the "
        "Family of a Trainee' of 21 August 2017, with the client's notes (a)-(c) in her own account. Trainee "
        "'Tursunjan ABLIZ' / 'Tursunjan Abliz': 'studying' at the vocational skills education and training centre "
        "since 15 April 2017 (camp); the notes say he was taken from the bazaar that day (arbitrary arrest; arrest and "
        "detention events) and the family was not told where he was until August (incommunicado + disappearance, "
        "disappearance event); on the calls he was told not to speak Uyghur (language ban). The notice's 'have not been "
        "sentenced' is negated prison sentence; its 'free ... medical care' makes denied medical care forbidden (a "
        "claim, nothing denied). Son 'Mirzat ABLIZ' / 'Mirzat' abroad in Turkey since 2016 (exit): the order to "
        "make him return within thirty days = transnational harassment; 'did not return' (no return event). Wife "
        "'Nigare SAWUT': passport collected May 2017; 'has not been detained' (negated arbitrary arrest). Officer "
        "'Xu Liming' official; translator 'R. Adeyemi-Cole' other. Police station, bureau and centre names are organisations; "
        "'Kazanchi Street' is a street, not a mention.")
ORGS = ["Kazanchi Police Station", "Yining City Public Security Bureau",
        "Yining City Vocational Skills Education and Training Centre", "Kazanchi Street"]
PERSONS = [
    P("p1", "Tursunjan Abliz", ["Tursunjan ABLIZ", "Tursunjan Abliz"], ["victim", "relative"], gender="male",
      birth_year=1974, rel=[("husband", "p3"), ("father", "p2")],
      viol=[("detention.internment_camp", "has been studying at the Yining City Vocational Skills Education and Training Centre since 15 April 2017"),
            ("detention.arbitrary_arrest", "her husband was taken from the bazaar by two police officers on 15 April 2017"),
            ("disappearance.enforced", "nobody told the family where he was until this notice was delivered in August 2017"),
            ("detention.incommunicado", "nobody told the family where he was until this notice was delivered in August 2017"),
            ("culture.language_ban", "her husband was told not to speak Uyghur and spoke only Chinese")]),
    P("p2", "Mirzat Abliz", ["Mirzat ABLIZ", "Mirzat"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p3")],
      viol=[("transnational.harassment", "ensure that your son Mirzat ABLIZ, who went abroad to Turkey in 2016, returns and reports to this station within thirty days, bringing his passport")]),
    P("p3", "Nigare Sawut", ["Nigare SAWUT"], ["victim", "relative", "witness"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2")],
      viol=[("movement.passport_confiscation", "her passport was collected by the community office in May 2017")]),
    P("p4", "Xu Liming", ["Xu Liming"], ["official"]),
    P("p5", "R. Adeyemi-Cole", ["R. Adeyemi-Cole"], ["other"]),
]
PLACES = [
    L("Yining", ["Yining City"]),
    L("Turkey", ["Turkey"]),
    L("London", ["London"]),
]
DATES = [
    D("born [[1974]],", "1974", "year"),
    D(("15 April 2017", 0), "2017-04-15", "day"),
    D("Turkey in [[2016]],", "2016", "year"),
    D("21 August 2017", "2017-08-21", "day"),
    D(("15 April 2017", 1), "2017-04-15", "day"),
    D("delivered in [[August 2017]]", "2017-08", "month"),
    D("calls, in [[2018]],", "2018", "year"),
    D("May 2017", "2017-05", "month"),
    D("8 October 2019", "2019-10-08", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-04-15"),
    ("detention", "p1", "2017-04-15"),
    ("disappearance", "p1", "2017-04-15"),
    ("exit", "p2", "2016"),
]
NEGATED = [("p1", "detention.prison_sentence", "Trainees are not criminals and have not been sentenced"),
           ("p3", "detention.arbitrary_arrest", "The client herself has not been detained")]
FORBIDDEN = [("p1", "ill_treatment.denied_medical_care")]
