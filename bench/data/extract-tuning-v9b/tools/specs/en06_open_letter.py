DOC = dict(file='en06_open_letter.txt', language='en', document_date='2024-02-20',
 note="English open letter by a detained scholar's colleagues (title, addressees, date, 'we' voice, demands, signature line without names); 'Xinjiang Normal University' and 'the Embassy of the People's Republic of China in Germany' are organisations (no place mentions; the first-person 'we' signatories are unnamed); 'Twelve Muqam' is no place, 'Kashgar' and 'Kumul' are; 'Dr Rena Musa', 'Dr Musa', 'Dr Musa's' are mentions of one person, and 'Rahima Musa' is her sister (bare 'Musa' inside it is no mention of Rena); Ekrem Qeyser carries his father Qeyser Abdurahman's given name ('Qeyser' inside 'Ekrem Qeyser' is no father mention); met at the airport by plain-clothes officers after travel abroad = arbitrary arrest (arrest + detention 2017-12), no one has seen her, family given no address = incommunicado + disappearance (event 2017-12); 'away for study', glossed by the letter as an internment camp = internment_camp; secret trial 'In 2019, we later learned' -> sentencing 2019 (the year of the trial is stated); the shown video of her 'admission' = forced_confession + forced_denunciation; insulin refused = denied_medical_care; the husband taken in January 2018 (arrest + detention 2018-01), held until 'the autumn of 2019' (release 2019), not charged and never tried (negated prison_sentence), district confinement = house_arrest, camera above his door = surveillance.checkpoint; the son placed in a boarding school = family.separation (present age 18 preferred over 'twelve'); 'Last month' -> 2024-01: the student abroad pressured through his parents = transnational.harassment (parents unnamed).")
SKIP = ['Xinjiang Normal University', "Embassy of the People's Republic of China in Germany"]
PERSONS = [
 dict(id='p1', name='Rena Musa', names=['Rena Musa', 'Musa'], roles=['victim'], gender='female', ethnicity='Uyghur', birth_year=1971,
      relations=[('sister', 'p2'), ('wife', 'p3'), ('mother', 'p4')],
      drop=[],
      violations=[('detention.arbitrary_arrest', 'She was met at the airport in Urumqi by plain-clothes officers'),
                  ('detention.incommunicado', 'Her family was given no address and no document.'),
                  ('disappearance.enforced', 'has not been seen by any of us since'),
                  ('detention.internment_camp', 'Her colleagues at the university were told that she was "away for study", which, as everyone there understood, meant one of the region\'s internment camps.'),
                  ('detention.prison_sentence', 'she was tried behind closed doors and given fourteen years for "splitting the country"'),
                  ('coercion.forced_confession', 'Staff at her department were shown a video in which she "admitted" that her recordings of village singers spread extremist thought.'),
                  ('coercion.forced_denunciation', 'Staff at her department were shown a video in which she "admitted" that her recordings of village singers spread extremist thought.'),
                  ('ill_treatment.denied_medical_care', 'requests to send insulin to the prison had been refused')]),
 dict(id='p2', name='Rahima Musa', names=['Rahima Musa'], roles=['relative'], gender='female', relations=[('sister', 'p1')]),
 dict(id='p3', name='Qeyser Abdurahman', names=['Qeyser Abdurahman'], roles=['victim', 'relative'], gender='male',
      relations=[('husband', 'p1'), ('father', 'p4')],
      violations=[('detention.arbitrary_arrest', 'was taken from their flat in January 2018'),
                  ('detention.house_arrest', 'Since his release he may not leave their district of Urumqi'),
                  ('surveillance.checkpoint', 'a camera has been fixed above his door')]),
 dict(id='p4', name='Ekrem Qeyser', names=['Ekrem Qeyser'], roles=['victim', 'relative'], gender='male', age=18,
      relations=[('son', 'p1'), ('son', 'p3'), ('nephew', 'p2')],
      violations=[('family.separation', 'he was placed in a state boarding school and was not allowed to live with his aunt')]),
 dict(id='p5', name='Adil Ghappar', names=['Adil Ghappar'], roles=['victim'], gender='male',
      violations=[('transnational.harassment', 'his parents in Aksu were made to phone him and beg him to stop gathering signatures for this letter')]),
]
PLACES = [
 dict(name='Kashgar', mentions=['Kashgar']), dict(name='Kumul', mentions=['Kumul']), dict(name='Berlin', mentions=['Berlin']),
 dict(name='Urumqi', mentions=['Urumqi']), dict(name='Göttingen', mentions=['Göttingen']), dict(name='Aksu', mentions=['Aksu']),
]
DATES = [('20 February 2024', '2024-02-20', 'day'), ('1971', '1971', 'year'), ('December 2017', '2017-12', 'month'), (('In [[2019]], we', 0), '2019', 'year'),
 ('2022', '2022', 'year'), ('January 2018', '2018-01', 'month'), ('the autumn of 2019', '2019', 'year'), ('Last month', '2024-01', 'month')]
EVENTS = [('arrest', 'p1', '2017-12', 'month'), ('detention', 'p1', '2017-12', 'month'), ('disappearance', 'p1', '2017-12', 'month'), ('sentencing', 'p1', '2019', 'year'),
 ('arrest', 'p3', '2018-01', 'month'), ('detention', 'p3', '2018-01', 'month'), ('release', 'p3', '2019', 'year')]
NEGATED = [('p3', 'detention.prison_sentence', 'He has not been charged and has never been tried.')]
FORBIDDEN = [('p3', 'detention.prison_sentence'), ('p1', 'death.in_custody'), ('p2', 'family.reprisal'), ('p4', 'detention.internment_camp')]
