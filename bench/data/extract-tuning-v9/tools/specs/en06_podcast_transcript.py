LANG = "en"; DATE = "2024-06-03"
TEXT = """
NORTHERN LIGHTS, DISTANT WALLS — a podcast about exile
Episode 41: "The student who came home"
Published 3 June 2024. Auto-generated transcript, corrected by the production team.

[music fades]

HOST: Welcome back. My guest today studied Islamic law in Cairo, went home when he was told to, and spent twenty-two months in custody. He has lived in Oslo since 2019. Erkin Tursunniyaz, thank you for coming.

ERKIN: Thank you for having me.

HOST: Let's start with the phone call.

ERKIN: My mother rang in April 2017. She was crying. She said the police wanted all the students from Egypt back, and that if I came quickly it would be "only a registration". I landed in Ürümchi on 6 May 2017. Two men in plain clothes were waiting at the gate. I never reached the exit.

HOST: Where did they take you?

ERKIN: To a detention centre in Ürümchi. For three nights they asked the same questions — who paid for Cairo, which mosque, who were my friends. Then I signed papers I could not read. I put my thumbprint on every page.

HOST: And then?

ERKIN: Then a small room with no window and no light, just me, for nine days. I counted the meals. The meals were a bun the size of my fist and a soup that was mostly water. Later, in a bigger cell, a nurse came every morning with white pills. She looked under our tongues to see that we had swallowed them.

HOST: Were you ever given electric shocks? Listeners have asked.

ERKIN: No. I saw the baton on the guard's belt, but it was never used on me. I don't want to add things.

HOST: You made a video, I think.

ERKIN: Yes. In the winter, in January — they opened the window and took our coats for a night because someone had whispered in Uyghur. Then, a few weeks after that, they filmed me. I read a text: that my years in Cairo were a mistake, that my teacher there was an extremist. I read it twice because I stumbled.

HOST: Your family was affected too.

ERKIN: My father, Tursunniyaz Mollaxun, was taken to the camp in Turpan in May 2018, in Ramadan. They made him eat lunch in front of them. He came home in the spring of 2020, thinner, and he does not talk about it.

HOST: When were you released?

ERKIN: March 2019. I was told to be grateful. I left through Kyrgyzstan that September, and I got my papers here last spring.

HOST: Erkin, thank you.

[music]

HOST: Northern Lights, Distant Walls is produced by volunteers. Transcripts may contain errors.
"""
NOTE = ("Podcast transcript (show title, episode line with the publication date, HOST label = not a person, ERKIN label = a "
        "mention of the guest); 'only a registration' + taken at the airport gate on 2017-05-06 = arbitrary_arrest "
        "(arrest+detention); three nights of questions = interrogation (from the arrival day, 2017-05-06) in a detention centre (pretrial); papers signed "
        "unread + thumbprint = forced_confession, later filmed read-out = forced_denunciation + forced_confession; dark room alone "
        "= solitary_confinement; bun and watery soup = food_deprivation; pills checked under tongues = forced_medication; window "
        "opened and coats taken in January (2018) = exposure, punishment for whispering in Uyghur = language_ban; 'No. … never "
        "used on me' negated (electric_shock); the father taken to the Turpan camp in Ramadan May 2018 (arrest+detention, "
        "internment_camp, religious_ban), release 'the spring of 2020' (year); release March 2019, exit 'that September' "
        "(2019-09) via Kyrgyzstan; 'last spring' -> 2024 (not an event); Cairo studies abroad are not an event.")
P = [
 dict(id="p1", name="Erkin Tursunniyaz", names=["Erkin Tursunniyaz", "ERKIN", "Erkin"], roles=["narrator", "victim", "witness", "relative"],
      gender="male", relations=[("son", "p2")],
      violations=[
       ("detention.arbitrary_arrest", "Two men in plain clothes were waiting at the gate. I never reached the exit."),
       ("detention.pretrial", "To a detention centre in Ürümchi."),
       ("coercion.forced_confession", "I signed papers I could not read. I put my thumbprint on every page."),
       ("detention.solitary_confinement", "a small room with no window and no light, just me, for nine days"),
       ("ill_treatment.food_deprivation", "The meals were a bun the size of my fist and a soup that was mostly water."),
       ("medical.forced_medication", "a nurse came every morning with white pills. She looked under our tongues to see that we had swallowed them."),
       ("torture.exposure", "they opened the window and took our coats for a night"),
       ("culture.language_ban", "because someone had whispered in Uyghur"),
       ("coercion.forced_denunciation", "they filmed me. I read a text: that my years in Cairo were a mistake, that my teacher there was an extremist."),
      ]),
 dict(id="p2", name="Tursunniyaz Mollaxun", names=["Tursunniyaz Mollaxun"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p1")],
      violations=[("detention.internment_camp", "was taken to the camp in Turpan in May 2018"),
                  ("detention.arbitrary_arrest", "was taken to the camp in Turpan in May 2018"),
                  ("culture.religious_ban", "in Ramadan. They made him eat lunch in front of them.")]),
]
PL = [("Cairo", ["Cairo"]), ("Oslo", ["Oslo"]), ("Egypt", ["Egypt"]), ("Ürümqi", ["Ürümchi"]), ("Turpan", ["Turpan"]),
      ("Kyrgyzstan", ["Kyrgyzstan"])]
D = [("3 June 2024", "2024-06-03"), ("2019", "2019"), ("April 2017", "2017-04"), ("6 May 2017", "2017-05-06"),
     ("January", "2018-01"), ("May 2018", "2018-05"), ("the spring of 2020", "2020"), ("March 2019", "2019-03"),
     ("that September", "2019-09"), ("last spring", "2024")]
E = [("arrest", "p1", "2017-05-06"), ("detention", "p1", "2017-05-06"), ("interrogation", "p1", "2017-05-06"),
     ("release", "p1", "2019-03"), ("exit", "p1", "2019-09"),
     ("arrest", "p2", "2018-05"), ("detention", "p2", "2018-05"), ("release", "p2", "2020")]
NEG = [("p1", "torture.electric_shock", "No. I saw the baton on the guard's belt, but it was never used on me.")]
FORB = [("p1", "detention.internment_camp"), ("p1", "torture.beating")]
