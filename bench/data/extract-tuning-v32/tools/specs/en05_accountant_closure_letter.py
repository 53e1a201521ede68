FILE = "en05_accountant_closure_letter.txt"
LANG = "en"
DATE = "2024-08-22"
NOTE = ("Adelaide accountants' letter to a client's daughter on closing her detained father's sole-trader butcher "
        "shop (ref line, subject line with inverted capitals 'ISMAIL, Abdurahman', dash list of the family's account). "
        "The trading name 'Ismail Halal Butchers' and the firm 'HARTLEY & NG' are organisations; 'Lin Ng CA' signs "
        "(other). Daughter 'Ms Munire Ismail' / 'Munire' uses the family surname, her brother 'Enver Abdurahman' the "
        "patronymic (trap: siblings with different surnames). Aunt 'Rabiye', mother 'Sajide' by given name. Going to "
        "Urumqi = return; passport taken at the hotel = passport confiscation; summons + two days' questioning = "
        "interrogation (with fingerprints, blood and voice taken = biometric collection; undated: 'Three weeks later' after a month date); 'vocational education centre' = internment "
        "camp. 'Sajide, was never detained' negated. '14 August', '31 May' take the year of the letter; 'late 2023' is a "
        "year date; ABN, postcodes, 'five years', 'SA' not annotated.")
ORGS = ["HARTLEY & NG CHARTERED ACCOUNTANTS", "Ismail Halal Butchers", "Department of Foreign Affairs"]
PERSONS = [
    P("p1", "Munire Ismail", ["Munire Ismail", "Munire"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p4"), ("sister", "p5"), ("niece", "p3")]),
    P("p2", "Abdurahman Ismail", ["ISMAIL, Abdurahman"], ["victim"], gender="male", citizenship=["Australia"],
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4"), ("brother", "p3")],
      viol=[("movement.passport_confiscation", "Officers took his Australian passport at the hotel the day he arrived"),
            ("medical.biometric_collection", "they took his fingerprints, a blood sample and a recording of his voice"),
            ("detention.arbitrary_arrest", "He has since been held"),
            ("detention.internment_camp", "held in what your family was told is a \"vocational education centre\"")]),
    P("p3", "Rabiye", ["Rabiye"], ["relative"], gender="female", rel=[("sister", "p2")]),
    P("p4", "Sajide", ["Sajide"], ["relative"], gender="female", rel=[("wife", "p2"), ("mother", "p1"), ("mother", "p5")]),
    P("p5", "Enver Abdurahman", ["Enver Abdurahman"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p4"), ("brother", "p1")]),
    P("p6", "Lin Ng", ["Lin Ng"], ["other"]),
]
PLACES = [
    L("Adelaide", ["Adelaide"]),
    L("Mawson Lakes", ["Mawson Lakes"]),
    L("Prospect", ["Prospect"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("22 August 2024", "2024-08-22", "day"),
    D("14 August", "2024-08-14", "day"),
    D("30 June 2024", "2024-06-30", "day"),
    D("31 May", "2024-05-31", "day"),
    D("August 2018", "2018-08", "month"),
    D("December 2019", "2019-12", "month"),
    D("since [[1999]]", "1999", "year"),
    D("late 2023", "2023", "year"),
]
EVENTS = [
    ("return", "p2", "2018-08"),
    ("interrogation", "p2", None),
    ("arrest", "p2", None),
    ("detention", "p2", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Sajide, was never detained")]
FORBIDDEN = []
