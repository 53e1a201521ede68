FILE = "en04_reading_group_guide.txt"
LANG = "en"
DATE = "2024-04-25"
NOTE = ("Publisher's reading-group guide for a novel. 'Fernhill Press' and 'Aksu Apricot Growers' Collective of Toronto' are "
        "orgs (no place mention inside). ISBN, price, '352 pages' and question numbers are not dates. The characters Tamara and "
        "Kerim are invented (said so in the text): not persons. The author Dilnoza Karimova-Hart (byline) is the narrator of "
        "the author's note. Aunt Horigul Qurban and her brother Turdi Qurban share a surname; his son is Ilyas Turdi. Onsu = "
        "Wensu; 'Aksu' (setting line) and 'Aksu city' are one place. 'spring of 2018' -> 2018; 'After fourteen months' chained "
        "on it -> 2019 (year). A cadre living in the house and no travel without permission after release = house arrest. Wrist chained to the bed frame at night for a month = shackling. "
        "Factory in Anhui = forced labour (transfer event). Threatening message about relatives to the nephew abroad = "
        "transnational harassment. 'His father has not been arrested' negated; 'everything is fine' on short calls is neither "
        "gold nor forbidden.")
ORGS = ["Fernhill Press", "Aksu Apricot Growers' Collective of Toronto"]
PERSONS = [
    P("p1", "Dilnoza Karimova-Hart", ["Dilnoza Karimova-Hart"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p5")]),
    P("p2", "Horigul Qurban", ["Horigul Qurban"], ["victim", "relative"], gender="female",
      rel=[("aunt", "p5"), ("sister", "p3"), ("wife", "p4")],
      viol=[("detention.arbitrary_arrest", "she was taken from the cooperative office"),
            ("detention.internment_camp", "held in a camp in Aksu city"),
            ("detention.shackling", "For the first month one of her wrists was chained to the bed frame at night"),
            ("indoctrination.political", "She was made to write \"thought reports\" every evening and to recite regulations in Mandarin"),
            ("detention.house_arrest", "for another year a cadre lived in her house and she could not visit her daughter in Urumqi without permission")]),
    P("p3", "Turdi Qurban", ["Turdi Qurban"], ["relative"], gender="male", rel=[("brother", "p2"), ("father", "p5")]),
    P("p4", "Eli Rahman", ["Eli Rahman"], ["victim", "relative"], gender="male", rel=[("husband", "p2")],
      viol=[("labour.forced_labour", "was sent to a factory in Anhui in 2019 to pack shoes")]),
    P("p5", "Ilyas Turdi", ["Ilyas Turdi"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("nephew", "p2")],
      viol=[("transnational.harassment", "Last January a message from an unknown number warned him that his relatives \"would have problems\" if he kept posting about them")]),
]
PLACES = [
    L("Aksu", ["Aksu", "Aksu city"]),
    L("Onsu County", ["Onsu county", "Wensu"]),
    L("Urumqi", ["Urumqi"]),
    L("Anhui", ["Anhui"]),
]
DATES = [
    D("25 April 2024", "2024-04-25", "day"),
    D("spring of 2018", "2018", "year"),
    D("After fourteen months", "2019", "year"),
    D("Anhui in [[2019]]", "2019", "year"),
    D("2015", "2015", "year"),
    D("Last January", "2024-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2019"),
    ("transfer", "p4", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "His father has not been arrested")]
FORBIDDEN = []
