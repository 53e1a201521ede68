FILE = "en02_commission_hearing.txt"
LANG = "en"
DATE = "2024-11-19"
NOTE = ("Printed transcript excerpt of a congressional-executive commission hearing (title, date, present list, "
        "surname-capital speaker labels, witness heading, procedural close). Ayshem Mollakhun testifies and is "
        "questioned: checkpoint + phone checked for WhatsApp, taken to the city detention center that evening = "
        "arbitrary arrest (pretext) + pretrial (arrest and detention 6 Feb 2018), forty in a cell for twelve = "
        "overcrowding, leg irons while asleep = shackling, moved to the camp in May 2018 (transfer) = camp, songs and "
        "self-criticism = indoctrination, injections = forced medication, made to sign = forced confession, released "
        "December 2019. 'Were you beaten? - Not me, no.' = negated beating. The sterilisation question is answered "
        "'I cannot say' (hedge: neither gold nor forbidden). Rozi: sentenced 2019 = prison sentence; 'I do not know "
        "which prison' = disappearance + incommunicado (reading 2). Husband Tursun Ablimit 'was never detained' = "
        "negated arbitrary arrest. Mother summoned and asked about the witness abroad = family reprisal + one "
        "interrogation event (the two summonses are undated and told together); the witness gets no harassment "
        "(reading 5). Chairman and representative are role other.")
ORGS = []
PERSONS = [
    P("p1", "Dale Whitcombe", ["Dale Whitcombe", "WHITCOMBE"], ["other"], gender="male"),
    P("p2", "Marisa Quintero", ["Marisa Quintero", "QUINTERO"], ["other"], gender="female"),
    P("p3", "Ayshem Mollakhun", ["AYSHEM MOLLAKHUN", "Mollakhun", "MOLLAKHUN"], ["narrator", "victim", "witness"],
      gender="female", rel=[("sister", "p4"), ("wife", "p5"), ("daughter", "p6")],
      viol=[("surveillance.checkpoint", "I was stopped at a checkpoint in Ghulja"),
            ("surveillance.digital", "A police officer checked my phone and found WhatsApp"),
            ("detention.arbitrary_arrest", "That evening they took me to the city detention center"),
            ("detention.pretrial", "That evening they took me to the city detention center"),
            ("detention.overcrowding", "I shared a cell built for twelve with more than forty women"),
            ("detention.shackling", "We wore leg irons even when we slept"),
            ("detention.internment_camp", "I was moved to a camp they called a vocational school"),
            ("indoctrination.political", "we sang songs praising the Party and wrote self-criticisms"),
            ("medical.forced_medication", "Nurses gave us injections every month and never said what they were"),
            ("coercion.forced_confession", "I was made to sign a paper saying I had joined an extremist group")]),
    P("p4", "Rozi Mollakhun", ["Rozi Mollakhun"], ["victim"], gender="male", rel=[("brother", "p3")],
      viol=[("detention.prison_sentence", "Rozi Mollakhun, was sentenced in 2019 to fifteen years"),
            ("disappearance.enforced", "I do not know which prison he is in"),
            ("detention.incommunicado", "I do not know which prison he is in")]),
    P("p5", "Tursun Ablimit", ["Tursun Ablimit"], ["relative"], gender="male", rel=[("husband", "p3")]),
    P("p6", "Hayrinisa Omer", ["Hayrinisa Omer"], ["relative", "victim"], gender="female", rel=[("mother", "p3")],
      viol=[("family.reprisal", "the police in Ghulja have twice summoned my mother")]),
]
PLACES = [L("Xinjiang", ["Xinjiang"]), L("Ghulja", ["GHULJA", "Ghulja"]), L("Almaty", ["Almaty"]),
          L("Kazakhstan", ["Kazakhstan"])]
DATES = [D("November 19, 2024", "2024-11-19", "day"), D("February 6, 2018", "2018-02-06", "day"),
         D("May 2018", "2018-05", "month"), D("December 2019", "2019-12", "month"), D("in [[2019]] to", "2019", "year")]
EVENTS = [("arrest", "p3", "2018-02-06"), ("detention", "p3", "2018-02-06"), ("transfer", "p3", "2018-05"),
          ("release", "p3", "2019-12"), ("sentencing", "p4", "2019"), ("interrogation", "p6", None)]
NEGATED = [("p3", "torture.beating", "Not me, no."), ("p5", "detention.arbitrary_arrest", "Tursun Ablimit, was never detained")]
FORBIDDEN = []
