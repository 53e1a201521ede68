FILE = "en03_vet_client_note.txt"
LANG = "en"
DATE = "2023-04-18"
NOTE = ("Veterinary hospital's internal client-communication note. The patient 'Manas' is a dog (not a person; 'Kyrgyz "
        "Taigan' is a breed, no ethnicity). Chart field 'TURSUNBEK KYZY, Nurila' gives two mentions (patronymic + given name). "
        "Kyrgyz naming: Adilet Tursunbek uulu and Nurila Tursunbek kyzy <- Tursunbek Asanov. The attending vet (narrator, "
        "signs 'H. Lindqvist') has roles narrator + other. 'Canadian permanent resident' is no citizenship. 'AB' = Alberta. "
        "Taken to a camp in autumn 2018 -> arrest + detention 2018 (season with year = year); squatting for hours in the yard "
        "in the snow = stress position + exposure; 'He was not beaten' negated; signing a promise never to pray = forced "
        "confession + religious ban (also the shaved beard); let out in 2021 but sent straight to a factory without pay = "
        "release + forced labour. Father died at home in 2020: death event, death.in_custody forbidden. Weight dates "
        "'2023-01-09' (ISO) is a day date; 'May 2024' is after the document date (not annotated); 'six weeks', 'more than "
        "four years' are periods. Villagers 'still in factories' is a background statement.")
ORGS = ["BOW RIVER ANIMAL HOSPITAL"]
PERSONS = [
    P("p1", "Nurila Tursunbek kyzy", ["TURSUNBEK KYZY", "Nurila"], ["witness", "relative"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p3")]),
    P("p2", "Adilet Tursunbek uulu", ["Adilet Tursunbek uulu", "Adilet"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.internment_camp", "was taken in autumn 2018 from their village in Akto county (Aqto in Chinese) to a camp near the county town"),
            ("coercion.forced_confession", "made to sign a paper promising never to pray again"),
            ("culture.religious_ban", "his beard was shaved off on the first day"),
            ("torture.stress_position", "made to squat for hours in the yard"),
            ("torture.exposure", "squat for hours in the yard in the snow"),
            ("labour.forced_labour", "sent straight to a glove factory in Artux, where he worked for a year without pay and could not refuse")]),
    P("p3", "Tursunbek Asanov", ["Tursunbek Asanov"], ["relative"], gender="male", rel=[("father", "p1"), ("father", "p2")]),
    P("p4", "Hannah Lindqvist", ["Hannah Lindqvist", "H. Lindqvist"], ["narrator", "other"], gender="female"),
]
PLACES = [
    L("Calgary", ["Calgary"]),
    L("Alberta", ["AB"]),
    L("Almaty", ["Almaty"]),
    L("China", ["China"]),
    L("Irkeshtam", ["Irkeshtam"]),
    L("Akto County", ["Akto county", "Aqto", "Akto"]),
    L("Artux", ["Artux"]),
]
DATES = [
    D("18 April 2023", "2023-04-18", "day"),
    D("2023-01-09", "2023-01-09", "day"),
    D("since [[2019]]", "2019", "year"),
    D("2 March", "2023-03-02", "day"),
    D("30 March", "2023-03-30", "day"),
    D("late February", "2023-02", "month"),
    D("autumn 2018", "2018", "year"),
    D("In [[2021]]", "2021", "year"),
    D("Akto in [[2020]]", "2020", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2021"),
    ("exit", "p2", "2023-02"),
    ("death", "p3", "2020"),
]
NEGATED = [("p2", "torture.beating", "He was not beaten")]
FORBIDDEN = [("p3", "death.in_custody")]
