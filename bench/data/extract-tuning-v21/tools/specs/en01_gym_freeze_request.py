FILE = "en01_gym_freeze_request.txt"
LANG = "en"
DATE = "2025-02-12"
NOTE = ("Gym membership freeze request (form fields, tick boxes, staff-use block). Not persons/dates: membership no. "
        "PF-88213-L, PNR ZK7Q2M, staff initials KR, ref MS-4471, freeze start/end dates after the document date (not "
        "annotated). Org 'PULSEFIT GYMS', branch 'Leeds Kirkstall Road' (facility, Leeds not a place here). Member name "
        "field and signature 'M. Yusupova'. Turkic/Russian naming: Madina Yusupova and Timur Yusupov <- Yusup Karimov; aunt "
        "Gulnara Karimova. Coach Daniel Brooks role other. Father: arbitrary arrest, camp ('vocational school'), "
        "indoctrination (songs for the Party), religious ban, forced labour after release (workshop he could not leave). "
        "Relative date 'Last month' -> 2025-01. Brother 'never detained' (negated) but passport taken (positive control). "
        "Mother unnamed, died before: no person. Ghulja = Yining (two forms).")
ORGS = ["PULSEFIT GYMS", "Leeds Kirkstall Road"]
PERSONS = [
    P("p1", "Madina Yusupova", ["Madina Yusupova", "M. Yusupova"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("niece", "p4")]),
    P("p2", "Yusup Karimov", ["Yusup Karimov"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "was taken from our house in Ghulja by the police in October 2017 with no paper and no reason"),
            ("detention.internment_camp", "He was kept in a camp"),
            ("indoctrination.political", "was made to sing songs for the Party every morning"),
            ("culture.religious_ban", "was not allowed to pray"),
            ("labour.forced_labour", "sent straight to a textile workshop in Yining that\nhe could not leave")]),
    P("p3", "Timur Yusupov", ["Timur Yusupov"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("movement.passport_confiscation", "the police took his passport")]),
    P("p4", "Gulnara Karimova", ["Gulnara Karimova"], ["relative"], gender="female", rel=[("aunt", "p1"), ("sister", "p2")]),
    P("p5", "Daniel Brooks", ["Daniel Brooks"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Yining", ["Ghulja", "Yining"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Khorgos", ["Khorgos"]),
    L("Xinjiang", ["Xinjiang"]),
]
DATES = [
    D("12/02/2025", "2025-02-12", "day"),
    D("October 2017", "2017-10", "month"),
    D("February 2019", "2019-02", "month"),
    D("Last month", "2025-01", "month"),
    D("2020", "2020", "year"),
    D("2016", "2016", "year"),
    D("2021", "2021", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("release", "p2", "2019-02"),
    ("exit", "p2", "2025-01"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was never detained")]
FORBIDDEN = [("p3", "detention.internment_camp")]
