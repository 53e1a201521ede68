LANG = 'ru'; DATE = '2022-10-03'
NOTE = ("Характеристика с места работы (шапка ТОО «Жетысу-Транс Логистика» — организация, не место; адрес; подпись "
        "директора «Б. К. Омаров» — автор документа, не персона текста). Обратный порядок и падежи: «Касымханулы Жандоса», "
        "«Касымханулы Жандос», «Жандоса», «о Жандосе», «Жандосу»; «Нурланом». Казахское имя: Касымханулы <- Касымхан "
        "Нурбаев. «гражданин Республики Казахстан» -> Kazakhstan; «МИД Республики Казахстан» — организация. Места: «уезде "
        "Манас (кит. Манаси)», «Манасе», «полиции Манаса» (упоминание). Стояние на коленях за молитву = stress_position + "
        "religious_ban; двоюродный брат в той же комнате = internment_camp. Отрицание: «его не били»; отец «задержан не "
        "был», умер дома (death.in_custody запрещено). «через три дня» после апреля -> 2018 (год); «ноябре прошлого года» "
        "-> 2021-11. Возвращение в Алматы датировано только прибытием (exit, дата null).")
ORGS = ['Жетысу-Транс Логистика', 'МИД Республики Казахстан']
PERSONS = [
 dict(id='p1', name='Жандос Касымханулы', names=['Касымханулы Жандоса', 'Касымханулы Жандос', 'Жандос', 'Жандоса', 'Жандосе', 'Жандосу'],
      roles=['victim', 'witness'], gender='male', ethnicity='казах', birth_year=1983, citizenship=['Kazakhstan'],
      relations=[('son', 'p4'), ('cousin', 'p3')],
      violations=[('surveillance.digital', 'пограничники проверили его телефон'),
                  ('detention.arbitrary_arrest', 'Жандоса забрали из отцовского дома люди в штатском, не предъявив никаких документов'),
                  ('movement.passport_confiscation', 'Казахстанский паспорт у него изъяли.'),
                  ('detention.incommunicado', 'Около четырнадцати месяцев о Жандосе не было известий.'),
                  ('disappearance.enforced', 'Около четырнадцати месяцев о Жандосе не было известий.'),
                  ('detention.internment_camp', 'содержался в «школе» в Манасе'),
                  ('ill_treatment.food_deprivation', 'кормили раз в день жидкой похлёбкой'),
                  ('culture.religious_ban', 'за молитву ставили на колени на бетонный пол'),
                  ('torture.stress_position', 'за молитву ставили на колени на бетонный пол'),
                  ('transnational.harassment', 'позвонил мужчина, назвавшийся сотрудником полиции Манаса, и потребовал, чтобы тот «приехал поговорить»')]),
 dict(id='p2', name='Серик Ахметов', names=['Серик Ахметов'], roles=['witness'], gender='male', violations=[]),
 dict(id='p3', name='Нурлан Сейткали', names=['Нурлан Сейткали', 'Нурланом'], roles=['victim', 'relative'], gender='male',
      relations=[('cousin', 'p1')],
      violations=[('detention.internment_camp', 'В одной комнате с ним содержался его двоюродный брат Нурлан Сейткали')]),
 dict(id='p4', name='Касымхан Нурбаев', names=['Касымхан Нурбаев'], roles=['relative'], gender='male', relations=[('father', 'p1')], violations=[]),
]
PLACES = [
 dict(name='Almaty', names=['г. Алматы', 'Алматы']), dict(name='Kazakhstan', names=['Республики Казахстан']),
 dict(name='Manas County', names=['уезде Манас', 'Манаси', 'Манасе', 'Манаса']),
 dict(name='Changji Hui Autonomous Prefecture', names=['Чанцзи-Хуэйского автономного округа']),
 dict(name='Khorgos', names=['Хоргос']), dict(name='Tashkent', names=['Ташкент']), dict(name='Bishkek', names=['Бишкек']),
]
DATES = [
 ('3 октября 2022 г.', '2022-10-03', 'day'), ('1983 года', '1983', 'year'), ('2015 года', '2015', 'year'), ('мая 2012 года', '2012-05', 'month'),
 ('апреле 2018 года', '2018-04', 'month'), ('через три дня', '2018', 'year'), ('июне 2019 года', '2019-06', 'month'),
 ('августе того же года', '2019-08', 'month'), ('ноябре прошлого года', '2021-11', 'month'), ('2020 году', '2020', 'year'),
]
EVENTS = [
 ('arrest', 'p1', '2018', 'year'), ('detention', 'p1', '2018', 'year'), ('disappearance', 'p1', '2018', 'year'),
 ('release', 'p1', '2019-06', 'month'), ('exit', 'p1', None, None), ('death', 'p4', '2020', 'year'),
]
NEGATED = [('p1', 'torture.beating', 'Со слов Жандоса, его не били.'),
           ('p4', 'detention.arbitrary_arrest', 'задержан не был')]
FORBIDDEN = [('p4', 'death.in_custody'), ('p2', 'transnational.harassment'), ('p3', 'disappearance.enforced')]
