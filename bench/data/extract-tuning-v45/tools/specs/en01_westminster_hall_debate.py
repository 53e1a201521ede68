FILE = "en01_westminster_hall_debate.txt"
LANG = "en"
DATE = "2025-03-11"
NOTE = ("Hansard-style Westminster Hall debate excerpt (heading, volume line, chair, clock times, speaker labels with "
        "constituency and party, an interjection, an intervention, the minister's reply, procedural lines). The MP "
        "retells his constituent's account in the third person. Nurbuvi Sopur: taken from her flat 'to study' in April "
        "2018 = arbitrary arrest + camp (reading 1; hearsay from a cousin stated without hedge), released 2020, passport "
        "taken and cannot travel to her son = passport + separation. The embassy's 'was never detained' is a state denial "
        "the text contradicts: no negation, the acts stay gold. Ekrem Sopur: taken into custody 9 June 2019 in Kashgar = "
        "arbitrary arrest; no one told the family where = disappearance + incommunicado (reading 2). Dunmore's question "
        "whether he was put on trial states nothing: no sentencing event, no prison code. Members, chair and minister "
        "are role other. Constituency names in speaker labels are labels, not place mentions. Sitting date 11 March "
        "2025; 'last autumn' = 2024; officials' démarche 14 January 2025 is dated but no event of a victim.")
ORGS = ["Ealing Central and Acton", "Bath"]
PERSONS = [
    P("p1", "Philippa Crosland", ["Philippa Crosland", "Philippa"], ["other"], gender="female"),
    P("p2", "Tom Ashdown", ["Tom Ashdown"], ["other"], gender="male"),
    P("p3", "Alimjan Sopur", ["Alimjan Sopur", "Sopur"], ["relative"], gender="male",
      rel=[("son", "p4"), ("brother", "p5")], skip=["Mrs [[Sopur]]"]),
    P("p4", "Nurbuvi Sopur", ["Nurbuvi Sopur", "Sopur"], ["victim"], gender="female", age=68,
      rel=[("mother", "p3")], skip=["Mr [[Sopur]]'s"],
      viol=[("detention.arbitrary_arrest", "police came to her flat in Aksu and took her away"),
            ("detention.internment_camp", "she was held in the re-education centre on the edge of Aksu"),
            ("movement.passport_confiscation", "her passport was taken"),
            ("family.separation", "she cannot travel to London to see her son")]),
    P("p5", "Ekrem Sopur", ["Ekrem Sopur"], ["victim"], gender="male", rel=[("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "He was taken into custody in Kashgar on 9 June 2019"),
            ("disappearance.enforced", "no one has told the family where he is held"),
            ("detention.incommunicado", "no one has told the family where he is held")]),
    P("p6", "Rachel Dunmore", ["Rachel Dunmore"], ["other"], gender="female"),
    P("p7", "Callum Ritchie", ["Callum Ritchie"], ["other"], gender="male"),
]
PLACES = [L("Xinjiang", ["Xinjiang"]), L("Aksu", ["Aksu"]), L("London", ["London"]), L("Kashgar", ["Kashgar"]),
          L("Beijing", ["Beijing"])]
DATES = [D("11 March 2025", "2025-03-11", "day"), D("last autumn", "2024", "year"), D("April 2018", "2018-04", "month"),
         D("2020", "2020", "year"), D("9 June 2019", "2019-06-09", "day"), D("14 January 2025", "2025-01-14", "day")]
EVENTS = [("arrest", "p4", "2018-04"), ("detention", "p4", "2018-04"), ("release", "p4", "2020"),
          ("arrest", "p5", "2019-06-09"), ("detention", "p5", "2019-06-09")]
NEGATED = []
FORBIDDEN = []
