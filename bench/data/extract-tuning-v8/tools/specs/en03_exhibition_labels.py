FILE = "en03_exhibition_labels.txt"
LANG = "en"
DATE = "2023-04-12"
NOTE = ("Museum wall texts and object labels: label numbers, object descriptions and 'Lent by' lines; the photographer credit "
        "'Portrait by Kanat Jumabaev' is a credit, not a person (lenders are persons: they are family members). Object dates ('about "
        "2015', '1994') and life dates '(1958-2021)' are dates. Turkic naming: Ayshe Memettursun <- Memettursun Ablet; Kyrgyz "
        "Aibek Temirbek uulu <- Temirbek Osmon uulu (bare 'Temirbek' inside the son's name is no mention). Keriya county = Yutian = "
        "header 'Keriya', distinct from 'Keriya town'; Ulugchat county = Wuqia. 'Within the month' after June 2017 -> year. "
        "Child kept in a boarding school and mother's applications refused = family separation for both. 'nobody struck him' "
        "negates beating for Omerjan. Death in prison with pills refused = death in custody + denied medical care. Background "
        "'many households' not gold.")
ORGS = []
PERSONS = [
    P("p1", "Nurgul Sawut", ["Nurgul Sawut", "Nurgul"], ["witness", "relative", "victim"], gender="female",
      rel=[("mother", "p2"), ("wife", "p3")],
      viol=[("family.separation", "her mother has applied for her to come to Prague every year since, and every application has been refused")]),
    P("p2", "Ayshe Memettursun", ["Ayshe Memettursun", "Ayshe"], ["victim"], gender="female", age=7,
      rel=[("daughter", "p1"), ("daughter", "p3")],
      viol=[("family.separation", "was enrolled by the township in a state boarding school in Keriya town and is still there")]),
    P("p3", "Memettursun Ablet", ["Memettursun Ablet"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p2")],
      viol=[("detention.arbitrary_arrest", "was summoned to a \"short meeting\" at the township office and did not come home")]),
    P("p4", "Omerjan Sabir", ["Omerjan Sabir", "Omerjan"], ["victim", "witness"], gender="male", ethnicity="Uyghur",
      birth_year=1979,
      viol=[("detention.internment_camp", "while confined in a compound in Dabancheng"),
            ("indoctrination.political", "Every page repeats the same slogans in Chinese characters"),
            ("detention.overcrowding", "the cell held twenty-six men in a room built for eight"),
            ("ill_treatment.denied_hygiene", "the bucket was emptied once a day")]),
    P("p5", "Aibek Temirbek uulu", ["Aibek Temirbek uulu", "Aibek"], ["witness", "relative"], gender="male",
      rel=[("son", "p6")]),
    P("p6", "Temirbek Osmon uulu", ["Temirbek Osmon uulu"], ["victim"], gender="male", ethnicity="Kyrgyz",
      birth_year=1958, rel=[("father", "p5")],
      viol=[("detention.prison_sentence", "a court in Artush sentenced him to fourteen years"),
            ("ill_treatment.denied_medical_care", "In prison he was refused his heart pills"),
            ("death.in_custody", "He died there on 6 September 2021")]),
]
PLACES = [
    L("Xinjiang", ["Xinjiang"]),
    L("Keriya County", ["Keriya county", "Yutian", "Keriya"]),
    L("Keriya town", ["Keriya town"]),
    L("Hotan Prefecture", ["Hotan prefecture", "Hotan"]),
    L("Prague", ["Prague"]),
    L("Montreal", ["Montreal"]),
    L("Dabancheng", ["Dabancheng"]),
    L("Urumqi", ["Ürümchi"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Canada", ["Canada"]),
    L("Bishkek", ["Bishkek"]),
    L("Ulugqat County", ["Ulugchat county", "Wuqia"]),
    L("Kizilsu Kyrgyz Autonomous Prefecture", ["Kizilsu Kyrgyz Autonomous Prefecture"]),
    L("Artux", ["Artush"]),
    L("Osh", ["Osh"]),
    L("China", ["China"]),
    L("Kashgar", ["Kashgar"]),
    L("Ili", ["Ili"]),
]
DATES = [
    D("12 April 2023", "2023-04-12", "day"),
    D("about 2015", "2015", "year"),
    D("June 2017", "2017-06", "month"),
    D("Within the month", "2017", "year"),
    D("born in [[1979]]", "1979", "year"),
    D("between [[March]] and", "2018-03", "month"),
    D("and [[November 2018]] while", "2018-11", "month"),
    D("late November 2018", "2018-11", "month"),
    D("the following summer", "2019", "year"),
    D("Canada in [[2021]]", "2021", "year"),
    D("gelatin silver print, [[1994]]", "1994", "year"),
    D("([[1958]]-2021)", "1958", "year"),
    D("(1958-[[2021]])", "2021", "year"),
    D("December 2017", "2017-12", "month"),
    D("6 September 2021", "2021-09-06", "day"),
    D("since [[2016]]", "2016", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p4", "2018-03"),
    ("release", "p4", "2018-11"),
    ("exit", "p4", "2019"),
    ("arrest", "p6", "2017-12"),
    ("sentencing", "p6", None),
    ("death", "p6", "2021-09-06"),
]
NEGATED = [("p4", "torture.beating", "nobody struck him, he insists")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p2", "detention.internment_camp"), ("p5", "detention.arbitrary_arrest")]
