FILE = "en04_social_thread.txt"
LANG = "en"
DATE = "2022-10-14"
NOTE = ("Social-media thread (handle line, numbered posts 1/7..7/7, hashtags, replies). Handles and the hashtag "
        "#FreeHalideTursun are not mentions; the unnamed journalist account is not a person. Kamila Yasin (surname = her "
        "father's name) and her mother Halide Tursun; uncle Ablet Tursun shares the mother's surname; cousin Abdusalam Mamut "
        "also writes a reply. 'Five years ago today' -> 2017-10-14; 'the day after that call' -> 2017-10-15; 'June this year' "
        "-> 2022-06. Release in 2020 vs prison in Korla is rumour ('I honestly do not know'): no event, no code, not forbidden. "
        "Uncle: 'they did not hurt him' (negated beating) next to questioning (interrogation event) and a phone app. Embassy "
        "official Liu Hao pressures the narrator in Oslo (transnational harassment).")
PERSONS = [
    P("p1", "Kamila Yasin", ["Kamila Yasin", "Kamila"], ["narrator", "relative", "victim"], gender="female", ethnicity="Uyghur",
      citizenship=["Norway"], rel=[("daughter", "p2"), ("niece", "p4"), ("cousin", "p3")],
      viol=[("transnational.harassment", "said my mother \"could come home soon\" if I deleted this account")]),
    P("p2", "Halide Tursun", ["Halide Tursun"], ["victim"], gender="female", birth_year=1955,
      rel=[("mother", "p1"), ("sister", "p4")],
      viol=[("detention.arbitrary_arrest", "police took Mum from the clinic where she volunteered"),
            ("detention.pretrial", "She was held at the Lop county detention centre first"),
            ("detention.internment_camp", "then sent to a \"school\" in Hotan city"),
            ("labour.forced_labour", "she was forced to work in a glove factory next to it"),
            ("detention.incommunicado", "I have not heard her voice since")]),
    P("p3", "Abdusalam Mamut", ["Abdusalam Mamut", "Abdusalam"], ["relative", "witness"], gender="male",
      rel=[("cousin", "p1")]),
    P("p4", "Ablet Tursun", ["Ablet Tursun"], ["relative", "victim"], gender="male", rel=[("uncle", "p1"), ("brother", "p2")],
      viol=[("family.reprisal", "was questioned for two days in 2018 because of my posts"),
            ("surveillance.digital", "They did put an app on his phone")]),
    P("p5", "Liu Hao", ["Liu Hao"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("Hotan", ["Hotan city", "Hotan"]),
    L("Norway", ["Norway"]),
    L("Lop County", ["Lop county"]),
    L("Oslo", ["Oslo"]),
    L("Korla", ["Korla"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("14 Oct 2022", "2022-10-14", "day"),
    D("Five years ago today", "2017-10-14", "day"),
    D("14 October 2017", "2017-10-14", "day"),
    D("since [[2014]]", "2014", "year"),
    D("citizen in [[2021]]", "2021", "year"),
    D("born in [[1955]]", "1955", "year"),
    D("the day after that call", "2017-10-15", "day"),
    D("next to it in [[2019]]", "2019", "year"),
    D("two days in [[2018]]", "2018", "year"),
    D("June this year", "2022-06", "month"),
    D("released in [[2020]]", "2020", "year"),
    D("Hotan in [[2016]]", "2016", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-10-15"),
    ("detention", "p2", "2017-10-15"),
    ("transfer", "p2", None),
    ("interrogation", "p4", "2018"),
    ("exit", "p3", "2016"),
]
NEGATED = [("p4", "torture.beating", "they did not hurt him")]
FORBIDDEN = []
