DOC = dict(file='en01_court_complaint.txt', language='en', document_date='2025-03-14',
 note="English excerpt of a US federal civil complaint (caption, civil action number, numbered factual allegations); the caption 'PARHAT IMIN, Plaintiff' is a mention; the company, the court names ('UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA', 'Ili prefecture intermediate court') and 'Ghulja public security bureau' are organisations (no place mentions), while 'Ghulja city detention center' gives a place mention and 'Virginia newspaper' is a modifier mention; 'Civil Action No. 1:25-cv-00817' is no date; Ablet Imin and Parhat Imin carry their father Imin Sawut's given name (bare 'Imin' inside their names is no father mention); 'Mr. Tursun' = Nurmemet Tursun; Ablet's arrest at a checkpoint opens a detention (arrest + detention 2018-04-03), a camera flag and WhatsApp as grounds (surveillance.checkpoint, surveillance.digital), 'vocational skills school' = internment camp, transfer 2018-06, eleven months without news from the arrest = incommunicado + disappearance (event at the arrest date), sentence learned in February 2021 (sentencing date null); the restraint chair is asserted for Nurmemet and denied for Ablet (negated); the father was questioned (interrogation, 'the autumn of 2019' -> 2019) and pressured because of the son abroad (family.reprisal; transnational.harassment for Parhat) but not taken into custody (negated arbitrary_arrest); naturalized citizen of the United States -> United States.")
SKIP = ['UNITED STATES DISTRICT COURT', 'DISTRICT OF COLUMBIA', 'NORTHSTAR VISION SYSTEMS', 'Ghulja public security bureau', 'Ili prefecture intermediate court']
PERSONS = [
 dict(id='p1', name='Parhat Imin', names=['Parhat Imin', 'PARHAT IMIN'], roles=['victim', 'witness', 'relative'], gender='male', ethnicity='Uyghur', birth_year=1986, citizenship=['United States'],
      relations=[('brother', 'p2'), ('son', 'p3')],
      violations=[('transnational.harassment', 'Plaintiff has received repeated calls from a man who identified himself as Officer Ma Jinlong of the Ghulja public security bureau, urging him to return and to stop "spreading rumors."'),
                  ('transnational.harassment', 'Officers told him that his pension would stop unless his elder son "came home."')]),
 dict(id='p2', name='Ablet Imin', names=['Ablet Imin', 'Ablet'], roles=['victim'], gender='male',
      relations=[('brother', 'p1'), ('son', 'p3')],
      violations=[('surveillance.checkpoint', 'A camera supplied by Defendant read his face and flagged him as a "person of concern."'),
                  ('detention.arbitrary_arrest', 'No warrant was shown, and no charge has ever been communicated to the family.'),
                  ('detention.pretrial', 'then drove him to the Ghulja city detention center'),
                  ('surveillance.digital', 'the flag was generated because Ablet had once installed WhatsApp on his phone to speak with Plaintiff'),
                  ('detention.internment_camp', 'In June 2018 he was moved to a facility that local officials described to his father as a "vocational skills school" on the outskirts of Ghulja.'),
                  ('indoctrination.political', 'Inmates there were required to recite Party texts each evening'),
                  ('culture.religious_ban', 'Ablet was forbidden to pray'),
                  ('torture.beating', 'guards struck Ablet with rubber batons after he fainted in class'),
                  ('detention.incommunicado', 'neither Plaintiff nor his father could learn where Ablet was held'),
                  ('disappearance.enforced', 'From the day of his arrest, and for eleven months, neither Plaintiff nor his father could learn where Ablet was held.'),
                  ('detention.prison_sentence', 'Ablet had been sentenced to nine years in prison')]),
 dict(id='p3', name='Imin Sawut', names=['Imin Sawut'], roles=['relative', 'victim'], gender='male', age=77,
      relations=[('father', 'p1'), ('father', 'p2')],
      violations=[('family.reprisal', 'Imin Sawut was questioned for an afternoon in the autumn of 2019, after Plaintiff spoke to a Virginia newspaper. Officers told him that his pension would stop unless his elder son "came home."')]),
 dict(id='p4', name='Nurmemet Tursun', names=['Nurmemet Tursun', 'Tursun'], roles=['victim', 'witness'], gender='male',
      violations=[('detention.internment_camp', 'a former inmate held in the same facility from the summer of 2018 until his release in 2020'),
                  ('torture.tiger_chair', 'was himself strapped into a restraint chair during his own questioning')]),
 dict(id='p5', name='Ma Jinlong', names=['Ma Jinlong'], roles=['official', 'perpetrator'], gender='male'),
]
PLACES = [
 dict(name='Ghulja', mentions=['Ghulja']),
 dict(name='Xinjiang', mentions=['Xinjiang']),
 dict(name='United States', mentions=['United States']),
 dict(name='Fairfax', mentions=['Fairfax']),
 dict(name='Virginia', mentions=['Virginia']),
 dict(name='Chapchal', mentions=['Chapchal']),
]
DATES = [('March 14, 2025', '2025-03-14', 'day'), ('9 July 1986', '1986-07-09', 'day'), (('States in [[2019]]', 0), '2019', 'year'),
 ('April 3, 2018', '2018-04-03', 'day'), ('June 2018', '2018-06', 'month'), ('the summer of 2018', '2018', 'year'),
 (('release in [[2020]]', 0), '2020', 'year'), ('the autumn of 2019', '2019', 'year'), ('February 2021', '2021-02', 'month')]
EVENTS = [('arrest', 'p2', '2018-04-03', 'day'), ('detention', 'p2', '2018-04-03', 'day'), ('disappearance', 'p2', '2018-04-03', 'day'),
 ('transfer', 'p2', '2018-06', 'month'), ('sentencing', 'p2', None, None),
 ('detention', 'p4', '2018', 'year'), ('interrogation', 'p4', None, None), ('release', 'p4', '2020', 'year'),
 ('interrogation', 'p3', '2019', 'year')]
NEGATED = [('p2', 'torture.tiger_chair', 'states that Ablet was never put in that chair'),
 ('p3', 'detention.arbitrary_arrest', 'Imin Sawut was not taken into custody')]
FORBIDDEN = [('p2', 'torture.tiger_chair'), ('p3', 'detention.arbitrary_arrest'), ('p2', 'death.in_custody'), ('p1', 'detention.arbitrary_arrest'), ('p3', 'detention.pretrial')]
