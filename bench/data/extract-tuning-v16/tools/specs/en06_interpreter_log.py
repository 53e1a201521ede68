FILE = "en06_interpreter_log.txt"
LANG = "en"
DATE = "2024-03-22"
NOTE = ("Public-service interpreter's weekly assignment log (registration number, week number, clock-time ranges are no dates; "
        "entry headers carry day dates and anchor relative words: 'Eight days ago' from 19 March -> 11 March, 'Two days later' -> "
        "13 March). The interpreter is named and writes in the first person (narrator, role other); Judge Pollard and Dr Fiona "
        "Mackie act only as such (other); the unnamed officer and coordinator are not persons. One county under three names "
        "(Qaghiliq, Kargilik, Yecheng). Appellant: 'They did not put me in the chair' negated next to the cousin strapped in it "
        "(tiger chair for Ekrem Yasin); leg irons during lessons; squatting; knee untreated; 'white tablets' he had to swallow = "
        "forced medication although he said no to injections. Released December 2018, 'eight months later' exit -> 2019-08. "
        "Gulbahar Ablet threatened by phone about her brother (transnational harassment; family reprisal for the brother) and sent "
        "a video in which he denounces her (forced denunciation + confession). 'Police Scotland' is an organisation; the fee-note "
        "list '18, 19 and 21 March' gives three dates.")
ORGS = ["Police Scotland", "First-tier Tribunal (IAC)", "Home Office"]
PERSONS = [
    P("p1", "Rukiye Helil-Brandt", ["Rukiye Helil-Brandt"], ["narrator", "other"], gender="female"),
    P("p2", "Shirmemet Turdi", ["Shirmemet Turdi", "Turdi"], ["victim", "witness", "relative"], gender="male",
      rel=[("cousin", "p3")],
      viol=[("detention.internment_camp", "he was held in a \"training school\" in Qaghiliq from April 2018"),
            ("detention.shackling", "the guards chained his legs to the desk during lessons"),
            ("torture.stress_position", "he was made to squat for hours in the corridor"),
            ("ill_treatment.denied_medical_care", "his knee swelled and nobody treated it for months"),
            ("medical.forced_medication", "only \"white tablets\" he did not want but had to swallow")]),
    P("p3", "Ekrem Yasin", ["Ekrem Yasin"], ["victim", "relative"], gender="male", rel=[("cousin", "p2")],
      viol=[("torture.tiger_chair", "My cousin Ekrem Yasin was in it for two nights")]),
    P("p4", "Pollard", ["Pollard"], ["other"]),
    P("p5", "Gulbahar Ablet", ["Gulbahar Ablet"], ["victim", "relative"], gender="female", rel=[("sister", "p6")],
      viol=[("transnational.harassment", "a man phoned her from a Chinese number")]),
    P("p6", "Kamalidin Ablet", ["Kamalidin Ablet"], ["victim", "relative"], gender="male", rel=[("brother", "p5")],
      viol=[("family.reprisal", "told her that her brother \"would suffer\" if she kept posting about the camps"),
            ("coercion.forced_denunciation", "reads from a sheet that his sister \"is lying about the motherland\" and must stop"),
            ("coercion.forced_confession", "He was clearly made to record it")]),
    P("p7", "Fiona Mackie", ["Fiona Mackie", "Mackie"], ["other"], gender="female"),
]
PLACES = [
    L("Glasgow", ["Glasgow"]),
    L("Kargilik", ["Qaghiliq", "Kargilik", "Yecheng"]),
    L("China", ["China"]),
    L("Govan", ["Govan"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("18 MARCH 2024", "2024-03-18", "day"),
    D("April 2018", "2018-04", "month"),
    D("December 2018", "2018-12", "month"),
    D("eight months later", "2019-08", "month"),
    D("19 MARCH 2024", "2024-03-19", "day"),
    D("Eight days ago", "2024-03-11", "day"),
    D("Two days later", "2024-03-13", "day"),
    D("21 MARCH 2024", "2024-03-21", "day"),
    D("22 MARCH 2024", "2024-03-22", "day"),
    D("for [[18]], 19", "2024-03-18", "day"),
    D("18, [[19]] and", "2024-03-19", "day"),
    D("and [[21 March]].", "2024-03-21", "day"),
]
EVENTS = [
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2018-12"),
    ("exit", "p2", "2019-08"),
]
NEGATED = [("p2", "torture.tiger_chair", "They did not put me in the chair")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest"), ("p1", "detention.arbitrary_arrest")]
