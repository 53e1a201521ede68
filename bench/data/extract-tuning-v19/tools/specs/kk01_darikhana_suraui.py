FILE = "kk01_darikhana_suraui.txt"
LANG = "kk"
DATE = "2022-03-15"
NOTE = ("Pharmacy's written query to a hospital doctor about a prescription (letterhead, outgoing number, addressee line, "
        "subject, numbered requests, signature), Kazakh Cyrillic, fully annotated. The addressee (an unnamed therapist of "
        "the district hospital: organisation) is no person; the pharmacist who signs is narrator + other. Prescription "
        "number, phone number and street address are no entities. Kazakh naming: Бақытгүл Сейітханқызы, suffixed "
        "«Бақытгүлдің» as one mention. Camp in Шәуешек (Tacheng) in 2018 for nine months -> detention 2018 (no arrest "
        "stated); unnamed white pills weekly = forced medication; Kazakh banned; songs praising the party = indoctrination; "
        "solitary confinement was for those who refused (others): not coded for her. «өзін ешкім ұрған жоқ» negated beating. "
        "Seasons with a year -> year (release 2019, exit 2020 via the Bakhty crossing). Husband's passport taken in 2019 so "
        "he cannot join wife and daughter = passport confiscation + family separation; the talk that he too was taken "
        "'for study' is a rumour she cannot confirm (no code). «Бүгін таңертең» -> letter date; «18 наурызға» is after the "
        "document date (not annotated).")
ORGS = ["«МЕЙІРІМ-ФАРМ» ДӘРІХАНАСЫ", "Үржар аудандық орталық ауруханасының"]
PERSONS = [
    P("p1", "Бақытгүл Сейітханқызы", ["Бақытгүл Сейітханқызы", "Бақытгүл", "Бақытгүлдің"], ["victim", "witness", "relative"],
      gender="female", birth_year=1979, rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("detention.internment_camp", "Шәуешек қаласындағы «оқу орталығында» тоғыз ай ұсталған"),
            ("medical.forced_medication", "апта сайын атын айтпай ақ таблеткалар ішкізген"),
            ("culture.language_ban", "қазақша сөйлеуге тыйым салынып"),
            ("indoctrination.political", "әр таңертең партияны мақтайтын ән айтқызған"),
            ("family.separation", "ол әйелі мен қызының жанына келе алмай жүр")]),
    P("p2", "Ерғали Мұратбекұлы", ["Ерғали Мұратбекұлы"], ["relative", "victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "Оның паспортын 2019 жылы полиция алып қойғандықтан"),
            ("family.separation", "ол әйелі мен қызының жанына келе алмай жүр")]),
    P("p3", "Аружан", ["Аружан"], ["relative"], gender="female", age=19, rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "Айнұр Бекмұхамбетова", ["Айнұр Бекмұхамбетова"], ["narrator", "other"], gender="female"),
]
PLACES = [
    L("East Kazakhstan Region", ["Шығыс Қазақстан облысы"]),
    L("Urzhar", ["Үржар"]),
    L("Tacheng (Chöchek)", ["Шәуешек", "Шәуешекте"]),
    L("Bakhty border crossing", ["Бақты"]),
    L("Kazakhstan", ["Қазақстанға"]),
    L("Almaty", ["Алматыда"]),
]
DATES = [
    D("15.03.2022", "2022-03-15", "day"),
    D("2022 жылғы 14 наурызда", "2022-03-14", "day"),
    D("1979", "1979", "year"),
    D("2018 жылы", "2018", "year"),
    D("2019 жылдың көктемінде", "2019", "year"),
    D("2020 жылдың күзінде", "2020", "year"),
    D("паспортын [[2019 жылы]]", "2019", "year"),
    D("Бүгін таңертең", "2022-03-15", "day"),
]
EVENTS = [
    ("detention", "p1", "2018"),
    ("release", "p1", "2019"),
    ("exit", "p1", "2020"),
    ("exit", "p3", "2020"),
]
NEGATED = [("p1", "torture.beating", "Бақытгүлдің өзін ешкім ұрған жоқ")]
FORBIDDEN = []
