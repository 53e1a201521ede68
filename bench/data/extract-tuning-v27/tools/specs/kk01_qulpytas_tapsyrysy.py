FILE = "kk01_qulpytas_tapsyrysy.txt"
LANG = "kk"
DATE = "2022-07-08"
NOTE = ("Stonemason's gravestone (құлпытас) order form in Zharkent with the inscription in capitals and the customer's "
        "note to the mason, Kazakh Cyrillic (full gold). The deceased appears as 'Сәрсенов Ермек' (form field, surname "
        "first) and 'ЕРМЕК СӘРСЕНҰЛЫ' (inscription, patronymic form); the daughter as 'СӘРСЕНОВА ЖАНАР ЕРМЕКҚЫЗЫ' and "
        "signature 'Ж. Сәрсенова'; the mason 'Ә. Нұрғалиев' (other). Uncle only in the genitive 'Мұраттың' (his funeral "
        "= death event 2018); mother 'Гүлсара', brother 'Дәулет', grandchildren 'Айбек', 'Томирис' by given name. "
        "Impersonal third-person verbs carry the acts (паспортын алып қойды, лагерьге апарды, ұстады, жаттатты, тыйым "
        "салды, көрсетпеді, босатты, шығармады). 'бір аптадан кейін' (a week after a season date) is not annotated. "
        "'былтыр' -> 2021; seasons with a year are year dates. Going back to Chuguchak = return; arriving back in "
        "Zharkent 2020-01 = exit. 'оны ешкім ұстаған жоқ' negated. He died at home; whether the camp caused it is left "
        "open by the family ('біз білмейміз'): death event, death.in_custody neither gold nor forbidden. Prices, "
        "sizes, phone, '40 жұмыс күні', 'отыз жыл' are not dates. 'Қытай азаматы' gives his citizenship.")
ORGS = ["«Тас-Шебер» шеберханасы", "«Көктал» зираты", "СІМ"]
PERSONS = [
    P("p1", "Жанар Сәрсенова", ["СӘРСЕНОВА ЖАНАР ЕРМЕКҚЫЗЫ", "Ж. Сәрсенова"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p4"), ("sister", "p5")]),
    P("p2", "Ермек Сәрсенов", ["Сәрсенов Ермек", "ЕРМЕК СӘРСЕНҰЛЫ"], ["victim"], gender="male", birth_year=1951,
      citizenship=["China"],
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4"), ("brother", "p3"), ("grandfather", "p6"),
           ("grandfather", "p7")],
      viol=[("movement.passport_confiscation", "шекарада паспортын алып қойды"),
            ("detention.arbitrary_arrest", "ешқандай сотсыз «оқуға» деп лагерьге апарды"),
            ("detention.internment_camp", "Он бір ай ұстады"),
            ("indoctrination.political", "Лагерьде күнде қытайша ән жаттатты"),
            ("culture.religious_ban", "намаз оқуға тыйым салды"),
            ("ill_treatment.denied_medical_care", "Ауырғанда дәрігерге көрсетпеді"),
            ("family.separation", "тағы бір жыл бойы шекарадан шығармады"),
            ("detention.incommunicado", "Бізге телефон соғуға да рұқсат болмады")]),
    P("p3", "Мұрат", ["Мұраттың"], ["relative"], gender="male", rel=[("brother", "p2")]),
    P("p4", "Гүлсара", ["Гүлсара"], ["relative"], gender="female", rel=[("wife", "p2"), ("mother", "p1"), ("mother", "p5")]),
    P("p5", "Дәулет", ["Дәулет"], ["relative"], gender="male", rel=[("son", "p2"), ("son", "p4"), ("brother", "p1")]),
    P("p6", "Айбек", ["Айбек"], ["relative"], gender="male", rel=[("grandson", "p2")]),
    P("p7", "Томирис", ["Томирис"], ["relative"], gender="female", rel=[("granddaughter", "p2")]),
    P("p8", "Ә. Нұрғалиев", ["Ә. Нұрғалиев"], ["other"], gender="male"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркентке", "Жаркентте"]),
    L("Chuguchak", ["Шәуешекте", "Шәуешектен", "Шәуешекке"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстан"]),
    L("China", ["Қытай"]),
    L("Almaty", ["Алматыдан"]),
    L("Astana", ["Астанаға"]),
]
DATES = [
    D("08.07.2022", "2022-07-08", "day"),
    D("1951", "1951", "year"),
    D("1951 – [[2021]]", "2021", "year"),
    D("2016 жылы", "2016", "year"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("2019 жылы", "2019", "year"),
    D("2020 жылдың қаңтарында", "2020-01", "month"),
    D("былтыр", "2021", "year"),
    D("2021 жылдың қарашасында", "2021-11", "month"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("death", "p3", "2018"),
    ("return", "p2", "2018"),
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2019"),
    ("exit", "p2", "2020-01"),
    ("death", "p2", "2021-11"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "оны ешкім ұстаған жоқ")]
FORBIDDEN = []
