DOC = dict(file='en03_social_thread.txt', language='en', document_date='2023-11-05',
 note="English social-media thread (profile line with handle and date, numbered posts 1/9-9/9, replies by nicknamed accounts); the narrator Gulnisa Abliz is named in the profile line (a person, narrator); handles '@gulnisa_abliz', '@kashgarlik_88', '@ayse.istanbul' are not persons and the toponyms inside them are not places; 'Dad' and 'my mother' are no mentions; the narrator carries her father Abliz Hoshur's given name ('Abliz' inside 'Gulnisa Abliz' is no father mention); 'Six years ago today' -> 2017-11-05 (arrest + detention: two policemen, 'a few days of study' = arbitrary arrest into an internment camp), the unnamed cellmate's account is asserted (only Mandarin = language_ban, chains at meals = shackling, one bun a day = food deprivation) and his denial of electric shocks is negated; the sentence heard from an aunt in 2020 is asserted but its date is the date of learning (sentencing null); unknown prison and silent offices = incommunicado + disappearance (no separate event); 'Last March' -> 2023-03: the mother's filmed read-out against her daughter = forced_denunciation + forced_confession + family.reprisal, transnational.harassment for the narrator; the brother taken by the police in 'the summer of 2018' (arrest + detention 2018), 'graduated' in 2019 (release) and put to factory work; 'Turkish citizen' -> Turkey (the demonym is no place mention); 'Karghilik (Yecheng county)' is one place with two mentions; 'Anhui province' is a place; 'the Karghilik camp' in a reply is a place mention.")
PERSONS = [
 dict(id='p1', name='Gulnisa Abliz', names=['Gulnisa Abliz'], roles=['narrator', 'relative', 'victim'], gender='female', citizenship=['Turkey'],
      relations=[('daughter', 'p2'), ('daughter', 'p3'), ('sister', 'p4')],
      violations=[('transnational.harassment', 'The clip reached my phone the same night.')]),
 dict(id='p2', name='Abliz Hoshur', names=['Abliz Hoshur'], roles=['victim'], gender='male',
      relations=[('father', 'p1'), ('father', 'p4'), ('husband', 'p3')],
      violations=[('detention.arbitrary_arrest', 'walked out of our house in Karghilik between two policemen. They told my mother it was "a few days of study"'),
                  ('detention.internment_camp', 'In the "study" centre'),
                  ('culture.language_ban', 'he was allowed to speak only Mandarin'),
                  ('detention.shackling', 'they wore chains on their ankles even at meals'),
                  ('ill_treatment.food_deprivation', 'got one steamed bun and a bowl of thin soup a day'),
                  ('detention.prison_sentence', 'Dad "got 17 years"'),
                  ('detention.incommunicado', 'We do not know which prison holds him, and no office will tell us.'),
                  ('disappearance.enforced', 'We do not know which prison holds him, and no office will tell us.')]),
 dict(id='p3', name='Patem Yusup', names=['Patem Yusup'], roles=['relative', 'victim'], gender='female',
      relations=[('mother', 'p1'), ('mother', 'p4'), ('wife', 'p2')],
      violations=[('coercion.forced_denunciation', 'She read from a sheet that I am "used by hostile forces" and that she no longer recognises me as her daughter.'),
                  ('coercion.forced_confession', 'brought a cameraman into her kitchen. She read from a sheet'),
                  ('family.reprisal', 'Last March the neighbourhood head, Wang Lei, brought a cameraman into her kitchen.')]),
 dict(id='p4', name='Ilyar', names=['Ilyar'], roles=['victim', 'relative'], gender='male', age=24,
      relations=[('brother', 'p1'), ('son', 'p2'), ('son', 'p3')],
      violations=[('detention.arbitrary_arrest', 'was taken by the police to another of these schools in the summer of 2018'),
                  ('detention.internment_camp', 'another of these schools'),
                  ('labour.forced_labour', 'was put on a train to a shoe factory in Anhui province')]),
 dict(id='p5', name='Wang Lei', names=['Wang Lei'], roles=['official', 'perpetrator'], gender='male'),
]
PLACES = [
 dict(name='Karghilik', mentions=['Karghilik', 'Yecheng county']),
 dict(name='Anhui', mentions=['Anhui province']),
 dict(name='Istanbul', mentions=['Istanbul']),
]
DATES = [(('5 Nov 2023', 0), '2023-11-05', 'day'), ('Six years ago today', '2017-11-05', 'day'), ('the spring of 2019', '2019', 'year'),
 (('In [[2020]] an aunt', 0), '2020', 'year'), ('Last March', '2023-03', 'month'), ('the summer of 2018', '2018', 'year'),
 (('"graduated" in [[2019]]', 0), '2019', 'year'), ('2021', '2021', 'year'), (('5 Nov 2023', 1), '2023-11-05', 'day'),
 (('camp too, in [[2018]]', 0), '2018', 'year'), (('5 Nov 2023', 2), '2023-11-05', 'day')]
EVENTS = [('arrest', 'p2', '2017-11-05', 'day'), ('detention', 'p2', '2017-11-05', 'day'), ('sentencing', 'p2', None, None),
 ('arrest', 'p4', '2018', 'year'), ('detention', 'p4', '2018', 'year'), ('release', 'p4', '2019', 'year')]
NEGATED = [('p2', 'torture.electric_shock', 'Dad was never given electric shocks')]
FORBIDDEN = [('p2', 'torture.electric_shock'), ('p2', 'death.in_custody'), ('p3', 'detention.arbitrary_arrest'), ('p1', 'family.reprisal'), ('p4', 'detention.prison_sentence')]
