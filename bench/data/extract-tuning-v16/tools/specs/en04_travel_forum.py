FILE = "en04_travel_forum.txt"
LANG = "en"
DATE = "2019-09-16"
NOTE = ("Travel forum thread (breadcrumb, topic title repeated in 'Re:' lines, post stamps, handles that are not persons, a "
        "moderator). The original poster is named only in the sign-off 'Vanja Kralj' (gender unknown); the phone checked and an "
        "app installed at the Chinese border = digital surveillance. Driver Ablikim Nasir: face and ID scanned at a checkpoint "
        "(surveillance.checkpoint), taken 'for a conversation' (arrest 'Two days later' = 24 August), wife told he is 'studying' "
        "in a centre in Atush (internment) and may not visit (incommunicado). The wife's name was removed by the moderator: no "
        "person. Guide Bakyt Mamatov 'was not detained' (negated) but his messages were searched. General remark on drivers' "
        "passports kept: no person. 'Last week' from the 15 Sep post -> 2019-09.")
ORGS = ["OVERLAND CENTRAL ASIA FORUM"]
PERSONS = [
    P("p1", "Vanja Kralj", ["Vanja Kralj"], ["narrator", "victim", "witness"],
      viol=[("surveillance.digital", "an officer took my phone for about forty minutes, unlocked it with my code and installed an app")]),
    P("p2", "Ablikim Nasir", ["Ablikim Nasir", "Ablikim"], ["victim"], gender="male", ethnicity="Uyghur", age=35,
      viol=[("surveillance.checkpoint", "stopped his car at a checkpoint near the old town, scanned his face and his ID card"),
            ("detention.arbitrary_arrest", "told him to come \"for a conversation\""),
            ("detention.internment_camp", "Ablikim is \"studying\" in a centre in Atush"),
            ("detention.incommunicado", "she may not visit him")]),
    P("p3", "Bakyt Mamatov", ["Bakyt Mamatov"], ["victim", "witness"], gender="male", ethnicity="Kyrgyz",
      viol=[("surveillance.digital", "they went through every message on his phone")]),
]
PLACES = [
    L("Kyrgyzstan", ["Kyrgyzstan"]),
    L("China", ["China"]),
    L("Irkeshtam", ["Irkeshtam"]),
    L("Kashgar", ["Kashgar"]),
    L("Osh", ["Osh"]),
    L("Sary-Tash", ["Sary-Tash"]),
    L("Ulugqat", ["Ulugqat", "Wuqia"]),
    L("Artux", ["Atush"]),
    L("Torugart", ["Torugart"]),
]
DATES = [
    D("by bike, [[August 2019]]", "2019-08", "month"),
    D("15 Sep 2019", "2019-09-15", "day"),
    D("22 August", "2019-08-22", "day"),
    D("Two days later", "2019-08-24", "day"),
    D("Last week", "2019-09", "month"),
    D(("16 Sep 2019", 0), "2019-09-16", "day"),
    D(("16 Sep 2019", 1), "2019-09-16", "day"),
    D("Torugart in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p2", "2019-08-24"),
    ("detention", "p2", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest")]
