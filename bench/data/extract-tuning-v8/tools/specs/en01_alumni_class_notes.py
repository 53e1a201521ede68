FILE = "en01_alumni_class_notes.txt"
LANG = "en"
DATE = "2024-05-15"
NOTE = ("University alumni magazine class notes: masthead and compiler (class secretary, unnamed) not persons; 'Class of 2009' "
        "is a year date; two unrelated alumni (Hendrika Wijma, Pieter-Jan Oosterhuis) are persons with role other. Dilnaz Abliz <- "
        "Abliz Rozimet (father's given name), brother Erkin Abliz. Kuchar county = Kuqa = Kuchar (one place); facility 'Kuchar "
        "vocational skills school'. Erkin 'not locked up himself' (negated) but passport taken; threat call by Qi Jianjun to Dilnaz "
        "abroad = transnational.harassment for her, family.reprisal for Erkin. Ankles clamped for whispering a prayer = shackling + "
        "religious ban. Sentence learned 'the following spring' (sentencing date null). Rumour of move to Korla not gold. 'Last "
        "month' on the notes date. Bunkmate Ehmet Tursun coded internment camp; exit with null date (only arrival in Turkey dated).")
ORGS = ["VAN HOUTEN UNIVERSITY ALUMNI MAGAZINE"]
PERSONS = [
    P("p1", "Hendrika Wijma", ["Hendrika Wijma"], ["other"], gender="female"),
    P("p2", "Dilnaz Abliz", ["Dilnaz Abliz", "Dilnaz"], ["witness", "relative", "victim"], gender="female",
      citizenship=["Netherlands"], rel=[("daughter", "p3"), ("sister", "p5")],
      viol=[("transnational.harassment", "an officer named Qi Jianjun telephoned me in Utrecht and said Erkin would 'have trouble' if I spoke to journalists again")]),
    P("p3", "Abliz Rozimet", ["Abliz Rozimet"], ["victim"], gender="male", age=68,
      rel=[("father", "p2"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "was collected from his garden by the neighbourhood police in October 2017. He was 68. Nobody showed my mother a document"),
            ("detention.internment_camp", "he sat in a hall of the Kuchar vocational skills school with about two hundred men"),
            ("indoctrination.political", "he recited party songs every morning and had to write a weekly essay of repentance"),
            ("detention.shackling", "clamped his ankles together for a whole week"),
            ("culture.religious_ban", "clamped his ankles together for a whole week because he had whispered a prayer before eating"),
            ("detention.prison_sentence", "A judge there gave him eleven years"),
            ("detention.incommunicado", "I have not heard my father's voice since the spring of 2018")]),
    P("p4", "Ehmet Tursun", ["Ehmet Tursun", "Ehmet"], ["witness", "victim"], gender="male",
      viol=[("detention.internment_camp", "A man who shared his bunk, Ehmet Tursun")]),
    P("p5", "Erkin Abliz", ["Erkin Abliz", "Erkin"], ["relative", "victim"], gender="male",
      rel=[("son", "p3"), ("brother", "p2")],
      viol=[("movement.passport_confiscation", "they took his passport at the county office"),
            ("family.reprisal", "said Erkin would 'have trouble' if I spoke to journalists again")]),
    P("p6", "Qi Jianjun", ["Qi Jianjun"], ["official", "perpetrator"], gender="male"),
    P("p7", "Pieter-Jan Oosterhuis", ["Pieter-Jan Oosterhuis"], ["other"], gender="male"),
]
PLACES = [
    L("Leeuwarden", ["Leeuwarden"]),
    L("Utrecht", ["Utrecht"]),
    L("Kuqa County", ["Kuchar county", "Kuqa", "Kuchar"]),
    L("Aksu Prefecture", ["Aksu prefecture"]),
    L("Turkey", ["Turkey"]),
    L("Shayar County", ["Shayar"]),
    L("Korla", ["Korla"]),
    L("Nairobi", ["Nairobi"]),
]
DATES = [
    D("Class of [[2009]]", "2009", "year"),
    D("15 May 2024", "2024-05-15", "day"),
    D("since [[2012]]", "2012", "year"),
    D("citizen in [[2019]]", "2019", "year"),
    D("October 2017", "2017-10", "month"),
    D("March 2018", "2018-03", "month"),
    D("Turkey in [[2021]]", "2021", "year"),
    D("the winter of 2018", "2018", "year"),
    D("the following spring", "2019", "year"),
    D("Last month", "2024-04", "month"),
    D("the spring of 2018", "2018", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017-10"),
    ("detention", "p3", "2017-10"),
    ("transfer", "p3", "2018"),
    ("sentencing", "p3", None),
    ("exit", "p4", None),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Erkin was not locked up himself")]
FORBIDDEN = [("p5", "detention.internment_camp"), ("p5", "detention.pretrial"), ("p2", "detention.arbitrary_arrest")]
