FILE = "kk01_instagram_jazba.txt"
LANG = "kk"
DATE = "2025-01-20"
NOTE = ("Instagram post caption with location tag, hashtags, likes line and five comments, Kazakh Cyrillic; handles "
        "(aruzhan.travels, dana_k_88, serik.almaty, gulnaz_b, troll_qazaq) stand for the people and are mentions; "
        "'Аружан' is aruzhan.travels. Болат Жақыпбекұлы (father, 62 today): detained in Ghulja in 2018 visiting his "
        "mother and sent 'to study' = arbitrary arrest + internment camp; punished there for speaking Kazakh = language ban; released 2021; passport still withheld, cannot "
        "come home = passport + separation; the video call with a policeman behind him and his 'бәрі жақсы' state no "
        "further act. Нұрлан (elder brother of serik.almaty): detained 2019, no news, nobody says where = arbitrary "
        "arrest + disappearance + incommunicado. gulnaz_b's uncle (нағашым, 2017 autumn = 2017, two years in a camp) "
        "is unnamed. troll_qazaq's 'no camps, all lies' is a denial by a troll about no named person: no negation. "
        "'Бүгін' = the post date; 'Өткен аптада' not annotated (no day).")
ORGS = []
PERSONS = [
    P("p1", "aruzhan.travels", ["aruzhan.travels", "Аружан"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2")]),
    P("p2", "Болат Жақыпбекұлы", ["Болат Жақыпбекұлы"], ["victim"], gender="male", age=62, rel=[("father", "p1")],
      viol=[("detention.arbitrary_arrest", "2018 жылы Құлжаға әжемді көруге барғанда ұсталып"),
            ("detention.internment_camp", "«оқуға» жіберілді"),
            ("culture.language_ban", "Ол жақта қазақша сөйлегені үшін жазалаған"),
            ("movement.passport_confiscation", "төлқұжатын әлі күнге дейін бермей отыр"),
            ("family.separation", "үйге орала алмайды")]),
    P("p3", "dana_k_88", ["dana_k_88"], ["other"]),
    P("p4", "serik.almaty", ["serik.almaty"], ["relative"], gender="male", rel=[("brother", "p5")]),
    P("p5", "Нұрлан", ["Нұрлан"], ["victim"], gender="male", rel=[("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "2019 жылы ұсталған"),
            ("disappearance.enforced", "қайда екенін ешкім айтпайды"),
            ("detention.incommunicado", "содан бері хабар жоқ, қайда екенін ешкім айтпайды")]),
    P("p6", "gulnaz_b", ["gulnaz_b"], ["witness"], gender="female"),
    P("p7", "troll_qazaq", ["troll_qazaq"], ["other"]),
]
PLACES = [L("Almaty", ["Алматы", "Алматыда"]), L("Kazakhstan", ["Қазақстан"]), L("Ghulja", ["Құлжаға"]),
          L("China", ["Қытайда"])]
DATES = [
    D("Бүгін", "2025-01-20", "day"), D("2018 жылы", "2018", "year"), D("2021 жылы", "2021", "year"),
    D("2025 жылғы 20 қаңтар", "2025-01-20", "day"), D("2019 жылы", "2019", "year"),
    D("2017 жылдың күзінде", "2017", "year"),
]
EVENTS = [("arrest", "p2", "2018"), ("detention", "p2", "2018"), ("release", "p2", "2021"),
          ("arrest", "p5", "2019"), ("detention", "p5", "2019")]
NEGATED = []
FORBIDDEN = []
