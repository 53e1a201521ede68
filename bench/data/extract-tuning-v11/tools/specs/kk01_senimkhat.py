LANG = 'kk'; DATE = '2022-11-17'
NOTE = ("Kazakh (Cyrillic) notarised power of attorney (сенімхат). Gold covers persons, places and dates only: events, "
        "negated, forbidden are empty and no person has violations. Whole-word surfaces with suffixes (Ержан Оралханұлының, "
        "Ержанның, Ержанды, Нұрмағамбетоваға, Шағантоғайда, Үрімжіде, Алматыда, ҚХР-дың). Kazakh naming: Меруерт "
        "Оралханқызы, Ержан Оралханұлы <- Оралхан Тұрсынбаев; Нұрасыл Ержанұлы <- Ержан (the bare father's name inside the "
        "son's patronymic is no mention). The named lawyer is a person (role other); the certifying notary 'Б. Қасымова' is "
        "not. Organisation 'Қазақстан Республикасы Сыртқы істер министрлігінде' (no place). Not dates: ID and register "
        "numbers, fee, 'үш жыл мерзімге'. Date written out in words in the notarial block; 'екі ай өткен соң' -> 2018-05.")
ORGS = ['Қазақстан Республикасы Сыртқы істер министрлігінде']
PERSONS = [
 dict(id='p1', name='Меруерт Оралханқызы', names=['Меруерт Оралханқызы'], roles=['narrator', 'relative'], gender='female', birth_year=1987,
      citizenship=['Kazakhstan'], relations=[('sister', 'p3'), ('daughter', 'p4'), ('daughter', 'p5')]),
 dict(id='p2', name='Әлия Сейітжанқызы Нұрмағамбетова', names=['Әлия Сейітжанқызы Нұрмағамбетоваға'], roles=['other'], gender='female'),
 dict(id='p3', name='Ержан Оралханұлы', names=['Ержан Оралханұлының', 'Ержан Оралханұлы', 'Ержан', 'Ержанның', 'Ержанды'], roles=['victim'],
      gender='male', birth_year=1990, relations=[('brother', 'p1'), ('son', 'p4'), ('son', 'p5'), ('husband', 'p6'), ('father', 'p7')]),
 dict(id='p4', name='Оралхан Тұрсынбаев', names=['Оралхан Тұрсынбаев'], roles=['relative'], gender='male', relations=[('father', 'p1'), ('father', 'p3')]),
 dict(id='p5', name='Күләш Ахметқызы', names=['Күләш Ахметқызы'], roles=['relative'], gender='female', relations=[('mother', 'p1'), ('mother', 'p3')]),
 dict(id='p6', name='Сәуле Бақытқызы', names=['Сәуле Бақытқызы'], roles=['relative'], gender='female', relations=[('wife', 'p3')]),
 dict(id='p7', name='Нұрасыл Ержанұлы', names=['Нұрасыл Ержанұлы'], roles=['relative'], gender='male', relations=[('son', 'p3'), ('son', 'p6')]),
]
PLACES = [
 dict(name='Almaty', names=['Алматы қаласы', 'Алматыда']), dict(name='China', names=['Қытай Халық Республикасының', 'ҚХР-дың']),
 dict(name='Tacheng Prefecture', names=['Тарбағатай аймағы']), dict(name='Yumin County', names=['Шағантоғай ауданында', 'Шағантоғайда']),
 dict(name='Kazakhstan', names=['Қазақстан Республикасының']), dict(name='Ürümqi', names=['Үрімжіде']),
]
DATES = [
 ('2022 жылғы 17 қараша', '2022-11-17', 'day'), ('1987 жылы', '1987', 'year'), ('2019 жылғы 3 сәуірде', '2019-04-03', 'day'),
 ('2014 жылдан', '2014', 'year'), ('1990 жылы', '1990', 'year'), ('2018 жылғы наурызда', '2018-03', 'month'), ('2020 жылы', '2020', 'year'),
 ('екі ай өткен соң', '2018-05', 'month'), ('Екі мың жиырма екінші жылғы он жетінші қараша', '2022-11-17', 'day'),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
