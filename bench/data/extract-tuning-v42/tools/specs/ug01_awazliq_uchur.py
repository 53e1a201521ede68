FILE = "ug01_awazliq_uchur.txt"
LANG = "ug"
DATE = "2025-05-09"
NOTE = ("Recipient's word-for-word transcription of a voice message, Uyghur Arabic script (UEY; written in ULY, "
        "tools/uly/), bracketed header, [kulke], [...] for inaudible parts; full gold. Speaker Patigül hede (Almaty); "
        "recipient Mukerrem (Istanbul); 'balam', 'hedeng', 'akang' are forms of address, not stated kinship. "
        "Memtimin (Hörnisa's younger brother): ten years 'ikki yil ilgiri' (= 2023, chained on the message year) = "
        "prison sentence; moved to Qumul 'bu yil 3-ayda' (= 2025-03, transfer); punished in prison if he prays = religious ban; weekly phone call allowed (no "
        "incommunicado); 'ishletiwatqan oxshaydu, emma bu éniq emes' = hedged forced labour, neither gold nor forbidden. "
        "Abdusalam: 'u tutulmidi' = negated arbitrary arrest (shop closed: no code). Erkin (his son): taken to a "
        "'terbiyilesh merkizi' in 2017 = arbitrary arrest + internment camp; no news, the government does not say "
        "where = disappearance + incommunicado. Police at Hörnisa's home asking for Mukerrem's Istanbul address and "
        "phone number = family reprisal on Hörnisa (questioning at home: interrogation, undated) and transnational "
        "harassment on Mukerrem. 'tünügün' = 2025-05-08; 'ötken hepte' not annotated; '22:40', '1 minut 48 sékunt' "
        "are no dates.")
ORGS = []
PERSONS = [
    P("p1", "Patigül", ["Patigül"], ["narrator", "witness"], gender="female"),
    P("p2", "Mukerrem", ["Mukerrem"], ["victim"], gender="female",
      viol=[("transnational.harassment", "saqchilar Hörnisa hedengning öyige bérip, uningdin séning Istanbuldiki adresingni we téléfon nomuringni sorap ketiptu")]),
    P("p3", "Hörnisa", ["Hörnisa"], ["relative", "victim"], gender="female", rel=[("sister", "p4")],
      viol=[("family.reprisal", "saqchilar Hörnisa hedengning öyige bérip, uningdin séning Istanbuldiki adresingni we téléfon nomuringni sorap ketiptu")]),
    P("p4", "Memtimin", ["Memtimin"], ["victim"], gender="male", rel=[("brother", "p3")],
      viol=[("detention.prison_sentence", "on yilliq késilip türmige kirgüzülgen"),
            ("culture.religious_ban", "Türmide namaz oqusa jazalaydiken")]),
    P("p5", "Abdusalam", ["Abdusalam"], ["relative"], gender="male", rel=[("father", "p6")]),
    P("p6", "Erkin", ["Erkin"], ["victim"], gender="male", rel=[("son", "p5")],
      viol=[("detention.arbitrary_arrest", "2017-yili «terbiyilesh merkizi»ge élip kétilgen"),
            ("detention.internment_camp", "2017-yili «terbiyilesh merkizi»ge élip kétilgen"),
            ("disappearance.enforced", "hökümet uning qeyerde ikenlikini héch éytmaydu"),
            ("detention.incommunicado", "hazirghiche héch derek yoq, hökümet uning qeyerde ikenlikini héch éytmaydu")]),
]
PLACES = [L("Almaty", ["Almuta", "Almutidin"]), L("Ghulja", ["Ghuljidin"]), L("Kumul", ["Qumulgha"]),
          L("Istanbul", ["Istanbuldiki"])]
DATES = [
    D("2025-yili 9-may", "2025-05-09", "day"), D("tünügün", "2025-05-08", "day"),
    D("ikki yil ilgiri", "2023", "year"), D("bu yil 3-ayda", "2025-03", "month"), D("2017-yili", "2017", "year"),
]
EVENTS = [("sentencing", "p4", "2023"), ("transfer", "p4", "2025-03"), ("arrest", "p6", "2017"),
          ("detention", "p6", "2017"), ("interrogation", "p3", None)]
NEGATED = [("p5", "detention.arbitrary_arrest", "u tutulmidi")]
FORBIDDEN = []
