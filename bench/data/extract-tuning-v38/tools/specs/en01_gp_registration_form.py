FILE = "en01_gp_registration_form.txt"
LANG = "en"
DATE = "2025-04-10"
NOTE = ("GP practice new-patient registration form (Leeds) with the patient's free-text answer, reception and GP entries: "
        "surname and forename on separate form lines ('ABDUKERIM' / 'Mihray', two mentions), signature 'M. Abdukerim', "
        "'Mrs Abdukerim'; receptionist 'S. Pryce' and GP 'A. Whitcombe' are staff (other). Next-of-kin section blank. "
        "Husband Ekrem Tursun led away at night in March 2018 without paper or reason (arbitrary arrest, arrest + "
        "detention), re-education camp near Karakax (camp), no call or letter (incommunicado), 'whereabouts unknown' "
        "(enforced disappearance), songs praising the Party and thought reports relayed by a released woman "
        "(indoctrination). Mother-in-law Patigul Hoshur locked in a room at the police station for two days in 2019 "
        "(arbitrary arrest, pretrial; arrest, detention, release 2019). The patient was questioned twice in 2018 and let go "
        "(interrogation only; 'never detained herself' = negated arbitrary arrest); left Hotan 2019 (exit). Brother-in-law "
        "Memet Tursun went back 'last year' (= 2024, return). Address dates 2019/2023 and arrival date are dates; "
        "street and postcode are not places. Document date = GP entry (2025-04-10).")
ORGS = ["MEADOWFIELD MEDICAL PRACTICE"]
PERSONS = [
    P("p1", "Mihray Abdukerim", ["ABDUKERIM", "Mihray", "M. Abdukerim", "Abdukerim"], ["narrator", "relative"],
      gender="female", birth_year=1990, rel=[("wife", "p2"), ("daughter-in-law", "p3"), ("sister-in-law", "p4")]),
    P("p2", "Ekrem Tursun", ["Ekrem Tursun"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "led him away. They showed no paper and said no reason"),
            ("detention.internment_camp", "he had been put into a political re-education camp close to Karakax"),
            ("detention.incommunicado", "we have had no phone call, no letter, no word"),
            ("disappearance.enforced", "whereabouts unknown to the family"),
            ("indoctrination.political", "the detainees had to sing songs praising the Party before every meal and write \"thought reports\" on Fridays")]),
    P("p3", "Patigul Hoshur", ["Patigul Hoshur"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2"), ("mother", "p4"), ("mother-in-law", "p1")],
      viol=[("detention.arbitrary_arrest", "they locked her in a room there for two days for 'making trouble'"),
            ("detention.pretrial", "they locked her in a room there for two days")]),
    P("p4", "Memet Tursun", ["Memet Tursun"], ["relative"], gender="male",
      rel=[("brother", "p2"), ("son", "p3"), ("brother-in-law", "p1")]),
    P("p5", "S. Pryce", ["S. Pryce"], ["other"]),
    P("p6", "A. Whitcombe", ["A. Whitcombe"], ["other"]),
]
PLACES = [
    L("Harehills", ["Harehills"]),
    L("Leeds", ["Leeds"]),
    L("Hotan", ["Hotan"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("Istanbul", ["Istanbul"]),
    L("Turkey", ["Turkey"]),
    L("United Kingdom", ["UK"]),
    L("Karakax", ["Karakax"]),
    L("England", ["England"]),
]
DATES = [
    D("14/09/1990", "1990-09-14", "day"),
    D("(until [[2019]])", "2019", "year"),
    D("([[2019]] to 2023)", "2019", "year"),
    D("(2019 to [[2023]])", "2023", "year"),
    D("03/02/2023", "2023-02-03", "day"),
    D("well since [[2018]]", "2018", "year"),
    D("March 2018", "2018-03", "month"),
    D("for him in [[2019]]", "2019", "year"),
    D("last year", "2024", "year"),
    D(("08/04/2025", 0), "2025-04-08", "day"),
    D(("08/04/2025", 1), "2025-04-08", "day"),
    D("held since [[2018]]", "2018", "year"),
    D("10/04/2025", "2025-04-10", "day"),
    D("in Hotan in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("arrest", "p3", "2019"),
    ("detention", "p3", "2019"),
    ("release", "p3", "2019"),
    ("interrogation", "p1", "2018"),
    ("exit", "p1", "2019"),
    ("return", "p4", "2024"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "was never detained herself")]
FORBIDDEN = []
