FILE = "fr01_refus_procuration.txt"
LANG = "fr"
DATE = "2023-06-19"
NOTE = ("French bank's letter refusing a daughter's request for a power of attorney (procuration) on her father's "
        "account, restating her explanation in indirect speech ('Vous nous indiquez que ... ; que ... ; que ...'). "
        "Addressee 'Reyhangül MAHMUT' (capitals), father 'Obulqasim MAHMUT' / 'M. Mahmut' (the bare surname refers to "
        "the father), mother 'Aynur TURSUN'; adviser Sophie Delcourt (other). Streets named after people "
        "(Henri-Barbusse, Francis-de-Pressensé) and the court 'tribunal judiciaire de Lyon' are not mentions. Father: "
        "'conduit quelques semaines plus tard' into a 'centre de transformation par l'éducation' (arbitrary arrest + "
        "internment camp, arrest undated), reciting texts praising the Party (indoctrination), living at his sister's "
        "without the right to leave the neighbourhood (house arrest), passport taken (passport), cannot come back to "
        "wife and daughter (family separation), calls listened to (digital surveillance). Mother 'n'a jamais été "
        "interpellée' negated. 'le 2 juin dernier' -> 2023-06-02; account and reference numbers, postcodes not dates.")
ORGS = ["BANQUE DU LYONNAIS ET DU DAUPHINÉ", "8, avenue Henri-Barbusse", "rue Francis-de-Pressensé",
        "tribunal judiciaire de Lyon"]
PERSONS = [
    P("p1", "Reyhangül Mahmut", ["Reyhangül MAHMUT"], ["relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Obulqasim Mahmut", ["Obulqasim MAHMUT", "Mahmut"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "a été conduit quelques semaines plus tard dans un « centre de transformation par l'éducation »"),
            ("detention.internment_camp", "« centre de transformation par l'éducation », où il est resté jusqu'en 2019"),
            ("indoctrination.political", "qu'on l'y obligeait à réciter chaque semaine des textes à la gloire du Parti"),
            ("detention.house_arrest", "sans avoir le droit de quitter le quartier sans l'accord du comité"),
            ("movement.passport_confiscation", "que son passeport lui a été retiré dès son arrivée"),
            ("family.separation", "qu'il ne peut donc pas revenir auprès de vous et de votre mère"),
            ("surveillance.digital", "ses appels sont écoutés")]),
    P("p3", "Aynur Tursun", ["Aynur TURSUN"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p1")]),
    P("p4", "Sophie Delcourt", ["Sophie Delcourt"], ["other"], gender="female"),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Turpan", ["Tourfan"]),
    L("Urumqi", ["Ürümqi"]),
]
DATES = [
    D("le 19 juin 2023", "2023-06-19", "day"),
    D("le 2 juin dernier", "2023-06-02", "day"),
    D("mai 2017", "2017-05", "month"),
    D("2019", "2019", "year"),
    D("2016", "2016", "year"),
]
EVENTS = [
    ("return", "p2", "2017-05"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("release", "p2", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "n'a jamais été interpellée")]
FORBIDDEN = []
