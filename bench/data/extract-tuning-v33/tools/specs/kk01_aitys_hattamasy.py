FILE = "kk01_aitys_hattamasy.txt"
LANG = "kk"
DATE = "2023-08-18"
NOTE = ("Extract from the minutes of an aitys (improvised poetry contest) organising board on a poet's withdrawal, "
        "Kazakh Cyrillic, full gold (quoted withdrawal letter, resolution points, signatures with initials "
        "'Б. Ж. Әлімбекова', 'Н. Бекмұхамбетов'). Poet 'Ақбота Серікқызы' (patronymic surname; genitive "
        "'Серікқызының') came from Ghulja to Almaty in 2015 (exit), mother 'Райхан' moved in 2019 (exit). Father "
        "'Серік Қабдолов' seized without documents in March 2018 (subjectless verbs), sent to a 'study centre' (camp), "
        "Chinese lessons forced, prayer banned, released 2020, passport kept so he cannot come to Kazakhstan (passport + "
        "family separation), summoned 'Былтыр күзде' (-> 2022) about his daughter's poems (family reprisal + "
        "interrogation). Anonymous threatening message to the poet = transnational harassment. Brother 'Дәурен': "
        "'оны ешкім ұстаған жоқ' (negated arbitrary arrest); his hearsay that the father was beaten is hedged by the "
        "poet ('анық деп айта алмаймын'): torture.beating neither. '26 тамыздағы' and 'келесі жылғы' are after the "
        "document date; 'үш айтыста', 'бес мүшесі' are not dates. 'Осы айдың басында' -> 2023-08.")
ORGS = ["ЖЕТІСУ ДАУЫСЫ"]
PERSONS = [
    P("p1", "Ақбота Серікқызы", ["Ақбота Серікқызының", "Ақбота Серікқызы"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p4"), ("daughter", "p3"), ("sister", "p5")],
      viol=[("transnational.harassment", "маған белгісіз нөмірден хабарлама келді")]),
    P("p2", "Нұржан Бекмұхамбетов", ["Нұржан Бекмұхамбетов", "Н. Бекмұхамбетов"], ["other"], gender="male"),
    P("p3", "Райхан", ["Райхан"], ["relative"], gender="female", rel=[("mother", "p1"), ("wife", "p4"), ("mother", "p5")]),
    P("p4", "Серік Қабдолов", ["Серік Қабдолов"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "Әкемді 2018 жылы наурызда ешқандай құжатсыз ұстап"),
            ("detention.internment_camp", "«оқу орталығына» жіберді"),
            ("indoctrination.political", "күн сайын қытай тілін үйренуге мәжбүрледі"),
            ("culture.religious_ban", "намаз оқуға тыйым салды"),
            ("movement.passport_confiscation", "паспортын әлі бермей отыр"),
            ("family.separation", "ол Қазақстанға келе алмайды"),
            ("family.reprisal", "полиция әкемді шақырып, менің айтыстағы өлеңдерім туралы сұрады")]),
    P("p5", "Дәурен", ["Дәурен"], ["relative", "witness"], gender="male", rel=[("brother", "p1"), ("son", "p4"), ("son", "p3")]),
    P("p6", "Жәнібек Тұрлыбеков", ["Жәнібек Тұрлыбеков"], ["other"], gender="male"),
    P("p7", "Б. Ж. Әлімбекова", ["Б. Ж. Әлімбекова"], ["other"], gender="female"),
    P("p8", "Ғалым Сейітқали", ["Ғалым Сейітқали"], ["other"], gender="male"),
]
PLACES = [
    L("Taldykorgan", ["Талдықорған", "Талдықорғанға"]),
    L("Ghulja", ["Құлжадан", "Құлжа", "Құлжада", "Құлжадағы"]),
    L("Almaty", ["Алматыға"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстанға"]),
]
DATES = [
    D("2023 жылғы 18 тамыз", "2023-08-18", "day"),
    D("2015 жылы", "2015", "year"),
    D(("2019 жылы", 0), "2019", "year"),
    D(("2019 жылы", 1), "2019", "year"),
    D("2018 жылы наурызда", "2018-03", "month"),
    D("2020 жылы", "2020", "year"),
    D("Былтыр күзде", "2022", "year"),
    D("Осы айдың басында", "2023-08", "month"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("exit", "p3", "2019"),
    ("arrest", "p4", "2018-03"),
    ("detention", "p4", "2018-03"),
    ("release", "p4", "2020"),
    ("interrogation", "p4", "2022"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "оны ешкім ұстаған жоқ")]
FORBIDDEN = []
