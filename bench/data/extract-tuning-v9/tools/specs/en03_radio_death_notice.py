LANG = "en"; DATE = "2024-01-19"
TEXT = """
UYGHUR DESK — OBITUARIES AND NOTICES
Broadcast and web text, 19 January 2024
Read by the duty announcer; reporting by the desk staff

Retired teacher dies in prison hospital, family says

Ablimit Qurban, a retired primary-school teacher from Kashgar city, has died while serving a sixteen-year sentence, his son told our service. He was seventy-one.

Mr Qurban passed away in the hospital wing of a prison in Kashgar prefecture earlier this month, according to his son Perhat Ablimit, who lives in Stockholm and is a Swedish citizen. Perhat learned of the death last week from a cousin, and our service reached an officer at the Kashgar city Döletbagh police station, Ghupur Hesen, who confirmed it by telephone. "He has gone. The body was given to the family," the officer said, before hanging up.

Relatives say the teacher was taken from his home in March 2018, weeks after neighbours reported that he taught his grandchildren to recite the Quran. In October 2018 a court in Kashgar handed down the sixteen-year term for "inciting extremism". The family was given no copy of the verdict and no lawyer was present.

Mr Qurban had long suffered from diabetes. According to a former cellmate now in Kazakhstan, repeated requests for insulin were ignored, and by last summer he could no longer walk without help. "They told him medicine was for people who cooperate," the cellmate said.

His wife, Hayrinisa Abdurahman, spent a year in what officials call a vocational training centre in 2018 and 2019. She was released in November 2019 and was never brought before a judge. She now lives with a daughter in the old town and is watched by a neighbourhood cadre who lodges in the family home twice a month.

One neighbour said the body was buried at night without a funeral prayer; our service has not been able to confirm this.

Since Perhat began speaking to foreign media, his sister Gulnar Ablimit has been visited twice by police, who warned her that her brother "should think about his family". Perhat says a man from the same police station has also called him in Sweden asking him to come home "for the funeral".

Ablimit Qurban is survived by his wife, his son, his daughter and five grandchildren.

The duty announcer read this notice at the end of the evening bulletin.
"""
NOTE = ("Radio-service death notice (rubric, broadcast line gives the document date; the announcer and desk staff are not persons); "
        "death 'earlier this month' -> 2024-01 in a prison hospital = death.in_custody; 'passed away'/'has died while serving a "
        "sixteen-year sentence' as the wording of the sentence; taken from home in March 2018 for teaching the Quran = arrest+detention "
        "(arbitrary_arrest, religious_ban); court sentence in October 2018 (sentencing with date); insulin refused, reported by a "
        "cellmate (asserted, coded) = denied_medical_care; wife's year in 'what officials call a vocational training centre' = "
        "internment_camp (euphemism framed by the reporter), detention 2018 (no arrest stated), release 2019-11, 'never brought before a judge' (prison_sentence negated); "
        "a cadre lodging in the home = surveillance not house arrest (house_arrest forbidden; no code given: the 'relatives' "
        "programme' is only implied); burial without prayer is unconfirmed (no code); police visits to the sister = family.reprisal, "
        "call to the son abroad = transnational.harassment; Ghupur Hesen is an official who only confirms (no perpetrator role); "
        "the Döletbagh police station is a facility name with a place inside it.")
P = [
 dict(id="p1", name="Ablimit Qurban", names=["Ablimit Qurban", "Qurban"], roles=["victim"], gender="male", age=71,
      relations=[("father", "p2"), ("husband", "p4"), ("father", "p5")],
      violations=[
       ("death.in_custody", "has died while serving a sixteen-year sentence"),
       ("detention.prison_sentence", "a court in Kashgar handed down the sixteen-year term for \"inciting extremism\""),
       ("detention.arbitrary_arrest", "the teacher was taken from his home in March 2018, weeks after neighbours reported that he taught his grandchildren to recite the Quran"),
       ("culture.religious_ban", "weeks after neighbours reported that he taught his grandchildren to recite the Quran"),
       ("ill_treatment.denied_medical_care", "repeated requests for insulin were ignored"),
      ]),
 dict(id="p2", name="Perhat Ablimit", names=["Perhat Ablimit", "Perhat"], roles=["relative", "witness", "victim"], gender="male",
      citizenship=["Sweden"], relations=[("son", "p1"), ("son", "p4"), ("brother", "p5")],
      violations=[("transnational.harassment", "a man from the same police station has also called him in Sweden asking him to come home \"for the funeral\"")]),
 dict(id="p3", name="Ghupur Hesen", names=["Ghupur Hesen"], roles=["official"], gender="male"),
 dict(id="p4", name="Hayrinisa Abdurahman", names=["Hayrinisa Abdurahman"], roles=["victim", "relative"], gender="female",
      relations=[("wife", "p1"), ("mother", "p2"), ("mother", "p5")],
      violations=[("detention.internment_camp", "spent a year in what officials call a vocational training centre in 2018 and 2019")]),
 dict(id="p5", name="Gulnar Ablimit", names=["Gulnar Ablimit"], roles=["relative", "victim"], gender="female",
      relations=[("daughter", "p1"), ("sister", "p2"), ("daughter", "p4")],
      violations=[("family.reprisal", "has been visited twice by police, who warned her that her brother \"should think about his family\"")]),
]
PL = [("Kashgar City", ["Kashgar city"]), ("Kashgar Prefecture", ["Kashgar prefecture"]), ("Kashgar", ["Kashgar"]),
      ("Stockholm", ["Stockholm"]), ("Sweden", ["Sweden"]), ("Döletbagh", ["Döletbagh"]), ("Kazakhstan", ["Kazakhstan"])]
D = [("19 January 2024", "2024-01-19"), ("earlier this month", "2024-01"), ("last week", "2024-01"), ("March 2018", "2018-03"),
     ("October 2018", "2018-10"), ("last summer", "2023"), (("2018", 2), "2018"), ("2019", "2019"), ("November 2019", "2019-11")]
E = [("arrest", "p1", "2018-03"), ("detention", "p1", "2018-03"), ("sentencing", "p1", "2018-10"), ("death", "p1", "2024-01"),
     ("detention", "p4", "2018"), ("release", "p4", "2019-11")]
NEG = [("p4", "detention.prison_sentence", "was never brought before a judge")]
FORB = [("p4", "detention.house_arrest"), ("p1", "torture.beating"), ("p2", "detention.arbitrary_arrest"),
        ("p5", "detention.arbitrary_arrest")]
