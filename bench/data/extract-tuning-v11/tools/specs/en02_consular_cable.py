LANG = 'en'; DATE = '2023-03-14'
NOTE = ("Consular cable (SBU markings, FROM/TO/DATE/SUBJECT header, numbered paragraphs, Summary/Comment, ambassador's "
        "surname signature and 'Poloff': not persons; 'EMBASSY ASTANA', 'SECSTATE WASHDC': organisations, no places). "
        "Kazakh naming: Dauren Qaisaruly <- Qaisar Temirhanuly; Gulzhanar Abishqyzy keeps her father's name. Citizenship of "
        "Kazakhstan stated; a 'Chinese passport' gives none. Denial: 'His wife was not detained'. Hedge: cellmate's death "
        "heard from guards, 'unconfirmed' (no code, no event). Metal chair = tiger chair; shot every ten days = forced "
        "medication; confined to village after release = house arrest. 'last month' -> 2023-02; day-month '9 March' "
        "and 'January' take 2023 from the header.")
ORGS = ['EMBASSY ASTANA', 'SECSTATE WASHDC']
PERSONS = [
 dict(id='p1', name='Qaisar Temirhanuly', names=['Qaisar Temirhanuly', 'Temirhanuly'], roles=['victim', 'witness'],
      gender='male', ethnicity='Kazakh', birth_year=1971, age=52, citizenship=['Kazakhstan'],
      relations=[('husband', 'p2'), ('father', 'p3')],
      violations=[('detention.arbitrary_arrest', 'Officers met him at the funeral meal itself and drove him away without a word of explanation.'),
                  ('detention.internment_camp', 'He spent eleven months in what he called "the school on the Tekes road,"'),
                  ('detention.overcrowding', 'forty men slept in cells built for ten'),
                  ('torture.tiger_chair', 'Guards fixed him to a metal chair during three night-long sessions'),
                  ('torture.beating', 'Zhou struck him across the ears with a folder of papers'),
                  ('coercion.forced_confession', 'Zhou struck him across the ears with a folder of papers until he signed'),
                  ('medical.forced_medication', 'He said he was given a shot every ten days and never told what it was.'),
                  ('detention.pretrial', 'In April 2019 he was moved to the Nilka county detention centre.'),
                  ('detention.prison_sentence', 'A Nilka court gave him six years in the autumn of 2019'),
                  ('detention.house_arrest', 'forbidden to leave his village until the border reopened to him')]),
 dict(id='p2', name='Gulzhanar Abishqyzy', names=['Gulzhanar Abishqyzy'], roles=['relative', 'victim'], gender='female',
      relations=[('wife', 'p1'), ('mother', 'p3')],
      violations=[('family.reprisal', 'she was questioned at the township office twice after he spoke to Kazakh journalists last month'),
                  ('movement.passport_confiscation', 'her passport is being held by the township')]),
 dict(id='p3', name='Dauren Qaisaruly', names=['Dauren Qaisaruly'], roles=['relative', 'victim'], gender='male', age=24,
      relations=[('son', 'p1'), ('son', 'p2')],
      violations=[('transnational.harassment', 'has received voice calls from a Nilka number urging him to "bring your father back to explain himself."')]),
 dict(id='p4', name='Zhou Haibin', names=['Zhou Haibin', 'Zhou'], roles=['official', 'perpetrator'], gender='male', violations=[]),
 dict(id='p5', name='Bekbolat Saparov', names=['Bekbolat Saparov'], roles=['victim'], gender='male', violations=[]),
]
PLACES = [
 dict(name='Kazakhstan', names=['KAZAKHSTAN', 'Kazakhstan']),
 dict(name='Xinjiang', names=['XINJIANG']),
 dict(name='Khorgos', names=['Khorgos']),
 dict(name='Ili Kazakh Autonomous Prefecture', names=['Ili Kazakh Autonomous Prefecture']),
 dict(name='Nilka County', names=['Nilka', 'Nilka county']),
 dict(name='Almaty', names=['Almaty']),
 dict(name='Tekes', names=['Tekes']),
 dict(name='Mecca', names=['Mecca']),
 dict(name='China', names=['PRC']),
 dict(name='Beijing', names=['Beijing']),
]
DATES = [
 ('14 MARCH 2023', '2023-03-14', 'day'), ('On [[9 March]]', '2023-03-09', 'day'), ('in [[January]] after', '2023-01', 'month'),
 ('1971', '1971', 'year'), ('2012', '2012', 'year'), ('in [[2016]]', '2016', 'year'), ('May 2018', '2018-05', 'month'),
 ('April 2019', '2019-04', 'month'), ('the autumn of 2019', '2019', 'year'), ('21 December 2022', '2022-12-21', 'day'),
 ('last month', '2023-02', 'month'), ('early 2019', '2019', 'year'),
]
EVENTS = [
 ('arrest', 'p1', '2018-05', 'month'), ('detention', 'p1', '2018-05', 'month'), ('interrogation', 'p1', None, None),
 ('transfer', 'p1', '2019-04', 'month'), ('sentencing', 'p1', '2019', 'year'), ('release', 'p1', '2022-12-21', 'day'),
 ('exit', 'p1', '2023-01', 'month'), ('interrogation', 'p2', '2023', 'year'),
]
NEGATED = [('p2', 'detention.arbitrary_arrest', 'His wife was not detained, he said')]
FORBIDDEN = [('p2', 'detention.internment_camp'), ('p3', 'family.reprisal'), ('p1', 'death.in_custody')]
