FILE = "en01_absence_review_record.txt"
LANG = "en"
DATE = "2024-11-04"
NOTE = ("Employer's attendance and absence review record (UK cold-storage warehouse): employee field in capitals "
        "'DILNUR REHIM', signatures 'G. Pollard / D. Rehim / S. Rao' (initial + surname = mentions), bare initials SR, GP, "
        "TW are not persons. Manager, HR adviser and union rep are named staff (other). The father is 'Rehim Sopi' "
        "(Turkic naming: the employee's surname is his given name). Brother Ekber: taken at the bus station March 2018 "
        "(arrest+detention), camp, no word for two years (incommunicado), songs and self-criticism (indoctrination), "
        "unpaid glove factory (forced labour), blood taken and voice recorded on the first day (biometric collection), released end of August 2024 (month), crossed at Khorgos 3 October 2024 "
        "(exit). Reporting to police on return: no code. Father's twelve years learnt in 2020: undated sentencing. "
        "Mother Patigul 'was never arrested' (negated) beside a real passport seizure in 2017. Calls from the Ghulja "
        "police to the employee abroad = transnational harassment. 'nine years', 'two years', 'one month' are durations.")
ORGS = ["GMB", "Employee Assistance Programme"]
PERSONS = [
    P("p1", "Dilnur Rehim", ["DILNUR REHIM", "Dilnur", "D. Rehim"], ["victim", "relative"], gender="female",
      rel=[("sister", "p5"), ("daughter", "p6"), ("daughter", "p7")],
      viol=[("transnational.harassment", "a man who said he was from the Ghulja police called me twice")]),
    P("p2", "Gareth Pollard", ["Gareth Pollard", "G. Pollard"], ["other"], gender="male"),
    P("p3", "Sunita Rao", ["Sunita Rao", "S. Rao"], ["other"], gender="female"),
    P("p4", "Tomasz Wierzbicki", ["Tomasz Wierzbicki"], ["other"], gender="male"),
    P("p5", "Ekber", ["Ekber"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p6")],
      viol=[("detention.arbitrary_arrest", "they took him from the bus station"),
            ("detention.internment_camp", "let out of the camp in Ghulja"),
            ("medical.biometric_collection", "they took his blood and recorded his voice"),
            ("detention.incommunicado", "Nobody told us anything for two years"),
            ("indoctrination.political", "they made them sing songs and write self-criticisms every evening"),
            ("labour.forced_labour", "he was sent to a glove factory for no pay")]),
    P("p6", "Rehim Sopi", ["Rehim Sopi"], ["victim"], gender="male", rel=[("father", "p1"), ("husband", "p7")],
      viol=[("detention.prison_sentence", "he got twelve years")]),
    P("p7", "Patigul", ["Patigul"], ["victim", "relative"], gender="female", rel=[("mother", "p1"), ("wife", "p6")],
      viol=[("movement.passport_confiscation", "the police took her passport in 2017")]),
]
PLACES = [
    L("Bradford", ["Bradford"]),
    L("Almaty", ["Almaty"]),
    L("Ghulja", ["Ghulja"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("7 October 2024", "2024-10-07", "day"),
    D("25 October 2024", "2024-10-25", "day"),
    D("4 November 2024", "2024-11-04", "day"),
    D("on [[6 October]] and", "2024-10-06", "day"),
    D("28 October", "2024-10-28", "day"),
    D("end of [[August]]", "2024-08", "month"),
    D("March 2018", "2018-03", "month"),
    D("In [[September]] the", "2024-09", "month"),
    D("on [[3 October]].", "2024-10-03", "day"),
    D("In [[2020]] we", "2020", "year"),
    D("in [[2017]] and", "2017", "year"),
    D("in [[2021]].", "2021", "year"),
]
EVENTS = [
    ("arrest", "p5", "2018-03"),
    ("detention", "p5", "2018-03"),
    ("release", "p5", "2024-08"),
    ("exit", "p5", "2024-10-03"),
    ("sentencing", "p6", None),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "was never arrested")]
FORBIDDEN = []
