DOC = dict(file='ru02_shkolnoe_sochinenie.txt', language='ru', document_date='2022-04-18',
 note="Russian school essay by a ninth-grader in Almaty (title with theme, pupil's name and class, essay, date, mark and teacher's signature); the pupil Аяулым Ахметова is the named first-person narrator (a person); the teacher's signature 'Р. К. Абенова' under the mark is a credit (not a person); 'дедушка', 'бабушка', 'мама' are no mentions; the official 'участковый по фамилии Ли' is a person named by surname only; 'Бибигуль Сарсенову' is accusative; 'уезде Эмин' keeps its unit word; taken from a hospital by the local officer, no papers shown = arbitrary arrest (arrest + detention 2018-01), the camp called «школа» = internment camp; no Kazakh, no prayer = language_ban + religious_ban; twenty people for twelve beds, sleeping in turns = overcrowding; losing twenty kilos = food deprivation (understatement of a starvation diet); blood-pressure pills withheld = denied_medical_care; release 2019-04, half a year confined to the village with evening reporting = house_arrest, passport taken 'ещё в 2017 году' = passport_confiscation; exit to Almaty 'Прошлым летом' -> 2021 (both 'прошлого лета' and 'Прошлым летом' -> 2021); the grandmother 'не задерживали' (negated arbitrary_arrest) but had to attend flag-raising and sing the anthem = indoctrination; the uncle's seven-year sentence 'в 2018 году' (sentencing 2018), WhatsApp as cause = surveillance.digital, place unknown = incommunicado + disappearance (no dated disappearance event); trembling hands not coded.")
PERSONS = [
 dict(id='p1', name='Аяулым Ахметова', names=['Аяулым Ахметова'], roles=['narrator', 'relative'], gender='female', age=15,
      relations=[('granddaughter', 'p2'), ('granddaughter', 'p3'), ('niece', 'p4')]),
 dict(id='p2', name='Нурахмет Сейткали', names=['Нурахмет Сейткали'], roles=['victim'], gender='male', birth_year=1951, age=71,
      relations=[('grandfather', 'p1'), ('husband', 'p3')],
      violations=[('detention.arbitrary_arrest', 'дедушку увезли прямо из больницы, где он лечился от давления. Увёз его участковый по фамилии Ли. Никаких бумаг семье не показали.'),
                  ('detention.internment_camp', 'он в лагере, который там называют «школой»'),
                  ('culture.language_ban', 'Говорить по-казахски там было нельзя'),
                  ('culture.religious_ban', 'Говорить по-казахски там было нельзя, молиться тоже.'),
                  ('detention.overcrowding', 'В комнате на двенадцать кроватей их было двадцать человек, спали по очереди.'),
                  ('ill_treatment.food_deprivation', 'Кормили так, что он потерял двадцать килограммов.'),
                  ('ill_treatment.denied_medical_care', 'Таблетки от давления, которые бабушка передала, ему так и не отдали.'),
                  ('detention.house_arrest', 'Ещё полгода ему нельзя было выходить за пределы села, и каждый вечер он должен был отмечаться у старосты.'),
                  ('movement.passport_confiscation', 'Паспорта у него тоже не было: его забрали ещё в 2017 году, «чтобы не уехал».')]),
 dict(id='p3', name='Бибигуль Сарсенова', names=['Бибигуль Сарсенову'], roles=['relative', 'victim'], gender='female',
      relations=[('grandmother', 'p1'), ('wife', 'p2')],
      violations=[('indoctrination.political', 'каждый понедельник она должна была стоять на подъёме флага и петь гимн Китая вместе со всей улицей')]),
 dict(id='p4', name='Ерсин', names=['Ерсин'], roles=['victim', 'relative'], gender='male',
      relations=[('uncle', 'p1')],
      violations=[('detention.prison_sentence', 'в 2018 году получил семь лет тюрьмы'),
                  ('surveillance.digital', 'причиной стал WhatsApp, который нашли у него в телефоне'),
                  ('detention.incommunicado', 'Где он сейчас, мы не знаем.'),
                  ('disappearance.enforced', 'Где он сейчас, мы не знаем.')]),
 dict(id='p5', name='Ли', names=['Ли'], roles=['official', 'perpetrator'], gender=None),
]
PLACES = [
 dict(name='Emin County', mentions=['уезде Эмин']), dict(name='Kazakhstan', mentions=['Казахстаном']),
 dict(name='China', mentions=['Китая']), dict(name='Almaty', mentions=['Алматы']),
]
DATES = [('1951 году', '1951', 'year'), ('прошлого лета', '2021', 'year'), ('январе 2018 года', '2018-01', 'month'), ('апреле 2019 года', '2019-04', 'month'),
 ('2017 году', '2017', 'year'), ('2018 году', '2018', 'year'), ('Прошлым летом', '2021', 'year'), ('18 апреля 2022 г.', '2022-04-18', 'day')]
EVENTS = [('arrest', 'p2', '2018-01', 'month'), ('detention', 'p2', '2018-01', 'month'), ('release', 'p2', '2019-04', 'month'), ('exit', 'p2', '2021', 'year'),
 ('sentencing', 'p4', '2018', 'year')]
NEGATED = [('p3', 'detention.arbitrary_arrest', 'Бабушку, Бибигуль Сарсенову, не задерживали.')]
FORBIDDEN = [('p3', 'detention.arbitrary_arrest'), ('p2', 'detention.prison_sentence'), ('p2', 'torture.beating'), ('p4', 'detention.internment_camp')]
