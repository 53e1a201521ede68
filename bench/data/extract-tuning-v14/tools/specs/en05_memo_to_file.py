FILE = "en05_memo_to_file.txt"
LANG = "en"
DATE = "2022-04-14"
NOTE = ("US immigration law firm's memorandum to file: firm name, file number '22-0318' and interpreter ID '5521' (not dates), "
        "attorney initials 'JMK' and an interpreter agency (no persons). US month-first dates. The client appears by name only "
        "once, in capitals (Kyrgyz patronymic 'JOOMART UULU'; his father is Joomart Toktobai); elsewhere 'client'. Akqi county = Aheqi; "
        "'Akqi county detention center' contains a place mention. 'Nowruz 2019' -> 2019-03; 'the following year' -> 2022; 'Last "
        "Friday' -> 2022-04-08 (document date is a Thursday). Phone check at a road checkpoint finding mosque photos = arbitrary "
        "arrest + digital surveillance + checkpoint; strapped metal chair = tiger chair; blood drawn and voice recorded = biometric collection; kept awake on interrogation nights; "
        "'training school' = camp; unpaid glove factory = forced labour; passport held after release. 'denies that anyone hit him' negated "
        "for the client while the cellmate was beaten (cellmate coded pretrial). Wife: passport refused (passport + separation), "
        "threatened over her husband abroad (reprisal). Father 'was not detained' negated.")
ORGS = ["BRIGHTWATER IMMIGRATION LAW PLLC", "LinguaBridge"]
PERSONS = [
    P("p1", "Ulanbek Joomart uulu", ["ULANBEK JOOMART UULU"], ["victim", "witness"], gender="male", ethnicity="Kyrgyz",
      birth_year=1984, citizenship=["China"], rel=[("husband", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "after a phone check at a road checkpoint had found photographs of a mosque in Osh"),
            ("surveillance.digital", "a phone check at a road checkpoint had found photographs of a mosque in Osh"),
            ("surveillance.checkpoint", "a road checkpoint"),
            ("detention.pretrial", "He was held in the Akqi county detention center until December 30, 2017"),
            ("torture.tiger_chair", "in a metal chair with straps across his chest and legs"),
            ("torture.sleep_deprivation", "was not allowed to sleep on those nights"),
            ("medical.biometric_collection", "a nurse drew his blood and an officer recorded him reading a newspaper aloud"),
            ("detention.internment_camp", "client was moved to a \"training school\" in Artux"),
            ("labour.forced_labour", "work in a glove factory in the same compound for the rest of the year without pay"),
            ("movement.passport_confiscation", "His passport was held by the township police after release")]),
    P("p2", "Kanybek Sulaiman uulu", ["Kanybek Sulaiman uulu"], ["victim"], gender="male",
      viol=[("detention.pretrial", "A cellmate, Kanybek Sulaiman uulu"),
            ("torture.beating", "was beaten with a rubber baton in front of the others")]),
    P("p3", "Gulira Sheraly kyzy", ["Gulira Sheraly kyzy"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1")],
      viol=[("movement.passport_confiscation", "Her passport application has been refused twice"),
            ("family.separation", "remain in Akqi. Her passport application has been refused twice"),
            ("family.reprisal", "a township official told her by phone that she will \"answer for\" her husband if he does not come back")]),
    P("p4", "Joomart Toktobai", ["Joomart Toktobai"], ["relative"], gender="male", age=81, rel=[("father", "p1")]),
]
PLACES = [
    L("Akqi County", ["Akqi county", "Akqi", "Aheqi"]),
    L("Kizilsu Kyrgyz Autonomous Prefecture", ["Kizilsu prefecture"]),
    L("Seattle", ["Seattle"]),
    L("Tacoma", ["Tacoma"]),
    L("Osh", ["Osh"]),
    L("Artux", ["Artux"]),
    L("Irkeshtam", ["Irkeshtam"]),
    L("Bishkek", ["Bishkek"]),
]
DATES = [
    D("April 14, 2022", "2022-04-14", "day"),
    D("born [[1984]]", "1984", "year"),
    D("March 3, 2022", "2022-03-03", "day"),
    D("November 20, 2017", "2017-11-20", "day"),
    D("December 30, 2017", "2017-12-30", "day"),
    D("January 2, 2018", "2018-01-02", "day"),
    D("Nowruz 2019", "2019-03", "month"),
    D("in [[May 2021]]", "2021-05", "month"),
    D("May 19, 2021", "2021-05-19", "day"),
    D("the following year", "2022", "year"),
    D("Last Friday", "2022-04-08", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-11-20"),
    ("detention", "p1", "2017-11-20"),
    ("interrogation", "p1", None),
    ("transfer", "p1", "2018-01-02"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2021-05-19"),
]
NEGATED = [("p1", "torture.beating", "Client denies that anyone hit him during his own detention"),
           ("p4", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = []
