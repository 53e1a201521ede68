LANG = "en"; DATE = "2024-06-11"
NOTE = ("Worker's statement to a social-compliance auditor in Q/A form; Q/A labels, the interpreter and the interviewer's note are not persons. "
        "Abduqadir Nasir (27) describes a labour transfer he could not refuse ('surplus labour' list, 'saying no was not something I could do', cannot resign) = forced labour; flag, anthem, Party talks and Mandarin tests = indoctrination; "
        "no Uyghur after lights = language ban; staff watching that everyone ate in Ramadan = religious ban; phone checks = digital, face-scanning gate = checkpoint. 'Nobody hit me there' and 'I was never in a camp myself' are negated. "
        "His father is unnamed (no person; 'Nasir' is only in the son's name): his 2017 'study' and release are not gold events. "
        "Zulhumar Ebeydulla walked out to a car by the team leader and two policemen after asking to go home (arrest + detention 2024-04, from 'at the start of April' + 'Two weeks later'), 'study some more' at the centre = camp, nobody has heard from her = disappearance + incommunicado; her husband Sattar Mamut is only turned away (reprisal forbidden). "
        "'last autumn' -> 2023; 'the Ramadan of 2023' -> 2023.")
P = [
 dict(id="p1", name="Abduqadir Nasir", names=["Abduqadir Nasir"], roles=["narrator", "victim", "witness"], gender="male", age=27,
      violations=[("labour.forced_labour", "the village committee put my name on a list of \"surplus labour\". I did not apply."),
                  ("indoctrination.political", "Every Monday the flag, the anthem, and a talk on the Party's kindness. Evening classes in Mandarin three nights a week, with a test."),
                  ("culture.language_ban", "In the dormitory we may not speak Uyghur after the lights; the monitor writes down who does."),
                  ("culture.religious_ban", "During the Ramadan of 2023 the cafeteria staff stood beside our tables at noon to see that every one of us ate."),
                  ("surveillance.digital", "A man from the labour bureau checks our phones on Sundays"),
                  ("surveillance.checkpoint", "we pass through a gate that scans our faces four times a day")]),
 dict(id="p2", name="Zulhumar Ebeydulla", names=["Zulhumar Ebeydulla"], roles=["victim", "relative"], gender="female",
      relations=[("wife", "p3")],
      violations=[("detention.arbitrary_arrest", "Two weeks later the team leader and two policemen walked her out of the dormitory to a car."),
                  ("detention.internment_camp", "she had gone to \"study some more\" at the centre in Keriye"),
                  ("disappearance.enforced", "Nobody has heard from her since."),
                  ("detention.incommunicado", "went to the county office and was told not to ask again")]),
 dict(id="p3", name="Sattar Mamut", names=["Sattar Mamut"], roles=["relative"], gender="male", relations=[("husband", "p2")]),
]
PL = [("Korla", ["Korla"]), ("Keriye County", ["Keriye county", "Keriye"]), ("Hotan Prefecture", ["Hotan Prefecture"])]
D = [("11 June 2024", "2024-06-11"), ("March 2022", "2022-03"), ("2017", "2017"), ("last autumn", "2023"), ("the Ramadan of 2023", "2023"),
     ("the start of April", "2024-04"), ("Two weeks later", "2024-04")]
E = [("arrest", "p2", "2024-04"), ("detention", "p2", "2024-04"), ("disappearance", "p2", "2024-04")]
NEG = [("p1", "torture.beating", "Nobody hit me there."), ("p1", "detention.internment_camp", "I was never in a camp myself.")]
FORB = [("p3", "family.reprisal"), ("p3", "detention.arbitrary_arrest"), ("p1", "detention.arbitrary_arrest"), ("p1", "movement.passport_confiscation")]
