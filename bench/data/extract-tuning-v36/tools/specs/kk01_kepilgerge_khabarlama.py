FILE = "kk01_kepilgerge_khabarlama.txt"
LANG = "kk"
DATE = "2023-04-12"
NOTE = ("Kazakh bank branch's notice to a loan guarantor (кепілгерге хабарлама) about the borrower's arrears, with "
        "the guarantor's written reply (12 April 2023, the document date), Kazakh Cyrillic (full gold). Guarantor "
        "'Нұрғалиева Ғалия Жақсылыққызы' / 'Ғалия Жақсылыққызы' / signature 'Ғ. Нұрғалиева'; borrower 'Әлімжанов "
        "Серікбол Қайратұлы' / 'Әлімжанов С. Қ.' / 'Серікбол', her cousin (немере аға), Kazakh citizen since 2015; "
        "his wife 'Жанар'; officer 'А. Сыздықова' (other). Borrower: phone searched at the border, prayer video found "
        "(digital surveillance), passport kept, 'Бір айдан соң' taken by police to a 'білім беру орталығы' (arbitrary "
        "arrest + internment camp, events undated), anthem and 'correcting his thinking' (indoctrination), Kazakh speech forbidden (language ban), 2020 sent "
        "from there to a Ghulja shoe factory with no leave to go (release + forced labour), cannot come back to wife "
        "and children (family separation). Beating only rumoured ('ешкім растай алмайды': hedged, nothing). "
        "Guarantor: no calls or threats from China (negated transnational harassment). 'Өткен жылдың қарашасына' -> "
        "2022-11; '30 күн', 'алты ай', amounts, contract and notice numbers are not dates.")
ORGS = ["«АЛТЫН ДАЛА БАНК» АҚ, Текелі бөлімшесі"]
PERSONS = [
    P("p1", "Ғалия Жақсылыққызы Нұрғалиева", ["Нұрғалиева Ғалия Жақсылыққызы", "Ғалия Жақсылыққызы", "Ғ. Нұрғалиева"],
      ["narrator", "relative"], gender="female", rel=[("cousin", "p2")]),
    P("p2", "Серікбол Қайратұлы Әлімжанов", ["Әлімжанов Серікбол Қайратұлы", "Әлімжанов С. Қ.", "Серікбол"], ["victim"],
      gender="male", citizenship=["Kazakhstan"], rel=[("cousin", "p1"), ("husband", "p3")],
      viol=[("surveillance.digital", "Шекарада телефонын ақтарып, ішінен намаз туралы видео тапты"),
            ("movement.passport_confiscation", "паспортын алып қалды"),
            ("detention.arbitrary_arrest", "полиция келіп, оны «білім беру орталығына» әкетті"),
            ("detention.internment_camp", "«білім беру орталығына» әкетті. Онда ол екі жыл болды"),
            ("indoctrination.political", "күн сайын әнұран айтып, «ойын түзетуге» мәжбүр болды"),
            ("culture.language_ban", "қазақша сөйлеуге тыйым салынды"),
            ("labour.forced_labour", "Құлжадағы аяқ киім фабрикасына жіберді: айына бір рет қана демалады, кетуге рұқсат жоқ"),
            ("family.separation", "ол оларға қайтып келе алмайды")]),
    P("p3", "Жанар", ["Жанар"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p4", "А. Сыздықова", ["А. Сыздықова"], ["other"], gender="female"),
]
PLACES = [
    L("Tekeli", ["Текелідегі", "Текеліде"]),
    L("Kazakhstan", ["Қазақстан"]),
    L("Ghulja", ["Құлжадағы"]),
    L("Khorgos", ["Қорғас"]),
    L("China", ["Қытайдың", "Қытай"]),
    L("Almaty", ["Алматыдағы"]),
]
DATES = [
    D(("2023 жылғы 28 наурыз", 0), "2023-03-28", "day"),
    D("2016 жылғы 5 қазан", "2016-10-05", "day"),
    D("2022 жылғы қарашадан", "2022-11", "month"),
    D("2023 жылғы 28 наурыздағы", "2023-03-28", "day"),
    D("2023 жылғы 12 сәуір", "2023-04-12", "day"),
    D("2015 жылы", "2015", "year"),
    D("2017 жылдың мамырында", "2017-05", "month"),
    D("2020 жылы", "2020", "year"),
    D("Өткен жылдың қарашасына", "2022-11", "month"),
]
EVENTS = [
    ("return", "p2", "2017-05"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("release", "p2", "2020"),
]
NEGATED = [("p1", "transnational.harassment", "Маған Қытай жағынан ешкім қоңырау шалған жоқ, қорқытқан да жоқ")]
FORBIDDEN = []
