LANG = "en"; DATE = "2024-05-08"
NOTE = ("Unofficial press summary of a Swedish district court judgment in a refugee-espionage case; the court's name and the 'Ministry of State Security' are organisation names (no places); the case number is no date. "
        "The defendant Zhang Wenbo (51, Chinese citizen) is a perpetrator whose own arrest, custody and Swedish sentence are events (arrest + detention 2023-09-14 from 'until he was detained', sentencing 2024-05-08) but a lawful sentence abroad is no violation (prison_sentence forbidden for him). "
        "Aliye Imin photographed at a demonstration = transnational.harassment; her brother Adil Imin detained in Kucha weeks later = family.reprisal (arrest + detention 2022-11), nine-year term known from a notice = prison_sentence (sentencing, date null); the unnamed mother is no person. "
        "Yusupjan Eli: calls urging return = transnational.harassment; his father Eli Hamut (father's given name = son's surname) spent three days in a police cell (pretrial, detention date null, no arrest told) and was made to record a message = forced confession, reprisal. "
        "Mahire Sidiq: her address sought for the defendant = transnational.harassment; 'nothing suggests that her relatives in China were approached' -> reprisal forbidden. 'the spring of 2021' -> 2021; 'January' -> 2023-01.")
BLOCK = ["ATTUNDA DISTRICT COURT"]
P = [
 dict(id="p1", name="Zhang Wenbo", names=["Zhang Wenbo"], roles=["perpetrator"], gender="male", age=51, citizenship=["China"]),
 dict(id="p2", name="Aliye Imin", names=["Aliye Imin", "Aliye"], roles=["victim", "witness", "relative"], gender="female",
      relations=[("sister", "p3")],
      violations=[("transnational.harassment", "the defendant photographed her at a demonstration in Stockholm")]),
 dict(id="p3", name="Adil Imin", names=["Adil Imin"], roles=["victim", "relative"], gender="male",
      relations=[("brother", "p2")],
      violations=[("family.reprisal", "within weeks of that demonstration, her brother Adil Imin was detained in Kucha"),
                  ("detention.prison_sentence", "Adil Imin has since received a nine-year prison term")]),
 dict(id="p4", name="Yusupjan Eli", names=["Yusupjan Eli", "Yusupjan"], roles=["victim", "witness", "relative"], gender="male",
      relations=[("son", "p5")],
      violations=[("transnational.harassment", "he received some forty calls from unknown numbers urging him to go back and \"explain himself at the police station\"")]),
 dict(id="p5", name="Eli Hamut", names=["Eli Hamut"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p4")],
      violations=[("detention.pretrial", "he had spent three days in a police cell"),
                  ("family.reprisal", "he had spent three days in a police cell and had been made to record a message asking his son to come home"),
                  ("coercion.forced_confession", "had been made to record a message asking his son to come home")]),
 dict(id="p6", name="Mahire Sidiq", names=["Mahire Sidiq"], roles=["victim", "witness"], gender="female",
      violations=[("transnational.harassment", "the defendant asked acquaintances at her mosque in Uppsala for her new address")]),
]
PL = [("Sollentuna", ["Sollentuna"]), ("Sweden", ["Sweden"]), ("Stockholm", ["Stockholm"]), ("Kucha", ["Kucha"]), ("Uppsala", ["Uppsala"]), ("China", ["China"])]
D = [("8 May 2024", "2024-05-08"), ("the spring of 2021", "2021"), ("14 September 2023", "2023-09-14"), ("November 2022", "2022-11"),
     ("January", "2023-01"), ("June 2023", "2023-06")]
E = [("arrest", "p1", "2023-09-14"), ("detention", "p1", "2023-09-14"), ("sentencing", "p1", "2024-05-08"),
     ("arrest", "p3", "2022-11"), ("detention", "p3", "2022-11"), ("sentencing", "p3", None), ("detention", "p5", None)]
NEG = []
FORB = [("p1", "detention.prison_sentence"), ("p1", "transnational.harassment"), ("p6", "family.reprisal"), ("p2", "detention.arbitrary_arrest"), ("p4", "family.reprisal")]
