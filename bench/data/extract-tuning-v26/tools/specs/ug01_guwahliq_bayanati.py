FILE = "ug01_guwahliq_bayanati.txt"
LANG = "ug"
DATE = "2024-03-11"
NOTE = ("Witness statement with numbered paragraphs and a Q/A passage, annexed to a criminal complaint to the Istanbul "
        "prosecutor, Uyghur Arabic script written in ULY and converted (FULL gold: events, codes, negated, forbidden). "
        "Form fields (name, birth year, address, file number 2024/117 = not a date). Signature 'M. Ablimit' is the "
        "narrator. Lawyer Kerem Aydin is role other. Brother first as genitive 'Abdurahman Ablimitning', later "
        "'Abdurahmanning'; sister-in-law only by given name 'Patigul'. 'we ikki balimiz bilen Turkiyege chiqtuq' = exit "
        "of narrator and wife (children unnamed, not annotated). 'Shu yili kuzde' -> 2017; 'ikki yildin keyin' chained on "
        "2017 -> release 2019; 'Otken yili martta' -> 2023-03. Birth years are year dates. Beating hedged ('Buni "
        "bilmeymen'): neither gold nor forbidden. 'men hechqachan tutulmidim' negated arbitrary arrest of the narrator "
        "beside the real passport withholding and pressure. Father died of heart disease in hospital after release from "
        "the centre: death event, no death in custody code (not forbidden either, since house confinement preceded it). "
        "Brother's sentence learnt by phone: sentencing undated. Wife's parents threatened only as a class: not annotated.")
ORGS = []
PERSONS = [
    P("p1", "Mehmud Ablimit", ["Mehmud Ablimit", "M. Ablimit"], ["narrator", "witness", "victim", "relative"],
      gender="male", birth_year=1979, rel=[("husband", "p2"), ("son", "p3"), ("brother", "p4")],
      viol=[("movement.passport_confiscation", "ular pasportumni qayturup bermidi"),
            ("transnational.harassment", "\"jim turmisang, xotuningning ata-anisimu shundaq bolidu\" dep tehdit sélip")]),
    P("p2", "Muherrem Tursun", ["Muherrem Tursun"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Ablimit Hoshur", ["Ablimit Hoshur"], ["victim", "relative"], gender="male", birth_year=1951,
      rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "saqchilar uni yézidiki öyidin élip ketti"),
            ("detention.internment_camp", "\"kespiy terbiyelesh merkizi\"de ikenlikini"),
            ("detention.incommunicado", "ailimiz bilen alaqe üzüldi"),
            ("detention.house_arrest", "öyidin chiqishqa ruxset qilinmidi"),
            ("surveillance.checkpoint", "ishikining aldida kaméra bar idi")]),
    P("p4", "Abdurahman Ablimit", ["Abdurahman Ablimitning", "Abdurahmanning"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("husband", "p5")],
      viol=[("family.reprisal", "méning Istanbuldiki namayishlirim sewebidin 2022-yili qolgha élin'ghanlikini"),
            ("detention.arbitrary_arrest", "2022-yili qolgha élin'ghanlikini"),
            ("detention.prison_sentence", "on yilgha késilgenlikini"),
            ("disappearance.enforced", "hazir qeyerde ikenlikini bilmeymiz")]),
    P("p5", "Patigül", ["Patigül"], ["relative", "witness"], gender="female", rel=[("wife", "p4")]),
    P("p6", "Kerem Aydin", ["Kerem Aydin"], ["other"], gender="male"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulda", "Istanbuldiki"]),
    L("Sefakoy", ["Sefaköy"]),
    L("Kashgar", ["Qeshqer", "Qeshqerge"]),
    L("Yengisheher", ["Yéngisheher"]),
    L("Turkey", ["Türkiyege"]),
]
DATES = [
    D("1979", "1979", "year"),
    D("2015-yili", "2015", "year"),
    D("1951-yili", "1951", "year"),
    D("2017-yili aprélda", "2017-04", "month"),
    D("Shu yili küzde", "2017", "year"),
    D("2019-yili", "2019", "year"),
    D("ikki yildin kéyin", "2019", "year"),
    D("2021-yili qishta", "2021", "year"),
    D("Ötken yili martta", "2023-03", "month"),
    D("2022-yili", "2022", "year"),
    D("11-mart, 2024-yil", "2024-03-11", "day"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("exit", "p2", "2015"),
    ("arrest", "p3", "2017-04"),
    ("detention", "p3", "2017-04"),
    ("release", "p3", "2019"),
    ("death", "p3", "2021"),
    ("arrest", "p4", "2022"),
    ("detention", "p4", "2022"),
    ("sentencing", "p4", None),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "men héchqachan tutulmidim")]
FORBIDDEN = []
