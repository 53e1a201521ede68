LANG = "en"; DATE = "2025-03-14"
NOTE = ("Community radio call-in transcript; HOST and CALLER labels are not persons; station name is no place; two callers name themselves (narrators). "
        "Hoshur Qurban's arrest is told without the word ('Two men in plain clothes were already sitting in his yard') -> arrest + detention 2017-02; "
        "'county lock-up' = pretrial, 'school for transforming thinking' = internment camp; transfer after 'some weeks' has no determinate month (date null); "
        "mother told nothing about whether he was alive = incommunicado + disappearance; sentence heard via a cousin (sentencing 2019 as stated). "
        "The unnamed mother's passport is taken because her son speaks on radio: transnational.harassment for Nurmemet, no person for the mother, passport code forbidden for Nurmemet. "
        "Ekrem Yasin 'was not taken' (negated). Mehriban: summons to a 'meeting' = arbitrary arrest (arrest + detention 2018-10-09); 'She was not beaten, she says' negated although the caller doubts it; "
        "cannot leave Ghulja city = house arrest. 'last spring' -> 2024, 'last year' -> 2024, 'January' -> 2025-01; Ghulja and 'Ghulja city' one place.")
P = [
 dict(id="p1", name="Nurmemet Qurban", names=["Nurmemet Qurban", "Nurmemet"], roles=["narrator", "relative", "victim"], gender="male",
      relations=[("brother", "p2")],
      violations=[("transnational.harassment", "because I speak on programmes like this one, had her passport taken by the police last year")]),
 dict(id="p2", name="Hoshur Qurban", names=["Hoshur Qurban", "Hoshur"], roles=["victim", "relative"], gender="male",
      relations=[("brother", "p1")],
      violations=[("detention.arbitrary_arrest", "Two men in plain clothes were already sitting in his yard when he got home. Nobody showed a paper."),
                  ("detention.pretrial", "They drove him to the county lock-up"),
                  ("detention.internment_camp", "to what the neighbourhood committee called a \"school for transforming thinking\""),
                  ("detention.incommunicado", "told her nothing about where he slept or whether he was alive"),
                  ("disappearance.enforced", "told her nothing about where he slept or whether he was alive"),
                  ("indoctrination.political", "Hoshur was made to sing the same red songs morning and evening"),
                  ("ill_treatment.food_deprivation", "twice he was kept without food for a whole day"),
                  ("culture.religious_ban", "twice he was kept without food for a whole day because a guard saw his lips moving at prayer time"),
                  ("detention.prison_sentence", "a court in Kashgar gave him thirteen years")]),
 dict(id="p3", name="Gulbahar Tursun", names=["Gulbahar Tursun", "Gulbahar"], roles=["narrator", "relative", "victim"], gender="female",
      relations=[("wife", "p4"), ("sister", "p5")],
      violations=[("transnational.harassment", "a policeman rang me here, in Amsterdam, twice in January, telling me to \"come home and look after your sister\"")]),
 dict(id="p4", name="Ekrem Yasin", names=["Ekrem Yasin"], roles=["relative"], gender="male", relations=[("husband", "p3")]),
 dict(id="p5", name="Mehriban Tursun", names=["Mehriban Tursun"], roles=["victim", "relative"], gender="female",
      relations=[("sister", "p3")],
      violations=[("detention.arbitrary_arrest", "was called to a \"meeting\" at the township office on 9 October 2018 and did not come home"),
                  ("detention.internment_camp", "For ten months she was in the camp on the road to Yengiyer"),
                  ("medical.biometric_collection", "the women were lined up for blood and that someone photographed their eyes from very close"),
                  ("detention.house_arrest", "she cannot leave Ghulja city and must sign in at the police post every Monday")]),
]
PL = [("Istanbul", ["Istanbul"]), ("Peyziwat County", ["Peyziwat county"]), ("Kashgar", ["Kashgar"]), ("Almaty", ["Almaty"]),
      ("Amsterdam", ["Amsterdam"]), ("Ghulja", ["Ghulja", "Ghulja city"]), ("Yengiyer", ["Yengiyer"])]
D = [("14 March 2025", "2025-03-14"), ("February 2017", "2017-02"), ("2019", "2019"), ("last spring", "2024"), ("last year", "2024"),
     ("9 October 2018", "2018-10-09"), ("August 2019", "2019-08"), ("January", "2025-01")]
E = [("arrest", "p2", "2017-02"), ("detention", "p2", "2017-02"), ("transfer", "p2", None), ("sentencing", "p2", "2019"),
     ("arrest", "p5", "2018-10-09"), ("detention", "p5", "2018-10-09"), ("release", "p5", "2019-08")]
NEG = [("p4", "detention.arbitrary_arrest", "was not taken"), ("p5", "torture.beating", "She was not beaten, she says")]
FORB = [("p1", "movement.passport_confiscation"), ("p2", "death.in_custody"), ("p5", "family.reprisal"), ("p3", "detention.arbitrary_arrest")]
