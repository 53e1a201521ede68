FILE = "en01_sim_replacement_form.txt"
LANG = "en"
DATE = "2025-03-14"
NOTE = ("In-store SIM replacement and number transfer request of a UK mobile network (holder/requester fields in capitals, "
        "requester's statement, staff notes). 'NORTHLINE MOBILE', 'Northline' and the store 'Birmingham Bull Street' are organisations. "
        "Holder 'ABDUSALAM MEMTIMIN' vs daughter 'GULZIRA ABDUSALAM' (surname = father's given name); brother 'Kamil' by given name. "
        "Staff member Callum Reeve: other. 'summer of 2017' = year; 'three weeks later' not annotated (week offset). Passport taken at "
        "the airport = passport confiscation; 'taken ... without any paper' = arbitrary arrest; 'study centre' = internment camp; twelve "
        "years with no lawyer = prison sentence; no call, no letter, unknown prison = incommunicado. Messages from the seized phone to "
        "Kamil asking where Gulzira lives = transnational harassment of both; 'Kamil was not questioned ... nobody threatened him in "
        "person' is a local denial beside it (no code). Mother 'was not detained' when she went back in 2018: return event, arbitrary "
        "arrest negated; weekly reporting not coded. 'Last month' -> 2025-02.")
ORGS = ["NORTHLINE MOBILE", "Northline", "Birmingham Bull Street"]
PERSONS = [
    P("p1", "Callum Reeve", ["Callum Reeve"], ["other"], gender="male"),
    P("p2", "Abdusalam Memtimin", ["ABDUSALAM MEMTIMIN", "Abdusalam Memtimin"], ["victim"], gender="male",
      rel=[("father", "p3"), ("father", "p4"), ("husband", "p5")],
      viol=[("movement.passport_confiscation", "The police took his British SIM and his passport at the airport"),
            ("detention.arbitrary_arrest", "he was taken from my uncle's house without any paper"),
            ("detention.internment_camp", "he was held in a \"study centre\" in Atush"),
            ("indoctrination.political", "they made the men recite slogans and sing in Chinese every evening"),
            ("detention.prison_sentence", "he was given twelve years for \"separatism\"; there was no lawyer"),
            ("detention.incommunicado", "there has been no call and no letter, and we do not know which prison holds him")]),
    P("p3", "Gulzira Abdusalam", ["GULZIRA ABDUSALAM"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p5"), ("sister", "p4")],
      viol=[("transnational.harassment", "someone sent messages from it to my brother Kamil, asking where I live and who I meet")]),
    P("p4", "Kamil", ["Kamil"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p5"), ("brother", "p3")],
      viol=[("transnational.harassment", "sent messages from it to my brother Kamil")]),
    P("p5", "Zeynep Qadir", ["Zeynep Qadir"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")]),
]
PLACES = [L("Birmingham", ["Birmingham"], skip=["Store: [[Birmingham]] Bull"]), L("Kashgar", ["Kashgar"]), L("Atush", ["Atush"])]
DATES = [
    D("14 March 2025", "2025-03-14", "day"),
    D("in [[2016]], when", "2016", "year"),
    D("summer of 2017", "2017", "year"),
    D("October 2019", "2019-10", "month"),
    D("Last month", "2025-02", "month"),
    D("12 March 2025", "2025-03-12", "day"),
    D("back in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("return", "p2", "2017"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", "2019-10"),
    ("return", "p5", "2018"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "she was not detained")]
FORBIDDEN = []
