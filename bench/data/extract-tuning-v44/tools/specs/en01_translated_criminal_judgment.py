FILE = "en01_translated_criminal_judgment.txt"
LANG = "en"
DATE = "2021-05-14"
NOTE = ("English translation (extract) of an Aksu Intermediate People's Court criminal judgment of 20 November 2018, made "
        "for a documentation project on 14 May 2021 (= document date) with translator's notes [TN] in another voice. "
        "Defendant 'Abdughopur MAMUT' / 'Mamut' / 'Abdughopur Mamut' / pinyin 'Abuduwufuer Maimaiti' (same person): "
        "criminal detention on 3 October 2017 for sermon audio on his phone found at a checkpoint phone inspection "
        "(arbitrary arrest on a religious pretext + digital + checkpoint), held in the detention centre (pretrial), "
        "fifteen years (prison); the TN restates his wife's account: held since March 2017 in a 'training school' "
        "(camp, detention event), statement signed after three nights without sleep (forced confession + sleep "
        "deprivation). Co-defendant 'Rozigul TURSUN': residential surveillance at home (house arrest, no event), Quran "
        "lessons to neighbours' children punished (religious ban), six years; 'not held in the detention centre before "
        "trial' (negated pretrial). Wife 'Zulhumar' given name only. Judge and clerk are officials; translator 'L. "
        "Harcourt' other. The term's end '2 October 2032' is after the document date (not annotated); '(2018)' in the "
        "case number is not a date. Court, procuratorate, bureau, detention centre and project names are organisations.")
ORGS = ["Intermediate People's Court of Aksu Prefecture", "People's Procuratorate of Aksu Prefecture",
        "Awat County Public Security Bureau", "Awat County Detention Centre", "Tarim Documentation Project"]
PERSONS = [
    P("p1", "Abdughopur Mamut", ["Abdughopur MAMUT", "Abuduwufuer Maimaiti", "Mamut", "Abdughopur Mamut"],
      ["victim"], gender="male", ethnicity="Uyghur", birth_year=1979, rel=[("husband", "p3")],
      viol=[("detention.internment_camp", "he had been held since March 2017 in what village cadres called a \"training school\" in Awat"),
            ("detention.arbitrary_arrest", "Placed under criminal detention by the Awat County Public Security Bureau on 3 October 2017 on suspicion of inciting ethnic hatred"),
            ("detention.pretrial", "currently held at the Awat County Detention Centre"),
            ("surveillance.digital", "The files were found during a phone inspection at a checkpoint"),
            ("surveillance.checkpoint", "The files were found during a phone inspection at a checkpoint"),
            ("detention.prison_sentence", "sentenced for the crime of inciting ethnic hatred to fifteen years of fixed-term imprisonment"),
            ("coercion.forced_confession", "he signed and thumbprinted his statement after three nights in which he was not allowed to sleep"),
            ("torture.sleep_deprivation", "three nights in which he was not allowed to sleep")]),
    P("p2", "Rozigul Tursun", ["Rozigul TURSUN", "Tursun", "Rozigul Tursun"], ["victim"], gender="female",
      ethnicity="Uyghur", birth_year=1984,
      viol=[("detention.house_arrest", "Placed under residential surveillance at her home on 15 December 2017"),
            ("culture.religious_ban", "taught the Quran to five children of neighbours in her home"),
            ("detention.prison_sentence", "sentenced for the crime of using superstition to undermine the implementation of law to six years of fixed-term imprisonment")]),
    P("p3", "Zulhumar", ["Zulhumar"], ["relative", "witness"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Zhao Minghui", ["Zhao Minghui"], ["official"]),
    P("p5", "Gao Yunfei", ["Gao Yunfei"], ["official"]),
    P("p6", "L. Harcourt", ["L. Harcourt"], ["other"]),
]
PLACES = [
    L("Xinjiang", ["Xinjiang Uyghur Autonomous Region"]),
    L("Awat", ["Awat County", "Awat"]),
    L("Aksu", ["Aksu City"]),
]
DATES = [
    D("Project, [[14 May 2021]]", "2021-05-14", "day"),
    D("12 March 1979", "1979-03-12", "day"),
    D(("3 October 2017", 0), "2017-10-03", "day"),
    D("10 November 2017", "2017-11-10", "day"),
    D("March 2017", "2017-03", "month"),
    D("born [[1984]] in", "1984", "year"),
    D("15 December 2017", "2017-12-15", "day"),
    D("between [[2014]] and", "2014", "year"),
    D("and [[2016]] the", "2016", "year"),
    D("January 2019", "2019-01", "month"),
    D(("3 October 2017", 1), "2017-10-03", "day"),
    D("20 November 2018", "2018-11-20", "day"),
]
EVENTS = [
    ("detention", "p1", "2017-03"),
    ("arrest", "p1", "2017-10-03"),
    ("sentencing", "p1", "2018-11-20"),
    ("sentencing", "p2", "2018-11-20"),
]
NEGATED = [("p2", "detention.pretrial", "She was not held in the detention centre before trial")]
FORBIDDEN = []
