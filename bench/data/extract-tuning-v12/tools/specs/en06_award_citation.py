FILE = "en06_award_citation.txt"; LANG = "en"; DOC_DATE = "2025-12-10"
NOTE = ("Human-rights award citation read at a ceremony. Not persons: the prize's namesake inside 'THE HENDRIKA VOS PRIZE FOR "
        "CIVIC COURAGE' (blocked), the school head, the nurse, the jury secretary 'A. de Wit' (signature credit). The header "
        "year '2025' and 'this year' are year dates. Kazakh naming: Gaukhar Temirkhanqyzy / Erzhan Temirkhanuly (father "
        "Temirkhan, unnamed person), Dias Nurlybekuly <- Nurlybek Abishev. 'Two days before Nauryz' and '20 March 2018' both "
        "2018-03-20; 'Ten months later' -> 2019-01; 'two weeks after she spoke' in 2021 -> year. 'forty women' in a room with "
        "no size: no overcrowding claim (neither gold nor forbidden). A pill that stopped her periods = forced medication. "
        "Denials: never brought before a court (negated); son not sent to a boarding school (negated family.separation). "
        "Brother held after her interviews = reprisal + arbitrary arrest + police-station detention; his call to her = "
        "transnational.harassment for her. Nurlybek: 'a Kazakhstan citizen' -> Kazakhstan (and a place mention). Tubes tied under the pretext of \"a small check\" = forced sterilization; 'That summer' -> 2018.")
BLOCK = ["THE HENDRIKA VOS PRIZE FOR CIVIC COURAGE"]
PERSONS = [
 dict(id="p1", name="Gaukhar Temirkhanqyzy", names=["Gaukhar Temirkhanqyzy", "Gaukhar"], roles=["victim", "witness"], gender="female",
      birth_year=1973, relations=[("wife", "p3"), ("sister", "p4"), ("mother", "p5")],
      violations=[
       ("detention.arbitrary_arrest", "They told her that a relative in Kazakhstan had \"a problem\" and that she must go with them \"for a short study\""),
       ("detention.internment_camp", "In the camp on the edge of Kaba town"),
       ("medical.forced_medication", "Every morning a nurse watched each of them swallow a white pill; after a few weeks, she says, her periods stopped"),
       ("reproductive.forced_sterilization", "told she needed \"a small check\", and woke up with a bandaged belly; a doctor in Almaty later told her that her tubes had been tied"),
       ("torture.sleep_deprivation", "At night the guards switched on the lights and called the roll every two hours"),
       ("torture.beating", "slapped her twice in the corridor"),
       ("culture.language_ban", "because she had comforted a cellmate in Kazakh"),
       ("transnational.harassment", "made him telephone her with a message: come home, or your brother will not be the last"),
      ]),
 dict(id="p2", name="Bolat Kasymov", names=["Bolat Kasymov"], roles=["official", "perpetrator"], gender="male"),
 dict(id="p3", name="Nurlybek Abishev", names=["Nurlybek Abishev"], roles=["relative"], gender="male", citizenship=["Kazakhstan"],
      relations=[("husband", "p1"), ("father", "p5")]),
 dict(id="p4", name="Erzhan Temirkhanuly", names=["Erzhan Temirkhanuly"], roles=["relative", "victim"], gender="male",
      relations=[("brother", "p1")],
      violations=[
       ("family.reprisal", "two weeks after she spoke to foreign journalists, police in Kaba county held her younger brother"),
       ("detention.arbitrary_arrest", "two weeks after she spoke to foreign journalists, police in Kaba county held her younger brother"),
       ("detention.pretrial", "at the county police station for fifteen days"),
      ]),
 dict(id="p5", name="Dias Nurlybekuly", names=["Dias Nurlybekuly"], roles=["relative"], gender="male", age=12,
      relations=[("son", "p1"), ("son", "p3")]),
]
PLACES = [
 dict(name="The Hague", names=["The Hague"]), dict(name="Kaba County", names=["Kaba county", "Habahe"]),
 dict(name="Altay Prefecture", names=["Altay Prefecture"]), dict(name="Xinjiang", names=["Xinjiang"]),
 dict(name="Almaty", names=["Almaty"]), dict(name="Kazakhstan", names=["Kazakhstan"]), dict(name="Kaba town", names=["Kaba town"]),
 dict(name="Astana", names=["Astana"]), dict(name="Bakhty", names=["Bakhty"]),
]
DATES = [
 ("COURAGE [[2025]]", "2025", "year"), ("10 December 2025", "2025-12-10", "day"), ("this year", "2025", "year"),
 ("in [[1973]]", "1973", "year"), ("Two days before Nauryz", "2018-03-20", "day"), ("20 March 2018", "2018-03-20", "day"),
 ("That summer", "2018", "year"), ("Ten months later", "2019-01", "month"), ("January 2019", "2019-01", "month"), ("March 2019", "2019-03", "month"),
 ("In [[2021]]", "2021", "year"), ("two weeks after she spoke to foreign journalists", "2021", "year"),
]
EVENTS = [("arrest", "p1", "2018-03-20"), ("detention", "p1", "2018-03-20"), ("release", "p1", "2019-01"), ("exit", "p1", "2019-03"),
          ("arrest", "p4", "2021"), ("detention", "p4", "2021"), ("release", "p4", "2021")]
NEGATED = [("p1", "detention.prison_sentence", "She was never brought before a court"),
           ("p5", "family.separation", "was not sent to a boarding school")]
FORBIDDEN = [("p4", "detention.internment_camp"), ("p5", "detention.internment_camp"),
             ("p3", "family.reprisal")]
