FILE = "ru02_subtitry.txt"; LANG = "ru"; DOC_DATE = "2024-05-20"
NOTE = ("Russian subtitle file (SRT-style cues with numbers and time codes) of a documentary. Not persons/dates: cue numbers, "
        "time codes, ГОЛОС ЗА КАДРОМ, the director «Айгерим Садыкова» and the studio «Ала-Арча Медиа» in the closing credit "
        "caption (credit; studio name blocked). Speaker labels «МАРХАБА:», «БАКЫТ:» are mentions. Oblique cases «Мархабу», "
        "«Мархабы», «Гулиру Мамат» (accusative only), «Абдуллу». Caption «[Титр: Бишкек, октябрь 2023 года]» gives a place and "
        "a date. «Через пять месяцев» after March 2018 -> 2018-08; «Летом того же года» -> 2019; «Зимой» is not resolvable "
        "(a winter across two years): not annotated. Euphemism «съездит на учёбу на пару дней» = internment camp. 'eight-person "
        "room held thirty' = overcrowding; standing in the frost in slippers = exposure; pregnancy ended without being asked = "
        "forced abortion; IUD without consent = forced contraception. Denial next to an act on a cellmate: «Меня током не "
        "били» (negated) vs Гулира beaten with an electric baton (electric shock + beating). Rumoured transfer of the brother "
        "to Ürümqi: no event, no code (place still a mention). The husband «гражданин Кыргызстана» -> Kyrgyzstan.")
BLOCK = ["Ала-Арча Медиа"]
PERSONS = [
 dict(id="p1", name="Мархаба Исмаил", names=["Мархаба Исмаил", "МАРХАБА", "Мархабу", "Мархабы"], roles=["victim", "witness"],
      gender="female", ethnicity="уйгурка", age=44, relations=[("wife", "p3"), ("sister", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "Мархабу забрали из дома в марте 2018 года"),
       ("detention.internment_camp", "Ей сказали, что она «съездит на учёбу на пару дней»"),
       ("detention.overcrowding", "В комнате на восемь человек нас было тридцать"),
       ("torture.exposure", "Зимой нас выводили во двор в одних тапочках и держали на морозе"),
       ("indoctrination.political", "пока мы не выучим гимн"),
       ("reproductive.forced_abortion", "Через пять месяцев меня отвезли в больницу. Когда я проснулась, ребёнка уже не было. Меня никто не спрашивал"),
       ("detention.incommunicado", "Никто не говорил мне, где она"),
       ("disappearance.enforced", "Никто не говорил мне, где она"),
       ("reproductive.forced_contraception", "без её согласия поставили ей внутриматочную спираль"),
      ]),
 dict(id="p2", name="Гулира Мамат", names=["Гулиру Мамат"], roles=["victim"], gender="female",
      violations=[("torture.electric_shock", "били дубинкой с током"), ("torture.beating", "били дубинкой с током"),
                  ("detention.internment_camp", "Одну женщину из нашей комнаты")]),
 dict(id="p3", name="Бакыт Турдуев", names=["Бакыт Турдуев", "БАКЫТ"], roles=["relative", "witness"], gender="male",
      citizenship=["Kyrgyzstan"], relations=[("husband", "p1")]),
 dict(id="p4", name="Абдулла Исмаил", names=["Абдулла Исмаил", "Абдуллу"], roles=["victim", "relative"], gender="male", age=39,
      relations=[("brother", "p1")],
      violations=[("detention.prison_sentence", "в 2019 году был приговорён к десяти годам")]),
]
PLACES = [dict(name="Bishkek", names=["Бишкек"]), dict(name="Kumul", names=["Кумула", "Хами"]),
          dict(name="Kyrgyzstan", names=["Кыргызстана"]), dict(name="Ürümqi", names=["Урумчи"])]
DATES = [("фильм, [[2024]])", "2024", "year"), ("20.05.2024", "2024-05-20", "day"), ("октябрь 2023 года", "2023-10", "month"),
         ("марте 2018 года", "2018-03", "month"), ("Через пять месяцев", "2018-08", "month"), ("январе 2019-го", "2019-01", "month"),
         ("Летом того же года", "2019", "year"), ("2019 году", "2019", "year")]
EVENTS = [("arrest", "p1", "2018-03"), ("detention", "p1", "2018-03"), ("disappearance", "p1", "2018-03"), ("release", "p1", "2019-01"),
          ("exit", "p1", "2019"), ("sentencing", "p4", "2019")]
NEGATED = [("p1", "torture.electric_shock", "Меня током не били")]
FORBIDDEN = [("p1", "torture.beating"), ("p3", "detention.arbitrary_arrest"), ("p4", "death.in_custody")]
