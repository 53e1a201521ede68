FILE = "fr01_journal_intime.txt"; LANG = "fr"; DOC_DATE = "2018-06-04"
NOTE = ("Diary of a student in Lyon (dated entries), copied with her consent; the narrator is named in the title. Relative "
        "dates anchored on their entry: 'ce matin' and 'hier soir' on 12 Nov 2017, 'la semaine suivante' on 2 Jan 2018 (-> "
        "2018-01), 'avant-hier' on 4 June 2018 (-> 2018-06-02); entry headings without a year ('Mardi 14 novembre') take the "
        "year of the previous entry; day names stay in the span. 'tante [Salamet]' (title outside), 'Papa'/'Maman' are no "
        "mentions; 'Tursunbaqi' inside the narrator's name is no mention of the father. Clitics: «On lui a dit», «on lui "
        "répond», «on ne l'a pas arrêtée» (mother, negated arrest), «on lui a pris son passeport», «on le frappait». "
        "Euphemisms «pour une réunion», «il « étudie »», «centre de formation». «Il n'a jamais vu de juge» = negated prison "
        "sentence; daily reporting plus a ban on leaving the town = house arrest. Weight loss alone is not coded. The "
        "official lodging in the mother's home is not coded.")
PERSONS = [
 dict(id="p1", name="Nilufer Tursunbaqi", names=["Nilufer Tursunbaqi"], roles=["narrator", "relative", "victim"], gender="female",
      relations=[("daughter", "p2"), ("daughter", "p4"), ("niece", "p3")],
      violations=[("transnational.harassment", "Il voulait la liste des Ouïghours avec qui je parle à l'université et une photo de mon titre de séjour")]),
 dict(id="p2", name="Tursunbaqi Salih", names=["Tursunbaqi Salih"], roles=["victim"], gender="male", age=56,
      relations=[("father", "p1"), ("husband", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "Papa a été emmené hier soir par deux policiers du quartier, sans aucun papier"),
       ("detention.incommunicado", "Personne ne sait où il est"), ("disappearance.enforced", "Personne ne sait où il est"),
       ("detention.internment_camp", "Il sortait de l'ancienne école d'agriculture, à la sortie de Kachgar, transformée en « centre de formation »"),
       ("torture.beating", "on le frappait sur la plante des pieds"),
       ("indoctrination.political", "quand il ne connaissait pas les paroles des chants rouges, et qu'il fallait les chanter avant la soupe"),
       ("detention.house_arrest", "Il doit pointer chaque jour au comité et ne peut pas quitter la ville"),
      ]),
 dict(id="p3", name="Salamet", names=["Salamet"], roles=["relative", "witness"], gender="female"),
 dict(id="p4", name="Aynur Mijit", names=["Aynur Mijit"], roles=["relative", "victim"], gender="female",
      relations=[("mother", "p1"), ("wife", "p2")],
      violations=[("movement.passport_confiscation", "au comité de quartier on lui a pris son passeport")]),
 dict(id="p5", name="Li Wenbo", names=["Li Wenbo"], roles=["official"], gender="male"),
]
PLACES = [dict(name="Lyon", names=["Lyon"]), dict(name="Kashgar", names=["Kachgar"])]
DATES = [
 ("dimanche 12 novembre 2017", "2017-11-12", "day"), ("ce matin", "2017-11-12", "day"), ("hier soir", "2017-11-11", "day"),
 ("Mardi 14 novembre", "2017-11-14", "day"), ("2 janvier 2018", "2018-01-02", "day"), ("la semaine suivante", "2018-01", "month"),
 ("Lundi 19 mars 2018", "2018-03-19", "day"), ("4 juin 2018", "2018-06-04", "day"), ("avant-hier", "2018-06-02", "day"),
]
EVENTS = [("arrest", "p2", "2017-11-11"), ("detention", "p2", "2017-11-11"), ("disappearance", "p2", "2017-11-11"),
          ("release", "p2", "2018-06-02")]
NEGATED = [("p2", "detention.prison_sentence", "Il n'a jamais vu de juge"),
           ("p4", "detention.arbitrary_arrest", "on ne l'a pas arrêtée")]
FORBIDDEN = [("p4", "detention.internment_camp"), ("p4", "detention.house_arrest"), ("p1", "family.reprisal")]
