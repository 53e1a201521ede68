FILE = "ru02_stenogramma_presskonferentsii.txt"
LANG = "ru"
DATE = "2019-01-22"
NOTE = ("Transcript of a press conference in Almaty: title, venue line with a foundation name in Kazakh («Туған өлке», org), "
        "unnamed moderator and TV questioner, speaker labels in capitals (mentions of the speakers). Kazakh naming: "
        "Жансая and Талгат Мухаметкали are children of Мухаметкали Сейткожа (father's given name as surname); accusative "
        "«Талгата Мухаметкали». Кюнес = Синьюань, «Илийском округе», «Хоргосе», «Кульдже». Dates: «апреле прошлого года» -> "
        "2018-04, «ноябре» -> 2018-11, «позавчера» -> 2019-01-20, «Вчера» -> 2019-01-21, range «с марта по декабрь 2018 "
        "года» gives two month dates, «28 декабря» -> 2018. Brother: arrested for visiting Kazakhstan, seven years. Father "
        "«Его не арестовали» (negated) but made to call his son an extremist on TV (forced denunciation). Speaker: camp, "
        "over a hundred in one block, electric baton (electric shock + beating), pledge signed (forced confession), threats "
        "about his wife (transnational harassment); «Меня не судили» negated. Wife: passport taken, threatened (reprisal). "
        "Whether the brother is in a Ghulja prison is hearsay ('Говорят… я этого не знаю'): no event.")
ORGS = ["«Туған өлке»"]
PERSONS = [
    P("p1", "Жансая Мухаметкали", ["ЖАНСАЯ МУХАМЕТКАЛИ", "Жансая Мухаметкали"], ["witness", "relative"], gender="female",
      citizenship=["Kazakhstan"], rel=[("sister", "p2"), ("daughter", "p3")]),
    P("p2", "Талгат Мухаметкали", ["Талгат", "Талгата Мухаметкали"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "его задержали прямо на работе за то, что он два раза ездил к нам в Казахстан"),
            ("detention.prison_sentence", "В ноябре его осудили на семь лет")]),
    P("p3", "Мухаметкали Сейткожа", ["Мухаметкали Сейткожа"], ["relative", "victim"], gender="male", age=70,
      rel=[("father", "p1"), ("father", "p2")],
      viol=[("coercion.forced_denunciation", "его заставили выступить по местному телевидению и сказать, что Талгат – «экстремист»")]),
    P("p4", "Нуржигит Сапаргали", ["НУРЖИГИТ САПАРГАЛИ", "Нуржигит"], ["witness", "victim"], gender="male",
      rel=[("husband", "p5")],
      viol=[("detention.internment_camp", "Я был в лагере в Кюнесе с марта по декабрь 2018 года"),
            ("detention.overcrowding", "Нас было больше ста человек в одном корпусе"),
            ("torture.electric_shock", "меня били электрической дубинкой по спине"),
            ("torture.beating", "На допросах меня били электрической дубинкой по спине, два раза"),
            ("coercion.forced_confession", "заставили подписать бумагу, что я никому не расскажу о лагере"),
            ("transnational.harassment", "Сейчас мне звонят с незнакомых номеров и говорят, что моей жене в Кюнесе будет плохо")]),
    P("p5", "Айгерим Тлеухан", ["Айгерим Тлеухан"], ["relative", "victim"], gender="female", rel=[("wife", "p4")],
      viol=[("movement.passport_confiscation", "её паспорт забрали ещё в 2017 году"),
            ("family.reprisal", "моей жене в Кюнесе будет плохо, если я буду выступать")]),
]
PLACES = [
    L("Xinjiang", ["Синьцзяне"]),
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Казахстана", "Казахстан"]),
    L("Xinyuan County", ["Кюнесе", "Кюнеса", "Синьюань"]),
    L("Ili Kazakh Autonomous Prefecture", ["Илийском округе"]),
    L("Khorgos", ["Хоргосе"]),
    L("Yining", ["Кульдже"]),
]
DATES = [
    D("22 января 2019 года", "2019-01-22", "day"),
    D("с [[2014 года]]", "2014", "year"),
    D("В [[апреле прошлого года]]", "2018-04", "month"),
    D("В [[ноябре]]", "2018-11", "month"),
    D("позавчера", "2019-01-20", "day"),
    D("Вчера", "2019-01-21", "day"),
    D("с [[марта]] по", "2018-03", "month"),
    D("декабрь 2018 года", "2018-12", "month"),
    D("28 декабря", "2018-12-28", "day"),
    D("2017 году", "2017", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("sentencing", "p2", "2018-11"),
    ("detention", "p4", "2018-03"),
    ("interrogation", "p4", None),
    ("release", "p4", "2018-12"),
    ("exit", "p4", "2018-12-28"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Его не арестовали"),
           ("p4", "detention.prison_sentence", "Меня не судили")]
FORBIDDEN = []
