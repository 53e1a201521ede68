DOC = dict(file='en07_parliament_hearing.txt', language='en', document_date='2023-05-09',
 note="English parliamentary committee oral-evidence transcript (committee, inquiry title and HC number, date, witness line, numbered questions 'Q41 Chair:', witness speaker labels); the Chair is unnamed and 'Foreign Affairs Committee', 'Members of this House' are organisations; 'HC 1021' and the question numbers are no dates; speaker labels 'Omerjan Kasim:' are mentions, 'Mr Kasim' covers 'Kasim' only, and bare 'Kasim' inside 'Abduweli Kasim' (the brother) is no witness mention; 'Keriya county, which the Chinese call Yutian' is one place with two mentions; hood and no papers, travel to Turkey as the only reason = arbitrary arrest (arrest + detention 2018-02-02), nightly questioning (interrogation, undated), blood, eye photographs and voice recording = biometric_collection, 'About four months later' -> 2018-06 transfer to a 'vocational training school' (internment camp), lights always on and hourly waking = sleep_deprivation, bucket and monthly washing = denied_hygiene, 'in January' resolved from context -> 2019-01 (yard without a coat = exposure), 'the stick with the current' = electric_shock, nine days alone = solitary_confinement; the refusal of the 'morning song' is not coded as indoctrination (not stated what was sung: neither gold nor forbidden); pills refused and not forced (negated forced_medication); release 2019-03, exit 'in June' -> 2019-06; the brother's eleven-year sentence 'in 2019' (sentencing 2019), family never notified and place unknown = incommunicado + disappearance (no dated disappearance event); the mother (unnamed) died at home; threatening calls to the wife's phone = transnational.harassment for the witness ('three weeks ago' -> 2023-04); 'British citizen' -> United Kingdom (demonym is no place mention).")
SKIP = ['Foreign Affairs Committee', 'Members of this House']
PERSONS = [
 dict(id='p1', name='Omerjan Kasim', names=['Omerjan Kasim', 'Kasim'], roles=['victim', 'witness', 'relative'], gender='male',
      relations=[('husband', 'p2'), ('brother', 'p3')],
      violations=[('detention.arbitrary_arrest', 'three officers came into my shop, put a hood over my head and drove me away. They showed nothing. The only reason anyone gave was that I had travelled to Turkey twice.'),
                  ('detention.pretrial', 'To the Keriya county detention centre.'),
                  ('medical.biometric_collection', 'On the first day they took my blood, photographed my eyes and recorded me reading a newspaper aloud.'),
                  ('detention.internment_camp', 'they moved me to what the sign called a vocational training school'),
                  ('torture.sleep_deprivation', 'The lights never went off, and a guard woke us every hour to check we were lying straight.'),
                  ('ill_treatment.denied_hygiene', 'The toilet was a bucket in the corner, emptied once a day; we washed once a month.'),
                  ('torture.exposure', 'I was left standing in the yard without a coat until I could no longer feel my feet'),
                  ('torture.electric_shock', 'a guard pushed the stick with the current against my back'),
                  ('detention.solitary_confinement', 'I spent nine days alone in a room with no window'),
                  ('transnational.harassment', 'A man calls my wife\'s phone and says my brother\'s conditions "depend on my behaviour".')]),
 dict(id='p2', name='Gulbahar Sadiq', names=['Gulbahar Sadiq'], roles=['relative'], gender='female', citizenship=['United Kingdom'],
      relations=[('wife', 'p1')]),
 dict(id='p3', name='Abduweli Kasim', names=['Abduweli Kasim'], roles=['victim', 'relative'], gender='male',
      relations=[('brother', 'p1')],
      violations=[('detention.prison_sentence', 'was given eleven years in 2019'),
                  ('detention.incommunicado', 'nobody in the family was ever notified'),
                  ('disappearance.enforced', 'we do not know where he is held')]),
]
PLACES = [
 dict(name='Keriya County', mentions=['Keriya county', 'Yutian']), dict(name='Turkey', mentions=['Turkey']), dict(name='Istanbul', mentions=['Istanbul']),
 dict(name='Urumqi', mentions=['Urumqi']), dict(name='London', mentions=['London']),
]
DATES = [('Tuesday 9 May 2023', '2023-05-09', 'day'), ('2 February 2018', '2018-02-02', 'day'), ('About four months later', '2018-06', 'month'),
 (('Once, in [[January]]', 0), '2019-01', 'month'), ('March 2019', '2019-03', 'month'), (('Urumqi in [[June]]', 0), '2019-06', 'month'),
 (('eleven years in [[2019]]', 0), '2019', 'year'), ('2021', '2021', 'year'), ('three weeks ago', '2023-04', 'month')]
EVENTS = [('arrest', 'p1', '2018-02-02', 'day'), ('detention', 'p1', '2018-02-02', 'day'), ('interrogation', 'p1', None, None),
 ('transfer', 'p1', '2018-06', 'month'), ('release', 'p1', '2019-03', 'month'), ('exit', 'p1', '2019-06', 'month'),
 ('sentencing', 'p3', '2019', 'year')]
NEGATED = [('p1', 'medical.forced_medication', 'I refused them, and nobody forced me.')]
FORBIDDEN = [('p1', 'medical.forced_medication'), ('p1', 'detention.prison_sentence'), ('p3', 'death.in_custody')]
