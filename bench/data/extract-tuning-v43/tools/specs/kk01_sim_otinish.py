FILE = "kk01_sim_otinish.txt"
LANG = "kk"
DATE = "2019-06-18"
NOTE = ("Appeal (өтініш) to the Kazakh foreign ministry by a citizen of Kazakhstan, drafted with a volunteer (addressee "
        "block, applicant in the ablative 'Омаровадан', numbered requests, attachments, date, signature, volunteer's "
        "line), Kazakh Cyrillic, full gold. Husband 'Жанболат Серікұлы Тұрғанбаев' (Chinese citizen with a Kazakh residence "
        "permit), son 'Ерасыл Жанболатұлы' (patronymic surname). Husband: held at the Khorgos border, passport taken, sent "
        "to a «саяси оқу орталығы» = arbitrary arrest + passport + camp (gold rule 1); nobody says where he is, no contact = "
        "enforced disappearance + incommunicado (gold rule 2); released woman's account (as fact): two hours' sleep, prayer "
        "banned. The embassy's oral «оқуын аяқтады, үйінде тұрады» is a state claim the family disbelieves: no release "
        "event. Son: trip to Ghulja = return; summoned and questioned three days = interrogation; phone checked = digital "
        "surveillance; «Оны ұстаған жоқ» negated. Applicant: WeChat threat from a Ghulja policeman = transnational "
        "harassment. Background sentence about unnamed people from the district is not coded. 'Былтыр' -> 2018; date "
        "spans keep Kazakh case words ('1972 жылы', '2017 жылғы 5 қазанда'); 'он жылдан астам' is a duration.")
ORGS = ["Қазақстан Республикасы Сыртқы істер министрлігіне", "Қытай елшілігі"]
PERSONS = [
    P("p1", "Бейсенгүл Қайратқызы Омарова", ["Бейсенгүл Қайратқызы Омаровадан", "Бейсенгүл Қайратқызы Омарова", "Б. Қ. Омарова"],
      ["narrator", "relative", "victim"], gender="female", birth_year=1972, rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("transnational.harassment", "маған WeChat арқылы хабарласып, журналистермен сөйлесуді тоқтатпасам, күйеуімнің жағдайы нашарлайтынын айтты")]),
    P("p2", "Жанболат Серікұлы Тұрғанбаев", ["Жанболат Серікұлы Тұрғанбаев"], ["victim"], gender="male", birth_year=1968,
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "шекарада ұсталды"),
            ("movement.passport_confiscation", "оның төлқұжатын алып қойып"),
            ("detention.internment_camp", "«саяси оқу орталығына» жіберді"),
            ("disappearance.enforced", "бізге оның қай жерде екенін ешкім айтқан жоқ"),
            ("detention.incommunicado", "онымен ешқандай байланыс жоқ"),
            ("torture.sleep_deprivation", "түнде екі сағат қана ұйықтатқан"),
            ("culture.religious_ban", "намаз оқуға тыйым салынған")]),
    P("p3", "Ерасыл Жанболатұлы", ["Ерасыл Жанболатұлы"], ["relative", "victim"], gender="male",
      rel=[("son", "p1"), ("son", "p2")],
      viol=[("surveillance.digital", "телефонын тексерді")]),
    P("p4", "Мәдина Сейітқали", ["Мәдина Сейітқали"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty Region", ["Алматы облысы"]),
    L("Zharkent", ["Жаркент", "Жаркентте"]),
    L("Kazakhstan", ["Қазақстан Республикасының", "Қазақстанда", "Қазақстанға"]),
    L("China", ["Қытай", "Қытайға"]),
    L("Ghulja", ["Құлжадан", "Құлжаға", "Құлжадағы"]),
    L("Khorgos", ["Қорғас"]),
    L("Tekes", ["Текестегі"]),
    L("Almaty", ["Алматыда"]),
]
DATES = [
    D("1972 жылы", "1972", "year"),
    D("1968 жылы", "1968", "year"),
    D("2017 жылғы 5 қазанда", "2017-10-05", "day"),
    D("Былтыр", "2018", "year"),
    D("2018 жылдың наурызында", "2018-03", "month"),
    D("2019 жылғы сәуірде", "2019-04", "month"),
    D("2019 жылғы мамырда", "2019-05", "month"),
    D("2019 жылғы 18 маусым", "2019-06-18", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-10-05"),
    ("detention", "p2", "2017-10-05"),
    ("return", "p3", "2018-03"),
    ("interrogation", "p3", "2018-03"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Оны ұстаған жоқ")]
FORBIDDEN = []
