FILE = "en03_landlord_reference.txt"
LANG = "en"
DATE = "2022-03-04"
NOTE = ("Private landlord's tenant reference letter to a letting agency (address blocks, Re: line in capitals, agency's "
        "questions Q./A., signature). Tenant 'MR NURMEMET YASIN' then 'Mr Yasin', 'Nurmemet'. His wife Gulbahar Tursun is "
        "also called 'Mrs Yasin' by the landlord (a wrong married name the text itself flags) and later 'Gulbahar'; her "
        "surname is her father's given name (Tursun Hoshur). Brother 'Rahman Yasin' then genitive 'Rahman's'. Landlord's "
        "wife 'Helen' and neighbour 'Mrs Ellis' are role other; the son and the mother-in-law are unnamed (not annotated). "
        "'the winter of 2019' is a year date; 'that October' chained on it -> 2019-10. 'never detained himself' negates "
        "arbitrary arrest of the tenant beside the brother's real camp detention. Father-in-law held since 2018 and died "
        "in detention = death event + death in custody. Surveillance of the mother is hedged ('cannot be sure'): not "
        "annotated. Coming to England as a student = exit.")
ORGS = ["Carter & Bell Estates"]
PERSONS = [
    P("p1", "Nurmemet Yasin", ["NURMEMET YASIN", "Mr Yasin", "Nurmemet"], ["relative"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3")]),
    P("p2", "Gulbahar Tursun", ["Gulbahar Tursun", "Mrs Yasin", "Gulbahar"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("daughter", "p4")]),
    P("p3", "Rahman Yasin", ["Rahman Yasin", "Rahman"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "had been taken from his home in Turpan that October"),
            ("detention.internment_camp", "put in one of the camps")]),
    P("p4", "Tursun Hoshur", ["Tursun Hoshur"], ["victim", "relative"], gender="male", rel=[("father", "p2")],
      viol=[("death.in_custody", "died while still in detention in Kashgar")]),
    P("p5", "Helen", ["Helen"], ["other"], gender="female", rel=[("wife", "p6")]),
    P("p6", "Graham Whitlock", ["Graham Whitlock"], ["narrator"], gender="male", rel=[("husband", "p5")]),
    P("p7", "Mrs Ellis", ["Mrs Ellis"], ["other"], gender="female"),
]
PLACES = [
    L("Leicester", ["Leicester"]),
    L("Nottingham", ["Nottingham"]),
    L("Turpan", ["Turpan"]),
    L("England", ["England"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("4 March 2022", "2022-03-04", "day"),
    D("1 September 2018", "2018-09-01", "day"),
    D("the winter of 2019", "2019", "year"),
    D("that October", "2019-10", "month"),
    D("March 2020", "2020-03", "month"),
    D("student in [[2014]]", "2014", "year"),
    D("May 2021", "2021-05", "month"),
    D("since [[2018]] and died", "2018", "year"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("arrest", "p3", "2019-10"),
    ("detention", "p3", "2019-10"),
    ("detention", "p4", "2018"),
    ("death", "p4", "2021-05"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Nurmemet was never detained himself")]
FORBIDDEN = []
