FILE = "ru02_otchet_volontera.txt"
LANG = "ru"
DATE = "2019-07-15"
NOTE = ("Volunteer group's trip report (title, group name, compiler by initials 'Д. К.' = not a mention, dated line, purpose, "
        "numbered family sections, attachments). Plural family labels «Семья Нурлыбековых», «Семья Кадыровых» are not persons. "
        "Ляззат Нурлыбекова (52, citizen of Kazakhstan) and husband Талгат Нурлыбеков; Рашид Кадыров (67, уйгур) also as "
        "«Р. Кадыровым» (initial + instrumental surname -> mention «Кадыровым»); son Дильмурат Кадыров; caller «назвавшийся Ли "
        "Цзюнем» (instrumental only, self-named, perpetrator). «её никто не допрашивал» denies an interrogation, not a code. "
        "«Голодом … не морили» negates food deprivation next to overcrowding, handcuffs and forced pork. Threat «мужу «станет "
        "хуже»» = transnational harassment for her, family reprisal for the husband. Range «8–10 июля 2019 г.» gives two dates; "
        "«ноябре того же года» -> 2017-11; «марте этого года» -> 2019-03. Release of Рашид undated; his exit (return to "
        "Kazakhstan from Kulja) 2019-05.")
ORGS = ["«Ата-жұрт көмегі»", "ООН"]
PERSONS = [
    P("p1", "Ляззат Нурлыбекова", ["Ляззат Нурлыбекова", "Ляззат"], ["relative", "witness", "victim"], gender="female", age=52,
      citizenship=["Kazakhstan"], rel=[("wife", "p2")],
      viol=[("transnational.harassment", "позвонил человек из Текеса, назвавшийся Ли Цзюнем, и сказал, что если она будет «жаловаться», мужу «станет хуже»")]),
    P("p2", "Талгат Нурлыбеков", ["Талгат Нурлыбеков"], ["victim"], gender="male", rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "его задержали в Текесе за то, что на телефоне нашли фотографии с хаджа"),
            ("surveillance.digital", "на телефоне нашли фотографии с хаджа"),
            ("detention.internment_camp", "поместили в «центр профобучения»"),
            ("detention.incommunicado", "С февраля 2018 года связи с ним нет"),
            ("detention.prison_sentence", "его осудили на 14 лет"),
            ("family.reprisal", "мужу «станет хуже»")]),
    P("p3", "Рашид Кадыров", ["Рашид Кадыров", "Кадыровым"], ["victim", "witness"], gender="male", ethnicity="уйгур", age=67,
      rel=[("father", "p4")],
      viol=[("detention.internment_camp", "после полутора лет в лагере"),
            ("detention.overcrowding", "в комнате на двенадцать человек жили тридцать"),
            ("detention.shackling", "руки на занятиях держали в наручниках"),
            ("culture.religious_ban", "в пятницу им давали свинину и заставляли есть")]),
    P("p4", "Дильмурат Кадыров", ["Дильмурат Кадыров"], ["relative", "victim"], gender="male", rel=[("son", "p3")],
      viol=[("movement.passport_confiscation", "паспорт у него забрали ещё в 2016 году")]),
    P("p5", "Ли Цзюнь", ["Ли Цзюнем"], ["perpetrator"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Chundzha", ["Чунджа"]),
    L("Uyghur District", ["Уйгурский район"]),
    L("Almaty Region", ["Алматинской области"]),
    L("Kazakhstan", ["Казахстана"]),
    L("Tekes County", ["Текес", "Текесе", "Текеса"]),
    L("China", ["Китай"]),
    L("Yining", ["Кульджи", "Кульдже"]),
]
DATES = [
    D("15.07.2019", "2019-07-15", "day"),
    D("Чунджа (Уйгурский район Алматинской области), [[8]]", "2019-07-08", "day"),
    D("10 июля 2019", "2019-07-10", "day"),
    D("2017 году", "2017", "year"),
    D("ноябре того же года", "2017-11", "month"),
    D("февраля 2018 года", "2018-02", "month"),
    D("2019 году", "2019", "year"),
    D("мае 2019 года", "2019-05", "month"),
    D("2016 году", "2016", "year"),
    D("марте этого года", "2019-03", "month"),
]
EVENTS = [
    ("return", "p2", "2017"),
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
    ("sentencing", "p2", "2019"),
    ("release", "p3", None),
    ("exit", "p3", "2019-05"),
]
NEGATED = [("p3", "ill_treatment.food_deprivation", "Голодом, по его словам, не морили")]
FORBIDDEN = []
