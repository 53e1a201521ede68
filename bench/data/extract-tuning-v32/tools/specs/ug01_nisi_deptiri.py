FILE = "ug01_nisi_deptiri.txt"
LANG = "ug"
DATE = "2023-09-09"
NOTE = ("Credit ledger (nisi deptiri) of a dried-fruit shop in Istanbul with dated purchase entries and the owner's "
        "notes, Uyghur Arabic script (UEY), full gold; written in ULY (tools/uly/) and converted. Shop name '«Turpan»' "
        "is an organisation, not a place. Customer heading in capitals 'TURSUNJAN HAPIZ' (identical in Arabic script) "
        "then 'Tursunjan' and the accusative 'Tursunjanni' (a mention); wife 'Rena', his brother 'Mutellip' by given name; owner 'Ablet Rozi' (narrator). Coming to Turkey in "
        "2016 = exit; going to Urumqi in 2021-08 = return (both). Passports taken on arrival; taken at night from home "
        "to a 'terbiyilesh merkizi', no court = arbitrary arrest + internment camp (undated: 'Ikki heptidin kéyin' after a "
        "month); no contact = incommunicado. Rena 'tutulmighan' (negated) beside weekly summons and questioning "
        "(interrogation) and spyware on her phone (digital surveillance) and an IUD forced on her in a hospital (forced contraception). Transfer to a Kashgar prison and ten-year "
        "sentence 'biz uni ispatliyalmiduq': hedged, no events, nothing forbidden; the date 'bu yil 3-ayda' is still a "
        "date (2023-03). Amounts, weights, 'ikki kündin kéyin' not dates.")
ORGS = ["«Turpan»"]
PERSONS = [
    P("p1", "ئابلەت روزى", ["Ablet Rozi"], ["narrator"], gender="male"),
    P("p2", "تۇرسۇنجان ھاپىز", ["TURSUNJAN HAPIZ", "Tursunjan", "Tursunjanni"], ["victim"], gender="male",
      rel=[("husband", "p3"), ("brother", "p4")],
      viol=[("movement.passport_confiscation", "saqchilar ularning pasportini élip qoyghan"),
            ("detention.arbitrary_arrest", "Tursunjanni kéchide öyidin élip kétip"),
            ("detention.internment_camp", "«terbiyilesh merkizi»ge qamighan"),
            ("detention.incommunicado", "Ular bilen héchqandaq alaqe qilish mumkin emes")]),
    P("p3", "رەنا", ["Rena"], ["victim", "relative"], gender="female", rel=[("wife", "p2")],
      viol=[("movement.passport_confiscation", "saqchilar ularning pasportini élip qoyghan"),
            ("surveillance.digital", "téléfonigha bir programma qachilap qoyghan"),
            ("reproductive.forced_contraception", "doxturxanigha élip bérip mejburiy halqa salghan")]),
    P("p4", "مۇتەللىپ", ["Mutellip"], ["relative", "witness"], gender="male", rel=[("brother", "p2")]),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Kayseri", ["Kayseri"]),
    L("Turkey", ["Türkiyige"]),
    L("Urumqi", ["Ürümchidiki", "Ürümchige"]),
    L("Kashgar", ["Qeshqerdiki"]),
    L("Ankara", ["Ankaragha"]),
]
DATES = [
    D("2021-yili 5-mart", "2021-03-05", "day"),
    D("2021-yili 18-aprél", "2021-04-18", "day"),
    D("2021-yili 2-iyun", "2021-06-02", "day"),
    D("2016-yili", "2016", "year"),
    D("2021-yili 20-iyul", "2021-07-20", "day"),
    D("2022-yili 14-yanwar", "2022-01-14", "day"),
    D("2021-yili 8-ayda", "2021-08", "month"),
    D("2023-yili 9-séntebir", "2023-09-09", "day"),
    D("bu yil 3-ayda", "2023-03", "month"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("return", "p2", "2021-08"),
    ("return", "p3", "2021-08"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("interrogation", "p3", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Rena tutulmighan")]
FORBIDDEN = []
