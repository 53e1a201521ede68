FILE = "ru01_pismo_bratu.txt"
LANG = "ru"
DATE = "2020-12-05"
NOTE = ("Private letter from a sister in Almaty to her brother (dateline, salutation, signature, P.S.). The named brother in "
        "the salutation «Дорогой Бахыт!» is a relative (a person), unlike official addressee blocks; courier Гульнара "
        "(accusative «Гульнару») is role other; «Мама» unnamed. Uncle Мухтар Абенов (gen. «Мухтара»), his daughter Асель, "
        "roommate «Жаксылыка Оразова» (accusative only, beaten in front of all, coded camp). «Его самого … не били» (negated "
        "beating) next to the roommate's beating. Night on «стул» for speaking Kazakh = tiger chair + language ban. Blood draw "
        "in Urumqi is hearsay with «я не уверена»: no code, not forbidden. «Через неделю» after 20 March 2018 -> 2018-03-27; "
        "«в четверг» -> 2020-12-03 (the letter is dated Saturday); «прошлом году» -> 2019; «тот же вечер» anchored on a year -> 2019. «консульство Китая» "
        "is a modifier mention of China.")
PERSONS = [
    P("p1", "Айгерим Абенова", ["Айгерим Абенова"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p2"), ("niece", "p4"), ("cousin", "p5")]),
    P("p2", "Бахыт", ["Бахыт"], ["relative"], gender="male", rel=[("brother", "p1"), ("husband", "p7"), ("nephew", "p4")]),
    P("p3", "Гульнара", ["Гульнару"], ["other"], gender="female"),
    P("p4", "Мухтар Абенов", ["Мухтар Абенов", "Мухтара"], ["victim"], gender="male", birth_year=1961,
      rel=[("father", "p5"), ("uncle", "p1"), ("uncle", "p2")],
      viol=[("detention.arbitrary_arrest", "пришли трое полицейских, забрали телефон и паспорт и увезли его"),
            ("detention.internment_camp", "увезли его в «школу» в уезде Нилки"),
            ("indoctrination.political", "их заставляли каждый вечер петь гимн и писать, что они «благодарны партии»"),
            ("culture.language_ban", "за разговор на казахском сажали на «стул»"),
            ("torture.tiger_chair", "сажали на «стул» на всю ночь"),
            ("labour.forced_labour", "его отправили на фабрику в Кульдже шить перчатки"),
            ("movement.passport_confiscation", "Паспорт ему так и не вернули")]),
    P("p5", "Асель", ["Асель"], ["relative", "witness", "victim"], gender="female", rel=[("daughter", "p4"), ("cousin", "p1")],
      viol=[("transnational.harassment", "позвонили с китайского номера и посоветовали «не ходить по консульствам»")]),
    P("p6", "Жаксылык Оразов", ["Жаксылыка Оразова"], ["victim"], gender="male",
      viol=[("torture.beating", "били палкой при всех"),
            ("detention.internment_camp", "соседа по комнате, Жаксылыка Оразова")]),
    P("p7", "Жанар", ["Жанар"], ["relative"], gender="female", rel=[("wife", "p2")]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Novosibirsk", ["Новосибирск"]),
    L("Yining", ["Кульджу", "Кульдже"]),
    L("Khorgos", ["Хоргосе"]),
    L("Nilka County", ["уезде Нилки"]),
    L("Kazakhstan", ["Казахстан"]),
    L("China", ["Китая"]),
    L("Ürümqi", ["Урумчи"]),
]
DATES = [
    D("5 декабря 2020", "2020-12-05", "day"),
    D("в [[четверг]]", "2020-12-03", "day"),
    D("1961 года", "1961", "year"),
    D("20 марта 2018", "2018-03-20", "day"),
    D("Через неделю", "2018-03-27", "day"),
    D("октября 2019", "2019-10", "month"),
    D("прошлом году", "2019", "year"),
    D("тот же вечер", "2019", "year"),
    D("осенью 2019", "2019", "year"),
]
EVENTS = [
    ("return", "p4", "2018-03-20"),
    ("arrest", "p4", "2018-03-27"),
    ("detention", "p4", "2018-03-27"),
    ("release", "p4", "2019-10"),
]
NEGATED = [("p4", "torture.beating", "Его самого, говорит, не били")]
FORBIDDEN = []
