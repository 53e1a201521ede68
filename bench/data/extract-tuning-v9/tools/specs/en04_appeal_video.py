LANG = "en"; DATE = "2022-11-07"
TEXT = """
[Transcript of a video appeal, 3 min 40 s, posted 7 November 2022. Uyghur with the speaker's own English subtitles; subtitles reproduced as shown. Transcribed by a volunteer.]

[On-screen text: PLEASE SHARE — #FreeRahmetulla]

[A young woman sits in front of a bookshelf. She holds up a Canadian passport, then a photograph of a man in a grey suit.]

My name is Sabina Rahmetulla. I am twenty-four years old and I am a Canadian citizen. I live in Toronto. This is my father, Rahmetulla Yasin. He was born in 1966 in Aksu. He sold dried fruit; he was not a political person.

In August 2017 he came back from a business trip to Turkey. Four days later, on 19 August 2017, police from our district came to the shop and took him. They did not show any paper. My grandmother went to the station every day. They told her he had gone "to study for a few months" and that she should be grateful to the Party.

For two years nobody told us where he was. Not the police, not the court, nobody. We did not know if he was alive.

Then, in 2019, a cousin who had shared his cell in the Aksu detention centre came out. He said my father was questioned through a whole night in an iron chair, his arms and legs locked to it, the autumn he arrived. They pushed needles under two of his fingernails to make him name his friends in Turkey. He said the guards made them sit on plastic stools from morning to night, not moving, for weeks.

In 2020 an uncle learned that my father had received twenty years. Twenty years. We have never seen a verdict.

My mother, Zöhre Mettursun, is still in Aksu. Her passport was taken by the police "for safekeeping" in 2016 and never returned, so she cannot come to me. She has not been sent anywhere herself — she stays at home with my grandmother.

Last month she called me on video. A man I did not know stood behind her. She said, reading from her phone: "Your father is well. Stop making videos." After the call she sent me one word: "Sorry."

I am asking the Canadian government, and anyone who sees this: please ask China where my father is and what he is accused of. Please share this video.

[She puts the photograph down. End of recording.]
"""
NOTE = ("Transcript of a relative's appeal video (bracketed header with posting date, on-screen text, stage descriptions); "
        "narrator Sabina Rahmetulla carries her father's given name; the hashtag #FreeRahmetulla is not a mention; 'Canadian passport/citizen/government' are adjectives, not place mentions (citizenship from 'I am a Canadian citizen'); 'took him … "
        "did not show any paper' on 2017-08-19 after a trip to Turkey = arbitrary_arrest with arrest+detention; 'to study' "
        "is the police euphemism told to the grandmother but the only place of custody stated is a detention centre (pretrial, "
        "internment_camp forbidden); 'For two years nobody told us where he was' = incommunicado + disappearance (event at the "
        "taking, 2017-08-19); interrogation 'the autumn he arrived' (2017) in 'an iron chair, his arms and legs locked to it' = "
        "tiger_chair, told by a released cellmate; stools from morning to night = stress_position; 'had received twenty years' = "
        "sentence learnt in 2020 (sentencing date null); mother's passport taken 'for safekeeping' in 2016 = passport_confiscation; "
        "'She has not been sent anywhere herself' negated (internment_camp); scripted video call 'Last month' (2022-10) = "
        "transnational.harassment for the daughter and family.reprisal for the mother; the grandmother is unnamed.")
P = [
 dict(id="p1", name="Sabina Rahmetulla", names=["Sabina Rahmetulla"], roles=["narrator", "relative", "victim"], gender="female",
      age=24, citizenship=["Canada"], relations=[("daughter", "p2"), ("daughter", "p3")],
      violations=[("transnational.harassment", "She said, reading from her phone: \"Your father is well. Stop making videos.\"")]),
 dict(id="p2", name="Rahmetulla Yasin", names=["Rahmetulla Yasin"], roles=["victim"], gender="male", birth_year=1966,
      relations=[("father", "p1"), ("husband", "p3")],
      violations=[
       ("detention.arbitrary_arrest", "police from our district came to the shop and took him. They did not show any paper."),
       ("detention.incommunicado", "For two years nobody told us where he was. Not the police, not the court, nobody."),
       ("disappearance.enforced", "We did not know if he was alive."),
       ("detention.pretrial", "a cousin who had shared his cell in the Aksu detention centre"),
       ("torture.tiger_chair", "my father was questioned through a whole night in an iron chair, his arms and legs locked to it"),
       ("torture.nail_torture", "They pushed needles under two of his fingernails to make him name his friends in Turkey."),
       ("torture.stress_position", "the guards made them sit on plastic stools from morning to night, not moving, for weeks"),
       ("detention.prison_sentence", "my father had received twenty years"),
      ]),
 dict(id="p3", name="Zöhre Mettursun", names=["Zöhre Mettursun"], roles=["relative", "victim"], gender="female",
      relations=[("mother", "p1"), ("wife", "p2")],
      violations=[("movement.passport_confiscation", "Her passport was taken by the police \"for safekeeping\" in 2016 and never returned, so she cannot come to me."),
                  ("family.reprisal", "A man I did not know stood behind her. She said, reading from her phone")]),
]
PL = [("Toronto", ["Toronto"]), ("Aksu", ["Aksu"]), ("Turkey", ["Turkey"]), ("China", ["China"])]
D = [("7 November 2022", "2022-11-07"), ("1966", "1966"), ("August 2017", "2017-08"), ("19 August 2017", "2017-08-19"),
     ("2019", "2019"), ("the autumn he arrived", "2017"), ("2020", "2020"), ("2016", "2016"), ("Last month", "2022-10")]
E = [("arrest", "p2", "2017-08-19"), ("detention", "p2", "2017-08-19"), ("disappearance", "p2", "2017-08-19"),
     ("interrogation", "p2", "2017"), ("sentencing", "p2", None)]
NEG = [("p3", "detention.internment_camp", "She has not been sent anywhere herself")]
FORB = [("p2", "detention.internment_camp"), ("p3", "detention.arbitrary_arrest"), ("p2", "death.in_custody")]
