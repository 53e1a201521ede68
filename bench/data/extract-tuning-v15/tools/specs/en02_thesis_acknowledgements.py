FILE = "en02_thesis_acknowledgements.txt"
LANG = "en"
DATE = "2023-09-15"
NOTE = ("PhD thesis acknowledgements and dedication, signed with place-date line. 'University of Edinburgh' and 'School of "
        "GeoSciences' are orgs; 'apply to Edinburgh' and the signature line are place mentions. Supervisor and lecturer "
        "thanked by name are persons with role other. Turkic naming: Yultuz Kurbanjan <- Kurbanjan Ablimit; the brother "
        "Ablikim is given name only (note Ablikim vs Ablimit); the mother Mahire Tursun keeps her own surname. Father: "
        "detained at his office without explanation (arbitrary arrest), sent straight to a 'school' in Bugur (= Luntai "
        "county), handcuffs during lessons, self-criticism, released autumn 2019 -> 2019, assigned factory work = forced "
        "labour. Mother: 'was not detained herself' = negated arbitrary arrest; passport taken 2017; questioned about the "
        "narrator = family reprisal, and the request to tell her to come home = transnational harassment of the narrator. "
        "Brother taken January 2018, no news since = enforced disappearance + incommunicado; 'I do not know whether he has "
        "been sentenced' is a hedge (neither gold nor forbidden). 'two in the morning' is not a date.")
ORGS = ["University of Edinburgh", "School of GeoSciences"]
PERSONS = [
    P("p1", "Yultuz Kurbanjan", ["Yultuz Kurbanjan"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4"), ("wife", "p5")],
      viol=[("transnational.harassment", "asked her to tell me to come home")]),
    P("p2", "Kurbanjan Ablimit", ["Kurbanjan Ablimit"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "he was detained at his office without any explanation"),
            ("detention.internment_camp", "sent to what the local authorities called a \"transformation-through-education\" school in Bugur"),
            ("detention.shackling", "he was kept in handcuffs during lessons"),
            ("indoctrination.political", "had to write a self-criticism every night"),
            ("labour.forced_labour", "now works at a textile plant in Korla that he did not choose")]),
    P("p3", "Mahire Tursun", ["Mahire Tursun"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "her passport was collected \"for safekeeping\" in 2017 and has never been returned"),
            ("family.reprisal", "Police twice took her to the station to ask about me")]),
    P("p4", "Ablikim", ["Ablikim"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p3")],
      viol=[("disappearance.enforced", "We have not heard from him since"),
            ("detention.incommunicado", "would say nothing more")]),
    P("p5", "Daniel Mercer", ["Daniel Mercer"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p6", "Alasdair Finlay-Brook", ["Alasdair Finlay-Brook"], ["other"], gender="male"),
    P("p7", "Nomvula Ashby", ["Nomvula Ashby"], ["other"], gender="female"),
]
PLACES = [
    L("Edinburgh", ["Edinburgh"]),
    L("Korla", ["Korla"]),
    L("Bugur", ["Bugur", "Luntai county"]),
    L("Ürümqi", ["Ürümqi"]),
]
DATES = [
    D("[[September 2023]] for", "2023-09", "month"),
    D("Edinburgh in [[2016]]", "2016", "year"),
    D("October 2017", "2017-10", "month"),
    D("autumn of 2019", "2019", "year"),
    D("in [[2017]] and has never", "2017", "year"),
    D("January 2018", "2018-01", "month"),
    D("in [[2020]] that", "2020", "year"),
    D("15 September 2023", "2023-09-15", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("release", "p2", "2019"),
    ("arrest", "p4", "2018-01"),
    ("disappearance", "p4", "2018-01"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not detained herself")]
FORBIDDEN = []
