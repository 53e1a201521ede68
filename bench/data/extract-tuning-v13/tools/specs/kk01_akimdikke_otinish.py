FILE = "kk01_akimdikke_otinish.txt"
LANG = "kk"
DATE = "2023-02-20"
NOTE = ("Application (өтініш) to a district akimat for social aid, Kazakh Cyrillic (addressee block, sender line in the "
        "ablative, title, body, attachments, date, signature). Full gold (events and codes included). Addressee «Б. Т. "
        "Сейітқазиновқа» is not a person; the street name is not a place. Narrator Мейрамгүл Қабдоллақызы (-қызы; also "
        "ablative «Мейрамгүл Қабдоллақызынан» and signature «М. Қабдоллақызы» -> mention «Қабдоллақызы»); husband Ержан "
        "Сапарұлы (genitive «Сапарұлының») <- his father Сапар Төлеубаев (82); caller Чжан Вэй; three children with birth years "
        "«(2008 ж.т.)». Father «ұсталған жоқ» (negated arrest) next to blood/fingerprints and a filmed 'traitor' statement "
        "(denunciation + confession). «Қытай нөмірінен» is a modifier mention of China. «Сол "
        "айдың аяғында» -> 2018-01; «Биыл қаңтарда» -> 2023-01; «биыл» -> 2023. Suffixed place words are whole-word mentions "
        "(«Құлжаға», «Құлжада», «Жаркенттегі», «Қазақстанға»). Camp placement after arrest at home: detention dated 2018-01; "
        "neighbour who came out of the centre is unnamed.")
PERSONS = [
    P("p1", "Мейрамгүл Қабдоллақызы", ["Мейрамгүл Қабдоллақызынан", "Мейрамгүл Қабдоллақызы", "Қабдоллақызы"],
      ["narrator", "relative", "victim"], gender="female", birth_year=1979, citizenship=["Kazakhstan"],
      rel=[("wife", "p2"), ("daughter-in-law", "p3"), ("mother", "p5"), ("mother", "p6"), ("mother", "p7")],
      viol=[("transnational.harassment", "«күйеуіңе жақсы болсын десең, шетелдік журналистермен сөйлеспе» деді")]),
    P("p2", "Ержан Сапарұлы", ["Ержан Сапарұлы", "Ержан Сапарұлының"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("father", "p5"), ("father", "p6"), ("father", "p7")],
      viol=[("detention.arbitrary_arrest", "оны Құлжа ауданының полициясы үйінен алып кетіп"),
            ("detention.internment_camp", "«кәсіптік оқыту орталығына» жапты"),
            ("indoctrination.political", "партияны мақтайтын өлең айтуға мәжбүрлеген"),
            ("culture.religious_ban", "намаз оқуға тыйым салған"),
            ("detention.prison_sentence", "сот оны он жылға соттады"),
            ("detention.incommunicado", "Қай түрмеде отырғанын бізге ешкім айтпайды, хат та, телефон да жоқ"),
            ("family.reprisal", "«күйеуіңе жақсы болсын десең")]),
    P("p3", "Сапар Төлеубаев", ["Сапар Төлеубаев"], ["relative", "victim"], gender="male", age=82,
      rel=[("father", "p2"), ("father-in-law", "p1")],
      viol=[("medical.biometric_collection", "полиция одан қан және саусақ іздерін алған"),
            ("coercion.forced_denunciation", "баласын «сатқын» деп бейнеге түсіп айтуды бұйырады"),
            ("coercion.forced_confession", "бейнеге түсіп айтуды бұйырады")]),
    P("p4", "Чжан Вэй", ["Чжан Вэй"], ["perpetrator"], gender="male"),
    P("p5", "Әлішер", ["Әлішер"], ["relative"], gender="male", birth_year=2008, rel=[("son", "p1"), ("son", "p2")]),
    P("p6", "Айару", ["Айару"], ["relative"], gender="female", birth_year=2011, rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p7", "Нұрасыл", ["Нұрасыл"], ["relative"], gender="male", birth_year=2016, rel=[("son", "p1"), ("son", "p2")]),
]
PLACES = [
    L("Zharkent District", ["Жаркент ауданы"]),
    L("Zharkent", ["Жаркент қаласы", "Жаркенттегі"]),
    L("China", ["Қытайдың", "Қытай"]),
    L("Ili Prefecture", ["Іле облысына"]),
    L("Yining County", ["Құлжа ауданында", "Құлжа ауданының"]),
    L("Yining", ["Құлжаға", "Құлжада"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстан Республикасының"]),
]
DATES = [
    D("1979 жылы", "1979", "year"),
    D("2015 жылы", "2015", "year"),
    D("2019 жылдан", "2019", "year"),
    D("2018 жылғы 12 қаңтарда", "2018-01-12", "day"),
    D("Сол айдың аяғында", "2018-01", "month"),
    D("2020 жылғы қарашада", "2020-11", "month"),
    D("Биыл қаңтарда", "2023-01", "month"),
    D("([[2008]] ж.т.)", "2008", "year"),
    D("([[2011]] ж.т.)", "2011", "year"),
    D("([[2016]] ж.т.)", "2016", "year"),
    D("ұлым Әлішер [[биыл]]", "2023", "year"),
    D("20.02.2023", "2023-02-20", "day"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("return", "p2", "2018-01-12"),
    ("arrest", "p2", "2018-01"),
    ("detention", "p2", "2018-01"),
    ("sentencing", "p2", "2020-11"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Ол ұсталған жоқ")]
FORBIDDEN = [("p3", "detention.internment_camp")]
