FILE = "en05_photo_restoration_order.txt"
LANG = "en"
DATE = "2022-07-12"
NOTE = ("Photo-lab restoration order form. 'BRIGHTLINE PHOTO LAB' is an org; order number 'RS-22-0718' (not a date), sizes, "
        "'1200 dpi', prices, '2 h 40 min' are traps; technician initials 'K.M.' are not a person; 'Checked by: Oliver Mensah, "
        "Branch Manager' is a person (role other). Customer label 'Mrs Patigul Nurmemet' is the narrator of the quoted note; her "
        "father Nurmemet Hoshur and brother 'Memet' (given name only; 'Nurmemet' inside other names is not him). Object dates "
        "'c. 1995' and the stamp 'Hotan 1987' are year dates (Hotan in the stamp is a place mention). The vigil on 23 July is "
        "after the document date (not annotated). Death in a camp 'of his heart' = death in custody. Sermon found on the "
        "phone as grounds of sentence = digital surveillance; not allowed to fast and made to shave his beard in prison = religious ban. 'was never arrested' (mother) and 'Nobody here has bothered me' "
        "(narrator, transnational harassment) negated; door camera and face scan at the bazaar gate = checkpoint surveillance. "
        "'He was 71' is his age at death.")
ORGS = ["BRIGHTLINE PHOTO LAB"]
PERSONS = [
    P("p1", "Patigul Nurmemet", ["Patigul Nurmemet"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")]),
    P("p2", "Nurmemet Hoshur", ["Nurmemet Hoshur"], ["victim", "relative"], gender="male", age=71,
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "My father was taken to a camp in Hotan in 2017"),
            ("detention.internment_camp", "a camp in Hotan"),
            ("death.in_custody", "we were told he died there in February 2021")]),
    P("p3", "Memet", ["Memet"], ["victim", "relative"], gender="male",
      rel=[("son", "p2"), ("brother", "p1"), ("son", "p4")],
      viol=[("detention.prison_sentence", "Memet was given twenty years in 2018"),
            ("surveillance.digital", "because of a sermon the police found on his phone"),
            ("culture.religious_ban", "In prison he was not allowed to fast and was made to shave his beard")]),
    P("p4", "Hebibe Tursun", ["Hebibe Tursun"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("mother", "p3")],
      viol=[("surveillance.checkpoint", "they put a camera above her door and she has to scan her face at the bazaar gate every time she goes shopping")]),
    P("p5", "Oliver Mensah", ["Oliver Mensah"], ["other"], gender="male"),
]
PLACES = [
    L("Croydon", ["Croydon"]),
    L("Hotan", ["Hotan"]),
    L("London", ["London"]),
]
DATES = [
    D("5 July 2022", "2022-07-05", "day"),
    D("12 July 2022", "2022-07-12", "day"),
    D("c. [[1995]]", "1995", "year"),
    D("1987", "1987", "year"),
    D("in [[2017]]", "2017", "year"),
    D("February 2021", "2021-02", "month"),
    D("in [[2018]]", "2018", "year"),
    D("8 July", "2022-07-08", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("death", "p2", "2021-02"),
    ("sentencing", "p3", "2018"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "was never arrested"),
           ("p1", "transnational.harassment", "Nobody here has bothered me")]
FORBIDDEN = []
