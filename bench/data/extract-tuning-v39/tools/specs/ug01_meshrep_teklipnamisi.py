FILE = "ug01_meshrep_teklipnamisi.txt"
LANG = "ug"
DATE = "2022-10-20"
NOTE = ("Invitation to an autumn meshrep of a Uyghur youth meshrep group in Almaty (meshrep teklipnamisi) with the "
        "committee's numbered notes on members, Uyghur Arabic script (UEY, written in ULY and converted). Brothers share "
        "the father's name (Qurban Memtimin, Ilham Memtimin); 'Qurban akining' / 'Qurban aka' are mentions; the daughter "
        "'Dilnur Abdukérim' and her father 'Abdukérim Rozi'; meshrep head 'Abdurazaq Hemdulla' / 'A. Hemdulla' and the late "
        "member Ablet Qadir are other. Place case forms ('Almutidiki', 'Almutida', 'Ghuljidiki', 'Ghuljida', 'Qorghastiki') "
        "are mentions; 'Xitay elchixanisidin' (embassy) is an organisation. Stopped at the border crossing when visiting his "
        "mother = return + arbitrary arrest, passport taken there; 'terbiyilesh merkizi' = camp with red songs and no fast; "
        "'Ötken yili' -> 2021 out of the centre but placed in a Khorgos garment factory he cannot leave = forced labour; "
        "wife and sons in Almaty unseen five years = family separation. Brother sentenced to sixteen years (undated), prison "
        "unknown = incommunicado. Embassy caller asking who comes and warning about her father's health = transnational "
        "harassment; the father 'u tutulmighan' (negated). The meshrep's mock 'court' sentencing a latecomer to three songs "
        "is no prison sentence (forbidden). The meshrep day '5-noyabir' is after the document date.")
ORGS = ["Xitay elchixanisidin", "\"Ittipaq\"", "\"Dostluq\"", "\"Nawa\""]
PERSONS = [
    P("p1", "Qurban Memtimin", ["Qurban Memtimin", "Qurban"], ["victim"], gender="male",
      rel=[("brother", "p3"), ("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "chégra éghizida saqchilar uni tutup qalghan"),
            ("movement.passport_confiscation", "pasporti shu yerde élip qélin'ghan"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge solan'ghan"),
            ("indoctrination.political", "her küni qizil naxsha éytquzghan"),
            ("culture.religious_ban", "roza tutushqa ruxset qilmighan"),
            ("labour.forced_labour", "Qorghastiki bir kiyim-kéchek zawutigha ishqa orunlashturghan; u yerdin ayrilip kételmeydu"),
            ("family.separation", "ular besh yildin béri körüshelmidi")]),
    P("p2", "Rahile Tursun", ["Rahile Tursun"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Ilham Memtimin", ["Ilham Memtimin"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "Ghuljida tutqun qilinip"),
            ("detention.prison_sentence", "on alte yilgha késilgen"),
            ("detention.incommunicado", "hazir qaysi türmide ikenlikini aile-tawabiatliri bilmeydu")]),
    P("p4", "Dilnur Abdukérim", ["Dilnur Abdukérim"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p5")],
      viol=[("transnational.harassment", "Xitay elchixanisidin bir ademning téléfon qilip, meshrepke kimlerning kélidighanliqini sorighanliqini")]),
    P("p5", "Abdukérim Rozi", ["Abdukérim Rozi"], ["relative"], gender="male", rel=[("father", "p4")]),
    P("p6", "Ablet Qadir", ["Ablet Qadir"], ["other"], gender="male"),
    P("p7", "Abdurazaq Hemdulla", ["Abdurazaq Hemdulla", "A. Hemdulla"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Almutidiki", "Almutida", "Almuta"]),
    L("Ghulja", ["Ghuljidiki", "Ghuljida"]),
    L("Khorgos", ["Qorghastiki"]),
    L("Kazakhstan", ["Qazaqistan"]),
]
DATES = [
    D("2017-yili 9-ayda", "2017-09", "month"),
    D("Ötken yili", "2021", "year"),
    D("2018-yili", "2018", "year"),
    D("ötken ayda", "2022-09", "month"),
    D("2022-yili 20-öktebir", "2022-10-20", "day"),
]
EVENTS = [
    ("return", "p1", "2017-09"),
    ("arrest", "p1", "2017-09"),
    ("detention", "p1", "2017-09"),
    ("release", "p1", "2021"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("sentencing", "p3", None),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "u tutulmighan")]
FORBIDDEN = [("p6", "detention.prison_sentence")]
