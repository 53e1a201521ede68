FILE = "en06_oral_history_catalogue.txt"
LANG = "en"
DATE = "2024-11-19"
NOTE = ("Library catalogue record (full view) of an oral-history interview: call number, inverted heading 'Mahmut, Erkinjan, "
        "1979-' (a mention, and a birth year), interviewer and interpreter (credits, not persons), ISO interview date, "
        "extent, time codes and 'ten years' (not dates), abstract, subject headings (place mentions in them: China, Xinjiang "
        "Uygur Zizhiqu, Hotan), cataloguer's initials (not a person). 'SEATTLE PUBLIC LIBRARY' is an org. Arrest "
        "2016-11-09 and detention in the Hotan city detention centre the same day; strapped into a metal chair for "
        "questioning (tiger chair) about a sermon on his phone (digital surveillance); transfer 'late January 2017' -> "
        "2017-01 to a Lop county centre with unpaid glove sewing (forced labour); release February 2019, residential "
        "surveillance (house arrest); exit via Khorgos June 2019; 'two years later' -> 2021. 'never charged, tried or "
        "sentenced' = negated prison sentence. Wife Merhaba Tohti: IUD 'spring of 2017' (forced contraception). Son "
        "Yusuf in a state boarding school 'the same year' -> 2017 (family separation). The older man who died is a rumour "
        "(unnamed, no event). Officer Ma Xiaolong named.")
ORGS = ["SEATTLE PUBLIC LIBRARY"]
PERSONS = [
    P("p1", "Erkinjan Mahmut", ["Erkinjan Mahmut", "Mahmut, Erkinjan"], ["victim", "witness"], gender="male",
      birth_year=1979, rel=[("husband", "p3"), ("father", "p4")],
      viol=[("detention.pretrial", "his detention in the Hotan city detention centre"),
            ("torture.tiger_chair", "he was strapped into a metal chair for two days of questioning"),
            ("surveillance.digital", "about a recorded sermon found on his phone"),
            ("detention.internment_camp", "moved to a \"vocational skills\" centre in Lop county"),
            ("labour.forced_labour", "detainees sewed work gloves for ten hours a day without pay"),
            ("detention.house_arrest", "placed under residential surveillance at his brother's house")]),
    P("p2", "Ma Xiaolong", ["Ma Xiaolong"], ["official", "perpetrator"], gender="male"),
    P("p3", "Merhaba Tohti", ["Merhaba Tohti"], ["relative", "victim"], gender="female", rel=[("wife", "p1"), ("mother", "p4")],
      viol=[("reproductive.forced_contraception", "was made to have an IUD fitted in the spring of 2017")]),
    P("p4", "Yusuf", ["Yusuf"], ["relative", "victim"], gender="male", rel=[("son", "p1"), ("son", "p3")],
      viol=[("family.separation", "was placed in a state boarding school in Hotan the same year and has remained there since")]),
]
PLACES = [
    L("Seattle", ["Seattle"]),
    L("Washington", ["Washington"]),
    L("Hotan", ["Hotan", "Hotan city"]),
    L("Lop County", ["Lop county"]),
    L("China", ["China"]),
    L("Khorgos", ["Khorgos"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("United States", ["United States"]),
    L("Xinjiang", ["Xinjiang Uygur Zizhiqu"]),
]
DATES = [
    D("1979", "1979", "year"),
    D("2024-08-14", "2024-08-14", "day"),
    D("9 November 2016", "2016-11-09", "day"),
    D("late January 2017", "2017-01", "month"),
    D("February 2019", "2019-02", "month"),
    D("June 2019", "2019-06", "month"),
    D("two years later", "2021", "year"),
    D("spring of 2017", "2017", "year"),
    D("the same year", "2017", "year"),
    D("died in [[2017]]", "2017", "year"),
    D("19 November 2024", "2024-11-19", "day"),
]
EVENTS = [
    ("arrest", "p1", "2016-11-09"),
    ("detention", "p1", "2016-11-09"),
    ("interrogation", "p1", None),
    ("transfer", "p1", "2017-01"),
    ("release", "p1", "2019-02"),
    ("exit", "p1", "2019-06"),
]
NEGATED = [("p1", "detention.prison_sentence", "he was never charged, tried or sentenced")]
FORBIDDEN = []
