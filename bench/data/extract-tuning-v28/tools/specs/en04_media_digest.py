FILE = "en04_media_digest.txt"
LANG = "en"
DATE = "2021-05-26"
NOTE = ("Internal morning media-monitoring digest of an advocacy group (numbered press items with outlet and headline, "
        "social section, correction). Relative dates anchored on Wednesday 26 May 2021: 'on Monday' -> 2021-05-24, "
        "'last Friday' -> 2021-05-21, 'yesterday' (three times) -> 2021-05-25, 'last week' -> 2021-05, 'in April' -> "
        "2021-04; 'Next digest: Thursday' is after the document date (not annotated). Name variants: 'Bakhytzhan Oralov' "
        "(old spelling) = 'Baqytzhan Oralov' = 'Baqytzhan'. Handles (@uyghur_voices_dk), outlets and the unnamed "
        "spokespersons are not persons; the compiler is named staff (other). Mother: passport refused since 2017 and made "
        "to record a 'very happy' video for state TV (forced confession/statement); 'has never been detained' negates "
        "arbitrary arrest. Perhat: camp in Hotan 2018-2019, unidentified injections (forced medication), shackled in "
        "class; 'Not me.' negates beating; left with his wife in 2020 (two exits). Baqytzhan: detained for WhatsApp "
        "(arbitrary arrest + digital surveillance) four years before his death (arrest 2017-04, chained), died in a "
        "detention centre (pre-trial + death in custody; the unconfirmed cause does not make the custody uncertain).")
ORGS = ["The Age", "Radio Nordic", "Steppe Daily", "@uyghur_voices_dk"]
PERSONS = [
    P("p1", "Gulzire Hoshur", ["Gulzire Hoshur", "Gulzire"], ["relative"], gender="female", rel=[("daughter", "p2")]),
    P("p2", "Amine Nurdun", ["Amine Nurdun"], ["victim", "relative"], gender="female", age=71, rel=[("mother", "p1")],
      viol=[("movement.passport_confiscation", "has been refused a passport since 2017"),
            ("coercion.forced_confession", "was made to record a video for state television last week saying she is \"very happy\"")]),
    P("p3", "Perhat Eziz", ["Perhat Eziz", "Perhat"], ["victim", "witness", "relative"], gender="male", age=38,
      rel=[("husband", "p4")],
      viol=[("detention.internment_camp", "held in a camp in Hotan from 2018 to 2019"),
            ("medical.forced_medication", "given injections he could not identify"),
            ("detention.shackling", "shackled during classes")]),
    P("p4", "Nazugum", ["Nazugum"], ["relative"], gender="female", rel=[("wife", "p3")]),
    P("p5", "Baqytzhan Oralov", ["Baqytzhan Oralov", "Bakhytzhan Oralov", "Baqytzhan"], ["victim", "relative"],
      gender="male", ethnicity="Kazakh", age=46, rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "police detained him for having WhatsApp on his phone"),
            ("surveillance.digital", "for having WhatsApp on his phone"),
            ("detention.pretrial", "in a detention centre in Chöchek"),
            ("death.in_custody", "he died in a detention centre")]),
    P("p6", "Gaukhar", ["Gaukhar"], ["relative"], gender="female", rel=[("sister", "p5")]),
    P("p7", "Oliver Brandt", ["Oliver Brandt"], ["other"], gender="male"),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Kashgar", ["Kashgar"]),
    L("Adelaide", ["Adelaide"]),
    L("Oslo", ["Oslo"]),
    L("Hotan", ["Hotan"]),
    L("Norway", ["Norway"]),
    L("Almaty", ["Almaty"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Tacheng", ["Chöchek"]),
    L("Beijing", ["Beijing"]),
]
DATES = [
    D("Wednesday 26 May 2021", "2021-05-26", "day"),
    D("correction to [[yesterday]]'s", "2021-05-25", "day"),
    D("since [[2017]] and", "2017", "year"),
    D("television [[last week]]", "2021-05", "month"),
    D("on [[Monday]]", "2021-05-24", "day"),
    D("from [[2018]] to", "2018", "year"),
    D("to [[2019]]. He", "2019", "year"),
    D("in [[2020]].", "2020", "year"),
    D("Chöchek in [[April]]", "2021-04", "month"),
    D("created [[yesterday]]", "2021-05-25", "day"),
    D("[[Yesterday]]'s digest spelled", "2021-05-25", "day"),
    D("last Friday", "2021-05-21", "day"),
]
EVENTS = [
    ("detention", "p3", "2018"),
    ("release", "p3", "2019"),
    ("exit", "p3", "2020"),
    ("exit", "p4", "2020"),
    ("arrest", "p5", "2017-04"),
    ("detention", "p5", "2017-04"),
    ("death", "p5", "2021-04"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "her mother has never been detained"),
           ("p3", "torture.beating", "Not me")]
FORBIDDEN = []
