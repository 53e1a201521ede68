FILE = "kk01_tuyindeme.txt"; LANG = "kk"; DOC_DATE = "2025-02-10"
NOTE = ("Job-application CV (түйіндеме) of a released teacher now in Kazakhstan, Kazakh Cyrillic. Gold covers persons, places "
        "and dates only: events, negated and forbidden are [] and every person's violations are [] (do not score events or "
        "codes). Field labels (Аты-жөні, Туған жері…) are not persons; the name field is in reversed order «Болатханқызы "
        "Ақбота»; the narrator is the CV's subject (role narrator). Kazakh naming: Ақбота Болатханқызы <- Болатхан Құрманұлы "
        "('Болатхан' inside 'Болатханқызы' is no mention), Алмас Ерсінұлы <- Ерсін Қабдешұлы. Referee Гүлмира Сейітқызы: role "
        "other. Not places: «Шыңжаң педагогикалық университеті» (blocked), «Балдәурен» (kindergarten). Places as whole words "
        "with unit words and suffixes: «Бурылтоғай ауданы», «Бурылтоғай ауданындағы», «Бурылтоғайда», «Қонаевтағы», "
        "«Алтай қаласындағы» (Altay city, distinct from «Алтай аймағы»), «Қорғас бекеті». Ranges «2006–2010», «2010–2018» "
        "give a year date each; «2018 жылғы қарашадан», «2019 жылғы тамызға» month dates; «Өткен жылы» -> 2024.")
BLOCK = ["Шыңжаң педагогикалық университеті"]
PERSONS = [
 dict(id="p1", name="Ақбота Болатханқызы", names=["Болатханқызы Ақбота"], roles=["narrator", "victim"], gender="female",
      birth_year=1988, citizenship=["Kazakhstan"], relations=[("wife", "p2"), ("mother", "p3"), ("daughter", "p4"), ("daughter", "p5")]),
 dict(id="p2", name="Ерсін Қабдешұлы", names=["Ерсін Қабдешұлы"], roles=["relative"], gender="male", relations=[("husband", "p1"), ("father", "p3")]),
 dict(id="p3", name="Алмас Ерсінұлы", names=["Алмас Ерсінұлы"], roles=["relative"], gender="male", birth_year=2012,
      relations=[("son", "p1"), ("son", "p2")]),
 dict(id="p4", name="Болатхан Құрманұлы", names=["Болатхан Құрманұлы"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p1"), ("husband", "p5")]),
 dict(id="p5", name="Зейнеп Қасенқызы", names=["Зейнеп Қасенқызы"], roles=["relative"], gender="female",
      relations=[("mother", "p1"), ("wife", "p4")]),
 dict(id="p6", name="Гүлмира Сейітқызы", names=["Гүлмира Сейітқызы"], roles=["other"], gender="female"),
]
PLACES = [
 dict(name="China", names=["Қытай Халық Республикасы"]), dict(name="Altay Prefecture", names=["Алтай аймағы"]),
 dict(name="Burultokay County", names=["Бурылтоғай ауданы", "Фухай", "Бурылтоғай ауданындағы", "Бурылтоғайда"]),
 dict(name="Kazakhstan", names=["Қазақстан Республикасы", "Қазақстанға"]), dict(name="Almaty Region", names=["Алматы облысы"]),
 dict(name="Konaev", names=["Қонаев қаласы", "Қонаевтағы"]), dict(name="Ürümqi", names=["Үрімжі қаласы"]),
 dict(name="Xinjiang", names=["Шыңжаңда"]), dict(name="Altay city", names=["Алтай қаласындағы"]),
 dict(name="Khorgos", names=["Қорғас бекеті"]), dict(name="Almaty", names=["Алматыдағы"]),
]
DATES = [
 ("1988 жылғы 3 сәуір", "1988-04-03", "day"), ("2022 жылдан", "2022", "year"), ("[[2006]]–2010", "2006", "year"),
 ("2006–[[2010]]", "2010", "year"), ("[[2010]]–2018", "2010", "year"), ("2010–[[2018]]", "2018", "year"),
 ("2018 жылғы қарашадан", "2018-11", "month"), ("2019 жылғы тамызға", "2019-08", "month"), ("2020 жылдан", "2020", "year"),
 ("2012 жылы", "2012", "year"), ("2018 жылы", "2018", "year"), ("2019 жылы қыркүйекте", "2019-09", "month"),
 ("Өткен жылы", "2024", "year"), ("2025 жылғы 10 ақпан", "2025-02-10", "day"),
]
EVENTS = []; NEGATED = []; FORBIDDEN = []
