FILE = "fr02_micro_trottoir.txt"
LANG = "fr"
DATE = "2023-10-16"
NOTE = ("Transcript of a radio vox-pop (micro-trottoir) recorded at a rally and written up two days later for the "
        "station's website (station and programme names, 'établie le 16/10/2023', recording line with weekday date and "
        "place, bracketed sound notes, speaker labels in capitals, an anonymous passer-by who is not a person, duration). "
        "Reporter Inès Moreau and passer-by Gérard Lenoir are roles only (other); 'la guerre d'Algérie' is an event name "
        "(org: no place). Kamila Yolbars: brother 'Mon frère Ilyar' taken in 2017 over a VPN (impersonal 'on l'a "
        "emmené'), two and a half years in a camp, out in 2020, now in a textile factory he cannot refuse (forced "
        "labour). Father 'Tursun' 'n'a jamais été interné' (negated, rumours) but a camera at his door since last year "
        "(-> 2022) and weekly police visits (surveillance: positive control). Student Ayşe's aunt Meryemgül (Hotan): "
        "sterilisation only family hearsay and explicitly uncertain ('je ne sais pas'): forbidden; headscarf banned "
        "outdoors (religious ban). Durations and '3 min 12' are not dates.")
ORGS = ["guerre d'Algérie"]
PERSONS = [
    P("p1", "Inès Moreau", ["Inès Moreau", "INÈS MOREAU"], ["other"], gender="female"),
    P("p2", "Kamila Yolbars", ["KAMILA", "Kamila", "Kamila Yolbars"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p3"), ("daughter", "p4")]),
    P("p3", "Ilyar", ["Ilyar"], ["victim", "relative"], gender="male", rel=[("brother", "p2"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "on l'a emmené parce qu'il avait un VPN sur son téléphone"),
            ("surveillance.digital", "parce qu'il avait un VPN sur son téléphone"),
            ("detention.internment_camp", "Deux ans et demi dans un camp"),
            ("labour.forced_labour", "il travaille dans une usine de textile à Karamay, il ne peut pas refuser")]),
    P("p4", "Tursun", ["Tursun"], ["victim", "relative"], gender="male", rel=[("father", "p2"), ("father", "p3")],
      viol=[("surveillance.checkpoint", "il y a une caméra devant sa porte")]),
    P("p5", "Gérard Lenoir", ["GÉRARD LENOIR", "Gérard Lenoir"], ["other"], gender="male"),
    P("p6", "Ayşe", ["AYŞE", "Ayşe"], ["relative"], gender="female", rel=[("niece", "p7")]),
    P("p7", "Meryemgül", ["Meryemgül"], ["victim", "relative"], gender="female", rel=[("aunt", "p6")],
      viol=[("culture.religious_ban", "elle n'a plus le droit de porter son foulard dehors")]),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("Karamay", ["Karamay"]),
    L("Nanterre", ["Nanterre"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("16/10/2023", "2023-10-16", "day"),
    D("14 octobre 2023", "2023-10-14", "day"),
    D("en [[2017]]", "2017", "year"),
    D("en [[2020]]", "2020", "year"),
    D("l'an dernier", "2022", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("release", "p3", "2020"),
]
NEGATED = [("p4", "detention.internment_camp", "n'a jamais été interné")]
FORBIDDEN = [("p7", "reproductive.forced_sterilization"), ("p4", "detention.arbitrary_arrest"), ("p2", "detention.internment_camp")]
