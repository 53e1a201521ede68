FILE = "en01_exhibit_schedule.txt"
LANG = "en"
DATE = "2025-11-20"
NOTE = ("Tribunal schedule of exhibits: header with an organisation name containing a toponym (Tarim Basin: not a place), "
        "exhibit numbers EX-4/01 and witness code W-17 (not dates, not persons), the Registry, the Open Imagery Collective and "
        "St James's University Hospital (orgs, 'James' not a person), account name 'Hometown Care' (org). 'about 1998' -> 1998. "
        "Satellite images '2017-2021' give two year dates. Munewwer: arrest for a foreign messaging app (arbitrary arrest + digital "
        "surveillance), police station night (pretrial), camp, song, head scarf, handcuffs all night (shackling); 'not beaten "
        "herself' negated, the dormitory mate Saadet kicked (beating + camp). Weekly reporting is not house arrest (forbidden "
        "neither). 'a week after his wife's arrest' anchored by 'in April 2018'. Abdughopur: 'may have been sentenced' is a hedge "
        "(no sentencing, prison_sentence neither gold nor forbidden); disappearance asserted. Mother's video read from a sheet = "
        "forced confession + family reprisal; WeChat messages = transnational harassment.")
ORGS = ["INDEPENDENT TRIBUNAL ON DETENTIONS IN THE TARIM BASIN", "Open Imagery Collective", "St James's University Hospital",
        "\"Hometown Care\""]
PERSONS = [
    P("p1", "Munewwer Sidiq", ["Munewwer Sidiq", "Sidiq"], ["witness", "victim", "relative"], gender="female", ethnicity="Uyghur", age=46,
      rel=[("wife", "p2"), ("daughter", "p5")],
      viol=[("detention.arbitrary_arrest", "after a police officer found a foreign messaging app on her phone"),
            ("surveillance.digital", "a police officer found a foreign messaging app on her phone"),
            ("detention.pretrial", "She spent that night in the Kashgar city police station"),
            ("detention.internment_camp", "the next eleven months in a camp at Beshkerem township"),
            ("indoctrination.political", "she was made to sing \"Socialism is good\" and a song praising the Communist Party before each meal"),
            ("culture.religious_ban", "her head scarf was cut up in front of her"),
            ("detention.shackling", "she was kept in handcuffs for a whole night in April 2018, including while she slept on the floor"),
            ("transnational.harassment", "The messages ask her to stop \"telling stories to foreigners\"")]),
    P("p2", "Exmetjan Barat", ["Exmetjan Barat", "Barat"], ["relative", "victim", "witness"], gender="male",
      rel=[("husband", "p1"), ("brother", "p4")],
      viol=[("detention.pretrial", "he was held and questioned for two days at the Atush police station"),
            ("coercion.forced_confession", "made to sign a paper he could not read")]),
    P("p3", "Saadet Ghoja", ["Saadet Ghoja"], ["victim"], gender="female",
      viol=[("torture.beating", "guards kicked an older woman from her dormitory, Saadet Ghoja"),
            ("detention.internment_camp", "an older woman from her dormitory")]),
    P("p4", "Abdughopur Barat", ["Abdughopur Barat", "Abdughopur"], ["victim", "relative"], gender="male", rel=[("brother", "p2")],
      viol=[("disappearance.enforced", "was taken from his shop in 2019 and has not been heard from since")]),
    P("p5", "Peride Sultan", ["Peride Sultan"], ["relative", "victim"], gender="female", rel=[("mother", "p1")],
      viol=[("coercion.forced_confession", "reads from a sheet held off camera, asking her daughter to come home"),
            ("family.reprisal", "a video in which her mother, Peride Sultan, reads from a sheet held off camera")]),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Kashgar", ["Kashgar"]),
    L("Beshkerem", ["Beshkerem"]),
    L("Artux", ["Atush"]),
]
DATES = [
    D("20 November 2025", "2025-11-20", "day"),
    D("3 September 2025", "2025-09-03", "day"),
    D("9 April 2018", "2018-04-09", "day"),
    D("11 March 2019", "2019-03-11", "day"),
    D("about [[1998]]", "1998", "year"),
    D("2 October 2025", "2025-10-02", "day"),
    D("in [[April 2018]], a week", "2018-04", "month"),
    D("shop in [[2019]]", "2019", "year"),
    D("between [[January]]", "2025-01", "month"),
    D("June 2025", "2025-06", "month"),
    D("[[2017]]-2021", "2017", "year"),
    D("2017-[[2021]]", "2021", "year"),
    D("14 July 2025", "2025-07-14", "day"),
    D("night in [[April 2018]]", "2018-04", "month"),
]
EVENTS = [
    ("arrest", "p1", "2018-04-09"),
    ("detention", "p1", "2018-04-09"),
    ("transfer", "p1", None),
    ("release", "p1", "2019-03-11"),
    ("detention", "p2", "2018-04"),
    ("interrogation", "p2", None),
    ("arrest", "p4", "2019"),
    ("disappearance", "p4", "2019"),
]
NEGATED = [("p1", "torture.beating", "she was not beaten herself")]
FORBIDDEN = [("p1", "detention.house_arrest"), ("p5", "detention.arbitrary_arrest")]
