FILE = "ug01_sheiriyet_mukapati.txt"
LANG = "ug"
DATE = "2022-11-20"
NOTE = ("Literary prize citation (bahalash sözi) of a diaspora writers' association in Istanbul for a detained poet "
        "awarded in absentia, Uyghur Arabic script written in ULY and converted, FULL gold. Poet 'Mutellip Rozi' (case "
        "forms Rozigha, Rozining; born 1961), daughter 'Mahire Mutellip' (surname = father's given name) receives the "
        "prize. Taken from home in April 2018 with no papers, held in a 'terbiyilesh merkizi' (camp), daily Chinese "
        "and renouncing his own poems, sentenced at the end of 2019 (dated sentencing) to seven years, no contact, "
        "prison unknown (incommunicado + enforced disappearance). Wife 'Ruqiye xanim': camera at the door "
        "(surveillance.checkpoint) and cannot go out alone (house arrest); 'Ruqiye xanim tutulmighan' negated "
        "arbitrary arrest. Son 'Dilmurat' sent to a Kashgar factory is hearsay the jury cannot prove: no code, no "
        "event ('2020-yili' is still a date). Anonymous call to the daughter 'Ötken yili' (-> 2021) = transnational "
        "harassment. Book title with 'Ili' and the prize name are not places; 'ottuz yil', 'yette yilliq', 'yette ay' "
        "are not dates.")
ORGS = ["Türkiyediki Uyghur Edebiyat Jem'iyiti", "Ipek Qelem", "Ili deryasi boyida"]
PERSONS = [
    P("p1", "Mutellip Rozi", ["Mutellip Rozi", "Mutellip Rozigha", "Mutellip Rozining"], ["victim"], gender="male",
      birth_year=1961, rel=[("father", "p2"), ("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "saqchilar uni öyidin héchqandaq höjjet körsetmey élip ketken"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge qamighan"),
            ("indoctrination.political", "her küni xitayche öginish we öz sheirliridin towa qilish buyrulghan"),
            ("detention.prison_sentence", "yette yilliq qamaq jazasigha höküm qilin'ghan"),
            ("detention.incommunicado", "ailisi uning bilen héch alaqilishalmidi"),
            ("disappearance.enforced", "uning qaysi türmide ikenlikini héch kim éytmaydu")]),
    P("p2", "Mahire Mutellip", ["Mahire Mutellip"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "uninggha namelum bir adem téléfon qilip")]),
    P("p3", "Ruqiye", ["Ruqiye"], ["relative", "victim"], gender="female", rel=[("wife", "p1"), ("mother", "p2"), ("mother", "p4")],
      viol=[("surveillance.checkpoint", "öyining ishikige kamera ornitilghan"),
            ("detention.house_arrest", "u öyidin yalghuz chiqalmaydu")]),
    P("p4", "Dilmurat", ["Dilmurat"], ["relative"], gender="male", rel=[("son", "p3"), ("son", "p1"), ("brother", "p2")]),
    P("p5", "Abdughopur Qasim", ["Abdughopur Qasim"], ["other"], gender="male"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulgha"]),
    L("Ghulja", ["Ghuljida", "Ghuljidiki"]),
    L("Kashgar", ["Qeshqerdiki"]),
]
DATES = [
    D("2022-yili 20-noyabir", "2022-11-20", "day"),
    D("bu yil", "2022", "year"),
    D("1961-yili", "1961", "year"),
    D("2009-yili", "2009", "year"),
    D("2018-yili aprélda", "2018-04", "month"),
    D("2019-yilining axirida", "2019", "year"),
    D("2020-yili", "2020", "year"),
    D("2016-yili", "2016", "year"),
    D("Ötken yili", "2021", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-04"),
    ("detention", "p1", "2018-04"),
    ("sentencing", "p1", "2019"),
    ("exit", "p2", "2016"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Ruqiye xanim tutulmighan")]
FORBIDDEN = []
