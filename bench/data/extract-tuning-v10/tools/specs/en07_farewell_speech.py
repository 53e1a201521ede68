LANG = "en"; DATE = "2025-11-29"
NOTE = ("Retiring teacher's farewell speech at a diaspora Saturday school; the school's name contains 'Tarim' (organisation, no place). The speaker Gulnisa Ablimit ('Mrs' title outside the mention) is the narrator; she hid her own passport (passport code forbidden for her). "
        "Shemsinur Abbas: passport handed in 'for safekeeping' never returned = passport confiscation; driven to hospital in her seventh month and came home without the baby = forced abortion; 'a coil she had not asked for' = forced contraception; "
        "self-criticism read on a stage before pupils = forced denunciation; assigned to teach in the camp with no right to resign = forced labour (not internment: forbidden); children moved into the boarding school = family separation; no custody events for her. "
        "Abdurahman Tursun ('Apandi' is a nickname, also a mention), 19: taken by men without uniforms with no word to anyone (arrest + detention 2017-10), detention centre yard = pretrial, water poured on him on a winter night = exposure, kicked = beating, made to stand naked before guards = sexual humiliation (sexual_violence.rape per the code's definition); "
        "'He was not sentenced, his mother says' negated; release 2020. Relatives told through 'his mother' are not persons. 'Twenty-two years ago' -> 2003, 'the summer of 2016' -> 2016, 'That same autumn' -> 2018.")
BLOCK = ["Tarim Saturday School"]
P = [
 dict(id="p1", name="Gulnisa Ablimit", names=["Gulnisa Ablimit"], roles=["narrator", "witness"], gender="female"),
 dict(id="p2", name="Shemsinur Abbas", names=["Shemsinur Abbas"], roles=["victim"], gender="female",
      violations=[("movement.passport_confiscation", "every teacher in our school was told to hand in a passport \"for safekeeping\". Mine I had hidden at my sister's; hers never came back."),
                  ("reproductive.forced_abortion", "In her seventh month she was driven to the county hospital, and she came home without the baby"),
                  ("reproductive.forced_contraception", "with a coil she had not asked for"),
                  ("coercion.forced_denunciation", "she was put on the stage in the school courtyard and read out, in front of her own pupils, a criticism of herself"),
                  ("labour.forced_labour", "she was assigned to teach Chinese in the camp on the edge of Lop. They called it a job; she could not resign from it."),
                  ("family.separation", "Her two older children were moved into the county boarding school and allowed home once a month.")]),
 dict(id="p3", name="Abdurahman Tursun", names=["Abdurahman Tursun", "Apandi"], roles=["victim"], gender="male", age=19,
      violations=[("detention.arbitrary_arrest", "men without uniforms took him out of his dormitory at the university in Ürümchi in October 2017, without a word to the dean"),
                  ("detention.pretrial", "he spent a winter night in the yard of the detention centre"),
                  ("torture.exposure", "he spent a winter night in the yard of the detention centre while water was poured over him"),
                  ("torture.beating", "he was kicked until two of his ribs broke"),
                  ("sexual_violence.rape", "he and the others were made to stand naked in front of female guards, who laughed")]),
]
PL = [("Adelaide", ["Adelaide"]), ("Lop County", ["Lop county", "Lop"]), ("Ürümchi", ["Ürümchi"])]
D = [("29 November 2025", "2025-11-29"), ("Twenty-two years ago", "2003"), ("the summer of 2016", "2016"), ("2018", "2018"),
     ("That same autumn", "2018"), ("2019", "2019"), ("October 2017", "2017-10"), ("2020", "2020")]
E = [("arrest", "p3", "2017-10"), ("detention", "p3", "2017-10"), ("release", "p3", "2020")]
NEG = [("p3", "detention.prison_sentence", "He was not sentenced, his mother says; there was never a court.")]
FORB = [("p1", "movement.passport_confiscation"), ("p2", "detention.internment_camp"), ("p2", "detention.arbitrary_arrest"), ("p3", "detention.internment_camp")]
