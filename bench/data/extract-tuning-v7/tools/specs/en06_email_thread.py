FILE = "en06_email_thread.txt"
LANG = "en"
DATE = "2022-07-08"
NOTE = ("Exported e-mail thread: subject line, export note, From/Sent/To headers (the witness's name in headers is a "
        "mention; the archive desk and its initialled worker are not persons). 'Mr Turdaxun', 'Mr Sabir', 'Abduqadir aka'; "
        "the brother shares the surname. Relative dates anchored on the e-mail they stand in ('last month' -> 2022-06 from "
        "the 5 July mail, 'Yesterday' -> 2022-07-07 from the 8 July mail) or on narrated dates ('December' -> 2018-12, "
        "'the second day' -> 2018-10-15, 'the same day' -> 2019-08-30). 'iron chair' = tiger chair. Narrator says nobody "
        "beat him (negated) next to a cellmate kicked by a named guard; 31 men in a room is no overcrowding claim (no size "
        "given). Transfer of Abduqadir to Korla is hearsay (not gold). A call to the brother abroad about the narrator's "
        "talking = transnational.harassment for both brothers.")
PERSONS = [
    P("p1", "Ömerjan Turdaxun", ["Ömerjan Turdaxun", "Turdaxun"], ["narrator", "witness", "victim"], gender="male",
      rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "I was picked up on 14 October 2018 from my shop in Aksu city, a few days after I sent money to my brother in Kayseri. No one showed me any paper"),
            ("detention.internment_camp", "I was in room 217 of the Aksu city No. 1 training centre until 30 August 2019"),
            ("medical.biometric_collection", "the same as they did to me"),
            ("torture.tiger_chair", "they kept me in the iron chair until morning"),
            ("coercion.forced_confession", "I signed what they put in front of me"),
            ("transnational.harassment", "\"Your brother talks too much. Think of your mother.\"")]),
    P("p2", "Abduqadir Sabir", ["Abduqadir Sabir", "Sabir", "Abduqadir"], ["victim"], gender="male", age=60,
      viol=[("detention.internment_camp", "all held in that room with me"),
            ("torture.exposure", "they made him stand in the yard without a coat through the whole morning count"),
            ("culture.religious_ban", "because someone saw him praying in the toilet")]),
    P("p3", "Yasinjan Mamut", ["Yasinjan Mamut", "Yasinjan"], ["victim"], gender="male", age=23,
      viol=[("detention.internment_camp", "all held in that room with me"),
            ("detention.shackling", "he was chained by the ankle to the bed frame"),
            ("torture.beating", "kicked him in the stomach when he cried at night"),
            ("labour.forced_labour", "now sews in a factory in Aksu; he sleeps in its dormitory and may not leave")]),
    P("p4", "Ermek Baqytuly", ["Ermek Baqytuly"], ["official", "perpetrator"], gender="male", ethnicity="Kazakh"),
    P("p5", "Ulugbek Karimov", ["Ulugbek Karimov"], ["victim"], gender="male", ethnicity="Uzbek",
      citizenship=["Uzbekistan"],
      viol=[("detention.internment_camp", "all held in that room with me"),
            ("medical.biometric_collection", "they drew his blood and recorded his voice reading a newspaper")]),
    P("p6", "Mijit Turdaxun", ["Mijit Turdaxun", "Mijit"], ["relative", "victim"], gender="male", rel=[("brother", "p1")],
      viol=[("transnational.harassment", "Yesterday he had a call on WhatsApp from a number in Aksu")]),
]
PLACES = [
    L("Aksu", ["Aksu city", "Aksu"]),
    L("Kayseri", ["Kayseri"]),
    L("Onsu County", ["Onsu", "Wensu"]),
    L("Kelpin County", ["Kelpin"]),
    L("Uzbekistan", ["Uzbekistan"]),
    L("Ghulja", ["Ghulja"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("3 July 2022", "2022-07-03", "day"),
    D("the autumn of 2018", "2018", "year"),
    D("5 July 2022", "2022-07-05", "day"),
    D("14 October 2018", "2018-10-14", "day"),
    D("30 August 2019", "2019-08-30", "day"),
    D("December", "2018-12", "month"),
    D("last month", "2022-06", "month"),
    D("the same day", "2019-08-30", "day"),
    D("the second day", "2018-10-15", "day"),
    D("the spring of 2019", "2019", "year"),
    D("6 July 2022", "2022-07-06", "day"),
    D("8 July 2022", "2022-07-08", "day"),
    D("Yesterday", "2022-07-07", "day"),
    D("since [[2016]]", "2016", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-10-14"),
    ("detention", "p1", "2018-10-14"),
    ("interrogation", "p1", None),
    ("release", "p1", "2019-08-30"),
    ("release", "p3", "2019-08-30"),
    ("release", "p5", "2019"),
    ("exit", "p5", "2019"),
]
NEGATED = [("p1", "torture.beating", "nobody beat me")]
FORBIDDEN = [("p1", "detention.shackling"), ("p1", "torture.exposure"),
             ("p6", "detention.arbitrary_arrest"), ("p6", "family.reprisal")]
