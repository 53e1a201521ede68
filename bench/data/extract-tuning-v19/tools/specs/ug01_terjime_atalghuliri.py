FILE = "ug01_terjime_atalghuliri.txt"
LANG = "ug"
DATE = "2024-09-10"
NOTE = ("Interpreters' glossary of terms with example sentences, Uyghur Arabic script (written in ULY, converted). Persons, "
        "places and dates only: events, negated, forbidden and violations are empty. The compiler Rabiye Mexsut is narrator + "
        "other. The note says most examples come from Sajide Ubul's interview (genitive 'Sajide Ubulning' is one mention); "
        "father Ubul Hésen and brother Tahir Ubul share the name Ubul, so the examples' 'Dadam', 'Inim', 'Apam' are read as "
        "hers. The cadre 'Wang Liying' is an official (gender not stated). Places with suffixes as whole words: 'Lop "
        "nahiyisidiki', 'Xoten shehiridiki', 'Rottérdamda', 'Qazaqistan'gha'. Dates: the publication date; the examples' "
        "relative dates are anchored on the 2023 interviews, not on the publication date: 'ikki yil ilgiri' -> 2021, "
        "'ötken yili rozi héytta' -> 2022-05 (Eid al-Fitr 2022); '2017-yili küzde' -> 2017; 'on yilliq' (ten years), "
        "'on minut', 'üch sa'et' are durations; numbered entries are no dates.")
ORGS = []
PERSONS = [
    P("p1", "Rabiye Mexsut", ["Rabiye Mexsut"], ["narrator", "other"], gender="female"),
    P("p2", "Sajide Ubul", ["Sajide Ubulning"], ["witness", "relative"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p5"), ("sister", "p6")]),
    P("p3", "Ubul Hésen", ["Ubul Hésen"], ["victim", "relative"], gender="male", rel=[("father", "p2"), ("father", "p6")]),
    P("p4", "Wang Liying", ["Wang Liying"], ["official"]),
    P("p5", "Tajinisa Mamut", ["Tajinisa Mamut"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2"), ("mother", "p6")]),
    P("p6", "Tahir Ubul", ["Tahir Ubul", "Tahir"], ["victim", "relative"], gender="male",
      rel=[("son", "p3"), ("son", "p5"), ("brother", "p2")]),
]
PLACES = [
    L("Amsterdam", ["Amstérdam"]),
    L("Rotterdam", ["Rottérdamda"]),
    L("Lop County", ["Lop nahiyisidiki"]),
    L("Hotan city", ["Xoten shehiridiki"]),
    L("Kazakhstan", ["Qazaqistan'gha"]),
]
DATES = [
    D("2024-yili 10-séntebir", "2024-09-10", "day"),
    D("misallar [[2023-yili]]", "2023", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("ikki yil ilgiri", "2021", "year"),
    D("2019-yili mart éyida", "2019-03", "month"),
    D("2018-yili", "2018", "year"),
    D("2020-yili", "2020", "year"),
    D("ötken yili rozi héytta", "2022-05", "month"),
    D("2019-yili yanwarda", "2019-01", "month"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
