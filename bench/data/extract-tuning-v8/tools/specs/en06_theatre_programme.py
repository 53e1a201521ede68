FILE = "en06_theatre_programme.txt"
LANG = "en"
DATE = "2025-03-07"
NOTE = ("Theatre programme of a verbatim play: cast and crew credits (actors Aida Kemelbek, Jonas Pfeiffer, Mei Lin Hoffmann; "
        "director, designer) are credits, not persons; the character names in the cast list ('Saltanat', 'Her brother Daniyar') "
        "are mentions of the real interviewees the play quotes. 'THEATER AM KANAL - BERLIN' and the sponsor line: Berlin is a "
        "place, the theatre and the forum are not. Kazakh naming: Saltanat Muratkyzy and Daniyar Muratuly <- Murat Seitkali. "
        "Dörbiljin county = Emin = bare 'Dörbiljin', distinct from 'Dörbiljin town'. Kazakh residence permit + Chinese passport: no "
        "citizenship. Low stool all day = stress position; tubes tied under pretext of an appendix operation = forced "
        "sterilization. 'two months later' after October 2019 -> 2019-12. Father 'never arrested' (negated), died at home (death "
        "event, death.in_custody forbidden). Brother 'has not been detained' (negated) but warned about his sister abroad: "
        "family.reprisal for him, transnational.harassment for her. Women who disappeared at night: not gold. Running time not a date.")
ORGS = ["THEATER AM KANAL", "Without the Communist Party there would be no New China", "Kazakh-German Cultural Forum"]
PERSONS = [
    P("p1", "Saltanat Muratkyzy", ["Saltanat", "Saltanat Muratkyzy"], ["victim", "witness"], gender="female",
      ethnicity="Kazakh", birth_year=1983, rel=[("daughter", "p3"), ("sister", "p2")],
      viol=[("detention.arbitrary_arrest", "At the crossing two officers put a hood over her head and drove her to a former boarding school"),
            ("detention.internment_camp", "a former boarding school on the edge of Dörbiljin town that had been turned into a \"study centre\""),
            ("torture.stress_position", "she spent most of every day on a low plastic stool, back straight and hands on her knees"),
            ("indoctrination.political", "Each evening the room had to sing \"Without the Communist Party there would be no New China\" before food was brought"),
            ("reproductive.forced_sterilization", "her tubes had been tied"),
            ("transnational.harassment", "the police warned him in 2021 that he would lose his job at the grain depot if his sister \"kept telling stories in Kazakhstan\"")]),
    P("p2", "Daniyar Muratuly", ["Daniyar", "Daniyar Muratuly"], ["relative", "victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("family.reprisal", "the police warned him in 2021 that he would lose his job at the grain depot")]),
    P("p3", "Murat Seitkali", ["Murat Seitkali"], ["relative"], gender="male", rel=[("father", "p1"), ("father", "p2")]),
]
PLACES = [
    L("Berlin", ["BERLIN", "Berlin"]),
    L("Almaty", ["Almaty"]),
    L("Emin County", ["Dörbiljin county", "Emin", "Dörbiljin"]),
    L("Dörbiljin town", ["Dörbiljin town"]),
    L("Tacheng Prefecture", ["Tacheng prefecture"]),
    L("Bakhty", ["Bakhty"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("7 March 2025", "2025-03-07", "day"),
    D("the autumn of 2023", "2023", "year"),
    D("born in [[1983]]", "1983", "year"),
    D("February 2018", "2018-02", "month"),
    D("the spring of 2019", "2019", "year"),
    D("October 2019", "2019-10", "month"),
    D("two months later", "2019-12", "month"),
    D("Dörbiljin in [[2020]]", "2020", "year"),
    D("him in [[2021]]", "2021", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-02"),
    ("detention", "p1", "2018-02"),
    ("release", "p1", "2019-10"),
    ("exit", "p1", "2019-12"),
    ("death", "p3", "2020"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was never arrested"),
           ("p2", "detention.arbitrary_arrest", "has not been detained")]
FORBIDDEN = [("p3", "death.in_custody"), ("p2", "detention.internment_camp")]
