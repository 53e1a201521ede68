FILE = "en02_yearbook_note.txt"
LANG = "en"
DATE = "2024-06-01"
NOTE = ("High-school senior yearbook page (masthead, graduate block, clubs, paragraph, senior quote, photo caption). Masthead and "
        "'University of Toronto' are organisations; 'Yearbook 2024' and 'Class of 2024' are year dates. Teacher 'Ms. Carver' is a "
        "named person (other); 'Ms. C.' is not annotated. Meryem Tokhtiniyaz <- grandfather Tokhtiniyaz Ablimit (surname = "
        "grandfather's given name via the father); caption 'M. Tokhtiniyaz' -> mention 'Tokhtiniyaz'. Aunt Patigul and grandmother "
        "Reyhangul by given name only. 'never put on trial' negates a sentence; 'Nobody arrested her' negates the grandmother's "
        "arrest next to the police visit (family.reprisal) and the question about 'the girl in Canada' (transnational harassment "
        "of the narrator). 'a week later' after January 2018 -> year; 'last winter' may cross a year: not annotated.")
ORGS = ["THE LINDENHURST LANTERN", "University of Toronto", "Muslim Student Association"]
PERSONS = [
    P("p1", "Meryem Tokhtiniyaz", ["Meryem Tokhtiniyaz", "Tokhtiniyaz"], ["narrator", "relative", "victim"], gender="female",
      rel=[("granddaughter", "p2"), ("granddaughter", "p5"), ("niece", "p3")],
      viol=[("transnational.harassment", "asked her who \"the girl in Canada\" was")]),
    P("p2", "Tokhtiniyaz Ablimit", ["Tokhtiniyaz Ablimit"], ["victim"], gender="male",
      rel=[("grandfather", "p1"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "my grandfather was taken from his classroom in front of his students"),
            ("detention.incommunicado", "For two years no one would tell us where he was"),
            ("disappearance.enforced", "For two years no one would tell us where he was"),
            ("detention.internment_camp", "he had been in a \"training school\" in Awat county"),
            ("indoctrination.political", "they made him sing songs about the Party every morning"),
            ("culture.religious_ban", "he was not allowed to pray"),
            ("detention.house_arrest", "He cannot leave his street without reporting to the neighbourhood office"),
            ("surveillance.checkpoint", "he has a camera over his door")]),
    P("p3", "Patigul", ["Patigul"], ["relative", "witness"], gender="female", rel=[("aunt", "p1")]),
    P("p4", "Carver", ["Carver"], ["other"], gender="female"),
    P("p5", "Reyhangul", ["Reyhangul"], ["relative", "witness", "victim"], gender="female",
      rel=[("grandmother", "p1"), ("wife", "p2")],
      viol=[("family.reprisal", "the police came after my Model UN speech was posted online")]),
]
PLACES = [
    L("Aksu", ["Aksu city", "Aksu"]),
    L("Awat County", ["Awat county"]),
    L("Canada", ["Canada"]),
    L("Hamilton", ["Hamilton"]),
    L("Ontario", ["Ontario"]),
]
DATES = [
    D("Yearbook [[2024]]", "2024", "year"),
    D("Class of [[2024]]", "2024", "year"),
    D("January 2018", "2018-01", "month"),
    D("a week later", "2018", "year"),
    D("In [[2020]] an aunt", "2020", "year"),
    D("the spring of 2020", "2020", "year"),
    D("the [[2023]] regional", "2023", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-01"),
    ("disappearance", "p2", "2018-01"),
    ("detention", "p2", None),
    ("release", "p2", "2020"),
]
NEGATED = [("p2", "detention.prison_sentence", "he was never put on trial"),
           ("p5", "detention.arbitrary_arrest", "Nobody arrested her")]
FORBIDDEN = [("p5", "detention.pretrial")]
