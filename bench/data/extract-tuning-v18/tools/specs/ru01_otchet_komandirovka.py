FILE = "ru01_otchet_komandirovka.txt"
LANG = "ru"
DATE = "2018-09-03"
NOTE = ("Kazakh company employee's business-trip report (отчёт о командировке): company names with toponyms («Жетысу "
        "Агро-Экспорт», «Синьцзян Тяньшань Коттон»), exhibition «Китай — Евразия» and market «Эрдаоцяо» in quotes are orgs, "
        "while «район Эрдаоцяо» without quotes is a place; the addressee line «Сатпаеву Н. Е.» is not a person; order number "
        "«№ 114-к от 20.08.2018» (the date is a date), «(3 л.)» sheet counts. Narrator in Russian order with patronymic "
        "«Касенов Мейрамбек Тулегенович» and signature «М. Т. Касенов». Partner in instrumental «Тургуном Ахмедовым», bare "
        "«Ахмедов»; wife in accusative «Зухру Ахмедову»; driver in genitive «Адиля Абдрахманова». Partner: taken from his office "
        "on 12 March without documents (arbitrary arrest), held in a «школа» (camp); deputy's euphemism «проходит обучение». "
        "Narrator: phone photographed (digital), face scans at checkpoints (checkpoint), «Задержан я не был» (negated). Driver: "
        "blood, fingerprints, voice at the Хоргос post (biometric). «не раньше следующего года» is future: not annotated. "
        "Range «25–29 августа 2018 г.» gives two dates. СУАР = Xinjiang; КНР = China; «гражданина Республики Казахстан» -> "
        "Kazakhstan; «уйгура по национальности» -> Uyghur."
        " Uyghur forbidden there (language ban); fed once a day thin soup (food deprivation).")
ORGS = ["«Жетысу Агро-Экспорт»", "«Синьцзян Тяньшань Коттон»", "«Китай — Евразия»", "«Эрдаоцяо»", "«Нур Текстиль»", "Сатпаеву Н. Е."]
PERSONS = [
    P("p1", "Мейрамбек Касенов", ["Касенов Мейрамбек Тулегенович", "М. Т. Касенов"], ["narrator", "witness", "victim"], gender="male",
      viol=[("surveillance.digital", "сфотографировали содержимое моего телефона"),
            ("surveillance.checkpoint", "меня каждый раз останавливали на КПП и сканировали лицо")]),
    P("p2", "Тургун Ахмедов", ["Тургуном Ахмедовым", "Ахмедов"], ["victim", "relative"], gender="male", rel=[("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "мужа забрали прямо из офиса 12 марта, без каких-либо документов"),
            ("detention.internment_camp", "держат в «школе» на окраине города"),
            ("culture.language_ban", "по-уйгурски там говорить запрещено"),
            ("ill_treatment.food_deprivation", "кормят их раз в день жидкой похлёбкой")]),
    P("p3", "Ли Цзюнь", ["Ли Цзюнь"], ["other"]),
    P("p4", "Зухра Ахмедова", ["Зухру Ахмедову"], ["witness", "relative"], gender="female", rel=[("wife", "p2")]),
    P("p5", "Адиль Абдрахманов", ["Адиля Абдрахманова", "Адиль"], ["victim"], gender="male", ethnicity="Uyghur",
      citizenship=["Kazakhstan"],
      viol=[("medical.biometric_collection", "взяли у него кровь и отпечатки пальцев, записали голос")]),
]
PLACES = [
    L("China", ["КНР"]),
    L("Urumqi", ["Урумчи"]),
    L("Xinjiang", ["Синьцзян-Уйгурский автономный район", "СУАР"]),
    L("Erdaoqiao", ["Эрдаоцяо"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Khorgos", ["Хоргос"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("Срок: [[25]]–29", "2018-08-25", "day"),
    D("29 августа 2018 г.", "2018-08-29", "day"),
    D("20.08.2018", "2018-08-20", "day"),
    D("2011 года", "2011", "year"),
    D("с [[марта]]", "2018-03", "month"),
    D("27 августа", "2018-08-27", "day"),
    D("12 марта", "2018-03-12", "day"),
    D("3 сентября 2018 г.", "2018-09-03", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-03-12"),
    ("detention", "p2", "2018-03-12"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Задержан я не был")]
FORBIDDEN = []
