FILE = "en05_biography_stub.txt"; LANG = "en"; DOC_DATE = "2024-03-05"
NOTE = ("Encyclopaedia-style biography stub with hatnote, infobox, references and categories. Same name, two persons: the "
        "hatnote 'Mehrigül Ghappar (born 1985)' is the television presenter (role other), every other 'Mehrigül Ghappar' is "
        "the singer. Name forms: surname-only 'Ghappar', Chinese 米热古丽·阿帕尔 and pinyin 'Mireguli Apa'er' in an English "
        "text. Son Dilyar Qutluq <- father Qutluq Sabir ('Qutluq' inside the son's name is no mention). Not places: 'Tarim "
        "Wiki', 'Xinjiang Arts Institute', 'Uyghur Human Rights Project', the song title 'Ili Yarim' (blocked); 'Ili' in 'Ili "
        "folk songs', 'the Ili song and dance ensemble' (lower-case, descriptive) and 'an Ili police officer' are mentions of "
        "the prefecture; 'People from Ghulja' in the categories is a mention; 'People's Republic of China' = China. Dates: "
        "'Years active: 1989–2018' (two years), '(m. 1991)', '1968 births', reference dates, 'Last edited on' = document "
        "date. A filmed read-out = forced confession + denunciation. Rumoured move to Ürümqi (2022): no event, no code (the "
        "year is still a date). The husband's 20 days: detention + release events, not coded; house arrest coded; the threat "
        "about his health is harassment of the son only.")
BLOCK = ["Tarim Wiki", "Xinjiang Arts Institute", "Uyghur Human Rights Project", "Ili Yarim"]
PERSONS = [
 dict(id="p1", name="Mehrigül Ghappar", names=["Mehrigül Ghappar", "米热古丽·阿帕尔", "Mireguli Apa'er", "Ghappar"],
      skip=["see [[Mehrigül Ghappar]] (born"], roles=["victim"], gender="female", ethnicity="Uyghur", birth_year=1968,
      relations=[("wife", "p3"), ("mother", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "the officers told the family that her trips abroad were \"a problem\""),
       ("movement.passport_confiscation", "Her passport had been taken by the neighbourhood police in 2017"),
       ("detention.internment_camp", "She was first held at a \"vocational training centre\" in Yining city"),
       ("indoctrination.political", "she was made to sing revolutionary songs in Chinese at a weekly inspection"),
       ("detention.incommunicado", "The family was not told where she was until the spring of 2019"),
       ("disappearance.enforced", "The family was not told where she was until the spring of 2019"),
       ("coercion.forced_confession", "Ghappar, reading from paper, said that she was \"studying happily\" and asked her son to stop \"slandering the motherland\""),
       ("coercion.forced_denunciation", "Ghappar, reading from paper, said that she was \"studying happily\" and asked her son to stop \"slandering the motherland\""),
       ("detention.prison_sentence", "In 2021 she was sentenced to nine years in prison for \"inciting ethnic hatred\""),
      ]),
 dict(id="p2", name="Mehrigül Ghappar", names=["Mehrigül Ghappar"], only_at=True, at=["see [[Mehrigül Ghappar]] (born"],
      roles=["other"], gender="female", birth_year=1985),
 dict(id="p3", name="Qutluq Sabir", names=["Qutluq Sabir"], roles=["relative", "victim"], gender="male",
      relations=[("husband", "p1"), ("father", "p4")],
      violations=[("detention.house_arrest", "he has not been allowed to leave Ghulja since")]),
 dict(id="p4", name="Dilyar Qutluq", names=["Dilyar Qutluq"], roles=["relative", "witness", "victim"], gender="male",
      relations=[("son", "p1"), ("son", "p3")],
      violations=[("transnational.harassment", "a caller who named himself as an Ili police officer told him his father's health \"depends on your silence\"")]),
]
PLACES = [
 dict(name="Ghulja", names=["Ghulja", "Yining"]), dict(name="Ili Kazakh Autonomous Prefecture", names=["Ili Kazakh Autonomous Prefecture", "Ili"]),
 dict(name="Xinjiang", names=["Xinjiang"]), dict(name="China", names=["China", "People's Republic of China"]),
 dict(name="Ürümqi", names=["Ürümqi"]), dict(name="Kazakhstan", names=["Kazakhstan"]), dict(name="Central Asia", names=["Central Asia"]),
 dict(name="Almaty", names=["Almaty"]), dict(name="Yining city", names=["Yining city"]), dict(name="Berlin", names=["Berlin"]),
]
DATES = [
 ("(born [[1985]])", "1985", "year"), (("23 August 1968", 0), "1968-08-23", "day"), (("23 August 1968", 1), "1968-08-23", "day"),
 ("Since [[April 2018]]", "2018-04", "month"), ("[[1989]]–2018", "1989", "year"), ("1989–[[2018]]", "2018", "year"),
 ("m. [[1991]]", "1991", "year"), ("from [[1986]]", "1986", "year"), ("Her [[1997]] cassette", "1997", "year"),
 ("From [[2009]]", "2009", "year"), ("2 April 2018", "2018-04-02", "day"), ("the spring of 2019", "2019", "year"),
 ("site in [[2020]]", "2020", "year"), ("In [[2021]] she", "2021", "year"), ("Ürümqi in [[2022]]", "2022", "year"),
 ("May 2018", "2018-05", "month"), ("police in [[2017]]", "2017", "year"), ("December 2023", "2023-12", "month"),
 ("14 February 2024", "2024-02-14", "day"), ("summary ([[2021]])", "2021", "year"), ("[[1968]] births", "1968", "year"),
 ("5 March 2024", "2024-03-05", "day"),
]
EVENTS = [("arrest", "p1", "2018-04-02"), ("detention", "p1", "2018-04-02"), ("disappearance", "p1", "2018-04-02"),
          ("sentencing", "p1", "2021"), ("detention", "p3", "2018-05"), ("release", "p3", "2018")]
NEGATED = []
FORBIDDEN = [("p4", "family.reprisal"), ("p3", "family.reprisal"), ("p2", "detention.arbitrary_arrest"), ("p2", "detention.prison_sentence")]
