FILE = "en04_pip_assessment_report.txt"
LANG = "en"
DATE = "2025-02-19"
NOTE = ("UK Personal Independence Payment assessment report extract, Luton (claimant 'Mr Yasinjan OMER' in capitals, then "
        "'Mr Omer'; assessor 'N. Adeyemi' is staff, other; son Ilham Yasin interprets: Turkic naming, father's given name "
        "as surname). Claimant held almost three years from 2017 in a Korla 'education and training' facility (camp; "
        "detention 2017, release 2020), questioned strapped into a metal chair with a bar across his lap (tiger chair; "
        "questioning in custody gives no interrogation event), wrists cuffed to ankles when moved (shackling), kept alone in a windowless room about ten days until he signed a statement admitting 'extremist thoughts' (solitary + forced confession), assigned to a cotton plant he could not "
        "leave (forced labour); 'no electric batons were used on him' = negated electric shock. Arrived in the UK 2022 "
        "(exit); refugee status 2023 is no event. Wife Buhelchem Sattar given eleven years, learnt from a relative "
        "(sentence, undated), no contact since 2017 (incommunicado). Activity scores, metres and '24 months' are not "
        "dates; 'Luton and Dunstable University Hospital' is an organisation.")
ORGS = ["Luton and Dunstable University Hospital"]
PERSONS = [
    P("p1", "Yasinjan Omer", ["Yasinjan OMER", "Omer"], ["victim"], gender="male", birth_year=1968,
      rel=[("father", "p2"), ("husband", "p3")],
      viol=[("detention.internment_camp", "held for almost three years in a closed \"education and training\" facility"),
            ("torture.tiger_chair", "questioned many times while strapped into a metal chair with a bar locked across his lap"),
            ("detention.shackling", "His wrists were cuffed to his ankles whenever he was moved between buildings"),
            ("coercion.forced_confession", "When he refused to sign a statement admitting \"extremist thoughts\""),
            ("detention.solitary_confinement", "he was kept alone in a windowless room for about ten days"),
            ("labour.forced_labour", "assigned to a cotton-processing plant in the same city and could not refuse the work or leave it")]),
    P("p2", "Ilham Yasin", ["Ilham Yasin", "Ilham"], ["relative"], gender="male",
      rel=[("son", "p1"), ("son", "p3")]),
    P("p3", "Buhelchem Sattar", ["Buhelchem Sattar"], ["victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2")],
      viol=[("detention.prison_sentence", "she had been given eleven years"),
            ("detention.incommunicado", "no contact with her since 2017")]),
    P("p4", "N. Adeyemi", ["N. Adeyemi"], ["other"]),
]
PLACES = [
    L("Luton", ["Luton"]),
    L("Korla", ["Korla"]),
    L("United Kingdom", ["United Kingdom"]),
]
DATES = [
    D("12/06/1968", "1968-06-12", "day"),
    D("19 February 2025", "2025-02-19", "day"),
    D("in [[2017]] in Korla", "2017", "year"),
    D("in [[2020]]", "2020", "year"),
    D("in [[2022]]", "2022", "year"),
    D("in [[2023]]", "2023", "year"),
    D("since [[2017]]", "2017", "year"),
    D("28/01/2025", "2025-01-28", "day"),
    D("19/02/2025", "2025-02-19", "day"),
]
EVENTS = [
    ("detention", "p1", "2017"),
    ("release", "p1", "2020"),
    ("exit", "p1", "2022"),
    ("sentencing", "p3", None),
]
NEGATED = [("p1", "torture.electric_shock", "no electric batons were used on him")]
FORBIDDEN = []
