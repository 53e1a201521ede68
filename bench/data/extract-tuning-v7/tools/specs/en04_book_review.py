FILE = "en04_book_review.txt"
LANG = "en"
DATE = "2023-09-25"
NOTE = ("Book review of a memoir: journal masthead containing a toponym (organisation, not a place), reviewer and "
        "translator credits (not persons), book title; the author is referred to by full name, by patronymic surname "
        "alone ('Serikbolqyzy') and as 'the author'; Kazakh -qyzy/-uly names (Serikbolqyzy <- Serikbol Amantay). A residence "
        "card gives no citizenship. Explicit denials for the author (beating, pills) next to acts on a bunkmate. County vs "
        "town of Mongolküre distinguished. The cousin's prison sentence is hearsay the author disowns (not gold). 'Two days "
        "later', 'the following summer', 'last year', 'this spring' resolved on context / review date. Kneeling for "
        "whispering in Kazakh = stress position + language ban.")
ORGS = ["THE ALMATY REVIEW OF BOOKS"]
PERSONS = [
    P("p1", "Zhanargul Serikbolqyzy", ["Zhanargul Serikbolqyzy", "Serikbolqyzy"], ["victim", "witness"], gender="female",
      age=41, rel=[("daughter", "p4"), ("wife", "p5"), ("cousin", "p6")],
      viol=[("surveillance.digital", "officers copied the contents of her phone"),
            ("medical.biometric_collection", "photographed her irises"),
            ("movement.passport_confiscation", "kept her passport"),
            ("detention.arbitrary_arrest", "she was \"invited\" to the township office and put in a van"),
            ("detention.internment_camp", "a former kindergarten at the edge of Mongolküre town, where she spent thirteen months"),
            ("detention.overcrowding", "the forty-three women in a room meant for sixteen"),
            ("ill_treatment.denied_hygiene", "the single bucket that served as their toilet"),
            ("torture.sleep_deprivation", "the roll calls every two hours of the night, so that nobody slept more than ninety minutes at a stretch"),
            ("indoctrination.political", "made the women write a self-criticism every Friday and sing \"The Party is dearer than my mother\" before each meal"),
            ("torture.stress_position", "made the author kneel on the concrete through a whole lesson"),
            ("culture.language_ban", "because she had whispered in Kazakh to the woman beside her"),
            ("detention.house_arrest", "the author was kept in her father's house in Mongolküre town, allowed out to the bazaar once a week with a cadre at her side"),
            ("detention.incommunicado", "for the first five months he had no idea where she was held"),
            ("disappearance.enforced", "for the first five months he had no idea where she was held")]),
    P("p2", "Liu Fang", ["Liu Fang", "Liu"], ["official", "perpetrator"], ethnicity="Han"),
    P("p3", "Gauhar Tilekqyzy", ["Gauhar Tilekqyzy"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "the older woman in the next bunk, Gauhar Tilekqyzy"),
            ("torture.beating", "was kicked by a guard until she could not get up"),
            ("medical.forced_medication", "was given injections after which her periods stopped")]),
    P("p4", "Serikbol Amantay", ["Serikbol Amantay"], ["relative"], gender="male", age=76, rel=[("father", "p1")]),
    P("p5", "Yerbol Qanatuly", ["Yerbol Qanatuly"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p6", "Aslan", ["Aslan"], ["relative"], gender="male", rel=[("cousin", "p1")]),
]
PLACES = [
    L("Mongolküre County", ["Mongolküre county", "Zhaosu"]),
    L("Ili Kazakh Autonomous Prefecture", ["Ili Kazakh Autonomous Prefecture", "Ili"]),
    L("Khorgos", ["Khorgos"]),
    L("Almaty", ["Almaty"]),
    L("Mongolküre", ["Mongolküre town"]),
    L("Künes", ["Künes"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("25 September 2023", "2023-09-25", "day"),
    D("November 2017", "2017-11", "month"),
    D("since [[2011]]", "2011", "year"),
    D("Two days later", "2017-11", "month"),
    D("December 2018", "2018-12", "month"),
    D("the following summer", "2019", "year"),
    D("August 2019", "2019-08", "month"),
    D("last year", "2022", "year"),
    D("this spring", "2023", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", "2017-11"),
    ("disappearance", "p1", "2017-11"),
    ("release", "p1", "2018-12"),
    ("exit", "p1", "2019-08"),
]
NEGATED = [("p1", "torture.beating", "\"No one laid a hand on me,\""),
           ("p1", "medical.forced_medication", "she was never made to swallow pills")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest"), ("p4", "detention.house_arrest"), ("p1", "reproductive.forced_sterilization")]
