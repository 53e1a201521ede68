FILE = "en03_change_of_name_declaration.txt"
LANG = "en"
DATE = "2021-07-15"
NOTE = ("UK statutory declaration of change of name (act line, numbered paragraphs, attestation and commissioner's line). "
        "'Statutory Declarations Act 1835' is a title (1835 is not a date); 'HM Passport Office' an org; postcode not a place. "
        "The declarant has two name forms, both in capitals: 'AYGUL PERHAT' and the pinyin transliteration 'AYIGULI PAERHATI' "
        "(same person), then 'Aygul Perhat' and the signature 'A. Perhat'; her surname is her father's given name (Perhat "
        "Yasin). Aunt 'Ayshem' by given name only; the cousin is a role only. The solicitor James R. Whitfield is role other. "
        "Ethnicity Uyghur is stated through 'as is usual among Uyghurs' for the declarant and her father only. 'the previous "
        "month' is chained on 'January 2020' -> 2019-12 (date of death). '15th day of July 2021' is the document date. Father: "
        "taken from home with no charge (arbitrary arrest), detention centre (pretrial), died there (death in custody). "
        "Mother: state video calling her daughter a liar and asking her to come home (forced denunciation). 'She was not "
        "arrested, as far as I know' is a qualified denial: neither negated nor forbidden. Declarant: embassy refusing to "
        "renew her passport unless she returns (transnational harassment).")
ORGS = ["Statutory Declarations Act 1835", "HM Passport Office"]
PERSONS = [
    P("p1", "Aygul Perhat", ["AYGUL PERHAT", "AYIGULI PAERHATI", "Aygul Perhat", "A. Perhat"],
      ["narrator", "victim", "relative"], gender="female", ethnicity="Uyghur", birth_year=1993,
      citizenship=["United Kingdom"], rel=[("daughter", "p2"), ("daughter", "p3"), ("niece", "p4")],
      viol=[("transnational.harassment", "refused to renew unless I returned to Kashgar in person")]),
    P("p2", "Perhat Yasin", ["Perhat Yasin"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      rel=[("father", "p1")],
      viol=[("detention.arbitrary_arrest", "We were never told of any charge"),
            ("detention.pretrial", "the detention centre in Yengisar"),
            ("death.in_custody", "he had died in the detention centre")]),
    P("p3", "Tursungul Ehmet", ["Tursungul Ehmet"], ["victim", "relative"], gender="female", rel=[("mother", "p1")],
      viol=[("coercion.forced_denunciation", "appeared in a video published by a state news outlet, in which she said that I was a liar")]),
    P("p4", "Ayshem", ["Ayshem"], ["relative"], gender="female", rel=[("aunt", "p1")]),
    P("p5", "James R. Whitfield", ["James R. Whitfield"], ["other"], gender="male"),
]
PLACES = [
    L("Oxford", ["Oxford"]),
    L("Kashgar", ["Kashgar"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("London", ["London"]),
    L("Yengisar", ["Yengisar"]),
]
DATES = [
    D("3 May 1993", "1993-05-03", "day"),
    D("since [[2020]]", "2020", "year"),
    D("2017", "2017", "year"),
    D("April 2018", "2018-04", "month"),
    D("January 2020", "2020-01", "month"),
    D("the previous month", "2019-12", "month"),
    D("2019", "2019", "year"),
    D("15th day of July 2021", "2021-07-15", "day"),
]
EVENTS = [("arrest", "p2", "2018-04"), ("detention", "p2", "2018-04"), ("death", "p2", "2019-12")]
NEGATED = []
FORBIDDEN = []
