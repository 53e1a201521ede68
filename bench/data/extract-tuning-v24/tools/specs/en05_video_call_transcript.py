FILE = "en05_video_call_transcript.txt"
LANG = "en"
DATE = "2024-10-03"
NOTE = ("Auto-generated video-call meeting transcript of a community walk committee, corrected by the host (meeting title, "
        "US-style date 'Oct 3, 2024' with clock time, participant list of display names, hh:mm:ss stamps before each "
        "speaker, action items). Display name 'Dilshat's iPad': 'Dilshat' is a mention; 'Mariam K' and 'Mariam'. Host, "
        "Jamal and Mariam are roles only (other). Uncle 'Ekber Sabir' (teacher in Aksu): twenty years in 2018 for "
        "teaching Quran to children (prison sentence + religious ban), died in prison 'in August' (-> 2024-08), body "
        "returned in a closed coffin (death in custody). Beating to death only rumoured in WhatsApp groups and denied "
        "('We don't know that'): forbidden. Aunt 'my aunt Hatice' 'was not arrested' (negated) but made to sign a paper "
        "on the cause of death (forced signature: positive control). Cousin Erpan ('Erpan's', 'Erpan') called in twice "
        "by police after the speaker talked to the radio 'last year' (reprisal; interrogation event, undated). Future "
        "dates ('the 26th', 'by Monday', 'next week') are not annotated; stamps and clock times are not dates.")
PERSONS = [
    P("p1", "Nigora Tashpulat", ["Nigora Tashpulat", "Nigora"], ["other"], gender="female"),
    P("p2", "Jamal Whitfield", ["Jamal Whitfield", "Jamal"], ["other"], gender="male"),
    P("p3", "Dilshat", ["Dilshat"], ["narrator", "relative"], gender="male",
      rel=[("nephew", "p5"), ("nephew", "p6"), ("cousin", "p7")]),
    P("p4", "Mariam K", ["Mariam K", "Mariam"], ["other"], gender="female"),
    P("p5", "Ekber Sabir", ["Ekber Sabir", "Ekber"], ["victim", "relative"], gender="male",
      rel=[("uncle", "p3"), ("husband", "p6")],
      viol=[("detention.prison_sentence", "In 2018 he got twenty years"),
            ("culture.religious_ban", "because he taught Quran to kids at home"),
            ("death.in_custody", "He died in prison in August")]),
    P("p6", "Hatice", ["Hatice"], ["victim", "relative"], gender="female", rel=[("wife", "p5"), ("aunt", "p3")],
      viol=[("coercion.forced_confession", "they made her sign a paper that he died of a heart attack")]),
    P("p7", "Erpan", ["Erpan"], ["victim", "relative"], gender="male", rel=[("cousin", "p3")],
      viol=[("family.reprisal", "police called Erpan in twice, asking about me")]),
]
PLACES = [
    L("Fairfax", ["Fairfax"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("Oct 3, 2024", "2024-10-03", "day"),
    D("In [[2018]]", "2018", "year"),
    D("prison in [[August]]", "2024-08", "month"),
    D("last year", "2023", "year"),
]
EVENTS = [
    ("sentencing", "p5", "2018"),
    ("detention", "p5", "2018"),
    ("death", "p5", "2024-08"),
    ("interrogation", "p7", None),
]
NEGATED = [("p6", "detention.arbitrary_arrest", "she was not arrested")]
FORBIDDEN = [("p5", "torture.beating"), ("p3", "family.reprisal"), ("p6", "death.in_custody")]
