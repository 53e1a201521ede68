FILE = "en03_written_question_answer.txt"
LANG = "en"
DATE = "2025-02-06"
NOTE = ("UK written parliamentary question (UIN, tabled date, asked by a member with constituency label) and the "
        "minister's answer, with a correction note. The question asks WHETHER relatives were detained: it states no "
        "act. Kerimjan Yaqup (the constituent's father): taken from his shop by police, held without charge in the city "
        "detention centre = arbitrary arrest + pretrial (arrest/detention 2017-08), sentenced 12 November 2018 = "
        "prison sentence (the corrected date; the wrong '2019' of the original answer is only a date mention), the "
        "embassy's welfare request refused and no family contact = incommunicado (place not stated as unknown). "
        "Mahinur Kerimjan: the Chinese authorities' denial ('never subjected to any compulsory measures') is not "
        "contradicted by the text, and the minister adopts it ('no information that contradicts this'): an "
        "uncontradicted statement about her = negated arbitrary arrest (no detention of her is told). Member and "
        "minister are role other; the court's name is an organisation (its 'Kashgar' no place mention); "
        "'Canterbury' in the label is a constituency label.")
ORGS = ["Canterbury", "Kashgar Intermediate People's Court"]
PERSONS = [
    P("p1", "Joanna Pellowe", ["Joanna Pellowe"], ["other"], gender="female"),
    P("p2", "Dilmurat Kerimjan", ["Dilmurat Kerimjan"], ["relative"], gender="male", rel=[("son", "p3"), ("brother", "p5")]),
    P("p3", "Kerimjan Yaqup", ["Kerimjan Yaqup"], ["victim"], gender="male", rel=[("father", "p2")],
      viol=[("detention.arbitrary_arrest", "He was taken from his shop by police in Kashgar in August 2017"),
            ("detention.pretrial", "held without charge in the city detention centre for more than a year"),
            ("detention.prison_sentence", "sentenced him to fourteen years' imprisonment"),
            ("detention.incommunicado", "His family have had no contact with him since his trial")]),
    P("p4", "Sophie Brannagh", ["Sophie Brannagh"], ["other"], gender="female"),
    P("p5", "Mahinur Kerimjan", ["Mahinur Kerimjan"], ["relative"], gender="female", rel=[("sister", "p2")]),
]
PLACES = [L("China", ["China"]), L("Kashgar", ["Kashgar"]), L("Beijing", ["Beijing"]), L("Xinjiang", ["Xinjiang"])]
DATES = [D("23 January 2025", "2025-01-23", "day"), D("4 February 2025", "2025-02-04", "day"),
         D("August 2017", "2017-08", "month"), D("12 November 2018", "2018-11-12", "day"), D("in [[2023]]", "2023", "year"),
         D("16 January 2025", "2025-01-16", "day"), D("6 February 2025", "2025-02-06", "day"),
         D("given as [[2019]]", "2019", "year")]
EVENTS = [("arrest", "p3", "2017-08"), ("detention", "p3", "2017-08"), ("sentencing", "p3", "2018-11-12")]
NEGATED = [("p5", "detention.arbitrary_arrest", "has never been subjected to any compulsory measures")]
FORBIDDEN = []
