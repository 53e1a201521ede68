FILE = "kk01_mazhilis_saualy.txt"
LANG = "kk"
DATE = "2025-02-19"
NOTE = ("Kazakh-language Mazhilis plenary transcript excerpt: the chair's procedural lines (Төраға, no name: no "
        "person), a deputy's inquiry retelling her constituent's account in the third person. Нұрлан Бекболат: "
        "taken by police from his father's house 5 January 2018 and sent «оқуға» = arbitrary arrest + camp (reading 1), "
        "made to sing songs praising the party = indoctrination, released 2019, passport not returned = passport "
        "confiscation, cannot return to his wife and children in Zharkent = family separation. His travel in December "
        "2017 is no event. Ержан Жақсылық: ұсталды 2019 in Ghulja = arbitrary arrest (arrest + detention), no one "
        "tells the family where = disappearance + incommunicado (reading 2). Сәуле Омарқызы: 'Қытайда ұсталған жоқ' = "
        "negated arbitrary arrest; threatening calls from Urumqi police to return = transnational harassment "
        "(reading 3). Мейрамгүл: wife and sister, no act. The deputy is role other; case forms are whole mentions; «Қытай тарапына» (the Chinese side, the government) is no place mention.")
ORGS = []
PERSONS = [
    P("p1", "Айгерім Сәрсенбаева", ["Айгерім Сәрсенбаеваға", "Сәрсенбаева"], ["other"], gender="female"),
    P("p2", "Мейрамгүл Жақсылыққызы", ["Мейрамгүл Жақсылыққызы", "Мейрамгүлдің"], ["relative"], gender="female",
      rel=[("wife", "p3"), ("sister", "p4")]),
    P("p3", "Нұрлан Бекболат", ["Нұрлан Бекболат"], ["victim"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "полиция оны әкесінің үйінен алып кетіп, «оқуға» жіберген"),
            ("detention.internment_camp", "Ол лагерьде бір жыл отырды"),
            ("indoctrination.political", "күн сайын партияны мадақтайтын әндерді айтуға мәжбүрлеген"),
            ("movement.passport_confiscation", "төлқұжатын қайтармады"),
            ("family.separation", "Жаркенттегі әйелі мен үш баласына орала алмай отыр")]),
    P("p4", "Ержан Жақсылық", ["Ержан Жақсылық"], ["victim"], gender="male", rel=[("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "Ол 2019 жылы Құлжада ұсталды"),
            ("disappearance.enforced", "Қазір оның қайда екенін отбасына ешкім айтпайды"),
            ("detention.incommunicado", "Қазір оның қайда екенін отбасына ешкім айтпайды")]),
    P("p5", "Сәуле Омарқызы", ["Сәуле Омарқызы"], ["victim"], gender="female",
      viol=[("transnational.harassment", "оған Үрімжіден полиция жиі қоңырау шалып, «елге қайт, әйтпесе туыстарыңа жаман болады» деп қорқытады")]),
]
PLACES = [L("Zharkent", ["Жаркент", "Жаркенттегі"]), L("Ghulja", ["Құлжадағы", "Құлжада"]), L("China", ["Қытайда"]),
          L("Almaty", ["Алматыда"]), L("Urumqi", ["Үрімжіден"])]
DATES = [D("2025 жылғы 19 ақпан", "2025-02-19", "day"), D("2017 жылдың желтоқсанында", "2017-12", "month"),
         D("2018 жылғы 5 қаңтарда", "2018-01-05", "day"), D(("2019 жылы", 0), "2019", "year"), D(("2019 жылы", 1), "2019", "year")]
EVENTS = [("arrest", "p3", "2018-01-05"), ("detention", "p3", "2018-01-05"), ("release", "p3", "2019"),
          ("arrest", "p4", "2019"), ("detention", "p4", "2019")]
NEGATED = [("p5", "detention.arbitrary_arrest", "Қытайда ұсталған жоқ")]
FORBIDDEN = []
