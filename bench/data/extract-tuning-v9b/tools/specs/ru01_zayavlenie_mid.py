DOC = dict(file='ru01_zayavlenie_mid.txt', language='ru', document_date='2019-11-25',
 note="Russian formal application (заявление) to Kazakhstan's foreign minister (addressee block, applicant block in the genitive, title, body, appendices, date and signature); the addressee 'Министру иностранных дел Республики Казахстан' and 'МИД' are organisations (no place there), while 'г. Алматы' keeps its unit word, 'гражданки Республики Казахстан', 'гражданин Республики Казахстан', 'Казахстане' are place mentions; 'казахстанской прессе', 'китайской стороне' are adjectives (no mention); applicant 'Кусаиновой Мадины Ержановны' (genitive, surname first) and signature 'М. Е. Кусаинова' are mentions of Мадина Кусаинова; 'Садыкова Бекзата' (genitive, reversed), 'Бекзата', 'Бекзатом' are the husband; the son's patronymic 'Бекзатулы' and the sister's and mother's surname 'Садыковой'/'Садыкова' inside their own names are no husband mentions; birth expressions '1988 г. р.' -> span '1988 г.', '1985 года рождения' -> span '1985 года', '2013 г. р.' -> '2013 г.'; 'в уезде Кунес (по-китайски Синьюань)' is one place with two mentions; fingerprints and blood at the border = biometric_collection, passport taken 'на проверку' = passport_confiscation, 'Задержание прошло без каких-либо документов' = arbitrary arrest (arrest + detention 2018-03-02), 'на учёбу' (with the camp named later) = internment camp, moved 'вскоре после этого' (transfer, date null), contact cut 'С апреля 2018 года' and authorities refuse to say where he is = incommunicado + disappearance (event 2018-04); the released cellmate's account of unpaid sewing = forced_labour (asserted), his own release 'В августе этого года' -> 2019-08; 'Суда … не было' confirmed by the court = negated prison_sentence; the sister summoned and threatened because of the applicant's statements = family.reprisal, the call from Хань Бо 'В октябре этого года' -> 2019-10 = transnational.harassment; the mother died at home (death 2018-12, death.in_custody forbidden); the son's not seeing his father is not coded (neither gold nor forbidden).")
SKIP = ['Министру иностранных дел Республики Казахстан']
PERSONS = [
 dict(id='p1', name='Мадина Кусаинова', names=['Кусаиновой Мадины Ержановны', 'М. Е. Кусаинова'], roles=['relative', 'victim', 'witness'], gender='female', birth_year=1988, citizenship=['Kazakhstan'],
      relations=[('wife', 'p2'), ('mother', 'p6'), ('sister-in-law', 'p3'), ('daughter-in-law', 'p5')],
      violations=[('transnational.harassment', 'Он потребовал, чтобы я перестала «клеветать на Китай», иначе мужу «будет хуже».')]),
 dict(id='p2', name='Бекзат Садыков', names=['Садыкова Бекзата', 'Бекзата', 'Бекзатом'], roles=['victim'], gender='male', ethnicity='казах', birth_year=1985, citizenship=['China'],
      relations=[('husband', 'p1'), ('brother', 'p3'), ('son', 'p5'), ('father', 'p6')],
      violations=[('medical.biometric_collection', 'На границе у него взяли отпечатки пальцев и кровь'),
                  ('movement.passport_confiscation', 'паспорт забрали «на проверку» и так и не вернули'),
                  ('detention.arbitrary_arrest', 'Задержание прошло без каких-либо документов, причину нам не назвали.'),
                  ('detention.internment_camp', 'Бекзата отправили «на учёбу»'),
                  ('detention.incommunicado', 'С апреля 2018 года связь с ним полностью прервана.'),
                  ('disappearance.enforced', 'Местные власти отказываются сообщить семье, где он находится.'),
                  ('labour.forced_labour', 'заставляют шить рабочую одежду в цеху при лагере, по двенадцать часов, без оплаты')]),
 dict(id='p3', name='Гульнар Садыкова', names=['Гульнар Садыковой', 'Гульнар'], roles=['relative', 'witness', 'victim'], gender='female',
      relations=[('sister', 'p2'), ('aunt', 'p6')],
      violations=[('family.reprisal', 'Гульнар вызывали в полицию после моих выступлений в казахстанской прессе. Ей велели прекратить всякое общение со мной и пригрозили, что «следующей будет она».')]),
 dict(id='p4', name='Касымхан Токенов', names=['Касымхана Токенова', 'Касымхан'], roles=['victim', 'witness'], gender='male',
      violations=[('detention.internment_camp', 'из лагеря освободили Касымхана Токенова')]),
 dict(id='p5', name='Зейнеп Садыкова', names=['Зейнеп Садыкова'], roles=['relative'], gender='female',
      relations=[('mother', 'p2'), ('mother', 'p3'), ('mother-in-law', 'p1'), ('grandmother', 'p6')]),
 dict(id='p6', name='Алихан Бекзатулы', names=['Алихан Бекзатулы'], roles=['relative'], gender='male', birth_year=2013, citizenship=['Kazakhstan'],
      relations=[('son', 'p1'), ('son', 'p2'), ('grandson', 'p5'), ('nephew', 'p3')]),
 dict(id='p7', name='Хань Бо', names=['Хань Бо'], roles=['official', 'perpetrator'], gender='male'),
]
PLACES = [
 dict(name='Kazakhstan', mentions=['Республики Казахстан', 'Казахстане']), dict(name='Almaty', mentions=['г. Алматы']),
 dict(name='China', mentions=['КНР', 'Китай']), dict(name='Khorgos', mentions=['Хоргос']), dict(name='Ghulja', mentions=['Кульджу']),
 dict(name='Künes County', mentions=['уезде Кунес', 'Синьюань']),
]
DATES = [('1988 г.', '1988', 'year'), ('1985 года', '1985', 'year'), ('24 февраля 2018 года', '2018-02-24', 'day'), ('2 марта 2018 года', '2018-03-02', 'day'),
 ('апреля 2018 года', '2018-04', 'month'), ('августе этого года', '2019-08', 'month'), ('декабре 2018 года', '2018-12', 'month'),
 ('октябре этого года', '2019-10', 'month'), ('2013 г.', '2013', 'year'), ('25 ноября 2019 г.', '2019-11-25', 'day')]
EVENTS = [('arrest', 'p2', '2018-03-02', 'day'), ('detention', 'p2', '2018-03-02', 'day'), ('transfer', 'p2', None, None), ('disappearance', 'p2', '2018-04', 'month'),
 ('release', 'p4', '2019-08', 'month'), ('death', 'p5', '2018-12', 'month')]
NEGATED = [('p2', 'detention.prison_sentence', 'Суда над моим мужем не было')]
FORBIDDEN = [('p2', 'detention.prison_sentence'), ('p5', 'death.in_custody'), ('p3', 'detention.arbitrary_arrest'), ('p1', 'family.reprisal')]
