FILE = "en01_memorial_quilt_register.txt"
LANG = "en"
DATE = "2024-11-09"
NOTE = ("Community memory-quilt panel register of a sewing circle in Leeds (maker/for fields in capitals, makers' notes, "
        "a Q/A note). 'Leeds Central Library' is an organisation. Father NURMEMET ABLIZ vs his son named only 'Abliz' "
        "(son named after the grandfather): 'Abliz' alone is the brother. Husband 'SAWUT TOXTI' then 'Sawut'; daughter "
        "'Zulhumar' given name only. Dr Sarah Whitcombe is a named volunteer (other). 'last January' -> 2024-01; "
        "'two years before that' chained on 2018 -> 2016 (exit of Mukarem and Zulhumar to England). 'The police took him "
        "because he had WhatsApp' = arbitrary arrest + digital surveillance; sentence heard of later: undated sentencing. "
        "Move to Urumqi is hearsay ('I cannot say it is true'): no transfer. 'I was never arrested' negated; grandmother "
        "'was not in a camp' negated; she died at home (death event, death.in_custody forbidden). Her sons are unnamed.")
ORGS = ["Leeds Central Library"]
PERSONS = [
    P("p1", "Halime Nurmemet", ["HALIME NURMEMET"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3")]),
    P("p2", "Nurmemet Abliz", ["NURMEMET ABLIZ"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "two policemen came to the stall and took him away; nobody ever showed us a paper"),
            ("detention.internment_camp", "He was held in a camp outside the city"),
            ("indoctrination.political", "every morning they had to sing the same red songs and write self-criticisms"),
            ("detention.house_arrest", "he is still not allowed to leave his street without permission")]),
    P("p3", "Abliz", ["Abliz"], ["relative", "witness"], gender="male", rel=[("son", "p2"), ("brother", "p1")]),
    P("p4", "Sarah Whitcombe", ["Sarah Whitcombe"], ["other"], gender="female"),
    P("p5", "Mukarem Ismayil", ["MUKAREM ISMAYIL", "Mukarem"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p6"), ("mother", "p7")]),
    P("p6", "Sawut Toxti", ["SAWUT TOXTI", "Sawut"], ["victim"], gender="male",
      rel=[("husband", "p5"), ("father", "p7")],
      viol=[("detention.arbitrary_arrest", "the police took him because he had WhatsApp on his phone"),
            ("surveillance.digital", "because he had WhatsApp on his phone"),
            ("detention.prison_sentence", "he was sentenced to fifteen years"),
            ("detention.incommunicado", "We do not know in which prison, and no letter ever came")]),
    P("p7", "Zulhumar", ["Zulhumar"], ["relative"], gender="female", rel=[("daughter", "p5"), ("daughter", "p6")]),
    P("p8", "Rayhangul Adil", ["RAYHANGUL ADIL"], ["narrator", "relative"], gender="female", age=16,
      rel=[("granddaughter", "p9")]),
    P("p9", "Patigul Hesen", ["PATIGUL HESEN"], ["relative"], gender="female", birth_year=1941,
      rel=[("grandmother", "p8")]),
]
PLACES = [
    L("Hotan", ["Hotan"]),
    L("Ghulja", ["Ghulja"]),
    L("Urumqi", ["Urumqi"]),
    L("England", ["England"]),
    L("Atush", ["Atush"]),
]
DATES = [
    D("9 November 2024", "2024-11-09", "day"),
    D("April 2017", "2017-04", "month"),
    D("December 2018", "2018-12", "month"),
    D("last January", "2024-01", "month"),
    D("In [[2018]] the police", "2018", "year"),
    D("two years before that", "2016", "year"),
    D("1941", "1941", "year"),
    D("1941–[[2020]]", "2020", "year"),
    D("March 2020", "2020-03", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("release", "p2", "2018-12"),
    ("arrest", "p6", "2018"),
    ("detention", "p6", "2018"),
    ("sentencing", "p6", None),
    ("exit", "p5", "2016"),
    ("exit", "p7", "2016"),
    ("death", "p9", "2020-03"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "I was never arrested"),
           ("p9", "detention.internment_camp", "She was not in a camp")]
FORBIDDEN = [("p9", "death.in_custody")]
