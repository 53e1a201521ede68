FILE = "en04_podcast_show_notes.txt"
LANG = "en"
DATE = "2025-09-10"
NOTE = ("Podcast show-notes page: show title, episode number, runtime, published/recorded lines (day dates), chapter "
        "timestamps '(00:21:30)' (not dates), links, credits (a team and a sound collective: no persons). Guest Nadire "
        "Obulhesen, daughter of Obulhesen Memet (father's given name = her surname); brother Ferhat Obulhesen; his wife Pezilet "
        "Hamit. Pichan county = Shanshan; 'Munich Uyghur community's' is a modifier use (a mention). 'the autumn of 2019' -> "
        "2019; 'last winter' may cross a year boundary from the document date and is not annotated. Father: camp, monthly "
        "injection 'against flu' (forced medication), died at home after release: death event, death.in_custody negated "
        "('He did not die in the camp'). Brother: 'never held in a camp' negated, but forced labour in Anhui (no event). "
        "Sister-in-law: IUD under threat to the family's land (forced contraception), age 27 as stated. Calls to the guest "
        "= transnational harassment.")
ORGS = ["LONG DISTANCE", "German Foreign Office", "Fernweh Sound Collective"]
PERSONS = [
    P("p1", "Nadire Obulhesen", ["Nadire Obulhesen", "Nadire"], ["witness", "relative", "victim"], gender="female",
      birth_year=1988, rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "a caller speaking Uyghur has phoned her twice asking for the names of people who come to the Munich Uyghur community's Friday events")]),
    P("p2", "Obulhesen Memet", ["Obulhesen Memet"], ["victim", "relative"], gender="male", ethnicity="Uyghur", birth_year=1949,
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.internment_camp", "was taken to a camp in Toksun county in April 2018"),
            ("medical.forced_medication", "he was given an injection every month that the guards said was \"against flu\"")]),
    P("p3", "Ferhat Obulhesen", ["Ferhat Obulhesen", "Ferhat"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("husband", "p4")],
      viol=[("labour.forced_labour", "sent by bus to a textile plant in Anhui province, where he sewed school uniforms for eleven months and could not leave the dormitory compound")]),
    P("p4", "Pezilet Hamit", ["Pezilet Hamit"], ["victim", "relative"], gender="female", age=27, rel=[("wife", "p3")],
      viol=[("reproductive.forced_contraception", "had an IUD fitted at the township clinic in 2018 after officials told her that a third child would cost the family its land")]),
]
PLACES = [
    L("Munich", ["Munich"]),
    L("Shanshan County", ["Pichan county", "Pichan", "Shanshan"]),
    L("Turpan", ["Turpan"]),
    L("Germany", ["Germany"]),
    L("Toksun County", ["Toksun county"]),
    L("Anhui", ["Anhui province"]),
    L("Urumqi", ["Urumqi"]),
    L("Europe", ["Europe"]),
]
DATES = [
    D("10 September 2025", "2025-09-10", "day"),
    D("28 August 2025", "2025-08-28", "day"),
    D("since [[2012]]", "2012", "year"),
    D("April 2018", "2018-04", "month"),
    D("the autumn of 2019", "2019", "year"),
    D("March 2020", "2020-03", "month"),
    D("In [[2019]] he was", "2019", "year"),
    D("clinic in [[2018]]", "2018", "year"),
    D("b. [[1988]]", "1988", "year"),
    D("born in [[1949]]", "1949", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2019"),
    ("death", "p2", "2020-03"),
]
NEGATED = [("p2", "death.in_custody", "He did not die in the camp"),
           ("p3", "detention.internment_camp", "he was never held in a camp")]
FORBIDDEN = []
