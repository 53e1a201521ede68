FILE = "ru02_podpisi_k_foto.txt"
LANG = "ru"
DATE = "2020-09-14"
NOTE = ("Inventory of family photographs handed to an archive, with numbered captions ('Фото 1'... are labels, not dates) and "
        "two notes written by the granddaughter from her grandmother's words. Family name in the header «КАСЫМОВЫХ» is not "
        "a person mention. Russian oblique cases: «Абдуллы Касымова», «Сайрагуль Мамировой», «Хашиму-ака», «Хашима-ака», "
        "«Хашиме», «Дильшата»; places «Кульдже», «Кульджи», «Хоргосе», «Казахстана». Caption dates: «лето 1968 г.», «1993 г.», "
        "«2015 г.», «видимо, 2016 г.» (a hedge on the photo's date, still a date), «2019 г.». Hashim Kasymov: stopped at "
        "Khorgos on his way back from a family wedding in Kazakhstan (travel pretext = arbitrary arrest), sent straight to "
        "a 'school' in Kulja, made to stand facing the wall for hours, blood-pressure pills taken, died there March 2018 "
        "aged 76 (death in custody). Son Dilshat Hashimov arrested «в том же году» -> 2018, sentenced 2019. His wife Patem: "
        "«Патем не арестовывали» = negated arrest, tubes tied without consent 2018 (forced sterilization). Daughter "
        "Mehriban in a boarding school since 2018, mother may see her once a month (family separation). The call to the "
        "grandmother in Kazakhstan from someone calling himself Kulja police = transnational harassment (the threat about "
        "Patem is not coded for Patem).")
ORGS = []
PERSONS = [
    P("p1", "Рабия Касымова", ["Рабия Касымова"], ["narrator", "relative"], gender="female",
      rel=[("granddaughter", "p3"), ("granddaughter", "p4")]),
    P("p2", "Хашим Касымов", ["Хашим Касымов", "Хашиму", "Хашима", "Хашиме"], ["victim"], gender="male", age=76,
      rel=[("brother", "p3"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "задержали на Хоргосе, когда он возвращался из Казахстана, где гостил у нас на тое"),
            ("detention.internment_camp", "сразу отправили в «школу» в Кульдже"),
            ("torture.stress_position", "заставляли часами стоять лицом к стене"),
            ("ill_treatment.denied_medical_care", "таблетки от давления отобрали в первый же день"),
            ("death.in_custody", "Он умер там в марте 2018 г.")]),
    P("p3", "Абдулла Касымов", ["Абдуллы Касымова"], ["relative"], gender="male",
      rel=[("grandfather", "p1"), ("husband", "p4"), ("brother", "p2")]),
    P("p4", "Сайрагуль Мамирова", ["Сайрагуль Мамировой"], ["relative", "witness", "victim"], gender="female",
      rel=[("grandmother", "p1"), ("wife", "p3")],
      viol=[("transnational.harassment", "велел ей не рассказывать о Хашиме журналистам")]),
    P("p5", "Дильшат Хашимов", ["Дильшат Хашимов", "Дильшат", "Дильшата"], ["victim", "relative"], gender="male",
      rel=[("son", "p2"), ("husband", "p6"), ("father", "p7")],
      viol=[("detention.prison_sentence", "приговорили к десяти годам за «экстремизм»")]),
    P("p6", "Патем", ["Патем"], ["victim", "relative"], gender="female", rel=[("wife", "p5"), ("mother", "p7")],
      viol=[("reproductive.forced_sterilization", "ей без согласия перевязали трубы")]),
    P("p7", "Мехрибан", ["Мехрибан"], ["victim", "relative"], gender="female", rel=[("daughter", "p5"), ("daughter", "p6")],
      viol=[("family.separation", "живёт в интернате, и матери разрешают видеть её раз в месяц")]),
]
PLACES = [
    L("Ghulja", ["Кульджа", "Кульдже", "Кульджи"]),
    L("Chilik", ["Чилик"]),
    L("Kazakhstan", ["Казахстан", "Казахстана"]),
    L("Khorgos", ["Хоргосе"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("14.09.2020", "2020-09-14", "day"),
    D("лето 1968 г.", "1968", "year"),
    D("1993 г.", "1993", "year"),
    D("2015 г.", "2015", "year"),
    D("2016 г.", "2016", "year"),
    D("мае 2017 г.", "2017-05", "month"),
    D("марте 2018 г.", "2018-03", "month"),
    D("том же году", "2018", "year"),
    D("а в [[2019 г.]] приговорили", "2019", "year"),
    D("но в [[2018 г.]] ей", "2018", "year"),
    D("Мехрибан с [[2018 г.]]", "2018", "year"),
    D("В [[2019 г.]] бабушке", "2019", "year"),
    D("Алматы, [[2019 г.]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("death", "p2", "2018-03"),
    ("arrest", "p5", "2018"),
    ("sentencing", "p5", "2019"),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "Патем не арестовывали")]
FORBIDDEN = []
