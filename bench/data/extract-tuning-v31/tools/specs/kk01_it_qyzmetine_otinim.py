FILE = "kk01_it_qyzmetine_otinim.txt"
LANG = "kk"
DATE = "2024-04-16"
NOTE = ("University IT help-desk ticket asking to restore a detained former lecturer's corporate mailbox, Kazakh Cyrillic (ticket "
        "header, applicant in capitals 'ҚАНАТҰЛЫ ДӘУРЕН', description, signature 'Д. Қанатұлы', specialist's reply). The "
        "university name built on a person's name ('Әл-Фараби атындағы ҚазҰУ'), its IT department and БҰҰ are organisations. "
        "Father 'Қанат Мұхаметқалиұлы' vs son 'Дәурен Қанатұлы' (patronymic from the father's given name). Grandmother 'Әсия', "
        "brother 'Ерасыл' by given name. Impersonal verbs «паспортын алып қойды», «алып кетті», «ұстады», «тыйым салды». "
        "«білім беру орталығы» = internment camp; songs in Chinese = political indoctrination; prayer forbidden = religious ban; "
        "no letter, whereabouts unknown = incommunicado. Transfer to a Chuguchak prison is hearsay («ешкім растаған жоқ»): no "
        "transfer event, the date '2018 жылы' is still a date. Mother «оны ешкім ұстаған жоқ» negated beside a threatening call "
        "from a Chinese number («былтыр» -> 2023) = transnational harassment. Brother summoned and questioned in Ghulja 2023 = return "
        "+ interrogation. Grandmother died in hospital in 2019, never detained: death event, death.in_custody forbidden. Ranges "
        "'2012–2017', '2010–2017' give two dates each; '24 ай', '2-курс' are not dates.")
ORGS = ["Әл-Фараби атындағы ҚазҰУ", "Ақпараттық технологиялар департаменті", "БҰҰ"]
PERSONS = [
    P("p1", "Дәурен Қанатұлы", ["ҚАНАТҰЛЫ ДӘУРЕН", "Д. Қанатұлы", "Дәурен"], ["narrator", "relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4"), ("brother", "p5")]),
    P("p2", "Қанат Мұхаметқалиұлы", ["Қанат Мұхаметқалиұлы"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p3"), ("son", "p4")],
      viol=[("movement.passport_confiscation", "оның паспортын алып қойды"),
            ("detention.arbitrary_arrest", "қыркүйекте түнде үйден алып кетті, ешқандай құжат көрсетпеді"),
            ("detention.internment_camp", "Бір жыл бойы Құлжа маңындағы «білім беру орталығында» ұстады"),
            ("indoctrination.political", "күн сайын қытай тілінде ән айтқызып"),
            ("culture.religious_ban", "намаз оқуға тыйым салды"),
            ("detention.incommunicado", "одан бірде-бір хат келген жоқ, қайда екенін де білмейміз")]),
    P("p3", "Гүлмира Сейітқызы", ["Гүлмира Сейітқызы"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p2")],
      viol=[("transnational.harassment", "анама Қытай нөмірінен қоңырау шалып, «ұлыңды шетелдегі жиындарға апарма» деп ескертті")]),
    P("p4", "Әсия", ["Әсия"], ["relative"], gender="female", rel=[("mother", "p2"), ("grandmother", "p1"), ("grandmother", "p5")]),
    P("p5", "Ерасыл", ["Ерасыл"], ["relative"], gender="male", rel=[("son", "p2"), ("son", "p3"), ("brother", "p1")]),
    P("p6", "Ж. Әбдірахманова", ["Ж. Әбдірахманова"], ["other"], gender="female"),
]
PLACES = [L("Ghulja", ["Құлжаға", "Құлжа"]), L("Chuguchak", ["Шәуешектегі"]), L("Almaty", ["Алматыда"]),
          L("China", ["Қытайға", "Қытай"]), L("Kazakhstan", ["Қазақстан"])]
DATES = [
    D("2024 жылғы 15 сәуір", "2024-04-15", "day"),
    D("[[2012]]–2017 жылдары", "2012", "year"),
    D("2012–[[2017 жылдары]]", "2017", "year"),
    D("2017 жылдың тамызында", "2017-08", "month"),
    D("қыркүйекте", "2017-09", "month"),
    D("2018 жылы", "2018", "year"),
    D("былтыр", "2023", "year"),
    D("[[2010]]–2017 жылдардағы", "2010", "year"),
    D("2010–[[2017 жылдардағы]]", "2017", "year"),
    D(("2019 жылы", 0), "2019", "year"),
    D(("2019 жылы", 1), "2019", "year"),
    D("2023 жылы", "2023", "year"),
    D("2024 жылғы 16 сәуір", "2024-04-16", "day"),
]
EVENTS = [
    ("return", "p2", "2017-08"), ("arrest", "p2", "2017-09"), ("detention", "p2", "2017-09"),
    ("return", "p5", "2023"), ("interrogation", "p5", "2023"),
    ("death", "p4", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "оны ешкім ұстаған жоқ")]
FORBIDDEN = [("p4", "death.in_custody")]
