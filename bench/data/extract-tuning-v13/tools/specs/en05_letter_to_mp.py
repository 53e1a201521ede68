FILE = "en05_letter_to_mp.txt"
LANG = "en"
DATE = "2025-11-04"
NOTE = ("Constituent's letter to a UK member of parliament (sender's address block, date, salutation, Re: line, signature). "
        "The addressee 'Ms Okonjo-Hartley' is not a person (addressee rule); the postcode is not a date. Narrator Jasur Karimov "
        "(Uzbek, British citizen) writes about his wife's family: Nigara Obulqasim and brother Dilshat Obulqasim <- father "
        "Obulqasim Haji. Former detainee Ilyas Qadir saw Dilshat (witness; coded internment_camp). Father 'was not detained' "
        "(negated) next to a filmed declaration (denunciation + confession) and flag-raising. Consulate's refusal to renew a "
        "passport unless she returns = passport code; message from the bureau = transnational harassment. 'that night' after "
        "November 2017 -> 2017-11; 'Last week' may cross a month -> year. 'Ghulja public security bureau' is an organisation; "
        "'Ghulja No. 3 detention centre' a modifier mention.")
ORGS = ["Ghulja public security bureau", "Foreign Office"]
PERSONS = [
    P("p1", "Jasur Karimov", ["Jasur Karimov"], ["narrator", "relative"], gender="male", ethnicity="Uzbek",
      citizenship=["United Kingdom"], rel=[("husband", "p2"), ("brother-in-law", "p3"), ("son-in-law", "p5")]),
    P("p2", "Nigara Obulqasim", ["Nigara Obulqasim", "Nigara"], ["relative", "victim"], gender="female", ethnicity="Uyghur",
      rel=[("wife", "p1"), ("sister", "p3"), ("daughter", "p5")],
      viol=[("movement.passport_confiscation", "the consulate refused to renew her passport in 2022 unless she returned to Ghulja in person"),
            ("transnational.harassment", "messaged Nigara and asked for my address")]),
    P("p3", "Dilshat Obulqasim", ["Dilshat Obulqasim", "Dilshat"], ["victim"], gender="male", age=26,
      rel=[("brother", "p2"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "police stopped him at a checkpoint in Ghulja in November 2017 and found WhatsApp on his phone"),
            ("surveillance.checkpoint", "stopped him at a checkpoint"),
            ("surveillance.digital", "found WhatsApp on his phone"),
            ("detention.pretrial", "He was taken that night to the Ghulja No. 3 detention centre"),
            ("detention.internment_camp", "he was moved to a camp in Tokkuztara county"),
            ("detention.shackling", "with his legs chained"),
            ("torture.beating", "guards beat him with a rubber baton"),
            ("culture.language_ban", "when he answered in Uyghur instead of Chinese"),
            ("detention.prison_sentence", "sentenced Dilshat to twelve years"),
            ("detention.incommunicado", "The family was never given the judgment or told the name of the prison")]),
    P("p4", "Ilyas Qadir", ["Ilyas Qadir"], ["witness", "victim"], gender="male",
      viol=[("detention.internment_camp", "A former detainee who now lives in Almaty")]),
    P("p5", "Obulqasim Haji", ["Obulqasim Haji"], ["relative", "victim"], gender="male", age=71,
      rel=[("father", "p2"), ("father", "p3"), ("father-in-law", "p1")],
      viol=[("indoctrination.political", "he was ordered to attend flag-raising every Monday"),
            ("coercion.forced_denunciation", "to declare on camera that his son had been \"educated\""),
            ("coercion.forced_confession", "to declare on camera that his son had been \"educated\"")]),
]
PLACES = [
    L("Leicester", ["Leicester"]),
    L("Yining", ["Ghulja"]),
    L("Tashkent", ["Tashkent"]),
    L("Tokkuztara County", ["Tokkuztara county"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("4 November 2025", "2025-11-04", "day"),
    D("since [[2011]]", "2011", "year"),
    D("November 2017", "2017-11", "month"),
    D("that night", "2017-11", "month"),
    D("the summer of 2018", "2018", "year"),
    D("March 2020", "2020-03", "month"),
    D("passport in [[2022]]", "2022", "year"),
    D("Last week", "2025", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017-11"),
    ("detention", "p3", "2017-11"),
    ("transfer", "p3", "2018"),
    ("sentencing", "p3", "2020-03"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "He was not detained")]
FORBIDDEN = [("p5", "detention.pretrial"), ("p5", "detention.internment_camp")]
