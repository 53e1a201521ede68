DOC = dict(file='kk01_kundelik.txt', language='kk', document_date='2019-03-21',
 note="Kazakh (Cyrillic) diary excerpt of a young woman in Kazakhstan (title in the genitive, five dated entries, first person); gold covers only persons (named people; names, mentions, roles, attributes, relations), places and dates; events, negated, forbidden and violations are deliberately empty (as for ug/zh). The diarist is named only in the title 'Ақерке Жұмабайқызының' (genitive, whole word: a mention; narrator); 'ағам', 'нағашы ағам', 'мамам' are no mentions; honorific 'апай' is outside the mention ('Гүлсім апай', 'Гүлсім апайға'); inflected whole-word mentions 'Ерназардың', 'Дәуреннің', 'Қайсарды'; the uncle 'биыл 58-ге толады' -> age 58, the son 'биыл он алтыға толады' -> age 16; places are whole words with suffixes ('Қазақстанға', 'Текесте', 'Текестегі', 'Құлжадағы', 'Шәуешекте', 'Алматыда'), 'Қорғас' before 'арқылы'; dates: entry headings 'YYYY жылғы D наурыз' (day); each 'Бүгін' resolved to its entry's date (day precision); 'биыл' -> 2019; '2017 жылдың қарашасында' -> 2017-11; 'Былтыр жазда' -> 2018; '2018 жылдың күзінде' -> 2018; 'Өткен жылғы Наурызды' -> 2018-03 (the holiday in March of the previous year); '1961 жылы', '2016 жылы'; 'Таңертең', 'кешке' are times of day and 'Екі жылда' a duration (no dates); 'оқу орталығында' is a facility description, no place.")
PERSONS = [
 dict(id='p1', name='Ақерке Жұмабайқызы', names=['Ақерке Жұмабайқызының'], roles=['narrator', 'relative'], gender='female',
      relations=[('niece', 'p2')]),
 dict(id='p2', name='Ерназар Қалиұлы', names=['Ерназар Қалиұлы', 'Ерназардың'], roles=['victim', 'witness', 'relative'], gender='male', birth_year=1961, age=58,
      relations=[('uncle', 'p1'), ('husband', 'p3'), ('father', 'p4')]),
 dict(id='p3', name='Гүлсім Ахметқызы', names=['Гүлсім Ахметқызы', 'Гүлсім'], roles=['relative', 'victim'], gender='female',
      relations=[('wife', 'p2'), ('mother', 'p4')]),
 dict(id='p4', name='Дәурен', names=['Дәурен', 'Дәуреннің'], roles=['relative'], gender='male', age=16,
      relations=[('son', 'p2'), ('son', 'p3')]),
 dict(id='p5', name='Қайсар Мұратбекұлы', names=['Қайсар Мұратбекұлы', 'Қайсар', 'Қайсарды'], roles=['victim'], gender='male'),
]
PLACES = [
 dict(name='Khorgos', mentions=['Қорғас']), dict(name='Kazakhstan', mentions=['Қазақстанға']),
 dict(name='Tekes', mentions=['Текесте', 'Текестегі']), dict(name='Ghulja', mentions=['Құлжадағы']),
 dict(name='Tacheng', mentions=['Шәуешекте']), dict(name='Almaty', mentions=['Алматыда']),
]
DATES = [('2019 жылғы 12 наурыз', '2019-03-12', 'day'), (('Бүгін', 0), '2019-03-12', 'day'), ('1961 жылы', '1961', 'year'), (('биыл', 0), '2019', 'year'),
 ('2016 жылы', '2016', 'year'),
 ('2019 жылғы 14 наурыз', '2019-03-14', 'day'), ('2017 жылдың қарашасында', '2017-11', 'month'), ('Былтыр жазда', '2018', 'year'),
 ('2019 жылғы 18 наурыз', '2019-03-18', 'day'), (('биыл', 1), '2019', 'year'), (('Бүгін', 1), '2019-03-18', 'day'),
 ('2019 жылғы 20 наурыз', '2019-03-20', 'day'), (('Бүгін', 2), '2019-03-20', 'day'), ('2018 жылдың күзінде', '2018', 'year'),
 ('2019 жылғы 21 наурыз', '2019-03-21', 'day'), (('Бүгін', 3), '2019-03-21', 'day'), ('Өткен жылғы Наурызды', '2018-03', 'month')]
EVENTS = []
NEGATED = []
FORBIDDEN = []
