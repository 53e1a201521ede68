FILE = "en04_joint_return_memo.txt"
LANG = "en"
DATE = "2024-03-12"
NOTE = ("US tax preparer's client memo on whether a wife can file a joint return when her husband, held under "
        "restrictions in Xinjiang, cannot sign (header fields, US dates, numbered options, initials 'DW' not a person). "
        "Both Kazakh (ethnicity Kazakh); husband green card + Kazakh citizenship, wife US citizen since 2021. Passport "
        "and green card collected 'for registration' and never returned (passport confiscation); 'Eight weeks later' "
        "sent to a 'school' (family's word: arbitrary arrest + internment camp, events undated), thirty men to a room "
        "(overcrowding), diabetes tablets taken and no treatment (denied medical care), singing in Chinese before meals (indoctrination), 'was not beaten' negated; released October "
        "2019, weekly reporting and not allowed to leave the county (house arrest), camera above his gate "
        "(surveillance), cannot come back to wife and son (family separation). Brother Nurbol 'never had any trouble' "
        "is a vague family remark (nothing coded). 'March 8' -> 2024-03-08, 'February' -> 2024-02; '04/01/2024' is a "
        "deadline after the document date; 'tax year 2023', '2022 return' are year dates; amounts not dates.")
ORGS = ["WHITCOMBE TAX & BOOKKEEPING LLC"]
PERSONS = [
    P("p1", "Gulmira Zhakyp", ["Gulmira Zhakyp", "Gulmira"], ["relative"], gender="female", ethnicity="Kazakh",
      citizenship=["United States"], rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "Daulet Zhakyp", ["Daulet Zhakyp", "Daulet"], ["victim"], gender="male", ethnicity="Kazakh",
      citizenship=["Kazakhstan"], rel=[("husband", "p1"), ("father", "p3"), ("brother", "p4")],
      viol=[("movement.passport_confiscation", "collected his passport and green card \"for registration\", and never gave them back"),
            ("detention.arbitrary_arrest", "he was sent to what the family calls a \"school\" on the edge of town"),
            ("detention.internment_camp", "what the family calls a \"school\" on the edge of town"),
            ("detention.overcrowding", "about thirty men to a room"),
            ("ill_treatment.denied_medical_care", "His diabetes tablets were taken away and for months he got no treatment"),
            ("indoctrination.political", "he was made to sing in Chinese before every meal"),
            ("detention.house_arrest", "he still has to report to the village police every Monday, is not allowed to leave the county"),
            ("surveillance.checkpoint", "a camera was fixed above his gate"),
            ("family.separation", "He cannot come back to the United States, so he has not seen his wife or son for over five years")]),
    P("p3", "Alikhan", ["Alikhan"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Nurbol", ["Nurbol"], ["relative"], gender="male", rel=[("brother", "p2")]),
    P("p5", "Dana Whitcombe", ["Dana Whitcombe"], ["other"]),
]
PLACES = [
    L("Skokie", ["Skokie"]),
    L("Tacheng", ["Tacheng"]),
    L("United States", ["United States"]),
    L("Chicago", ["Chicago"]),
]
DATES = [
    D("tax year [[2023]]", "2023", "year"),
    D("03/12/2024", "2024-03-12", "day"),
    D("March 8", "2024-03-08", "day"),
    D("since [[2015]]", "2015", "year"),
    D("in [[2021]]", "2021", "year"),
    D("June 2018", "2018-06", "month"),
    D("October 2019", "2019-10", "month"),
    D("US income in [[2023]]", "2023", "year"),
    D("video call in [[February]]", "2024-02", "month"),
    D("since [[2018]]", "2018", "year"),
    D("[[2022]] return", "2022", "year"),
]
EVENTS = [
    ("return", "p2", "2018-06"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("release", "p2", "2019-10"),
]
NEGATED = [("p2", "torture.beating", "he was not beaten there")]
FORBIDDEN = []
