FILE = "ug01_umre_tizimlitish.txt"
LANG = "ug"
DATE = "2025-01-14"
NOTE = ("Istanbul travel agency's Umrah registration form (tizimlitish jedwili: form fields, companion line, customer's "
        "explanation, signature 'R. Qurban', staff note by Zeynep Kaya = other), Uyghur Arabic script written in ULY "
        "and converted (FULL gold). Uyghur naming: son 'Mirzat Yasin' carries the given name of his father Yasin "
        "Tursun; sister only by given name with clitic and genitive ('Hawagulmu', 'Hawagulning'). Narrator and son "
        "'Turkiyege chiqqanmen' 2016 = exit of both. Husband taken by police 2017 -> 'terbiyelesh merkizi', sentenced "
        "2019 (dated sentencing); illness in prison with treatment unknown = hedged denied medical care (neither). "
        "Prayer and fasting restricted in Hotan = religious ban of the narrator. Sister's passport collected in 2017 = "
        "passport code. 'Mirzat hechqachan Xitaygha qaytip barmidi, uni hechkim tutup qalmidi' negates arbitrary arrest "
        "of the son beside the real threatening call ('otken ayda' -> 2024-12) = transnational harassment. Birth years "
        "1981 and 2004 in form fields are dates; '2025-yili mart' (trip, after the document date), the registration "
        "number 2025/0318 and the phone number are not. Unnamed parents in Hotan not annotated. 'Zemzem' (agency "
        "name), Mekke and Medine (Mecca, Medina) are places only for the latter two.")
ORGS = ["\"Zemzem Sayahet\" shirkiti"]
PERSONS = [
    P("p1", "Reyhan Qurban", ["Reyhan Qurban", "R. Qurban"], ["narrator", "victim", "relative"], gender="female",
      birth_year=1981, rel=[("mother", "p3"), ("wife", "p2"), ("sister", "p4")],
      viol=[("culture.religious_ban", "namaz oqushimiz, roza tutushimiz cheklen'gen idi")]),
    P("p2", "Yasin Tursun", ["Yasin Tursun"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "saqchilar teripidin tutulup"),
            ("detention.internment_camp", "\"terbiyelesh merkizi\"ge élip kétildi"),
            ("detention.prison_sentence", "on üch yilliq qamaq jazasigha höküm qilindi")]),
    P("p3", "Mirzat Yasin", ["Mirzat Yasin", "Mirzat"], ["victim", "relative"], gender="male", birth_year=2004,
      rel=[("son", "p1"), ("son", "p2")],
      viol=[("transnational.harassment", "uninggha télefon qilip, \"apangning sepirini bilimiz, ishleydighan yéringni we dostliringni éytip ber, bolmisa dadangning halini oylap baq\" dep tehdit saldi")]),
    P("p4", "Hawagül", ["Hawagülmu", "Hawagülning"], ["victim", "relative"], gender="female", rel=[("sister", "p1")],
      viol=[("movement.passport_confiscation", "Hawagülning pasporti 2017-yili saqchixanigha yighiwélin'ghan")]),
    P("p5", "Zeynep Kaya", ["Zeynep Kaya"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Hotan", ["Xoten", "Xotende", "Xotendiki"]),
    L("Turkey", ["Türkiyege", "Türkiye"]),
    L("China", ["Xitaygha"]),
    L("Mecca", ["Mekke"]),
    L("Medina", ["Medinide", "Medinige"]),
]
DATES = [
    D("1981", "1981", "year"),
    D("2004", "2004", "year"),
    D("2016-yili", "2016", "year"),
    D(("2017-yili", 0), "2017", "year"),
    D("2019-yili", "2019", "year"),
    D(("2017-yili", 1), "2017", "year"),
    D("ötken ayda", "2024-12", "month"),
    D("14-yanwar, 2025-yil", "2025-01-14", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("exit", "p3", "2016"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "uni héchkim tutup qalmidi")]
FORBIDDEN = []
