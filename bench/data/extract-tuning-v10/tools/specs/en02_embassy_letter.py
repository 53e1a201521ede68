LANG = "en"; DATE = "2024-02-19"
NOTE = ("Family's letter to a consular section: place-and-date line gives the document date; 'Embassy of Canada' and 'Onsu County Public Security Bureau' are organisation names (no place mention; Beijing and the bare 'Onsu county' are). "
        "Abdugheni Mamat (capitals 'Abdugheni MAMAT' in the Re: line), Canadian citizen, while the Chinese side calls him 'a Chinese citizen only' (citizenship stays Canada); arrest told as officers who 'led him out to a van' (arrest + detention 2023-06-02); "
        "police-sent video read from a sheet = forced confession + denunciation; alone in a room = solitary; insulin taken = denied medical care; consular visits refused, no lawyer = incommunicado; "
        "'detention centre in Aksu city where our father is held' = pretrial. Tahir Mamat died at home (death 2023-06-06 from 'four days later'; death.in_custody forbidden). "
        "Patigul Rozi 'was not detained' (negated) but her passport was taken and she may not leave Aksu (house arrest) and is threatened because of her son: family.reprisal for her, transnational.harassment for Ilyas. "
        "The signatory Dilnaz Abdugheni is the narrator; 'Abdugheni' inside the children's names is no mention of the father. '20 May last year' -> 2023-05-20; September, December, July, November -> 2023.")
BLOCK = ["Embassy of Canada", "Onsu County Public Security Bureau"]
P = [
 dict(id="p1", name="Abdugheni Mamat", names=["Abdugheni Mamat", "Abdugheni MAMAT"], roles=["victim", "relative"], gender="male", birth_year=1961, citizenship=["Canada"],
      relations=[("father", "p5"), ("father", "p4"), ("husband", "p3"), ("brother", "p2")],
      violations=[("detention.arbitrary_arrest", "told him that his Canadian passport was \"a problem to be solved\", and led him out to a van"),
                  ("coercion.forced_confession", "reads from a sheet of paper that he \"betrayed the motherland\""),
                  ("coercion.forced_denunciation", "the local police sent a video to my mother's relatives. In it our father, thinner and in an orange vest, reads from a sheet of paper"),
                  ("detention.pretrial", "the detention centre in Aksu city where our father is held"),
                  ("detention.solitary_confinement", "for at least two months he was kept in a room by himself"),
                  ("ill_treatment.denied_medical_care", "his insulin was taken from him on the first day and never returned"),
                  ("detention.incommunicado", "no lawyer has seen him. Your section asked to visit him in July and again in November and was turned away both times")]),
 dict(id="p2", name="Tahir Mamat", names=["Tahir Mamat", "Tahir"], roles=["relative"], gender="male", relations=[("brother", "p1")]),
 dict(id="p3", name="Patigul Rozi", names=["Patigul Rozi"], roles=["victim", "relative"], gender="female", citizenship=["Canada"],
      relations=[("wife", "p1"), ("mother", "p4"), ("mother", "p5")],
      violations=[("movement.passport_confiscation", "her passport was taken from her at the airport in Ürümchi when she tried to fly home alone"),
                  ("detention.house_arrest", "she may not leave Aksu, where she stays with a cousin and reports to the police each week"),
                  ("family.reprisal", "warning him that his mother's \"situation will become more complicated\" if he goes on")]),
 dict(id="p4", name="Ilyas Abdugheni", names=["Ilyas", "Ilyas Abdugheni"], roles=["victim", "relative"], gender="male",
      relations=[("son", "p1"), ("son", "p3"), ("brother", "p5")],
      violations=[("transnational.harassment", "keeps receiving calls from a number in Aksu warning him that his mother's \"situation will become more complicated\" if he goes on")]),
 dict(id="p5", name="Dilnaz Abdugheni", names=["Dilnaz Abdugheni"], roles=["narrator", "relative"], gender="female",
      relations=[("daughter", "p1"), ("daughter", "p3"), ("sister", "p4")]),
]
PL = [("Ottawa", ["Ottawa"]), ("Beijing", ["Beijing"]), ("Aksu", ["Aksu", "Aksu city"]), ("Ürümchi", ["Ürümchi"]),
      ("Onsu County", ["Onsu county"]), ("Toronto", ["Toronto"])]
D = [("19 February 2024", "2024-02-19"), ("4 April 1961", "1961-04-04"), ("2009", "2009"), ("20 May last year", "2023-05-20"),
     ("2 June", "2023-06-02"), ("four days later", "2023-06-06"), ("September", "2023-09"), ("December", "2023-12"),
     ("July", "2023-07"), ("November", "2023-11")]
E = [("arrest", "p1", "2023-06-02"), ("detention", "p1", "2023-06-02"), ("death", "p2", "2023-06-06")]
NEG = [("p3", "detention.arbitrary_arrest", "She was not detained.")]
FORB = [("p2", "death.in_custody"), ("p2", "detention.arbitrary_arrest"), ("p1", "detention.prison_sentence"), ("p1", "disappearance.enforced"), ("p4", "family.reprisal")]
