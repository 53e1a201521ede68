FILE = "en03_exhibit_list.txt"
LANG = "en"
DATE = "2023-09-09"
NOTE = ("Schedule of exhibits of a people's hearing (session header, exhibit numbers C-01..C-08, Secretariat). Exhibit numbers, "
        "'Bundle C' and the Secretariat are not persons or dates. Gulzire Tursunbay (aged 44); her brother Marat Tursunbayuly "
        "(-uly patronymic from the same father); husband Erlan Dauletov. Cellmates from a handwritten list, incl. 'Mariyam, from "
        "Burqin' (given name + origin), coded internment_camp with the shared phrase. 'Officer Yang' (identity unconfirmed by the "
        "Secretariat, still named) is the harassing caller; deputy director Zhou Lingyun only signs. Husband 'was not detained' "
        "(negated) next to a forced pledge and passport kept. 'has not been sterilised' negated next to the IUD. The PLAC is an "
        "organisation; 'Qaba police' and 'Almaty clinic' are modifier mentions. 'three months after her release' -> 2019-03. "
        "Detention event undated (not said she was taken straight there).")
ORGS = ["Qaba county Political and Legal Affairs Commission", "PEOPLE'S HEARING ON XINJIANG DETENTIONS"]
PERSONS = [
    P("p1", "Gulzire Tursunbay", ["Gulzire Tursunbay"], ["witness", "victim"], gender="female", age=44,
      rel=[("wife", "p6"), ("sister", "p8")],
      viol=[("detention.arbitrary_arrest", "her arrest at her home in Qaba county"),
            ("detention.internment_camp", "her detention until 19 December 2018 in a walled \"vocational training\" facility"),
            ("torture.stress_position", "she was made to stand for hours facing a wall"),
            ("detention.overcrowding", "the women in her room, some fifty of them"),
            ("ill_treatment.denied_hygiene", "shared one bucket"),
            ("reproductive.forced_contraception", "a doctor inserted an IUD without asking her"),
            ("transnational.harassment", "telling the witness in Almaty to withdraw her statement")]),
    P("p2", "Aynur Kadirkhan", ["Aynur Kadirkhan"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "all three were held in the same room with her")]),
    P("p3", "Saule Bekmurat", ["Saule Bekmurat"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "all three were held in the same room with her")]),
    P("p4", "Mariyam", ["Mariyam"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "all three were held in the same room with her")]),
    P("p5", "Zhou Lingyun", ["Zhou Lingyun"], ["official"], gender=None),
    P("p6", "Erlan Dauletov", ["Erlan Dauletov"], ["witness", "relative", "victim"], gender="male", rel=[("husband", "p1")],
      viol=[("coercion.forced_confession", "he was made to sign a pledge not to travel"),
            ("movement.passport_confiscation", "his passport was kept at the police station")]),
    P("p7", "Yang", ["Yang"], ["official", "perpetrator"], gender="male"),
    P("p8", "Marat Tursunbayuly", ["Marat Tursunbayuly"], ["relative", "witness"], gender="male", rel=[("brother", "p1")]),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Qaba County", ["Qaba county", "Qaba"]),
    L("Qaba town", ["Qaba town"]),
    L("Altay Prefecture", ["Altay prefecture"]),
    L("Burqin", ["Burqin"]),
    L("China", ["China"]),
    L("Jeminay", ["Jeminay"]),
]
DATES = [
    D("9 September 2023", "2023-09-09", "day"),
    D("2 June 2023", "2023-06-02", "day"),
    D("14 April 2018", "2018-04-14", "day"),
    D("19 December 2018", "2018-12-19", "day"),
    D("neighbour in [[2017]]", "2017", "year"),
    D("3 July 2023", "2023-07-03", "day"),
    D("March 2019", "2019-03", "month"),
    D("three months after her release", "2019-03", "month"),
    D("March 2023", "2023-03", "month"),
    D("20 May 2023", "2023-05-20", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-04-14"),
    ("detention", "p1", None),
    ("release", "p1", "2018-12-19"),
    ("exit", "p6", "2019-03"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "he was not detained"),
           ("p1", "reproductive.forced_sterilization", "she has not been sterilised")]
FORBIDDEN = [("p6", "detention.pretrial"), ("p6", "detention.internment_camp")]
