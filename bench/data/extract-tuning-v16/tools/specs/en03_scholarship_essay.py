FILE = "en03_scholarship_essay.txt"
LANG = "en"
DATE = "2026-01-14"
NOTE = ("Scholarship application essay with form header (foundation, applicant number HF-26-0917 is no date, word limit), "
        "applicant named in two spellings (Uyghur and Kyrgyz documents). Father's given name is the children's surname "
        "(Iminjan Abduqadir <- Abduqadir Rozi). Father summoned 'to fill in a form' and put in a police van (arrest 2017-02), "
        "unknown whereabouts for three years (incommunicado + disappearance), camp called a 'school' in Yengisar with study of "
        "speeches and self-criticism, thin soup, then a seventeen-year sentence learned 'The following spring' (after autumn 2019 "
        "-> 2020; the sentence date itself unknown). 'my father was never beaten ... but other men were' negated for the father. "
        "Kyrgyz migration officer keeping residence papers: not a Chinese act, not coded. The reference teacher is role other. "
        "'granted Kyrgyz citizenship' -> Kyrgyzstan. 'last summer' -> 2025.")
ORGS = ["Hartwell Foundation", "School No. 61"]
PERSONS = [
    P("p1", "Iminjan Abduqadir", ["Iminjan Abduqadir", "Iminzhan Abdukadyr"], ["narrator", "relative"], gender="male",
      citizenship=["Kyrgyzstan"], rel=[("son", "p2"), ("son", "p3"), ("brother", "p5")]),
    P("p2", "Abduqadir Rozi", ["Abduqadir Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "A neighbour saw him put into a police van outside the committee office"),
            ("detention.incommunicado", "For three years we did not know where he was"),
            ("disappearance.enforced", "For three years we did not know where he was"),
            ("detention.internment_camp", "he had shared a room with my father in a \"school\" in Yengisar"),
            ("indoctrination.political", "the men had to study the General Secretary's speeches and write self-criticisms every evening"),
            ("ill_treatment.food_deprivation", "the guards gave them only a bowl of thin soup twice a day"),
            ("detention.prison_sentence", "my father had been given seventeen years in prison")]),
    P("p3", "Shemsiqemer Hoshur", ["Shemsiqemer Hoshur"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p2")]),
    P("p5", "Mehray", ["Mehray"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p2"), ("daughter", "p3")]),
    P("p6", "Aigerim Toktosunova", ["Aigerim Toktosunova"], ["other"], gender="female"),
]
PLACES = [
    L("Kashgar", ["Kashgar"]),
    L("Bishkek", ["Bishkek"]),
    L("Yengisar", ["Yengisar"]),
]
DATES = [
    D("[[2026]] round", "2026", "year"),
    D("until [[2016]]", "2016", "year"),
    D("February 2017", "2017-02", "month"),
    D("autumn of 2019", "2019", "year"),
    D("The following spring", "2020", "year"),
    D("citizenship in [[2023]]", "2023", "year"),
    D("last summer", "2025", "year"),
    D("14 January 2026", "2026-01-14", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("exit", "p3", "2016"),
    ("exit", "p5", "2016"),
    ("arrest", "p2", "2017-02"),
    ("disappearance", "p2", "2017-02"),
    ("detention", "p2", None),
    ("sentencing", "p2", None),
]
NEGATED = [("p2", "torture.beating", "my father was never beaten")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p3", "detention.arbitrary_arrest")]
