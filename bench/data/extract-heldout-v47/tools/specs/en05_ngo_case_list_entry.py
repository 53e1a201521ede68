FILE = "en05_ngo_case_list_entry.txt"
LANG = "en"
DATE = "2024-11-05"
NOTE = ("English NGO case-list entry (RDP-0417: header fields, summary, sources, notes) for a returnee deported from "
        "Egypt, last updated 2024-11-05 (= document date). 'Memettursun QURBAN' / pinyin 'Maimaitituerxun Kuerban' / "
        "'Memettursun Qurban' / 'Memettursun' (born 1986, Uyghur; student in Cairo from 2014 = exit): detained by Egyptian police in Cairo in July 2017 "
        "(arrest event 2017-07), deported to Urumqi 16 July 2017 (return event), taken away at the airport by men in "
        "plain clothes (arbitrary arrest; arrest event), family did not know where he was for two years "
        "(disappearance + incommunicado; disappearance event at the taking), seen in a camp in Peyziwat (camp; "
        "detention event undated), songs and 'thought reports' (indoctrination), sentenced March 2020 to twelve years "
        "(prison sentence; sentencing event). The reported move to an Aksu prison is marked unconfirmed (hedge: no "
        "transfer event; Aksu is still a place). Brother 'Abdusemet Qurban': summoned three times and told not to "
        "speak with foreign media (family reprisal); 'He has not been detained' (negated arbitrary arrest). Wife 'Buhelchem Qasim' in Istanbul: calls asking her to bring the "
        "children back (transnational harassment); 'She has not gone' (no return). Sources S1–S3 dates annotated; "
        "the entry number is not a date. 'lost weight' is not coded.")
ORGS = ["RETURNEES DOCUMENTATION PROJECT"]
PERSONS = [
    P("p1", "Memettursun Qurban", ["Memettursun QURBAN", "Maimaitituerxun Kuerban", "Memettursun Qurban", "Memettursun"],
      ["victim"], gender="male", ethnicity="Uyghur", birth_year=1986, rel=[("husband", "p3"), ("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "men in plain clothes met the group at Urumqi airport and took them away"),
            ("disappearance.enforced", "For two years the family did not know where he was"),
            ("detention.incommunicado", "For two years the family did not know where he was"),
            ("detention.internment_camp", "visit him for fifteen minutes in a camp in Peyziwat"),
            ("indoctrination.political", "he was made to sing songs and write \"thought reports\" every week"),
            ("detention.prison_sentence", "a court in Kashgar sentenced him to twelve years for \"illegal religious activities\"")]),
    P("p2", "Abdusemet Qurban", ["Abdusemet Qurban"], ["relative", "victim", "witness"], gender="male",
      rel=[("brother", "p1")],
      viol=[("family.reprisal", "The brother has been summoned by the police three times since his visit and told not to speak with \"foreign media\"")]),
    P("p3", "Buhelchem Qasim", ["Buhelchem Qasim"], ["relative", "victim", "witness"], gender="female",
      rel=[("wife", "p1")],
      viol=[("transnational.harassment", "received calls in 2022 from an unknown number asking her to bring the children back to Kashgar")]),
]
PLACES = [
    L("Peyziwat", ["Peyziwat County", "Peyziwat"]),
    L("Kashgar", ["Kashgar Prefecture", "Kashgar"]),
    L("Cairo", ["Cairo"]),
    L("Egypt", ["Egypt"]),
    L("Urumqi", ["Urumqi"]),
    L("Istanbul", ["Istanbul"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("2021-08-30", "2021-08-30", "day"),
    D("2024-11-05", "2024-11-05", "day"),
    D("Born: [[1986]]", "1986", "year"),
    D("[[2014]]–2017", "2014", "year"),
    D("2014–[[2017]]", "2017", "year"),
    D("Egypt, [[July 2017]]", "2017-07", "month"),
    D("early [[July 2017]]", "2017-07", "month"),
    D("16 July 2017", "2017-07-16", "day"),
    D("August 2019", "2019-08", "month"),
    D("March 2020", "2020-03", "month"),
    D("calls in [[2022]]", "2022", "year"),
    D("2021-08-27", "2021-08-27", "day"),
    D("students, [[July 2017]]", "2017-07", "month"),
    D("2024-11-04", "2024-11-04", "day"),
    D("Aksu in [[2023]]", "2023", "year"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("arrest", "p1", "2017-07"),
    ("return", "p1", "2017-07-16"),
    ("arrest", "p1", "2017-07-16"),
    ("disappearance", "p1", "2017-07-16"),
    ("detention", "p1", None),
    ("sentencing", "p1", "2020-03"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "He has not been detained")]
FORBIDDEN = []
