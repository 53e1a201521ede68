FILE = "fr02_note_du_traducteur.txt"
LANG = "fr"
DATE = "2022-01-10"
NOTE = ("Translator's preface (note du traducteur) to a French translation of a Uyghur memoir, first person (translator, "
        "named in the title line, signs 'H. M.' = initials, not a mention). Name hard cases: author 'Pezilet "
        "Nurmuhemmet', 'Pezilet', and the pinyin capitals 'PAIZILAITI NUERMAIMAITI' (same person); her father "
        "'Nurmuhemmet Sabir' and 'Nurmuhemmet' alone, nicknamed «Ata» ('papa', a kinship word, not a mention); husband "
        "'Qadir Hasan', spelling note 'Qadir et non Kadir' (both counted as his name), 'Qadir'; son only 'Ehmetjan'. "
        "Places 'Ghulja plutôt que Yining' are two names of one place. 'entre mars et octobre 2021' -> two dates "
        "(2021-03, 2021-10). Husband: summoned to the police and never came back (arbitrary arrest), eight months not "
        "knowing where (disappearance), camp, fifteen years (prison sentence, 2019). Author: 'n'a jamais été détenue' "
        "(arbitrary arrest negated) beside a forced public reading disowning her husband (forced denunciation) and a "
        "passport confiscated in 2017; 'Nous sommes partis' with her son = two exits 2019-08. Readers' claim that Qadir "
        "died in detention is rebutted by a photo of him alive: death.in_custody forbidden (no death event). Proof-reader "
        "and publisher are named (other).")
ORGS = []
PERSONS = [
    P("p1", "Pezilet Nurmuhemmet", ["Pezilet Nurmuhemmet", "Pezilet", "PAIZILAITI NUERMAIMAITI"], ["victim", "relative"],
      gender="female", rel=[("daughter", "p3"), ("wife", "p2"), ("mother", "p4")],
      viol=[("coercion.forced_denunciation", "l'a obligée à lire devant les voisins un texte où elle « se désolidarisait » de son mari"),
            ("movement.passport_confiscation", "un passeport que la police lui avait confisqué en 2017")]),
    P("p2", "Qadir Hasan", ["Qadir Hasan", "Qadir", "Kadir"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "est convoqué au commissariat de Ghulja et n'en revient pas"),
            ("disappearance.enforced", "Pendant huit mois, la famille ne sait pas où il se trouve"),
            ("detention.internment_camp", "enfermé dans un camp"),
            ("detention.prison_sentence", "condamné à quinze ans de prison en 2019")]),
    P("p3", "Nurmuhemmet Sabir", ["Nurmuhemmet Sabir", "Nurmuhemmet"], ["relative"], gender="male",
      rel=[("father", "p1")]),
    P("p4", "Ehmetjan", ["Ehmetjan"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Hélène Marchetti", ["Hélène Marchetti"], ["narrator"], gender="female"),
    P("p6", "Abdusalam Rehim", ["Abdusalam Rehim"], ["other"], gender="male"),
    P("p7", "Sophie Lantier", ["Sophie Lantier"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Paris", ["Paris"]),
    L("Ghulja", ["Ghulja", "Yining"]),
    L("Urumqi", ["Ürümqi"]),
    L("China", ["Chine"]),
]
DATES = [
    D("Istanbul en [[2020]]", "2020", "year"),
    D("entre [[mars]] et", "2021-03", "month"),
    D("octobre 2021", "2021-10", "month"),
    D("janvier 2018", "2018-01", "month"),
    D("prison en [[2019]]", "2019", "year"),
    D("août 2019", "2019-08", "month"),
    D("confisqué en [[2017]]", "2017", "year"),
    D(": en [[2021]]", "2021", "year"),
    D("le 10 janvier 2022", "2022-01-10", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-01"),
    ("detention", "p2", "2018-01"),
    ("sentencing", "p2", "2019"),
    ("exit", "p1", "2019-08"),
    ("exit", "p4", "2019-08"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "L'autrice elle-même n'a jamais été détenue")]
FORBIDDEN = [("p2", "death.in_custody")]
