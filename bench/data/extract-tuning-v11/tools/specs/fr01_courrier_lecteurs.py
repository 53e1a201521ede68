LANG = 'fr'; DATE = '2024-03-12'
NOTE = ("Lettre de lecteur dans un quotidien régional (rubrique, titre du journal, titre entre guillemets, signature "
        "'Zohre Abdugheni, Lannion' = la narratrice, note de la rédaction avec initiales: pas une personne). Nom turcique: "
        "Zohre et Ekrem Abdugheni <- Abdugheni Yaqup. Clitiques: «l'ont emmené», «On l'a d'abord gardé», «on l'a transféré», "
        "«on l'obligeait», «on lui interdisait», «on lui a refusé», «on lui a pris». Mort en détention apprise en janvier "
        "2020 (death, date null). Prière funéraire interdite = religious_ban pour le frère à qui on l'interdit. Déni: "
        "«Ekrem, lui, n'a jamais été arrêté». Cadre logé chez lui: non codé. Rumeur: oncle condamné (ni or ni interdit). "
        "«nationalité française» -> France. «l'hiver 2017» -> 2017; «l'an dernier» -> 2023; «3 mars» -> 2024-03-03.")
ORGS = []
PERSONS = [
 dict(id='p1', name='Zohre Abdugheni', names=['Zohre Abdugheni'], roles=['narrator', 'relative', 'victim'], gender='female',
      citizenship=['France'], relations=[('daughter', 'p2'), ('sister', 'p3')],
      violations=[('transnational.harassment', "On m'a écrit sur WeChat, d'un numéro inconnu, que je ferais mieux de « penser à la famille d'Ekrem » avant de parler aux journalistes.")]),
 dict(id='p2', name='Abdugheni Yaqup', names=['Abdugheni Yaqup'], roles=['victim'], gender='male', birth_year=1954,
      relations=[('father', 'p1'), ('father', 'p3')],
      violations=[('detention.arbitrary_arrest', "l'ont emmené sans montrer le moindre papier"),
                  ('detention.pretrial', "On l'a d'abord gardé au centre de détention du district de Toksoun."),
                  ('detention.internment_camp', "on l'a transféré dans un bâtiment que les voisins appelaient « l'école »"),
                  ('indoctrination.political', "on l'obligeait à réciter chaque soir des textes à la gloire du Parti"),
                  ('culture.religious_ban', 'on lui interdisait de faire ses prières, même en silence'),
                  ('ill_treatment.denied_medical_care', 'on lui a refusé son insuline pendant des semaines'),
                  ('death.in_custody', 'notre père était « mort de maladie » à l\'école')]),
 dict(id='p3', name='Ekrem Abdugheni', names=['Ekrem Abdugheni', 'Ekrem'], roles=['relative', 'victim'], gender='male',
      relations=[('son', 'p2'), ('brother', 'p1')],
      violations=[('culture.religious_ban', "on a interdit à Ekrem d'organiser la prière funéraire"),
                  ('movement.passport_confiscation', 'on lui a pris son passeport')]),
]
PLACES = [
 dict(name='Xinjiang', names=['Xinjiang']), dict(name='Turpan', names=['Tourfan']),
 dict(name='Toksun County', names=['district de Toksoun']), dict(name='Brittany', names=['Bretagne']), dict(name='Lannion', names=['Lannion']),
]
DATES = [
 ('12 mars 2024', '2024-03-12', 'day'), ('du [[3 mars]]', '2024-03-03', 'day'), ('1954', '1954', 'year'),
 ("l'hiver 2017", '2017', 'year'), ('mai 2018', '2018-05', 'month'), ('janvier 2020', '2020-01', 'month'),
 ("l'an dernier", '2023', 'year'), ('2009', '2009', 'year'), ('2016', '2016', 'year'),
]
EVENTS = [
 ('arrest', 'p2', '2017', 'year'), ('detention', 'p2', '2017', 'year'), ('transfer', 'p2', '2018-05', 'month'), ('death', 'p2', None, None),
]
NEGATED = [('p3', 'detention.arbitrary_arrest', "Ekrem, lui, n'a jamais été arrêté.")]
FORBIDDEN = [('p3', 'detention.house_arrest'), ('p1', 'family.reprisal'), ('p3', 'detention.prison_sentence')]
