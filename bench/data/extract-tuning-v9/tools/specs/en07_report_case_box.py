LANG = "en"; DATE = "2025-10-21"
TEXT = """
"Over Quota": Birth Control as Punishment in Southern Xinjiang
A report. Published 21 October 2025. Chapter 3, page 47.

BOX 3.2 — CASE STUDY: ROSHENGUL TOKHTI, QARAQASH COUNTY

Roshengul Tokhti (her real name; she asked that it be used) is 36 and a Uyghur from a village in Qaraqash county, which Chinese maps give as Moyu, in Hotan prefecture. She was interviewed by our researchers three times in Istanbul between March and June 2025, and her account was checked against medical records and two other witnesses.[12]

In early 2017 Roshengul was seven months pregnant with her third child. Village health workers told her the baby was "outside the plan". On 11 March 2017 she was driven to the county hospital. There, she says, a nurse held her arms while a doctor injected her abdomen; the child was delivered dead the next morning. During the same admission, without being told, she was sterilised: a gynaecologist in Istanbul found in 2022 that both tubes had been cut.

Fourteen months later the same "illegal births" were used against her. On 2 May 2018 she was placed in the Qaraqash "education and training" facility, where she spent eleven months. Women there were allowed one shower a month, with no sanitary pads. During a search on arrival a guard named Zhang Hui put his hands inside her clothes while two others watched and laughed. She does not say, and we do not suggest, that she was raped. She was not beaten herself, she told us, though she heard beatings at night.

Her husband, Nurmemet Sawut, a mechanic, was tried in 2018 and is serving ten years for "illegal religious activities"; the sentencing document has been seen by our researchers. The couple's two children were placed in a state boarding school in Hotan city during her internment and returned to her only on her release in April 2019. Since 2021 the family has heard nothing from Nurmemet; prison visits have been refused and letters come back. Relatives fear he has died, but there is no information either way.

Roshengul reached Turkey in the autumn of 2023 through a relative's invitation. Her account of the hospital is consistent with the county's published birth statistics for 2017 (see section 3.4).

[12] Interview notes on file. Names of the other witnesses withheld at their request.
"""
NOTE = ("Human-rights report case box (report title, publication line = document date, box heading in capitals with the name = "
        "a mention, footnote markers); injection of a seven-month pregnancy on 2017-03-11 = forced_abortion; 'sterilised … "
        "without being told' with the later finding = forced_sterilization; 'Fourteen months later' resolves to the explicit "
        "2 May 2018 custody (arrest+detention; 'placed in' an 'education and training' facility = internment_camp + arbitrary_arrest "
        "on the pretext of births); one shower a month, no pads = denied_hygiene; hands inside clothes during a search = "
        "sexual_violence.rape (sexual assault/humiliation), while the explicit non-claim of rape is neither negated nor forbidden "
        "(the code is gold); 'was not beaten herself' negated; children in a state boarding school during her internment = "
        "family.separation for the mother; husband 'tried in 2018 and is serving ten years' (sentencing 2018), 'heard nothing' + "
        "visits refused = incommunicado + disappearance (event 2021), feared death is a hedge (no death event, death.in_custody "
        "neither gold nor forbidden); release April 2019; exit 'the autumn of 2023' (year); the hospital is a facility, not a place.")
P = [
 dict(id="p1", name="Roshengul Tokhti", names=["Roshengul Tokhti", "ROSHENGUL TOKHTI", "Roshengul"], roles=["victim", "witness", "relative"],
      gender="female", ethnicity="Uyghur", age=36, relations=[("wife", "p3")],
      violations=[
       ("reproductive.forced_abortion", "a nurse held her arms while a doctor injected her abdomen; the child was delivered dead the next morning"),
       ("reproductive.forced_sterilization", "During the same admission, without being told, she was sterilised"),
       ("detention.internment_camp", "she was placed in the Qaraqash \"education and training\" facility, where she spent eleven months"),
       ("detention.arbitrary_arrest", "Fourteen months later the same \"illegal births\" were used against her."),
       ("ill_treatment.denied_hygiene", "Women there were allowed one shower a month, with no sanitary pads."),
       ("sexual_violence.rape", "a guard named Zhang Hui put his hands inside her clothes while two others watched and laughed"),
       ("family.separation", "The couple's two children were placed in a state boarding school in Hotan city during her internment"),
      ]),
 dict(id="p2", name="Zhang Hui", names=["Zhang Hui"], roles=["official", "perpetrator"], gender="male"),
 dict(id="p3", name="Nurmemet Sawut", names=["Nurmemet Sawut", "Nurmemet"], roles=["victim", "relative"], gender="male",
      relations=[("husband", "p1")],
      violations=[
       ("detention.prison_sentence", "was tried in 2018 and is serving ten years for \"illegal religious activities\""),
       ("detention.incommunicado", "prison visits have been refused and letters come back"),
       ("disappearance.enforced", "Since 2021 the family has heard nothing from Nurmemet"),
      ]),
]
PL = [("Southern Xinjiang", ["Southern Xinjiang"]), ("Qaraqash County", ["QARAQASH COUNTY", "Qaraqash county", "Moyu", "Qaraqash"]),
      ("Hotan Prefecture", ["Hotan prefecture"]), ("Istanbul", ["Istanbul"]), ("Hotan City", ["Hotan city"]), ("Turkey", ["Turkey"])]
D = [("21 October 2025", "2025-10-21"), ("March", "2025-03"), ("June 2025", "2025-06"), ("early 2017", "2017"),
     ("11 March 2017", "2017-03-11"), ("2022", "2022"), ("Fourteen months later", "2018-05"), ("2 May 2018", "2018-05-02"),
     (("2018", 1), "2018"), ("April 2019", "2019-04"), ("2021", "2021"), ("the autumn of 2023", "2023"), (("2017", 2), "2017")]
E = [("arrest", "p1", "2018-05-02"), ("detention", "p1", "2018-05-02"), ("release", "p1", "2019-04"), ("exit", "p1", "2023"),
     ("sentencing", "p3", "2018"), ("disappearance", "p3", "2021")]
NEG = [("p1", "torture.beating", "She was not beaten herself")]
FORB = [("p1", "detention.prison_sentence"), ("p3", "death.in_custody"), ("p2", "sexual_violence.rape")]
