FILE = "en04_letter_editor.txt"; LANG = "en"; DOC_DATE = "2026-03-09"
NOTE = ("Letter to a newspaper editor, signed by the narrator (signature = person, narrator). Not persons/places: the "
        "masthead 'THE LAKESHORE GAZETTE', the unnamed spokesman, the headline of the article replied to. Kyrgyz naming: "
        "Bermet Asylbek kyzy and Tilek Asylbek uulu <- Asylbek Turdumamatov; Aiperi Tilek kyzy <- Tilek (bare 'Tilek' inside "
        "'Aiperi Tilek kyzy' is no mention of the father). 'Mr. Han' = Han Dongsheng. State euphemism 'graduated'/'the "
        "school' read as internment; post-release factory work = forced labour. Denials: Tilek 'was not beaten' (negated), "
        "the father 'was not detained' (negated) but his passport was cut. Rumour of a recall: no code. '(March 3)' -> "
        "2026-03-03; 'that same night' -> 2018-05-14; 'Last month' -> 2026-02. Artux = Artush = Artux city (one place); "
        "'Ont.' = Ontario. Only the narrator's ethnicity is stated.")
BLOCK = ["THE LAKESHORE GAZETTE"]
PERSONS = [
 dict(id="p1", name="Bermet Asylbek kyzy", names=["Bermet Asylbek kyzy"], roles=["narrator", "relative", "victim"], gender="female",
      ethnicity="Kyrgyz", relations=[("sister", "p2"), ("daughter", "p4"), ("aunt", "p3")],
      violations=[("transnational.harassment", "a man who said he worked for the Artux police sent me a message asking for my home address and the names of the people in the room")]),
 dict(id="p2", name="Tilek Asylbek uulu", names=["Tilek Asylbek uulu", "Tilek"], roles=["victim"], gender="male", age=41,
      relations=[("brother", "p1"), ("son", "p4"), ("father", "p3")],
      violations=[
       ("surveillance.digital", "A border officer found WhatsApp on his phone and that was enough"),
       ("detention.arbitrary_arrest", "No charge was ever read to him"),
       ("detention.internment_camp", "to a walled compound that the local people called \"the school\""),
       ("torture.tiger_chair", "he sat strapped in an iron chair with a bar locked across his lap"),
       ("labour.forced_labour", "he was bussed every morning to a shoe factory in Kashgar city, where he glued soles for a wage he never received"),
      ]),
 dict(id="p3", name="Aiperi Tilek kyzy", names=["Aiperi Tilek kyzy"], roles=["relative", "victim"], gender="female", age=9,
      relations=[("daughter", "p2"), ("granddaughter", "p4"), ("niece", "p1")],
      violations=[("family.separation", "was moved to a state boarding school in Artux city, and her mother could see her only on Sundays")]),
 dict(id="p4", name="Asylbek Turdumamatov", names=["Asylbek Turdumamatov"], roles=["relative", "victim"], gender="male", age=70,
      relations=[("father", "p1"), ("father", "p2"), ("grandfather", "p3")],
      violations=[("movement.passport_confiscation", "took his passport and cut it in half in front of him")]),
 dict(id="p5", name="Han Dongsheng", names=["Han Dongsheng", "Han"], roles=["official", "perpetrator"], gender="male"),
]
PLACES = [
 dict(name="Xinjiang", names=["Xinjiang"]), dict(name="Artux", names=["Artux", "Artush", "Artux city"]),
 dict(name="Kizilsu Kyrgyz Autonomous Prefecture", names=["Kizilsu Kyrgyz Autonomous Prefecture"]),
 dict(name="Mississauga", names=["Mississauga"]), dict(name="Torugart Pass", names=["Torugart pass"]),
 dict(name="Kyrgyzstan", names=["Kyrgyzstan"]), dict(name="Kashgar city", names=["Kashgar city"]),
 dict(name="Ontario", names=["Ont."]),
]
DATES = [
 ("9 March 2026", "2026-03-09", "day"), ("March 3", "2026-03-03", "day"), ("since [[2012]]", "2012", "year"),
 ("14 May 2018", "2018-05-14", "day"), ("that same night", "2018-05-14", "day"), ("November 2019", "2019-11", "month"),
 ("April 2020", "2020-04", "month"), ("the summer of 2018", "2018", "year"), ("Last month", "2026-02", "month"),
]
EVENTS = [("arrest", "p2", "2018-05-14"), ("detention", "p2", "2018-05-14"), ("release", "p2", "2019-11")]
NEGATED = [("p2", "torture.beating", "He was not beaten, he insists"), ("p4", "detention.arbitrary_arrest", "He was not detained")]
FORBIDDEN = [("p3", "detention.internment_camp"), ("p1", "family.reprisal"), ("p4", "detention.internment_camp")]
