FILE = "fr02_plaidoirie.txt"; LANG = "fr"; DOC_DATE = "2025-06-12"
NOTE = ("Extract of a lawyer's oral pleading before a French administrative court (family-reunification visa). Not "
        "persons/places: the unnamed lawyer (narrator), 'Madame la Présidente', 'TRIBUNAL ADMINISTRATIF DE MONTREUIL' and "
        "«l'ambassade de France» (blocked; «à Pékin» is a mention of Beijing). Coordinated names «Aliye et Ekrem Nebijan»: "
        "'Aliye' and 'Ekrem Nebijan' are two mentions of two children; 'Nebijan' inside 'Ekrem Nebijan' is no mention of the "
        "father. Tourfan = Turpan (French and English forms, one place). Clitics: «on l'a interpellé», «on l'a conduit», «On "
        "l'obligeait», «on lui a prélevé», «On lui a aussi fait signer», «on lui refuse un passeport». Explicit denials: «on ne "
        "l'a pas frappé», «Il n'a jamais été jugé ni condamné» (negated). Passport refused after release + family kept apart = "
        "passport confiscation and family.separation (coded for the husband, the wife and both children). «Le 3 février "
        "dernier» -> 2025-02-03; ages in words («neuf et sept ans», «quarante-sept ans»).")
BLOCK = ["TRIBUNAL ADMINISTRATIF DE MONTREUIL", "ambassade de France"]
SEP = "Il ne peut donc pas rejoindre sa femme et ses enfants"
PERSONS = [
 dict(id="p1", name="Ruqiye Setiwaldi", names=["Ruqiye Setiwaldi"], roles=["relative", "victim"], gender="female", citizenship=["France"],
      relations=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")], violations=[("family.separation", SEP)]),
 dict(id="p2", name="Nebijan Turdi", names=["Nebijan Turdi"], roles=["victim"], gender="male", ethnicity="ouïghour", age=47,
      relations=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "on l'a interpellé dans son atelier de Turpan, sans mandat ni explication"),
       ("detention.internment_camp", "on l'a conduit dans un centre dit de « transformation par l'éducation » près de Toksun"),
       ("indoctrination.political", "On l'obligeait à réciter en mandarin des slogans sur la patrie, matin et soir"),
       ("medical.biometric_collection", "on lui a prélevé du sang et on a enregistré sa voix"),
       ("coercion.forced_confession", "On lui a aussi fait signer, en chinois, une déclaration qu'il ne pouvait pas lire"),
       ("movement.passport_confiscation", "depuis sa libération, on lui refuse un passeport"),
       ("family.separation", SEP),
      ]),
 dict(id="p3", name="Aliye Nebijan", names=["Aliye"], roles=["relative", "victim"], gender="female", age=9,
      relations=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p4")], violations=[("family.separation", SEP)]),
 dict(id="p4", name="Ekrem Nebijan", names=["Ekrem Nebijan"], roles=["relative", "victim"], gender="male", age=7,
      relations=[("son", "p1"), ("son", "p2"), ("brother", "p3")], violations=[("family.separation", SEP)]),
]
PLACES = [dict(name="Montreuil", names=["Montreuil"]), dict(name="Turpan", names=["Tourfan", "Turpan"]),
          dict(name="Toksun", names=["Toksun"]), dict(name="Beijing", names=["Pékin"])]
DATES = [("12 juin 2025", "2025-06-12", "day"), ("depuis [[2021]]", "2021", "year"), ("depuis [[2016]]", "2016", "year"),
         ("avril 2017", "2017-04", "month"), ("mars 2018", "2018-03", "month"), ("Le 3 février dernier", "2025-02-03", "day")]
EVENTS = [("arrest", "p2", "2017-04"), ("detention", "p2", "2017-04"), ("release", "p2", "2018-03")]
NEGATED = [("p2", "torture.beating", "on ne l'a pas frappé"), ("p2", "detention.prison_sentence", "Il n'a jamais été jugé ni condamné")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p3", "detention.internment_camp"), ("p4", "detention.internment_camp")]
