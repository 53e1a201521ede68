LANG = 'ru'; DATE = '2021-06-10'
NOTE = ("Ходатайство адвоката о приобщении документов (адресат — суд г. Алматы и судья: не персона/не место; номер дела; "
        "подпись адвоката — автор, не персона текста; «Приложение: на 14 листах»). Обратный порядок в родительном "
        "падеже «Ибрагим Шахиды»; уйгурская фамилия = имя отца (Шахида Ибрагим <- Ибрагим Нурахун), «Ибрагима Нурахуна». "
        "Падежи: «Алимом», «Алима», «Турсуна Абдуллы», «Турсуна». «гражданка КНР» -> China (КНР — упоминание). Даты "
        "ДД.ММ.ГГГГ. Подвешивали за запястья = stress_position; электрическая дубинка = electric_shock + beating; подпись "
        "под признанием = forced_confession; иглы под ногти = nail_torture. «Где он отбывает наказание, семье не сообщают» = incommunicado + "
        "disappearance (без события). Общий отказ «Самого Турсуна … не пытали»: только forbidden. Отец «не задерживался» "
        "(negated). Слух: перевод в тюрьму в Кашгаре (не код, не событие). «осени прошлого года» -> 2020.")
ORGS = ['Специализированный межрайонный административный суд г. Алматы', 'Кашгарским промежуточным народным судом']
PERSONS = [
 dict(id='p1', name='Шахида Ибрагим', names=['Ибрагим Шахиды', 'Шахида Ибрагим'], roles=['victim', 'relative'], gender='female',
      ethnicity='уйгурка', birth_year=1986, citizenship=['China'], relations=[('wife', 'p2'), ('daughter', 'p4')],
      violations=[('reproductive.forced_contraception', 'в 2017 году истице в Маралбаши без её согласия установили внутриматочную спираль'),
                  ('transnational.harassment', 'от неё требуют вернуться и «не позорить семью»')]),
 dict(id='p2', name='Алим Хашим', names=['Алим Хашим', 'Алимом', 'Алима'], roles=['victim'], gender='male',
      relations=[('husband', 'p1'), ('son-in-law', 'p4')],
      violations=[('detention.prison_sentence', '19.08.2019 осуждён Кашгарским промежуточным народным судом к шестнадцати годам лишения свободы'),
                  ('detention.internment_camp', 'почти два года содержался в «центре профессионального обучения» в уезде Маралбаши'),
                  ('detention.arbitrary_arrest', 'куда его увезли из дома ночью 27.10.2017 без какого-либо постановления'),
                  ('detention.incommunicado', 'Где он отбывает наказание, семье не сообщают.'),
                  ('disappearance.enforced', 'Где он отбывает наказание, семье не сообщают.'),
                  ('torture.stress_position', 'Алима подвешивали за запястья к решётке'),
                  ('torture.electric_shock', 'били электрической дубинкой'),
                  ('torture.beating', 'били электрической дубинкой'),
                  ('torture.nail_torture', 'загнали ему под ногти иглы'),
                  ('coercion.forced_confession', 'добиваясь подписи под признанием')]),
 dict(id='p3', name='Турсун Абдулла', names=['Турсуна Абдуллы', 'Турсун Абдулла', 'Турсуна'], roles=['witness', 'victim'], gender='male',
      violations=[('detention.internment_camp', 'который провёл с Алимом в одной камере четыре месяца')]),
 dict(id='p4', name='Ибрагим Нурахун', names=['Ибрагима Нурахуна'], roles=['relative', 'victim'], gender='male', age=71,
      relations=[('father', 'p1'), ('father-in-law', 'p2')],
      violations=[('family.reprisal', 'после её выезда лишили пенсии и дважды вызывали в полицию, требуя, чтобы он уговорил дочь вернуться')]),
]
PLACES = [
 dict(name='Kazakhstan', names=['Республику Казахстан']), dict(name='China', names=['КНР']), dict(name='Khorgos', names=['Хоргос']),
 dict(name='Maralbeshi County', names=['уезде Маралбаши', 'Бачу', 'Маралбаши']), dict(name='Kashgar Prefecture', names=['Кашгарского округа']),
 dict(name='Almaty', names=['Алматы']), dict(name='Kashgar', names=['Кашгаре']),
]
DATES = [
 ('1986 г.', '1986', 'year'), ('14.02.2020', '2020-02-14', 'day'), ('05.05.2021', '2021-05-05', 'day'), ('19.08.2019', '2019-08-19', 'day'),
 ('27.10.2017', '2017-10-27', 'day'), ('2020 году', '2020', 'year'), ('2017 году', '2017', 'year'), ('марте этого года', '2021-03', 'month'),
 ('осени прошлого года', '2020', 'year'), ('10.06.2021', '2021-06-10', 'day'),
]
EVENTS = [
 ('arrest', 'p2', '2017-10-27', 'day'), ('detention', 'p2', '2017-10-27', 'day'), ('interrogation', 'p2', None, None),
 ('sentencing', 'p2', '2019-08-19', 'day'),
]
NEGATED = [('p4', 'detention.arbitrary_arrest', 'Сам он, по словам истицы, не задерживался.')]
FORBIDDEN = [('p3', 'torture.nail_torture'), ('p3', 'torture.electric_shock'), ('p3', 'torture.stress_position'), ('p3', 'torture.beating'), ('p1', 'detention.internment_camp'),
             ('p1', 'family.reprisal')]
