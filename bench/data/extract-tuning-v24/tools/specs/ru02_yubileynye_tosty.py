FILE = "ru02_yubileynye_tosty.txt"
LANG = "ru"
DATE = "2025-07-20"
NOTE = ("Transcript of a home video of a 70th-birthday party (jubilee toasts) written down by a granddaughter for the "
        "family album (header with the celebrant in the dative «Розе Турсуновне Абдуллаевой», café «Нарын» (org: no place "
        "inside), city and date; speaker labels in capitals, one with a name in brackets; an anonymous off-camera guest; "
        "bracketed notes; the transcriber's closing note). Celebrant in many forms: dative full name, «Розе», «Розочка», "
        "accusative «Розу». Husband first as «Папа», then «за своего Ильхама», «Дедушку Ильхама», full name only in the "
        "final note. Subjectless clauses: «Задержали прямо на кладбище», «Три года держали неизвестно где», «Выпустили», "
        "«паспорт так и не отдали». Went to Ghulja for his brother's funeral in 2018 (return). A trial is only rumoured "
        "and doubted: prison sentence forbidden. «саму Розу никто никогда не трогал» negated. Dates written as words: «в "
        "двадцать первом» -> 2021, «в семьдесят девятом» -> 1979; «в прошлом месяце» -> 2025-06. Host Алексей and "
        "friend Галина Петровна are roles only (other). «70 лет», «Три года», «12» are not dates.")
ORGS = ["Кафе «Нарын»"]
PERSONS = [
    P("p1", "Роза Турсуновна Абдуллаева", ["Розе Турсуновне Абдуллаевой", "Розе", "Розочка", "Розу"], ["relative"],
      gender="female", age=70, birth_year=1955, rel=[("wife", "p3"), ("mother", "p2"), ("grandmother", "p6")]),
    P("p2", "Рустам", ["Рустаму", "РУСТАМ", "Рустам"], ["narrator", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p3")]),
    P("p3", "Ильхам Абдуллаев", ["Ильхама", "Ильхам Абдуллаев"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("grandfather", "p6")],
      viol=[("detention.arbitrary_arrest", "Задержали прямо на кладбище, никакой бумаги не показали"),
            ("detention.incommunicado", "Три года держали неизвестно где, ни письма, ни звонка"),
            ("movement.passport_confiscation", "паспорт так и не отдали")]),
    P("p4", "Алексей", ["Алексей"], ["other"], gender="male"),
    P("p5", "Галина Петровна", ["Галина Петровна", "ГАЛИНА ПЕТРОВНА"], ["other"], gender="female"),
    P("p6", "Амина", ["Амина", "АМИНА", "Амины"], ["relative"], gender="female",
      rel=[("granddaughter", "p1"), ("granddaughter", "p3")]),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Ghulja", ["Кульджу"]),
    L("Almaty", ["Алма-Ату"]),
]
DATES = [
    D("20 июля 2025", "2025-07-20", "day"),
    D("в 2018-м", "2018", "year"),
    D("в двадцать первом", "2021", "year"),
    D("в прошлом месяце", "2025-06", "month"),
    D("в семьдесят девятом", "1979", "year"),
]
EVENTS = [
    ("return", "p3", "2018"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2021"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "саму Розу никто никогда не трогал")]
FORBIDDEN = [("p3", "detention.prison_sentence"), ("p2", "detention.arbitrary_arrest")]
