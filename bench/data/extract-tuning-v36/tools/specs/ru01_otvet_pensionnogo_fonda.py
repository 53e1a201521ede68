FILE = "ru01_otvet_pensionnogo_fonda.txt"
LANG = "ru"
DATE = "2022-11-28"
NOTE = ("Kazakh pension fund branch's reply (outgoing number, addressee in the dative) refusing a wife's request for a "
        "lump-sum payout of her husband's pension savings; her account restated ('Как следует из обращения', 'по "
        "Вашим словам'). Addressee 'Сейтказиевой Айнур Болатовне' / 'Айнур Болатовна'; husband in the genitive "
        "'Сейтказиева Ержана Маратовича', 1979 г. р. (birth_year, a year date), citizen of Kazakhstan; son 'Темирланом' "
        "/ 'Темирлан'; signatory 'Д. К. Тлеубаева' and executor 'Жаксылыкова А.' (other). Husband: passport taken by "
        "local police, placed in a 'центр профессионального обучения' in May 2018 ('мае того же года', chained), "
        "made to study Chinese and laws (indoctrination), kept awake two days at a time at interrogations (sleep deprivation), ten years in 2019, no visits or letters and consulate "
        "silent (incommunicado). Son 'задержан не был' (negated) and came back to Almaty in April 2018 (exit). "
        "'Через две недели' is a week offset (not a date); outgoing number, address, phone not dates.")
ORGS = ["АО «ЕДИНЫЙ НАКОПИТЕЛЬНЫЙ ПЕНСИОННЫЙ ФОНД»", "мкр. Жетысу-2, д. 61, кв. 14"]
PERSONS = [
    P("p1", "Айнур Болатовна Сейтказиева", ["Сейтказиевой Айнур Болатовне", "Айнур Болатовна"], ["relative"],
      gender="female", rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "Ержан Маратович Сейтказиев", ["Сейтказиева Ержана Маратовича"], ["victim"], gender="male",
      birth_year=1979, citizenship=["Kazakhstan"], rel=[("husband", "p1"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "местная полиция забрала у него паспорт"),
            ("detention.arbitrary_arrest", "его поместили в так называемый «центр профессионального обучения»"),
            ("detention.internment_camp", "так называемый «центр профессионального обучения»"),
            ("indoctrination.political", "всех заставляли по нескольку часов в день учить китайский язык и законы"),
            ("torture.sleep_deprivation", "на допросах ему по двое суток не давали спать"),
            ("detention.prison_sentence", "его осудили на десять лет лишения свободы"),
            ("detention.incommunicado", "Свидания и переписка ему не разрешены, а консульство КНР на Ваши запросы не отвечает")]),
    P("p3", "Темирлан", ["Темирланом", "Темирлан"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p1")]),
    P("p4", "Д. К. Тлеубаева", ["Д. К. Тлеубаева"], ["other"], gender="female"),
    P("p5", "А. Жаксылыкова", ["Жаксылыкова А."], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("China", ["КНР"]),
    L("Tekes", ["Текес"]),
]
DATES = [
    D("28.11.2022", "2022-11-28", "day"),
    D("02.11.2022", "2022-11-02", "day"),
    D("1979", "1979", "year"),
    D("марте 2018 года", "2018-03", "month"),
    D("мае того же года", "2018-05", "month"),
    D("2019 году", "2019", "year"),
    D("апреле 2018 года", "2018-04", "month"),
]
EVENTS = [
    ("return", "p2", "2018-03"),
    ("return", "p3", "2018-03"),
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", "2018-05"),
    ("sentencing", "p2", "2019"),
    ("exit", "p3", "2018-04"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "задержан не был")]
FORBIDDEN = []
