DOC = dict(file='en05_asylum_interview.txt', language='en', document_date='2021-08-17',
 note="English translation of a Dutch asylum interview record (service header with office name, V-number, interpreter and lawyer lines, Q/A turns, closing line); the interviewing service and its office 'TER APEL' are organisation header (no place), interpreter and lawyer are unnamed; 'V-number: 2109-4471-08' is no date; the applicant Zhanar Tolegenqyzy is Kazakh of Chinese nationality (-> China); the daughter Dana carries the patronymic only implicitly (no surname given); phone search at a checkpoint, a prayer-time app as grounds, no paper = surveillance.checkpoint + surveillance.digital + arbitrary_arrest (arrest + detention 2018-10-09), night questioning in the iron chair (interrogation same day, tiger_chair), 'slapped me once' = beating (understatement); 'Three days later' -> 2018-10-12 transfer to the 'education centre' (internment camp); 'Not me' denial of sexual abuse (negated); fourteen in a room for four = overcrowding; standing in the corridor until morning for speaking Kazakh = language_ban + stress_position; glove sewing = forced_labour; the cellmate Gulzhan Beisen refused a doctor and died on the floor (denied_medical_care, death.in_custody, death 2018-12); 'From the spring' -> 2019; release 2019-08, stay in the village and sign every evening = house_arrest, passport kept until January 2020; separation from husband and daughter for Zhanar, Asqar and Dana (Dana: present age 9 preferred over 'only seven'); exit via Khorgos 2020-03; calls from Sadyqov to the husband's phone = transnational.harassment for Zhanar (the threatened mother is unnamed); 'Eleven days ago' -> 2021-08-06 is an arrival abroad, no event.")
SKIP = ['IMMIGRATION AND NATURALISATION SERVICE (IND) - TER APEL']
PERSONS = [
 dict(id='p1', name='Zhanar Tolegenqyzy', names=['Zhanar Tolegenqyzy'], roles=['victim', 'witness'], gender='female', ethnicity='Kazakh', birth_year=1984, citizenship=['China'],
      relations=[('wife', 'p4'), ('mother', 'p5')],
      violations=[('surveillance.checkpoint', 'the police stopped our minibus at the checkpoint outside the town'),
                  ('surveillance.digital', "went through everyone's phones. On mine they found a prayer-time app."),
                  ('detention.arbitrary_arrest', 'Nobody showed me any paper. They took me to the town police station.'),
                  ('detention.pretrial', 'They took me to the town police station.'),
                  ('torture.tiger_chair', 'I sat in the iron chair with my wrists and ankles locked'),
                  ('torture.beating', 'He slapped me once, at the beginning.'),
                  ('detention.internment_camp', 'Three days later I was driven to the "education centre" near the county town.'),
                  ('detention.overcrowding', 'We were fourteen women in a room built for four.'),
                  ('culture.language_ban', 'Anyone heard speaking Kazakh in the dormitory had to stand in the corridor until morning.'),
                  ('torture.stress_position', 'had to stand in the corridor until morning'),
                  ('labour.forced_labour', 'we sewed gloves in a workshop inside the fence, ten hours a day, for three hundred yuan a month that we never saw'),
                  ('detention.house_arrest', 'I had to stay in my village and sign at the police post every evening'),
                  ('movement.passport_confiscation', 'The township kept my passport until January 2020.'),
                  ('family.separation', 'For those two years I was not allowed to go to them'),
                  ('transnational.harassment', 'Sadyqov has phoned my husband\'s mobile twice to tell me to come back "before it is worse for your mother"')]),
 dict(id='p2', name='Nurbol Sadyqov', names=['Nurbol Sadyqov', 'Sadyqov'], roles=['official', 'perpetrator'], gender='male'),
 dict(id='p3', name='Gulzhan Beisen', names=['Gulzhan Beisen'], roles=['victim'], gender='female', age=60,
      violations=[('ill_treatment.denied_medical_care', 'She coughed blood for weeks and the guards would not take her to a doctor.'),
                  ('death.in_custody', 'She died on our floor in December 2018.')]),
 dict(id='p4', name='Asqar Mukhtaruly', names=['Asqar Mukhtaruly'], roles=['relative'], gender='male', citizenship=['Kazakhstan'],
      relations=[('husband', 'p1'), ('father', 'p5')],
      violations=[('family.separation', 'For those two years I was not allowed to go to them')]),
 dict(id='p5', name='Dana', names=['Dana'], roles=['relative'], gender='female', age=9,
      relations=[('daughter', 'p1'), ('daughter', 'p4')],
      violations=[('family.separation', 'For those two years I was not allowed to go to them')]),
]
PLACES = [
 dict(name='Tekes County', mentions=['Tekes county', 'Tekes']),
 dict(name='Ili Kazakh Autonomous Prefecture', mentions=['Ili prefecture']),
 dict(name='Netherlands', mentions=['Netherlands']),
 dict(name='Almaty', mentions=['Almaty']),
 dict(name='China', mentions=['China']),
 dict(name='Zhaosu', mentions=['Zhaosu']),
 dict(name='Kazakhstan', mentions=['Kazakhstan']),
 dict(name='Khorgos', mentions=['Khorgos']),
]
DATES = [('17 August 2021', '2021-08-17', 'day'), ('14 February 1984', '1984-02-14', 'day'), ('Eleven days ago', '2021-08-06', 'day'),
 ('9 October 2018', '2018-10-09', 'day'), ('Three days later', '2018-10-12', 'day'), (('From [[the spring]]', 0), '2019', 'year'),
 ('December 2018', '2018-12', 'month'), ('August 2019', '2019-08', 'month'), ('January 2020', '2020-01', 'month'), ('March 2020', '2020-03', 'month')]
EVENTS = [('arrest', 'p1', '2018-10-09', 'day'), ('detention', 'p1', '2018-10-09', 'day'), ('interrogation', 'p1', '2018-10-09', 'day'),
 ('transfer', 'p1', '2018-10-12', 'day'), ('release', 'p1', '2019-08', 'month'), ('exit', 'p1', '2020-03', 'month'),
 ('death', 'p3', '2018-12', 'month')]
NEGATED = [('p1', 'sexual_violence.rape', 'Not me. Nobody touched me in that way.')]
FORBIDDEN = [('p1', 'sexual_violence.rape'), ('p1', 'detention.prison_sentence'), ('p1', 'torture.electric_shock')]
