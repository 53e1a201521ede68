LANG = "en"; DATE = "2023-08-02"
TEXT = """
OPEN TESTIMONY REGISTER — public entry
Entry no. 18244 | Created: 11 June 2021 | Last updated: 2 August 2023 | Verification level: 2 (family testimony + one corroborating witness)

Name: Abdushukur Memtimin
Other spellings: Abudushukuer Maimaitiming (ID card), Abdushükür Memtimin
Gender: male
Ethnicity: Uyghur
Born: 1969
Hometown: Keriya county (Yutian), Hotan prefecture
Occupation: jade trader
Status: sentenced (reported); current location unknown

Summary of testimony
The testimony was submitted by his daughter, Munire Abdushukur, who has lived in Amsterdam since 2015 and holds Dutch citizenship.

According to her, her father was summoned to the township police post in April 2017 to "clarify" a voice message he had sent her over WhatsApp. He did not return. A cousin later learned that the message, and the foreign application itself, were the grounds for his being held. No document was shown and no charge was read.

His wife, Patigul Niyaz, was told he had gone to "study" and would be home by the Spring Festival. She was allowed no visit. A villager released in 2019, whose testimony is held under a separate entry, saw him in the Keriya "transformation through education" compound in the summer of 2018, head shaved, reciting Party texts in Mandarin with other men of the township.

In 2019 the family heard from the same villager that Abdushukur had been given thirteen years. The court, the charge and the date of the trial are not known. Reports that he was later moved to a prison near Kashgar could not be confirmed and are not entered here. Since 2019 no relative has known where he is held.

Pressure on the family abroad
From 2018 Munire received calls from a number in Hotan. The caller, who said he was from the county public security bureau, asked for her address in the Netherlands, photographs of her passport and the names of Uyghurs she met in Amsterdam. He said her father's "situation" depended on her cooperation.

Her brother, Abdulhekim Abdushukur, who stayed in Keriya, lost his stall at the bazaar after she spoke to a Dutch newspaper last year. He is obliged to report to the neighbourhood committee each week. He was not detained, she stresses.

Patigul Niyaz died at home in Keriya in March 2022. The family could not inform Abdushukur.

Sources: written testimony of the daughter (Uyghur, 6 pages); phone interview, 2 August 2023.
"""
NOTE = ("NGO testimony-register entry (field layout; 'Last updated' gives the document date, 'Created' is another date); ID-card "
        "pinyin spelling 'Abudushukuer Maimaitiming' and ULY 'Abdushükür Memtimin' are names of p1; daughter and son carry the "
        "father's given name; summons to 'clarify' a WhatsApp voice message = arbitrary_arrest + digital surveillance, spread over "
        "two sentences ('He did not return.'); 'gone to \"study\"' + camp seen by a released villager = internment_camp (asserted "
        "via a witness) with indoctrination and language use; sentence asserted by villager (sentencing, date null); rumoured move "
        "near Kashgar: no transfer event; 'no relative has known where he is held' = incommunicado + disappearance.enforced; calls "
        "from Hotan = transnational.harassment for the daughter; stall lost + weekly reporting = family.reprisal for the brother, "
        "'He was not detained' negated; the mother died at home (death event, death.in_custody forbidden); 'last year' -> 2022.")
P = [
 dict(id="p1", name="Abdushukur Memtimin", names=["Abdushukur Memtimin", "Abudushukuer Maimaitiming", "Abdushükür Memtimin", "Abdushukur"],
      roles=["victim"], gender="male", ethnicity="Uyghur", birth_year=1969,
      relations=[("father", "p2"), ("husband", "p3"), ("father", "p4")],
      violations=[
       ("detention.arbitrary_arrest", "her father was summoned to the township police post in April 2017 to \"clarify\" a voice message he had sent her over WhatsApp. He did not return."),
       ("surveillance.digital", "the message, and the foreign application itself, were the grounds for his being held"),
       ("detention.incommunicado", "She was allowed no visit."),
       ("detention.internment_camp", "saw him in the Keriya \"transformation through education\" compound"),
       ("indoctrination.political", "reciting Party texts in Mandarin with other men of the township"),
       ("detention.prison_sentence", "Abdushukur had been given thirteen years"),
       ("disappearance.enforced", "Since 2019 no relative has known where he is held."),
      ]),
 dict(id="p2", name="Munire Abdushukur", names=["Munire Abdushukur", "Munire"], roles=["relative", "witness", "victim"],
      gender="female", citizenship=["Netherlands"], relations=[("daughter", "p1"), ("daughter", "p3"), ("sister", "p4")],
      violations=[("transnational.harassment", "asked for her address in the Netherlands, photographs of her passport and the names of Uyghurs she met in Amsterdam")]),
 dict(id="p3", name="Patigul Niyaz", names=["Patigul Niyaz"], roles=["relative"], gender="female",
      relations=[("wife", "p1"), ("mother", "p2"), ("mother", "p4")]),
 dict(id="p4", name="Abdulhekim Abdushukur", names=["Abdulhekim Abdushukur"], roles=["relative", "victim"], gender="male",
      relations=[("son", "p1"), ("son", "p3"), ("brother", "p2")],
      violations=[("family.reprisal", "lost his stall at the bazaar after she spoke to a Dutch newspaper last year. He is obliged to report to the neighbourhood committee each week.")]),
]
PL = [("Keriya County", ["Keriya county", "Yutian", "Keriya"]), ("Hotan Prefecture", ["Hotan prefecture"]), ("Hotan", ["Hotan"]),
      ("Amsterdam", ["Amsterdam"]), ("Netherlands", ["Netherlands"]), ("Kashgar", ["Kashgar"])]
D = [("11 June 2021", "2021-06-11"), ("2 August 2023", "2023-08-02"), ("1969", "1969"), ("2015", "2015"), ("April 2017", "2017-04"),
     ("2019", "2019"), ("the summer of 2018", "2018"), (("2019", 1), "2019"), (("2019", 2), "2019"), (("2018", 1), "2018"),
     ("last year", "2022"), ("March 2022", "2022-03"), (("2 August 2023", 1), "2023-08-02")]
E = [("arrest", "p1", "2017-04"), ("detention", "p1", "2017-04"), ("sentencing", "p1", None), ("disappearance", "p1", "2019"),
     ("death", "p3", "2022-03")]
NEG = [("p4", "detention.arbitrary_arrest", "He was not detained")]
FORB = [("p3", "death.in_custody"), ("p3", "detention.arbitrary_arrest"), ("p2", "detention.arbitrary_arrest"), ("p4", "detention.house_arrest"),
        ("p1", "death.in_custody")]
