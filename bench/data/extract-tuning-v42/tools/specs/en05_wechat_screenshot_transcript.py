FILE = "en05_wechat_screenshot_transcript.txt"
LANG = "en"
DATE = "2024-10-22"
NOTE = ("Translated transcription of three screenshots of a WeChat-style group chat (stamps without year, display "
        "nicknames, a recalled message, the group owner's notice and deletion, a removal line, transcriber's note). "
        "Display nicknames ('Little Fox', 'Old Ma', 'Ayim', 'Blue Sky') stand for the members and are person mentions. "
        "Mahire: by Ayim from her husband Yasin, taken by street office people 'Wednesday night' (message of Sat 19 Oct "
        "2024 = 2024-10-16) for 'a talk', not back; her daughter says she is at 'the training' (officials' word) = "
        "arbitrary arrest + internment camp (arrest and detention 2024-10-16). Old Ma's 'Mahire is fine, she went to "
        "Urumqi' is a member's counter-claim, not a denial of the narrator: no negation. She 'sends them letters': no "
        "incommunicado. The deletion and removal by the owner and Ayim's unreachable account state no act on a "
        "person (the note says not to assume). Stamps 'Oct 19' etc. take the year of the receipt date; 'today' on "
        "Oct 21 = 2024-10-21; 'new year' (future) not annotated.")
ORGS = ["Ili Hometown Friends"]
PERSONS = [
    P("p1", "Little Fox", ["Little Fox"], ["witness"]),
    P("p2", "Old Ma", ["Old Ma"], ["other"], gender="male"),
    P("p3", "Ayim", ["Ayim"], ["witness"], gender="female"),
    P("p4", "Mahire", ["Mahire"], ["victim"], gender="female", rel=[("wife", "p5"), ("mother", "p6")],
      viol=[("detention.arbitrary_arrest", "the street office people took her Wednesday night for \"a talk\" and she hasn't come back"),
            ("detention.internment_camp", "mama is at \"the training\"")]),
    P("p5", "Yasin", ["Yasin"], ["relative"], gender="male", rel=[("husband", "p4")]),
    P("p6", "Zulpiye", ["Zulpiye"], ["relative"], gender="female", rel=[("daughter", "p4")]),
    P("p7", "Blue Sky", ["Blue Sky"], ["other"]),
]
PLACES = [L("Kazakhstan", ["Kazakhstan"]), L("Urumqi", ["Urumqi"])]
DATES = [D("22 Oct 2024", "2024-10-22", "day")] + \
    [D(("Oct 19", k), "2024-10-19", "day") for k in range(7)] + \
    [D("[[Oct 20]] 08:02", "2024-10-20", "day"), D(("Oct 21", 0), "2024-10-21", "day"), D(("Oct 21", 1), "2024-10-21", "day"),
     D("Wednesday night", "2024-10-16", "day"), D("open again [[today]]", "2024-10-21", "day")]
EVENTS = [("arrest", "p4", "2024-10-16"), ("detention", "p4", "2024-10-16")]
NEGATED = []
FORBIDDEN = []
