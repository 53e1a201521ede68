exec(open("specs/_stamps.py").read())
FILE = "en01_whatsapp_family_group.txt"
LANG = "en"
DATE = "2025-04-05"
NOTE = ("Exported WhatsApp family-group chat ([DD/MM/YYYY, hh:mm] stamps, sender labels, a forwarded message, emoji, "
        "media lines). Every stamp's date is a day date. Tahir: the cousin's forwarded message (taken 'last night' on "
        "03/04 = 2025-04-02, to 'study' again, family not told where) = arbitrary arrest + internment camp + "
        "disappearance + incommunicado; earlier camp stay undated, release 2021; 'the lessons and singing to the flag' "
        "= indoctrination; his wife (unnamed) says police checked his phone at the bazaar checkpoint 'last month' (= 2025-03) and found WhatsApp = digital surveillance + checkpoint ('maybe thats why' hedges only the reason); 'nobody touched him there' = negated beating. Gulbahar's deleted account is a joke, no act "
        "(disappearance forbidden). Sabit questioned on 'monday' (message of Saturday 05/04 = 2025-03-31) about the two "
        "relatives abroad and let go = family reprisal, interrogation only. Dilnaz: call from a +86 number to come back "
        "= transnational harassment. No kinship is stated between the named people (no relations); the cousin and "
        "'mom' are unnamed.")
ORGS = []
PERSONS = [
    P("p1", "Dilnaz Hoshurova", ["Dilnaz Hoshurova", "Dilnaz"], ["narrator", "victim"], gender="female",
      viol=[("transnational.harassment", "man said Tahir's fate is in my hands and i should come back and register")]),
    P("p2", "Arslan Yusupjan", ["Arslan Yusupjan", "Arslan"], ["narrator", "witness"], gender="male"),
    P("p3", "Tahir", ["Tahir"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "they came for Tahir last night, 2 police + the neighbourhood cadre, took him and his phone"),
            ("detention.internment_camp", "said he goes to \"study\" again"),
            ("disappearance.enforced", "they dont tell us where"),
            ("detention.incommunicado", "they dont tell us where"),
            ("surveillance.digital", "police checked his phone at the bazaar checkpoint last month and found whatsapp on it"),
            ("surveillance.checkpoint", "police checked his phone at the bazaar checkpoint"),
            ("indoctrination.political", "just the lessons and singing to the flag every morning")]),
    P("p4", "Meryem", ["Meryem"], ["witness"], gender="female"),
    P("p5", "Gulbahar", ["Gulbahar"], ["other"], gender="female"),
    P("p6", "Sabit", ["Sabit"], ["victim", "relative"], gender="male",
      viol=[("family.reprisal", "called him to the police station and asked 3 hours about Dilnaz and Arslan")]),
]
PLACES = [L("Toronto", ["Toronto"]), L("Munich", ["Munich"]), L("Ghulja", ["Ghulja"])]
DATES = [D(*x) for x in STAMPS(FILE)] + [
    D("last night", "2025-04-02", "day"),
    D("in [[2021]]", "2021", "year"),
    D("last month", "2025-03", "month"),
    D("on [[monday]]", "2025-03-31", "day"),
]
EVENTS = [
    ("arrest", "p3", "2025-04-02"), ("detention", "p3", "2025-04-02"),
    ("detention", "p3", None), ("release", "p3", "2021"),
    ("interrogation", "p6", "2025-03-31"),
]
NEGATED = [("p3", "torture.beating", "nobody touched him there")]
FORBIDDEN = [("p5", "disappearance.enforced")]
