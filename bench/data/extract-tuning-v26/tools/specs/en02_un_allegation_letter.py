FILE = "en02_un_allegation_letter.txt"
LANG = "en"
DATE = "2020-10-12"
NOTE = ("Joint allegation letter of two UN special procedures (a Special Rapporteur and a Working Group) to a "
        "Government (mandates line, reference, 'Excellency', 'According to the information received', numbered "
        "questions, two signatures). The mandate holders' 'We'/'we' is not a group of victims. Victim 'Mr. Yaqub "
        "HAMDULLA' (surname in capitals), then 'Mr. Hamdulla'; his daughter is 'Ms. Munire Yaqub' / 'Ms. Yaqub' (his "
        "given name is her surname); wife 'Ms. Aynisa Toxti' / 'Ms. Toxti'. Signatories are role other. Neighbourhood "
        "committee, neighbour, police officer are roles only. Reference 'AL CHN 14/2020' and resolutions 40/10, 42/22 "
        "are not dates. 'On or around 5 January 2018' -> day; 'spring of 2017' -> 2017; 'August of this year' -> "
        "2020-08. 'has lived in Germany since 2012' = exit 2012. 'taken to study' = internment camp (family's words). "
        "Death in custody is an unconfirmed account the family rejects: no death event, code neither gold nor forbidden. "
        "'was not detained' (wife) = negated arbitrary arrest beside her compulsory political classes.")
ORGS = ["United Nations", "Working Group on Arbitrary Detention", "Human Rights Council"]
PERSONS = [
    P("p1", "Yaqub Hamdulla", ["Mr. Yaqub HAMDULLA", "Mr. Hamdulla"], ["victim", "relative"], gender="male",
      birth_year=1960, ethnicity="Uyghur", rel=[("father", "p2"), ("husband", "p3")],
      viol=[("culture.religious_ban", "stop teaching the Quran to children and to hand in his religious books"),
            ("detention.arbitrary_arrest", "taken from his home in Hotan by officers of the local police station. No warrant was shown"),
            ("detention.internment_camp", "he had been \"taken to study\""),
            ("disappearance.enforced", "no official information about where he is held")]),
    P("p2", "Munire Yaqub", ["Ms. Munire Yaqub", "Ms. Yaqub"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p3")],
      viol=[("transnational.harassment", "urging her to come back \"to help your father\"")]),
    P("p3", "Aynisa Toxti", ["Ms. Aynisa Toxti", "Ms. Toxti"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2")],
      viol=[("indoctrination.political", "required to attend evening political classes twice a week")]),
    P("p4", "Ingrid Solberg-Mensah", ["Ingrid Solberg-Mensah"], ["other"], gender="female"),
    P("p5", "Pieter Valkonen", ["Pieter Valkonen"], ["other"], gender="male"),
]
PLACES = [
    L("Hotan", ["Hotan"]),
    L("Germany", ["Germany"]),
    L("Berlin", ["Berlin"]),
]
DATES = [
    D("12 October 2020", "2020-10-12", "day"),
    D("1960", "1960", "year"),
    D("spring of 2017", "2017", "year"),
    D("5 January 2018", "2018-01-05", "day"),
    D("throughout [[2018]]", "2018", "year"),
    D("died in custody in [[2019]]", "2019", "year"),
    D("2012", "2012", "year"),
    D("July 2019", "2019-07", "month"),
    D("3 March 2019", "2019-03-03", "day"),
    D("August of this year", "2020-08", "month"),
]
EVENTS = [
    ("exit", "p2", "2012"),
    ("arrest", "p1", "2018-01-05"),
    ("detention", "p1", "2018-01-05"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Ms. Aynisa Toxti, was not detained")]
FORBIDDEN = []
