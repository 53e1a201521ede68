FILE = "kk01_akhazh_otinish.txt"
LANG = "kk"
DATE = "2023-09-11"
NOTE = ("Wife's application (өтініш) to the Panfilov district civil registry (АХАЖ) in Zharkent for a child's birth "
        "reference (form No. 4), explaining why the father cannot apply, with the registry's mark of 11 September "
        "2023 (document date), Kazakh Cyrillic (full gold). Applicant ablative 'Нұрланова Әсел Бақытқызынан' / "
        "'Ә. Нұрланова'; husband 'Сейітов Ерболат Қанатұлы' / 'Ерболат' / accusative 'Ерболатты' (ethnic Kazakh born "
        "in Ili, Kazakh citizen since 2016); son genitive 'Сейітов Алдиярдың' / 'Алдияр'; mother-in-law 'Күлпан'; "
        "clerk 'Б. Тұрсынбекова' (other). Husband: moved to Kazakhstan 2014 (exit), March 2017 to Ghulja (return), "
        "passport not given back (passport), June 2017 taken from home at night to a 'саяси оқу орталығы' (arbitrary "
        "arrest + camp), released end of 2019 (release) but daily reporting and not leaving the village (house "
        "arrest), camera over his gate (checkpoint), cannot come to wife and son (family separation); 'сотқа тартқан "
        "жоқ, үкім шықпаған' (negated prison sentence); phone tapping only supposed ('нақты білмейді': hedged, "
        "nothing). Mother-in-law: blood, fingerprints and voice at a 'health check' last autumn (biometric). 'Сол "
        "жылы' -> 2016, 'Сол жылдың маусымында' -> 2017-06, 'Былтыр күзде' -> 2022. Organisations: the registry "
        "addressee with region and district; Головацкий көшесі is a street named after a person; form, record "
        "and house numbers are not dates.")
ORGS = ["Жетісу облысы Панфилов ауданының\nазаматтық хал актілерін тіркеу (АХАЖ) бөліміне", "Головацкий көшесі"]
PERSONS = [
    P("p1", "Әсел Бақытқызы Нұрланова", ["Нұрланова Әсел Бақытқызынан", "Ә. Нұрланова"], ["narrator", "relative"],
      gender="female", rel=[("wife", "p2"), ("mother", "p3"), ("daughter-in-law", "p4")]),
    P("p2", "Ерболат Қанатұлы Сейітов", ["Сейітов Ерболат Қанатұлы", "Ерболат", "Ерболатты"], ["victim"], gender="male",
      ethnicity="Kazakh", citizenship=["Kazakhstan"], rel=[("husband", "p1"), ("father", "p3"), ("son", "p4")],
      viol=[("movement.passport_confiscation", "паспортын қайтармай қойды"),
            ("detention.arbitrary_arrest", "оны түнде үйден алып кетіп"),
            ("detention.internment_camp", "«саяси оқу орталығына» қамады"),
            ("detention.house_arrest", "күн сайын ауылдық кеңеске барып белгіленуге міндетті, ауылдан шығуға рұқсат жоқ"),
            ("surveillance.checkpoint", "Қақпасының үстіне камера орнатылған"),
            ("family.separation", "Ол бізге, әйелі мен баласына, келе алмайды")]),
    P("p3", "Алдияр Сейітов", ["Сейітов Алдиярдың", "Алдияр"], ["relative"], gender="male", birth_year=2016,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Күлпан", ["Күлпан"], ["victim", "relative"], gender="female", rel=[("mother", "p2")],
      viol=[("medical.biometric_collection", "қанын алып, саусақ іздері мен дауысын жазып алған")]),
    P("p5", "Б. Тұрсынбекова", ["Б. Тұрсынбекова"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркентте"]),
    L("China", ["Қытайда"]),
    L("Ghulja", ["Құлжа", "Құлжаға"]),
    L("Ili", ["Іле"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстан"]),
]
DATES = [
    D("2016 жылғы 22 ақпанда", "2016-02-22", "day"),
    D("сол жылы", "2016", "year"),
    D("2014 жылы", "2014", "year"),
    D("2016 жылы", "2016", "year"),
    D("2015 жылғы 14 тамызда", "2015-08-14", "day"),
    D("2017 жылдың наурызында", "2017-03", "month"),
    D("Сол жылдың маусымында", "2017-06", "month"),
    D("2019 жылдың соңында", "2019", "year"),
    D("Былтыр күзде", "2022", "year"),
    D("2023 жылғы 7 қыркүйек", "2023-09-07", "day"),
    D("2023 жылғы 11 қыркүйекте", "2023-09-11", "day"),
]
EVENTS = [
    ("exit", "p2", "2014"),
    ("return", "p2", "2017-03"),
    ("arrest", "p2", "2017-06"),
    ("detention", "p2", "2017-06"),
    ("release", "p2", "2019"),
]
NEGATED = [("p2", "detention.prison_sentence", "Ерболатты сотқа тартқан жоқ, үкім шықпаған")]
FORBIDDEN = []
