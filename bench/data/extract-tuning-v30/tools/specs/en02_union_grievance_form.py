FILE = "en02_union_grievance_form.txt"
LANG = "en"
DATE = "2025-03-19"
NOTE = ("Canadian hotel workers' union Step 1 grievance form (bereavement leave refused for want of a death certificate) "
        "with the employer's reply. Grievor in capitals 'TURSUNAY MAHMUT', later 'Tursunay', 'T. Mahmut' and 'Ms. Mahmut' "
        "(mention 'Mahmut', without the title); her father is 'Mahmut Kerim' (Turkic naming). Steward and manager are "
        "named staff (other). Grievance number 2025-031 and article numbers are not dates; the ISO seniority date is. "
        "Father: taken at night November 2017, 'study centre' = internment camp, no visits (incommunicado), died in "
        "custody 'in January' (anchored on the February 2025 call: 2025-01). Brother Nurmemet questioned a whole day after "
        "speaking to her abroad = interrogation (undated) + family reprisal. Mother Hanishem taken spring 2018 (year), "
        "held four months in a cell shared by twenty women (overcrowding), released (arbitrary arrest; arrest, detention, release 2018); refused heart medicine is only "
        "the daughter's belief (hedged: neither). Grievor came to Canada 2016 = exit; 'was never detained there' negated.")
ORGS = ["Riverside Grand Hotel", "PRAIRIE HOSPITALITY WORKERS' UNION"]
PERSONS = [
    P("p1", "Tursunay Mahmut", ["TURSUNAY MAHMUT", "Tursunay", "T. Mahmut", "Mahmut"], ["relative"], gender="female",
      rel=[("daughter", "p4"), ("sister", "p5"), ("daughter", "p6")]),
    P("p2", "Colleen Fairweather", ["Colleen Fairweather", "C. Fairweather"], ["other"], gender="female"),
    P("p3", "Derek Olafson", ["Derek Olafson", "D. Olafson"], ["other"], gender="male"),
    P("p4", "Mahmut Kerim", ["Mahmut Kerim"], ["victim"], gender="male", rel=[("father", "p1"), ("husband", "p6")],
      viol=[("detention.arbitrary_arrest", "He was taken from his home at night"),
            ("detention.internment_camp", "held in what the family was told was a \"study centre\""),
            ("detention.incommunicado", "The family was never allowed to visit him"),
            ("death.in_custody", "their father had died in custody in January")]),
    P("p5", "Nurmemet", ["Nurmemet"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p4")],
      viol=[("family.reprisal", "was questioned by police for a whole day after he spoke to her")]),
    P("p6", "Hanishem", ["Hanishem"], ["victim", "relative"], gender="female", rel=[("mother", "p1"), ("wife", "p4")],
      viol=[("detention.arbitrary_arrest", "was taken in spring 2018"),
            ("detention.overcrowding", "a cell shared by twenty women")]),
]
PLACES = [
    L("Edmonton", ["Edmonton"]),
    L("Aksu", ["Aksu"]),
    L("China", ["China"]),
    L("Canada", ["Canada"]),
]
DATES = [
    D("2019-05-13", "2019-05-13", "day"),
    D("March 12, 2025", "2025-03-12", "day"),
    D("February 24, 2025", "2025-02-24", "day"),
    D("November 2017", "2017-11", "month"),
    D("on [[February 21]] her", "2025-02-21", "day"),
    D("in custody in [[January]]", "2025-01", "month"),
    D("spring 2018", "2018", "year"),
    D("Canada in [[2016]]", "2016", "year"),
    D("March 19, 2025", "2025-03-19", "day"),
]
EVENTS = [
    ("arrest", "p4", "2017-11"),
    ("detention", "p4", "2017-11"),
    ("death", "p4", "2025-01"),
    ("interrogation", "p5", None),
    ("arrest", "p6", "2018"),
    ("detention", "p6", "2018"),
    ("release", "p6", "2018"),
    ("exit", "p1", "2016"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "was never detained there")]
FORBIDDEN = []
