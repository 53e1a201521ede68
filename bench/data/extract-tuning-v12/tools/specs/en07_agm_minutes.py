FILE = "en07_agm_minutes.txt"; LANG = "en"; DOC_DATE = "2024-05-02"
NOTE = ("Minutes of a company's annual general meeting, shareholder question and answer. Not persons: the Board, the "
        "unnamed Chair, the auditor; 'NORDAL TEXTILES ASA' and 'Tianshan Fibre Co.' are organisations (blocked; Tianshan is no "
        "place there). Bare 'Yüsüp' ('Ms Yüsüp') = the daughter; 'Yüsüp' inside 'Nijat Yüsüp'/'Yüsüp Islam' is no mention of "
        "her; the father's given name is the children's surname. Reported speech throughout (asserted, coded). Euphemisms: "
        "'under review', 'not released but \"assigned\"' (forced labour; transfer event). Non-claim about sterilisation at the "
        "mill: neither gold nor forbidden. Denial: the brother 'has not been detained' (negated) but made to attend "
        "flag-raising (indoctrination). The father died at home in 2016: death event, death.in_custody forbidden. 'last year' "
        "-> 2023, 'March this year' -> 2024-03. Lars Øien (company CEO) and Zhou Kai (workshop leader): role other.")
BLOCK = ["NORDAL TEXTILES ASA", "Tianshan Fibre Co."]
PERSONS = [
 dict(id="p1", name="Adalet Yüsüp", names=["Adalet Yüsüp", "Yüsüp"], roles=["witness", "relative", "victim"], gender="female",
      ethnicity="Uyghur", citizenship=["Norway"], relations=[("daughter", "p2"), ("daughter", "p5"), ("sister", "p4")],
      violations=[("transnational.harassment", "a uniformed man appeared behind her mother and asked Ms Yüsüp for the names of Uyghur families she knows in Oslo")]),
 dict(id="p2", name="Tajinisa Rahman", names=["Tajinisa Rahman"], roles=["victim"], gender="female", age=58,
      relations=[("mother", "p1"), ("mother", "p4"), ("wife", "p5")],
      violations=[
       ("detention.arbitrary_arrest", "told that she was \"under review\" because her daughter lived abroad. She was not allowed to go home"),
       ("family.reprisal", "told that she was \"under review\" because her daughter lived abroad"),
       ("detention.internment_camp", "she was held in a former middle school surrounded by a double fence"),
       ("indoctrination.political", "the women had to recite the Party's rules before each meal and write a self-criticism every Friday"),
       ("labour.forced_labour", "she was not released but \"assigned\" to a spinning mill in Aksu city"),
       ("surveillance.digital", "An application on her phone reports where she is at all times"),
      ]),
 dict(id="p3", name="Zhou Kai", names=["Zhou Kai"], roles=["other"], gender="male"),
 dict(id="p4", name="Nijat Yüsüp", names=["Nijat Yüsüp"], roles=["relative", "victim"], gender="male",
      relations=[("brother", "p1"), ("son", "p2"), ("son", "p5")],
      violations=[("indoctrination.political", "he must attend the flag-raising in front of the township office every Monday and sing the national anthem")]),
 dict(id="p5", name="Yüsüp Islam", names=["Yüsüp Islam"], roles=["relative"], gender="male",
      relations=[("father", "p1"), ("father", "p4"), ("husband", "p2")]),
 dict(id="p6", name="Lars Øien", names=["Lars Øien", "Øien"], roles=["other"], gender="male"),
]
PLACES = [
 dict(name="Bergen", names=["Bergen"]), dict(name="Bay County", names=["Bay county", "Baicheng"]),
 dict(name="Aksu Prefecture", names=["Aksu Prefecture"]), dict(name="Aksu city", names=["Aksu city"]),
 dict(name="Oslo", names=["Oslo"]), dict(name="China", names=["China"]),
]
DATES = [
 ("24 April 2024", "2024-04-24", "day"), ("2 May 2024", "2024-05-02", "day"), ("since [[2020]]", "2020", "year"),
 ("October 2017", "2017-10", "month"), ("January 2019", "2019-01", "month"), ("last year", "2023", "year"),
 ("attack in [[2016]]", "2016", "year"), ("March this year", "2024-03", "month"), ("mill in [[2023]]", "2023", "year"),
]
EVENTS = [("arrest", "p2", "2017-10"), ("detention", "p2", "2017-10"), ("transfer", "p2", "2019-01"), ("death", "p5", "2016")]
NEGATED = [("p4", "detention.arbitrary_arrest", "has not been detained")]
FORBIDDEN = [("p5", "death.in_custody"), ("p4", "detention.internment_camp"), ("p1", "detention.internment_camp"),
             ("p2", "detention.prison_sentence")]
