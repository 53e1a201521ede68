FILE = "en03_water_hardship_application.txt"
LANG = "en"
DATE = "2025-03-19"
NOTE = ("Water company's hardship-fund application completed with a Citizens Advice adviser (Leicester): account holder "
        "'Mrs Nurnisa KAMALOVA' (mention without title), 'Mrs Kamalova'; children 'Ilyas, 9; Aysu, 6' named in the "
        "household line (relatives, ages). Adviser 'Fiona McBride' / 'F. McBride' and office signer 'D. Okafor' are named "
        "staff (other). Husband Abdusalam Mettursun: went to Turpan June 2018 (return), taken at his parents' gate "
        "(arrest+detention, arbitrary arrest), detention centre almost four years (pretrial), 'was never put on trial' "
        "(negated sentence), let go in spring 2022 (release, year) to his parents' flat with weekly reporting (house "
        "arrest), passport still held (passport), cannot join the family (separation). Injections only a cousin's "
        "'may have' (hedged: forced medication neither gold nor forbidden). Sister Gulbahar in Bradford helps only. "
        "Month names of the adviser's check anchored on the document date (2024-12, 2025-01, 2025-02); 'October' = "
        "2024-10. Account and amount numbers, ages and '16 hours' not annotated. 'Citizens Advice Leicestershire' is "
        "an organisation.")
ORGS = ["SOAR VALLEY WATER", "Citizens Advice Leicestershire"]
PERSONS = [
    P("p1", "Nurnisa Kamalova", ["Nurnisa KAMALOVA", "Kamalova"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p5"), ("mother", "p2"), ("mother", "p3"), ("sister", "p6")]),
    P("p2", "Ilyas", ["Ilyas"], ["relative"], gender="male", age=9, rel=[("son", "p1"), ("son", "p5")]),
    P("p3", "Aysu", ["Aysu"], ["relative"], gender="female", age=6, rel=[("daughter", "p1"), ("daughter", "p5")]),
    P("p4", "Fiona McBride", ["Fiona McBride", "F. McBride"], ["other"], gender="female"),
    P("p5", "Abdusalam Mettursun", ["Abdusalam Mettursun", "Abdusalam"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "The police took him at his parents' gate"),
            ("detention.pretrial", "kept him in a detention centre for almost four years"),
            ("detention.house_arrest", "he must stay in his parents' flat in Turpan, he reports to the local office every week"),
            ("movement.passport_confiscation", "they still have his passport"),
            ("family.separation", "he cannot join us here")]),
    P("p6", "Gulbahar", ["Gulbahar"], ["relative"], gender="female", rel=[("sister", "p1")]),
    P("p7", "D. Okafor", ["D. Okafor"], ["other"]),
]
PLACES = [
    L("Belgrave", ["Belgrave"]),
    L("Leicester", ["Leicester"]),
    L("Turpan", ["Turpan"]),
    L("Bradford", ["Bradford"]),
    L("China", ["China"]),
]
DATES = [
    D("14 March 2025", "2025-03-14", "day"),
    D("August 2024", "2024-08", "month"),
    D("June 2018", "2018-06", "month"),
    D("spring 2022", "2022", "year"),
    D("Since [[October]]", "2024-10", "month"),
    D("statements for [[December]]", "2024-12", "month"),
    D("December, [[January]] and", "2025-01", "month"),
    D("and [[February]].", "2025-02", "month"),
    D("19 March 2025", "2025-03-19", "day"),
]
EVENTS = [
    ("return", "p5", "2018-06"),
    ("arrest", "p5", "2018-06"),
    ("detention", "p5", "2018-06"),
    ("release", "p5", "2022"),
]
NEGATED = [("p5", "detention.prison_sentence", "He was never put on trial")]
FORBIDDEN = []
