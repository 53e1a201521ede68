from uly2uey import conv as U
DOC = dict(file='ug01_xatire.txt', language='ug', document_date='2023-09-10',
 note="Uyghur (Arabic script, UEY) memoir excerpt (title, first-person memoir text, place-and-date line), written in ULY (tools/uly/ug01_xatire.uly) and converted with tools/uly2uey.py; gold covers only persons (named people; names, mentions, roles, attributes, relations), places and dates; events, negated, forbidden and violations are deliberately empty. The narrator Mehbube Ibrahim and her brother Qahar Ibrahim carry their father Ibrahim Yaqup's given name (bare 'Ibrahim' inside their names is no father mention); 'Qaharning' (genitive) and 'Rizwan'gül Möminmu' (with the -mu particle) are whole-word mentions; 'Rabiye hede' covers 'Rabiye' only (honorific); 'Dadam', 'Apam', 'inim', 'qizim' are no mentions; the daughter Dilara's age is stated ('on üch yashqa kirdi' -> 13); place words with suffixes are whole words ('Qumul shehiride', 'Qumuldiki', 'Qumulda', 'Toqsunda', 'Ürümchide', 'Turpandiki', 'Gollandiyede', 'Amstérdamda'), and 'Qumul wokzalida' (the Qumul railway station) gives the modifier mention 'Qumul'; dates: '1979-yili', 'bu yil' -> 2023, '1948-yili', '2017-yili küzde', '2016-yili yazda', 'Ikki yildin kéyin' -> 2019 (from 2017), '2019-yili yazda', 'Ötken yili' -> 2022, '2023-yili 10-séntebir'; 'On yildin buyan' and 'ottuz yil' are durations, no dates.")
PERSONS = [
 dict(id='p1', name=U('Mehbube Ibrahim'), names=[U('Mehbube Ibrahim')], roles=['narrator', 'relative'], gender='female', birth_year=1979,
      relations=[('daughter', 'p2'), ('daughter', 'p3'), ('sister', 'p4'), ('mother', 'p5'), ('sister-in-law', 'p6')]),
 dict(id='p2', name=U('Ibrahim Yaqup'), names=[U('Ibrahim Yaqup')], roles=['victim'], gender='male', birth_year=1948,
      relations=[('father', 'p1'), ('father', 'p4'), ('husband', 'p3'), ('grandfather', 'p5'), ('father-in-law', 'p6')]),
 dict(id='p3', name=U('Aynisa Hesen'), names=[U('Aynisa Hesen')], roles=['relative'], gender='female',
      relations=[('mother', 'p1'), ('mother', 'p4'), ('wife', 'p2'), ('grandmother', 'p5'), ('mother-in-law', 'p6')]),
 dict(id='p4', name=U('Qahar Ibrahim'), names=[U('Qahar Ibrahim'), U('Qaharning')], roles=['victim', 'relative'], gender='male',
      relations=[('brother', 'p1'), ('son', 'p2'), ('son', 'p3'), ('husband', 'p6'), ('uncle', 'p5')]),
 dict(id='p5', name=U('Dilara'), names=[U('Dilara')], roles=['relative'], gender='female', age=13,
      relations=[('daughter', 'p1'), ('granddaughter', 'p2'), ('granddaughter', 'p3'), ('niece', 'p4')]),
 dict(id='p6', name=U("Rizwan'gül Mömin"), names=[U("Rizwan'gül Möminmu"), U("Rizwan'gül")], roles=['relative', 'victim'], gender='female',
      relations=[('wife', 'p4'), ('daughter-in-law', 'p2'), ('daughter-in-law', 'p3'), ('sister-in-law', 'p1')]),
 dict(id='p7', name=U('Rabiye'), names=[U('Rabiye')], roles=['witness'], gender='female'),
]
PLACES = [
 dict(name='Kumul', mentions=[U('Qumul shehiride'), U('Qumuldiki'), U('Qumulda'), U('Qumul')]),
 dict(name='Netherlands', mentions=[U('Gollandiyede')]),
 dict(name='Amsterdam', mentions=[U('Amstérdamda'), U('Amstérdam')]),
 dict(name='Toksun', mentions=[U('Toqsunda')]),
 dict(name='Urumqi', mentions=[U('Ürümchide')]),
 dict(name='Turpan', mentions=[U('Turpandiki')]),
]
DATES = [(U('1979-yili'), '1979', 'year'), (U('bu yil'), '2023', 'year'), (U('1948-yili'), '1948', 'year'), (U('2017-yili küzde'), '2017', 'year'),
 (U('2016-yili yazda'), '2016', 'year'), (U('Ikki yildin kéyin'), '2019', 'year'), (U('2019-yili yazda'), '2019', 'year'),
 (U('Ötken yili'), '2022', 'year'), (U('2023-yili 10-séntebir'), '2023-09-10', 'day')]
EVENTS = []
NEGATED = []
FORBIDDEN = []
