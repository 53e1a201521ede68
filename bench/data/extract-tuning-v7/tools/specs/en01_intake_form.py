FILE = "en01_intake_form.txt"
LANG = "en"
DATE = "2025-03-11"
NOTE = ("NGO intake form typed by a volunteer: header and volunteer credit (R. Castellanos, not a person), intake number "
        "(not a date), pinyin ID-card name in capitals for the subject, 'Mr Tursunniyaz', signature initials 'M.Q.' (not a "
        "mention). Qaghiliq = Kargilik = Yecheng (one place). Unnamed cousin not a person. Mother never detained (negated) "
        "but passport kept and pension threatened; rumour of a prison hospital in Kashgar not gold; background 'hundreds of "
        "men'. 'Three weeks later', 'Last December', 'two weeks ago' resolved on context / intake date.")
ORGS = ["NORTH SHORE UYGHUR FAMILY CASEWORK NETWORK"]
PERSONS = [
    P("p1", "Qurban Tursunniyaz", ["KUERBAN TUERSUNNIYAZI", "Qurban Tursunniyaz", "Tursunniyaz"], ["victim"],
      gender="male", ethnicity="Uyghur", birth_year=1956,
      rel=[("father", "p2"), ("brother", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "led out of his pharmacy on 2 April 2017 by two men from the township police post. They showed no paper"),
            ("detention.pretrial", "he was in the Kargilik county detention centre"),
            ("torture.stress_position", "kept on his feet against a wall"),
            ("coercion.forced_confession", "made to press his thumb onto a statement written in Chinese"),
            ("detention.internment_camp", "he was moved to a camp set up in the old middle school in Qaghiliq"),
            ("detention.prison_sentence", "her brother had received thirteen years for \"illegal religious activity\""),
            ("detention.incommunicado", "Nobody has told the family in which prison he is held, and no visit has been allowed since"),
            ("disappearance.enforced", "Nobody has told the family in which prison he is held")]),
    P("p2", "Mihray Qurban", ["Mihray Qurban"], ["witness", "relative"], gender="female", citizenship=["Canada"],
      rel=[("daughter", "p1"), ("daughter", "p4"), ("niece", "p3")],
      viol=[("transnational.harassment", "Informant herself has received video calls from a man who called himself a police officer from Kargilik")]),
    P("p3", "Horigul Tursunniyaz", ["Horigul Tursunniyaz"], ["relative"], gender="female",
      rel=[("sister", "p1"), ("aunt", "p2")]),
    P("p4", "Rabiye Kamalova", ["Rabiye Kamalova"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2")],
      viol=[("movement.passport_confiscation", "Her passport, however, was collected by the neighbourhood committee in 2016 and has not been given back"),
            ("family.reprisal", "officials warned her that her pension would stop if her daughter \"keeps talking to foreigners\"")]),
    P("p5", "Sun Lihua", ["Sun Lihua"], ["official"], gender="female"),
]
PLACES = [
    L("North Vancouver", ["North Vancouver"]),
    L("Burnaby", ["Burnaby"]),
    L("British Columbia", ["British Columbia"]),
    L("Kargilik County", ["Kargilik county", "Yecheng", "Kargilik", "Qaghiliq"]),
    L("Kashgar Prefecture", ["Kashgar Prefecture"]),
    L("Kashgar", ["Kashgar"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("11 March 2025", "2025-03-11", "day"),
    D("since [[2014]]", "2014", "year"),
    D("Year of birth: [[1956]]", "1956", "year"),
    D("2 April 2017", "2017-04-02", "day"),
    D("Three weeks later", "2017-04", "month"),
    D("the summer of 2017", "2017", "year"),
    D("January 2019", "2019-01", "month"),
    D("committee in [[2016]]", "2016", "year"),
    D("Last December", "2024-12", "month"),
    D("two weeks ago", "2025-02", "month"),
    D("were taken in [[2017]]", "2017", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-04-02"),
    ("detention", "p1", "2017-04"),
    ("interrogation", "p1", None),
    ("transfer", "p1", "2017"),
    ("sentencing", "p1", None),
    ("disappearance", "p1", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "was never detained")]
FORBIDDEN = [("p4", "detention.internment_camp"), ("p4", "detention.pretrial"), ("p2", "detention.arbitrary_arrest"),
             ("p3", "family.reprisal")]
