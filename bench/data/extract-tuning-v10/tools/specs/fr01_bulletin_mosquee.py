LANG = "fr"; DATE = "2025-03-07"
NOTE = ("Mosque newsletter in France (bulletin title, issue number and date); the association's name is no place, Vénissieux after it is. "
        "Turdi Qasim (78), father of Ablajan Turdi (son's surname = father's given name) and of Nurali Turdi: « Emmené » to a « centre de transformation par l'éducation » = arbitrary arrest + camp (arrest + detention 2018-04); "
        "pork and rosary snatched, through a named-less former cellmate (asserted) = religious ban; transfer to Kashgar prison (date null; no sentence is stated, so neither sentencing event nor prison_sentence code); kidney illness nobody would treat = denied medical care; « C'est là qu'il s'est éteint » = death in custody (death 2025-01-14 from « 14 janvier dernier »). "
        "Rabiye Osman « n'a jamais été enfermée » (negated) but cannot leave her village = house arrest; the cadre sleeping in her house is not given a code. "
        "Nurali Turdi « a cessé de donner signe de vie », police deny knowing his name = disappearance + incommunicado (disappearance 2020 from « l'automne 2020 »); his wife is unnamed. "
        "Ablajan: messages asking who attends the mosque, with his mother's « tranquillité » = transnational harassment. « vendredi dernier » -> 2025-02-28.")
BLOCK = ["Association culturelle et cultuelle Al-Nour"]
P = [
 dict(id="p1", name="Ablajan Turdi", names=["Ablajan Turdi", "Ablajan"], roles=["victim", "relative"], gender="male",
      relations=[("son", "p2"), ("son", "p3"), ("brother", "p4")],
      violations=[("transnational.harassment", "reçoit régulièrement des messages d'un numéro inconnu lui demandant qui fréquente notre mosquée et combien vaut, à ses yeux, « la tranquillité de sa mère »")]),
 dict(id="p2", name="Turdi Qasim", names=["Turdi Qasim"], roles=["victim", "relative"], gender="male", age=78,
      relations=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      violations=[("detention.arbitrary_arrest", "Emmené en avril 2018 dans ce que les autorités appelaient un « centre de transformation par l'éducation »"),
                  ("detention.internment_camp", "dans ce que les autorités appelaient un « centre de transformation par l'éducation », il y a passé près de quatre ans"),
                  ("culture.religious_ban", "on lui faisait manger du porc les jours de fête et on lui arrachait son chapelet des mains dès qu'on le voyait prier"),
                  ("ill_treatment.denied_medical_care", "il souffrait d'une maladie des reins qu'aucun médecin n'a voulu soigner"),
                  ("death.in_custody", "C'est là qu'il s'est éteint.")]),
 dict(id="p3", name="Rabiye Osman", names=["Rabiye Osman"], roles=["victim", "relative"], gender="female",
      relations=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")],
      violations=[("detention.house_arrest", "depuis 2019 elle ne peut pas sortir de son village sans l'accord écrit du secrétaire du Parti")]),
 dict(id="p4", name="Nurali Turdi", names=["Nurali Turdi"], roles=["victim", "relative"], gender="male",
      relations=[("brother", "p1"), ("son", "p2"), ("son", "p3")],
      violations=[("disappearance.enforced", "a cessé de donner signe de vie à l'automne 2020"),
                  ("detention.incommunicado", "Les policiers que sa femme est allée voir lui ont répondu qu'ils « ne connaissaient pas ce nom ». Personne ne sait aujourd'hui où il se trouve")]),
]
PL = [("Vénissieux", ["Vénissieux"]), ("Qaghiliq County", ["district de Qaghiliq", "Yecheng"]), ("Turkey", ["Turquie"]), ("Kashgar", ["Kashgar"]), ("France", ["France"])]
D = [("7 mars 2025", "2025-03-07"), ("14 janvier dernier", "2025-01-14"), ("avril 2018", "2018-04"), ("2019", "2019"), ("l'automne 2020", "2020"), ("vendredi dernier", "2025-02-28")]
E = [("arrest", "p2", "2018-04"), ("detention", "p2", "2018-04"), ("transfer", "p2", None), ("death", "p2", "2025-01-14"), ("disappearance", "p4", "2020")]
NEG = [("p3", "detention.arbitrary_arrest", "n'a jamais été enfermée")]
FORB = [("p3", "detention.internment_camp"), ("p1", "family.reprisal"), ("p4", "death.in_custody")]
