DOC = dict(file='en04_friend_blog.txt', language='en', document_date='2022-06-12',
 note="English personal blog post by a school friend (blog name, post title, byline with date and comment count, trailing 'Comments (7)'); the byline names the first-person narrator Zohre Nasir (a person, narrator); 'Urumqi No. 1 Middle School' is an organisation (no place mention there), 'Urumqi' later is a place; the passport kept 'for safekeeping' = passport_confiscation; 'invited for a chat' at the station and never came out = arbitrary arrest (arrest + detention 2017-04), the husband told to go home and wait = incommunicado + disappearance (event 2017-04); 'transformation-through-education school' at Dabancheng = internment camp; weekly self-criticism = indoctrination; monthly 'flu vaccine' injections = forced_medication, while the sterilising purpose is explicitly not claimed (neither gold nor forbidden); 'let go in December 2018' = release; confinement to the block with a phone-in rule = house_arrest; the husband Erkin Turdi was held twenty days at a police station (detention 2017-05, release undated) but not sent to a camp and not hit (both negated); the mother Bahargul Dolqun died at home (death 2020; death.in_custody forbidden); 'Last year' -> 2021 (no event); 'Two weeks ago' -> 2022-05: a call to the narrator in Australia from Officer Liu Yang = transnational.harassment.")
SKIP = ['Urumqi No. 1 Middle School']
PERSONS = [
 dict(id='p1', name='Zohre Nasir', names=['Zohre Nasir'], roles=['narrator', 'witness', 'victim'], gender='female',
      violations=[('transnational.harassment', 'a man who said he was Officer Liu Yang from her district called my mobile here in Australia and asked me to "think of my friend" and take this blog down')]),
 dict(id='p2', name='Mihray Tashpolat', names=['Mihray Tashpolat', 'Mihray'], roles=['victim'], gender='female',
      relations=[('wife', 'p3'), ('daughter', 'p4')],
      violations=[('movement.passport_confiscation', 'the police at her local station asked for her passport "for safekeeping". She never saw it again.'),
                  ('detention.arbitrary_arrest', 'In April 2017 she was invited for a chat at the same station. She did not come out.'),
                  ('detention.incommunicado', 'went to the station every morning and was told to go home and wait'),
                  ('disappearance.enforced', 'For the first weeks her husband, Erkin Turdi, went to the station every morning and was told to go home and wait.'),
                  ('detention.internment_camp', 'she was in the big camp at Dabancheng, which the signboard called a transformation-through-education school'),
                  ('indoctrination.political', 'Every Friday she had to write a page of self-criticism: that she had been "infected by foreign ideas", that she was grateful to the Party for saving her.'),
                  ('medical.forced_medication', 'Every month the women were lined up and injected with what the guards called a flu vaccine.'),
                  ('detention.house_arrest', 'She cannot leave her apartment block without phoning the neighbourhood officer')]),
 dict(id='p3', name='Erkin Turdi', names=['Erkin Turdi', 'Erkin'], roles=['relative', 'witness', 'victim'], gender='male',
      relations=[('husband', 'p2'), ('son-in-law', 'p4')],
      violations=[('detention.pretrial', 'Erkin was held too, for twenty days at a police station in May 2017')]),
 dict(id='p4', name='Bahargul Dolqun', names=['Bahargul Dolqun'], roles=['relative'], gender='female',
      relations=[('mother', 'p2'), ('mother-in-law', 'p3')]),
 dict(id='p5', name='Liu Yang', names=['Liu Yang'], roles=['official', 'perpetrator'], gender='male'),
]
PLACES = [
 dict(name='Almaty', mentions=['Almaty']),
 dict(name='Dabancheng', mentions=['Dabancheng']),
 dict(name='Urumqi', mentions=['Urumqi']),
 dict(name='Australia', mentions=['Australia']),
]
DATES = [('12 June 2022', '2022-06-12', 'day'), ('2016', '2016', 'year'), ('April 2017', '2017-04', 'month'), ('December 2018', '2018-12', 'month'),
 ('May 2017', '2017-05', 'month'), ('2020', '2020', 'year'), ('Last year', '2021', 'year'), ('Two weeks ago', '2022-05', 'month')]
EVENTS = [('arrest', 'p2', '2017-04', 'month'), ('detention', 'p2', '2017-04', 'month'), ('disappearance', 'p2', '2017-04', 'month'), ('release', 'p2', '2018-12', 'month'),
 ('detention', 'p3', '2017-05', 'month'), ('release', 'p3', None, None), ('death', 'p4', '2020', 'year')]
NEGATED = [('p3', 'detention.internment_camp', 'he was not sent to a camp'), ('p3', 'torture.beating', 'nobody hit him')]
FORBIDDEN = [('p3', 'detention.internment_camp'), ('p3', 'torture.beating'), ('p4', 'death.in_custody'), ('p2', 'detention.prison_sentence'), ('p1', 'family.reprisal')]
