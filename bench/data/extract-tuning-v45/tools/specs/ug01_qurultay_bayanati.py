FILE = "ug01_qurultay_bayanati.txt"
LANG = "ug"
DATE = "2025-04-10"
NOTE = ("Uyghur diaspora congress statement read into the record of a human-rights meeting in Brussels (heading, the "
        "chair's procedural lines, the secretary reading a numbered list of three names), Uyghur Arabic script, full "
        "gold. The reader Mehmut Sidiq is role other; the chair (Re'is) is no person. Abdurusul Qurban: police took him "
        "from the hospital to a 'terbiyilesh merkizi' 12 November 2017 = arbitrary arrest + camp (reading 1), sentenced "
        "2019 to fifteen years = prison sentence; the Chinese government's denial of the camp is contradicted by the "
        "text (his verdict's wording): no negation. Mihray Ablet: held in a camp 2018 (stay told as 'qamaldi', camp "
        "only), tied to a tiger chair and questioned = tiger chair, kept awake at night = sleep deprivation, released "
        "2019; 'sotqa tartilmidi, türmige kesilmidi' = negated prison sentence. Zöhre Nizamidin: summoned to the police "
        "station 2023 and questioned about her daughter's activities in Istanbul = family reprisal + interrogation "
        "(reading 3); the daughter Hasiyet Rozi gets no harassment (being asked about is not enough, reading 5). "
        "Place-adjective forms (-lik/-liq) and case forms are whole mentions; 'Xitay hökümiti' (the government) is no "
        "place mention; 'Yawropa' inside the congress's and parliament's names is no place mention.")
ORGS = ["Yawropa Uyghur Qurultiyining", "Yawropa parlaméntidin"]
PERSONS = [
    P("p1", "Mehmut Sidiq", ["Mehmut Sidiqqa", "Mehmut Sidiq"], ["other"], gender="male"),
    P("p2", "Abdurusul Qurban", ["Abdurusul Qurban"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "saqchilar uni doxturxanidin élip kétip, terbiyilesh merkizige qamidi"),
            ("detention.internment_camp", "saqchilar uni doxturxanidin élip kétip, terbiyilesh merkizige qamidi"),
            ("detention.prison_sentence", "u on besh yilliq qamaq jazasigha höküm qilindi")]),
    P("p3", "Mihray Ablet", ["Mihray Ablet"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "U 2018-yili lagérgha qamaldi"),
            ("torture.tiger_chair", "uni yolwas orunduqqa baghlap soraq qildi"),
            ("torture.sleep_deprivation", "kéchiliri uxlatmidi")]),
    P("p4", "Zöhre Nizamidin", ["Zöhre Nizamidin", "Zöhre Nizamidinni"], ["relative", "victim"], gender="female",
      rel=[("mother", "p5")],
      viol=[("family.reprisal", "saqchilar Zöhre Nizamidinni saqchixanigha chaqirip, qizining Istanbuldiki paaliyetliri toghrisida soraq qildi")]),
    P("p5", "Hasiyet Rozi", ["Hasiyet Rozi"], ["relative"], gender="female", rel=[("daughter", "p4")]),
]
PLACES = [L("Brussels", ["Bryusséldiki"]), L("Hotan", ["Xotenlik"]), L("Kashgar", ["Qeshqerlik"]), L("Ghulja", ["Ghuljiliq"]),
          L("Istanbul", ["Istanbulda", "Istanbuldiki"])]
DATES = [D("2025-yili 10-aprél", "2025-04-10", "day"), D("2017-yili 12-noyabirda", "2017-11-12", "day"),
         D(("2019-yili", 0), "2019", "year"), D("2018-yili", "2018", "year"), D(("2019-yili", 1), "2019", "year"),
         D("2023-yili", "2023", "year")]
EVENTS = [("arrest", "p2", "2017-11-12"), ("detention", "p2", "2017-11-12"), ("sentencing", "p2", "2019"),
          ("detention", "p3", "2018"), ("release", "p3", "2019"), ("interrogation", "p4", "2023")]
NEGATED = [("p3", "detention.prison_sentence", "U sotqa tartilmidi, türmige kesilmidi")]
FORBIDDEN = []
