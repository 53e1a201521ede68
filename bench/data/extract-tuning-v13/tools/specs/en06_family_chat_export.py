FILE = "en06_family_chat_export.txt"
LANG = "en"
DATE = "2019-09-02"
NOTE = ("Exported family messenger chat (chat title, export line, [dd/mm/yyyy, hh:mm] stamps, sender labels, <Media omitted>). "
        "Every stamp's date is a day date; clock times are not. Sender labels are mentions. 'Zhanna (Nurlan's wife)' names two "
        "people. Grandma Batima Zhaksylykkyzy (-qyzy), 83; 'Dad' Yerlan Sadykov; 'Uncle Kairat' by given name only. Kairat 'was "
        "not taken anywhere this time' (negated arrest) next to an earlier passport seizure. 'on Monday' -> 2019-08-26 (stamp "
        "28/08/2019 is a Wednesday). 'Maybe he is better than we think' is a hedge: no code. Yerlan returned in April 2017 and "
        "was taken at the border (arrest dated to that month), questioned, camp in Tacheng, out January 2019, then confined to "
        "Toli county (house arrest). Chat title 'Sadykov family (Astana)' contains a place mention.")
PERSONS = [
    P("p1", "Aizhan Sadykova", ["Aizhan Sadykova"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p5"), ("granddaughter", "p4"), ("sister", "p2"), ("niece", "p6")]),
    P("p2", "Nurlan Sadykov", ["Nurlan Sadykov", "Nurlan"], ["relative", "witness"], gender="male",
      rel=[("son", "p5"), ("grandson", "p4"), ("brother", "p1"), ("husband", "p3"), ("nephew", "p6")]),
    P("p3", "Zhanna", ["Zhanna"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p4", "Batima Zhaksylykkyzy", ["Batima Zhaksylykkyzy"], ["victim"], gender="female", age=83,
      rel=[("grandmother", "p1"), ("grandmother", "p2")],
      viol=[("surveillance.digital", "the village office took it \"for checking\""),
            ("indoctrination.political", "She was made to go to the \"old people's study class\""),
            ("culture.religious_ban", "told her that praying at home was extremism")]),
    P("p5", "Yerlan Sadykov", ["Yerlan Sadykov"], ["victim"], gender="male", rel=[("father", "p1"), ("father", "p2")],
      viol=[("detention.arbitrary_arrest", "They took him at the border in Bakhty"),
            ("detention.internment_camp", "sent him to a camp in Tacheng"),
            ("detention.house_arrest", "He is not allowed to leave Toli county and has to report to the village office every week")]),
    P("p6", "Kairat", ["Kairat"], ["relative", "witness", "victim"], gender="male", rel=[("uncle", "p1"), ("uncle", "p2")],
      viol=[("movement.passport_confiscation", "took Kairat's passport in 2017")]),
]
PLACES = [
    L("Astana", ["Astana"]),
    L("Toli County", ["Toli county", "Toli"]),
    L("Tacheng Prefecture", ["Tacheng prefecture"]),
    L("Tacheng", ["Tacheng"]),
    L("Bakhty", ["Bakhty"]),
]
DATES = [
    D("2 September 2019", "2019-09-02", "day"),
    D(("28/08/2019", 0), "2019-08-28", "day"),
    D(("28/08/2019", 1), "2019-08-28", "day"),
    D(("28/08/2019", 2), "2019-08-28", "day"),
    D(("28/08/2019", 3), "2019-08-28", "day"),
    D(("28/08/2019", 4), "2019-08-28", "day"),
    D(("29/08/2019", 0), "2019-08-29", "day"),
    D(("29/08/2019", 1), "2019-08-29", "day"),
    D(("29/08/2019", 2), "2019-08-29", "day"),
    D(("29/08/2019", 3), "2019-08-29", "day"),
    D(("29/08/2019", 4), "2019-08-29", "day"),
    D(("30/08/2019", 0), "2019-08-30", "day"),
    D(("30/08/2019", 1), "2019-08-30", "day"),
    D("on [[Monday]]", "2019-08-26", "day"),
    D("passport in [[2017]]", "2017", "year"),
    D("all of [[2018]]", "2018", "year"),
    D("April 2017", "2017-04", "month"),
    D("January 2019", "2019-01", "month"),
    D("since [[2016]]", "2016", "year"),
]
EVENTS = [
    ("return", "p5", "2017-04"),
    ("arrest", "p5", "2017-04"),
    ("interrogation", "p5", None),
    ("detention", "p5", None),
    ("release", "p5", "2019-01"),
    ("interrogation", "p6", None),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "they did not take him anywhere this time")]
FORBIDDEN = [("p6", "detention.pretrial")]
