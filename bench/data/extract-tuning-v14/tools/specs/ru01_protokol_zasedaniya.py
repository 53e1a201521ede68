FILE = "ru01_protokol_zasedaniya.txt"
LANG = "ru"
DATE = "2021-11-16"
NOTE = ("Extract of a Kazakhstan district-court hearing record (протокол судебного заседания) on declaring a husband missing: "
        "court name containing toponyms (org), case number '№ 2-1187/2021' (its year is not a date), clock time, unnamed "
        "prosecutor and secretary. The presiding judge 'Оспанова Д. К.' is a named person (role other). Russian "
        "surname-first and genitive forms: «Исиной Жанар Болатовны» / «Исина Ж. Б.», «Жумабай Кайрат Нурланович», "
        "«Кайратулы Асет»; the husband «Дархана Кайратулы», «Дархана», «Дарханом» (Kazakh -улы patronymic shared with his "
        "brother Асет). Residence permit gives no citizenship. Places: dateline «г. Зайсан», border crossing «Майкапчагай», "
        "«уезде Жеминай» = «Цзимунай», «Жеминая», «городе Алтай» -> «Алтай». Dates: «весны 2018 года» -> 2018, «Через год» -> "
        "2019, «прошлом месяце» -> 2021-10. Husband: taken to a «школа» (camp), no news since (incommunicado + disappearance), "
        "made to squat for hours for speaking Kazakh (stress position + language ban), reported by the witness. Witness: camp, made to stand in the snow in winter (exposure; «Зимой» is recurrent, not a date), "
        "and overcrowded room; «Меня самого не били» negated. The unnamed mother's warning is not coded (unnamed).")
ORGS = ["Зайсанский районный суд Восточно-Казахстанской области"]
PERSONS = [
    P("p1", "Жанар Болатовна Исина", ["Исиной Жанар Болатовны", "Исина Ж. Б."], ["relative", "witness"], gender="female",
      rel=[("wife", "p2")]),
    P("p2", "Дархан Кайратулы", ["Дархана Кайратулы", "Дархана", "Дарханом"], ["victim", "relative"], gender="male",
      birth_year=1978, rel=[("husband", "p1"), ("brother", "p4")],
      viol=[("detention.internment_camp", "Дархана забрали в «школу»"),
            ("detention.incommunicado", "звонить больше нельзя"),
            ("disappearance.enforced", "С тех пор я ничего о нём не знаю"),
            ("torture.stress_position", "заставляли часами сидеть на корточках в коридоре"),
            ("culture.language_ban", "потому что он говорил по-казахски")]),
    P("p3", "Кайрат Нурланович Жумабай", ["Жумабай Кайрат Нурланович"], ["witness", "victim"], gender="male",
      viol=[("detention.internment_camp", "Я сам был в лагере в городе Алтай с весны 2018 года"),
            ("detention.overcrowding", "В нашей комнате, рассчитанной на двенадцать человек, держали около сорока"),
            ("torture.exposure", "Зимой нас выводили во двор и заставляли стоять на снегу без курток по часу")]),
    P("p4", "Асет Кайратулы", ["Кайратулы Асет"], ["witness", "relative"], gender="male", rel=[("brother", "p2")]),
    P("p5", "Оспанова Д. К.", ["Оспанова Д. К."], ["other"], gender="female"),
]
PLACES = [
    L("Zaysan", ["Зайсан"]),
    L("China", ["Китая", "Китай"]),
    L("Kazakhstan", ["Казахстане", "Казахстан"]),
    L("Maikapchagai", ["Майкапчагай"]),
    L("Jeminay County", ["уезде Жеминай", "Цзимунай", "Жеминая"]),
    L("Altay", ["Алтай"]),
]
DATES = [
    D("16 ноября 2021 года", "2021-11-16", "day"),
    D("12.04.1978", "1978-04-12", "day"),
    D("15 августа 2017 года", "2017-08-15", "day"),
    D("В [[октябре 2017 года]]", "2017-10", "month"),
    D("с [[весны 2018 года]]", "2018", "year"),
    D("Через год", "2019", "year"),
    D("в [[2019 году]]", "2019", "year"),
    D("В [[прошлом месяце]]", "2021-10", "month"),
    D("после [[2016 года]]", "2016", "year"),
]
EVENTS = [
    ("return", "p2", "2017-08-15"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("disappearance", "p2", None),
    ("detention", "p3", "2018"),
    ("release", "p3", "2019"),
    ("exit", "p3", "2019"),
]
NEGATED = [("p3", "torture.beating", "Меня самого не били")]
FORBIDDEN = []
