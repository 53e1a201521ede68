FILE = "en03_phone_intake_form.txt"
LANG = "en"
DATE = "2024-02-27"
NOTE = ("Helpline case intake form filled by a volunteer after a phone call (sections A-E, persons B1/B2 summarised in "
        "the volunteer's words, assessment). Caller 'Mihrigul Abdukadir' (narrator, victim), father 'Abdukadir Hashim' "
        "(surname = father's given name: daughter and son 'Abdukadir'), brother 'Alimjan Abdukadir' (age 36). Volunteer and "
        "casework lead = other; the unnamed mother and caller are not persons. Father: arrest for teaching the Quran, "
        "15 years for 'illegal religious activities' (sentence + religious ban), prison unknown and visits refused "
        "(incommunicado + enforced disappearance, gold rule 2); the verdict learnt in 2019 is not the sentencing date. "
        "Brother: checkpoint phone scan, WhatsApp = checkpoint + digital surveillance + arbitrary arrest; camp; factory he "
        "may not quit = forced labour; leg irons second-hand and flagged unverified = hedged (neither gold nor forbidden); "
        "'He was not sentenced' negated. Caller: WeChat call from Kashgar police asking for a list of mosque members = "
        "transnational harassment; two hours at Manchester Airport with UK Border Force = forbidden arbitrary arrest. "
        "'in January' -> 2024-01; 'born around 1950' -> 1950.")
ORGS = ["UK Border Force"]
PERSONS = [
    P("p1", "Mihrigul Abdukadir", ["Mihrigul Abdukadir"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "rang her on WeChat and told her to send a list of Uyghurs at her mosque in Manchester")]),
    P("p2", "Abdukadir Hashim", ["Abdukadir Hashim"], ["victim"], gender="male", birth_year=1950,
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was arrested at home in June 2017 \"for teaching children the Quran\""),
            ("culture.religious_ban", "gave him 15 years for \"illegal religious activities\""),
            ("detention.prison_sentence", "a court in Kashgar gave him 15 years"),
            ("disappearance.enforced", "Caller does not know which prison he is in"),
            ("detention.incommunicado", "her mother's requests to visit have been refused")]),
    P("p3", "Alimjan Abdukadir", ["Alimjan Abdukadir"], ["victim"], gender="male", age=36,
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("surveillance.checkpoint", "was taken from a checkpoint on the road to Artush"),
            ("surveillance.digital", "after police scanned his phone and found WhatsApp"),
            ("detention.arbitrary_arrest", "Brother was taken from a checkpoint"),
            ("detention.internment_camp", "Held in a camp"),
            ("labour.forced_labour", "he has worked in a textile factory in Kashgar that he \"is not allowed to quit\"")]),
    P("p4", "Priya Raghunathan", ["Priya Raghunathan"], ["other"], gender="female"),
    P("p5", "Tom Ellery", ["Tom Ellery"], ["other"], gender="male"),
]
PLACES = [
    L("Manchester", ["Manchester"]),
    L("UK", ["UK"]),
    L("Kashgar", ["Kashgar"]),
    L("Artush", ["Artush"]),
    L("Beshkerem", ["Beshkerem"]),
    L("Manchester Airport", ["Manchester Airport"]),
]
DATES = [
    D("27 February 2024", "2024-02-27", "day"),
    D("2015", "2015", "year"),
    D("1950", "1950", "year"),
    D("June 2017", "2017-06", "month"),
    D("2019", "2019", "year"),
    D("March 2018", "2018-03", "month"),
    D("January 2020", "2020-01", "month"),
    D("October 2023", "2023-10", "month"),
    D("in [[January]] on", "2024-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-06"),
    ("detention", "p2", "2017-06"),
    ("sentencing", "p2", None),
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("release", "p3", "2020-01"),
]
NEGATED = [("p3", "detention.prison_sentence", "He was not sentenced")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest")]
