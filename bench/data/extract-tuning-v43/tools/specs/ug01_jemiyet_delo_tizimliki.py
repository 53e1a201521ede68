FILE = "ug01_jemiyet_delo_tizimliki.txt"
LANG = "ug"
DATE = "2021-04-10"
NOTE = ("Kayseri Uyghur diaspora association's case list (part 4): a method paragraph and a sentence about unnamed "
        "families at home (not coded), four numbered cases, the Chinese government's reply, the secretary's line; Uyghur "
        "Arabic script (UEY), written in ULY (tools/uly) and converted; full gold. Case 1: taken from home at night with "
        "no document = arbitrary arrest; family does not know where he is, no news for four years = enforced disappearance "
        "+ incommunicado (gold rule 2). Case 2: 'terbiyilesh merkizi' = arbitrary arrest + camp; songs praising the party = "
        "indoctrination; punished for speaking Uyghur = language ban; garment factory she may not leave after release = "
        "forced labour. Case 3: study in Egypt = exit; back to Kashgar = return; held at the airport 'chet'elde oqughan' = "
        "arbitrary arrest; fifteen-year sentence 'téxi delillenmidi' = hedged (neither gold nor forbidden). Case 4: "
        "threatening call to the member in Kayseri = transnational harassment; her mother questioned about the daughter's "
        "activities in Turkey = family reprisal + interrogation; 'anisi tutulmighan' negated. The government's 'normal "
        "turmush' is a state denial, no negation. Kayseri in the association's name and Türkiye in the ministry's name are "
        "inside organisation names. 'töt yildin béri' is a duration.")
ORGS = ["Qeyseri Uyghur Medeniyet Jemiyiti", "Xitay hökümiti", "Türkiye tashqi ishlar ministirlikige"]
PERSONS = [
    P("p1", "Abdughopur Rozi", ["Abdughopur Rozi"], ["victim"], gender="male", birth_year=1962, rel=[("father", "p2")],
      viol=[("detention.arbitrary_arrest", "saqchilar uni kéchide öyidin élip ketken, héch qandaq hujjet körsetmigen"),
            ("disappearance.enforced", "A'ilisi uning qeyerde ikenlikini bilmeydu"),
            ("detention.incommunicado", "töt yildin béri uningdin héch xewer yoq")]),
    P("p2", "Memtimin Abdughopur", ["Memtimin Abdughopur"], ["relative"], gender="male", rel=[("son", "p1")]),
    P("p3", "Hejer Tursun", ["Hejer Tursun"], ["victim"], gender="female", birth_year=1990, rel=[("sister", "p4")],
      viol=[("detention.arbitrary_arrest", "2018-yili aprélda \"terbiyilesh merkizi\"ge élip kétilgen"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\""),
            ("indoctrination.political", "partiyini maxtaydighan naxshilarni éytishqa mejburlan'ghan"),
            ("culture.language_ban", "Uyghurche sözlise jazalan'ghan"),
            ("labour.forced_labour", "kiyim-kéchek zawutida ishleshke mejbur, ishtin chiqishqa ruxset yoq")]),
    P("p4", "Meryem Tursun", ["Meryem Tursun"], ["relative"], gender="female", rel=[("sister", "p3")]),
    P("p5", "Yasinjan Ablet", ["Yasinjan Ablet"], ["victim"], gender="male", birth_year=1985,
      viol=[("detention.arbitrary_arrest", "ayrodromda \"chet'elde oqughan\" dep tutulghan")]),
    P("p6", "Ayshem Qadir", ["Ayshem Qadir"], ["victim", "relative"], gender="female", rel=[("daughter", "p7")],
      viol=[("transnational.harassment", "uninggha téléfon qilip, \"qaytip kelmiseng anangning halini bilisen\" dep tehdit salghan")]),
    P("p7", "Aminem Hoshur", ["Aminem Hoshur"], ["relative", "victim"], gender="female", rel=[("mother", "p6")],
      viol=[("family.reprisal", "saqchilar uni chaqirip, qizining Türkiyediki paaliyetliri toghrisida soraq qilghan")]),
    P("p8", "Nurmemet Yüsüp", ["Nurmemet Yüsüp"], ["other"], gender="male"),
]
PLACES = [
    L("Kashgar", ["Qeshqer", "Qeshqerge"]),
    L("Peyziwat", ["Peyziwat"]),
    L("Kayseri", ["Qeyseride"]),
    L("Urumqi", ["Ürümchide", "Ürümchidiki"]),
    L("Ghulja", ["Ghuljidin"]),
    L("Egypt", ["Misirgha"]),
    L("Aksu", ["Aqsuda"]),
    L("Turkey", ["Türkiyediki"]),
]
DATES = [
    D("2021-yili 10-aprél", "2021-04-10", "day"),
    D("1962-yili", "1962", "year"),
    D("2017-yili 12-mayda", "2017-05-12", "day"),
    D("1990-yili", "1990", "year"),
    D("2018-yili aprélda", "2018-04", "month"),
    D("2019-yili", "2019", "year"),
    D("1985-yili", "1985", "year"),
    D("2016-yili", "2016", "year"),
    D("2017-yili iyulda", "2017-07", "month"),
    D("2020-yili noyabirda", "2020-11", "month"),
    D("2021-yili yanwarda", "2021-01", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-05-12"),
    ("detention", "p1", "2017-05-12"),
    ("arrest", "p3", "2018-04"),
    ("detention", "p3", "2018-04"),
    ("release", "p3", "2019"),
    ("exit", "p5", "2016"),
    ("return", "p5", "2017-07"),
    ("arrest", "p5", "2017-07"),
    ("detention", "p5", "2017-07"),
    ("interrogation", "p7", "2021-01"),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "anisi tutulmighan")]
FORBIDDEN = []
