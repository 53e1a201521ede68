FILE = "en01_birth_reregistration_note.txt"
LANG = "en"
DATE = "2024-06-11"
NOTE = ("Leeds register office's record of an enquiry about re-registering a birth to add the unmarried father "
        "(registrar's summary of the mother's account, registrar's note). Mother 'Mahire SADIQ' / 'Ms Sadiq'; child "
        "'Elnur SADIQ' / 'Elnur's'; father 'Ekrem NIYAZ' / 'Mr Niyaz' / 'Ekrem', DOB UK numeric 07/09/1990; his father "
        "'Niyaz Hoshur' (given name = Ekrem's surname; 'surname to Niyaz' is not a mention); brother 'Perhat'; "
        "registrar 'Deborah Ashworth' / 'D. Ashworth' (other). Ekrem: went back in August 2023 (return), phone searched "
        "(digital), passport kept (passport), October 2023 taken to a 'study centre' (arbitrary arrest + camp), no "
        "calls or letters passed on, no visits (incommunicado; whereabouts roughly known, so no disappearance), "
        "cannot come to his son (family separation). A trial only rumoured (hedged, nothing). Perhat 'has not been "
        "arrested' (negated). Niyaz Hoshur died in hospital of illness (death event; death.in_custody forbidden). "
        "Organisation: Leeds Register Office. 'last month' -> 2024-05; clock time and entry numbers are not dates.")
ORGS = ["LEEDS REGISTER OFFICE", "St James's University Hospital"]
PERSONS = [
    P("p1", "Mahire Sadiq", ["Mahire SADIQ", "Sadiq"], ["relative", "witness"], gender="female",
      rel=[("partner", "p3"), ("mother", "p2")]),
    P("p2", "Elnur Sadiq", ["Elnur SADIQ", "Elnur"], ["relative"], gender="male", birth_year=2024,
      rel=[("son", "p3"), ("son", "p1")]),
    P("p3", "Ekrem Niyaz", ["Ekrem NIYAZ", "Niyaz", "Ekrem"], ["victim"], gender="male", birth_year=1990,
      rel=[("partner", "p1"), ("father", "p2"), ("son", "p4"), ("brother", "p5")],
      skip=["surname to [[Niyaz]]"],
      viol=[("surveillance.digital", "the police went through his phone"),
            ("movement.passport_confiscation", "They kept his passport, so he could not fly back"),
            ("detention.arbitrary_arrest", "he was taken from his parents' flat"),
            ("detention.internment_camp", "to what his family call a \"study centre\""),
            ("detention.incommunicado", "letters and calls are not passed on"),
            ("family.separation", "Ekrem cannot come here and we cannot go there")]),
    P("p4", "Niyaz Hoshur", ["Niyaz Hoshur"], ["relative"], gender="male", rel=[("father", "p3")]),
    P("p5", "Perhat", ["Perhat"], ["relative"], gender="male", rel=[("brother", "p3")]),
    P("p6", "Deborah Ashworth", ["Deborah Ashworth", "D. Ashworth"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Ghulja", ["Ghulja"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Changji", ["Changji"]),
]
DATES = [
    D("11 June 2024", "2024-06-11", "day"),
    D("2 April 2024", "2024-04-02", "day"),
    D("14 March 2024", "2024-03-14", "day"),
    D("07/09/1990", "1990-09-07", "day"),
    D("August 2023", "2023-08", "month"),
    D("October 2023", "2023-10", "month"),
    D("last month", "2024-05", "month"),
    D("November 2023", "2023-11", "month"),
]
EVENTS = [
    ("return", "p3", "2023-08"),
    ("arrest", "p3", "2023-10"),
    ("detention", "p3", "2023-10"),
    ("death", "p4", "2023-11"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Perhat himself has not been arrested")]
FORBIDDEN = [("p4", "death.in_custody")]
