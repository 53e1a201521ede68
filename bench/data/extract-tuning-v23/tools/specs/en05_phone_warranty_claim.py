FILE = "en05_phone_warranty_claim.txt"
LANG = "en"
DATE = "2023-08-21"
NOTE = ("UK phone-repair shop's warranty and repair claim (store line, customer and device blocks, customer's fault "
        "description, technician's findings, signature). 'FIXPOINT MOBILE' and the store label 'Bull Ring' are orgs; claim "
        "ref. 'WR-230821-044' (contains the date digits), model, '128 GB', '24-month', '91%', phone number are not dates. "
        "Customer in inverted capitals 'HOŞUR, Nurbiye' and signature 'N. Hoşur'; brother 'Abliz' by given name only; the "
        "mother is a role only (unnamed). Technician 'M. Zielinski' and store manager Priya Sandhu are role other. "
        "Nationality Turkish -> citizenship Turkey. UK day/month dates '21/08/2023' (twice, document date), '14/02/2022', "
        "'09/07/2023' (= 9 July, the app's install date); '9 July', '31 July' take the form's year; 'Two days later' chained "
        "on 9 July -> 2023-07-11. Customer: phone taken by police at Urumqi airport, unlock code demanded, questioned about "
        "contacts (digital surveillance; interrogation event), face scans at market gates (checkpoint surveillance); 'I was "
        "not arrested' = negated arbitrary arrest beside the real acts. Her own guess ('probably put a program on it. I do not "
        "know if this is true') is hedged but the technician's finding is a fact. Brother: a year in a camp in 2018.")
ORGS = ["FIXPOINT MOBILE", "Bull Ring"]
PERSONS = [
    P("p1", "Nurbiye Hoşur", ["HOŞUR, Nurbiye", "N. Hoşur"], ["narrator", "victim", "relative"], gender="female",
      citizenship=["Turkey"], rel=[("sister", "p2")],
      viol=[("surveillance.digital", "two police officers took my phone and my passport into a back room"),
            ("surveillance.checkpoint", "my face was scanned at the gate of every market")]),
    P("p2", "Abliz", ["Abliz"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.internment_camp", "spent 2018 in a camp")]),
    P("p3", "M. Zielinski", ["M. Zielinski"], ["other"]),
    P("p4", "Priya Sandhu", ["Priya Sandhu"], ["other"], gender="female"),
]
PLACES = [
    L("Aksu", ["Aksu"]),
    L("Urumqi", ["Urumqi"]),
    L("Birmingham", ["Birmingham"]),
]
DATES = [
    D(("21/08/2023", 0), "2023-08-21", "day"),
    D("14/02/2022", "2022-02-14", "day"),
    D("9 July", "2023-07-09", "day"),
    D("Two days later", "2023-07-11", "day"),
    D("2018", "2018", "year"),
    D("31 July", "2023-07-31", "day"),
    D(("21/08/2023", 1), "2023-08-21", "day"),
    D("09/07/2023", "2023-07-09", "day"),
]
EVENTS = [("interrogation", "p1", "2023-07-09"), ("detention", "p2", "2018")]
NEGATED = [("p1", "detention.arbitrary_arrest", "I was not arrested")]
FORBIDDEN = []
