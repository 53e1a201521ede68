FILE = "kk01_synyp_zhurnaly.txt"
LANG = "kk"
DATE = "2019-02-28"
NOTE = ("Class teacher's attendance notes in a Kazakh class register (Kazakh Cyrillic, full gold). The school header 'ШОНЖЫ "
        "АУЫЛЫНДАҒЫ № 2 ОРТА МЕКТЕП' and 'Қытай консулдығы' are orgs; '5 «Ә»', '24 оқушы', '(2 күн)', '№ 17', the mark «4», "
        "'19 ата-ана' are not dates. Teacher 'Ж. Төлеубаева' (label and signature) and the pupil Томирис are persons with role "
        "other. Three-generation naming: Дәурен Алмасов <- Алмас Нұрланұлы <- Нұрлан Қасымұлы; 'Хамитова Аружан' <- Хамит "
        "Ержанұлы; surname-first order in pupil names; agglutinated 'Дәуреннің', 'Алмасты'. Places agglutinated: 'Құлжаға', "
        "'Құлжадағы', 'Шонжыда', 'Алматыдағы', 'Қорлаға'; 'Қытай' (noun used as modifier: 'Қытай азаматы', 'Қытай жағындағы') "
        "is China; 'Қытай азаматы' -> citizenship China. Entry stamps are day dates; 'кеше', 'ертесіне', 'бүгін', 'өткен "
        "аптада' (-> 2019-02, cannot cross a month) anchored on their entry; 'Келесі айда' is future (not annotated). "
        "Detention at Khorgos customs on the Chinese side, four-hour questioning, phone checked = arrest + interrogation + "
        "digital surveillance; 'Ұрған жоқ' negated beating. 'ұйықтай алмайды' (a child's insomnia) is not sleep deprivation "
        "(forbidden). 'Содан бері отбасына ешқандай хабар жоқ' = incommunicado. Transfer to Korla reported by the grandfather "
        "without papers is asserted.")
ORGS = ["ШОНЖЫ АУЫЛЫНДАҒЫ № 2 ОРТА МЕКТЕП", "Қытай консулдығы"]
PERSONS = [
    P("p1", "Ж. Төлеубаева", ["Ж. Төлеубаева"], ["other", "narrator"], gender="female"),
    P("p2", "Дәурен Алмасов", ["Алмасов Дәурен", "Дәурен", "Дәуреннің"], ["relative"], gender="male",
      rel=[("son", "p3"), ("son", "p4"), ("grandson", "p5"), ("grandson", "p9")]),
    P("p3", "Айгүл Серікқызы", ["Айгүл Серікқызы"], ["relative"], gender="female", rel=[("mother", "p2"), ("wife", "p4")]),
    P("p4", "Алмас Нұрланұлы", ["Алмас Нұрланұлы", "Алмасты"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("husband", "p3"), ("son", "p9")],
      viol=[("detention.arbitrary_arrest", "Құлжаға туыстарына барған жерінде 2018 жылдың қарашасында ұсталып"),
            ("detention.internment_camp", "«оқу орталығына» жіберілген"),
            ("detention.incommunicado", "Содан бері отбасына ешқандай хабар жоқ")]),
    P("p5", "Күләш Бекмырзақызы", ["Күләш Бекмырзақызы"], ["relative"], gender="female", rel=[("grandmother", "p2")]),
    P("p6", "Томирис Ережепова", ["Ережепова Томирис", "Томирис"], ["other"], gender="female"),
    P("p7", "Аружан Хамитова", ["Хамитова Аружан", "Аружан"], ["relative"], gender="female", rel=[("daughter", "p8")]),
    P("p8", "Хамит Ержанұлы", ["Хамит Ержанұлы"], ["victim", "relative"], gender="male", citizenship=["China"],
      rel=[("father", "p7")],
      viol=[("detention.arbitrary_arrest", "Қытай жағындағы Қорғас кеденінде ұстап"),
            ("surveillance.digital", "телефонын тексеріп")]),
    P("p9", "Нұрлан Қасымұлы", ["Нұрлан Қасымұлы"], ["relative", "witness"], gender="male",
      rel=[("grandfather", "p2"), ("father", "p4")]),
]
PLACES = [
    L("Ghulja", ["Құлжаға", "Құлжадағы"]),
    L("Shonzhy", ["Шонжыда"]),
    L("China", ["Қытай"]),
    L("Khorgos", ["Қорғас"]),
    L("Almaty", ["Алматыдағы"]),
    L("Korla", ["Қорлаға"]),
]
DATES = [
    D("Ақпан, 2019 жыл", "2019-02", "month"),
    D("04.02.2019", "2019-02-04", "day"),
    D("2018 жылдың қарашасында", "2018-11", "month"),
    D("06.02.2019", "2019-02-06", "day"),
    D("12.02.2019", "2019-02-12", "day"),
    D("15.02.2019", "2019-02-15", "day"),
    D("кеше", "2019-02-14", "day"),
    D("ертесіне", "2019-02-15", "day"),
    D("бүгін", "2019-02-15", "day"),
    D("20.02.2019", "2019-02-20", "day"),
    D("өткен аптада", "2019-02", "month"),
    D("22.02.2019", "2019-02-22", "day"),
    D("27.02.2019", "2019-02-27", "day"),
    D("28.02.2019", "2019-02-28", "day"),
]
EVENTS = [
    ("arrest", "p4", "2018-11"),
    ("detention", "p4", "2018-11"),
    ("transfer", "p4", "2019-02"),
    ("arrest", "p8", "2019-02-14"),
    ("interrogation", "p8", "2019-02-14"),
    ("release", "p8", "2019-02-15"),
]
NEGATED = [("p8", "torture.beating", "Ұрған жоқ")]
FORBIDDEN = [("p2", "torture.sleep_deprivation")]
