FILE = "en05_jury_deferral_letter.txt"
LANG = "en"
DATE = "2021-09-03"
NOTE = ("Letter asking the jury summoning bureau to defer jury service (address blocks, juror number, Re: line, signature, "
        "enclosures). 'Wood Green Crown Court' (org with a toponym), 'Wightman Road', 'Phoenix House, Rushton Avenue' are "
        "not place mentions; 'London' in the sender block and 'Bradford' in the addressee block are. Juror number, "
        "postcodes, '51', 'three months', 'twenty years', 'five years' are not dates. '11 October 2021', 'January 2022', 'in "
        "October', 'February 2022' are after the document date (not annotated). 'this June' -> 2021-06; 'last week' -> "
        "2021-08 (exit of the mother). Line manager Daniel Price is role other. Mother: passport held 2016 to June "
        "(passport confiscation), a coil fitted without asking (forced contraception), made to call her daughter abroad a "
        "traitor at a village meeting (forced denunciation + family reprisal); 'My mother was never held in a camp' negates "
        "internment. Father: in prison since 2018 (detention 2018; sentencing undated), twenty years for praying at home "
        "(prison sentence, religious ban), no word (incommunicado); the move to Aksu is a cousin's belief: no transfer event.")
ORGS = ["Wood Green Crown Court", "Wightman Road", "Phoenix House", "Rushton Avenue"]
PERSONS = [
    P("p1", "Dilara Qurban", ["Dilara Qurban"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Patigul Hoshur", ["Patigul Hoshur"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("movement.passport_confiscation", "Her passport was held by the local police from 2016 until this June"),
            ("reproductive.forced_contraception", "the village clinic fitted her with a coil when she was already 51, without asking her"),
            ("coercion.forced_denunciation", "she was made to stand up at a meeting in the village and say that I, her daughter in London, was \"a traitor to the motherland\""),
            ("family.reprisal", "she was made to stand up at a meeting in the village and say that I, her daughter in London, was \"a traitor to the motherland\"")]),
    P("p3", "Qurban Yasin", ["Qurban Yasin"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2")],
      viol=[("detention.prison_sentence", "he was sentenced to twenty years"),
            ("culture.religious_ban", "for praying at home with his friends"),
            ("detention.incommunicado", "the family has had no word from him at all")]),
    P("p4", "Daniel Price", ["Daniel Price"], ["other"], gender="male"),
]
PLACES = [
    L("London", ["London"]),
    L("Bradford", ["Bradford"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Kashgar", ["Kashgar"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("3 September 2021", "2021-09-03", "day"),
    D("from [[2016]]", "2016", "year"),
    D("this June", "2021-06", "month"),
    D("last week", "2021-08", "month"),
    D("In [[2017]]", "2017", "year"),
    D("In [[2018]]", "2018", "year"),
    D("since [[2018]]", "2018", "year"),
]
EVENTS = [
    ("exit", "p2", "2021-08"),
    ("detention", "p3", "2018"),
    ("sentencing", "p3", None),
]
NEGATED = [("p2", "detention.internment_camp", "My mother was never held in a camp")]
FORBIDDEN = []
