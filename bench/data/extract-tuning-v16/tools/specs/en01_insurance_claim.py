FILE = "en01_insurance_claim.txt"
LANG = "en"
DATE = "2024-08-12"
NOTE = ("Travel-insurance claim form (cancellation): insurer header and policy/claim numbers (C/2024/11873 holds no date), "
        "UK DD/MM birth date 02/09/1988, old-passport pinyin name 'Reyila Aosiman' and signature 'R. Osmanjan' are mentions of the "
        "policyholder. Brother 'Ehmetjan Osman' carries the father's given name as surname while the policyholder writes 'Osmanjan'. "
        "'the evening before' anchored on 18 July; 'Three days later' -> 21 July; 'last year' -> 2023. Mother 'has not been "
        "arrested' (negated) but made to sign a pledge (forced signature + family reprisal) and her phone checked. Threat of "
        "'education' for the mother is a threat, not a detention. 'Leicester Uyghur Welfare Trust' is an organisation. The assessor's "
        "note date 12.08.2024 is the document date. Friend held at the airport: detention + release in 2023, passport kept.")
ORGS = ["NORTHGATE MUTUAL TRAVEL INSURANCE", "Leicester Uyghur Welfare Trust"]
PERSONS = [
    P("p1", "Rahile Osmanjan", ["Rahile Osmanjan", "Reyila Aosiman", "R. Osmanjan"], ["narrator", "relative", "victim"],
      gender="female", ethnicity="Uyghur", birth_year=1988,
      rel=[("daughter", "p6"), ("sister", "p3"), ("mother", "p2"), ("sister-in-law", "p4")],
      viol=[("transnational.harassment", "Officer Yang Guoqiang, rang me in Leicester. He told me not to come")]),
    P("p2", "Ilham Osmanjan-Reed", ["Ilham Osmanjan-Reed"], ["relative"], gender="male", age=9, rel=[("son", "p1")]),
    P("p3", "Ehmetjan Osman", ["Ehmetjan Osman"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p6"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "had been taken from his shop in Atush by two police officers"),
            ("detention.incommunicado", "nobody at the police station would tell her where he was"),
            ("disappearance.enforced", "My brother is still missing")]),
    P("p4", "Tajinisa", ["Tajinisa"], ["relative", "witness"], gender="female", rel=[("wife", "p3"), ("sister-in-law", "p1")]),
    P("p5", "Yang Guoqiang", ["Yang Guoqiang"], ["official", "perpetrator"], gender="male"),
    P("p6", "Raziye Tokhti", ["Raziye Tokhti"], ["relative", "victim"], gender="female", age=74,
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("coercion.forced_confession", "She was made to sign a letter promising that her children abroad would \"return to the right path\""),
            ("family.reprisal", "She was made to sign a letter promising that her children abroad"),
            ("surveillance.digital", "her phone was taken away and checked for a week")]),
    P("p7", "Guldana Serikbay", ["Guldana Serikbay"], ["victim"], gender="female", citizenship=["United Kingdom"],
      viol=[("detention.arbitrary_arrest", "was held for two days at Ürümqi airport"),
            ("movement.passport_confiscation", "had her passport kept until she signed a statement"),
            ("coercion.forced_confession", "until she signed a statement")]),
]
PLACES = [
    L("Leicester", ["Leicester"]),
    L("London", ["London"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Istanbul", ["Istanbul"]),
    L("Artux", ["Atush", "Artux"]),
    L("United Kingdom", ["UK"]),
]
DATES = [
    D("02/09/1988", "1988-09-02", "day"),
    D("3 August 2024", "2024-08-03", "day"),
    D("10 August 2024", "2024-08-10", "day"),
    D("since [[2011]]", "2011", "year"),
    D("12 March 2024", "2024-03-12", "day"),
    D("18 July", "2024-07-18", "day"),
    D("the evening before", "2024-07-17", "day"),
    D("Three days later", "2024-07-21", "day"),
    D("22 July 2024", "2024-07-22", "day"),
    D("last year", "2023", "year"),
    D("9 August 2024", "2024-08-09", "day"),
    D("12.08.2024", "2024-08-12", "day"),
]
EVENTS = [
    ("arrest", "p3", "2024-07-17"),
    ("disappearance", "p3", None),
    ("detention", "p7", "2023"),
    ("release", "p7", "2023"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "She has not been arrested")]
FORBIDDEN = [("p6", "detention.internment_camp"), ("p1", "detention.arbitrary_arrest")]
