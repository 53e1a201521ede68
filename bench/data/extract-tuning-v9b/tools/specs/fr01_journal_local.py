DOC = dict(file='fr01_journal_local.txt', language='fr', document_date='2024-03-09',
 note="French regional-newspaper portrait (masthead with region, date line, rubric, headline, anonymous correspondent byline); 'L'ÉCHO DU TRÉGOR' is a newspaper name (no place) and the masthead 'Lannion et sa région' is a place mention; the nickname « Mukki » is a mention of Mukerrem; Mukerrem Nasirdin and Mehmud carry their father Nasirdin Tohtaxun's given name ('Nasirdin' inside 'Mukerrem Nasirdin' is no father mention); 'Pékin' here stands for the government but is a toponym (mention); nominalisation « Son arrestation remonte au 14 mars 2017 » + « des policiers l'ont emmené à une « réunion » » + no warrant = arbitrary arrest (arrest + detention 2017-03-14), « centre de formation professionnelle » = internment camp, songs praising the Party (attributed to a former cellmate, asserted) = indoctrination, three years without knowing where he was = incommunicado + disappearance (event at the arrest date), death in the centre in November 2020 (death event, death.in_custody); the brother 'n'a jamais été arrêté' (negated arbitrary_arrest) but his passport was withdrawn 'dès 2016' and he cannot leave China; calls from Zhang Hui = transnational.harassment for Mukerrem ('l'automne dernier' -> 2023), the mother questioned 'en juin dernier' -> 2023-06 about her daughter's activities (interrogation, family.reprisal); 'Naturalisée française' -> France; 'l'ambassade de Chine à Paris' gives a Paris mention (the embassy is an organisation, but 'à Paris' is its location) and no China mention.")
SKIP = ["L'ÉCHO DU TRÉGOR", "l'ambassade de Chine"]
PERSONS = [
 dict(id='p1', name='Mukerrem Nasirdin', names=['Mukerrem Nasirdin', 'Mukerrem', 'Mukki'], roles=['victim', 'relative', 'witness'], gender='female', age=38, citizenship=['France'],
      relations=[('daughter', 'p2'), ('sister', 'p3'), ('daughter', 'p4')],
      violations=[('transnational.harassment', 'Un policier, un certain Zhang Hui, lui a conseillé de « penser à sa mère ».')]),
 dict(id='p2', name='Nasirdin Tohtaxun', names=['Nasirdin Tohtaxun'], roles=['victim'], gender='male',
      relations=[('father', 'p1'), ('father', 'p3'), ('husband', 'p4')],
      violations=[('detention.arbitrary_arrest', "des policiers l'ont emmené à une « réunion » dont il n'est jamais revenu. Personne n'a montré de mandat."),
                  ('detention.internment_camp', "On l'a placé dans un « centre de formation professionnelle » à la sortie de la ville"),
                  ('indoctrination.political', 'il devait apprendre par cœur des chants à la gloire du Parti'),
                  ('detention.incommunicado', "Pendant trois ans, la famille n'a su ni où il se trouvait ni s'il vivait encore."),
                  ('disappearance.enforced', "Pendant trois ans, la famille n'a su ni où il se trouvait ni s'il vivait encore."),
                  ('death.in_custody', 'le libraire était mort au centre')]),
 dict(id='p3', name='Mehmud', names=['Mehmud'], roles=['victim', 'relative'], gender='male',
      relations=[('brother', 'p1'), ('son', 'p2'), ('son', 'p4')],
      violations=[('movement.passport_confiscation', 'on lui a retiré son passeport dès 2016, et il ne peut pas quitter la Chine')]),
 dict(id='p4', name='Rabiye Qadir', names=['Rabiye Qadir'], roles=['relative', 'victim'], gender='female',
      relations=[('mother', 'p1'), ('mother', 'p3'), ('wife', 'p2')],
      violations=[('family.reprisal', "Sa mère, Rabiye Qadir, a d'ailleurs été interrogée au commissariat de son quartier en juin dernier, au sujet des « activités » de sa fille en France.")]),
 dict(id='p5', name='Zhang Hui', names=['Zhang Hui'], roles=['official', 'perpetrator'], gender='male'),
]
PLACES = [
 dict(name='Lannion', mentions=['Lannion']), dict(name='Beijing', mentions=['Pékin']), dict(name='Brittany', mentions=['Bretagne']),
 dict(name='Artux', mentions=['Artouch']), dict(name='Xinjiang', mentions=['Xinjiang']), dict(name='Kashgar', mentions=['Kachgar']),
 dict(name='China', mentions=['Chine']), dict(name='France', mentions=['France']), dict(name='Paris', mentions=['Paris']),
]
DATES = [('Samedi 9 mars 2024', '2024-03-09', 'day'), ('2015', '2015', 'year'), ('2022', '2022', 'year'), ('14 mars 2017', '2017-03-14', 'day'),
 ('novembre 2020', '2020-11', 'month'), (('[[2016]], et', 0), '2016', 'year'), ("l'automne dernier", '2023', 'year'), ('juin dernier', '2023-06', 'month')]
EVENTS = [('arrest', 'p2', '2017-03-14', 'day'), ('detention', 'p2', '2017-03-14', 'day'), ('disappearance', 'p2', '2017-03-14', 'day'), ('death', 'p2', '2020-11', 'month'),
 ('interrogation', 'p4', '2023-06', 'month')]
NEGATED = [('p3', 'detention.arbitrary_arrest', "n'a jamais été arrêté, assure-t-elle")]
FORBIDDEN = [('p3', 'detention.arbitrary_arrest'), ('p4', 'detention.arbitrary_arrest'), ('p1', 'family.reprisal'), ('p2', 'detention.prison_sentence')]
