FILE = "ug01_ana_til_dersi.txt"
LANG = "ug"
DATE = "2022-09-01"
NOTE = ("Diaspora Saturday-school reader lesson (text written by a pupil, new words, comprehension questions, homework), "
        "Uyghur Arabic script (written in ULY, converted). Persons, places and dates only: events, negated, forbidden and "
        "violations are empty for this file. The school's name with a city ('Amstérdam Uyghur ana til mektipining') is an org; "
        "the compiler's initials 'H. N.' and lesson/grade/question numbers are not persons or dates. Uyghur naming: Zöhre Tahir "
        "<- Tahir Imin <- Imin Yaqup (bare 'Imin' never occurs alone); mother Nigare Ehmet, grandmother Aminem Sabir; the teacher "
        "who corrected the text is a person with role other. Names in the questions ('Zöhre', 'Zöhrening') are mentions. The "
        "grandfather 'went far away' (euphemism; role victim, no codes here). Places with suffixes as whole words: "
        "'Gollandiyining', 'Amstérdamda', 'Turpandin', 'Turpanning', \"Turpan'gha\", 'Ghuljida', 'Ürümchidiki', 'Lükchün'. "
        "Dates: '2022-yili 1-séntebir', '2015-yili', '1949-yili', '2017-yili yazda' -> 2017, 'Ikki yildin kéyin' (text and "
        "question) -> 2019, 'Ötken yili mart éyida' -> 2021-03; ages 'on yashta', 'yetmish üch yashta'.")
ORGS = ["Amstérdam Uyghur ana til mektipining"]
PERSONS = [
    P("p1", "Zöhre Tahir", ["Zöhre Tahir", "Zöhre", "Zöhrening"], ["narrator", "relative"], gender="female", age=10,
      rel=[("daughter", "p2"), ("daughter", "p3"), ("granddaughter", "p4"), ("granddaughter", "p5")]),
    P("p2", "Tahir Imin", ["Tahir Imin"], ["relative"], gender="male", rel=[("father", "p1"), ("son", "p4"), ("husband", "p3")]),
    P("p3", "Nigare Ehmet", ["Nigare Ehmet"], ["relative"], gender="female", rel=[("mother", "p1"), ("wife", "p2")]),
    P("p4", "Imin Yaqup", ["Imin Yaqup"], ["relative", "victim"], gender="male", birth_year=1949, age=73,
      rel=[("father", "p2"), ("grandfather", "p1"), ("husband", "p5")]),
    P("p5", "Aminem Sabir", ["Aminem Sabir"], ["relative"], gender="female", rel=[("wife", "p4"), ("grandmother", "p1")]),
    P("p6", "Ayshem Mutellip", ["Ayshem Mutellip"], ["other"], gender="female"),
]
PLACES = [
    L("Netherlands", ["Gollandiyining"]),
    L("Amsterdam", ["Amstérdam", "Amstérdamda"]),
    L("Turpan", ["Turpandin", "Turpanning", "Turpan'gha"]),
    L("Yining", ["Ghuljida"]),
    L("Lukqun", ["Lükchün"]),
    L("Urumqi", ["Ürümchidiki"]),
]
DATES = [
    D("2022-yili 1-séntebir", "2022-09-01", "day"),
    D("2015-yili", "2015", "year"),
    D("1949-yili", "1949", "year"),
    D("2017-yili yazda", "2017", "year"),
    D(("Ikki yildin kéyin", 0), "2019", "year"),
    D("Ötken yili mart éyida", "2021-03", "month"),
    D(("Ikki yildin kéyin", 1), "2019", "year"),
]
