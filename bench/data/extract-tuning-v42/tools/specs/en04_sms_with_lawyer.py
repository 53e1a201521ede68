FILE = "en04_sms_with_lawyer.txt"
LANG = "en"
DATE = "2025-01-17"
NOTE = ("SMS exchange between a client ('Me') and his lawyer, day headers and clock times. Shahida (sister): taken to "
        "'study' in May 2019 = arbitrary arrest + internment camp (arrest and detention 2019-05), then a glove factory, "
        "unpaid, not allowed to leave = forced labour (transfer, undated); let out 'monday' (on Thu 16 Jan 2025 = "
        "2025-01-13: release); 'no charge no court' = negated prison sentence; passport still held = passport; pills she was made to swallow every month in the camp = forced medication; 'nothing like that, she said no operation' = negated forced sterilisation. Her "
        "'fine fine everything good' with a cadre beside her states no act. Mr Davut ('Me'): Aksu "
        "police calling him to come home = transnational harassment. Ilyas (nephew): wife told at the station they do "
        "not know where he is = disappearance + incommunicado (no date). The lawyer's joke about flying to Urumqi "
        "states nothing. 'Dec' (on 17 Jan 2025) = 2024-12; 'this week' not annotated.")
ORGS = []
PERSONS = [
    P("p1", "Dana Whitfield", ["Dana Whitfield", "Dana"], ["other"], gender="female"),
    P("p2", "Davut", ["Davut"], ["narrator", "relative", "victim"], gender="male",
      rel=[("brother", "p3"), ("uncle", "p4")],
      viol=[("transnational.harassment", "they called me twice this week already, always same thing, come home for a \"family reunion\" and bring my kids")]),
    P("p3", "Shahida", ["Shahida"], ["victim"], gender="female", rel=[("sister", "p2")],
      viol=[("detention.arbitrary_arrest", "they took her to \"study\" in May 2019"),
            ("detention.internment_camp", "they took her to \"study\" in May 2019"),
            ("labour.forced_labour", "she was in a glove factory in Aksu, sewing all day no pay and not allowed to leave the dorm"),
            ("movement.passport_confiscation", "they still have her passport"),
            ("medical.forced_medication", "in the camp they made them all swallow some pills every month")]),
    P("p4", "Ilyas", ["Ilyas"], ["victim"], gender="male", rel=[("nephew", "p2")],
      viol=[("disappearance.enforced", "they dont know where he is"),
            ("detention.incommunicado", "they dont know where he is")]),
]
PLACES = [L("Aksu", ["Aksu"]), L("Urumqi", ["Urumqi"])]
DATES = [
    D("Thu, Jan 16, 2025", "2025-01-16", "day"), D("Fri, Jan 17, 2025", "2025-01-17", "day"),
    D("last nite", "2025-01-15", "day"), D("[[monday]] she says", "2025-01-13", "day"),
    D("May 2019", "2019-05", "month"), D("in [[Dec]].", "2024-12", "month"),
]
EVENTS = [("arrest", "p3", "2019-05"), ("detention", "p3", "2019-05"), ("transfer", "p3", None),
          ("release", "p3", "2025-01-13")]
NEGATED = [("p3", "detention.prison_sentence", "no charge no court nothing"),
           ("p3", "reproductive.forced_sterilization", "no no nothing like that, she said no operation")]
FORBIDDEN = []
