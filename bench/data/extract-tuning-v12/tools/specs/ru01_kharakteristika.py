FILE = "ru01_kharakteristika.txt"; LANG = "ru"; DOC_DATE = "2026-01-15"
NOTE = ("Employer's reference (характеристика) from an Almaty logistics company. Not persons/places: the company "
        "«ТОО «Алатау Транзит Логистик»» (Alatau inside an organisation name, blocked), the ministry «Министерство труда и "
        "социальной защиты населения Республики Казахстан» (blocked), the signing director «Б. К. Нурпеисов» (signature "
        "credit), the unnamed caller; «Исх. № 14/26» is no date. Name forms: header genitive in capitals «МУХАМЕТЖАНУЛЫ "
        "Талгата», reversed «Мухаметжанулы Талгат», oblique «Талгата», «Талгатом», «Талгату». «1979 г. р.» -> span «1979 г.»; "
        "range «с сентября 2018 по декабрь 2019 года» gives two month dates; «феврале прошлого года» -> 2025-02. Attributed "
        "account («со слов самого Талгата») is asserted and coded. Denials: «Суда над Талгатом не было, приговора ему не "
        "выносили» (negated prison sentence), «Её саму не задерживали» (wife, negated). Checkpoint scanner alarm = "
        "surveillance.checkpoint + arbitrary arrest; one meal a day = food deprivation; washing once a month = denied hygiene. "
        "Wife kept from joining him = family.separation for both. Places in oblique cases: «уезде/уезда Чапчал», «Чапчале», "
        "«Чапчала», «Кульджу».")
BLOCK = ["ТОО «Алатау Транзит Логистик»", "Министерство труда и социальной защиты населения Республики Казахстан"]
SEP = "выехать к мужу она до сих пор не может"
PERSONS = [
 dict(id="p1", name="Талгат Мухаметжанулы", names=["МУХАМЕТЖАНУЛЫ Талгата", "Мухаметжанулы Талгат", "Талгата Мухаметжанулы",
      "Талгата", "Талгатом", "Талгату", "Талгат"], roles=["victim"], gender="male", ethnicity="казах", birth_year=1979,
      citizenship=["Kazakhstan"], relations=[("husband", "p2")],
      violations=[
       ("surveillance.checkpoint", "его удостоверение личности вызвало сигнал тревоги на сканере"),
       ("detention.arbitrary_arrest", "полицейские сразу же увезли его, ничего не объяснив"),
       ("detention.pretrial", "Первые две недели Талгата держали в следственном изоляторе уезда Чапчал"),
       ("detention.solitary_confinement", "в одиночной камере без окна"),
       ("detention.internment_camp", "Затем его перевели в так называемый «центр профессионального обучения»"),
       ("ill_treatment.food_deprivation", "кормили их один раз в день жидкой похлёбкой"),
       ("ill_treatment.denied_hygiene", "мыться разрешали раз в месяц, под холодной водой"),
       ("family.separation", SEP),
       ("transnational.harassment", "звонил неизвестный, представившийся сотрудником полиции Чапчала. Он требовал прислать фотографии казахстанского паспорта Талгата"),
      ]),
 dict(id="p2", name="Жанар Сейтказы", names=["Жанар Сейтказы"], roles=["relative", "victim"], gender="female",
      relations=[("wife", "p1")],
      violations=[("movement.passport_confiscation", "паспорт у неё изъяли в комитете посёлка ещё в 2017 году"),
                  ("family.separation", SEP)]),
]
PLACES = [
 dict(name="Almaty", names=["г. Алматы"]), dict(name="Kazakhstan", names=["Республики Казахстан", "Казахстан"]),
 dict(name="Chapchal County", names=["уезде Чапчал", "уезда Чапчал", "Чабучаэр", "Чапчале", "Чапчала"]),
 dict(name="Ili Kazakh Autonomous Prefecture", names=["Или-Казахского автономного округа"]), dict(name="China", names=["КНР"]),
 dict(name="Ghulja", names=["Кульджу"]), dict(name="Khorgos", names=["Хоргос"]),
]
DATES = [
 ("15.01.2026", "2026-01-15", "day"), ("1979 г.", "1979", "year"), ("с [[2021 года]], работает", "2021", "year"),
 ("марта 2021 года", "2021-03", "month"), ("августе 2018 года", "2018-08", "month"), ("сентября 2018", "2018-09", "month"),
 ("декабрь 2019 года", "2019-12", "month"), ("Весной 2020 года", "2020", "year"), ("2017 году", "2017", "year"),
 ("2018 году", "2018", "year"), ("феврале прошлого года", "2025-02", "month"),
]
EVENTS = [("arrest", "p1", "2018-08"), ("detention", "p1", "2018-08"), ("transfer", "p1", "2018-09"), ("release", "p1", "2019-12"),
          ("exit", "p1", "2020")]
NEGATED = [("p1", "detention.prison_sentence", "Суда над Талгатом не было, приговора ему не выносили"),
           ("p2", "detention.arbitrary_arrest", "Её саму не задерживали")]
FORBIDDEN = [("p2", "detention.internment_camp"), ("p2", "family.reprisal")]
