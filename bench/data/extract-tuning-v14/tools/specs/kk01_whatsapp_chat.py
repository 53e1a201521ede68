FILE = "kk01_whatsapp_chat.txt"
LANG = "kk"
DATE = "2020-04-18"
NOTE = ("Exported WhatsApp group chat in Kazakh Cyrillic: group name «Толы ауылдастары» (org, no place inside), export date, "
        "every message stamp '[16.04.2020, 20:03]' gives a day date (clock times are not dates), system line 'added "
        "Айдос Нұрланұлын' (a mention, accusative), '<Медиа файлдар алынып тасталды>'. Kazakh agglutination: mentions "
        "«Ернарды», «Асқарды», places «Шәуешектегі» (Tacheng), «Алматыдағы», «Қазақстанға», «Толы» (Toli county); 'Қытай "
        "консулдығына' is a modifier mention of China. Naming: Гүлнар Сейітқызы and Асқар Сейітұлы are children of Сейіт "
        "Қалиұлы; Ернар Жанатұлы is Толқын Мұратбекқызы's son; Бақыт Омарұлы is Айдос's нағашы (maternal uncle). "
        "Relative dates anchored on the message stamp: 'Бүгін' -> 2020-04-16, 'Кеше кешке' (17.04 message) -> 2020-04-16, "
        "'Ертең' -> 2020-04-18, 'Былтыр желтоқсанда' -> 2019-12, 'былтыр' -> 2019, '2018 жылы күзде' -> 2018. Dauren: taken "
        "without papers, whereabouts refused (arbitrary arrest + incommunicado + disappearance); the prison in Tacheng is a "
        "rumour (no event, prison_sentence neither). Asqar: camp, one meal a day (food deprivation), unpaid sewing factory, passport withheld, party songs, "
        "Kazakh banned; 'Өзін ұрмапты' negated. Father died in the camp (death in custody). The mother's threatening call = "
        "transnational harassment. Bakyt was in a camp (asserted by implication) and came back to Kazakhstan (exit 2019).")
ORGS = ["«Толы ауылдастары»"]
PERSONS = [
    P("p1", "Ерқанат Бөкейұлы", ["Ерқанат Бөкейұлы"], ["other"], gender="male"),
    P("p2", "Айдос Нұрланұлы", ["Айдос Нұрланұлын", "Айдос Нұрланұлы"], ["other"], gender="male", rel=[("nephew", "p8")]),
    P("p3", "Толқын Мұратбекқызы", ["Толқын Мұратбекқызы", "Толқын"], ["relative", "victim"], gender="female",
      rel=[("mother", "p4")],
      viol=[("transnational.harassment", "бір бейтаныс нөмірден қоңырау шалды. Қытайша сөйледі, «балаңыз туралы интернетке жазбаңыз, әйтпесе оған жаман болады» деді")]),
    P("p4", "Ернар Жанатұлы", ["Ернар", "Ернар Жанатұлы", "Ернарды"], ["victim", "relative"], gender="male",
      rel=[("son", "p3")],
      viol=[("detention.arbitrary_arrest", "оны ешқандай қағаз көрсетпей алып кетті"),
            ("detention.incommunicado", "Содан бері оның қайда екенін ешкім айтпайды"),
            ("disappearance.enforced", "Түнде полиция келіп, оны ешқандай қағаз көрсетпей алып кетті. Содан бері оның қайда екенін ешкім айтпайды")]),
    P("p5", "Гүлнар Сейітқызы", ["Гүлнар Сейітқызы"], ["relative", "witness"], gender="female",
      rel=[("sister", "p6"), ("daughter", "p7")]),
    P("p6", "Асқар Сейітұлы", ["Асқар Сейітұлы", "Асқарды"], ["victim", "relative"], gender="male",
      rel=[("brother", "p5"), ("son", "p7")],
      viol=[("detention.internment_camp", "«оқуға» жіберілді"),
            ("labour.forced_labour", "тігін фабрикасында ақысыз жұмыс істейді"),
            ("movement.passport_confiscation", "Паспортын полиция әлі бермей отыр"),
            ("indoctrination.political", "күнде таңертең партияны мадақтайтын қытайша әндер айтқызған"),
            ("ill_treatment.food_deprivation", "Тамақты күніне бір-ақ рет берген"),
            ("culture.language_ban", "бір-бірімен қазақша сөйлесуге тыйым салған")]),
    P("p7", "Сейіт Қалиұлы", ["Сейіт Қалиұлы"], ["victim", "relative"], gender="male", age=72,
      rel=[("father", "p5"), ("father", "p6")],
      viol=[("detention.internment_camp", "сол лагерьде 2019 жылы ақпанда қайтыс болды"),
            ("death.in_custody", "сол лагерьде 2019 жылы ақпанда қайтыс болды")]),
    P("p8", "Бақыт Омарұлы", ["Бақыт Омарұлы"], ["witness", "victim", "relative"], gender="male", rel=[("uncle", "p2")],
      viol=[("detention.internment_camp", "ол лагерьде Ернарды көрмегенін айтты")]),
]
PLACES = [
    L("Toli County", ["Толы"]),
    L("Tacheng", ["Шәуешектегі"]),
    L("Almaty", ["Алматыдағы"]),
    L("China", ["Қытай"]),
    L("Kazakhstan", ["Қазақстанға"]),
]
DATES = [D("18.04.2020", "2020-04-18", "day")]
DATES += [D(("16.04.2020", k), "2020-04-16", "day") for k in range(10)]
DATES += [D(("17.04.2020", k), "2020-04-17", "day") for k in range(4)]
DATES += [
    D("Бүгін", "2020-04-16", "day"),
    D("2018 жылы наурызда", "2018-03", "month"),
    D("2018 жылы күзде", "2018", "year"),
    D("Былтыр желтоқсанда", "2019-12", "month"),
    D("2019 жылы ақпанда", "2019-02", "month"),
    D("Кеше кешке", "2020-04-16", "day"),
    D("Ертең", "2020-04-18", "day"),
    D("былтыр", "2019", "year"),
]
EVENTS = [
    ("arrest", "p4", "2018-03"),
    ("disappearance", "p4", "2018-03"),
    ("detention", "p6", "2018"),
    ("release", "p6", "2019-12"),
    ("death", "p7", "2019-02"),
    ("exit", "p8", "2019"),
]
NEGATED = [("p6", "torture.beating", "Өзін ұрмапты")]
FORBIDDEN = []
