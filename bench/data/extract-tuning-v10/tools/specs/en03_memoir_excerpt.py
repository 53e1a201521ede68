LANG = "en"; DATE = "2024-10-02"
NOTE = ("Memoir excerpt (title, chapter, reprint line with the document date); first-person author Arslan Hoshur named only in the byline (narrator). "
        "Arrest told as 'They came for me on the night of 11 April 2018' with no accusation (arrest + detention 2018-04-11); the phone 'borrowed for a routine look' = digital surveillance; "
        "four days in the county police building (pretrial, interrogation 2018-04); restraint chair described without its name; 'slapped the table beside my ear' is no beating (forbidden) but the waking is sleep deprivation; "
        "'a black baton that buzzed' = electric shock; 'I signed whatever' = forced confession; transfer to the camp 2018-04. Collective camp conditions ('Forty of us', 'Chains joined our ankles', tablets, Uyghur ban) are coded for the narrator. "
        "Fingernails: 'Not in my room, not to me' negated. Qurbanjan Emet (63) died in the camp (death.in_custody, death 2019-02-06) though his son was told 'at home'; his bloody cough left untreated by guards = denied medical care. "
        "Wang Lei is the official. 'January' -> 2019-01; 'the following summer' -> 2020 (exit).")
P = [
 dict(id="p1", name="Arslan Hoshur", names=["Arslan Hoshur"], roles=["narrator", "victim", "witness"], gender="male",
      relations=[("husband", "p2")],
      violations=[("surveillance.digital", "the neighbourhood official borrowed my phone \"for a routine look\" and found a Turkish news channel on it"),
                  ("detention.arbitrary_arrest", "Nobody said what I was accused of, then or later."),
                  ("detention.pretrial", "The first four days are a blur of the interrogation room in the county police building."),
                  ("torture.tiger_chair", "I sat in the iron chair with a bar locked across my lap and my ankles clipped to its legs"),
                  ("torture.sleep_deprivation", "Whenever my head dropped, the man behind me slapped the table beside my ear. I do not think I slept more than an hour in those four days."),
                  ("torture.electric_shock", "Wang Lei took out a black baton that buzzed, and touched it twice to my thigh"),
                  ("coercion.forced_confession", "I signed whatever they put in front of me."),
                  ("detention.internment_camp", "After that came the camp in Qaraqash itself, a former middle school."),
                  ("detention.overcrowding", "Forty of us lived in a room meant for twelve"),
                  ("detention.shackling", "Chains joined our ankles even at the table"),
                  ("ill_treatment.denied_hygiene", "in nine months I washed properly perhaps three times"),
                  ("medical.forced_medication", "Each week a nurse handed out white tablets and watched us swallow them"),
                  ("culture.language_ban", "We were told that a single sentence in Uyghur would cost the whole room its supper")]),
 dict(id="p2", name="Aygul", names=["Aygul"], roles=["witness", "relative"], gender="female", relations=[("wife", "p1")]),
 dict(id="p3", name="Qurbanjan Emet", names=["Qurbanjan Emet"], roles=["victim"], gender="male", age=63,
      violations=[("detention.internment_camp", "My bench-mate was Qurbanjan Emet"),
                  ("ill_treatment.denied_medical_care", "He coughed blood all through January, and the guards called it \"performance\""),
                  ("death.in_custody", "On 6 February 2019 he did not get up, and they carried him out on a blanket")]),
 dict(id="p4", name="Wang Lei", names=["Wang Lei"], roles=["official", "perpetrator"], gender="male"),
]
PL = [("Qaraqash", ["Qaraqash"]), ("Kazakhstan", ["Kazakhstan"])]
D = [("2 October 2024", "2024-10-02"), ("the night of 11 April 2018", "2018-04-11"), ("January", "2019-01"), ("6 February 2019", "2019-02-06"),
     ("2 January 2020", "2020-01-02"), ("the following summer", "2020")]
E = [("arrest", "p1", "2018-04-11"), ("detention", "p1", "2018-04-11"), ("interrogation", "p1", "2018-04"), ("transfer", "p1", "2018-04"),
     ("release", "p1", "2020-01-02"), ("exit", "p1", "2020"), ("death", "p3", "2019-02-06")]
NEG = [("p1", "torture.nail_torture", "Not in my room, not to me.")]
FORB = [("p1", "torture.beating"), ("p2", "detention.arbitrary_arrest"), ("p1", "detention.prison_sentence")]
