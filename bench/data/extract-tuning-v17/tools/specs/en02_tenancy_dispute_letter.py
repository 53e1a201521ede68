FILE = "en02_tenancy_dispute_letter.txt"
LANG = "en"
DATE = "2023-02-14"
NOTE = ("UK tenant's letter disputing an arrears/abandonment notice: address block, postcode, 'Your ref: RB/ARR/0917', "
        "'£1,860', 'Flat 4' are no dates/persons; 'Redbrick Lettings Ltd' org; 'Dear Sir or Madam' no person. Days without "
        "year resolved on the letter date (27 January, 30 January -> 2023; 8 November, 9 November -> 2022); range '9 November "
        "to 19 December 2022' gives two dates; 'Since October' -> 2022-10; 'by May' is future (not annotated); 'spring of "
        "2018' -> year. Mother-in-law Gulmira Tursunbayeva: taken from her house (arrest, detention date null), "
        "'vocational school' = camp, gloves for no wage = forced labour, pills for a normal blood pressure = forced "
        "medication, 'never sentenced' negated; exit at Khorgos 2022-11-02; 'Kazakh residence card' = no citizenship. Husband "
        "Nurlan Tursunbayev's video promise to the county police = transnational harassment. Brother Bolat Tursunbayev "
        "called to the police three times because of the visit = family reprisal + interrogation. Neighbour Desmond "
        "Achterberg and agent Karen Whitlow = other. Narrator = signatory Zhuldyz Ermekova.")
ORGS = ["Redbrick Lettings Ltd"]
PERSONS = [
    P("p1", "Zhuldyz Ermekova", ["Zhuldyz Ermekova"], ["narrator", "relative", "witness"], gender="female",
      rel=[("wife", "p3")]),
    P("p2", "Gulmira Tursunbayeva", ["Gulmira Tursunbayeva"], ["victim"], gender="female", age=63,
      rel=[("mother", "p3"), ("mother", "p4")],
      viol=[("detention.arbitrary_arrest", "She was taken from her house in Mongolkure county"),
            ("detention.internment_camp", "held in what the officials called a \"vocational school\""),
            ("labour.forced_labour", "she was made to sew work gloves in a factory in Yining for a wage she never saw"),
            ("medical.forced_medication", "she was given pills every morning and told they were for her blood pressure, which was always normal")]),
    P("p3", "Nurlan Tursunbayev", ["Nurlan", "Nurlan Tursunbayev"], ["relative", "victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p2"), ("brother", "p4")],
      viol=[("transnational.harassment", "recorded a video for the county police promising that he would stop speaking to journalists in Kazakhstan")]),
    P("p4", "Bolat Tursunbayev", ["Bolat Tursunbayev"], ["relative", "victim"], gender="male",
      rel=[("brother", "p3"), ("son", "p2")],
      viol=[("family.reprisal", "has been called to the police station three times because of our visit")]),
    P("p5", "Desmond Achterberg", ["Desmond Achterberg"], ["other"], gender="male"),
    P("p6", "Karen Whitlow", ["Karen Whitlow"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Khorgos", ["Khorgos"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Zhaosu County", ["Mongolkure county", "Zhaosu"]),
    L("Yining", ["Yining"]),
]
DATES = [
    D("14 February 2023", "2023-02-14", "day"),
    D(("1 February 2023", 0), "2023-02-01", "day"),
    D(("1 February 2023", 1), "2023-02-01", "day"),
    D("27 January", "2023-01-27", "day"),
    D("9 November", "2022-11-09", "day"),
    D("19 December 2022", "2022-12-19", "day"),
    D("2 November 2022", "2022-11-02", "day"),
    D("spring of 2018", "2018", "year"),
    D("Since [[October]]", "2022-10", "month"),
    D("30 January", "2023-01-30", "day"),
    D("8 November", "2022-11-08", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", None),
    ("exit", "p2", "2022-11-02"),
    ("interrogation", "p4", None),
]
NEGATED = [("p2", "detention.prison_sentence", "She was never sentenced")]
FORBIDDEN = []
