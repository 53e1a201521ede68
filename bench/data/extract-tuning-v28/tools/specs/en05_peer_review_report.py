FILE = "en05_peer_review_report.txt"
LANG = "en"
DATE = "2024-09-12"
NOTE = ("Journal's open peer-review report (reviewer 2, second round) on a case-study manuscript, first person "
        "(reviewer, signs; narrator); corresponding author is named (other). 'JMM-2024-0318.R1' is not a date. "
        "Participant 'Aynur' (pseudonym) and 'AYNUR SADIQ' in capitals are the same person. 'last year' -> 2023; "
        "'that same month' -> 2019-03 (chained on 'March 2019'). Husband: arrested 2017-04, five months in a pre-trial "
        "detention centre, 'then sentenced' (placed in time: 2017-09, although the wife learnt of it in 2019). Aynur: "
        "'she was never detained, only questioned once' negates arbitrary arrest (interrogation event, undated); left "
        "for Almaty 2018 (exit; daughters unnamed). Meryemgul: camp 2018-2020, forty women in one room, red songs, IUD "
        "without consent (forced contraception); brother's death in custody is one rumour: hedged (no event, not "
        "forbidden). Daulet: 'never held in a camp' negates the camp beside passport kept by the village committee and "
        "unpaid cotton picking (forced labour), crossed back at Khorgos 2019-03 (exit). Ghulja/Yining/Kulja are one "
        "place. No arbitrary-arrest code for the husband (arrest with a later trial; not stated as without process).")
ORGS = ["Journal of Migration and Memory"]
PERSONS = [
    P("p1", "Aynur Sadiq", ["Aynur", "AYNUR SADIQ"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p2", "Abdushukur Ibrayim", ["Abdushukur Ibrayim"], ["victim", "relative"], gender="male", rel=[("husband", "p1")],
      viol=[("detention.pretrial", "held in a pre-trial detention centre for five months"),
            ("detention.prison_sentence", "sentenced to nine years")]),
    P("p3", "Meryemgul Ayup", ["Meryemgul Ayup"], ["victim", "relative"], gender="female", rel=[("sister", "p4")],
      viol=[("detention.internment_camp", "She was held in a camp in Kashgar from 2018 to 2020"),
            ("detention.overcrowding", "We were forty women in one room"),
            ("indoctrination.political", "We sang red songs before every meal"),
            ("reproductive.forced_contraception", "an IUD was fitted in the camp without her consent")]),
    P("p4", "Abdusemet", ["Abdusemet"], ["relative"], gender="male", rel=[("brother", "p3")]),
    P("p5", "Daulet Nurgaliev", ["Daulet Nurgaliev"], ["victim"], gender="male", citizenship=["Kazakhstan"],
      viol=[("movement.passport_confiscation", "his passport was kept by the village committee from 2017 until March 2019"),
            ("labour.forced_labour", "he was made to pick cotton for three months without pay")]),
    P("p6", "Fiona Gallagher", ["Fiona Gallagher"], ["narrator"], gender="female"),
    P("p7", "Serik Akhmetov", ["Serik Akhmetov"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Istanbul", ["Istanbul"]),
    L("Ghulja", ["Ghulja", "Yining", "Kulja"]),
    L("Kashgar", ["Kashgar"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("12 September 2024", "2024-09-12", "day"),
    D("last year", "2023", "year"),
    D("April 2017", "2017-04", "month"),
    D("only in [[2019]]", "2019", "year"),
    D("daughters in [[2018]]", "2018", "year"),
    D("from [[2018]] to 2020", "2018", "year"),
    D("from 2018 to [[2020]]", "2020", "year"),
    D("from [[2017]] until", "2017", "year"),
    D("March 2019", "2019-03", "month"),
    D("that same month", "2019-03", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("sentencing", "p2", "2017-09"),
    ("exit", "p1", "2018"),
    ("interrogation", "p1", None),
    ("detention", "p3", "2018"),
    ("release", "p3", "2020"),
    ("exit", "p5", "2019-03"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "she was never detained"),
           ("p5", "detention.internment_camp", "he was never held in a camp")]
FORBIDDEN = []
