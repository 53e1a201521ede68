FILE = "ru01_izveshchenie_notariusa.txt"
LANG = "ru"
DATE = "2025-02-24"
NOTE = ("Almaty notary's notice of an opened inheritance (извещение об открытии наследства) to an heir 'через "
        "супругу', with the wife's written reply and the notary's resolution: notary 'Жумабекова Айгерим Сериковна' / "
        "signature 'А. С. Жумабекова' (other; bare initials 'А. Ж.' are no person); heir in the dative "
        "'Турсунову Абдулле Ахмеджановичу', wife in the accusative 'Турсунову Малику Рахимовну' and nominative "
        "'Турсунова Малика Рахимовна', signature 'М. Р. Турсунова'; the deceased 'Турсунов Ахмеджан Ибрагимович' shares "
        "the surname (no bare surname occurs). Deceased: died 12 September 2024 in Almaty (death), born 1949. Heir: went "
        "to Ghulja early March 2018 (return), taken a week later from his mother's house (arrest+detention 2018-03, "
        "arbitrary arrest), two years in a 'центр обучения' (camp), forty people for twelve beds (overcrowding), woken "
        "every two hours at night (sleep deprivation), let go 2020 (release), passport taken, cannot leave (passport), "
        "'Суда над ним не было' (negated sentence). Daughter Дильназ: left Ghulja for Kazakhstan August 2019 (exit), "
        "called twice to the police before leaving (interrogation, undated, no code). Licence date 14.05.2009 is a "
        "date; '12 марта 2025 года' is after the document date; case and file numbers are not dates; the microdistrict 'Айнабулак' (in 'мкр. Айнабулак-3') is a place, the street 'Жибек Жолы' is not annotated.")
ORGS = []
PERSONS = [
    P("p1", "Жумабекова Айгерим Сериковна", ["Жумабекова Айгерим Сериковна", "А. С. Жумабекова"], ["other"],
      gender="female"),
    P("p2", "Турсунов Абдулла Ахмеджанович", ["Турсунову Абдулле Ахмеджановичу"], ["victim"], gender="male",
      rel=[("husband", "p3"), ("son", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "его забрали из её дома без всяких объяснений"),
            ("detention.internment_camp", "Два года он провёл в так называемом «центре обучения»"),
            ("detention.overcrowding", "в комнате на сорок человек было двенадцать кроватей"),
            ("torture.sleep_deprivation", "ночью их будили каждые два часа на проверку"),
            ("movement.passport_confiscation", "паспорт у него отобрали, и выехать он не может")]),
    P("p3", "Турсунова Малика Рахимовна", ["Турсунову Малику Рахимовну", "Турсунова Малика Рахимовна",
                                            "М. Р. Турсунова"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p5")]),
    P("p4", "Турсунов Ахмеджан Ибрагимович", ["Турсунов Ахмеджан Ибрагимович"], ["relative"], gender="male",
      birth_year=1949, rel=[("father", "p2")]),
    P("p5", "Дильназ", ["Дильназ"], ["relative"], gender="female", rel=[("daughter", "p2"), ("daughter", "p3")]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Aynabulak", ["Айнабулак"]),
    L("Ghulja", ["Кульджу", "Кульджи"]),
    L("Kazakhstan", ["Казахстан"]),
]
DATES = [
    D("14.05.2009", "2009-05-14", "day"),
    D("17.02.2025", "2025-02-17", "day"),
    D("12 сентября 2024 года", "2024-09-12", "day"),
    D("1949 года", "1949", "year"),
    D("24.02.2025", "2025-02-24", "day"),
    D("марта 2018 года", "2018-03", "month"),
    D("2020 году", "2020", "year"),
    D("августе 2019 года", "2019-08", "month"),
]
EVENTS = [
    ("death", "p4", "2024-09-12"),
    ("return", "p2", "2018-03"),
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("release", "p2", "2020"),
    ("exit", "p5", "2019-08"),
    ("interrogation", "p5", None),
]
NEGATED = [("p2", "detention.prison_sentence", "Суда над ним не было")]
FORBIDDEN = []
