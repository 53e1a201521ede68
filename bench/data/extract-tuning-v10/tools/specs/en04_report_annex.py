LANG = "en"; DATE = "2023-11-30"
NOTE = ("Annex table of a human-rights report with lettered notes; the organisation 'Eastern Steppe Rights Monitor' is no person or place; unnamed sources (daughter, nephew, wife, brother) are not persons. "
        "Case rows: Tursunay Ablet taken from her stall because of WeChat contacts (arbitrary arrest + digital surveillance; arrest + detention 2018-03-03), 'vocational skills centre' = camp, unpaid glove sewing she could not refuse = forced labour; note (a) adds a checkpoint phone search. "
        "Memtimin Kerim: sentence learned from a notice (sentencing 2018 as stated). His daughter Nurbiye Memtimin carries his given name; operated on without consent = forced sterilization (confirmed in note b), while the IUD of an earlier report is denied ('no coil was ever inserted': negated forced_contraception). "
        "Erkin Sabir 'Went to study' and could not leave = internment (detention 2017-10, no arrest told), lessons in law and Party history = indoctrination, unpaid 'employment placement' = forced labour; note (c) beating is an unconfirmed single source (neither gold nor forbidden). "
        "Gheyret Hesen met by police at the airport (arrest + detention 2017-07-04) and not heard from since, police say 'no information' = disappearance + incommunicado (disappearance 2017-07-04). "
        "Birth years in the table cells are dates and birth_year. 'two weeks before she was taken' -> 2018-02. Kashgar's (modifier) is a place mention.")
P = [
 dict(id="p1", name="Tursunay Ablet", names=["Tursunay Ablet"], roles=["victim"], gender="female", birth_year=1979,
      violations=[("detention.arbitrary_arrest", "Taken from her bazaar stall on 3 March 2018, because her WeChat contacts included a sister living in Turkey."),
                  ("surveillance.digital", "because her WeChat contacts included a sister living in Turkey"),
                  ("detention.internment_camp", "Held at what the family knows as the \"vocational skills centre\" in Artux."),
                  ("labour.forced_labour", "In 2019 sent to sew gloves at a factory in Kashgar's industrial park; the promised wage of 600 yuan a month was never paid to her, and she was not free to refuse the placement."),
                  ("surveillance.checkpoint", "her mother's phone had been searched at a road checkpoint outside Artux")]),
 dict(id="p2", name="Memtimin Kerim", names=["Memtimin Kerim"], roles=["victim", "relative"], gender="male", birth_year=1955,
      relations=[("father", "p3")],
      violations=[("detention.prison_sentence", "Sentenced in 2018 to seventeen years for \"preaching extremism\"")]),
 dict(id="p3", name="Nurbiye Memtimin", names=["Nurbiye Memtimin"], roles=["victim", "relative"], gender="female", birth_year=1990,
      relations=[("daughter", "p2")],
      violations=[("reproductive.forced_sterilization", "she was brought to the township clinic, where a doctor operated on her \"so you do not have to worry again\". Her consent was never sought.")]),
 dict(id="p4", name="Erkin Sabir", names=["Erkin Sabir"], roles=["victim"], gender="male", birth_year=1984,
      violations=[("detention.internment_camp", "for fourteen months he could not leave the walled compound outside Ulughchat"),
                  ("indoctrination.political", "where lessons were in Chinese law and the Party's history"),
                  ("labour.forced_labour", "Now works without pay at a cotton gin under the village committee's \"employment placement\"")]),
 dict(id="p5", name="Gheyret Hesen", names=["Gheyret Hesen"], roles=["victim"], gender="male", birth_year=1998,
      violations=[("detention.arbitrary_arrest", "A student returning from Egypt in 2017. Police met him at the airport in Ürümchi on 4 July 2017"),
                  ("disappearance.enforced", "he has not been heard from since"),
                  ("detention.incommunicado", "Police in Uchturpan tell his parents they \"have no information\"")]),
]
PL = [("Xinjiang", ["Xinjiang"]), ("Kizilsu Prefecture", ["Kizilsu Prefecture"]), ("Aksu Prefecture", ["Aksu Prefecture"]), ("Artux", ["Artux city", "Artux"]),
      ("Turkey", ["Turkey"]), ("Kashgar", ["Kashgar's"]), ("Istanbul", ["Istanbul"]), ("Aqchi County", ["Aqchi county"]), ("Almaty", ["Almaty"]),
      ("Ulughchat County", ["Ulughchat county", "Ulughchat"]), ("Bishkek", ["Bishkek"]), ("Uchturpan County", ["Uchturpan county", "Uchturpan"]),
      ("Egypt", ["Egypt"]), ("Ürümchi", ["Ürümchi"]), ("Cairo", ["Cairo"])]
D = [("30 November 2023", "2023-11-30"), ("2023", "2023", 1), ("1979", "1979"), ("3 March 2018", "2018-03-03"), ("2019", "2019"), ("1955", "1955"),
     ("2018", "2018", 1), ("1990", "1990"), ("June 2017", "2017-06"), ("1984", "1984"), ("October 2017", "2017-10"), ("1998", "1998"),
     ("2017", "2017", 2), ("4 July 2017", "2017-07-04"), ("two weeks before she was taken", "2018-02"), ("2022", "2022")]
E = [("arrest", "p1", "2018-03-03"), ("detention", "p1", "2018-03-03"), ("sentencing", "p2", "2018"), ("detention", "p4", "2017-10"),
     ("arrest", "p5", "2017-07-04"), ("detention", "p5", "2017-07-04"), ("disappearance", "p5", "2017-07-04")]
NEG = [("p3", "reproductive.forced_contraception", "no coil was ever inserted")]
FORB = [("p2", "detention.internment_camp"), ("p3", "detention.internment_camp"), ("p5", "detention.prison_sentence")]
