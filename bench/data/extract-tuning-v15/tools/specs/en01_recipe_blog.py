FILE = "en01_recipe_blog.txt"
LANG = "en"
DATE = "2025-02-08"
NOTE = ("Home-cooking blog post: recipe with a family story. Byline 'Reyhan K.' is the narrator (mention). Recipe numbers, "
        "times ('Prep 40 minutes', '2 hours', '10 minutes') and '14 comments' are not dates. Grandmother Patigul Hoshur: "
        "arrested March 2018 for a Quran (arbitrary arrest), family not told where for eleven months (incommunicado), camp "
        "outside Onsu (= Wensu county), songs praising the Party, prayer forbidden, released February 2019, confined to "
        "her flat since (house arrest) with a cadre 'a Mr Ding' checking on her; 'She says nobody hit her' = negated "
        "beating. 'twelve kilos lighter' is not coded. Uncle Memet Hoshur sentenced 2019 (no arrest stated). Aunt Zulpiye "
        "(wife of Memet) named by given name only. 'Last spring' from the post date -> 2024. The call to the narrator in "
        "Leeds (mosque question, pressure to stop posting) = transnational harassment. 'the summer I turned nine, in 2006' "
        "-> 2006.")
ORGS = []
PERSONS = [
    P("p1", "Reyhan K.", ["Reyhan K."], ["narrator", "relative", "victim"], gender="female",
      rel=[("granddaughter", "p2"), ("niece", "p3")],
      viol=[("transnational.harassment", "asked which mosque I attend and said Grandma would be \"more comfortable\" if I stopped posting about her")]),
    P("p2", "Patigül Hoshur", ["Patigül", "Patigül Hoshur"], ["victim"], gender="female", ethnicity="Uyghur", birth_year=1948,
      rel=[("grandmother", "p1"), ("mother", "p3")],
      viol=[("detention.arbitrary_arrest", "took her away because, they said, she kept a Quran with a handwritten dedication"),
            ("detention.incommunicado", "For eleven months nobody told us where she was"),
            ("detention.internment_camp", "she had been held in a camp outside Onsu"),
            ("indoctrination.political", "had to sing songs praising the Party before every meal"),
            ("culture.religious_ban", "were forbidden to pray"),
            ("detention.house_arrest", "she has been confined to her flat ever since")]),
    P("p3", "Memet Hoshur", ["Memet Hoshur"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("uncle", "p1"), ("husband", "p4")],
      viol=[("detention.prison_sentence", "He was sentenced in 2019 to nine years")]),
    P("p4", "Zulpiye", ["Zulpiye"], ["relative"], gender="female", rel=[("wife", "p3"), ("aunt", "p1")]),
    P("p5", "Ding", ["Ding"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("Aksu city", ["Aksu city"]),
    L("Onsu County", ["Onsu", "Wensu county"]),
    L("Leeds", ["Leeds"]),
]
DATES = [
    D("8 February 2025", "2025-02-08", "day"),
    D("2006", "2006", "year"),
    D("1948", "1948", "year"),
    D("March 2018", "2018-03", "month"),
    D("February 2019", "2019-02", "month"),
    D("sentenced in [[2019]]", "2019", "year"),
    D("Last spring", "2024", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", None),
    ("release", "p2", "2019-02"),
    ("sentencing", "p3", "2019"),
]
NEGATED = [("p2", "torture.beating", "She says nobody hit her")]
FORBIDDEN = []
