FILE = "ru01_vk_post_kommentarii.txt"
LANG = "ru"
DATE = "2024-11-12"
NOTE = ("VK wall post with four comments (name lines, '12 ноя в 20:02' stamps, counters, hashtag, emoji). Кайрат "
        "Сапаров (father, a Kazakhstan citizen): detained in Ghulja in 2017 while visiting relatives = arbitrary "
        "arrest; two years in a 're-education' camp then released (release undated: only a duration); passport never "
        "returned and cannot come home to his family = passport + separation; questioned by police about his "
        "daughter's posts (reported 'Вчера' = 2024-11-11; questioning itself undated) = family reprisal, "
        "interrogation only. Вика's doubt and Айгерим's sarcasm state no act. Бауыржан's uncle is unnamed. Данияр "
        "(brother of Ерлан Касенов) came back to Kazakhstan 'в прошлом месяце' = exit 2024-10. Comment stamps "
        "without a year take the post's year. Citizenship is not filled (convention).")
ORGS = []
PERSONS = [
    P("p1", "Айгерим Сапарова", ["Айгерим Сапарова", "Айгерим"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2")]),
    P("p2", "Кайрат Сапаров", ["Кайрата Сапарова"], ["victim"], gender="male", rel=[("father", "p1")],
      viol=[("detention.arbitrary_arrest", "задержали в Кульдже ещё в 2017 году, когда он поехал к родственникам на той"),
            ("detention.internment_camp", "Два года держали в лагере «перевоспитания»"),
            ("movement.passport_confiscation", "паспорт так и не вернули"),
            ("family.separation", "он не может вернуться домой в Алматы к маме и к нам"),
            ("family.reprisal", "его опять вызывали в полицию и три часа допрашивали про мои посты")]),
    P("p3", "Бауыржан Ермеков", ["Бауыржан Ермеков"], ["witness"], gender="male"),
    P("p4", "Вика Дорохова", ["Вика Дорохова", "Вика"], ["other"], gender="female"),
    P("p5", "Ерлан Касенов", ["Ерлан Касенов"], ["witness"], gender="male", rel=[("brother", "p6")]),
    P("p6", "Данияр", ["Данияр"], ["other"], gender="male", rel=[("brother", "p5")]),
]
PLACES = [L("Kazakhstan", ["Казахстана"]), L("Ghulja", ["Кульдже"]), L("Almaty", ["Алматы"])]
DATES = [
    D("12 ноя 2024", "2024-11-12", "day"), D("2017 году", "2017", "year"), D("Вчера", "2024-11-11", "day"),
    D("2019-м", "2019", "year"), D(("[[12 ноя]] в", 0), "2024-11-12", "day"), D(("[[12 ноя]] в", 1), "2024-11-12", "day"),
    D(("[[12 ноя]] в", 2), "2024-11-12", "day"), D(("[[12 ноя]] в", 3), "2024-11-12", "day"),
    D("прошлом месяце", "2024-10", "month"),
]
EVENTS = [("arrest", "p2", "2017"), ("detention", "p2", "2017"), ("release", "p2", None),
          ("interrogation", "p2", None), ("exit", "p6", "2024-10")]
NEGATED = []
FORBIDDEN = []
