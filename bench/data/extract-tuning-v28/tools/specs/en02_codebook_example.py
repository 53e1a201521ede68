FILE = "en02_codebook_example.txt"
LANG = "en"
DATE = "2025-07-03"
NOTE = ("Research dataset codebook, worked example: a quoted source excerpt (first person, the subject's brother), the "
        "coded record in inverted capitals ('TOHTI, MAMAT', 'TOHTI, YALQUN', 'QASIM, ADILJAN', 'ZOHRE') with ISO dates "
        "(annotated as dates), and coder notes. Informant 'Yalqun' is named only in the record; record/source IDs "
        "(XDAD-0412, S-0412) are not dates. Maintainers are named staff (other). 'In 2016 my wife and I moved to Almaty' "
        "= exit of the informant (wife unnamed, not annotated). Subject: taken at night without reason (arbitrary "
        "arrest, arrest + detention), two months in a detention centre (pre-trial), transfer to a 'school' 2017-12 "
        "(chained), slogans, not allowed to pray, release 2019-07; 'says he was not beaten' negates beating, the "
        "brother's 'I think they were rough with him, but I do not know' is hedged. Cousin: taken the same night, not "
        "heard from since (incommunicado). Wife: 'was not arrested' negated beside blood and voice sample (biometrics); "
        "officials staying in her house get no code (as the coder note says).")
ORGS = ["Xinjiang Detention Accounts Dataset"]
PERSONS = [
    P("p1", "Mamat Tohti", ["Mamat", "TOHTI, MAMAT"], ["victim", "relative"], gender="male",
      rel=[("brother", "p2"), ("cousin", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "the police came at night and took him and our cousin Adiljan; they said nothing about why"),
            ("detention.pretrial", "kept in the Korla detention centre for two months"),
            ("detention.internment_camp", "sent to a 'school' near Bugur"),
            ("indoctrination.political", "he had to shout slogans before every meal"),
            ("culture.religious_ban", "they told him he could not pray")]),
    P("p2", "Yalqun Tohti", ["TOHTI, YALQUN"], ["narrator", "relative"], gender="male",
      rel=[("brother", "p1"), ("cousin", "p3")]),
    P("p3", "Adiljan Qasim", ["Adiljan", "QASIM, ADILJAN"], ["victim", "relative"], gender="male",
      rel=[("cousin", "p1"), ("cousin", "p2")],
      viol=[("detention.arbitrary_arrest", "took him and our cousin Adiljan"),
            ("detention.incommunicado", "Adiljan we have not heard from since that night")]),
    P("p4", "Zohre", ["Zohre", "ZOHRE"], ["relative", "victim"], gender="female", rel=[("wife", "p1")],
      viol=[("medical.biometric_collection", "she gave blood and a voice sample at the clinic")]),
    P("p5", "Priya Raman", ["Priya Raman"], ["other"], gender="female"),
    P("p6", "Jonas Eklund", ["Jonas Eklund"], ["other"], gender="male"),
]
PLACES = [
    L("Korla", ["Korla"]),
    L("Almaty", ["Almaty"]),
    L("Bugur", ["Bugur"]),
]
DATES = [
    D("3 July 2025", "2025-07-03", "day"),
    D("a [[2019]] interview", "2019", "year"),
    D("In [[2016]] my wife", "2016", "year"),
    D("October 2017", "2017-10", "month"),
    D("July 2019", "2019-07", "month"),
    D("abroad since [[2016]]", "2016", "year"),
    D("ARREST_DATE: [[2017-10]]", "2017-10", "month"),
    D("from [[2017-12]]", "2017-12", "month"),
    D("RELEASE_DATE: [[2019-07]]", "2019-07", "month"),
    D("compute it ([[2017-12]])", "2017-12", "month"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("arrest", "p1", "2017-10"),
    ("detention", "p1", "2017-10"),
    ("transfer", "p1", "2017-12"),
    ("release", "p1", "2019-07"),
    ("arrest", "p3", "2017-10"),
    ("detention", "p3", "2017-10"),
]
NEGATED = [("p1", "torture.beating", "says he was not beaten"),
           ("p4", "detention.arbitrary_arrest", "His wife Zohre was not arrested")]
FORBIDDEN = []
