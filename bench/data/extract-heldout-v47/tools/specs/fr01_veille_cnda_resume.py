FILE = "fr01_veille_cnda_resume.txt"
LANG = "fr"
DATE = "2022-09-05"
NOTE = ("Paris law firm's case-law newsletter (veille jurisprudentielle, 5 September 2022 = document date) summarising "
        "a CNDA decision of 13 July 2022 (hearing 22 June 2022; OFPRA refusal 14 January 2021). Applicant 'Ablikim "
        "HEMDULLA' / 'Ablikim Hemdulla' / 'M. Hemdulla' (Chinese nationality, Uyghur, born 21 February 1990 in Ghulja; in Cairo "
        "from 2015 = one exit): pressure passed through his sister to send his residence permit and come back, held "
        "established by the Court (transnational harassment, though told in the conditional of reported speech); his "
        "arrest in Cairo is held not established (hedge: neither gold nor forbidden; no event); 'Il n'a jamais été "
        "condamné en Chine' (negated prison sentence). Father 'Hemdulla Tursun' (name trap: the applicant's surname): "
        "taken by police to the Ghulja 'centre de formation' in September 2017 (arbitrary arrest + camp; arrest and "
        "detention events). Sister 'Nurgul Hemdulla': called by police and made to pass the message (family reprisal). "
        "Lawyer 'Claire Berthier' (title 'Me' left out; the firm is an organisation) is other. The paragraph on "
        "public sources is general (no person, no event). Case and issue numbers are not dates.")
ORGS = ["CABINET BERTHIER & NDIAYE", "barreau de Paris", "OFPRA", "CNDA"]
PERSONS = [
    P("p1", "Ablikim Hemdulla", ["Ablikim HEMDULLA", "Ablikim Hemdulla", "Hemdulla"], ["victim", "witness"], gender="male",
      ethnicity="Uyghur", birth_year=1990, citizenship=["China"], rel=[("son", "p2"), ("brother", "p3")],
      viol=[("transnational.harassment", "il devait envoyer une copie de son titre de séjour et rentrer « s'expliquer »")]),
    P("p2", "Hemdulla Tursun", ["Hemdulla Tursun"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "a été emmené par des policiers au « centre de formation » de Ghulja"),
            ("detention.internment_camp", "a été emmené par des policiers au « centre de formation » de Ghulja, où il se trouverait toujours")]),
    P("p3", "Nurgul Hemdulla", ["Nurgul Hemdulla"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2")],
      viol=[("family.reprisal", "des policiers de Ghulja auraient appelé sa sœur, Mme Nurgul Hemdulla, et l'auraient obligée à lui transmettre un message")]),
    P("p4", "Claire Berthier", ["Claire Berthier"], ["other"], gender="female"),
]
PLACES = [
    L("China", ["Chine"]),
    L("Ghulja", ["Ghulja"]),
    L("Cairo", ["Caire"]),
    L("Turkey", ["Turquie"]),
    L("France", ["France"]),
]
DATES = [
    D("5 septembre 2022", "2022-09-05", "day"),
    D("13 juillet 2022", "2022-07-13", "day"),
    D("le 21 février 1990", "1990-02-21", "day"),
    D("de [[2015]] à", "2015", "year"),
    D("à [[2017]]. Il", "2017", "year"),
    D("juin 2017", "2017-06", "month"),
    D("le 3 mars 2019", "2019-03-03", "day"),
    D("septembre 2017", "2017-09", "month"),
    D("En [[2020]], des", "2020", "year"),
    D("le 14 janvier 2021", "2021-01-14", "day"),
    D("22 juin 2022", "2022-06-22", "day"),
    D("juillet 2017", "2017-07", "month"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("arrest", "p2", "2017-09"),
    ("detention", "p2", "2017-09"),
]
NEGATED = [("p1", "detention.prison_sentence", "Il n'a jamais été condamné en Chine")]
FORBIDDEN = []
