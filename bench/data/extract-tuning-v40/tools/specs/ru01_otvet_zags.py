FILE = "ru01_otvet_zags.txt"
LANG = "ru"
DATE = "2023-02-14"
NOTE = ("Bishkek civil registry (ЗАГС) reply refusing to register the death abroad of the applicant's husband "
        "without a foreign document or a court decision (outgoing no. with dd.mm.yyyy date, dative addressee, the "
        "application restated: 'Как следует из заявления', 'Вы также указываете' = facts). Wife 'Ибраимовой Рукие "
        "Абдукадыровне' / vocative 'Рукия Абдукадыровна'; husband genitive 'Ибраимова Азата Турсуновича' (b. 1969, "
        "Kyrgyz citizen); son 'Эльдар' ('задержан не был': negated arrest); brother-in-law 'Ибраимов Рустам' in "
        "Kashgar made to sign a renunciation of kinship (forced confession/signature); staff 'Т. Б. Осмонова', "
        "'Акматова Н.' (other). Husband: April 2017 to Kashgar (return), passport taken at Torugart (passport), "
        "detained and sent to a 'центр профессионального обучения' (arbitrary arrest + camp), end of 2018 moved to "
        "a prison (transfer), neither sentence nor institution told to the family (incommunicado + disappearance; "
        "no prison_sentence gold), consulate refused a visit, died in a prison hospital March 2022 (death in "
        "custody). 'Летом прошлого года' -> 2022; 'конце 2018 года' year 2018; 'Кыргызской Республики' in "
        "citizenship and territorial phrases are place mentions. Organisations: ЗАГС header, district court.")
ORGS = ["УПРАВЛЕНИЕ ЗАГС ГОРОДА БИШКЕК", "Первомайский районный суд г. Бишкек"]
PERSONS = [
    P("p1", "Рукия Абдукадыровна Ибраимова", ["Ибраимовой Рукие Абдукадыровне", "Рукия Абдукадыровна"], ["relative"],
      gender="female", rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "Азат Турсунович Ибраимов", ["Ибраимова Азата Турсуновича"], ["victim"], gender="male", birth_year=1969,
      citizenship=["Kyrgyzstan"], rel=[("husband", "p1"), ("father", "p3"), ("brother", "p4")],
      viol=[("movement.passport_confiscation", "у него изъяли паспорт"),
            ("detention.arbitrary_arrest", "после чего его задержали и отправили"),
            ("detention.internment_camp", "отправили в так называемый «центр профессионального обучения»"),
            ("detention.incommunicado", "ни приговора, ни названия учреждения семье не сообщили"),
            ("disappearance.enforced", "ни приговора, ни названия учреждения семье не сообщили"),
            ("death.in_custody", "он скончался в тюремной больнице в марте 2022 года")]),
    P("p3", "Эльдар", ["Эльдар"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Рустам Ибраимов", ["Ибраимов Рустам"], ["victim", "relative"], gender="male", rel=[("brother", "p2")],
      viol=[("coercion.forced_confession", "был вынужден подписать отказ от родства с братом")]),
    P("p5", "Т. Б. Осмонова", ["Т. Б. Осмонова"], ["other"], gender="female"),
    P("p6", "Н. Акматова", ["Акматова Н."], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Dzhal", ["Джал"]),
    L("Kyrgyzstan", ["Кыргызской Республики"]),
    L("Kashgar", ["Кашгар", "Кашгаре"]),
    L("Torugart", ["Торугарт"]),
    L("Ürümqi", ["Урумчи"]),
]
DATES = [
    D("14.02.2023", "2023-02-14", "day"),
    D("26 января 2023 г.", "2023-01-26", "day"),
    D("1969", "1969", "year"),
    D("апреле 2017 года", "2017-04", "month"),
    D("конце 2018 года", "2018", "year"),
    D("Летом прошлого года", "2022", "year"),
    D("марте 2022 года", "2022-03", "month"),
    D("2019 году", "2019", "year"),
    D("9 сентября 1994 года", "1994-09-09", "day"),
]
EVENTS = [
    ("return", "p2", "2017-04"),
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("transfer", "p2", "2018"),
    ("disappearance", "p2", "2018"),
    ("death", "p2", "2022-03"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "задержан не был")]
FORBIDDEN = []
