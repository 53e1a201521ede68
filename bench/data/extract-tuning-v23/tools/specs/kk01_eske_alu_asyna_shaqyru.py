FILE = "kk01_eske_alu_asyna_shaqyru.txt"
LANG = "kk"
DATE = "2021-09-10"
NOTE = ("Family's invitation to a first-anniversary memorial feast (еске алу асына шақыру), Kazakh Cyrillic, full gold. The "
        "deceased's name in capitals with the genitive suffix ('БЕКБОЛАТ ТҰРСЫНҰЛЫНЫҢ'), later 'Бекболат ағаны'; his brother "
        "'Қайрат Тұрсынұлы' then 'Қайратты'; children's patronymics 'Бекболатұлы'/'Бекболатқызы' are not mentions of the father. "
        "The imam 'Дәулет қажы Сәрсенбаев' is role other. '«Ақ Орда»' (a banquet hall) is an org. Life dates '(1949–2020)' are "
        "two year dates; the feast date (2 October 2021) is after the document date and not annotated; 'Осыдан жеті жыл бұрын' "
        "-> 2014, 'Өткен жылы қазан айында' -> 2020-10 (when the family was told; the death event takes the year 2020 of the life dates) and 'биыл көктемде' -> 2021 anchored on the closing date 10.09.2021; "
        "'Бір жылдан кейін' chained on 2018-02 -> 2019. 'біз, балалары' (we) = the two signatories, who emigrated with their "
        "mother (exit 2014). Father: arrested for a trip to Kazakhstan and WhatsApp on his phone (arbitrary arrest + digital "
        "surveillance), camp in Shäueshek (Tacheng), no contact, woken every two hours (sleep deprivation), diabetes untreated, "
        "died in the centre (death in custody). 'Бекболат ағаны ұрған жоқ' (the fellow detainee's account) = negated beating. "
        "'Кейбіреулер ... сотталған деп айтады, бірақ ... құжат көрген жоқпыз' = hedged sentence: neither gold nor forbidden. "
        "The mother died at home in Üsharal: death event, death.in_custody forbidden. Uncle held two weeks and questioned about "
        "his brother (arbitrary arrest, interrogation), passport not returned. The fellow villager Серік Мұқанұлы is witness "
        "and former camp detainee.")
ORGS = ["«Ақ Орда»"]
PERSONS = [
    P("p1", "Бекболат Тұрсынұлы", ["БЕКБОЛАТ ТҰРСЫНҰЛЫНЫҢ", "Бекболат"], ["victim", "relative"], gender="male",
      birth_year=1949,
      rel=[("father", "p5"), ("father", "p6"), ("husband", "p2"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "Қазақстанға барып келгені үшін және телефонында WhatsApp болғаны үшін ұстап"),
            ("surveillance.digital", "телефонында WhatsApp болғаны үшін"),
            ("detention.internment_camp", "Шәуешектегі «білім беру орталығына» апарды"),
            ("detention.incommunicado", "бізге хат та, хабар да жоқ болды"),
            ("torture.sleep_deprivation", "түнде екі сағат сайын оятып, ұйықтатпаған"),
            ("ill_treatment.denied_medical_care", "Қант диабеті асқынып кетсе де, дәрігерге көрсетпеген"),
            ("death.in_custody", "әкеміздің сол орталықта қайтыс болғанын")]),
    P("p2", "Зәуре Әбілқызы", ["Зәуре Әбілқызының"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p5"), ("mother", "p6")]),
    P("p3", "Серік Мұқанұлы", ["Серік Мұқанұлы"], ["witness", "victim"], gender="male",
      viol=[("detention.internment_camp", "сол орталықтан шыққан")]),
    P("p4", "Қайрат Тұрсынұлы", ["Қайрат Тұрсынұлы", "Қайратты"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("uncle", "p5"), ("uncle", "p6")],
      viol=[("detention.arbitrary_arrest", "ағасы туралы сұрап, екі апта ұстап"),
            ("torture.beating", "ұрып-соғып"),
            ("movement.passport_confiscation", "Төлқұжатын әлі қайтарған жоқ")]),
    P("p5", "Нұрлыбек Бекболатұлы", ["Нұрлыбек Бекболатұлы"], ["relative", "narrator"], gender="male",
      rel=[("son", "p1"), ("son", "p2"), ("nephew", "p4")]),
    P("p6", "Айнұр Бекболатқызы", ["Айнұр Бекболатқызы"], ["relative", "narrator"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p2"), ("niece", "p4")]),
    P("p7", "Дәулет қажы Сәрсенбаев", ["Дәулет қажы Сәрсенбаев"], ["other"], gender="male"),
]
PLACES = [
    L("Üsharal", ["Үшарал", "Үшаралда"]),
    L("Toli", ["Толы", "Толыда"]),
    L("China", ["Қытайдың"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстанда"]),
    L("Tacheng (Shäueshek)", ["Шәуешектегі"]),
    L("Almaty", ["Алматыға"]),
]
DATES = [
    D("1949", "1949", "year"),
    D("2020", "2020", "year"),
    D("биыл көктемде", "2021", "year"),
    D("Осыдан жеті жыл бұрын", "2014", "year"),
    D("2018 жылдың ақпанында", "2018-02", "month"),
    D("Бір жылдан кейін", "2019", "year"),
    D("Өткен жылы қазан айында", "2020-10", "month"),
    D("2019 жылы", "2019", "year"),
    D("10.09.2021", "2021-09-10", "day"),
]
EVENTS = [
    ("exit", "p2", "2014"), ("exit", "p5", "2014"), ("exit", "p6", "2014"),
    ("arrest", "p1", "2018-02"), ("detention", "p1", "2018-02"), ("death", "p1", "2020"),
    ("release", "p3", "2019"), ("exit", "p3", "2019"),
    ("arrest", "p4", "2019"), ("interrogation", "p4", "2019"), ("release", "p4", "2019"),
    ("death", "p2", "2021"),
]
NEGATED = [("p1", "torture.beating", "Бекболат ағаны ұрған жоқ")]
FORBIDDEN = [("p2", "death.in_custody")]
