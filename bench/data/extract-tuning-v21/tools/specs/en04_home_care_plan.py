FILE = "en04_home_care_plan.txt"
LANG = "en"
DATE = "2026-01-27"
NOTE = ("Home-care agency's care-plan review (client block, numbered sections, bullet lists, signatures). Not persons or "
        "dates: NHS number, postcode M14, flat number, 'Next review' 27/07/2026 (after the document date: not annotated), "
        "toe amputation year 2020 is a date. Orgs: 'BRIGHTSIDE HOME CARE LTD', 'Calder Court'. Name forms: 'Mr Ablet "
        "Osman' / 'Mr Osman'; children named after the father's given name (Dilnur Ablet, 'D. Ablet', Mamut Ablet); "
        "coordinator 'Priya Natarajan' / 'P. Natarajan'; carers and a GP-referral doctor in role other. DOB 1951 as "
        "birth_year and date. First person in section 1 is the client (interpreted). Client: mosque closed and home "
        "prayer called extremism (religious ban), camp, ankle shackles, crowded cell, forced Mandarin study and gratitude "
        "(indoctrination), medicine taken and no treatment (denied medical care); 'was not beaten, he says' (negated). "
        "Son not released, nothing heard since 2018 (incommunicado; detention event without date). 'Toksun county' and "
        "'Turpan' distinct places; 'England' a place; 'Stockport' and 'Manchester' places.")
ORGS = ["BRIGHTSIDE HOME CARE LTD", "Calder Court"]
PERSONS = [
    P("p1", "Ablet Osman", ["Ablet Osman", "Osman"], ["victim", "narrator", "relative"], gender="male", birth_year=1951,
      rel=[("father", "p2"), ("father", "p3")],
      viol=[("culture.religious_ban", "closed the mosque and told us that praying at home was \"extremism\""),
            ("detention.internment_camp", "I was taken to a camp in\nToksun county"),
            ("detention.shackling", "I was shackled at the ankles"),
            ("detention.overcrowding", "kept in a cell with thirty men"),
            ("indoctrination.political", "had to study\nMandarin and say that I was grateful"),
            ("ill_treatment.denied_medical_care", "My diabetes medicine was taken away and I was not treated when my foot became\ninfected")]),
    P("p2", "Dilnur Ablet", ["Dilnur Ablet", "D. Ablet"], ["relative"], gender="female", rel=[("daughter", "p1"), ("sister", "p3")]),
    P("p3", "Mamut Ablet", ["Mamut Ablet"], ["victim", "relative"], gender="male", rel=[("son", "p1"), ("brother", "p2")],
      viol=[("detention.incommunicado", "was not released; we have heard\nnothing of him since 2018")]),
    P("p4", "Priya Natarajan", ["Priya Natarajan", "P. Natarajan"], ["other"], gender="female"),
    P("p5", "Joan Ellis", ["Joan Ellis"], ["other"], gender="female"),
    P("p6", "Kwame Asante", ["Kwame Asante"], ["other"], gender="male"),
    P("p7", "Helen Crane", ["Helen Crane"], ["other"], gender="female"),
]
PLACES = [
    L("Manchester", ["Manchester"]),
    L("Stockport", ["Stockport"]),
    L("Turpan", ["Turpan"]),
    L("Toksun County", ["Toksun county"]),
    L("England", ["England"]),
]
DATES = [
    D("04/11/1951", "1951-11-04", "day"),
    D("27/01/2026", "2026-01-27", "day"),
    D(("2017", 0), "2017", "year"),
    D("November 2017", "2017-11", "month"),
    D("released in [[2019]]", "2019", "year"),
    D("since [[2018]]", "2018", "year"),
    D("England in [[2022]]", "2022", "year"),
    D("right foot), [[2020]]", "2020", "year"),
]
EVENTS = [
    ("detention", "p1", "2017-11"),
    ("release", "p1", "2019"),
    ("detention", "p3", None),
    ("exit", "p1", "2022"),
]
NEGATED = [("p1", "torture.beating", "was not beaten")]
FORBIDDEN = [("p2", "detention.internment_camp")]
