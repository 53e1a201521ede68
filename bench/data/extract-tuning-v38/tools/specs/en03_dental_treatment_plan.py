FILE = "en03_dental_treatment_plan.txt"
LANG = "en"
DATE = "2025-05-06"
NOTE = ("Dental clinic's treatment plan and estimate, Auckland (patient block, numbered sections, interpreter-taken history, "
        "fee table, consent signature 'S. Elkin'; dentist 'Dr Hannah Voss' / 'H. Voss' is staff, other). Patient held in "
        "2018 in a Ghulja 'study centre' (camp; detention 2018, release 'late 2019' = year), struck across the mouth with a "
        "baton (beating) for answering in Uyghur (language ban), asked for a dentist and refused (denied medical care); "
        "came to New Zealand 2021 (exit). Pills she 'still wonders' about are hedged (forced medication neither gold nor "
        "forbidden). 'not fitted with one at the centre' = negated forced contraception (other women were: unnamed). "
        "Sister Aynur Elkin, released from the same centre (camp; undated detention and release), may not leave her flat "
        "without the cadre's permission (house arrest); a face-checking camera at her building's gate (checkpoint). Husband Eli Qurbanjan in Auckland since 2016 (no exit event: "
        "origin not stated). Tooth numbers, fees, '50 mg' are not dates; ACC and Work and Income are organisations.")
ORGS = ["DOMINION SMILES DENTAL", "Work and Income"]
PERSONS = [
    P("p1", "Subhinur Elkin", ["Subhinur Elkin", "Elkin", "S. Elkin"], ["victim", "narrator"], gender="female",
      birth_year=1984, rel=[("wife", "p2"), ("sister", "p3")],
      viol=[("detention.internment_camp", "she was held at what local officials in Ghulja called a \"study centre\""),
            ("torture.beating", "A guard struck her across the mouth with a rubber baton"),
            ("culture.language_ban", "because she answered in Uyghur during a lesson"),
            ("ill_treatment.denied_medical_care", "She asked several times for a dentist there and was told the pain was her \"homework\"")]),
    P("p2", "Eli Qurbanjan", ["Eli Qurbanjan"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p3", "Aynur Elkin", ["Aynur Elkin", "Aynur"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1")],
      viol=[("detention.internment_camp", "Since her own release from the same centre"),
            ("detention.house_arrest", "has not been allowed to leave her flat without the permission of the neighbourhood cadre"),
            ("surveillance.checkpoint", "a camera at the gate of her building checks her face each time she goes in or out")]),
    P("p4", "Hannah Voss", ["Hannah Voss", "H. Voss"], ["other"], gender="female"),
]
PLACES = [
    L("Mount Roskill", ["Mt Roskill"]),
    L("Auckland", ["Auckland"]),
    L("Ghulja", ["Ghulja"]),
    L("New Zealand", ["New Zealand"]),
]
DATES = [
    D("21/02/1984", "1984-02-21", "day"),
    D("14/04/2025", "2025-04-14", "day"),
    D("6 May 2025", "2025-05-06", "day"),
    D("in [[2018]] while", "2018", "year"),
    D("late 2019", "2019", "year"),
    D("in [[2021]] through", "2021", "year"),
    D("since [[2016]]", "2016", "year"),
    D("GP in [[2024]]", "2024", "year"),
    D("06/05/2025", "2025-05-06", "day"),
]
EVENTS = [
    ("detention", "p1", "2018"),
    ("release", "p1", "2019"),
    ("exit", "p1", "2021"),
    ("detention", "p3", None),
    ("release", "p3", None),
]
NEGATED = [("p1", "reproductive.forced_contraception", "the patient confirms she was not fitted with one at the centre")]
FORBIDDEN = []
