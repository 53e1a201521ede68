LANG = 'en'; DATE = '2025-11-11'
NOTE = ("Encyclopedia biography: title, hatnote naming a namesake footballer (a link to another article, skipped: not a "
        "person of the text), infobox fields (Born/Status/Spouse/Children), name variants in ULY and Chinese pinyin "
        "(Yüsüpjan Helil, Yusufujiang Hailili), bare surname 'Helil' = the subject while 'Helil Rozimet' is his father, "
        "footnote markers, [citation needed], reference list with dates, 'last edited' line = document date. "
        "Organisations with toponyms: 'Kuchar No. 2 Middle School', 'Munich Uyghur Cultural House' (no places); 'the "
        "Munich newspaper' is a mention. Camp as 'vocational skills education and training centre'; standing whole nights "
        "facing a wall = stress position + sleep deprivation; pledge not to pray = religious ban + forced confession. "
        "Denials: wife 'was not detained', son 'has not been tried'. Rumour: son re-detained 2023 (no code, no event). "
        "Sentencing learnt in December 2020 (null). Son released 'after eleven months' from August 2019 -> 2020-07.")
ORGS = ['Yusupjan Helil (footballer)', 'Kuchar No. 2 Middle School', 'Munich Uyghur Cultural House']
PERSONS = [
 dict(id='p1', name='Yusupjan Helil', names=['Yusupjan Helil', 'Yüsüpjan Helil', 'Yusufujiang Hailili', 'Helil'], roles=['victim'],
      gender='male', ethnicity='Uyghur', birth_year=1958,

      relations=[('husband', 'p2'), ('father', 'p3'), ('father', 'p4'), ('son', 'p5')],
      violations=[('detention.arbitrary_arrest', 'took Helil "to answer a few questions about his students". No document was shown.'),
                  ('detention.pretrial', 'He was held first at a police station in Kuchar'),
                  ('detention.internment_camp', 'at a facility officially described as a "vocational skills education and training centre"'),
                  ('torture.stress_position', 'forced to stand for whole nights facing a wall'),
                  ('torture.sleep_deprivation', 'forced to stand for whole nights facing a wall'),
                  ('torture.beating', 'his right hand, the one he wrote with, had been broken by a guard'),
                  ('detention.prison_sentence', 'Helil had been sentenced to fourteen years for "producing extremist materials"'),
                  ('detention.incommunicado', 'In 2022 the family lost all contact with him; requests to the prison administration in Aksu have gone unanswered.'),
                  ('disappearance.enforced', 'In 2022 the family lost all contact with him')]),
 dict(id='p2', name='Rahile Sadir', names=['Rahile Sadir'], roles=['relative', 'victim'], gender='female',
      relations=[('wife', 'p1'), ('mother', 'p3'), ('mother', 'p4')],
      violations=[('indoctrination.political', 'she was made to attend flag-raising ceremonies every Monday'),
                  ('culture.religious_ban', 'to sign a pledge not to pray at home'),
                  ('coercion.forced_confession', 'to sign a pledge not to pray at home')]),
 dict(id='p3', name='Dilshat Yusupjan', names=['Dilshat Yusupjan', 'Dilshat'], roles=['relative', 'victim'], gender='male',
      relations=[('son', 'p1'), ('son', 'p2'), ('brother', 'p4'), ('grandson', 'p5')],
      violations=[('detention.pretrial', 'was arrested in Ürümqi in August 2019 and released after eleven months; he has not been tried')]),
 dict(id='p4', name='Munever Yusupjan', names=['Munever Yusupjan'], roles=['relative', 'witness'], gender='female',
      relations=[('daughter', 'p1'), ('daughter', 'p2'), ('sister', 'p3'), ('granddaughter', 'p5')], violations=[]),
 dict(id='p5', name='Helil Rozimet', names=['Helil Rozimet'], roles=['relative'], gender='male', relations=[('father', 'p1')], violations=[]),
]
PLACES = [
 dict(name='Kuchar', names=['Kuchar', 'Kuqa']),
 dict(name='Xinjiang', names=['Xinjiang']),
 dict(name='China', names=['China']),
 dict(name='Aksu Prefecture', names=['Aksu Prefecture']),
 dict(name='Aksu', names=['Aksu']),
 dict(name='Munich', names=['Munich']),
 dict(name='Shayar', names=['Shayar']),
 dict(name='Ürümqi', names=['Ürümqi']),
]
DATES = [
 ('Born: [[4 February 1958]]', '1958-02-04', 'day'), ('born [[4 February 1958]]', '1958-02-04', 'day'),
 ('since [[2022]])', '2022', 'year'), ('1984', '1984', 'year'), ('detained in [[2018]]', '2018', 'year'),
 ('sentenced in [[2020]]', '2020', 'year'), ('1966', '1966', 'year'), ('the evening of 17 April 2018', '2018-04-17', 'day'),
 ('June of that year', '2018-06', 'month'), ('December 2020', '2020-12', 'month'), ('In [[2022]] the family', '2022', 'year'),
 ('August 2019', '2019-08', 'month'), ('in [[2023]]', '2023', 'year'), ('last year', '2024', 'year'),
 ('3 January 2021', '2021-01-03', 'day'), ('12 May 2023', '2023-05-12', 'day'), ('19 September 2021', '2021-09-19', 'day'),
 ('6 March 2024', '2024-03-06', 'day'), ('11 November 2025', '2025-11-11', 'day'),
]
EVENTS = [
 ('arrest', 'p1', '2018-04-17', 'day'), ('detention', 'p1', '2018-04-17', 'day'), ('transfer', 'p1', '2018-06', 'month'),
 ('sentencing', 'p1', None, None), ('disappearance', 'p1', '2022', 'year'),
 ('arrest', 'p3', '2019-08', 'month'), ('detention', 'p3', '2019-08', 'month'), ('release', 'p3', '2020-07', 'month'),
]
NEGATED = [('p2', 'detention.arbitrary_arrest', 'was not detained'),
           ('p3', 'detention.prison_sentence', 'he has not been tried')]
FORBIDDEN = [('p2', 'detention.internment_camp'), ('p4', 'transnational.harassment'), ('p5', 'culture.religious_ban')]
