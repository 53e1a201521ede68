FILE = "en01_witness_statement_numbered.txt"
LANG = "en"
DATE = "2023-11-14"
NOTE = ("Survivor's written witness statement for a documentation project (numbered paragraphs, statement of truth, "
        "interpreter line, 'P. Hoshur' signature). Narrator Parida Hoshur (Uyghur, born 1981): passport collected, "
        "taken at night without paper 'to study' (arbitrary arrest + camp, 2017-10-09), eighteen women with one bucket "
        "(overcrowding), anthem and self-criticisms (indoctrination), released 2018-12, unpaid glove workshop "
        "(forced labour) and not allowed to leave the district (house arrest), exit 'the following August' -> 2019-08. "
        "'The guards did not beat me' (negated beating for her; the beating is Aygul's). Food/periods hedged ('I cannot "
        "prove it'): nothing. Aygul Mamut: picked up in Qorghas, same camp, beaten for a whispered prayer (beating + "
        "religious ban), no doctor (denied medical care), whereabouts kept from her sister (disappearance + incommunicado). "
        "Husband Abdurahman Yasin: taken 'three weeks before me' (week offset: undated arrest), not sent to the school "
        "(negated internment camp), eleven years in March 2018, prison refuses letters and visits (incommunicado). "
        "Brother-in-law Tahir called in 'Two months after I arrived' -> 2019-10 (interrogation + family reprisal). "
        "Ma Jianguo: officer in charge (official, perpetrator). Interpreter: other. 'fourteen months', 'eight months' "
        "are durations.")
ORGS = ["XTP-2023-0417"]
PERSONS = [
    P("p1", "Parida Hoshur", ["Parida Hoshur", "P. Hoshur"], ["narrator", "victim", "witness"], gender="female",
      ethnicity="Uyghur", birth_year=1981, rel=[("wife", "p2"), ("sister-in-law", "p4")],
      viol=[("movement.passport_confiscation", "Mine was handed over in April 2017"),
            ("detention.arbitrary_arrest", "They showed no paper. They said I was going \"to study for a few days\""),
            ("detention.internment_camp", "drove me to the old vocational school on the road to Yamanya. I stayed there fourteen months"),
            ("detention.overcrowding", "we were eighteen women with one bucket"),
            ("indoctrination.political", "We sang the anthem each morning and wrote self-criticisms every Friday"),
            ("labour.forced_labour", "I sewed gloves in a workshop inside the same compound without pay"),
            ("detention.house_arrest", "I could not leave the district")]),
    P("p2", "Abdurahman Yasin", ["Abdurahman Yasin"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "My husband was taken three weeks before me"),
            ("detention.prison_sentence", "a court in Ghulja gave him eleven years for \"separatism\""),
            ("detention.incommunicado", "the prison has refused our letters and visits")]),
    P("p3", "Aygul Mamut", ["Aygul Mamut", "Aygul"], ["victim"], gender="female",
      viol=[("torture.beating", "They beat Aygul, twice that I saw"),
            ("culture.religious_ban", "because she whispered a prayer"),
            ("ill_treatment.denied_medical_care", "she could not lift her arm, and no doctor was called"),
            ("detention.arbitrary_arrest", "she had been picked up at her shop in Qorghas"),
            ("detention.internment_camp", "a woman I shared a room with, Aygul Mamut"),
            ("disappearance.enforced", "nobody will tell her where Aygul is held"),
            ("detention.incommunicado", "nobody will tell her where Aygul is held")]),
    P("p4", "Tahir", ["Tahir"], ["relative", "victim", "witness"], gender="male",
      rel=[("brother", "p2"), ("brother-in-law", "p1")],
      viol=[("family.reprisal", "the police called Tahir in and asked him who I speak to abroad")]),
    P("p5", "Ma Jianguo", ["Ma Jianguo"], ["official", "perpetrator"], gender="male"),
    P("p6", "Saule Zhaksybekova", ["Saule Zhaksybekova"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Ghulja", ["Ghulja"]),
    L("Yamanya", ["Yamanya"]),
    L("Khorgos", ["Qorghas"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("1981", "1981", "year"),
    D("the spring of 2017", "2017", "year"),
    D("April 2017", "2017-04", "month"),
    D("9 October 2017", "2017-10-09", "day"),
    D("the same month", "2017-10", "month"),
    D("March 2018", "2018-03", "month"),
    D("2019", "2019", "year"),
    D("December 2018", "2018-12", "month"),
    D("the following August", "2019-08", "month"),
    D("Two months after", "2019-10", "month"),
    D("14 November 2023", "2023-11-14", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-10-09"),
    ("detention", "p1", "2017-10-09"),
    ("release", "p1", "2018-12"),
    ("exit", "p1", "2019-08"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("sentencing", "p2", "2018-03"),
    ("arrest", "p3", "2017-10"),
    ("detention", "p3", "2017-10"),
    ("disappearance", "p3", None),
    ("interrogation", "p4", "2019-10"),
]
NEGATED = [("p1", "torture.beating", "The guards did not beat me"),
           ("p2", "detention.internment_camp", "He was not sent to the school")]
FORBIDDEN = []
