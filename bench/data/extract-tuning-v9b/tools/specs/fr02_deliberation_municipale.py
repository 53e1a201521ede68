DOC = dict(file='fr02_deliberation_municipale.txt', language='fr', document_date='2023-12-14',
 note="French extract of a municipal council deliberation (town header, register title, session date, deliberation number, object, unnamed rapporteur, 'Considérant que' clauses, articles, adoption line, certification by the unnamed mayor); 'VILLEURBANNE' in the header is a place mention; 'Délibération n° 2023-12-087' is no date; 'consulat général de Chine' and 'ministère de l'Europe et des Affaires étrangères' are organisations (no China/Europe mention there) while 'à Lyon' is a place mention; 'Maralbeshi (Bachu en chinois)' is one place with two mentions; 'M. Sattar', 'Mme Rehim' cover the name only, and 'Rehim' inside 'Mahinur Rehim' (the sister) is no mention of Hurnisa; the husband left China before any detention (no event) and 'n'a lui-même jamais été détenu' (negated); 'interpellée à son domicile le 3 juin 2018 sans qu'aucun motif' = arbitrary arrest (arrest + detention 2018-06-03), centre « d'éducation et de transformation » = internment camp, sentence 'en 2019' (sentencing 2019); the reported ill-treatment is hedged ('aurait subi … pas en mesure de vérifier': neither gold nor forbidden); unanswered requests and unknown place of detention = incommunicado + disappearance (no dated disappearance event, the unknown place is current, not from the arrest); the children in a state boarding school with reunification refused = family.separation for both children and the father; the sister filmed reading a statement calling her sister a traitor, broadcast = forced_denunciation + forced_confession.")
SKIP = ['consulat général de Chine', "ministère de l'Europe"]
PERSONS = [
 dict(id='p1', name='Alimjan Sattar', names=['Alimjan Sattar', 'Sattar'], roles=['relative', 'victim'], gender='male', ethnicity='Ouïghour',
      relations=[('husband', 'p2'), ('father', 'p3'), ('father', 'p4'), ('brother-in-law', 'p5')],
      violations=[('family.separation', 'toute demande de réunification familiale a été rejetée')]),
 dict(id='p2', name='Hurnisa Rehim', names=['Hurnisa Rehim', 'Rehim'], roles=['victim'], gender='female', birth_year=1984,
      relations=[('wife', 'p1'), ('mother', 'p3'), ('mother', 'p4'), ('sister', 'p5')],
      violations=[('detention.arbitrary_arrest', "a été interpellée à son domicile le 3 juin 2018 sans qu'aucun motif ne soit communiqué à sa famille"),
                  ('detention.internment_camp', "l'intéressée a d'abord été internée dans un établissement présenté par les autorités comme un centre « d'éducation et de transformation »"),
                  ('detention.prison_sentence', "condamnée en 2019 à dix ans d'emprisonnement"),
                  ('detention.incommunicado', 'les demandes de nouvelles adressées depuis cinq ans au consulat général de Chine à Lyon sont restées sans réponse'),
                  ('disappearance.enforced', 'sa famille ignore le lieu de sa détention')]),
 dict(id='p3', name='Aliye', names=['Aliye'], roles=['victim', 'relative'], gender='female', age=12,
      relations=[('daughter', 'p1'), ('daughter', 'p2'), ('niece', 'p5')],
      violations=[('family.separation', "ont été placés dans un internat d'État")]),
 dict(id='p4', name='Batur', names=['Batur'], roles=['victim', 'relative'], gender='male', age=9,
      relations=[('son', 'p1'), ('son', 'p2'), ('nephew', 'p5')],
      violations=[('family.separation', "ont été placés dans un internat d'État")]),
 dict(id='p5', name='Mahinur Rehim', names=['Mahinur Rehim'], roles=['victim', 'relative'], gender='female',
      relations=[('sister', 'p2'), ('sister-in-law', 'p1'), ('aunt', 'p3'), ('aunt', 'p4')],
      violations=[('coercion.forced_denunciation', 'a été filmée lisant une déclaration dans laquelle elle qualifiait sa sœur de « traîtresse », vidéo ensuite diffusée sur une chaîne locale'),
                  ('coercion.forced_confession', 'a été filmée lisant une déclaration')]),
]
PLACES = [
 dict(name='Villeurbanne', mentions=['VILLEURBANNE']), dict(name='China', mentions=['Chine']),
 dict(name='Maralbeshi', mentions=['Maralbeshi', 'Bachu']), dict(name='Kashgar Prefecture', mentions=['préfecture de Kachgar']),
 dict(name='Lyon', mentions=['Lyon']),
]
DATES = [('14 décembre 2023', '2023-12-14', 'day'), ('2017', '2017', 'year'), ('2016', '2016', 'year'), ('1984', '1984', 'year'),
 ('3 juin 2018', '2018-06-03', 'day'), (('condamnée en [[2019]]', 0), '2019', 'year')]
EVENTS = [('arrest', 'p2', '2018-06-03', 'day'), ('detention', 'p2', '2018-06-03', 'day'), ('sentencing', 'p2', '2019', 'year')]
NEGATED = [('p1', 'detention.arbitrary_arrest', "n'a lui-même jamais été détenu")]
FORBIDDEN = [('p1', 'detention.arbitrary_arrest'), ('p1', 'detention.internment_camp'), ('p2', 'death.in_custody'), ('p5', 'detention.arbitrary_arrest')]
