LANG = "kk"; DATE = "2024-12-05"
NOTE = ("Novel-like personal essay in Kazakh (Cyrillic) with title, genre line and a byline that names the first-person author (narrator) with place and date. "
        "Gold covers persons, places and dates only (as for ug/zh): events, negated and forbidden are [] and every person's violations [] (the father's 'оқу', the uncle's prison, the cadre staying overnight, phone checks and cameras are not scored). "
        "Patronymics: Мейіржан Құрманұлы <- Құрман Сәдуақасұлы (bare 'Құрман' is a mention; 'Құрман' inside 'Құрманұлы' is not); Асқар Сәдуақасұлы is the father's elder brother ('Асқар ағам': honorific outside). "
        "Neighbour 'Ләззат апай' (title outside the mention) and her son Ерсін; the author's daughter Томирис. Kazakh case forms are mentions: 'Шәуешектің', 'Шәуешекке', 'Шәуешекте', 'Қазақстаннан', 'Алматыға', 'Алматыдағы', 'Үрімшідегі'; 'Дөрбілжін ауданында' keeps the unit word. "
        "'2017 жылдың күзінде' -> 2017; '2019 жылы қаңтарда' -> 2019-01; 'сол жылы' -> 2019; 'өткен жылы' -> 2023; 'Биыл көктемде' -> 2024; 'тоқсанға келіпті' = age 90; 'сексенге таяп' is no exact age.")
P = [
 dict(id="p1", name="Мейіржан Құрманұлы", names=["Мейіржан Құрманұлы"], roles=["narrator", "relative", "witness"], gender="male",
      relations=[("son", "p3"), ("grandson", "p2"), ("nephew", "p4"), ("father", "p6")]),
 dict(id="p2", name="Бибігүл Ахметқызы", names=["Бибігүл Ахметқызы"], roles=["relative", "victim"], gender="female", age=90,
      relations=[("mother", "p3"), ("grandmother", "p1")]),
 dict(id="p3", name="Құрман Сәдуақасұлы", names=["Құрман Сәдуақасұлы", "Құрман"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p1"), ("son", "p2"), ("brother", "p4")]),
 dict(id="p4", name="Асқар Сәдуақасұлы", names=["Асқар Сәдуақасұлы", "Асқар"], roles=["victim", "relative"], gender="male",
      relations=[("brother", "p3"), ("uncle", "p1")]),
 dict(id="p5", name="Ләззат", names=["Ләззат"], roles=["witness", "relative"], gender="female", relations=[("mother", "p7")]),
 dict(id="p6", name="Томирис", names=["Томирис"], roles=["relative"], gender="female", relations=[("daughter", "p1")]),
 dict(id="p7", name="Ерсін", names=["Ерсін"], roles=["victim", "relative"], gender="male", relations=[("son", "p5")]),
]
PL = [("Almaty", ["Алматы", "Алматыға", "Алматыдағы"]), ("Chuguchak", ["Шәуешектің", "Шәуешекке", "Шәуешекте", "Шәуешек"]), ("Kazakhstan", ["Қазақстаннан"]),
      ("Dorbiljin County", ["Дөрбілжін ауданында"]), ("Ürümchi", ["Үрімшідегі"])]
D = [("2024 жылғы 5 желтоқсан", "2024-12-05"), ("2017 жылдың күзінде", "2017"), ("2019 жылы қаңтарда", "2019-01"), ("сол жылы", "2019"),
     ("өткен жылы", "2023"), ("2018 жылы", "2018"), ("Биыл көктемде", "2024")]
E = []; NEG = []; FORB = []
