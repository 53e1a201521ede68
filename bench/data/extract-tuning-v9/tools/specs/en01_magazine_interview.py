LANG = "en"; DATE = "2025-03-14"
TEXT = """
THE LONG READ | CONVERSATIONS
"They called it a school. I called it a cage."
Issue 112, 14 March 2025

Nurnisa Ekber, 48, was a pharmacist in Ghulja until the winter of 2018. She now lives in Istanbul, where she spoke to us over three afternoons. The interview has been condensed.

Where does your story begin?
With a phone call. A neighbourhood officer rang on 9 February 2018 and said my passport needed "a small correction". I went to the station on Jiefang Road in my slippers. I did not come home for twenty months.

What happened at the station?
Nobody corrected anything. They photographed my face from three sides, pressed all ten fingers into a machine and took blood from my arm. Then a woman officer put a black hood over my head. That night I slept on a metal bench, one wrist chained to it.

And after that?
Eleven days later I was driven to what the sign called a vocational skills education centre, on the road to Yining county. I never learned a skill there. We learned songs. Forty-one women in a room built for twelve, one bucket in the corner for all of us.

Were you ever allowed to speak Uyghur?
A word of it cost you your meal. The director, Liu Jianguo, said our mother tongue was "the soil of extremism". We sang "The Party is our mother, the Party is our sun" before every bowl of rice.

Were you hurt physically?
They slapped me, kicked me when I was slow to stand. I want to be exact: I was not raped. Other women were taken out at night and I cannot speak for them.

There was a medical examination, too?
In May a doctor fitted something inside me. Nobody asked. I understood only in Turkey, from an X-ray, that it was a coil.

What became of your husband?
Kamil Rozaxun was taken two weeks after me. In the autumn of 2019 his sister told us he had been given seventeen years. For what, nobody has said. Our son Elyar Kamil was twelve; he was put in a boarding school and I have not heard his voice since.

How did you get out?
They released me in October 2019, on the condition I report to the committee every morning. A cousin in Istanbul found a lawyer. I flew out in January 2020, and I was not stopped at the airport, which still surprises me.
"""
NOTE = ("Magazine long-read interview (Q&A, rubric, issue line gives the document date); first-person narrator Nurnisa Ekber "
        "named in the standfirst; 'a small correction' of a passport = pretext summons (arbitrary_arrest) with arrest+detention at "
        "2018-02-09; 'slept on a metal bench, one wrist chained' at the station = pretrial + shackling; euphemism 'vocational skills "
        "education centre' = internment_camp, transfer 'Eleven days later' (2018-02-20); 'Forty-one women in a room built for twelve' = "
        "overcrowding; photo/fingerprints/blood = biometric; 'fitted something inside me … it was a coil' spread over two sentences = "
        "forced_contraception; 'I was not raped' negated; husband 'taken two weeks after me' -> 2018-02 arrest+detention, sentence "
        "learnt in autumn 2019 (sentencing date null); son placed in boarding school = family.separation; reporting every morning "
        "after release is not confinement (house_arrest forbidden); Jiefang Road and the sung Party slogan contain no person or place.")
P = [
 dict(id="p1", name="Nurnisa Ekber", names=["Nurnisa Ekber"], roles=["narrator", "victim", "witness", "relative"],
      gender="female", age=48, relations=[("wife", "p2"), ("mother", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "said my passport needed \"a small correction\""),
       ("detention.pretrial", "That night I slept on a metal bench, one wrist chained to it."),
       ("detention.shackling", "one wrist chained to it"),
       ("medical.biometric_collection", "They photographed my face from three sides, pressed all ten fingers into a machine and took blood from my arm."),
       ("detention.internment_camp", "I was driven to what the sign called a vocational skills education centre"),
       ("detention.overcrowding", "Forty-one women in a room built for twelve"),
       ("ill_treatment.denied_hygiene", "one bucket in the corner for all of us"),
       ("indoctrination.political", "We sang \"The Party is our mother, the Party is our sun\" before every bowl of rice."),
       ("culture.language_ban", "A word of it cost you your meal."),
       ("torture.beating", "They slapped me, kicked me when I was slow to stand."),
       ("reproductive.forced_contraception", "In May a doctor fitted something inside me. Nobody asked."),
       ("family.separation", "he was put in a boarding school and I have not heard his voice since"),
      ]),
 dict(id="p2", name="Kamil Rozaxun", names=["Kamil Rozaxun"], roles=["victim", "relative"], gender="male",
      relations=[("husband", "p1"), ("father", "p4")],
      violations=[("detention.arbitrary_arrest", "Kamil Rozaxun was taken two weeks after me"),
                  ("detention.prison_sentence", "he had been given seventeen years")]),
 dict(id="p3", name="Liu Jianguo", names=["Liu Jianguo"], roles=["official", "perpetrator"], gender="male"),
 dict(id="p4", name="Elyar Kamil", names=["Elyar Kamil"], roles=["victim", "relative"], gender="male", age=12,
      relations=[("son", "p1"), ("son", "p2")],
      violations=[("family.separation", "he was put in a boarding school")]),
]
PL = [("Ghulja", ["Ghulja"]), ("Istanbul", ["Istanbul"]), ("Yining County", ["Yining county"]), ("Turkey", ["Turkey"])]
D = [("14 March 2025", "2025-03-14"), ("the winter of 2018", "2018"), ("9 February 2018", "2018-02-09"),
     ("Eleven days later", "2018-02-20"), ("two weeks after me", "2018-02"), ("May", "2018-05"), ("the autumn of 2019", "2019"), ("October 2019", "2019-10"), ("January 2020", "2020-01")]
E = [("arrest", "p1", "2018-02-09"), ("detention", "p1", "2018-02-09"), ("transfer", "p1", "2018-02-20"),
     ("release", "p1", "2019-10"), ("exit", "p1", "2020-01"),
     ("arrest", "p2", "2018-02"), ("detention", "p2", "2018-02"), ("sentencing", "p2", None)]
NEG = [("p1", "sexual_violence.rape", "I was not raped")]
FORB = [("p1", "detention.house_arrest"), ("p1", "movement.passport_confiscation"), ("p2", "death.in_custody"),
        ("p4", "detention.internment_camp")]
