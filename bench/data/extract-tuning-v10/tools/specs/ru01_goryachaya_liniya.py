LANG = "ru"; DATE = "2023-06-03"
NOTE = ("Help-line question-and-answer page; ВОПРОС/ОТВЕТ labels and the unnamed lawyers are not persons; «МИД Казахстана» and the UN working group are organisations (no place), other uses of «Казахстана» are. "
        "Нурбол Сейткали (accusative «Нурбола Сейткали»): taken because WhatsApp was found on his phone = arbitrary arrest + digital surveillance (arrest + detention 2017-11); police basement = pretrial; «на учёбу» = camp (transfer, date null); "
        "ten years told to relatives 'last year' = prison sentence (sentencing date null: only the learning is dated); whereabouts refused = disappearance + incommunicado (no disappearance event: no date of vanishing). Citizenship China from «гражданином КНР». "
        "Күләш Оразбаева (Kazakh letters inside Russian text), 1956, Kazakhstan citizen: passport taken at the border and not allowed to leave = passport confiscation; «Её не арестовывали» negated; photographs, blood, reading aloud into a recorder = biometric collection. "
        "Гульнур Касымову/Гульнур: camp near Ghulja, released 2019-03, «через месяц снова увезли» = new arrest + detention 2019-04 (arbitrary); weekly injections = forced medication. «прошлом году» -> 2022; «2018-м» -> 2018.")
BLOCK = ["МИД Казахстана"]
P = [
 dict(id="p1", name="Жанар Сейткали", names=["Жанар Сейткали"], roles=["relative"], gender="female", relations=[("sister", "p2")]),
 dict(id="p2", name="Нурбол Сейткали", names=["Нурбола Сейткали", "Нурбол Сейткали"], roles=["victim", "relative"], gender="male", citizenship=["China"],
      relations=[("brother", "p1")],
      violations=[("detention.arbitrary_arrest", "забрали в уезде Дорбильджин (по-китайски Эминь) в ноябре 2017 года: у него в телефоне нашли WhatsApp"),
                  ("surveillance.digital", "у него в телефоне нашли WhatsApp"),
                  ("detention.pretrial", "Первые недели его держали в подвале районного отделения полиции"),
                  ("detention.internment_camp", "потом отправили «на учёбу»"),
                  ("detention.prison_sentence", "суд дал ему десять лет"),
                  ("disappearance.enforced", "Где он сейчас, нам не говорят ни в полиции, ни в суде."),
                  ("detention.incommunicado", "Где он сейчас, нам не говорят ни в полиции, ни в суде.")]),
 dict(id="p3", name="Бекзат Оразбаев", names=["Бекзат Оразбаев"], roles=["relative"], gender="male", relations=[("son", "p4")]),
 dict(id="p4", name="Күләш Оразбаева", names=["Күләш Оразбаева"], roles=["victim", "relative"], gender="female", birth_year=1956, citizenship=["Kazakhstan"],
      relations=[("mother", "p3")],
      violations=[("movement.passport_confiscation", "На границе у неё забрали паспорт, и уехать обратно ей с тех пор не дают."),
                  ("medical.biometric_collection", "фотографируют её, берут кровь и заставляют читать вслух газету под диктофон")]),
 dict(id="p5", name="Айгерим Бахыткызы", names=["Айгерим Бахыткызы"], roles=["relative"], gender="female", relations=[("niece", "p6")]),
 dict(id="p6", name="Гульнур Касымова", names=["Гульнур Касымову", "Гульнур"], roles=["victim", "relative"], gender="female",
      relations=[("aunt", "p5")],
      violations=[("detention.internment_camp", "после двух лет в лагере под Кульджой"),
                  ("detention.arbitrary_arrest", "через месяц снова увезли"),
                  ("medical.forced_medication", "в лагере ей почти каждую неделю делали уколы, от которых она потом по нескольку дней не могла встать")]),
]
PL = [("Xinjiang", ["Синьцзяне"]), ("Taldykorgan", ["Талдыкоргане"]), ("Dorbiljin County", ["уезде Дорбильджин", "Эминь"]), ("China", ["КНР"]),
      ("Kazakhstan", ["Казахстана"]), ("Almaty", ["Алматы"]), ("Ghulja", ["Кульджу", "Кульджой"]), ("Ürümchi", ["Урумчи"])]
D = [("3 июня 2023 г.", "2023-06-03"), ("ноябре 2017 года", "2017-11"), ("прошлом году", "2022"), ("1956 г.", "1956"), ("2018-м", "2018"),
     ("марте 2019 года", "2019-03"), ("через месяц", "2019-04")]
E = [("arrest", "p2", "2017-11"), ("detention", "p2", "2017-11"), ("transfer", "p2", None), ("sentencing", "p2", None),
     ("detention", "p6", None), ("release", "p6", "2019-03"), ("arrest", "p6", "2019-04"), ("detention", "p6", "2019-04")]
NEG = [("p4", "detention.arbitrary_arrest", "Её не арестовывали, это правда.")]
FORB = [("p4", "detention.internment_camp"), ("p4", "detention.house_arrest"), ("p6", "reproductive.forced_sterilization"), ("p1", "transnational.harassment")]
