FILE = "ug01_ishchi_bayanati.txt"
LANG = "ug"
DATE = "2023-09-18"
NOTE = ("A Uyghur worker's signed statement about a shoe factory in Jiangxi, written in Istanbul; Uyghur Arabic script "
        "(UEY), written in ULY (tools/uly) and converted; full gold. Taken from home by a village cadre (`official`) and "
        "two policemen to a 'terbiyilesh merkizi' on 5 July 2017 = arbitrary arrest + camp (rule 1); Chinese lessons, "
        "songs thanking the party = indoctrination; punished for speaking the mother tongue = language ban; put on a "
        "train from the centre to Nanchang in April 2018 without going home = transfer event; walled factory, out only "
        "with a minder, threats to the family if he ran = forced labour; passport and ID kept by the group leader "
        "(`official`) = passport confiscation; phones checked weekly = digital surveillance; 'Méni zawutta héchkim "
        "urmidi' = negated beating (two unnamed workers beaten for praying: no person). Leave granted in January 2020 for "
        "his mother's illness is a leave, not a release; 14 April 2020 to Türkiye via Kazakhstan = exit. Brother "
        "arrested in March 2019 for refusing to go to the factory (a detention for refusing a transfer) = arbitrary "
        "arrest; whereabouts unknown since then = enforced disappearance + incommunicado (rule 2) and a dated "
        "disappearance event ('Shu waqittin béri' chained on March 2019). Father summoned twice and questioned about the "
        "son's doings in Türkiye = family reprisal + undated interrogation; his passport taken = passport confiscation; "
        "'Dadam tutulmighan' = negated arbitrary arrest. The company's 'öz ixtiyari bilen' is the accused party's denial, "
        "contradicted by the narrator: no negation. The county quota ('thirty people a year', no names) is no event. "
        "Accusative 'Nasir Memetni' is kept whole as the mention (suffix attached).")
ORGS = []
PERSONS = [
    P("p1", "Abdurehim Nasir", ["Abdurehim Nasir"], ["narrator", "victim"], gender="male", birth_year=1995,
      rel=[("brother", "p4"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "kent kadiri Sun Jyamin bilen ikki saqchi öyimizge kélip, méni \"terbiyilesh merkizi\"ge élip ketti"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\""),
            ("indoctrination.political", "\"partiyige rehmet\" dégen naxshilarni éytattuq"),
            ("culture.language_ban", "ana tilimizda sözlisek jazalinattuq"),
            ("labour.forced_labour", "Zawutning etrapi égiz tam bilen oralghan idi, biz yataqta turattuq, sirtqa peqet yétekchi bilen chiqalayttuq"),
            ("movement.passport_confiscation", "Pasportum bilen kimlikimni gurupa bashliqi Qeyser Hamut élip qoydi"),
            ("surveillance.digital", "her heptide téléfonlirimizni tekshüretti")]),
    P("p2", "Sun Jyamin", ["Sun Jyamin"], ["official", "perpetrator"], gender=None),
    P("p3", "Qeyser Hamut", ["Qeyser Hamut"], ["official"], gender="male"),
    P("p4", "Ilyas Nasir", ["Ilyas Nasir"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "zawutqa bérishni ret qilghanliqi üchün 2019-yili martta tutuldi"),
            ("disappearance.enforced", "uning qeyerde ikenlikini bilmeymiz"),
            ("detention.incommunicado", "héch xewer yoq")]),
    P("p5", "Nasir Memet", ["Nasir Memetni"], ["relative", "victim"], gender="male", rel=[("father", "p1"), ("father", "p4")],
      viol=[("family.reprisal", "saqchilar dadam Nasir Memetni ikki qétim chaqirip, méning Türkiyede néme ish qiliwatqanliqimni soraq qilghan"),
            ("movement.passport_confiscation", "uning pasporti élip qélinghan")]),
]
PLACES = [
    L("Jiangxi", ["Jyangshi"]),
    L("Qaraqash", ["Qaraqash"]),
    L("Istanbul", ["Istanbulda", "Istanbul"]),
    L("Nanchang", ["Nenchang"]),
    L("Kazakhstan", ["Qazaqistan"]),
    L("Turkey", ["Türkiyege", "Türkiyede"]),
]
DATES = [
    D("1995-yili", "1995", "year"),
    D("2017-yili 5-iyulda", "2017-07-05", "day"),
    D("2018-yili aprélda", "2018-04", "month"),
    D("2019-yili martta", "2019-03", "month"),
    D("2020-yili yanwarda", "2020-01", "month"),
    D("2020-yili 14-aprélda", "2020-04-14", "day"),
    D("2023-yili 18-séntebir", "2023-09-18", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-07-05"),
    ("detention", "p1", "2017-07-05"),
    ("transfer", "p1", "2018-04"),
    ("exit", "p1", "2020-04-14"),
    ("arrest", "p4", "2019-03"),
    ("disappearance", "p4", "2019-03"),
    ("interrogation", "p5", None),
]
NEGATED = [("p1", "torture.beating", "Méni zawutta héchkim urmidi"),
           ("p5", "detention.arbitrary_arrest", "Dadam tutulmighan")]
FORBIDDEN = []
