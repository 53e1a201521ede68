FILE = "en05_tribunal_witness_summary.txt"
LANG = "en"
DATE = "2024-09-30"
NOTE = ("Counsel's witness summary for a people's tribunal hearing (W27, numbered paragraphs in the third person). "
        "Witness Nurmuhammad Eziz / 'Mr Eziz' (Uyghur, Turkish citizen): taken by state security on 2 November 2017 "
        "with no warrant (arbitrary arrest), three days' questioning locked in a metal chair (tiger chair) with an "
        "electric baton (electric shock), signed a page unread (forced confession), moved to a Midong detention centre "
        "(pretrial + transfer), twenty-two in a cell (overcrowding), one bun a day (food deprivation), released June 2019 "
        "on condition of flag-raising and political classes (indoctrination), 'Six months after his release' -> 2019-12 "
        "exit. 'never brought before a court ... sentenced' (negated prison sentence), 'does not allege sexual violence' "
        "(negated rape); punishment for prayer only known by talk, no evidence (nothing). Cellmate Abliz Qari: night "
        "interrogation January 2018, doctor refused (denied medical care), died in the cell 'two days later' (death in "
        "custody; day offset: death event undated). Brother Qurban Eziz: taken the same week (arbitrary arrest), no office "
        "says where (disappearance + incommunicado). Daughter 'Munire Nurmuhammad' (surname = father's given name), in Turkey, called "
        "by police in 2018 (transnational harassment). Cell conditions are coded for the witness only. Captain Zhou "
        "Qiang / 'Zhou': official + perpetrator; counsel: other.")
ORGS = ["INDEPENDENT PEOPLE'S TRIBUNAL ON XINJIANG DETENTIONS", "Urumqi police"]
PERSONS = [
    P("p1", "Nurmuhammad Eziz", ["Nurmuhammad Eziz", "Eziz"], ["victim", "witness"], gender="male",
      ethnicity="Uyghur", citizenship=["Turkey"], rel=[("brother", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "No warrant was shown. Mr Eziz was hooded and driven away"),
            ("torture.tiger_chair", "he was locked into a metal chair throughout"),
            ("torture.electric_shock", "Zhou held an electric baton to his thighs"),
            ("coercion.forced_confession", "He signed a page he was not allowed to read"),
            ("detention.pretrial", "moved to a detention centre in the Midong district of Urumqi"),
            ("detention.overcrowding", "he shared a cell with twenty-two men"),
            ("ill_treatment.food_deprivation", "Food was one steamed bun and a bowl of thin soup a day"),
            ("indoctrination.political", "attend flag-raising and political classes every Monday")]),
    P("p2", "Abliz Qari", ["Abliz Qari"], ["victim"], gender="male",
      viol=[("ill_treatment.denied_medical_care", "The guards refused to call a doctor"),
            ("death.in_custody", "He died in the cell two days later")]),
    P("p3", "Qurban Eziz", ["Qurban Eziz"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken from his home in the same week as the witness"),
            ("disappearance.enforced", "no office will say where he is held"),
            ("detention.incommunicado", "no office will say where he is held")]),
    P("p4", "Munire Nurmuhammad", ["Munire Nurmuhammad"], ["relative", "victim"], gender="female", rel=[("daughter", "p1")],
      viol=[("transnational.harassment", "she had been repeatedly called by Urumqi police and told to come home")]),
    P("p5", "Zhou Qiang", ["Zhou Qiang", "Zhou"], ["official", "perpetrator"], gender="male"),
    P("p6", "Harriet Okonjo", ["Harriet Okonjo"], ["other"], gender="female"),
]
PLACES = [
    L("London", ["London"]),
    L("Kayseri", ["Kayseri"]),
    L("Urumqi", ["Urumqi"]),
    L("Turkey", ["Turkey"]),
    L("Midong", ["Midong"]),
    L("Turpan", ["Turpan"]),
    L("China", ["China"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("30 September 2024", "2024-09-30", "day"),
    D("Before [[2017]]", "2017", "year"),
    D("2 November 2017", "2017-11-02", "day"),
    D("January 2018", "2018-01", "month"),
    D("June 2019", "2019-06", "month"),
    D("Six months after", "2019-12", "month"),
    D("in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-11-02"),
    ("detention", "p1", "2017-11-02"),
    ("interrogation", "p1", None),
    ("transfer", "p1", None),
    ("release", "p1", "2019-06"),
    ("exit", "p1", "2019-12"),
    ("detention", "p2", None),
    ("interrogation", "p2", "2018-01"),
    ("death", "p2", None),
    ("arrest", "p3", "2017-11"),
    ("detention", "p3", "2017-11"),
    ("disappearance", "p3", None),
]
NEGATED = [("p1", "detention.prison_sentence", "The witness was never brought before a court and does not claim to have been tried or sentenced"),
           ("p1", "sexual_violence.rape", "The witness does not allege sexual violence against himself")]
FORBIDDEN = []
