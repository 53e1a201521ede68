FILE = "en01_translation_contract_letter.txt"
LANG = "en"
DATE = "2025-03-14"
NOTE = ("Publisher's letter to a literary agent on an unfinished translation (letterhead, Re: line with the author in "
        "capitals, contract code with a year inside it that is not a date, cc line). Translator 'Dilnur Ablet' went back "
        "to Kashgar in August 2019 (return), passport taken at the airport, kept from flying back; camp and indoctrination "
        "as heard from her brother 'Nurlan' (given name only), 'no word' = incommunicado, 'nobody will tell the family "
        "where she is' = enforced disappearance; arrest and detention undated. Rumoured move to an Aksu prison is hedged "
        "('we cannot confirm'): no transfer event. Author 'ABDUSALAM TOXTI' / 'Mr Toxti' (surname alone) 'was not "
        "detained' and 'had been arrested ... correct that' (negated arbitrary arrest) beside a police call abroad "
        "(transnational harassment, not an interrogation). 'last month' -> 2025-02; 'that August' -> 2019-08; "
        "'the following spring' -> 2020. Nephew 'Erkin Jappar'.")
ORGS = ["HALFMOON PRESS", "Halfmoon Press", "Achterberg & Lowe Literary Agency", "The Salt Orchard"]
PERSONS = [
    P("p1", "Fergus Mallory", ["Fergus Mallory"], ["narrator", "other"], gender="male"),
    P("p2", "Rosalind Achterberg", ["Rosalind Achterberg", "Rosalind"], ["other"], gender="female"),
    P("p3", "Abdusalam Toxti", ["ABDUSALAM TOXTI", "Toxti", "Abdusalam Toxti"], ["victim"], gender="male",
      rel=[("uncle", "p6")],
      viol=[("transnational.harassment", "he received a call from a man who said he was from the Kashgar police and who asked why his novel was being translated abroad")]),
    P("p4", "Dilnur Ablet", ["Dilnur Ablet", "Dilnur"], ["victim"], gender="female", rel=[("sister", "p5")],
      viol=[("movement.passport_confiscation", "the police had taken her passport at the airport"),
            ("detention.arbitrary_arrest", "she had been taken to a camp in Kashgar"),
            ("detention.internment_camp", "a camp in Kashgar"),
            ("indoctrination.political", "she had to study Chinese and sing songs every morning"),
            ("detention.incommunicado", "we have had no word from her at all"),
            ("disappearance.enforced", "nobody in Kashgar will tell the family where she is")]),
    P("p5", "Nurlan", ["Nurlan"], ["relative", "witness"], gender="male", rel=[("brother", "p4")]),
    P("p6", "Erkin Jappar", ["Erkin Jappar"], ["relative"], gender="male", rel=[("nephew", "p3")]),
]
PLACES = [
    L("Edinburgh", ["Edinburgh"]),
    L("Kashgar", ["Kashgar"]),
    L("Istanbul", ["Istanbul"]),
    L("Aksu", ["Aksu"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("14 March 2025", "2025-03-14", "day"),
    D("last month", "2025-02", "month"),
    D("commissioned in [[2019]]", "2019", "year"),
    D("the summer of 2019", "2019", "year"),
    D("that August", "2019-08", "month"),
    D("3 September 2019", "2019-09-03", "day"),
    D("the following spring", "2020", "year"),
    D("In 2021", "2021", "year"),
]
EVENTS = [
    ("return", "p4", "2019-08"),
    ("arrest", "p4", None),
    ("detention", "p4", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not detained"),
           ("p3", "detention.arbitrary_arrest", "he, too, had been arrested; he asks us to correct that")]
FORBIDDEN = []
