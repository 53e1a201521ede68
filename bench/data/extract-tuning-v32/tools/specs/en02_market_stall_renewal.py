FILE = "en02_market_stall_renewal.txt"
LANG = "en"
DATE = "2024-04-15"
NOTE = ("Council market-stall licence renewal form of a bread and spice trader, with her explanation of closed days "
        "and an office-use block. Licensee in inverted capitals 'ABDUREHIM, Nurbiye' (one mention) and signature "
        "'N. Abdurehim'; the trading name 'Nurbiye's Naan & Spice' is an organisation; her brother 'Ghopur Abdurehim' "
        "shares the surname (same father); son 'Kamil Tursun' then 'Kamil'; mother 'Hanim'. UK date of birth "
        "03/07/1981 = 1981-07-03. 'Last summer' -> 2023 (a season is a year date); 'September' chained on August 2023. "
        "Beaten for speaking Uyghur = beating + language ban. Camp study of 'law and Chinese' = political indoctrination; factory after release = forced labour; the "
        "mother's summons about her daughter abroad = interrogation + family reprisal. 'I myself was not detained' "
        "negated. Reaching Almaty = exit. Percentages, trading-day counts, '12 months' not dates.")
ORGS = ["LEICESTER CITY COUNCIL", "Nurbiye's Naan & Spice"]
PERSONS = [
    P("p1", "Nurbiye Abdurehim", ["ABDUREHIM, Nurbiye", "N. Abdurehim"], ["narrator", "relative"], gender="female",
      birth_year=1981, rel=[("sister", "p2"), ("mother", "p3"), ("daughter", "p4")]),
    P("p2", "Ghopur Abdurehim", ["Ghopur Abdurehim"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "the police came to his shop and took him away"),
            ("detention.internment_camp", "he spent two years in a camp"),
            ("torture.beating", "The guards beat him twice"),
            ("culture.language_ban", "beat him twice for speaking Uyghur to another man"),
            ("indoctrination.political", "They told him he was there to study law and Chinese"),
            ("labour.forced_labour", "he was sent to a textile factory near Korla and paid almost nothing")]),
    P("p3", "Kamil Tursun", ["Kamil Tursun", "Kamil"], ["relative"], gender="male", rel=[("son", "p1")]),
    P("p4", "Hanim", ["Hanim"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("family.reprisal", "called my mother, Hanim, to the station twice and asked her for my address here")]),
    P("p5", "T. Brennan", ["T. Brennan"], ["other"]),
]
PLACES = [
    L("Leicester", ["Leicester"]),
    L("Aksu", ["Aksu"]),
    L("Korla", ["Korla"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("03/07/1981", "1981-07-03", "day"),
    D("1 April 2023", "2023-04-01", "day"),
    D("31 March 2024", "2024-03-31", "day"),
    D("In [[2017]] the police", "2017", "year"),
    D("release in [[2019]]", "2019", "year"),
    D("Last summer", "2023", "year"),
    D("August 2023", "2023-08", "month"),
    D("in [[September]] to bring", "2023-09", "month"),
    D("since [[2009]]", "2009", "year"),
    D("15/04/2024", "2024-04-15", "day"),
    D("for [[September]]-October", "2023-09", "month"),
    D("September-[[October 2023]]", "2023-10", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("release", "p2", "2019"),
    ("exit", "p2", "2023-08"),
    ("interrogation", "p4", None),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "I myself was not detained at any point")]
FORBIDDEN = []
