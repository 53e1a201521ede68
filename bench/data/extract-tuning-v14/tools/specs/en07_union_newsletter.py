FILE = "en07_union_newsletter.txt"
LANG = "en"
DATE = "2026-10-01"
NOTE = ("Trade-union branch newsletter (Melbourne): masthead, union name containing 'Victoria' (org, no place), issue number, "
        "vote '41-3', 'Retirements this month: 3' (not dates). Union honorifics 'Brother'/'Sister' are titles, not kinship: "
        "Sister Roshengul Ablaz and Brother Tony Castellano are members (role other); the real sister is Zulpiye Ghojaniyaz. "
        "'BROTHER GHOJANIYAZ'S' in the headline is a mention of Musajan. Melbourne suburbs Footscray and Sunshine ('the Sunshine "
        "depot netball team', a modifier mention) are places. Maralbeshi county = Bachu ('Bachu county detention centre' "
        "contains a place mention). 'the September branch meeting' and 'Last month' -> 2026-09; 'eighteen months after she "
        "was taken in' (March 2017) -> 2018-09; 'the week she came home' -> 2018 (may cross a month). Sister: camp, forced "
        "unpaid teaching (forced labour), Uyghur banned, confined to her flat (house arrest), camera in the living room "
        "(checkpoint); 'never been charged' negates prison sentence. Husband: detention centre, death there (death in "
        "custody). Mother told to make her son stop = family reprisal; the son = transnational harassment.")
ORGS = ["THE SIGNAL", "Western Suburbs Branch, Rail, Tram and Bus Union (Victoria)", "Western Suburbs Branch Committee"]
PERSONS = [
    P("p1", "Musajan Ghojaniyaz", ["GHOJANIYAZ", "Musajan Ghojaniyaz", "Musajan"], ["relative", "witness", "victim"], gender="male",
      rel=[("brother", "p2"), ("son", "p4")],
      viol=[("transnational.harassment", "told her to ring me and tell me to stop this campaign")]),
    P("p2", "Zulpiye Ghojaniyaz", ["Zulpiye Ghojaniyaz", "Zulpiye"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("wife", "p3"), ("daughter", "p4")],
      viol=[("detention.internment_camp", "she was sent to a \"transformation through education\" centre outside Maralbeshi town"),
            ("labour.forced_labour", "the centre made her teach Mandarin to the other detainees every day without pay"),
            ("culture.language_ban", "she was not allowed to speak Uyghur even to them"),
            ("detention.house_arrest", "she is still not allowed to leave her flat without the permission of the residents' committee"),
            ("surveillance.checkpoint", "A camera was fixed in her living room")]),
    P("p3", "Tahirjan Rustem", ["Tahirjan Rustem"], ["victim", "relative"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.pretrial", "held in the Bachu county detention centre"),
            ("death.in_custody", "he had died there of a \"heart attack\"")]),
    P("p4", "Buhejer Niyaz", ["Buhejer Niyaz"], ["relative", "victim"], gender="female", age=79,
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("family.reprisal", "police came to her house and told her to ring me and tell me to stop this campaign")]),
    P("p5", "Tony Castellano", ["Tony Castellano"], ["other"], gender="male"),
    P("p6", "Roshengul Ablaz", ["Roshengul Ablaz"], ["other"], gender="female", ethnicity="Uyghur"),
]
PLACES = [
    L("Footscray", ["Footscray"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Maralbexi County", ["Maralbeshi county", "Maralbeshi", "Bachu county", "Bachu"]),
    L("Kashgar Prefecture", ["Kashgar prefecture"]),
    L("Canberra", ["Canberra"]),
    L("Sunshine", ["Sunshine"]),
]
DATES = [
    D("October 2026", "2026-10", "month"),
    D("the [[September]] branch", "2026-09", "month"),
    D("since [[2015]]", "2015", "year"),
    D("March 2017", "2017-03", "month"),
    D("the same month", "2017-03", "month"),
    D("January 2019", "2019-01", "month"),
    D("eighteen months after she was taken in", "2018-09", "month"),
    D("the week she came home", "2018", "year"),
    D("Last month", "2026-09", "month"),
    D("Retirements [[this month]]", "2026-10", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("release", "p2", "2018-09"),
    ("arrest", "p3", "2017-03"),
    ("detention", "p3", "2017-03"),
    ("death", "p3", "2019-01"),
]
NEGATED = [("p2", "detention.prison_sentence", "she has never been charged with anything")]
FORBIDDEN = [("p4", "detention.arbitrary_arrest")]
