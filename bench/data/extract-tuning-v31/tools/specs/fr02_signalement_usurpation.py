FILE = "fr02_signalement_usurpation.txt"
LANG = "fr"
DATE = "2022-05-10"
NOTE = ("Social network's impersonation report (breadcrumb, ticket line, reported-profile block, description, attachments, "
        "platform reply). 'Kiosko', 'Centre d'aide Kiosko', 'Équipe Intégrité' are organisations; the fake profile name « Mahire "
        "Abla officiel » is a label, not a mention. Mother 'Mahire ABLA' / 'Mahire Abla'; son 'Dilmurat Nasir' and father 'Nasir "
        "Qurban' (son's surname = father's given name); sister 'Gulnar' by given name; agent 'Sophie M.' (other). Trap: the fake "
        "profile's « je n'ai jamais été enfermée » is propaganda put in her mouth, not a denial: internment camp stays gold, nothing "
        "negated for her. Arrested for keeping Uyghur textbooks = arbitrary arrest + language ban; IUD fitted in the camp without "
        "consent = forced contraception; camera at her door = surveillance.checkpoint; head shaving not coded; coerced script is "
        "hedged ('je ne peux pas le prouver'): no forced confession. 'en mars' -> 2022-03 (messages to Gulnar = transnational "
        "harassment). Father 'n'a pas été détenu' and narrator 'je n'ai pas reçu de menaces' negated.")
ORGS = ["Centre d'aide Kiosko", "Kiosko", "Équipe Intégrité", "Mahire Abla officiel"]
PERSONS = [
    P("p1", "Dilmurat Nasir", ["Dilmurat Nasir"], ["narrator", "relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4")]),
    P("p2", "Mahire Abla", ["Mahire ABLA", "Mahire Abla"], ["victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p3")],
      viol=[("detention.arbitrary_arrest", "Ma mère a été arrêtée le 14 octobre 2017 à son école"),
            ("culture.language_ban", "parce qu'elle avait gardé des manuels en ouïghour"),
            ("detention.internment_camp", "Elle a passé plus de deux ans dans un camp à Lop"),
            ("reproductive.forced_contraception", "on lui avait posé un stérilet là-bas sans son accord"),
            ("surveillance.checkpoint", "une caméra devant sa porte")]),
    P("p3", "Nasir Qurban", ["Nasir Qurban"], ["relative"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p2")]),
    P("p4", "Gulnar", ["Gulnar"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p1")],
      viol=[("transnational.harassment", "a reçu en mars des messages de ce profil lui demandant de « rentrer au pays pour voir maman »")]),
    P("p5", "Sophie M.", ["Sophie M."], ["other"], gender="female"),
]
PLACES = [L("Lyon", ["Lyon"]), L("Hotan", ["Hotan"]), L("Lop", ["Lop"])]
DATES = [
    D("9 mai 2022", "2022-05-09", "day"),
    D("2 avril 2022", "2022-04-02", "day"),
    D("jusqu'en [[2017]]", "2017", "year"),
    D("le 14 octobre 2017", "2017-10-14", "day"),
    D("janvier 2020", "2020-01", "month"),
    D("en [[mars]] des", "2022-03", "month"),
    D("mère en [[2016]]", "2016", "year"),
    D("10 mai 2022", "2022-05-10", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-10-14"), ("detention", "p2", "2017-10-14"), ("release", "p2", "2020-01"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "n'a pas été détenu"),
           ("p1", "transnational.harassment", "je n'ai pas reçu de menaces")]
FORBIDDEN = []
