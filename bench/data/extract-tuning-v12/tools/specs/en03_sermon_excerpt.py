FILE = "en03_sermon_excerpt.txt"; LANG = "en"; DOC_DATE = "2026-01-09"
NOTE = ("Friday sermon excerpt (second khutbah) in a Rotterdam mosque. Not persons: the unnamed imam (narrator), the media "
        "team, the member of parliament. 'Masjid Bilal Rotterdam' is the mosque's name (blocked). 'Mahmut aka' = the father "
        "(honorific outside the span); bare 'Mahmut' inside 'Hebibulla Mahmut'/'Patime Mahmut' is no mention of the father. "
        "Denials: Hebibulla 'was never arrested himself', Patime 'has not been taken anywhere' (negated), yet Patime is "
        "confined to the town (house arrest) and filmed reading a sheet (denunciation + confession + reprisal); the video "
        "sent to the brother in the Netherlands = transnational.harassment. Rumour of blindness: no code. 'Hundreds of imams' "
        "background. 'last Friday' -> 2026-01-02; 'October' -> 2025-10; 'Today'/'tonight' = document date; Qur'an reference "
        "'2:286' is no date. Seasons -> year. 'Hotan region' is a mention of Hotan Prefecture.")
BLOCK = ["Masjid Bilal Rotterdam"]
PERSONS = [
 dict(id="p1", name="Hebibulla Mahmut", names=["Hebibulla Mahmut", "Hebibulla"], roles=["relative", "victim"], gender="male",
      relations=[("son", "p2"), ("brother", "p3")],
      violations=[("transnational.harassment", "The video was sent to Hebibulla's phone the same evening")]),
 dict(id="p2", name="Mahmut Sawut", names=["Mahmut Sawut", "Mahmut"], roles=["victim"], gender="male", age=74,
      relations=[("father", "p1"), ("father", "p3")],
      violations=[
       ("culture.religious_ban", "he taught the children of his street to read the Qur'an at the back of the bakery. That was his crime"),
       ("detention.arbitrary_arrest", "put him in a van and drove him away. No paper, no reason given"),
       ("detention.incommunicado", "For eight months the family did not know whether he was alive"),
       ("disappearance.enforced", "For eight months the family did not know whether he was alive"),
       ("detention.prison_sentence", "a court in Hotan Prefecture gave Mahmut aka thirteen years"),
       ("labour.forced_labour", "sews work gloves in a prison workshop from morning until night, for no wage"),
      ]),
 dict(id="p3", name="Patime Mahmut", names=["Patime Mahmut", "Patime"], roles=["relative", "victim"], gender="female",
      relations=[("daughter", "p2"), ("sister", "p1")],
      violations=[
       ("coercion.forced_denunciation", "sat her in front of a camera and had her read from a sheet that her brother is \"a tool of hostile forces\""),
       ("coercion.forced_confession", "sat her in front of a camera and had her read from a sheet that her brother is \"a tool of hostile forces\""),
       ("family.reprisal", "after Hebibulla spoke to a Dutch newspaper, an officer named Ren Zhiqiang sat her in front of a camera"),
       ("detention.house_arrest", "Patime may not leave the town without a note from the neighbourhood committee"),
      ]),
 dict(id="p4", name="Ren Zhiqiang", names=["Ren Zhiqiang"], roles=["official", "perpetrator"], gender="male"),
]
PLACES = [
 dict(name="Qaraqash County", names=["Qaraqash county", "Moyu"]), dict(name="Medina", names=["Medina"]),
 dict(name="Netherlands", names=["Netherlands"]), dict(name="Qaraqash town", names=["Qaraqash town"]),
 dict(name="Hotan Prefecture", names=["Hotan Prefecture", "Hotan region"]), dict(name="Hotan city", names=["Hotan city"]),
]
DATES = [
 ("9 January 2026", "2026-01-09", "day"), ("last Friday", "2026-01-02", "day"), ("Today", "2026-01-09", "day"),
 ("in [[2015]] to study", "2015", "year"), ("since [[2019]]", "2019", "year"), ("the autumn of 2017", "2017", "year"),
 ("the summer of 2018", "2018", "year"), ("Last year", "2025", "year"), ("In [[October]], after", "2025-10", "month"),
 ("the same evening", "2025-10", "month"), ("since [[2017]]", "2017", "year"), ("tonight", "2026-01-09", "day"),
]
EVENTS = [("arrest", "p2", "2017"), ("detention", "p2", "2017"), ("disappearance", "p2", "2017"), ("sentencing", "p2", "2018")]
NEGATED = [("p1", "detention.arbitrary_arrest", "He was never arrested himself"),
           ("p3", "detention.arbitrary_arrest", "She has not been taken anywhere")]
FORBIDDEN = [("p3", "detention.internment_camp"), ("p1", "coercion.forced_denunciation"), ("p1", "family.reprisal")]
