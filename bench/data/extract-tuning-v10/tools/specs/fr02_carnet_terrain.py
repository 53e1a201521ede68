LANG = "fr"; DATE = "2024-09-17"
NOTE = ("Journalist's raw field notes (place and date line, clock times that are not dates, dash chronology); the unnamed journalist and interpreter are not persons. "
        "The notes abbreviate Aqmaral Tölegenqyzy as 'A.' and Erbol Qaliev as 'E.': the initials with their abbreviation point are mentions. "
        "Erbol (Chinese citizen): passport kept at the border post 'pour vérification' = passport confiscation; two village-committee men fetch him 'Pas de papier, pas de motif' (arrest + detention 2018-01-12 from « trois jours plus tard » after « 9 janvier 2018 ») to a « centre de formation » = camp; "
        "squatting for hours = stress position; ankles fettered in class = shackling; no Kazakh even whispered = language ban; watery cabbage twice a day for months = food deprivation; after release (2020-06) stuck in the village reporting weekly = house arrest; "
        "« Ils ne l'ont pas touché » negated beating; arrival in Jarkent 'été 2021' gives an exit with date null (only the arrival is dated). "
        "Son Daniyar (16) placed in the district boarding school = family separation. Neighbour Qairat Mukhametov 'n'a jamais été interné' (negated); his evening meetings are not coded. Ma Jun, 'un Hui', is the official. « mars dernier » -> 2024-03.")
P = [
 dict(id="p1", name="Aqmaral Tölegenqyzy", names=["Aqmaral Tölegenqyzy", "A."], roles=["witness", "relative"], gender="female", age=41,
      relations=[("wife", "p2"), ("mother", "p3")]),
 dict(id="p2", name="Erbol Qaliev", names=["Erbol Qaliev", "Erbol", "E."], roles=["victim", "relative"], gender="male", citizenship=["China"],
      relations=[("husband", "p1"), ("father", "p3")],
      violations=[("movement.passport_confiscation", "Au poste, on garde son passeport « pour vérification ». Il ne le reverra jamais."),
                  ("detention.arbitrary_arrest", "deux hommes du comité du village viennent le chercher chez sa sœur. Pas de papier, pas de motif."),
                  ("detention.internment_camp", "Direction : le « centre de formation » à la sortie de Tekes."),
                  ("torture.stress_position", "des heures accroupi, mains sur la nuque"),
                  ("detention.shackling", "les chevilles entravées même pendant le cours"),
                  ("culture.language_ban", "interdiction de dire un mot de kazakh, même à voix basse, au dortoir"),
                  ("ill_treatment.food_deprivation", "une assiette d'eau avec du chou, deux fois par jour, pendant des mois"),
                  ("detention.house_arrest", "Reste bloqué au village, pointage chaque semaine chez le cadre Ma Jun")]),
 dict(id="p3", name="Daniyar", names=["Daniyar"], roles=["victim", "relative"], gender="male", age=16,
      relations=[("son", "p1"), ("son", "p2")],
      violations=[("family.separation", "lui a été placé à l'internat du district, « pour son bien »")]),
 dict(id="p4", name="Qairat Mukhametov", names=["Qairat Mukhametov"], roles=["witness"], gender="male"),
 dict(id="p5", name="Ma Jun", names=["Ma Jun"], roles=["official"], gender="male", ethnicity="Hui"),
]
PL = [("Zharkent", ["Jarkent"]), ("Kazakhstan", ["Kazakhstan"]), ("Tekes County", ["district de Tekes", "Tekesi", "Tekes"]), ("Khorgos", ["Khorgos"])]
D = [("mardi 17 septembre 2024", "2024-09-17"), ("9 janvier 2018", "2018-01-09"), ("trois jours plus tard", "2018-01-12"), ("juin 2020", "2020-06"),
     ("été 2021", "2021"), ("mars dernier", "2024-03"), ("2019", "2019")]
E = [("arrest", "p2", "2018-01-12"), ("detention", "p2", "2018-01-12"), ("release", "p2", "2020-06"), ("exit", "p2", None)]
NEG = [("p2", "torture.beating", "Ils ne l'ont pas touché."), ("p4", "detention.internment_camp", "il n'a jamais été interné")]
FORB = [("p1", "detention.arbitrary_arrest"), ("p3", "detention.internment_camp"), ("p4", "indoctrination.political")]
