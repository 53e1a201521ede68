FILE = "en02_holiday_round_robin.txt"
LANG = "en"
DATE = "2023-12-18"
NOTE = ("Family Christmas round-robin letter from Melbourne, written by Helen for the household ('we'). Family label "
        "'The Yusupov-Clarke Christmas Letter' and 'Barkly Street', 'Royal Melbourne' (hospital), 'Australian Federal "
        "Police' are not mentions. Brother in capitals 'MIJIT YUSUP' then 'Mijit'; mother 'Rahile' and grandmother "
        "'Nana Joan' by given name only. Relative dates anchored on 2023-12-18: February, March, April, July, "
        "September -> 2023; 'The next month' chained on April -> 2023-05; 'last Christmas' -> 2022-12. 'held for two "
        "years in one of the camps' then factory work: no release event is given (he is not said to be free). Factory "
        "work without pay and without leave = forced labour; 'no word for six years' = incommunicado. 'She was not "
        "detained' negated beside the tracking app and the supervised call (reprisal). Officer's call to Dilmurat in "
        "Australia = transnational harassment. 'Australian citizens' is citizenship, not a place.")
ORGS = ["The Yusupov-Clarke Christmas Letter", "Barkly Street", "Royal Melbourne", "Australian Federal Police"]
PERSONS = [
    P("p1", "Helen", ["Helen"], ["narrator"], gender="female", citizenship=["Australia"],
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")]),
    P("p2", "Dilmurat", ["Dilmurat"], ["relative", "victim"], gender="male", citizenship=["Australia"],
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4"), ("brother", "p5"), ("son", "p6")],
      viol=[("transnational.harassment", "the same officer rang Dilmurat directly and said he knew our address")]),
    P("p3", "Kamila", ["Kamila"], ["relative"], gender="female", age=9, citizenship=["Australia"],
      rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "Ayhan", ["Ayhan"], ["relative"], gender="male", age=6, citizenship=["Australia"],
      rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Mijit Yusup", ["MIJIT YUSUP", "Mijit"], ["victim"], gender="male",
      rel=[("brother", "p2"), ("son", "p6")],
      viol=[("detention.arbitrary_arrest", "was taken from his home one night"),
            ("detention.internment_camp", "held for two years in one of the camps"),
            ("detention.incommunicado", "For six years there was no word from him at all"),
            ("labour.forced_labour", "he cannot leave the dormitory at weekends and that he has not been paid since July")]),
    P("p6", "Rahile", ["Rahile"], ["relative", "victim"], gender="female", age=74,
      rel=[("mother", "p2"), ("mother", "p5")],
      viol=[("surveillance.digital", "the police made her install a tracking app on her phone"),
            ("family.reprisal", "they sat next to her while she called Dilmurat on video to tell him to \"stop posting\"")]),
    P("p7", "Joan", ["Joan"], ["relative"], gender="female", rel=[("grandmother", "p3"), ("grandmother", "p4")]),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Korla", ["Korla"]),
    L("Aksu", ["Aksu"]),
    L("Almaty", ["Almaty"]),
    L("Adelaide", ["Adelaide"]),
]
DATES = [
    D("Letter, [[2023]]", "2023", "year"),
    D("18 December 2023", "2023-12-18", "day"),
    D("In [[February]] we", "2023-02", "month"),
    D("2009", "2009", "year"),
    D("May 2017", "2017-05", "month"),
    D("In [[March]] Mijit", "2023-03", "month"),
    D("since [[July]]", "2023-07", "month"),
    D("in [[April]] they", "2023-04", "month"),
    D("The next month", "2023-05", "month"),
    D("last Christmas", "2022-12", "month"),
    D("in [[September]]", "2023-09", "month"),
]
EVENTS = [
    ("exit", "p2", "2009"),
    ("arrest", "p5", "2017-05"),
    ("detention", "p5", "2017-05"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = []
