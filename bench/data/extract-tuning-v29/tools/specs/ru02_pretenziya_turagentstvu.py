FILE = "ru02_pretenziya_turagentstvu.txt"
LANG = "ru"
DATE = "2024-04-08"
NOTE = ("Consumer claim (претензия) to a Bishkek travel agency for a refund of a Kashgar tour after the husband was "
        "refused entry at Torugart (addressee block in the dative 'Садыкову Р. Т.', sender in the genitive "
        "'Абдыкадыровой Айпери Асановны', contract number, law, attachments, signature 'Абдыкадырова А. А.'). Husband "
        "'Абдыкадыров Мурат' / 'Абдыкадыров М.'; his uncle only in the prepositional 'Ахмедове Хамите', later 'дядю'. "
        "Husband held eleven hours by Chinese border guards: arrest + detention + interrogation + release (same day), "
        "arbitrary arrest, phone read (digital), fingerprints + voice (biometric), made to sign an untranslated paper "
        "(forced confession). Uncle 'в 2018 году забрали в лагерь', nothing known for six years = arbitrary arrest + "
        "camp + enforced disappearance; his later sentence is rumour ('По слухам ... проверить не можем'): neither. "
        "«Меня не задерживали и не допрашивали» negates arbitrary arrest of the narrator beside her phone returned with "
        "an installed app (digital). Travel to China is no exit/return. 'Кашгар' inside the tour title is the "
        "destination (a place mention); 'Ала-Тоо' and 'Кыргызской Республики' inside names of an agency and a law are "
        "not. Contract no., clause 7.4, amounts and durations are not dates. Manager 'Токтогулова Жылдыз' = other.")
ORGS = ["ОсОО «Ала-Тоо Трэвел»", "Закона Кыргызской Республики «О защите прав потребителей»"]
PERSONS = [
    P("p1", "Абдыкадырова Айпери Асановна", ["Абдыкадыровой Айпери Асановны", "Абдыкадырова А. А."],
      ["narrator", "victim", "relative"], gender="female", rel=[("wife", "p2")],
      viol=[("surveillance.digital", "мой телефон тоже забрали на час и вернули с установленным приложением")]),
    P("p2", "Абдыкадыров Мурат", ["Абдыкадыров Мурат", "Абдыкадыров М."], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("nephew", "p3")],
      viol=[("detention.arbitrary_arrest", "Мужа продержали там одиннадцать часов"),
            ("surveillance.digital", "У него забрали телефон, просмотрели переписку и фотографии"),
            ("medical.biometric_collection", "взяли отпечатки пальцев и записали голос"),
            ("coercion.forced_confession", "заставили подписать бумагу на китайском языке, которую ему не перевели")]),
    P("p3", "Ахмедов Хамит", ["Ахмедове Хамите"], ["victim", "relative"], gender="male", rel=[("uncle", "p2")],
      viol=[("detention.arbitrary_arrest", "в 2018 году забрали в лагерь"),
            ("detention.internment_camp", "лагерь под Кашгаром"),
            ("disappearance.enforced", "о котором семья ничего не знает уже шесть лет")]),
    P("p4", "Садыков Р. Т.", ["Садыкову Р. Т."], ["other"], gender="male"),
    P("p5", "Токтогулова Жылдыз", ["Токтогулова Жылдыз"], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Dzhal", ["Джал"]),
    L("Kashgar", ["Кашгар", "Кашгаром"]),
    L("Torugart", ["Торугарт"]),
    L("China", ["КНР"]),
]
DATES = [
    D("16 марта 2024 года", "2024-03-16", "day"),
    D("02.02.2024", "2024-02-02", "day"),
    D("16.03.2024", "2024-03-16", "day"),
    D("23.03.2024", "2024-03-23", "day"),
    D("2018 году", "2018", "year"),
    D("29 марта", "2024-03-29", "day"),
    D("29.03.2024", "2024-03-29", "day"),
    D("08.04.2024", "2024-04-08", "day"),
]
EVENTS = [
    ("arrest", "p2", "2024-03-16"),
    ("detention", "p2", "2024-03-16"),
    ("interrogation", "p2", "2024-03-16"),
    ("release", "p2", "2024-03-16"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Меня не задерживали и не допрашивали")]
FORBIDDEN = []
