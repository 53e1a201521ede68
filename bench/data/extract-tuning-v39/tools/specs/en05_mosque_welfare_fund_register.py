FILE = "en05_mosque_welfare_fund_register.txt"
LANG = "en"
DATE = "2020-08-30"
NOTE = ("Mosque welfare (zakat) fund disbursement register, Sydney (case entries, inverted applicant 'SURNAME, Given', "
        "amounts, circumstances as told, imam's committee note). Treasurer 'S. Karim' and 'Imam Haroon Siddiqui' are staff "
        "(other; the title is not part of the mention). Husband picked up at the burial ground = arbitrary arrest; "
        "'vocational skills' centre = camp; sewing uniforms for no wages inside it = forced labour; cousin not allowed to say "
        "where = incommunicado. Sister stopped at a checkpoint, phone searched, foreign app, taken that day = checkpoint + "
        "digital surveillance + arbitrary arrest; her children in a state boarding school = family separation. Her husband "
        "called in twice (interrogation, undated) 'was not held' (negated). A mother's death in an Istanbul hospital is not "
        "death in custody (forbidden). 'July–August 2020' gives two month dates; 'last month' -> 2020-07; 'in November' is "
        "after the document date.")
ORGS = ["AUBURN COMMUNITY MASJID"]
PERSONS = [
    P("p1", "Mehrigul Hesen", ["HESEN, Mehrigul", "Mehrigul"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p2", "Nurali Qasim", ["Nurali Qasim"], ["victim"], gender="male", rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "was picked up by the police at the burial ground"),
            ("detention.internment_camp", "what the authorities call a \"vocational skills\" centre"),
            ("labour.forced_labour", "he was put to sewing uniforms in a workshop inside the compound for no wages"),
            ("detention.incommunicado", "a cousin who is not allowed to say where exactly he is")]),
    P("p3", "Yusup Omar", ["OMAR, Yusup", "Yusup"], ["relative"], gender="male", rel=[("brother", "p4")]),
    P("p4", "Aynur Omar", ["Aynur Omar"], ["victim"], gender="female", rel=[("sister", "p3"), ("wife", "p5")],
      viol=[("surveillance.checkpoint", "was stopped at a police checkpoint in Ghulja"),
            ("surveillance.digital", "officers went through her phone, found a foreign app"),
            ("detention.arbitrary_arrest", "took her away that day"),
            ("family.separation", "Her two small children were put in a state boarding school and the family is not allowed to bring them home")]),
    P("p5", "Memet Ali", ["Memet Ali"], ["relative"], gender="male", rel=[("husband", "p4")]),
    P("p6", "Zeynep Kaya", ["KAYA, Zeynep", "Zeynep"], ["relative"], gender="female", rel=[("daughter", "p7")]),
    P("p7", "Fatma Kaya", ["Fatma Kaya"], ["relative"], gender="female", rel=[("mother", "p6")]),
    P("p8", "S. Karim", ["S. Karim"], ["other"]),
    P("p9", "Haroon Siddiqui", ["Haroon Siddiqui"], ["other"], gender="male"),
]
PLACES = [
    L("Lakemba", ["Lakemba"]),
    L("Kashgar", ["Kashgar"]),
    L("Granville", ["Granville"]),
    L("Ghulja", ["Ghulja"]),
    L("Auburn", ["Auburn"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("[[July]]–August 2020", "2020-07", "month"),
    D("July–[[August 2020]]", "2020-08", "month"),
    D("30/08/2020", "2020-08-30", "day"),
    D("12/07/2020", "2020-07-12", "day"),
    D("March 2017", "2017-03", "month"),
    D("in [[2018]] he", "2018", "year"),
    D("02/08/2020", "2020-08-02", "day"),
    D("Ghulja in [[2018]]", "2018", "year"),
    D("20/08/2020", "2020-08-20", "day"),
    D("last month", "2020-07", "month"),
]
EVENTS = [
    ("return", "p2", "2017-03"),
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("interrogation", "p5", None),
    ("death", "p7", "2020-07"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "was not held")]
FORBIDDEN = [("p7", "death.in_custody")]
