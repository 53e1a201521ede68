FILE = "en03_customs_hold_notice.txt"
LANG = "en"
DATE = "2023-10-04"
NOTE = ("Freight forwarder's customs-hold e-mail for a groupage consignment at Felixstowe (mail headers, shipper/consignee fields "
        "in capitals, hold reason, document list) and the consignee's reply. 'Orwell Gateway Forwarding Ltd', 'HM Revenue & "
        "Customs'/'HMRC' are organisations; the e-mail address is not a mention. Consignee 'Dilbar Memet' / 'DILBAR MEMET' / "
        "'Ms Memet' (surname after title; her surname is her father's given name Memet Yaqup); staff 'Priya Nair' / 'Ms Nair' "
        "(other); cousin 'KAMAL SABIT' / 'Kamal'. Father: passport and residence card kept at the Khorgos post = passport "
        "confiscation; 'taken away from the funeral by the police' = arbitrary arrest (arrest + detention 2019); court 'gave him "
        "nine years' in 2020 = prison sentence; a Qur'an commentary as the 'evidence' = religious ban; cannot write or visit, "
        "prison unknown = incommunicado. Uncle 'Ablimit' died in the detention camp where held since 2017 = internment camp + "
        "death in custody (death 2019). Return to Xinjiang in 'the spring of 2019' (season with a year -> year). 'this summer' "
        "-> 2023. 'nobody from China has contacted me' = transnational harassment negated. 'two days later', '10 working days', "
        "'5 days' not annotated.")
ORGS = ["Orwell Gateway Forwarding Ltd", "HM Revenue & Customs", "clearance@orwellgateway.example"]
PERSONS = [
    P("p1", "Dilbar Memet", ["Dilbar Memet", "DILBAR MEMET", "Memet"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("niece", "p3"), ("cousin", "p4")]),
    P("p2", "Memet Yaqup", ["Memet Yaqup"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("brother", "p3")],
      viol=[("movement.passport_confiscation", "The Chinese border guards kept his passport and residence card at the post"),
            ("detention.arbitrary_arrest", "he was taken away from the funeral by the police two days later"),
            ("detention.prison_sentence", "a court in Ghulja gave him nine years"),
            ("culture.religious_ban", "the \"evidence\" was a Qur'an commentary found in his bag"),
            ("detention.incommunicado", "We have not been able to write to him or visit him, and we do not know which prison he is in")]),
    P("p3", "Ablimit", ["Ablimit"], ["victim", "relative"], gender="male", rel=[("brother", "p2"), ("uncle", "p1")],
      viol=[("detention.internment_camp", "the detention camp in Ghulja where he had been held since 2017"),
            ("death.in_custody", "Ablimit died in the detention camp in Ghulja")]),
    P("p4", "Kamal Sabit", ["KAMAL SABIT", "Kamal Sabit", "Kamal"], ["relative", "witness"], gender="male",
      rel=[("cousin", "p1")]),
    P("p5", "Priya Nair", ["Priya Nair", "Nair"], ["other"], gender="female"),
]
PLACES = [
    L("Felixstowe", ["Felixstowe"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("London", ["London"]),
    L("Ghulja", ["Ghulja"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("2 October 2023", "2023-10-02", "day"),
    D("4 October 2023", "2023-10-04", "day"),
    D("from [[2016]]", "2016", "year"),
    D("spring of 2019", "2019", "year"),
    D("since [[2017]]", "2017", "year"),
    D("In [[2020]] a court", "2020", "year"),
    D("this summer", "2023", "year"),
]
EVENTS = [
    ("detention", "p3", "2017"),
    ("death", "p3", "2019"),
    ("return", "p2", "2019"),
    ("arrest", "p2", "2019"),
    ("detention", "p2", "2019"),
    ("sentencing", "p2", "2020"),
]
NEGATED = [("p1", "transnational.harassment", "nobody from China has contacted me about this shipment or anything else")]
FORBIDDEN = []
