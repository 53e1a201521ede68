FILE = "kk01_psikholog_kenes_zhurnaly.txt"
LANG = "kk"
DATE = "2022-12-20"
NOTE = ("Extract from a Zharkent school psychologist's consultation journal (dated dd.mm.yyyy entries, conclusions), "
        "Kazakh Cyrillic, full gold. Pupil inverted 'Нұрланұлы Әлихан' (patronymic = father's given name; not a mention "
        "of the father), 'Әлихан', genitive 'Әлиханның'. Father 'Нұрлан Сапаров' (acc. 'Нұрланды', gen. 'Нұрланның'): "
        "went to Ghulja Oct 2017 (return), seized right after the border (subjectless 'оны ұстап': arbitrary arrest), "
        "sent to an 'оқу орталығы' (camp) with daily Chinese and political lessons (indoctrination), released 2020, "
        "passport taken (passport) so he cannot rejoin the family in Kazakhstan (family separation), police app on "
        "his phone (digital surveillance); 'Нұрлан сотталған жоқ' = negated prison sentence. Grandmother 'Бибігүл' "
        "died at home in Ghulja 'былтыр көктемде' (-> 2021): death event, death.in_custody forbidden. Mother "
        "'Гүлнар Әбдірахманқызы': unknown caller demanding she skip a relatives' meeting = transnational harassment. "
        "The pupil's guess that his father was beaten, not confirmed = hedged: no code. Not dates: 'Өткен аптада' "
        "(week offset after an entry date), 'екі жарым жыл', 'бес жылдан бері', 'аптасына бір рет'.")
ORGS = ["Абай атындағы №3 мектеп-гимназия"]
PERSONS = [
    P("p1", "Әлихан Нұрланұлы", ["Нұрланұлы Әлихан", "Әлихан", "Әлиханның", "Әлиханмен"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4")]),
    P("p2", "Нұрлан Сапаров", ["Нұрлан Сапаров", "Нұрланды", "Нұрлан", "Нұрланның"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "Шекарадан өтісімен оны ұстап"),
            ("detention.internment_camp", "«оқу орталығына» жіберген"),
            ("indoctrination.political", "күн сайын қытай тілін және саяси сабақтарды оқуға мәжбүр болған"),
            ("movement.passport_confiscation", "төлқұжатын полиция алып қойған"),
            ("family.separation", "Қазақстанға қайта оралып, отбасына қосыла алмай отыр"),
            ("surveillance.digital", "телефонына полиция арнайы бағдарлама орнатқан")]),
    P("p3", "Гүлнар Әбдірахманқызы", ["Гүлнар Әбдірахманқызы"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("transnational.harassment", "анасына белгісіз нөмірден хабарласып, Жаркенттегі туыстардың жиналысына бармауды талап еткен")]),
    P("p4", "Бибігүл", ["Бибігүл"], ["relative"], gender="female", rel=[("mother", "p2"), ("grandmother", "p1")]),
    P("p5", "Р. Қ. Төлеубаева", ["Р. Қ. Төлеубаева"], ["other"], gender="female"),
    P("p6", "Ж. С. Ахметова", ["Ж. С. Ахметова"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркенттегі"]),
    L("China", ["Қытайда"]),
    L("Ghulja", ["Құлжадағы", "Құлжада"]),
    L("Kazakhstan", ["Қазақстанға"]),
]
DATES = [
    D(("20.12.2022", 0), "2022-12-20", "day"),
    D("12.09.2022", "2022-09-12", "day"),
    D("2017 жылдың қазанында", "2017-10", "month"),
    D("03.10.2022", "2022-10-03", "day"),
    D("2020 жылы", "2020", "year"),
    D("былтыр көктемде", "2021", "year"),
    D("14.11.2022", "2022-11-14", "day"),
    D(("20.12.2022", 1), "2022-12-20", "day"),
]
EVENTS = [
    ("return", "p2", "2017-10"),
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("release", "p2", "2020"),
    ("death", "p4", "2021"),
]
NEGATED = [("p2", "detention.prison_sentence", "Нұрлан сотталған жоқ")]
FORBIDDEN = [("p4", "death.in_custody")]
