FILE = "ug01_josusluqni_ret_qilghan_bayanat.txt"
LANG = "ug"
DATE = "2021-02-15"
NOTE = ("Uyghur Arabic-script (UEY) signed statement (bayanat) of a man in Munich, 15 February 2021 (= document date), "
        "written in ULY (tools/uly) and converted. Narrator 'Memetjan Abdukérim' (born 1988 in Kashgar, in Germany "
        "since 2016 = exit, not a German citizen): an officer who calls himself 'Wang' (surname = person, official) "
        "asks him over WeChat for names, photos and numbers of people at Uyghur association meetings and later tells "
        "him to come back (transnational harassment); he refused. His parents 'Abdukérim Hoshur' (name trap: the "
        "narrator's surname is his given name) and 'Roshen'gül Tursun' (accusative 'Roshen'gül Tursunni') were taken "
        "from home by police on the 20th of the same month, March 2019 (chained date), to a 'terbiyilesh merkizi' "
        "(arbitrary arrest + camp + family reprisal: the taking follows his refusal to spy; arrest, detention and "
        "disappearance events 2019-03-20), nobody tells where they are (disappearance + incommunicado); 'ular sot "
        "qilinmighan' (negated prison sentence for each); 'ata-anang chiqidu' is a promise, no release. Aunt 'Ayshem "
        "Tursun' (the mother's sister; also 'Ayshem Tursunmu' with the particle): summoned twice and questioned about "
        "him (family reprisal; interrogation event undated). Whether the parents get medicine is unknown: not coded. "
        "The Kashgar city police bureau is an organisation; the German police are named by the country (mention).")
ORGS = ["Qeshqer shehirlik saqchi idarisining"]
PERSONS = [
    P("p1", "Memetjan Abdukérim", ["Memetjan Abdukérim"], ["narrator", "victim"], gender="male", ethnicity="Uyghur",
      birth_year=1988, rel=[("son", "p3"), ("son", "p4")],
      viol=[("transnational.harassment", "Uyghur jem'iyitining yighinlirigha qatnashqanlarning isimlirini, süretlirini we téléfon nomurlirini ewetishimni telep qildi")]),
    P("p2", "Wang", ["Wang", "Wangning"], ["official", "perpetrator"], gender="male"),
    P("p3", "Abdukérim Hoshur", ["Abdukérim Hoshur"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "saqchilar dadam Abdukérim Hoshur bilen anam Roshen'gül Tursunni öyidin élip kétip"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge apardi"),
            ("family.reprisal", "Ularning birdinbir \"gunahi\" méning chet elde yashishim we jasusluq qilishni ret qilishim"),
            ("disappearance.enforced", "ata-anamning qeyerde ikenlikini héchkim bizge éytmidi"),
            ("detention.incommunicado", "ata-anamning qeyerde ikenlikini héchkim bizge éytmidi")]),
    P("p4", "Roshen'gül Tursun", ["Roshen'gül Tursunni"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3"), ("sister", "p5")],
      viol=[("detention.arbitrary_arrest", "saqchilar dadam Abdukérim Hoshur bilen anam Roshen'gül Tursunni öyidin élip kétip"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge apardi"),
            ("family.reprisal", "Ularning birdinbir \"gunahi\" méning chet elde yashishim we jasusluq qilishni ret qilishim"),
            ("disappearance.enforced", "ata-anamning qeyerde ikenlikini héchkim bizge éytmidi"),
            ("detention.incommunicado", "ata-anamning qeyerde ikenlikini héchkim bizge éytmidi")]),
    P("p5", "Ayshem Tursun", ["Ayshem Tursun", "Ayshem Tursunmu"], ["relative", "victim", "witness"], gender="female",
      rel=[("aunt", "p1"), ("sister", "p4")],
      viol=[("family.reprisal", "ikki qétim saqchixanigha chaqirilip, men toghruluq soraq qilindi")]),
]
PLACES = [
    L("Kashgar", ["Qeshqer"]),
    L("Germany", ["Gérmaniyige", "Gérmaniye"]),
    L("Munich", ["Myunxén", "Myunxéndiki"]),
]
DATES = [
    D("1988-yili", "1988", "year"),
    D("2016-yili", "2016", "year"),
    D("2018-yili 5-ayda", "2018-05", "month"),
    D("2019-yili 3-ayning 12-küni", "2019-03-12", "day"),
    D("20-küni", "2019-03-20", "day"),
    D("2019-yili 4-ayda", "2019-04", "month"),
    D("2020-yili 1-ayda", "2020-01", "month"),
    D("2021-yili 15-féwral", "2021-02-15", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p3", "2019-03-20"),
    ("detention", "p3", "2019-03-20"),
    ("disappearance", "p3", "2019-03-20"),
    ("arrest", "p4", "2019-03-20"),
    ("detention", "p4", "2019-03-20"),
    ("disappearance", "p4", "2019-03-20"),
    ("interrogation", "p5", None),
]
NEGATED = [("p3", "detention.prison_sentence", "ular sot qilinmighan"),
           ("p4", "detention.prison_sentence", "ular sot qilinmighan")]
FORBIDDEN = []
