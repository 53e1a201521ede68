FILE = "fr02_association_recit_etudiante.txt"
LANG = "fr"
DATE = "2021-04-12"
NOTE = ("French association's members' newsletter (12 April 2021 = document date), rubric on people who went back: the "
        "account of a returned student from Lyon, from her friend and from her own message of January 2021. "
        "'Reyhangul Abliz' / 'Reyhangul': told through her father to come back under threat to the family (transnational "
        "harassment: pressure on her while abroad), left France 29 March 2017 (return event), taken by police at Urumqi "
        "airport (arbitrary arrest), eleven months in a camp in Korla (camp) with Chinese and patriotic songs every "
        "morning (indoctrination), parents did not know where she was (disappearance + incommunicado; disappearance "
        "event at the taking), out in February 2018 (release) and assigned to a garment factory she cannot leave "
        "(forced labour), passport kept by the neighbourhood committee (passport confiscation); the ban on leaving the "
        "city is not coded; 'elle n'a jamais été jugée' (negated prison sentence). Her 'va bien' is not coded. Father "
        "'Abliz Mahmut' (name trap: her surname is his given name): summoned after each of her calls to France "
        "(family reprisal; no event: no questioning told). Friend 'Camille Vautrin' is a witness. The arrival date is "
        "March 2017 (month). The association's name holds no place mention.")
ORGS = ["Les Amis de Kachgar"]
PERSONS = [
    P("p1", "Reyhangul Abliz", ["Reyhangul Abliz", "Reyhangul"], ["victim", "witness"], gender="female",
      rel=[("daughter", "p2")],
      viol=[("transnational.harassment", "la police du quartier exigeait qu'elle rentre avant la fin du mois, sinon « toute la famille aurait des ennuis »"),
            ("detention.arbitrary_arrest", "elle a été emmenée par des policiers"),
            ("detention.internment_camp", "Elle a passé onze mois dans un camp à Korla"),
            ("indoctrination.political", "où l'on enseignait le chinois et des chants patriotiques tous les matins"),
            ("disappearance.enforced", "ses parents n'ont pas su où elle se trouvait"),
            ("detention.incommunicado", "ses parents n'ont pas su où elle se trouvait"),
            ("movement.passport_confiscation", "son passeport est gardé par le comité de quartier"),
            ("labour.forced_labour", "Elle travaille dans une usine de confection à laquelle elle a été affectée à sa sortie, sans pouvoir démissionner")]),
    P("p2", "Abliz Mahmut", ["Abliz Mahmut"], ["relative", "victim"], gender="male", rel=[("father", "p1")],
      viol=[("family.reprisal", "a été convoqué au commissariat après chacun de ses appels vers la France")]),
    P("p3", "Camille Vautrin", ["Camille Vautrin"], ["witness"], gender="female"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Korla", ["Korla"]),
    L("Urumqi", ["Urumqi"]),
    L("France", ["France"]),
]
DATES = [
    D("12 avril 2021", "2021-04-12", "day"),
    D("reçu en [[janvier]]", "2021-01", "month"),
    D("En [[mars 2017]]", "2017-03", "month"),
    D("le 29 mars 2017", "2017-03-29", "day"),
    D("février 2018", "2018-02", "month"),
    D("message de [[janvier]]", "2021-01", "month"),
]
EVENTS = [
    ("return", "p1", "2017-03-29"),
    ("arrest", "p1", "2017-03"),
    ("detention", "p1", "2017-03"),
    ("disappearance", "p1", "2017-03"),
    ("release", "p1", "2018-02"),
]
NEGATED = [("p1", "detention.prison_sentence", "elle n'a jamais été jugée")]
FORBIDDEN = []
