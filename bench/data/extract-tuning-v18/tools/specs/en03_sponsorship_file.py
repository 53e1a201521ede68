FILE = "en03_sponsorship_file.txt"
LANG = "en"
DATE = "2023-03-08"
NOTE = ("Canadian parish refugee-sponsorship committee case file: parish name with a saint's name and a city (St Brendan's: org; "
        "Winnipeg inside it is still the city, as modifier), the family label 'YASIN family' (not a mention), IRCC application "
        "number, 'Annex B', street 'Ellice Avenue' and 'Aurora clinic' (not places). Named committee members act only as such "
        "(other). Uyghur naming: Abdusalam Yasin and Ekrem Yasin <- Yasin Mamut; children Ibrahim and Mariye Abdusalam <- "
        "Abdusalam. Dates: ISO dates, DOB, 'that December' -> 2016-12, festival 'Eid al-Adha 2017' -> 2017-09, 'Two years later' "
        "-> 2019; 'from April' is after the document date (not annotated). Father pressed to call his son home "
        "(transnational.harassment for the son abroad), taken to a camp after refusing (arbitrary arrest, camp, family reprisal), "
        "sentence reported by a cousin's voice message (asserted), prison unknown (incommunicado). Brother taken from the bazaar, "
        "no news since (disappearance); factory rumour in Anhui is a hedge (no forced labour, not forbidden). Mother 'was not "
        "detained' (negated); hosting a cadre has no code here. The PA's 'never been arrested' is negated."
        " A released camp-mate's account (leg irons = shackling; untreated diabetes = denied medical care) is asserted. Passport refused for the son, then two, who stayed behind until 2019 (passport confiscation + family separation for him and his mother; exit 2019).")
ORGS = ["ST BRENDAN'S PARISH"]
PERSONS = [
    P("p1", "Paul Whitcombe", ["Paul Whitcombe"], ["other"], gender="male"),
    P("p2", "Marta Kowalczyk", ["Marta Kowalczyk"], ["other"], gender="female"),
    P("p3", "Abdusalam Yasin", ["Abdusalam Yasin", "Abdusalam"], ["victim", "relative"], gender="male", birth_year=1986,
      rel=[("husband", "p4"), ("father", "p5"), ("father", "p6"), ("son", "p7"), ("brother", "p8"), ("son", "p9")],
      viol=[("transnational.harassment", "the police in Chira told the PA's father, Yasin Mamut, to call his son home")]),
    P("p4", "Patigul Hesen", ["Patigul Hesen", "Patigul"], ["victim", "relative"], gender="female", age=35,
      rel=[("wife", "p3"), ("mother", "p5"), ("mother", "p6")],
      viol=[("movement.passport_confiscation", "the police station in Chira had kept her passport for eight months"),
            ("family.separation", "so he stayed with his grandmother until a relative brought him to Istanbul in 2019")]),
    P("p5", "Ibrahim Abdusalam", ["Ibrahim Abdusalam", "Ibrahim"], ["relative", "victim"], gender="male", age=9,
      rel=[("son", "p3"), ("son", "p4")],
      viol=[("movement.passport_confiscation", "The same station refused a passport for Ibrahim"),
            ("family.separation", "so he stayed with his grandmother until a relative brought him to Istanbul in 2019")]),
    P("p6", "Mariye Abdusalam", ["Mariye Abdusalam", "Mariye"], ["relative"], gender="female", age=6,
      rel=[("daughter", "p3"), ("daughter", "p4")]),
    P("p7", "Yasin Mamut", ["Yasin Mamut", "Yasin"], ["victim", "relative"], gender="male",
      rel=[("father", "p3"), ("father", "p8"), ("husband", "p9")],
      viol=[("detention.arbitrary_arrest", "He refused. The week after Eid al-Adha 2017 Yasin was taken"),
            ("family.reprisal", "He refused. The week after Eid al-Adha 2017 Yasin was taken to a camp"),
            ("detention.internment_camp", "Yasin was taken to a camp on the road to Hotan city"),
            ("detention.prison_sentence", "he had been sentenced to fifteen years for \"inciting extremism\""),
            ("detention.incommunicado", "The family has never been told which prison holds him"),
            ("detention.shackling", "Yasin was kept in leg irons for the first month"),
            ("ill_treatment.denied_medical_care", "his diabetes went untreated")]),
    P("p8", "Ekrem Yasin", ["Ekrem Yasin", "Ekrem"], ["victim", "relative"], gender="male",
      rel=[("brother", "p3"), ("son", "p7"), ("son", "p9")],
      viol=[("detention.arbitrary_arrest", "was taken from the bazaar in June 2018"),
            ("disappearance.enforced", "No one in the family has heard from him since")]),
    P("p9", "Hebibe Qasim", ["Hebibe Qasim"], ["relative"], gender="female",
      rel=[("mother", "p3"), ("mother", "p8"), ("wife", "p7")]),
]
PLACES = [
    L("Winnipeg", ["WINNIPEG"]),
    L("Qira County", ["Chira county", "Qira", "Chira"]),
    L("Hotan Prefecture", ["Hotan prefecture"]),
    L("Istanbul", ["Istanbul"]),
    L("Turkey", ["Turkey"]),
    L("China", ["China"]),
    L("Hotan", ["Hotan city"]),
    L("Anhui", ["Anhui"]),
]
DATES = [
    D("2022-09-14", "2022-09-14", "day"),
    D("8 March 2023", "2023-03-08", "day"),
    D("2022-12-01", "2022-12-01", "day"),
    D("1986-11-03", "1986-11-03", "day"),
    D("China in [[2016]]", "2016", "year"),
    D("that December", "2016-12", "month"),
    D("Istanbul in [[2019]]", "2019", "year"),
    D("In [[2017]] the police", "2017", "year"),
    D("Eid al-Adha 2017", "2017-09", "month"),
    D("Two years later", "2019", "year"),
    D("June 2018", "2018-06", "month"),
]
EVENTS = [
    ("exit", "p3", "2016"),
    ("exit", "p4", "2016-12"),
    ("exit", "p5", "2019"),
    ("arrest", "p7", "2017-09"),
    ("detention", "p7", "2017-09"),
    ("sentencing", "p7", "2019"),
    ("arrest", "p8", "2018-06"),
    ("disappearance", "p8", "2018-06"),
]
NEGATED = [("p9", "detention.arbitrary_arrest", "was not detained"),
           ("p3", "detention.arbitrary_arrest", "he has never been arrested")]
FORBIDDEN = []
