FILE = "en05_human_library_catalogue.txt"
LANG = "en"
DATE = "2024-11-16"
NOTE = ("Human Library event catalogue: organiser name with a city (MALMÖ CITY LIBRARY: org), 'Reading Room 2', clock times, "
        "'Book 1-3' labels and quoted book titles (not persons); each Book is a real person. Uyghur naming: Nadira Kurban <- "
        "Kurban Sopi; Kyrgyz Bakyt Toktogul uulu; Kazakh Arman Serikuly with mother Gaukhar Zhumagaliyeva (different surnames). "
        "Father: taken from his clinic to a camp (no arbitrary-arrest wording), home in 2020, unpaid factory work until 'last year' "
        "(-> 2023, forced labour). Daughter in Malmö rung by an Aksu policeman (transnational harassment). Driver kept three days at "
        "Torugart: pretrial detention, no charge (arbitrary arrest), blood and fingerprints (biometric), phone copied (digital); "
        "'He was not beaten' negated next to the co-driver's beating during questioning; co-driver not allowed to leave China "
        "(exit ban). Son: camp after WhatsApp found, Chinese only (language ban). Mother 'has not herself been detained' "
        "(negated); 'only watched' is no code. Onsu = Wensu; Burultokay = Fuhai; 'Swedish' is an adjective (not a place). "
        "The next Human Library (no date) is not annotated."
        " Guard banging every hour so he could not sleep (sleep deprivation); co-driver strapped into a metal chair (tiger chair).")
ORGS = ["MALMÖ CITY LIBRARY"]
PERSONS = [
    P("p1", "Nadira Kurban", ["Nadira Kurban", "Nadira"], ["witness", "relative", "victim"], gender="female", age=29,
      rel=[("daughter", "p2")],
      viol=[("transnational.harassment", "a policeman from Aksu rang Nadira here in Malmö and asked her to film her workplace and send him the video")]),
    P("p2", "Kurban Sopi", ["Kurban Sopi"], ["victim", "relative"], gender="male", rel=[("father", "p1")],
      viol=[("detention.internment_camp", "was taken from his clinic to a camp in Onsu (Wensu) county"),
            ("labour.forced_labour", "was sent straight to a glove factory where he had to sew for no pay until last year")]),
    P("p3", "Bakyt Toktogul uulu", ["Bakyt Toktogul uulu", "Bakyt"], ["witness", "victim"], gender="male", age=47,
      viol=[("detention.pretrial", "kept Bakyt for three days in a room without a bed"),
            ("detention.arbitrary_arrest", "No charge was ever made"),
            ("medical.biometric_collection", "They took his blood and fingerprints"),
            ("surveillance.digital", "copied everything on his phone"),
            ("torture.sleep_deprivation", "a guard banged on the door every hour so that he could not sleep")]),
    P("p4", "Zunun Obul", ["Zunun Obul"], ["victim"], gender="male", ethnicity="Uyghur",
      viol=[("torture.tiger_chair", "was strapped into a metal chair"),
            ("torture.beating", "slapped and kicked while being questioned"),
            ("movement.passport_confiscation", "not allowed to leave China for two months")]),
    P("p5", "Gaukhar Zhumagaliyeva", ["Gaukhar Zhumagaliyeva", "Gaukhar"], ["witness", "relative"], gender="female", age=52,
      rel=[("mother", "p6")]),
    P("p6", "Arman Serikuly", ["Arman Serikuly"], ["victim", "relative"], gender="male", rel=[("son", "p5")],
      viol=[("detention.internment_camp", "He spent eighteen months in a \"study centre\" near Ürümqi"),
            ("culture.language_ban", "he was made to speak only Chinese"),
            ("surveillance.digital", "WhatsApp was found on his phone")]),
]
PLACES = [
    L("Malmö", ["Malmö"]),
    L("Aksu", ["Aksu"]),
    L("Sweden", ["Sweden"]),
    L("Wensu County", ["Onsu", "Wensu"]),
    L("Osh", ["Osh"]),
    L("Kyrgyzstan", ["Kyrgyzstan"]),
    L("Torugart", ["Torugart"]),
    L("China", ["China"]),
    L("Karakol", ["Karakol"]),
    L("Kashgar", ["Kashgar"]),
    L("Fuhai County", ["Burultokay", "Fuhai"]),
    L("Altay Prefecture", ["Altay prefecture"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Urumqi", ["Ürümqi"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("16 November 2024", "2024-11-16", "day"),
    D("study in [[2016]]", "2016", "year"),
    D("February 2018", "2018-02", "month"),
    D("home in [[2020]]", "2020", "year"),
    D("last year", "2023", "year"),
    D("In [[2021]] a policeman", "2021", "year"),
    D("the spring of 2018", "2018", "year"),
    D("Kazakhstan in [[2006]]", "2006", "year"),
    D("Sweden in [[2022]]", "2022", "year"),
    D("Ürümqi in [[2017]]", "2017", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2018-02"),
    ("detention", "p2", "2018-02"),
    ("release", "p2", "2020"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2018"),
    ("interrogation", "p4", "2018"),
    ("detention", "p6", "2017"),
    ("release", "p6", None),
]
NEGATED = [("p3", "torture.beating", "He was not beaten"),
           ("p5", "detention.arbitrary_arrest", "She has not herself been detained in China")]
FORBIDDEN = []
