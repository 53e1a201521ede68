FILE = "en04_private_hire_statement.txt"
LANG = "en"
DATE = "2020-02-11"
NOTE = ("UK council taxi-licensing annex: statement of circumstances for periods abroad, by a private-hire driver applying "
        "after his badge lapsed while he was held in Xinjiang (applicant 'ABDUWELI, Osmanjan', UK dotted dates dd.mm.yyyy, "
        "first-person statement, office-use note). The council's name in capitals is an organisation. Signature 'O. Abduweli' "
        "(initial + surname) is a mention. Phone searched, WhatsApp found, 'kept me aside' = digital surveillance + arbitrary "
        "arrest; twenty days in the police station = pretrial; blood, fingerprints and a voice recording taken there = biometric collection; 'school' in Yengisar = internment camp (transfer undated: twenty "
        "days after an August arrival); fourteen in a room for four = overcrowding; ankle chains while asleep = shackling; "
        "songs, speeches, tests = political indoctrination; made to sign an 'educated and grateful' paper = forced "
        "confession/signature; consulate asking about community meetings in Leeds = transnational harassment. 'I was never "
        "hit' = beating negated for him (others were beaten: unnamed). Wife 'Zohre' questioned one afternoon (interrogation) "
        "and 'never held' (arbitrary arrest negated); she went back with him (return 2017-08) and came back alone in 2018 "
        "(exit). 'a month later' -> 2019-10 (his exit), 'in January' -> 2020-01.")
ORGS = ["CITY OF BRADFORD METROPOLITAN DISTRICT COUNCIL"]
PERSONS = [
    P("p1", "Osmanjan Abduweli", ["ABDUWELI, Osmanjan", "O. Abduweli"], ["narrator", "victim"], gender="male",
      birth_year=1981, rel=[("husband", "p2")],
      viol=[("surveillance.digital", "police went through my phone, found WhatsApp"),
            ("detention.arbitrary_arrest", "found WhatsApp and kept me aside"),
            ("detention.pretrial", "I was kept twenty days in the police station in Kashgar"),
            ("medical.biometric_collection", "they took my blood, my fingerprints and a recording of my voice"),
            ("detention.internment_camp", "moved to a \"school\" in Yengisar"),
            ("detention.overcrowding", "There were fourteen of us in a room made for four"),
            ("detention.shackling", "we had chains on our ankles even when we slept"),
            ("indoctrination.political", "Every day we sang, wrote out speeches and were tested on them"),
            ("coercion.forced_confession", "they told me to sign a paper saying I had been \"educated\" and was grateful"),
            ("transnational.harassment", "he asked if I still go to the Uyghur community meetings in Leeds and who else comes")]),
    P("p2", "Zohre", ["Zohre"], ["relative", "witness"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Gareth Lowe", ["Gareth Lowe"], ["other"], gender="male"),
]
PLACES = [
    L("United Kingdom", ["UK"]),
    L("China", ["China"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Kashgar", ["Kashgar"]),
    L("Urumqi", ["Urumqi"]),
    L("Yengisar", ["Yengisar"]),
    L("Bradford", ["Bradford"]),
    L("Manchester", ["Manchester"]),
    L("Leeds", ["Leeds"]),
]
DATES = [
    D("14.05.1981", "1981-05-14", "day"),
    D("11.02.2020", "2020-02-11", "day"),
    D(("August 2017", 0), "2017-08", "month"),
    D(("August 2017", 1), "2017-08", "month"),
    D("October 2019", "2019-10", "month"),
    D("November 2017", "2017-11", "month"),
    D("September 2019", "2019-09", "month"),
    D("a month later", "2019-10", "month"),
    D("alone in [[2018]]", "2018", "year"),
    D("in [[January]]", "2020-01", "month"),
]
EVENTS = [
    ("return", "p1", "2017-08"),
    ("arrest", "p1", "2017-08"),
    ("detention", "p1", "2017-08"),
    ("transfer", "p1", None),
    ("release", "p1", "2019-09"),
    ("exit", "p1", "2019-10"),
    ("return", "p2", "2017-08"),
    ("interrogation", "p2", "2017-08"),
    ("exit", "p2", "2018"),
]
NEGATED = [("p1", "torture.beating", "I was never hit"),
           ("p2", "detention.arbitrary_arrest", "she was never held")]
FORBIDDEN = []
