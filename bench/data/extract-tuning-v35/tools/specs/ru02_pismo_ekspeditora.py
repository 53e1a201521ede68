FILE = "ru02_pismo_ekspeditora.txt"
LANG = "ru"
DATE = "2023-05-17"
NOTE = ("Bishkek freight forwarder's official letter to a client about a delayed consignment (letterhead with outgoing number, "
        "addressee in the dative 'г-же Бековой Ж. К.', subject line, signature 'К. Ж. Эсеналиев'). Company names, "
        "«Иркештам» as a checkpoint name is still a place; the street 'ул. Ибраимова' is an address, not a person; contract, "
        "clause and postcode numbers are not dates. Driver 'Сатыбалдиев Азамат Токтогулович' then accusative 'Сатыбалдиева': "
        "phone checked at the Chinese post = digital surveillance; a Qur'an recitation found and then taken = religious ban + "
        "arbitrary arrest (arrest + detention 2023-05-03); «следственный изолятор» = pretrial; family may neither pass things "
        "nor speak to him = incommunicado. 'Обвинения ему не предъявлены' is not a negation of any code. Relief driver "
        "'Осмонова Бакыта' (accusative): phone looked through = digital surveillance; «задерживать не стали» = arbitrary arrest "
        "negated; his passport being photographed is not coded. Former driver 'Мамбетов Кадыр': eight months in a «учебном "
        "центре» in Artush in 2018 = internment camp, Chinese songs = indoctrination, Kyrgyz forbidden = language ban "
        "(detention 2018, release undated). Client director 'Жылдыз Кубанычбековна' and the signatory are other.")
ORGS = ["ОсОО «ТрансДовлет Экспедиция»", "ОсОО «Ала-Тоо Текстиль»", "ул. Ибраимова"]
PERSONS = [
    P("p1", "Азамат Токтогулович Сатыбалдиев", ["Сатыбалдиев Азамат Токтогулович", "Сатыбалдиева"], ["victim"],
      gender="male",
      viol=[("surveillance.digital", "Его телефон проверили сотрудники на посту"),
            ("culture.religious_ban", "нашли аудиозапись чтения Корана"),
            ("detention.arbitrary_arrest", "После этого Сатыбалдиева увезли"),
            ("detention.pretrial", "его поместили в следственный изолятор Кашгара"),
            ("detention.incommunicado", "родным не позволяют ни передать вещи, ни поговорить с ним")]),
    P("p2", "Бакыт Осмонов", ["Осмонова Бакыта"], ["victim", "witness"], gender="male",
      viol=[("surveillance.digital", "у него тоже просмотрели телефон")]),
    P("p3", "Кадыр Мамбетов", ["Мамбетов Кадыр"], ["victim", "witness"], gender="male",
      viol=[("detention.internment_camp", "провёл восемь месяцев в так называемом «учебном центре» в Артуше"),
            ("indoctrination.political", "всех заставляли учить китайские песни"),
            ("culture.language_ban", "запрещали говорить по-киргизски")]),
    P("p4", "Жылдыз Кубанычбековна Бекова", ["Бековой Ж. К.", "Жылдыз Кубанычбековна"], ["other"], gender="female"),
    P("p5", "К. Ж. Эсеналиев", ["К. Ж. Эсеналиев"], ["other"], gender="male"),
]
PLACES = [
    L("Bishkek", ["Бишкек", "Бишкеке"]),
    L("Kashgar", ["Кашгара", "Кашгаре"]),
    L("Irkeshtam", ["Иркештам"]),
    L("Ulugqat", ["Улугчате"]),
    L("Kyrgyzstan", ["Кыргызской Республики"]),
    L("Urumqi", ["Урумчи"]),
    L("Artush", ["Артуше"]),
    L("China", ["Китай"]),
]
DATES = [
    D("17.05.2023", "2023-05-17", "day"),
    D("3 мая", "2023-05-03", "day"),
    D("12 мая", "2023-05-12", "day"),
    D("2018 году", "2018", "year"),
]
EVENTS = [
    ("arrest", "p1", "2023-05-03"),
    ("detention", "p1", "2023-05-03"),
    ("detention", "p3", "2018"),
    ("release", "p3", None),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "задерживать не стали")]
FORBIDDEN = []
