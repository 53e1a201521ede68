FILE = "en04_fieldwork_appendix.txt"
LANG = "en"
DATE = "2021-06-30"
NOTE = ("Doctoral dissertation appendix: fieldwork log table with interview codes INT-03..05, durations and dotted day dates "
        "(dd.mm.yyyy), dissertation title containing a toponym (Khorgos: a mention), university name with a city (University of "
        "Bergen: org, no place). Research assistant named (other). A pseudonymous interviewee '\"Sholpan\"' is a person (name = the "
        "pseudonym); her unnamed brother is not a person. Kazakh naming: sisters Baqytgul and Raushan Maratqyzy; husband "
        "Tursynbek Zhaqsylyquly. Mongghulküre county = Zhaosu (county) vs 'Zhaosu town'; Chapchal = Qapqal. Husband: 'political "
        "school' (camp) in April 2018, self-criticism and regulations (indoctrination), 'Fourteen months later' released -> 2019-06, "
        "passport kept at the police post (passport confiscation), reached Zharkent March 2020 (exit). Sister in Zhaosu summoned "
        "and questioned about the interviewee abroad (interrogation event, family reprisal); 'that winter' may cross a year: not "
        "annotated. Baqytgul 'never questioned herself': no code to negate. Sholpan: passport taken at the Khorgos gate, evening "
        "checks that she is at home (house arrest). Ermek Bazarbai's death in a camp is hearsay ('only what people say'): no "
        "code, no event, not forbidden. 'summer 2019' -> 2019."
        " Locked alone in a dark room for a week after being caught praying (solitary confinement + religious ban).")
ORGS = ["University of Bergen"]
PERSONS = [
    P("p1", "Dana Ermekova", ["Dana Ermekova"], ["other"], gender="female"),
    P("p2", "Baqytgul Maratqyzy", ["Baqytgul Maratqyzy", "Baqytgul"], ["witness", "relative"], gender="female", birth_year=1968,
      rel=[("wife", "p3"), ("sister", "p4")]),
    P("p3", "Tursynbek Zhaqsylyquly", ["Tursynbek Zhaqsylyquly"], ["victim", "relative"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.internment_camp", "he was taken to what the local cadres called a \"political school\" in Zhaosu town"),
            ("indoctrination.political", "he had to write a self-criticism every week and recite the regulations on \"de-extremification\""),
            ("movement.passport_confiscation", "his passport stayed at the police post"),
            ("culture.religious_ban", "After a guard caught him praying on his bunk he was locked alone"),
            ("detention.solitary_confinement", "he was locked alone in a dark room for a week")]),
    P("p4", "Raushan Maratqyzy", ["Raushan Maratqyzy"], ["victim", "relative"], gender="female", rel=[("sister", "p2")],
      viol=[("family.reprisal", "was summoned three times to the police post that winter and asked about Baqytgul's friends in Kazakhstan")]),
    P("p5", "Sholpan", ["Sholpan"], ["witness", "victim", "relative"], gender="female", age=41, citizenship=["Kazakhstan"],
      viol=[("movement.passport_confiscation", "At the border gate her Kazakh passport was taken"),
            ("detention.house_arrest", "a local official came every evening to check that she was at home")]),
    P("p6", "Serik Ospanov", ["Serik Ospanov"], ["witness"], gender="male", age=63),
    P("p7", "Ermek Bazarbai", ["Ermek Bazarbai"], ["victim"], gender="male"),
]
PLACES = [
    L("Khorgos", ["Khorgos"]),
    L("Zharkent", ["Zharkent"]),
    L("Almaty", ["Almaty"]),
    L("Zhaosu County", ["Mongghulküre county", "Zhaosu"]),
    L("Zhaosu town", ["Zhaosu town"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Qapqal County", ["Chapchal", "Qapqal"]),
    L("Kuytun", ["Kuytun"]),
]
DATES = [
    D("30 June 2021", "2021-06-30", "day"),
    D("summer 2019", "2019", "year"),
    D("14.08.2019", "2019-08-14", "day"),
    D("16.08.2019", "2019-08-16", "day"),
    D("21.08.2019", "2019-08-21", "day"),
    D("b. [[1968]]", "1968", "year"),
    D("Chinese) in [[2015]]", "2015", "year"),
    D("April 2018", "2018-04", "month"),
    D("Fourteen months later", "2019-06", "month"),
    D("March 2020", "2020-03", "month"),
    D("since [[2011]]", "2011", "year"),
    D("the autumn of 2017", "2017", "year"),
    D("sentenced in [[2019]]", "2019", "year"),
    D("camp in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-04"),
    ("detention", "p3", "2018-04"),
    ("release", "p3", "2019-06"),
    ("exit", "p3", "2020-03"),
    ("interrogation", "p4", None),
]
NEGATED = []
FORBIDDEN = [("p2", "detention.arbitrary_arrest")]
