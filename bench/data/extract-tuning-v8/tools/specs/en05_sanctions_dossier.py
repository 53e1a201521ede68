FILE = "en05_sanctions_dossier.txt"
LANG = "en"
DATE = "2024-02-20"
NOTE = ("Sanctions-designation subject profile about a perpetrator: 'PROFILE 3 OF 5', witness codes W-4/W-5 (not persons), "
        "organisation 'Geneva Uyghur Accountability Desk' (Geneva not a place) and 'Kashgar Intermediate People's Court' (org). "
        "Passport-order capitals 'ZHANG Weiming', Chinese characters 张伟明, 'Mr Zhang', 'Director Zhang', possessive 'Zhang "
        "Weiming's' = one official. Poskam county = Zepu = Poskam; facilities 'Poskam county No. 2 education centre' and 'Poskam "
        "county detention centre' contain place mentions; bare 'Kashgar' (rumoured promotion) kept apart from Kashgar city and "
        "Kashgar Prefecture. Steel interrogation seat = tiger chair. 'That evening' -> 2017-08-14. 'Within weeks of her release' "
        "(after December 2019, may cross a year) is not annotated. Nurbol: 'nobody laid hands on him' (negated beating) next to "
        "lights on and bunk kicked when he shut his eyes (sleep deprivation); Sajide 'was not sterilised, she says, although women in her dormitory were' (negated for her, the others unnamed); deported = release + exit. Rumoured promotion and "
        "background 'thousands of residents' not gold.")
ORGS = ["Geneva Uyghur Accountability Desk", "Kashgar Intermediate People's Court"]
PERSONS = [
    P("p1", "Zhang Weiming", ["ZHANG Weiming", "张伟明", "Zhang Weiming", "Zhang"], ["official", "perpetrator"],
      gender="male", birth_year=1971),
    P("p2", "Nurahmet Yolbars", ["Nurahmet Yolbars"], ["victim"], gender="male", ethnicity="Uyghur", birth_year=1965,
      rel=[("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "officers under Zhang Weiming's command picked him up at the teachers' college gate"),
            ("torture.tiger_chair", "strapped him to a steel interrogation seat"),
            ("torture.beating", "slapped him until his ear bled"),
            ("detention.prison_sentence", "later sent him to prison for sixteen years"),
            ("detention.incommunicado", "His family has had no visit and no letter since")]),
    P("p3", "Sajide Ubul", ["Sajide Ubul"], ["victim"], gender="female", birth_year=1969, citizenship=["Turkey"],
      rel=[("wife", "p2")],
      viol=[("detention.internment_camp", "she was taken on 2 January 2018 to the Poskam county No. 2 education centre, where she stayed until December 2019"),
            ("labour.forced_labour", "the township assigned her to a textile workshop in Kashgar city, where she sewed gloves without pay")]),
    P("p4", "Nurbol Sagyndyquly", ["Nurbol Sagyndyquly", "Nurbol"], ["victim", "witness"], gender="male",
      citizenship=["Kazakhstan"],
      viol=[("detention.pretrial", "he was held for forty days at the Poskam county detention centre"),
            ("surveillance.digital", "Zhang Weiming ordered his two telephones to be copied in his presence"),
            ("torture.sleep_deprivation", "every night the lights stayed on and a guard kicked the bunk whenever he shut his eyes")]),
]
PLACES = [
    L("Linyi", ["Linyi"]),
    L("Shandong", ["Shandong province"]),
    L("Poskam County", ["Poskam county", "Zepu", "Poskam"]),
    L("Kashgar Prefecture", ["Kashgar Prefecture"]),
    L("Kashgar city", ["Kashgar city"]),
    L("Kashgar", ["Kashgar"]),
    L("China", ["China"]),
    L("Kayseri", ["Kayseri"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("20 February 2024", "2024-02-20", "day"),
    D("11 March 1971", "1971-03-11", "day"),
    D("from [[2016]]", "2016", "year"),
    D("at least [[2021]]", "2021", "year"),
    D("between [[2017]] and", "2017", "year"),
    D("and [[2019]].", "2019", "year"),
    D("born in [[1965]]", "1965", "year"),
    D("14 August 2017", "2017-08-14", "day"),
    D("That evening", "2017-08-14", "day"),
    D("November 2018", "2018-11", "month"),
    D("born in [[1969]]", "1969", "year"),
    D("2 January 2018", "2018-01-02", "day"),
    D("December 2019", "2019-12", "month"),
    D("May 2022", "2022-05", "month"),
    D("April 2018", "2018-04", "month"),
    D("Kashgar in [[2022]]", "2022", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-08-14"),
    ("interrogation", "p2", "2017-08-14"),
    ("sentencing", "p2", None),
    ("detention", "p3", "2018-01-02"),
    ("release", "p3", "2019-12"),
    ("exit", "p3", "2022-05"),
    ("detention", "p4", "2018-04"),
    ("release", "p4", "2018"),
    ("exit", "p4", "2018"),
]
NEGATED = [("p4", "torture.beating", "nobody laid hands on him"),
           ("p3", "reproductive.forced_sterilization", "She was not sterilised, she says")]
FORBIDDEN = [("p4", "detention.prison_sentence"), ("p3", "detention.prison_sentence")]
