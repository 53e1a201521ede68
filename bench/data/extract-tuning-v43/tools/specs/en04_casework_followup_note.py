FILE = "en04_casework_followup_note.txt"
LANG = "en"
DATE = "2021-07-05"
NOTE = ("NGO casework follow-up note (header fields, summary, timeline, responses from authorities, husband's situation, "
        "next steps), Netherlands. 'KERIM, Ruqiye' inverted in the header; 'Kerim' after 'Ms' and 'Hudaberdi' after 'Mr' are mentions (titles left out). The "
        "airport detention is told in the summary and again in the timeline: one arrest and one detention event, both "
        "date mentions annotated. Detention centre = pretrial; 30 women in one cell (released cellmate) = overcrowding; "
        "no contact since + lawyer refused = incommunicado; passport taken. Sentence learnt in April 2021: sentencing "
        "event undated. Forced confession is the husband's belief with no document: hedged (neither gold nor forbidden). "
        "The embassy's 'never been mistreated' is a state denial: no negation. Brother summoned and told to stop the family "
        "abroad = family reprisal (gold rule 3) + interrogation event. Husband 'has had no threatening calls' negates "
        "transnational harassment. Counsellor Liu Dehai = official; lawyer and caseworker = other; daughters Aylin and "
        "Sara (given names only) are relatives with no acts.")
ORGS = ["Working Group on Arbitrary Detention", "Dutch Ministry of Foreign Affairs"]
PERSONS = [
    P("p1", "Ruqiye Kerim", ["KERIM, Ruqiye", "Ruqiye Kerim", "Kerim"], ["victim"], gender="female", age=41,
      rel=[("wife", "p2"), ("sister", "p3"), ("mother", "p7"), ("mother", "p8")],
      viol=[("detention.arbitrary_arrest", "She was detained by state security officers at Urumqi airport on 14 August 2019"),
            ("movement.passport_confiscation", "her passport was taken"),
            ("detention.incommunicado", "Her husband has not been able to speak to her since that day"),
            ("detention.pretrial", "held at Urumqi No. 3 detention centre"),
            ("detention.overcrowding", "30 women shared one cell"),
            ("detention.prison_sentence", "she had been sentenced to 11 years")]),
    P("p2", "Yasin Hudaberdi", ["Yasin Hudaberdi", "Hudaberdi"], ["relative", "witness"], gender="male",
      rel=[("husband", "p1"), ("father", "p7"), ("father", "p8")]),
    P("p3", "Memet Kerim", ["Memet Kerim"], ["relative", "victim"], gender="male", rel=[("brother", "p1")],
      viol=[("family.reprisal", "summoned by police and told to stop the family abroad from \"talking to foreigners\"")]),
    P("p4", "Anouk de Vries", ["Anouk de Vries"], ["other"], gender="female"),
    P("p5", "Wang Lifen", ["Wang Lifen"], ["other"]),
    P("p6", "Liu Dehai", ["Liu Dehai"], ["official"]),
    P("p7", "Aylin", ["Aylin"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p8", "Sara", ["Sara"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
]
PLACES = [
    L("Utrecht", ["Utrecht"]),
    L("Urumqi", ["Urumqi"]),
    L("Netherlands", ["Netherlands"]),
    L("Almaty", ["Almaty"]),
    L("Beijing", ["Beijing"]),
    L("The Hague", ["The Hague"]),
]
DATES = [
    D("5 July 2021", "2021-07-05", "day"),
    D(("14 August 2019", 0), "2019-08-14", "day"),
    D(("14 August 2019", 1), "2019-08-14", "day"),
    D(("April 2021", 0), "2021-04", "month"),
    D(("April 2021", 1), "2021-04", "month"),
    D("September 2019", "2019-09", "month"),
    D("June 2020", "2020-06", "month"),
    D("2 November 2020", "2020-11-02", "day"),
    D("June 2021", "2021-06", "month"),
    D("12 March 2021", "2021-03-12", "day"),
]
EVENTS = [
    ("arrest", "p1", "2019-08-14"),
    ("detention", "p1", "2019-08-14"),
    ("sentencing", "p1", None),
    ("interrogation", "p3", "2021-06"),
]
NEGATED = [("p2", "transnational.harassment", "has had no threatening calls")]
FORBIDDEN = []
