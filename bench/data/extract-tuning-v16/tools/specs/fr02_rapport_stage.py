FILE = "fr02_rapport_stage.txt"
LANG = "fr"
DATE = "2024-01-10"
NOTE = ("Extract of a law student's internship report (university and host association headers, intern and tutor named: intern = "
        "narrator with role other, tutor 'Mme Gulnar Abdukerim' / 'Mme Abdukerim' = other). 'prénoms modifiés' does not remove the "
        "persons. 'la famille Tahir' is a family label (skipped), 'M. Tahir' is Ilyas Tahir. Wife Aynur Hesen: summoned and "
        "questioned two days about her husband abroad (arbitrary arrest + family reprisal + interrogation), then internment with "
        "songs and pledges (indoctrination), 'Elle n'a pas été battue' and the monthly injection given to the other women 'pas elle' "
        "negated. Daughters placed in a state boarding school (family separation). Police calls asking the husband to come home = "
        "transnational harassment. 'Quinze jours plus tard' after 28 November 2023 -> 2023-12 (a French «quinzaine» may mean 14 or 15 days, so month precision). The internship period end "
        "'15 décembre 2023' is before the document date. 'Collectif d'aide aux familles ouïghoures de Lyon' and 'la préfecture du "
        "Rhône' are organisations.")
ORGS = ["UNIVERSITÉ JEAN-MOULIN", "Collectif d'aide aux familles ouïghoures de Lyon", "préfecture du Rhône"]
PERSONS = [
    P("p1", "Inès Moreau", ["Inès Moreau"], ["narrator", "other"], gender="female"),
    P("p2", "Gulnar Abdukerim", ["Gulnar Abdukerim", "Abdukerim"], ["other"], gender="female"),
    P("p3", "Ilyas Tahir", ["Ilyas Tahir", "Tahir"], ["relative", "victim"], gender="male", age=45,
      rel=[("husband", "p4"), ("father", "p5"), ("father", "p6")], skip=["la famille [[Tahir]]"],
      viol=[("transnational.harassment", "un policier de Ghulja appelle régulièrement M. Tahir pour lui demander de « rentrer au pays »")]),
    P("p4", "Aynur Hesen", ["Aynur Hesen", "Hesen"], ["victim", "relative"], gender="female",
      rel=[("wife", "p3"), ("mother", "p5"), ("mother", "p6")],
      viol=[("detention.arbitrary_arrest", "Mme Hesen a été convoquée au commissariat de son quartier et interrogée pendant deux jours"),
            ("family.reprisal", "interrogée pendant deux jours sur les activités de son mari à l'étranger"),
            ("detention.internment_camp", "internée dans un centre de « transformation par l'éducation »"),
            ("indoctrination.political", "On l'a obligée à apprendre des chants patriotiques et à réciter chaque soir les « cinq engagements »")]),
    P("p5", "Mariyem", ["Mariyem"], ["victim", "relative"], gender="female", rel=[("daughter", "p3"), ("daughter", "p4"), ("sister", "p6")],
      viol=[("family.separation", "ont été placées dans un internat d'État")]),
    P("p6", "Amine", ["Amine"], ["victim", "relative"], gender="female", rel=[("daughter", "p3"), ("daughter", "p4"), ("sister", "p5")],
      viol=[("family.separation", "ont été placées dans un internat d'État")]),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Ghulja", ["Ghulja", "Yining"]),
    L("China", ["Chine"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Turkey", ["Turquie"]),
]
DATES = [
    D("4 septembre", "2023-09-04", "day"),
    D("15 décembre 2023", "2023-12-15", "day"),
    D("depuis [[2021]]", "2021", "year"),
    D("Chine en [[2016]]", "2016", "year"),
    D("mars 2017", "2017-03", "month"),
    D("novembre 2018", "2018-11", "month"),
    D("Depuis [[2020]]", "2020", "year"),
    D("28 novembre 2023", "2023-11-28", "day"),
    D("Quinze jours plus tard", "2023-12", "month"),
]
EVENTS = [
    ("exit", "p3", "2016"),
    ("arrest", "p4", "2017-03"),
    ("interrogation", "p4", "2017-03"),
    ("detention", "p4", None),
    ("release", "p4", "2018-11"),
]
NEGATED = [("p4", "torture.beating", "Elle n'a pas été battue"),
           ("p4", "medical.forced_medication", "pas elle")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest")]
