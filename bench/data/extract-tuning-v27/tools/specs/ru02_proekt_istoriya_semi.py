FILE = "ru02_proekt_istoriya_semi.txt"
LANG = "ru"
DATE = "2024-02-22"
NOTE = ("Seventh-grader's school research project 'История моей семьи' (Bishkek) with a written-down Q/A interview "
        "with her grandmother and the teacher's grade. The grandmother's brother is named by given name only in case "
        "forms ('Абдукерим', 'Абдукеримом', 'Абдукерима'), his grandson 'Илияса'/'Илияс'. Teacher 'Татьяна Николаевна "
        "Орлова' then 'Т. Н. Орлова' (role other). Subjectless clauses carry the acts: 'забрали прямо с работы', 'Год "
        "держали в лагере', 'отправили на фабрику в Корлу', 'вызывали в полицию', 'сфотографировали, взяли отпечатки', "
        "'телефон забрали и проверили'. Transfer from camp to factory chained 2017 + a year -> 2018 (event date without "
        "a span). 'Абдукерима самого не забирали' negated arbitrary arrest beside the summons (interrogation event, "
        "undated). The grandmother's 2016 trip back = return; her arrival in Bishkek in 1962 = exit. 'позапрошлом году' "
        "-> 2022. 'шесть лет', 'за восемьдесят' are ages.")
ORGS = ["гимназии № 5"]
PERSONS = [
    P("p1", "Амина Турсунова", ["Амина Турсунова"], ["narrator", "relative"], gender="female",
      rel=[("granddaughter", "p2"), ("daughter", "p4")]),
    P("p2", "Зайнап Тохтиева", ["Зайнап Тохтиева"], ["relative", "witness", "victim"], gender="female", birth_year=1956,
      rel=[("grandmother", "p1"), ("mother", "p4"), ("sister", "p3")],
      viol=[("medical.biometric_collection", "сфотографировали, взяли отпечатки всех пальцев"),
            ("surveillance.digital", "телефон забрали и проверили")]),
    P("p3", "Абдукерим", ["Абдукерим", "Абдукеримом", "Абдукерима"], ["relative"], gender="male",
      rel=[("brother", "p2"), ("grandfather", "p5")]),
    P("p4", "Рустам Турсунов", ["Рустам Турсунов"], ["relative"], gender="male", rel=[("son", "p2"), ("father", "p1")]),
    P("p5", "Илияс", ["Илияса", "Илияс"], ["victim"], gender="male", rel=[("grandson", "p3")],
      viol=[("detention.arbitrary_arrest", "забрали прямо с работы"),
            ("detention.internment_camp", "Год держали в лагере"),
            ("labour.forced_labour", "отправили на фабрику в Корлу. Зарплату не платили, домой не отпускали"),
            ("disappearance.enforced", "Я не знаю, где он сейчас. Бабушка тоже не знает.")]),
    P("p6", "Татьяна Николаевна Орлова", ["Татьяна Николаевна Орлова", "Т. Н. Орлова"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kyrgyzstan", ["Киргизии"]),
    L("Ghulja", ["Кульдже", "Кульджу"]),
    L("Korla", ["Корлу"]),
    L("Khorgos", ["Хоргосе"]),
]
DATES = [
    D("22.02.2024", "2024-02-22", "day"),
    D("1956 года", "1956", "year"),
    D("1962 году", "1962", "year"),
    D("2017-м", "2017", "year"),
    D("позапрошлом году", "2022", "year"),
    D("2016-м", "2016", "year"),
]
EVENTS = [
    ("exit", "p2", "1962"),
    ("arrest", "p5", "2017"),
    ("detention", "p5", "2017"),
    ("transfer", "p5", "2018"),
    ("interrogation", "p3", None),
    ("return", "p2", "2016"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Абдукерима самого не забирали")]
FORBIDDEN = []
