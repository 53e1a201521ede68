FILE = "kk01_shezhire_angimesi.txt"
LANG = "kk"
DATE = "2026-03-22"
NOTE = ("Oral genealogy (шежіре) told by a grandfather and written down from an audio recording by his grandson, "
        "Kazakh Cyrillic, fully annotated. Header fields (teller, age 84, recorder, date and place line), bracketed "
        "recording notes, speaker labels in capitals (АЙБАР / ТҰРСЫНБАЙ: mentions), grandson's question/answer turns, "
        "recorder's closing note. Clan names «Найманның Қаракерей» are neither persons nor places. Name forms: patronymics "
        "(Сәрсенбайұлы contains the father's name Сәрсенбай, Мұратбекұлы his father's Мұратбек: not mentions of them), "
        "genitive «Ерланның», «Айбардың»; ancestors by given name only (Бекбол, Ұлжан). First-person «біз» crossing the "
        "border in spring 1962 (exit, teller). Brother Мұратбек died naturally 2015 (death event, no code). Nephew Ерлан: "
        "taken at night without papers (arbitrary arrest), «оқу орталығы» (camp), flag and songs praising the party, "
        "sentenced a year later («Содан бір жылдан кейін» -> 2019) to ten years, no news and prison not told "
        "(incommunicado); a rumoured death in prison is denied/unconfirmed: forbidden. Niece Гүлнар «ұсталған жоқ» "
        "(negated) but sent last year (былтыр -> 2025) to a Ghulja sewing factory unpaid (forced labour), phone checked "
        "(digital). Visa refused three years ago («Осыдан үш жыл бұрын» -> 2023): no code. «14 минут», «84 жаста» are "
        "not dates.")
PERSONS = [
    P("p1", "Тұрсынбай Сәрсенбайұлы", ["Тұрсынбай Сәрсенбайұлы", "ТҰРСЫНБАЙ"], ["narrator", "relative"], gender="male",
      birth_year=1942, age=84, rel=[("grandfather", "p2"), ("brother", "p5"), ("son", "p3")]),
    P("p2", "Айбар Нұрланұлы", ["Айбар Нұрланұлы", "АЙБАР", "Айбардың"], ["relative"], gender="male",
      rel=[("grandson", "p1")]),
    P("p3", "Сәрсенбай", ["Сәрсенбай"], ["relative"], gender="male", rel=[("father", "p1"), ("son", "p4")]),
    P("p4", "Бекбол", ["Бекбол"], ["relative"], gender="male", rel=[("father", "p3"), ("husband", "p8")]),
    P("p5", "Мұратбек", ["Мұратбек"], ["relative"], gender="male", rel=[("brother", "p1"), ("father", "p6")]),
    P("p6", "Ерлан Мұратбекұлы", ["Ерлан Мұратбекұлы", "Ерланның"], ["victim", "relative"], gender="male",
      rel=[("son", "p5"), ("brother", "p7")],
      viol=[("detention.arbitrary_arrest", "ешбір қағаз көрсетпей алып кетіпті"),
            ("detention.internment_camp", "«оқу орталығында» ұстады"),
            ("indoctrination.political", "күніне үш рет ту көтеріп, партияны мақтайтын ән айтқызыпты"),
            ("detention.prison_sentence", "он жылға соттапты"),
            ("detention.incommunicado", "Хабар жоқ. Қай түрмеде екенін де айтпайды")]),
    P("p7", "Гүлнар", ["Гүлнар"], ["victim", "relative"], gender="female", rel=[("sister", "p6")],
      viol=[("labour.forced_labour", "тігін фабрикасына жіберіп, үйіне жібермей, жарты жыл ақысыз істетіпті"),
            ("surveillance.digital", "Телефонын да жиі тексеріп тұрады")]),
    P("p8", "Ұлжан", ["Ұлжан"], ["relative"], gender="female", rel=[("wife", "p4")]),
]
PLACES = [
    L("Usharal", ["Үшарал қаласы"]),
    L("Tacheng", ["Шәуешек", "Шәуешекте", "Шәуешектің"]),
    L("Emin County", ["Дөрбілжінде"]),
    L("Kazakhstan", ["Қазақстанға"]),
    L("Ghulja", ["Құлжадағы"]),
]
DATES = [
    D("2026 жылғы 22 наурыз", "2026-03-22", "day"),
    D("1942 жылы", "1942", "year"),
    D("1962 жылы көктемде", "1962", "year"),
    D("2015 жылы", "2015", "year"),
    D("2018 жылы қыста", "2018", "year"),
    D("Содан бір жылдан кейін", "2019", "year"),
    D("былтыр", "2025", "year"),
    D("Осыдан үш жыл бұрын", "2023", "year"),
]
EVENTS = [
    ("exit", "p1", "1962"),
    ("death", "p5", "2015"),
    ("arrest", "p6", "2018"),
    ("detention", "p6", "2018"),
    ("sentencing", "p6", "2019"),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "Гүлнар [[ұсталған жоқ]]")]
FORBIDDEN = [("p6", "death.in_custody"), ("p5", "death.in_custody"), ("p1", "movement.passport_confiscation")]
