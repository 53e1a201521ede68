FILE = "en05_picture_book_afterword.txt"
LANG = "en"
DATE = "2022-09-01"
NOTE = ("Back matter of a children's picture book: dedication (children by given name), a note for adults, a "
        "'Questions children ask' Q/A, acknowledgements, author's signature with place and date. Father 'Abduweli "
        "Rozi'; the author's surname 'Abduweli' is her father's given name (only inside 'Gulnisa Abduweli'). Mother "
        "'Tajigul' given name only. Rachel Hughes (editor) and Tomás Ferreira (illustrator) are role other; 'Elmdale "
        "school' is an organisation. Release 'after eleven months' chained on March 2018 -> 2019-02 (event date without "
        "a span). 'He was never tried or sentenced' negated prison sentence beside the camp; 'He says they did not hit "
        "him ... he would not tell me' is a qualified denial: beating neither gold nor forbidden. Unpaid factory work "
        "after release = forced labour. Passport refused to the mother = passport/exit ban.")
ORGS = ["Elmdale school"]
PERSONS = [
    P("p1", "Gulnisa Abduweli", ["Gulnisa Abduweli"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("mother", "p4"), ("mother", "p5"), ("wife", "p6")]),
    P("p2", "Abduweli Rozi", ["Abduweli Rozi"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("grandfather", "p4"), ("grandfather", "p5")],
      viol=[("detention.internment_camp", "taken to a camp for \"study\""),
            ("detention.arbitrary_arrest", "He had done nothing except pray and send money to me in Canada"),
            ("indoctrination.political", "the detainees had to sing patriotic songs before every meal"),
            ("culture.language_ban", "anyone who spoke Uyghur in the dormitory was punished"),
            ("labour.forced_labour", "sent to a shoe factory in Turpan, where he worked for no pay until 2020")]),
    P("p3", "Tajigul", ["Tajigul"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("grandmother", "p4"), ("grandmother", "p5")],
      viol=[("movement.passport_confiscation", "was refused a passport when she tried to visit us in 2019")]),
    P("p4", "Ilyas", ["Ilyas"], ["relative"], gender="male", rel=[("son", "p1"), ("grandson", "p2")]),
    P("p5", "Sumeyye", ["Sumeyye"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("granddaughter", "p2")]),
    P("p6", "Daniel", ["Daniel"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p7", "Rachel Hughes", ["Rachel Hughes"], ["other"], gender="female"),
    P("p8", "Tomás Ferreira", ["Tomás Ferreira"], ["other"], gender="male"),
]
PLACES = [
    L("Turpan", ["Turpan"]),
    L("Canada", ["Canada"]),
    L("Ottawa", ["Ottawa"]),
]
DATES = [
    D("March 2018", "2018-03", "month"),
    D("until [[2020]]", "2020", "year"),
    D("visit us in [[2019]]", "2019", "year"),
    D("1 September 2022", "2022-09-01", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("release", "p2", "2019-02"),
]
NEGATED = [("p2", "detention.prison_sentence", "He was never tried or sentenced for anything")]
FORBIDDEN = []
