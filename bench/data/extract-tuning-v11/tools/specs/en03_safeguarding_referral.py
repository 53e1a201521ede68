LANG = 'en'; DATE = '2024-01-26'
NOTE = ("UK school safeguarding concern record: school and council names containing toponyms (Kirkstall, Leeds, West "
        "Yorkshire: organisations, no places), recorder/reviewer initials (not persons), pupil field with surname in "
        "capitals 'Sumeyye ABLAJAN' (child's surname = father's given name; bare 'Ablajan' = the father), DOB in UK "
        "numeric form with age. Passport collected -> family kept apart (separation for father, mother and pupil). "
        "Camp: 'the study centre'. Denials: uncle 'was not detained' (weekly reporting is not house arrest: forbidden), "
        "pupil 'has not been contacted'. Hedge: car near the gate (no code). Grandmother died at home (death event, "
        "death.in_custody forbidden). Sentence learnt 'March last year' (sentencing null). 'this week' -> 2024-01.")
ORGS = ["KIRKSTALL PARK ACADEMY", "Leeds Children's Social Care", 'West Yorkshire Police']
PERSONS = [
 dict(id='p1', name='Sumeyye Ablajan', names=['Sumeyye ABLAJAN', 'Sumeyye'], roles=['relative', 'victim', 'witness'], gender='female',
      birth_year=2010, age=13, relations=[('daughter', 'p2'), ('daughter', 'p3'), ('niece', 'p4'), ('granddaughter', 'p5')],
      violations=[('family.separation', 'could not follow them: the local police collected his passport in 2016 and refused to return it, so the family has lived apart since')]),
 dict(id='p2', name='Patime Rozi', names=['Patime Rozi', 'Rozi'], roles=['relative', 'victim', 'witness'], gender='female',
      ethnicity='Uyghur', citizenship=['United Kingdom'], relations=[('mother', 'p1'), ('wife', 'p3')],
      violations=[('family.separation', 'could not follow them: the local police collected his passport in 2016 and refused to return it, so the family has lived apart since'),
                  ('transnational.harassment', "He has asked for Sumeyye's school, her timetable and photographs of her in uniform, and has said that Ablajan \"will have an easier time\" if she co-operates")]),
 dict(id='p3', name='Ablajan Hoshur', names=['Ablajan Hoshur', 'Hoshur', 'Ablajan'], roles=['victim'], gender='male', birth_year=1979,
      relations=[('father', 'p1'), ('husband', 'p2'), ('brother', 'p4')],
      violations=[('movement.passport_confiscation', 'the local police collected his passport in 2016 and refused to return it'),
                  ('family.separation', 'could not follow them: the local police collected his passport in 2016 and refused to return it, so the family has lived apart since'),
                  ('detention.arbitrary_arrest', 'Mr Hoshur was led away from his stall in the Qaraqash bazaar. Nobody showed a warrant.'),
                  ('detention.internment_camp', 'He was kept in what his wife calls "the study centre"'),
                  ('indoctrination.political', 'he was made to learn Mandarin and recite Party rules'),
                  ('medical.biometric_collection', 'a doctor took his blood and recorded his voice'),
                  ('detention.house_arrest', 'was not allowed to leave his township'),
                  ('detention.prison_sentence', 'he is serving nine years'),
                  ('detention.incommunicado', 'Mrs Rozi does not know which prison holds him.')]),
 dict(id='p4', name='Mamut Hoshur', names=['Mamut Hoshur'], roles=['relative'], gender='male', relations=[('uncle', 'p1'), ('brother', 'p3')], violations=[]),
 dict(id='p5', name='Ayshem Tursun', names=['Ayshem Tursun'], roles=['relative'], gender='female', relations=[('grandmother', 'p1')], violations=[]),
 dict(id='p6', name='Ma Jun', names=['Ma Jun'], roles=['official', 'perpetrator'], gender='male', violations=[]),
]
PLACES = [
 dict(name='China', names=['China', 'CHINA']),
 dict(name='Qaraqash County', names=['Qaraqash county', 'Moyu', 'Qaraqash']),
 dict(name='Hotan Prefecture', names=['Hotan prefecture', 'Hotan']),
 dict(name='United Kingdom', names=['UK']),
 dict(name='Cairo', names=['Cairo']),
]
DATES = [
 ('26 January 2024', '2024-01-26', 'day'), ('11/05/2010', '2010-05-11', 'day'), ('Monday 22 January 2024', '2024-01-22', 'day'),
 ('the weekend', '2024-01', 'month'),
 ('24 January 2024', '2024-01-24', 'day'), ('2022', '2022', 'year'), ('2015', '2015', 'year'), ('1979', '1979', 'year'),
 ('in [[2016]] and refused', '2016', 'year'), ('3 July 2017', '2017-07-03', 'day'), ('2019', '2019', 'year'), ('2021', '2021', 'year'),
 ('March last year', '2023-03', 'month'), ('2020', '2020', 'year'), ('last summer', '2023', 'year'), ('This week', '2024-01', 'month'),
 ('last term', '2023', 'year'),
]
EVENTS = [
 ('arrest', 'p3', '2017-07-03', 'day'), ('detention', 'p3', '2017-07-03', 'day'), ('release', 'p3', '2019', 'year'),
 ('arrest', 'p3', '2021', 'year'), ('detention', 'p3', '2021', 'year'), ('sentencing', 'p3', None, None),
 ('death', 'p5', '2020', 'year'),
]
NEGATED = [('p4', 'detention.arbitrary_arrest', 'was not detained, she says'),
           ('p1', 'transnational.harassment', 'Sumeyye has not been contacted by anyone herself')]
FORBIDDEN = [('p4', 'detention.house_arrest'), ('p5', 'death.in_custody'), ('p2', 'detention.arbitrary_arrest'), ('p1', 'surveillance.checkpoint')]
