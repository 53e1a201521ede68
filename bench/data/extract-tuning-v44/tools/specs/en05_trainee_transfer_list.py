FILE = "en05_trainee_transfer_list.txt"
LANG = "en"
DATE = "2023-03-02"
NOTE = ("Oslo documentation group's working translation (2 March 2023 = document date) of a leaked Shufu County "
        "training-centre 'List of trainees for transfer' dated 2019.04.11: six terse rows (name, sex, birth year, "
        "township, month entered, disposal, remarks) with a researcher's intro and notes in another voice. Every row is "
        "a trainee of the centre (camp; detention event at the 'Entered' month). 'Obulqasim YARMEMET' appears in the "
        "intro and in row 1 (one person): released to a factory in Anhui (release event on the list date + forced "
        "labour), 'criminal case: none' (negated prison sentence); his sister 'Aygul YARMEMET' / 'Aygul' says he was "
        "taken from the mosque in June 2017 (arbitrary arrest; arrest event) and the family did not know where he was "
        "until 2019 (incommunicado + disappearance). Row 2 'Memet TOXTAXUN': sentenced 10 years, December 2018 "
        "(sentencing event), transfer to prison on the list date (transfer event). Row 3 'Gulnisa EMET': released home "
        "under 12 months' village supervision (house arrest). Row 4 'Adil SATTAR': 'continue study'. Row 5 'Tursun "
        "NIYAZOV': died 2018.09.02 'of illness' while held (death in custody; death event). Row 6 'Zeynep HAMUT': "
        "released to the factory (forced labour). 'Released' is the list's word for leaving the centre. Deputy "
        "director and office compiler are officials; translator 'S. Haugen' other. Centre, prison, court and firm names "
        "are organisations; the omitted policy paragraph names no one.")
ORGS = ["Oslo Uyghur Documentation Group", "Shufu County No. 2 Vocational Skills Education and Training Centre",
        "Huaxing Textiles", "Kashgar Prison", "Kashgar Interm. Court"]
PERSONS = [
    P("p1", "Obulqasim Yarmemet", ["Obulqasim YARMEMET"], ["victim", "relative"], gender="male", birth_year=1986,
      rel=[("brother", "p2")],
      viol=[("detention.internment_camp", "Obulqasim YARMEMET | M | 1986 | Tokzak | 2017.06"),
            ("labour.forced_labour", "rows 1 and 6 go from the centre to a factory in Anhui"),
            ("detention.arbitrary_arrest", "her brother was taken from the mosque in Tokzak in June 2017"),
            ("detention.incommunicado", "the family did not know where he was held until 2019"),
            ("disappearance.enforced", "the family did not know where he was held until 2019")]),
    P("p2", "Aygul Yarmemet", ["Aygul YARMEMET", "Aygul"], ["relative", "witness"], gender="female",
      rel=[("sister", "p1")]),
    P("p3", "Memet Toxtaxun", ["Memet TOXTAXUN"], ["victim"], gender="male", birth_year=1972,
      viol=[("detention.internment_camp", "Memet TOXTAXUN | M | 1972 | Yapchan | 2017.08"),
            ("detention.prison_sentence", "sentenced 10 yrs, Kashgar Interm. Court, 2018.12")]),
    P("p4", "Wang Junsheng", ["Wang Junsheng"], ["official"], gender=None),
    P("p5", "Rahile Tursunova", ["Rahile TURSUNOVA"], ["official"], gender="female"),
    P("p6", "Gulnisa Emet", ["Gulnisa EMET"], ["victim"], gender="female", birth_year=1995,
      viol=[("detention.internment_camp", "Gulnisa EMET | F | 1995 | Tokzak | 2018.01"),
            ("detention.house_arrest", "supervision by village cadres, 12 months")]),
    P("p7", "Adil Sattar", ["Adil SATTAR"], ["victim"], gender="male", birth_year=1979,
      viol=[("detention.internment_camp", "Adil SATTAR | M | 1979 | Yapchan | 2017.05 | continue study")]),
    P("p8", "Tursun Niyazov", ["Tursun NIYAZOV"], ["victim"], gender="male", birth_year=1958,
      viol=[("detention.internment_camp", "Tursun NIYAZOV | M | 1958 | Tokzak | 2017.07"),
            ("death.in_custody", "the page says the man died of illness while he was held")]),
    P("p9", "Zeynep Hamut", ["Zeynep HAMUT"], ["victim"], gender="female", birth_year=1990,
      viol=[("detention.internment_camp", "Zeynep HAMUT | F | 1990 | Tokzak | 2018.03"),
            ("labour.forced_labour", "rows 1 and 6 go from the centre to a factory in Anhui")]),
    P("p10", "S. Haugen", ["S. Haugen"], ["other"]),
]
PLACES = [
    L("Oslo", ["Oslo"]),
    L("Tokzak", ["Tokzak"]),
    L("Yapchan", ["Yapchan"]),
    L("Hefei", ["Hefei"]),
    L("Anhui", ["Anhui"]),
]
DATES = [
    D("2 March 2023", "2023-03-02", "day"),
    D("2019.04.11", "2019-04-11", "day"),
    D("| [[1986]] |", "1986", "year"),
    D("| [[2017.06]] |", "2017-06", "month"),
    D("| [[1972]] |", "1972", "year"),
    D("| [[2017.08]] |", "2017-08", "month"),
    D("Court, [[2018.12]]", "2018-12", "month"),
    D("| [[1995]] |", "1995", "year"),
    D("| [[2018.01]] |", "2018-01", "month"),
    D("| [[1979]] |", "1979", "year"),
    D("| [[2017.05]] |", "2017-05", "month"),
    D("| [[1958]] |", "1958", "year"),
    D("| [[2017.07]] |", "2017-07", "month"),
    D("2018.09.02", "2018-09-02", "day"),
    D("| [[1990]] |", "1990", "year"),
    D("| [[2018.03]] |", "2018-03", "month"),
    D("June 2017", "2017-06", "month"),
    D("held until [[2019]].", "2019", "year"),
    D("April 2019", "2019-04", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-06"),
    ("detention", "p1", "2017-06"),
    ("disappearance", "p1", "2017-06"),
    ("release", "p1", "2019-04-11"),
    ("detention", "p3", "2017-08"),
    ("sentencing", "p3", "2018-12"),
    ("transfer", "p3", "2019-04-11"),
    ("detention", "p6", "2018-01"),
    ("release", "p6", "2019-04-11"),
    ("detention", "p7", "2017-05"),
    ("detention", "p8", "2017-07"),
    ("death", "p8", "2018-09-02"),
    ("detention", "p9", "2018-03"),
    ("release", "p9", "2019-04-11"),
]
NEGATED = [("p1", "detention.prison_sentence", "criminal case: none")]
FORBIDDEN = []
