FILE = "ug01_rehmetname.txt"; LANG = "ug"; DOC_DATE = "2025-06-22"
NOTE = ("Wedding thank-you notice of a family in Istanbul, Uyghur Arabic script (written in ULY, tools/uly/ug01_rehmetname.uly). "
        "Gold covers persons, places and dates only: events, negated and forbidden are [] and every person's violations are "
        "[] (do not score events or codes). Child's surname = father's given name: Batur Nizamidin <- Nizamidin Eysa, whose "
        "younger brother Ekrem Eysa shares the surname Eysa; Sadaqet Yalqun <- Yalqun Mamut ('Yalqun' inside 'Sadaqet "
        "Yalqunning' is no mention of the father). Mentions and places are whole words with suffixes (genitive -ning, "
        "locative -da, ablative -din, dative -ge/-gha). 'Abduxaliq Qari': honorific part of the listed name. The signature "
        "'Ekrem Eysa' is a mention; 'Nizamidin Eysa ailisi namidin' (on behalf of the family) is a mention of Nizamidin. "
        "'shu kündin' = the day of the 2017 taking (year precision); 'Ötken hepte' -> 2025-06; age at the taking 'ellik ikki "
        "yashta' (52); 'yigirme alte yashta' (26). 'Ghulja we Qumul usulida' are modifier mentions.")
PERSONS = [
 dict(id="p1", name="Batur Nizamidin", names=["Batur Nizamidin", "Batur", "Baturning"], roles=["relative"], gender="male",
      birth_year=1996, relations=[("son", "p5"), ("husband", "p2"), ("nephew", "p6")]),
 dict(id="p2", name="Sadaqet Yalqun", names=["Sadaqet Yalqunning", "Sadaqet", "Sadaqetning"], roles=["relative"], gender="female",
      age=26, relations=[("wife", "p1"), ("daughter", "p4"), ("daughter", "p7")]),
 dict(id="p3", name="Abduxaliq Qari", names=["Abduxaliq Qari"], roles=["other"], gender="male"),
 dict(id="p4", name="Yalqun Mamut", names=["Yalqun Mamut"], roles=["relative"], gender="male", relations=[("father", "p2")]),
 dict(id="p5", name="Nizamidin Eysa", names=["Nizamidin Eysa", "Nizamidinning"], roles=["victim", "relative"], gender="male", age=52,
      relations=[("father", "p1"), ("brother", "p6")]),
 dict(id="p6", name="Ekrem Eysa", names=["Ekrem Eysa"], roles=["relative"], gender="male", relations=[("brother", "p5"), ("uncle", "p1")]),
 dict(id="p7", name="Meryemgül Tursun", names=["Meryemgül Tursun"], roles=["relative"], gender="female", relations=[("mother", "p2")]),
]
for p in PERSONS: p["name"] = p["name"]
PLACES = [
 dict(name="Istanbul", names=["Istanbulda", "Istanbulgha", "Istanbul"]), dict(name="Turkey", names=["Türkiye", "Türkiyege"]),
 dict(name="Kazakhstan", names=["Qazaqistan", "Qazaqistan'gha"]), dict(name="Germany", names=["Gérmaniye", "Gérmaniyidin"]),
 dict(name="United States", names=["Amérikidin"]), dict(name="Kumul", names=["Qumul shehiride", "Qumulda", "Qumul"]),
 dict(name="Ili Kazakh Autonomous Prefecture", names=["Ili wilayitining"]),
 dict(name="Chapchal County", names=["Chapchal nahiyiside", "Chabuchaer"]), dict(name="Ghulja", names=["Ghuljida", "Ghulja"]),
 dict(name="Ürümqi", names=["Ürümchidin"]), dict(name="Almaty", names=["Almutidin"]),
]
DATES = [
 ("2025-yili 14-iyun küni", "2025-06-14", "day"), ("1996-yili", "1996", "year"), ("2016-yili", "2016", "year"),
 ("2019-yili", "2019", "year"), ("2017-yili küzde", "2017", "year"), ("shu kündin", "2017", "year"), ("2018-yili", "2018", "year"),
 ("Ötken hepte", "2025-06", "month"), ("2025-yili 22-iyun", "2025-06-22", "day"),
]
EVENTS = []; NEGATED = []; FORBIDDEN = []
