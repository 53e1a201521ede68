FILE = "en02_alumni_memorial.txt"; LANG = "en"; DOC_DATE = "2025-09-03"
NOTE = ("Alumni-association memorial page. Not persons/places: the association, 'Westbrook' (invented university), "
        "'Tarim University' and 'Alumni Hardship Fund' (organisations, blocked), the Alumni Relations Office. Life dates "
        "'(1972–2024)' give two year dates and the birth year; 'Class of 2004/2003' are year dates. 'Pazil' inside 'Mihray "
        "Pazil' is the daughter's mention only (child's surname = father's given name); 'Baba' is no mention. Attributed "
        "and asserted: Omarjan's account of Pazil's beating (coded); Omarjan's own 'Nobody struck me' (negated). Rumour of a "
        "move to Ürümqi: no event, no code. 'a week later' after February 2024 may cross a month: year precision. Thumbprint "
        "on a cause-of-death statement = forced confession for the wife; funeral prayer forbidden = religious ban for the "
        "wife. Bare 'Aksu' (a court in Aksu) kept apart from 'Aksu city' and 'Aksu Prefecture'. Dr Helen Marsh: role other.")
BLOCK = ["WESTBROOK UNIVERSITY ALUMNI ASSOCIATION", "Westbrook", "Tarim University", "Alumni Hardship Fund"]
PERSONS = [
 dict(id="p1", name="Pazil Ömer", names=["PAZIL ÖMER", "Pazil Ömer", "Pazil"], roles=["victim"], gender="male",
      ethnicity="Uyghur", birth_year=1972, age=51, relations=[("husband", "p3"), ("father", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "told him that he was needed \"for a conversation\". They showed no paper"),
       ("detention.incommunicado", "From then on his family received no letter and no call from him, and no office would say where he was held"),
       ("disappearance.enforced", "From then on his family received no letter and no call from him, and no office would say where he was held"),
       ("detention.internment_camp", "in the same camp in Shayar county as Pazil"),
       ("torture.beating", "three times they took Pazil away after the evening count and brought him back with his face swollen from blows"),
       ("detention.prison_sentence", "a court in Aksu gave Pazil fifteen years for \"separatism\""),
       ("death.in_custody", "died in February 2024 in the hospital wing of the prison in Aksu city"),
      ]),
 dict(id="p2", name="Omarjan Sidiq", names=["Omarjan Sidiq", "Omarjan"], roles=["victim", "witness"], gender="male",
      violations=[("detention.internment_camp", "he spent eleven months, from the spring of 2018, in the same camp in Shayar county")]),
 dict(id="p3", name="Reyhangül Tursun", names=["Reyhangül Tursun"], roles=["relative", "victim"], gender="female",
      relations=[("wife", "p1"), ("mother", "p4")],
      violations=[("coercion.forced_confession", "made her put her thumbprint on a statement that he had died of heart failure"),
                  ("culture.religious_ban", "She was told not to hold a funeral prayer")]),
 dict(id="p4", name="Mihray Pazil", names=["Mihray Pazil"], roles=["relative", "witness"], gender="female",
      relations=[("daughter", "p1"), ("daughter", "p3")],
      violations=[("transnational.harassment", "a policeman from Aral telephoned her and asked for the names of everyone who had attended")]),
 dict(id="p5", name="Helen Marsh", names=["Helen Marsh"], roles=["other"], gender="female"),
]
PLACES = [
 dict(name="Aksu city", names=["Aksu city"]), dict(name="China", names=["China"]),
 dict(name="Shayar County", names=["Shayar county", "Shaya"]), dict(name="Aksu Prefecture", names=["Aksu Prefecture"]),
 dict(name="Aral", names=["Aral"]), dict(name="Istanbul", names=["Istanbul"]), dict(name="Aksu", names=["Aksu"]),
 dict(name="Ürümqi", names=["Ürümqi"]), dict(name="Melbourne", names=["Melbourne"]),
 dict(name="Western Australia", names=["Western Australia"]),
]
DATES = [
 ("3 September 2025", "2025-09-03", "day"), ("([[1972]]–", "1972", "year"), ("–[[2024]])", "2024", "year"),
 ("Class of [[2004]]", "2004", "year"), ("Class of [[2003]]", "2003", "year"), ("February 2024", "2024-02", "month"),
 ("this summer", "2025", "year"), ("home in [[2005]]", "2005", "year"), ("March 2018", "2018-03", "month"),
 ("the spring of 2018", "2018", "year"), ("In [[2019]] a court", "2019", "year"), ("a week later", "2024", "year"),
 ("until [[2018]]", "2018", "year"), ("last month", "2025-08", "month"), ("since [[2017]]", "2017", "year"),
]
EVENTS = [("arrest", "p1", "2018-03"), ("detention", "p1", "2018-03"), ("disappearance", "p1", "2018-03"),
          ("sentencing", "p1", "2019"), ("death", "p1", "2024-02"), ("detention", "p2", "2018"), ("release", "p2", None)]
NEGATED = [("p2", "torture.beating", "\"Nobody struck me,\"")]
FORBIDDEN = [("p2", "detention.prison_sentence"), ("p4", "family.reprisal"), ("p3", "detention.arbitrary_arrest")]
