FILE = "ru01_sluzhebnaya_zapiska.txt"
LANG = "ru"
DATE = "2024-10-23"
NOTE = ("Internal memo (служебная записка) of an Almaty logistics company's warehouse head to the HR director about an "
        "employee's absence, with the director's resolution. Addressee and author in 'Фамилия И. О.' form in the dative "
        "/ genitive ('Омаровой А. К.', 'Ким В. Д.'), signatures 'В. Д. Ким', 'А. К. Омарова'. Employee: heading genitive "
        "'Мамутова А. Т.' (his, not his wife's) beside the wife 'Мамутова Гульнара' / 'Мамутовой Г.'; 'Мамутовым', "
        "'Алимжан'. HR director and warehouse head are other. Employee went to Ghulja 3 June 2024 (return), passport "
        "taken at Khorgos, questioned by police (interrogation, undated 'Вскоре'), exit ban (same passport code), "
        "patriotic songs and reading aloud at meetings (indoctrination), back in Almaty 26 September 2024 (exit); "
        "'Под стражу его не брали' negated. Cousin 'Ильяра' (accusative): taken to a camp 2018, nothing known, family "
        "does not know where (incommunicado + enforced disappearance). Dates in dd.mm.yyyy; memo number 14/07 and "
        "table number are not dates.")
ORGS = ["«Жетысу Логистик»"]
PERSONS = [
    P("p1", "Омарова А. К.", ["Омаровой А. К.", "А. К. Омарова"], ["other"], gender="female"),
    P("p2", "Ким В. Д.", ["Ким В. Д.", "В. Д. Ким"], ["other"]),
    P("p3", "Мамутов Алимжан Турсунович", ["Мамутова А. Т.", "Мамутов Алимжан Турсунович", "Алимжан", "Мамутовым",
                                           "Мамутов А. Т."], ["victim"], gender="male",
      rel=[("husband", "p4"), ("cousin", "p5")],
      viol=[("movement.passport_confiscation", "у него изъяли паспорт"),
            ("indoctrination.political", "ходить на собрания, где заставляли петь патриотические песни и читать вслух газетные статьи")]),
    P("p4", "Мамутова Гульнара", ["Мамутова Гульнара", "Мамутовой Г."], ["relative"], gender="female",
      rel=[("wife", "p3")]),
    P("p5", "Ильяр", ["Ильяра"], ["victim"], gender="male", rel=[("cousin", "p3")],
      viol=[("detention.arbitrary_arrest", "его двоюродного брата Ильяра забрали в лагерь"),
            ("detention.internment_camp", "забрали в лагерь"),
            ("detention.incommunicado", "о нём до сих пор ничего не известно"),
            ("disappearance.enforced", "Семья не знает даже, где он находится")]),
]
PLACES = [
    L("Ghulja", ["Кульджа"]),
    L("China", ["КНР"]),
    L("Khorgos", ["Хоргос"]),
    L("Kazakhstan", ["Казахстане"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("21.10.2024", "2024-10-21", "day"),
    D(("13.06.2024", 0), "2024-06-13", "day"),
    D(("27.09.2024", 0), "2024-09-27", "day"),
    D("03.06.2024", "2024-06-03", "day"),
    D("в [[сентябре]]", "2024-09", "month"),
    D("26.09.2024", "2024-09-26", "day"),
    D("2018 году", "2018", "year"),
    D("14.06.2024", "2024-06-14", "day"),
    D("2019 года", "2019", "year"),
    D(("13.06.2024", 1), "2024-06-13", "day"),
    D(("27.09.2024", 1), "2024-09-27", "day"),
    D("23.10.2024", "2024-10-23", "day"),
]
EVENTS = [
    ("return", "p3", "2024-06-03"),
    ("interrogation", "p3", None),
    ("exit", "p3", "2024-09-26"),
    ("arrest", "p5", "2018"),
    ("detention", "p5", "2018"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Под стражу его не брали")]
FORBIDDEN = []
