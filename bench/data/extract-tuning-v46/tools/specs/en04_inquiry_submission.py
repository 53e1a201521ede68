FILE = "en04_inquiry_submission.txt"
LANG = "en"
DATE = "2024-01-15"
NOTE = ("Labour-rights group's written evidence to a parliamentary committee inquiry. Worker 1: put on a transfer list, "
        "refused, taken by police the same night to the county detention centre = arbitrary arrest + pre-trial detention "
        "(a detention for refusing a transfer), made to sign a pledge = forced signature, taken to Zhengzhou with 140 "
        "others in May 2019 = transfer event + forced labour, worked there until December 2020 = release (end of the compelled stay). Worker 2: transferred to a shoe factory in 2018 = transfer "
        "event + forced labour; no word since September 2022 while officials say he 'is working well' = contact cut, "
        "place not unknown to the state: incommunicado only. His wife: passport taken in 2017 = passport confiscation; "
        "'was not detained herself' = negated arbitrary arrest. Quotas and county targets name no one: no event. The "
        "unnamed mother is no person. 'between June and October 2023' = two month dates; 'twenty-three days' is a "
        "duration; FLV0047 a reference number.")
ORGS = ["Labour Rights Monitor", "Business and Trade Committee"]
PERSONS = [
    P("p1", "Tursunbek Erkin", ["Tursunbek Erkin"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "When he refused, saying he had to care for his mother, police took him the same night to the county detention centre"),
            ("detention.pretrial", "county detention centre, where he was held for twenty-three days"),
            ("coercion.forced_confession", "made to sign a pledge to \"obey arrangements\""),
            ("labour.forced_labour", "In May 2019 he was taken to Zhengzhou with 140 others. He worked there until December 2020")]),
    P("p2", "Gulbahar Nurmamat", ["Gulbahar Nurmamat"], ["relative", "victim"], gender="female", rel=[("wife", "p3")],
      viol=[("movement.passport_confiscation", "her passport was taken in 2017")]),
    P("p3", "Alimjan Qurban", ["Alimjan Qurban"], ["victim"], gender="male", rel=[("husband", "p2")],
      viol=[("labour.forced_labour", "transferred from Kashgar to a shoe factory in Jinjiang, Fujian in 2018"),
            ("detention.incommunicado", "she has had no word of him since September 2022")]),
    P("p4", "Fiona Adeyemi", ["Fiona Adeyemi"], ["other"], gender="female"),
]
PLACES = [
    L("Xinjiang", ["Xinjiang"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Turkey", ["Turkey"]),
    L("Ili", ["Ili Kazakh Autonomous Prefecture"]),
    L("Zhengzhou", ["Zhengzhou"]),
    L("Henan", ["Henan"]),
    L("Kashgar", ["Kashgar"]),
    L("Jinjiang", ["Jinjiang"]),
    L("Fujian", ["Fujian"]),
]
DATES = [
    D("January 2024", "2024-01", "month"),
    D("between [[June]] and October 2023", "2023-06", "month"),
    D("October 2023", "2023-10", "month"),
    D("March 2019", "2019-03", "month"),
    D("May 2019", "2019-05", "month"),
    D("December 2020", "2020-12", "month"),
    D("Fujian in [[2018]]", "2018", "year"),
    D("September 2022", "2022-09", "month"),
    D("taken in [[2017]]", "2017", "year"),
]
EVENTS = [
    ("arrest", "p1", "2019-03"),
    ("detention", "p1", "2019-03"),
    ("transfer", "p1", "2019-05"),
    ("release", "p1", "2020-12"),
    ("transfer", "p3", "2018"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "She was not detained herself")]
FORBIDDEN = []
