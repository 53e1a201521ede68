FILE = "fr01_attestation_temoin.txt"
LANG = "fr"
DATE = "2023-06-12"
NOTE = ("Attestation de témoin (art. 202 CPC) with form fields: 'Nom : TURDI' and 'Prénoms : Roukiyé' are mentions of the "
        "witness, as is the signature 'R. Turdi'; birth date '14/03/1985' (DD/MM/YYYY); street address, postcode 67000 and "
        "'titre de séjour n° 6702345678' are not dates or places (Strasbourg is). The witness and Gulnisa EHMET (capitals "
        "variant) were arrested the same day in May 2017 'sans aucune explication' and taken straight to the centre in the "
        "former lycée n° 3 of Peyziwat (detention carries the arrest date): overcrowding, anthem and self-criticism, "
        "Uyghur forbidden (both). Gulnisa: suspended by the arms to a grille all night (stress position), IUD fitted by "
        "force before release (été 2019 -> 2019). 'Moi, on ne m'a jamais frappée' = negated beating for the witness. "
        "Husband Memtimin Qurban: visit 'le mois suivant' after January 2018 -> 2018-02; taken 'deux semaines plus tard' "
        "(may cross a month) -> 2018; sentenced to fifteen years (as his unnamed sister wrote). Witness left China 2019 "
        "via Ürümqi and Istanbul (exit).")
ORGS = []
PERSONS = [
    P("p1", "Roukiyé Turdi", ["TURDI", "Roukiyé", "R. Turdi"], ["narrator", "witness", "victim"], gender="female",
      birth_year=1985,
      viol=[("detention.arbitrary_arrest", "nous avons été arrêtées le même jour, sans aucune explication"),
            ("detention.internment_camp", "conduites directement au centre de « formation »"),
            ("detention.overcrowding", "une chambre prévue pour six avec vingt-huit femmes"),
            ("indoctrination.political", "On nous obligeait à chanter l'hymne national et à écrire des autocritiques"),
            ("culture.language_ban", "on nous interdisait de parler ouïghour entre nous")]),
    P("p2", "Gulnisa Ehmet", ["Gulnisa EHMET", "Gulnisa"], ["victim"], gender="female", rel=[("wife", "p3")],
      viol=[("detention.arbitrary_arrest", "nous avons été arrêtées le même jour, sans aucune explication"),
            ("detention.internment_camp", "conduites directement au centre de « formation »"),
            ("detention.overcrowding", "une chambre prévue pour six avec vingt-huit femmes"),
            ("indoctrination.political", "On nous obligeait à chanter l'hymne national et à écrire des autocritiques"),
            ("culture.language_ban", "on nous interdisait de parler ouïghour entre nous"),
            ("torture.stress_position", "on l'avait suspendue par les bras à une grille toute la nuit"),
            ("reproductive.forced_contraception", "on lui avait posé un stérilet de force")]),
    P("p3", "Memtimin Qurban", ["Memtimin Qurban"], ["relative", "victim"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.prison_sentence", "condamné à quinze ans de prison")]),
]
PLACES = [
    L("Kashgar", ["Kachgar"]),
    L("China", ["Chine"]),
    L("Strasbourg", ["Strasbourg"]),
    L("Peyziwat", ["Peyziwat"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("14/03/1985", "1985-03-14", "day"),
    D("mai 2017", "2017-05", "month"),
    D("janvier 2018", "2018-01", "month"),
    D("le mois suivant", "2018-02", "month"),
    D("deux semaines plus tard", "2018", "year"),
    D("Chine en [[2019]]", "2019", "year"),
    D("mars 2022", "2022-03", "month"),
    D("été 2019", "2019", "year"),
    D("12 juin 2023", "2023-06-12", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-05"),
    ("detention", "p1", "2017-05"),
    ("release", "p1", "2018-01"),
    ("exit", "p1", "2019"),
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("release", "p2", "2019"),
    ("arrest", "p3", "2018"),
    ("sentencing", "p3", None),
]
NEGATED = [("p1", "torture.beating", "Moi, on ne m'a jamais frappée")]
FORBIDDEN = []
