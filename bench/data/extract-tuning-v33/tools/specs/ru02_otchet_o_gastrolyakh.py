FILE = "ru02_otchet_o_gastrolyakh.txt"
LANG = "ru"
DATE = "2019-12-20"
NOTE = ("Uyghur dance ensemble's tour report (header with a date range giving two dates, numbered sections, signature "
        "'Р. Масимова'). Soloist 'Дильназ Жаппарова' (later surname alone in genitive 'Жаппаровой') went to Chuguchak "
        "in August (return 2019-08), passport taken at the border, daily political 'courses', cannot leave while "
        "husband and children stay in Almaty (family separation); 'Дильназ не арестована' negated arbitrary arrest. "
        "Choreographer 'Ильяс Розиев' (case forms Ильяса, Ильясу) photographed and questioned by two men in Ankara "
        "(transnational harassment); his brother 'Мурат Розиев' detained in Kashgar in 2017, sentence learnt of "
        "'в прошлом месяце' (sentencing undated), family did not know where he was (enforced disappearance); "
        "'того Розиева из Кашгара' is a mention of Мурат. Transfer to Urumqi is the witness's guess ('точно не "
        "знает'): no transfer event. '2009 года' is a date with no event; '14 артистов из 15', 'пятнадцать лет' "
        "are not dates.")
ORGS = ["Нава", "Санам"]
PERSONS = [
    P("p1", "Рахиля Масимова", ["Рахиля Масимова", "Р. Масимова"], ["narrator", "other"], gender="female"),
    P("p2", "Дильназ Жаппарова", ["Дильназ Жаппарова", "Дильназ", "Жаппаровой"], ["victim"], gender="female",
      rel=[("wife", "p3")],
      viol=[("movement.passport_confiscation", "на границе у неё забрали паспорт"),
            ("indoctrination.political", "велели каждый день ходить на «курсы» политического воспитания"),
            ("family.separation", "выехать не может, и муж с двумя детьми остаётся в Алматы один")]),
    P("p3", "Бахыт Оспанов", ["Бахыта Оспанова"], ["relative", "witness"], gender="male", rel=[("husband", "p2")]),
    P("p4", "Мукаддас Ахмедова", ["Мукаддас Ахмедова"], ["other"], gender="female"),
    P("p5", "Эркин Юсуп", ["Эркин Юсуп", "Эркин"], ["witness"], gender="male"),
    P("p6", "Ильяс Розиев", ["Ильяса Розиева", "Ильяса", "Ильясу", "Ильяс"], ["victim", "relative"], gender="male",
      rel=[("brother", "p7")],
      viol=[("transnational.harassment", "двое мужчин подошли к Ильясу у служебного входа, сфотографировали его и спросили")]),
    P("p7", "Мурат Розиев", ["Мурат Розиев", "Мурата", "Розиева"], ["victim"], gender="male", rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "был задержан в Кашгаре ещё в 2017 году"),
            ("detention.prison_sentence", "осуждён на пятнадцать лет"),
            ("disappearance.enforced", "семья два года не знала, где он")]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Istanbul", ["Стамбул", "Стамбуле"]),
    L("Ankara", ["Анкара", "Анкаре"]),
    L("Chuguchak", ["Чугучак"]),
    L("Kashgar", ["Кашгаре", "Кашгара"]),
    L("Urumqi", ["Урумчи"]),
    L("China", ["Китае"]),
]
DATES = [
    D("[[2]]–16 ноября", "2019-11-02", "day"),
    D("16 ноября 2019", "2019-11-16", "day"),
    D("В [[августе]]", "2019-08", "month"),
    D("9 ноября", "2019-11-09", "day"),
    D("2017 году", "2017", "year"),
    D("прошлом месяце", "2019-11", "month"),
    D("12 ноября", "2019-11-12", "day"),
    D("2009 года", "2009", "year"),
    D("20 декабря 2019", "2019-12-20", "day"),
]
EVENTS = [
    ("return", "p2", "2019-08"),
    ("arrest", "p7", "2017"),
    ("detention", "p7", "2017"),
    ("sentencing", "p7", None),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "Дильназ не арестована")]
FORBIDDEN = []
