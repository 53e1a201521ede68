FILE = "kk01_bejimdeu_anyqtamasy.txt"
LANG = "kk"
DATE = "2022-12-20"
NOTE = ("Kazakh Cyrillic closing report (қорытынды анықтама) of a repatriates' (қандас) adaptation centre in Zharkent on a "
        "family from Nilka, with a Сұрақ/Жауап passage (full gold). Family list in capitals with patronymic first "
        "('ҚАЙРАТҰЛЫ БАУЫРЖАН', 'ТОҚТАРҚЫЗЫ ГҮЛНАЗ', 'БАУЫРЖАНҰЛЫ ЕРАСЫЛ'), later 'Бауыржан', dative 'Бауыржанға', "
        "'Гүлназ', 'Ерасыл'; the father 'Қайрат Сәрсенбайұлы' is the source of the son's patronymic; brother only "
        "'Қанат' (hedged 'түрмеде шығар ... нақты білмейміз': no code, no event). Staff 'Ж. Омарова', 'Б. Ахметов' are "
        "role other; the teacher is role-only. Birth years from 'ж. т.'. 'биыл наурызда' -> 2022-03 (exit of three via "
        "Khorgos), 'маусымда' -> 2022-06, 'өткен жылы' -> 2021, '2018 жылдың көктемінде' = year 2018; release chained "
        "(spring 2018 + fourteen months) -> 2019. Held at a police post = arbitrary arrest + checkpoint; 'білім беру "
        "орталығы' = camp; Chinese and political lessons = indoctrination; prayer banned = religious ban; eight unpaid "
        "months in a sewing factory = forced labour. Father held for going to the mosque = arbitrary arrest + religious "
        "ban, sentenced 2019, no news since = incommunicado. Wife: 'лагерьге алынған жоқпын' (negated camp) beside a "
        "forced IUD. Zharkent inside the centre's capitalised name is an org.")
ORGS = ["ЖАРКЕНТ ҚАЛАСЫНДАҒЫ ҚАНДАСТАРДЫ БЕЙІМДЕУ ЖӘНЕ КІРІКТІРУ ОРТАЛЫҒЫ"]
PERSONS = [
    P("p1", "Бауыржан Қайратұлы", ["ҚАЙРАТҰЛЫ БАУЫРЖАН", "Бауыржан", "Бауыржанға"], ["victim", "witness", "relative"],
      gender="male", birth_year=1987,
      rel=[("husband", "p2"), ("father", "p3"), ("son", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "оны Нылқыдағы полиция бекетінде ұстап"),
            ("surveillance.checkpoint", "полиция бекетінде"),
            ("detention.internment_camp", "Құлжадағы «білім беру орталығына» жіберген"),
            ("indoctrination.political", "Күн сайын қытай тілі мен саяси сабақ оқытылған"),
            ("culture.religious_ban", "намаз оқуға тыйым салынған"),
            ("labour.forced_labour", "сегіз ай тігін фабрикасында ақысыз жұмыс істетілген")]),
    P("p2", "Гүлназ Тоқтарқызы", ["ТОҚТАРҚЫЗЫ ГҮЛНАЗ", "Гүлназ"], ["victim", "relative"], gender="female",
      birth_year=1990, rel=[("wife", "p1"), ("mother", "p3")],
      viol=[("reproductive.forced_contraception", "оған ауылдық емханада еркінен тыс спираль салынған")]),
    P("p3", "Ерасыл Бауыржанұлы", ["БАУЫРЖАНҰЛЫ ЕРАСЫЛ", "Ерасыл"], ["relative"], gender="male", birth_year=2013,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Қайрат Сәрсенбайұлы", ["Қайрат Сәрсенбайұлы"], ["victim", "relative"], gender="male",
      rel=[("father", "p1")],
      viol=[("detention.arbitrary_arrest", "2018 жылы мешітке барғаны үшін ұсталды"),
            ("culture.religious_ban", "мешітке барғаны үшін"),
            ("detention.prison_sentence", "2019 жылы он екі жылға сотталды"),
            ("detention.incommunicado", "Содан бері одан ешқандай хабар жоқ")]),
    P("p5", "Қанат", ["Қанат"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p6", "Ж. Омарова", ["Ж. Омарова"], ["other"], gender="female"),
    P("p7", "Б. Ахметов", ["Б. Ахметов"], ["other"], gender="male"),
]
PLACES = [
    L("China", ["ҚХР"]),
    L("Ili Kazakh Autonomous Prefecture", ["Іле Қазақ автономиялық облысы"]),
    L("Nilka", ["Нылқы", "Нылқыдағы", "Нылқыда"]),
    L("Khorgos", ["Қорғас"]),
    L("Zharkent", ["Жаркенттен", "Жаркенттегі"]),
    L("Ghulja", ["Құлжадағы"]),
]
DATES = [
    D("20.12.2022", "2022-12-20", "day"),
    D("1987", "1987", "year"),
    D("1990", "1990", "year"),
    D("2013", "2013", "year"),
    D("биыл наурызда", "2022-03", "month"),
    D("маусымда", "2022-06", "month"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("Әкем Қайрат Сәрсенбайұлы [[2018 жылы]]", "2018", "year"),
    D("2019 жылы", "2019", "year"),
    D("2017 жылы", "2017", "year"),
    D("өткен жылы", "2021", "year"),
]
EVENTS = [
    ("exit", "p1", "2022-03"),
    ("exit", "p2", "2022-03"),
    ("exit", "p3", "2022-03"),
    ("arrest", "p1", "2018"),
    ("detention", "p1", "2018"),
    ("release", "p1", "2019"),
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("sentencing", "p4", "2019"),
]
NEGATED = [("p2", "detention.internment_camp", "лагерьге алынған жоқпын")]
FORBIDDEN = []
