FILE = "en01_discharge_note.txt"; LANG = "en"; DOC_DATE = "2026-03-16"
NOTE = ("Almaty clinic discharge summary for a released Kazakh detainee. Not persons: attending physician 'Dr A. Seitova' / "
        "'Dr Seitova' (signing doctor, a credit), the clinic and the help desk (blocked organisation names). Name forms: passport "
        "order 'KADYRBEKOV Nurtas' (Russified), Chinese-ID pinyin 'Nuertasi Kadi'erbieke', 'Mr Kadyrbekuly' (title outside); son "
        "Yerlan Nurtasuly carries the father's given name. Numeric DD.MM.YYYY dates; 'Some five weeks later' -> 2017-12; "
        "'since 2023' citizenship year; '2017' of the stated weight is a year date. Denials: no tablets/injections, no court "
        "sentence (negated), son never held (negated; weekly reporting is not house arrest: forbidden). Wife abroad: "
        "transnational.harassment. Tekes town vs Tekes county are two places. A needle under a thumbnail = nail torture; two codes on one clause for standing at the wall for answering in Kazakh (language ban + stress position).")
BLOCK = ["ZHETYSU FAMILY CLINIC", "Atameken Family Help Desk"]
PERSONS = [
 dict(id="p1", name="Nurtas Kadyrbekuly", names=["KADYRBEKOV Nurtas", "Nuertasi Kadi'erbieke", "Kadyrbekuly"],
      roles=["victim", "witness"], gender="male", ethnicity="Kazakh", birth_year=1971, age=55, citizenship=["Kazakhstan"],
      relations=[("husband", "p2"), ("father", "p3")],
      violations=[
       ("detention.arbitrary_arrest", "took his mobile phone and drove him off without showing any paper"),
       ("detention.pretrial", "He was kept in the Tekes county detention centre"),
       ("detention.shackling", "his ankles were locked to a ring in the floor every night"),
       ("detention.internment_camp", "he was moved to a camp outside Tekes town"),
       ("indoctrination.political", "the days were filled with Chinese lessons and Party songs"),
       ("culture.language_ban", "anyone who answered a guard in Kazakh, himself included, had to stand facing the wall until the evening meal"),
       ("torture.stress_position", "anyone who answered a guard in Kazakh, himself included, had to stand facing the wall until the evening meal"),
       ("torture.beating", "struck him across the lower back with a rubber baton"),
       ("torture.nail_torture", "Gao Peng pushed a sewing needle under the nail of his left thumb"),
       ("ill_treatment.denied_medical_care", "His blood pressure tablets were taken from him when he arrived and never given back"),
       ("medical.biometric_collection", "Blood was drawn from him twice and his face was photographed \"from every side\""),
       ("movement.passport_confiscation", "His passport had already been collected by the village committee in 2016"),
      ]),
 dict(id="p2", name="Gulzhan Omarova", names=["Gulzhan Omarova"], roles=["relative", "witness"], gender="female", birth_year=1974,
      relations=[("wife", "p1"), ("mother", "p3")],
      violations=[("transnational.harassment", "a man calling from Tekes county telephoned her every few weeks, telling her to come back \"to sign some papers\"")]),
 dict(id="p3", name="Yerlan Nurtasuly", names=["Yerlan Nurtasuly"], roles=["relative"], gender="male", age=24,
      relations=[("son", "p1"), ("son", "p2")]),
 dict(id="p4", name="Gao Peng", names=["Gao Peng"], roles=["official", "perpetrator"], gender="male"),
]
PLACES = [
 dict(name="Almaty", names=["ALMATY", "Almaty"]),
 dict(name="Kazakhstan", names=["Republic of Kazakhstan", "Kazakhstan"]),
 dict(name="Tekes County", names=["Tekes county", "Tekesi"]),
 dict(name="Ili Kazakh Autonomous Prefecture", names=["Ili Kazakh Autonomous Prefecture"]),
 dict(name="China", names=["China"]),
 dict(name="Tekes town", names=["Tekes town"]),
 dict(name="Khorgos", names=["Khorgos"]),
]
DATES = [
 ("14.02.1971", "1971-02-14", "day"), ("since [[2023]]", "2023", "year"), ("02.03.2026", "2026-03-02", "day"),
 (("16.03.2026", 0), "2026-03-16", "day"), (("16.03.2026", 1), "2026-03-16", "day"),
 ("9 November 2017", "2017-11-09", "day"), ("Some five weeks later", "2017-12", "month"), ("April 2019", "2019-04", "month"),
 ("21 June 2019", "2019-06-21", "day"), ("committee in [[2016]]", "2016", "year"), ("born [[1974]]", "1974", "year"),
 ("here in [[2015]]", "2015", "year"), ("weight in [[2017]]", "2017", "year"),
]
EVENTS = [("arrest", "p1", "2017-11-09"), ("detention", "p1", "2017-11-09"), ("interrogation", "p1", None),
          ("transfer", "p1", "2017-12"), ("release", "p1", "2019-04"), ("exit", "p1", "2019-06-21")]
NEGATED = [("p1", "medical.forced_medication", "No tablets or injections were given to him there"),
           ("p1", "detention.prison_sentence", "No court ever sentenced him"),
           ("p3", "detention.arbitrary_arrest", "he has never been held himself")]
FORBIDDEN = [("p3", "detention.house_arrest"), ("p3", "detention.internment_camp"), ("p2", "detention.internment_camp"),
             ("p2", "family.reprisal")]
