FILE = "en05_victim_impact_statement.txt"
LANG = "en"
DATE = "2023-10-02"
NOTE = ("Victim impact statement to a US federal court at the sentencing of a man convicted of reporting on Uyghurs "
        "for the PRC (caption, case number, 'VICTIM-2' label, letter to 'Your Honor', signature with place and US-style "
        "date). Writer in capitals in the title, then 'Mihrigul Osmanjan'. Defendant 'WEI JIANGUO' / 'Mr. Wei' / 'Wei "
        "Jianguo' = perpetrator (his US arrest in March 2022 is an arrest event). Son only 'Arslan'; husband 'Qahar "
        "Ablet'; mother-in-law 'Rizwangul Memet' (in-law: no relation to the writer; 'seventy-eight' = age). Victim "
        "Witness Coordinator Ms. Dana Ruiz is role other. 'two years later' chained on 2017 -> release 2019; 'This "
        "summer' -> 2023. 'I came to New Jersey in 2014 with my son' = exit of two. Forced factory work is hedged (he "
        "says he chose it; 'I do not know if that is true'): neither gold nor forbidden. 'My son Arslan has never been "
        "contacted' = negated transnational harassment beside the mother's real one. Passport taken and never allowed to "
        "join = passport and family separation on the husband.")
ORGS = ["UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF NEW YORK", "UNITED STATES OF AMERICA"]
PERSONS = [
    P("p1", "Mihrigul Osmanjan", ["MIHRIGUL OSMANJAN", "Mihrigul Osmanjan"], ["narrator", "victim", "relative"],
      gender="female", ethnicity="Uyghur", citizenship=["United States"], rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("transnational.harassment", "photographed me at every protest outside the Chinese consulate in New York")]),
    P("p2", "Qahar Ablet", ["Qahar Ablet"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("son", "p4")],
      viol=[("movement.passport_confiscation", "officials in Turpan took his passport"),
            ("family.separation", "he has never been allowed to join us"),
            ("detention.arbitrary_arrest", "In 2017 police took him to a camp"),
            ("detention.internment_camp", "took him to a camp")]),
    P("p3", "Arslan", ["Arslan"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Rizwangul Memet", ["Rizwangul Memet"], ["victim", "relative"], gender="female", age=78,
      rel=[("mother", "p2")],
      viol=[("family.reprisal", "told her to make me \"stop\"")]),
    P("p5", "Wei Jianguo", ["WEI JIANGUO", "Mr. Wei", "Wei Jianguo"], ["perpetrator"], gender="male"),
    P("p6", "Dana Ruiz", ["Ms. Dana Ruiz"], ["other"], gender="female"),
]
PLACES = [
    L("New Jersey", ["New Jersey"]),
    L("Turpan", ["Turpan"]),
    L("New York", ["New York"]),
    L("China", ["China"]),
    L("America", ["America"]),
    L("Cherry Hill", ["Cherry Hill"]),
]
DATES = [
    D("2020", "2020", "year"),
    D("2014", "2014", "year"),
    D("2016", "2016", "year"),
    D("In [[2017]] police", "2017", "year"),
    D("two years later", "2019", "year"),
    D("This summer", "2023", "year"),
    D("June 2021", "2021-06", "month"),
    D("March 2022", "2022-03", "month"),
    D("October 2, 2023", "2023-10-02", "day"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("exit", "p3", "2014"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("release", "p2", "2019"),
    ("arrest", "p5", "2022-03"),
]
NEGATED = [("p3", "transnational.harassment", "My son Arslan has never been contacted by anyone from China")]
FORBIDDEN = []
