FILE = "ru01_spravka_ekstradiciya.txt"
LANG = "ru"
DATE = "2021-10-19"
NOTE = ("Moscow human-rights centre's note (справка, 19 October 2021 = document date) on China's extradition request "
        "and an Interpol red notice against a Uyghur cook in Moscow. 'Адиль Нурахунов' (genitive 'Адиля Нурахунова', "
        "'Нурахунова'; born 1985, citizen of the PRC, in Moscow since 2016 = exit): red notice and extradition request "
        "(transnational harassment), detained in Moscow 7 September 2021 under the notice (arrest event; legal process "
        "told: no arbitrary-arrest code), remanded by a court 9 September and held in a SIZO (pretrial; detention "
        "event), charge based on videos forwarded on WeChat (surveillance.digital), 'В Китае он не задерживался и не "
        "привлекался к уголовной ответственности' (negated arbitrary arrest and prison sentence); the extradition has "
        "not happened (no return event). Wife 'Гульнар Касымова' (dative 'Касымовой', 'Касымова'), still in Ghulja: "
        "summoned by the Ghulja police and told to get her husband back (family reprisal; no event: no questioning "
        "told). Brother 'Алимжан Нурахунов' (contains the surname): sent to a 'учебный центр' in 2020 (taking = "
        "arbitrary arrest + camp; arrest and detention events), family does not know where he is (disappearance + "
        "incommunicado; disappearance event 2020). Lawyer 'С. А. Воронцов' (initials + surname) is other. Paragraph 5 is "
        "general. Interpol, the Prosecutor General's office and the UN committee are organisations; '40 суток' is a "
        "duration. Date spans leave out 'г.', keep case words ('2016 года').")
ORGS = ["Правозащитный центр «Открытый берег»", "Интерпола", "Генеральная прокуратура", "Комитет ООН против пыток"]
PERSONS = [
    P("p1", "Адиль Нурахунов", ["Адиля Нурахунова", "Адиль Нурахунов", "Нурахунов", "Нурахунова"], ["victim"],
      gender="male", ethnicity="Uyghur", birth_year=1985, citizenship=["China"],
      rel=[("husband", "p2"), ("brother", "p3")],
      viol=[("transnational.harassment", "«красным уведомлением» Интерпола, выставленным по запросу китайской стороны"),
            ("detention.pretrial", "суд избрал ему меру пресечения в виде заключения под стражу на 40 суток; с тех пор он содержится в следственном изоляторе"),
            ("surveillance.digital", "единственным основанием обвинения служат религиозные ролики, которые он в 2016 году переслал знакомым через WeChat")]),
    P("p2", "Гульнар Касымова", ["Гульнар Касымовой", "Касымова"], ["relative", "victim", "witness"], gender="female",
      rel=[("wife", "p1")],
      viol=[("family.reprisal", "её вызывали в полицию Кульджи и требовали, чтобы муж вернулся «добровольно»")]),
    P("p3", "Алимжан Нурахунов", ["Алимжан Нурахунов"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "был, по её словам, направлен в «учебный центр»"),
            ("detention.internment_camp", "направлен в «учебный центр»"),
            ("disappearance.enforced", "где он находится сейчас, семья не знает"),
            ("detention.incommunicado", "где он находится сейчас, семья не знает")]),
    P("p4", "С. А. Воронцов", ["С. А. Воронцов"], ["other"], gender="male"),
]
PLACES = [
    L("China", ["Китайской Народной Республики", "КНР", "Китае", "Китай"]),
    L("Moscow", ["Москва", "Москве"]),
    L("Ghulja", ["Кульджи", "Кульдже"]),
]
DATES = [
    D("19 октября 2021", "2021-10-19", "day"),
    D("1985", "1985", "year"),
    D("с [[2016 года]]", "2016", "year"),
    D("7 сентября 2021", "2021-09-07", "day"),
    D("9 сентября 2021", "2021-09-09", "day"),
    D("в [[2016 году]] переслал", "2016", "year"),
    D("2019 году", "2019", "year"),
    D("2020 году", "2020", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p1", "2021-09-07"),
    ("detention", "p1", "2021-09-09"),
    ("arrest", "p3", "2020"),
    ("detention", "p3", "2020"),
    ("disappearance", "p3", "2020"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "В Китае он не задерживался"),
           ("p1", "detention.prison_sentence", "не привлекался к уголовной ответственности")]
FORBIDDEN = []
