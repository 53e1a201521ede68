LANG = 'en'; DATE = '2025-06-30'
NOTE = ("Open-source (satellite imagery) verification note: analyst and reviewer credits (not persons), note number, "
        "ISO imagery dates (day dates), coordinates-free distances, 'the Bugur county government' (organisation). "
        "Bugur town vs Bugur county (Luntai in Chinese) kept apart; 'Bugur bus station' = the town; 'Korla railway line' "
        "is a mention. Scanner-gate alarm = checkpoint; leg chains in class = shackling (coded for the witness, who was "
        "among the detainees); beaten for praying = beating + religious ban (cellmate, also coded internment_camp as a "
        "named cellmate); signed promise of silence = forced confession. Denials: 'Rustem says he himself was never struck, and that nobody abused him sexually'. Locked alone nine days = solitary; washing once a fortnight = denied hygiene. "
        "Hedge: second building held women (no code). Sentence learnt later (sentencing null). 'April' -> 2025-04; "
        "'two months later' -> 2019-03. Background: 'several hundred such facilities'.")
ORGS = ['Bugur county government']
PERSONS = [
 dict(id='p1', name='Rustem Nasir', names=['Rustem Nasir', 'Rustem'], roles=['victim', 'witness'], gender='male', ethnicity='Uyghur', age=38,
      violations=[('surveillance.checkpoint', 'his identity card triggered an alarm at the scanner gate'),
                  ('detention.arbitrary_arrest', 'The officers did not say why and produced no document.'),
                  ('detention.internment_camp', 'He was driven "about ten minutes east, past the railway" to a converted cotton gin.'),
                  ('detention.shackling', 'Detainees wore leg chains even in the classroom'),
                  ('indoctrination.political', 'where they copied slogans and sang the anthem each morning before breakfast'),
                  ('coercion.forced_confession', 'made to sign a promise not to speak about the compound'),
                  ('detention.solitary_confinement', 'he was locked alone for nine days in a windowless room beside the boiler'),
                  ('ill_treatment.denied_hygiene', 'for months the detainees were allowed to wash once a fortnight')]),
 dict(id='p2', name='Tahir Mamut', names=['Tahir Mamut', 'Tahir'], roles=['victim'], gender='male',
      violations=[('detention.internment_camp', 'His cellmate, a former imam named Tahir Mamut'),
                  ('torture.beating', 'was beaten with a rubber hose by guards'),
                  ('culture.religious_ban', 'was beaten with a rubber hose by guards after he was seen moving his lips in prayer'),
                  ('detention.prison_sentence', 'a court in Korla had given him fifteen years')]),
 dict(id='p3', name='Yao Jianmin', names=['Yao Jianmin'], roles=['official', 'perpetrator'], violations=[]),
]
PLACES = [
 dict(name='Bugur', names=['Bugur town', 'Bugur']), dict(name='Bugur County', names=['Bugur county', 'Luntai']),
 dict(name='Istanbul', names=['Istanbul']), dict(name='Korla', names=['Korla']), dict(name='Khorgos', names=['Khorgos']),
 dict(name='China', names=['China']), dict(name='Bayingolin Mongol Autonomous Prefecture', names=['Bayingolin Mongol Autonomous Prefecture']),
 dict(name='Kuchar', names=['Kuchar']),
]
DATES = [
 ('30 June 2025', '2025-06-30', 'day'), ('in [[April]]', '2025-04', 'month'), ('6 February 2018', '2018-02-06', 'day'),
 ('the autumn of 2018', '2018', 'year'), ('22 January 2019', '2019-01-22', 'day'), ('two months later', '2019-03', 'month'),
 ('2017-08-02', '2017-08-02', 'day'), ('2018-01-19', '2018-01-19', 'day'), ('2019-09-27', '2019-09-27', 'day'),
 ('2023-05-10', '2023-05-10', 'day'), ('August 2017', '2017-08', 'month'), ('January 2018', '2018-01', 'month'),
]
EVENTS = [
 ('arrest', 'p1', '2018-02-06', 'day'), ('detention', 'p1', '2018-02-06', 'day'), ('release', 'p1', '2019-01-22', 'day'),
 ('exit', 'p1', '2019-03', 'month'), ('sentencing', 'p2', None, None),
]
NEGATED = [('p1', 'torture.beating', 'Rustem says he himself was never struck'), ('p1', 'sexual_violence.rape', 'nobody abused him sexually')]
FORBIDDEN = [('p1', 'culture.religious_ban'), ('p1', 'detention.prison_sentence'), ('p2', 'coercion.forced_confession')]
