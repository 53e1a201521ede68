LANG = 'fr'; DATE = '2025-01-20'
NOTE = ("Fiche pédagogique de lycée (en-têtes de classe et de séquence, questions aux élèves, 'Déclaration universelle de "
        "1948' = date d'année). Graphie française d'un nom kazakh: Nourlybek Qanatouly <- Qanat Joumagali (ou = u). Présent "
        "de narration et passifs/impersonnels: «est arrêté», «On le garde», «on l'attache», «On lui prélève», «on le "
        "conduit», «est envoyée». Chaise de fer = tiger chair; parler kazakh puni d'une nuit debout = language ban + "
        "stress position. Déni général pour l'épouse («n'est pas inquiétée, selon lui»): interdit seulement. Père mort chez "
        "lui (death.in_custody interdit). Lieux: «district de Qaba (Habahe en chinois)», «préfecture d'Altay», «la mosquée "
        "d'Almaty» (mention). «Deux mois plus tard» -> 2019-09; «l'année suivante» -> 2020. Fond: «plus d'un million».")
ORGS = []
PERSONS = [
 dict(id='p1', name='Nourlybek Qanatouly', names=['Nourlybek Qanatouly', 'Nourlybek'], roles=['victim', 'witness'], gender='male',
      ethnicity='Kazakh', birth_year=1990, relations=[('son', 'p2'), ('husband', 'p3'), ('son', 'p4')],
      violations=[('surveillance.digital', "Ils ont regardé mon téléphone, trouvé des photos de la mosquée d'Almaty"),
                  ('detention.arbitrary_arrest', 'Aucun mandat ne lui est présenté.'),
                  ('detention.pretrial', "On le garde d'abord douze jours au centre de détention de Qaba"),
                  ('torture.tiger_chair', "on l'attache de nuit à une chaise de fer pour l'interroger"),
                  ('medical.biometric_collection', 'On lui prélève du sang, on enregistre sa voix.'),
                  ('detention.internment_camp', 'Puis on le conduit dans un « centre de formation » du chef-lieu.'),
                  ('indoctrination.political', 'Il y apprend le chinois et les chants du Parti'),
                  ('culture.language_ban', 'parler kazakh dans la cour vaut une nuit debout dans le couloir'),
                  ('torture.stress_position', 'parler kazakh dans la cour vaut une nuit debout dans le couloir')]),
 dict(id='p2', name='Kulpan Akhmetova', names=['Kulpan Akhmetova'], roles=['relative', 'victim'], gender='female',
      relations=[('mother', 'p1'), ('wife', 'p4')],
      violations=[('labour.forced_labour', 'est envoyée pendant ce temps coudre des uniformes dans un atelier du district, sans salaire')]),
 dict(id='p3', name='Dinara Serikqyzy', names=['Dinara Serikqyzy'], roles=['relative'], gender='female', relations=[('wife', 'p1')], violations=[]),
 dict(id='p4', name='Qanat Joumagali', names=['Qanat Joumagali'], roles=['relative'], gender='male', relations=[('father', 'p1'), ('husband', 'p2')], violations=[]),
]
PLACES = [
 dict(name='China', names=['Chine']), dict(name='Qaba County', names=['district de Qaba', 'Habahe', 'Qaba']),
 dict(name='Altay Prefecture', names=["préfecture d'Altay"]), dict(name='Almaty', names=['Almaty']),
 dict(name='Kazakhstan', names=['Kazakhstan']), dict(name='Jeminay', names=['Jeminay']),
]
DATES = [
 ('20 janvier 2025', '2025-01-20', 'day'), ('1990', '1990', 'year'), ('2023', '2023', 'year'), ('novembre 2017', '2017-11', 'month'),
 ('juillet 2019', '2019-07', 'month'), ('Deux mois plus tard', '2019-09', 'month'), ("l'année suivante", '2020', 'year'),
 ('1948', '1948', 'year'), ('depuis [[2017]]', '2017', 'year'),
]
EVENTS = [
 ('arrest', 'p1', '2017-11', 'month'), ('detention', 'p1', '2017-11', 'month'), ('interrogation', 'p1', '2017', 'year'),
 ('transfer', 'p1', '2017', 'year'), ('release', 'p1', '2019-07', 'month'), ('exit', 'p1', '2019-09', 'month'), ('death', 'p4', '2020', 'year'),
]
NEGATED = []
FORBIDDEN = [('p3', 'detention.arbitrary_arrest'), ('p3', 'family.reprisal'), ('p4', 'death.in_custody'), ('p2', 'detention.internment_camp')]
