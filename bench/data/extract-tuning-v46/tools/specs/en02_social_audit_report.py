FILE = "en02_social_audit_report.txt"
LANG = "en"
DATE = "2022-09-20"
NOTE = ("Social audit firm's semi-announced factory visit report: 86 workers 'transferred' from Hotan (a group, no person); "
        "auditors and factory managers named as `other`; a labour-bureau 'team leader' who sits in on interviews and "
        "threatens a worker is `official`. One worker named with her consent: arrived with the second transfer group in May "
        "2021 = transfer event (a named worker moved by the state's labour-transfer programme); refused leave to go home "
        "with a threat = forced labour; passport and ID kept by team leaders = passport confiscation; compulsory evening "
        "Mandarin and 'gratitude' classes and flag-raising = political indoctrination; 'had not been beaten' = negated "
        "beating. The audit's own conclusion 'no signs of forced labour on the production floor' names no one: no "
        "negation, and the facts it records stay gold. Visit, group, contract and report dates annotated; 'three years' is "
        "a duration. The Hotan labour bureau is a state office: Hotan inside it is a place mention.")
ORGS = ["VERITAS SOCIAL COMPLIANCE LTD", "Hengrui Textile Dyeing and Finishing Co., Ltd."]
PERSONS = [
    P("p1", "Priya Raman", ["Priya Raman"], ["other"], gender="female"),
    P("p2", "Thomas Wei", ["Thomas Wei"], ["other"], gender="male"),
    P("p3", "Chen Yufang", ["Chen Yufang"], ["other"], gender="female"),
    P("p4", "Lu Baoping", ["Lu Baoping"], ["other"], gender="male"),
    P("p5", "Memet Tokhti", ["Memet Tokhti", "Tokhti"], ["official"], gender="male"),
    P("p6", "Ayguli Sawut", ["Ayguli Sawut"], ["victim"], gender="female", birth_year=1999,
      viol=[("labour.forced_labour", "asked in January 2022 to return home, but Mr Tokhti told her the contract runs three years and that \"the village would have problems\" if she left"),
            ("movement.passport_confiscation", "Her passport and her identity card are kept by the team leaders"),
            ("indoctrination.political", "She attends Mandarin and \"gratitude\" classes every evening and a flag-raising ceremony on Monday mornings")]),
]
PLACES = [
    L("Shaoxing", ["Shaoxing"]),
    L("Zhejiang", ["Zhejiang"]),
    L("Hotan", ["Hotan"]),
    L("Xinjiang", ["Xinjiang"]),
]
DATES = [
    D("12 September 2022", "2022-09-12", "day"),
    D("13 September 2022", "2022-09-13", "day"),
    D("([[March 2020]] and", "2020-03", "month"),
    D("(March 2020 and [[May 2021]])", "2021-05", "month"),
    D("born [[1999]]", "1999", "year"),
    D("second group in [[May 2021]]", "2021-05", "month"),
    D("January 2022", "2022-01", "month"),
    D("2 March 2020", "2020-03-02", "day"),
    D("20 September 2022", "2022-09-20", "day"),
]
EVENTS = [
    ("transfer", "p6", "2021-05"),
]
NEGATED = [("p6", "torture.beating", "She said she had not been beaten")]
FORBIDDEN = []
