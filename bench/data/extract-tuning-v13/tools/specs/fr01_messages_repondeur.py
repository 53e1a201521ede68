FILE = "fr01_messages_repondeur.txt"
LANG = "fr"
DATE = "2021-11-08"
NOTE = ("Law firm's transcription of four voicemail messages (firm header, file label, numbered messages with weekday, date "
        "and clock time). Firm name and 'famille ISMAIL' file label are not persons; the secretariat is not a person. Caller "
        "Zulhumar Ismail (sister) about her brother Mutellip (given name only); mother Amine Qurban; husband Kerim; caller from "
        "the Aksou police 'Wang Jun'. Date spans leave out the weekday. French clitics: «Ils l'ont gardé», «on l'a envoyé», «on "
        "le forçait», «on lui interdisait», «l'a condamné». Mother «n'a pas été détenue» (negated) next to blood and "
        "fingerprints; caller «personne ne m'a jamais arrêtée» (negated) next to the call urging her to return. Correction "
        "'né en 1988, pas en 1989': birth year 1988, both years are date mentions. «Le mois dernier» on message 3's date -> "
        "2021-10; transfer 'pendant un mois, puis' -> 2017 (year).")
ORGS = ["CABINET LEFÈVRE-NASRI, AVOCATS", "famille ISMAIL"]
PERSONS = [
    P("p1", "Zulhumar Ismail", ["Zulhumar Ismail"], ["narrator", "relative", "witness", "victim"], gender="female",
      citizenship=["France"], rel=[("sister", "p2"), ("daughter", "p3"), ("wife", "p4")],
      viol=[("transnational.harassment", "Il voulait que je rentre en Chine")]),
    P("p2", "Mutellip", ["Mutellip"], ["victim"], gender="male", birth_year=1988, rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "Mutellip a été arrêté à Aksou le 9 juin 2017"),
            ("surveillance.digital", "à cause d'une application sur son téléphone"),
            ("detention.pretrial", "Ils l'ont gardé au centre de détention de la ville pendant un mois"),
            ("detention.internment_camp", "on l'a envoyé dans un camp à Onsu"),
            ("indoctrination.political", "on le forçait à apprendre des chansons en chinois"),
            ("culture.language_ban", "on lui interdisait de parler ouïghour"),
            ("detention.prison_sentence", "l'a condamné à huit ans"),
            ("detention.incommunicado", "On ne nous a jamais dit dans quelle prison il est")]),
    P("p3", "Amine Qurban", ["Amine Qurban"], ["relative", "victim"], gender="female", rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("medical.biometric_collection", "on a pris son sang et ses empreintes")]),
    P("p4", "Kerim", ["Kerim"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p5", "Wang Jun", ["Wang Jun"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Aksu", ["Aksou"]),
    L("Onsu County", ["Onsu"]),
    L("China", ["Chine"]),
    L("France", ["France"]),
]
DATES = [
    D("8 novembre 2021", "2021-11-08", "day"),
    D("3 novembre 2021", "2021-11-03", "day"),
    D("9 juin 2017", "2017-06-09", "day"),
    D("4 novembre 2021", "2021-11-04", "day"),
    D("décembre 2019", "2019-12", "month"),
    D(("5 novembre 2021", 0), "2021-11-05", "day"),
    D("Le mois dernier", "2021-10", "month"),
    D("France en [[2014]]", "2014", "year"),
    D("depuis [[2020]]", "2020", "year"),
    D(("5 novembre 2021", 1), "2021-11-05", "day"),
    D("né en [[1988]]", "1988", "year"),
    D("pas en [[1989]]", "1989", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-06-09"),
    ("detention", "p2", "2017-06-09"),
    ("transfer", "p2", "2017"),
    ("sentencing", "p2", "2019-12"),
    ("exit", "p1", "2014"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Elle n'a pas été détenue"),
           ("p1", "detention.arbitrary_arrest", "personne ne m'a jamais arrêtée")]
FORBIDDEN = [("p3", "detention.pretrial")]
