FILE = "ug01_dukan_uqturushi.txt"
LANG = "ug"
DATE = "2023-09-15"
NOTE = ("Shop-closure notice of a Uyghur bookshop in Istanbul (uqturush), Uyghur Arabic script written in ULY and converted "
        "(FULL gold: events, codes, negated, forbidden). Shop name 'Nur Kitabxanisi' is an org; phone number and '11 yilliq' "
        "are not dates. Closing and reopening days (18-sentebir, 18-/20-oktebir, 20-sentebir) are after the document date: "
        "not annotated. Named staff Ekber Memet and neighbour Hasan Yildiz are role other. Brother named 'Inim Ablajan "
        "Qadir', later genitive 'Ablajanning'; sister-in-law Gulnar Hesam then bare 'Gulnar'. Seasons with a year are "
        "year dates; 'Ikki yildin keyin' chained on 2017 -> 2019; 'otken yili qishta' -> 2022; 'Bu yil awghustta' -> 2023-08. "
        "'Anam tutulmidi' negated arbitrary arrest of the mother beside the real threats to her (family reprisal). "
        "Transfer to a Kashgar prison is hearsay the writer could not confirm: no transfer event. Sentence announced, "
        "trial unseen: sentencing event undated (the notice came after two years; the date of the sentence itself is not given). Phone calls to the writer abroad = transnational harassment.")
ORGS = ["Nur Kitabxanisi"]
PERSONS = [
    P("p1", "Abdusalam Qadir", ["Abdusalam Qadir"], ["narrator", "victim", "relative"], gender="male",
      rel=[("brother", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "aghzingni yum, bolmisa anangdin ayrilisen")]),
    P("p2", "Ablajan Qadir", ["Ablajan Qadir", "Ablajanning"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "Ürümchi ayrodromida saqchilar uni tutup ketti"),
            ("surveillance.digital", "téléfonida chet'el programmisi bar iken"),
            ("detention.internment_camp", "\"kespiy terbiyelesh merkizi\"ge solandi"),
            ("disappearance.enforced", "Ikki yilghiche aile uning qeyerde ikenlikini bilmidi"),
            ("detention.incommunicado", "uningdin héch xewer yoq idi"),
            ("detention.prison_sentence", "11 yilliq késilgenlikini")]),
    P("p3", "Rabiye Tursun", ["Rabiye Tursun"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("family.reprisal", "dukanni taqisun, qaytip kelsun\" dep uni qorqutqan")]),
    P("p4", "Gülnar Hésam", ["Gülnar Hésam", "Gülnar"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p5", "Ekber Memet", ["Ekber Memet"], ["other"], gender="male"),
    P("p6", "Hasan Yildiz", ["Hasan Yildiz"], ["other"], gender="male"),
]
PLACES = [
    L("Kashgar", ["Qeshqerning", "Qeshqerdiki"]),
    L("Peyziwat", ["Peyziwat", "Peyziwatta"]),
    L("Turkey", ["Türkiyege"]),
    L("Urumqi", ["Ürümchige", "Ürümchi"]),
    L("Istanbul", ["Istanbulda"]),
    L("Geneva", ["Jenwede", "Jenwege"]),
    L("Kazakhstan", ["Qazaqistan'gha"]),
    L("Almaty", ["Almutagha"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
]
DATES = [
    D("2016-yili", "2016", "year"),
    D("2017-yili etiyazda", "2017", "year"),
    D("2017-yili yazda", "2017", "year"),
    D("Ikki yildin kéyin", "2019", "year"),
    D("ötken yili qishta", "2022", "year"),
    D("Bu yil awghustta", "2023-08", "month"),
    D("2022-yili", "2022", "year"),
    D("15-séntebir, 2023-yil", "2023-09-15", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("return", "p2", "2017"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", None),
    ("exit", "p4", "2022"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Anam tutulmidi")]
FORBIDDEN = []
