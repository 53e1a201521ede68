FILE = "kk01_foto_zhazbalary.txt"
LANG = "kk"
DATE = "2021-02-17"
NOTE = ("News-agency photo-caption sheet (суретке жазбалар парағы) from a relatives' gathering outside the Chinese "
        "consulate in Almaty, Kazakh Cyrillic, full gold. Subjects in capitals ('ЖАНАР ТӨЛЕУБАЕВА', 'ЕРМЕК САПАРОВ'), "
        "genitive 'Бауыржан Қасымұлының', 'Бауыржанның', 'Жанардың', 'Ермектің', initial 'Е. Сапаровтың'; credit line "
        "'«ДАЛА ИНФО / Нұржан Бекболатов»'. Photographer and editor are named staff (other); the police officer is "
        "unnamed (not annotated). 'Қытай консулдығының' and the agency name are orgs. 'екі апта бұрын' -> 2021-02 "
        "(anchored on the sheet); the visit from Almaty to relatives in Shäueshek (Tacheng) is a return; Ermek's release is chained (2018-12 + ten months = 2019-10), the same month as his exit "
        "via Zharkent. Bauyrzhan: arrest without reason, camp, no news (incommunicado), whereabouts unknown "
        "(disappearance); rumour of a sentence that the family does not confirm is hedged (not gold, not forbidden). "
        "Mother: threatening call (transnational harassment); 'Жанардың өзіне ешкім қоқан-лоқы жасамаған' negates it "
        "for the wife. Ermek: taken from home, camp, overcrowding, party songs, leg irons day and night (shackling) with "
        "'Мені ұрған жоқ' (beating negated). Brother Serik: passport taken.")
ORGS = ["«ДАЛА ИНФО» АҚПАРАТ АГЕНТТІГІ", "Қытай консулдығының", "«ДАЛА ИНФО /"]
PERSONS = [
    P("p1", "Жанар Төлеубаева", ["ЖАНАР ТӨЛЕУБАЕВА", "Жанардың"], ["relative"], gender="female",
      rel=[("wife", "p2")]),
    P("p2", "Бауыржан Қасымұлы", ["Бауыржан Қасымұлының", "Бауыржан", "Бауыржанның"], ["victim", "relative"],
      gender="male", rel=[("husband", "p1"), ("son", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "полиция оны себепсіз ұстап"),
            ("detention.internment_camp", "«саяси оқу орталығына» апарған"),
            ("detention.incommunicado", "отбасы одан ешқандай хабар алмаған"),
            ("disappearance.enforced", "оның қайда екенін де білмейді")]),
    P("p3", "Күлпаш Ахметқызы", ["Күлпаш Ахметқызы"], ["relative", "victim"], gender="female", age=74,
      rel=[("mother", "p2"), ("grandmother", "p4")],
      viol=[("transnational.harassment", "белгісіз нөмірден телефон соғып, «наразылыққа шықпаңыз, әйтпесе ұлыңызға жаман болады» деп ескерткен")]),
    P("p4", "Аружан", ["Аружан"], ["relative"], gender="female", age=9,
      rel=[("daughter", "p2"), ("granddaughter", "p3")]),
    P("p5", "Ермек Сапаров", ["ЕРМЕК САПАРОВ", "Ермектің", "Е. Сапаровтың"], ["victim", "relative"],
      gender="male", rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "Құлжадағы үйінен алып кетіп"),
            ("detention.internment_camp", "лагерьде он ай ұстаған"),
            ("detention.overcrowding", "Бір бөлмеде отыз адам болған"),
            ("indoctrination.political", "күн сайын партияны мадақтайтын әндерді жаттатқан"),
            ("detention.shackling", "күндіз де, түнде де аяғымда кісен болды")]),
    P("p6", "Серік", ["Серік"], ["relative", "victim"], gender="male", rel=[("brother", "p5")],
      viol=[("movement.passport_confiscation", "оның төлқұжатын полиция алып қойған")]),
    P("p7", "Нұржан Бекболатов", ["Нұржан Бекболатов"], ["other"], gender="male"),
    P("p8", "А. Смағұлова", ["А. Смағұлова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Tacheng", ["Шәуешектегі"]),
    L("Zharkent", ["Жаркент"]),
    L("Kazakhstan", ["Қазақстанға"]),
    L("Ghulja", ["Құлжадағы"]),
    L("China", ["Қытайда"]),
    L("Almaty Region", ["Алматы облысынан"]),
]
DATES = [
    D("16.02.2021", "2021-02-16", "day"),
    D("17.02.2021", "2021-02-17", "day"),
    D("2018 жылдың мамырында", "2018-05", "month"),
    D("екі апта бұрын", "2021-02", "month"),
    D("2019 жылдың қазанында", "2019-10", "month"),
    D("2018 жылдың желтоқсанында", "2018-12", "month"),
]
EVENTS = [
    ("return", "p2", "2018-05"),
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", "2018-05"),
    ("arrest", "p5", "2018-12"),
    ("detention", "p5", "2018-12"),
    ("release", "p5", "2019-10"),
    ("exit", "p5", "2019-10"),
]
NEGATED = [("p1", "transnational.harassment", "Жанардың өзіне ешкім қоқан-лоқы жасамаған"),
           ("p5", "torture.beating", "Мені ұрған жоқ")]
FORBIDDEN = []
