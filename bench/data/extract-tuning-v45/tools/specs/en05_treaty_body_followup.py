FILE = "en05_treaty_body_followup.txt"
LANG = "en"
DATE = "2024-04-26"
NOTE = ("UN treaty-body follow-up exchange: the state party's numbered reply (naming a man as a criminal, denying a "
        "woman was ever held, denying camps) and the rapporteur's follow-up letter with questions, signature and "
        "grade. Abduweli Tashmet: the state's own statement of his sentence (9 August 2019, fifteen years) is what "
        "the text states happened = prison sentence + sentencing event; his wife's account of no contact since his "
        "arrest (May 2017) and refused visits = incommunicado; the arrest is told without its circumstances (arrest "
        "event, no arbitrary-arrest code). Renagul Osman: the state's 'never subjected to any measure' is contradicted "
        "by her brother's account relayed without hedge: taken from her home by police October 2017 = arbitrary "
        "arrest + camp (a 'school' in officials' words), released 2019; no negation. The rapporteur's questions "
        "(whether she must work, whether she may leave) state nothing: no forced labour, no passport code. "
        "'All trainees graduated in 2019' names no one.")
ORGS = ["Hotan Intermediate People's Court"]
PERSONS = [
    P("p1", "Abduweli Tashmet", ["Abduweli Tashmet", "Tashmet"], ["victim"], gender="male", rel=[("husband", "p3")],
      skip=["Mrs. Sanobar [[Tashmet]]"],
      viol=[("detention.prison_sentence", "to fifteen years' imprisonment for the crime of separatism"),
            ("detention.incommunicado", "she has not been allowed to speak to her husband since his arrest in May 2017, and that her requests to visit him were refused")]),
    P("p2", "Renagul Osman", ["Renagul Osman", "Osman"], ["victim"], gender="female", rel=[("sister", "p4")],
      viol=[("detention.arbitrary_arrest", "Ms. Osman was taken from her home in Hotan by police in October 2017"),
            ("detention.internment_camp", "held for two years in a facility that officials called a \"school\"")]),
    P("p3", "Sanobar Tashmet", ["Sanobar Tashmet"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Kamil Osman", ["Kamil Osman"], ["relative"], gender="male", rel=[("brother", "p2")]),
    P("p5", "Ingrid Valstad", ["Ingrid Valstad"], ["other"], gender="female"),
]
PLACES = [L("China", ["China"]), L("Hotan", ["Hotan"]), L("Bern", ["Bern"])]
DATES = [D("12 December 2023", "2023-12-12", "day"), D("9 August 2019", "2019-08-09", "day"),
         D("graduated in [[2019]]", "2019", "year"), D("26 April 2024", "2024-04-26", "day"), D("May 2017", "2017-05", "month"),
         D("in [[2021]] and", "2021", "year"), D("2021 and [[2022]]", "2022", "year"), D("October 2017", "2017-10", "month"),
         D("released in [[2019]]", "2019", "year")]
EVENTS = [("arrest", "p1", "2017-05"), ("sentencing", "p1", "2019-08-09"), ("arrest", "p2", "2017-10"),
          ("detention", "p2", "2017-10"), ("release", "p2", "2019")]
NEGATED = []
FORBIDDEN = []
