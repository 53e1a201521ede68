FILE = "en03_subject_access_request.txt"
LANG = "en"
DATE = "2023-06-05"
NOTE = ("Subject access request under UK GDPR to a messaging company (To/From/Date header, numbered requests, bulleted contacts "
        "with names in capitals). 'Parlo Messaging Ltd'/'Parlo' is an organisation; street addresses (Hatton Garden, Cranbrook "
        "Road) are not annotated as places; the phone-number ending and article number are not dates. Father 'EKBER HAMUT' vs "
        "narrator 'Dilnaz Ekber' and brother 'ALIM EKBER' (surname = father's given name); mother 'Rena' by given name. "
        "'at school' = internment camp; his deafness is hedged ('he says he fell'): no beating code. Alim's charge sheet quoting the "
        "Parlo chat = digital surveillance + prison sentence; 'taken the same week' -> arrest 2017-11 (no span). Sajida held two "
        "days for questioning and let go = interrogation, detention, release, arbitrary arrest; the app forced onto her phone = "
        "digital surveillance; 'She was not sent to a camp' negated. Mother 'never detained' negated beside passport kept by the "
        "committee (passport confiscation + family separation: her movement is blocked). Solicitor Owen Pritchard: other.")
ORGS = ["Parlo Messaging Ltd", "Parlo"]
PERSONS = [
    P("p1", "Dilnaz Ekber", ["Dilnaz Ekber"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p5")]),
    P("p2", "Ekber Hamut", ["EKBER HAMUT"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "Police came for him in November 2017"),
            ("detention.internment_camp", "he was \"at school\"; that is their word for the camp")]),
    P("p3", "Alim Ekber", ["ALIM EKBER"], ["victim"], gender="male",
      rel=[("son", "p2"), ("son", "p5"), ("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "my younger brother, taken the same week"),
            ("detention.prison_sentence", "In 2020 he was sentenced to nine years"),
            ("surveillance.digital", "the charge sheet quoted our Parlo chat about Ramadan")]),
    P("p4", "Sajida Hoshur", ["Sajida Hoshur"], ["victim"], gender="female",
      viol=[("detention.arbitrary_arrest", "was held for questioning for two days in January 2018 and then let go"),
            ("surveillance.digital", "Her phone was taken and given back with a new app on it that she could not remove")]),
    P("p5", "Rena", ["Rena"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "her passport is \"kept for safety\" by the neighbourhood committee"),
            ("family.separation", "she has not been allowed to visit me")]),
    P("p6", "Owen Pritchard", ["Owen Pritchard"], ["other"], gender="male"),
]
PLACES = [L("London", ["London"]), L("Ilford", ["Ilford"]), L("United Kingdom", ["United Kingdom"]),
          L("Turpan", ["Turpan"]), L("Urumqi", ["Urumqi"])]
DATES = [
    D("5 June 2023", "2023-06-05", "day"),
    D("since [[2015]]", "2015", "year"),
    D("1 January 2017", "2017-01-01", "day"),
    D("November 2017", "2017-11", "month"),
    D("home in [[2019]]", "2019", "year"),
    D("In [[2020]] he", "2020", "year"),
    D("January 2018", "2018-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-11"), ("detention", "p2", "2017-11"), ("release", "p2", "2019"),
    ("arrest", "p3", "2017-11"), ("detention", "p3", "2017-11"), ("sentencing", "p3", "2020"),
    ("interrogation", "p4", "2018-01"), ("detention", "p4", "2018-01"), ("release", "p4", "2018-01"),
]
NEGATED = [("p4", "detention.internment_camp", "She was not sent to a camp"),
           ("p5", "detention.arbitrary_arrest", "Rena herself was never detained")]
FORBIDDEN = []
