FILE = "en04_memorial_bursary_page.txt"
LANG = "en"
DATE = "2024-03-01"
NOTE = ("University giving page of a memorial bursary (breadcrumb, fund line with amounts, About, recipient's quote, "
        "Q/A). The fund name 'THE MIHRIBAN OSMAN MEMORIAL BURSARY' is an organisation (like a school named after a "
        "person): not a mention. 'Dr Osman' in the quote is Mihriban (mention 'Osman'); her father is 'Osman Qurban' "
        "(surname = father's given name). Brother 'DILSHAT OSMAN' then 'Dilshat'. Prof. Linda Marsh and Farida Noori are "
        "role other. Amounts, fund code, '37', 'three years' are not dates. 'Two months later' chained on April 2017 -> "
        "2017-06 (arrest and camp). 'never charged ... never stood trial' negated prison sentence beside the camp. "
        "Release to the flat with no going out alone = house arrest; camera at the door = surveillance.checkpoint. "
        "Denied medical care is only the brother's belief ('we cannot say more'): not gold, not forbidden. She died in "
        "hospital after release: death event, death.in_custody neither gold nor forbidden.")
ORGS = ["THE MIHRIBAN OSMAN MEMORIAL BURSARY", "Department of Geography", "Development Office"]
PERSONS = [
    P("p1", "Mihriban Osman", ["MIHRIBAN OSMAN", "Mihriban", "Osman"], ["victim"], gender="female", birth_year=1984,
      rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("movement.passport_confiscation", "her passport was taken \"for checking\""),
            ("detention.arbitrary_arrest", "she was taken from her parents' flat"),
            ("detention.internment_camp", "a \"training centre\" in Changji"),
            ("detention.house_arrest", "she was not allowed to go out alone"),
            ("surveillance.checkpoint", "a camera watched the door")]),
    P("p2", "Osman Qurban", ["Osman Qurban"], ["relative"], gender="male", rel=[("father", "p1"), ("father", "p3")]),
    P("p3", "Dilshat Osman", ["DILSHAT OSMAN", "Dilshat"], ["relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")]),
    P("p4", "Linda Marsh", ["Linda Marsh"], ["other"], gender="female"),
    P("p5", "Farida Noori", ["Farida Noori"], ["other"], gender="female"),
]
PLACES = [
    L("Sheffield", ["Sheffield"]),
    L("Urumqi", ["Urumqi"]),
    L("Changji", ["Changji"]),
    L("Oslo", ["Oslo"]),
]
DATES = [
    D("1 March 2024", "2024-03-01", "day"),
    D("1984", "1984", "year"),
    D("1984–[[2021]]", "2021", "year"),
    D("2011", "2011", "year"),
    D("April 2017", "2017-04", "month"),
    D("Two months later", "2017-06", "month"),
    D("released in [[2020]]", "2020", "year"),
    D("October 2021", "2021-10", "month"),
    D("graduated [[2023]]", "2023", "year"),
]
EVENTS = [
    ("exit", "p1", "2011"),
    ("return", "p1", "2017-04"),
    ("arrest", "p1", "2017-06"),
    ("detention", "p1", "2017-06"),
    ("release", "p1", "2020"),
    ("death", "p1", "2021-10"),
]
NEGATED = [("p1", "detention.prison_sentence", "never stood trial")]
FORBIDDEN = []
