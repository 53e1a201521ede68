FILE = "ug01_lager_guwahliq_bayani.txt"
LANG = "ug"
DATE = "2024-01-12"
NOTE = ("Survivor's written account (guwahliq bayani) recorded by a documentation centre in Istanbul, Uyghur Arabic "
        "script (written in ULY, tools/uly/, converted with uly2uey.py), full gold. Narrator Abduqadir Rozaxun (born "
        "1975, teacher in Turpan): end of May 2017 taken 'on besh künlük öginishke' by the party secretary Wang Jün, no "
        "paper (arbitrary arrest + camp in Toqsun), thirty to a room (overcrowding), anthem and 'tonush xéti' "
        "(indoctrination), made to sign an admission of his 'mistake' (forced confession), prayer and 'Bismillah' "
        "forbidden (religious ban; the cameras are not coded), 'Méni urmidi' / 'Manga héch dora bermidi' / 'Méni sotqa "
        "chiqarmidi' (negated beating, forced medication, prison sentence), released November 2018, seven months of "
        "Monday signing without leave to quit Turpan (house arrest), exit June 2019. Cellmate Nurmemet Abla: weekly "
        "injections (forced medication) and night shackles (shackling). Women's section: hearsay (nothing). Son Ilyar: "
        "sent to an Urumqi boarding school (family separation). Wife Hebibe: summoned three times 'Ötken yili küzde' -> "
        "2023 about his contacts in Istanbul (interrogation + family reprisal), phone searched (digital surveillance), "
        "'Uni tutmidi' (negated arbitrary arrest). Brother Abdughopur Rozaxun: arrested March 2018 (arbitrary arrest), "
        "family never told where (disappearance + incommunicado); the Ghulja prison rumour is unconfirmed (nothing). The Turpan school "
        "and the centre are organisations.")
ORGS = ["Tarim Höjjet Merkizining", "Turpan sheherlik birinchi ottura mektepte"]
PERSONS = [
    P("p1", "Abduqadir Rozaxun", ["Abduqadir Rozaxun"], ["narrator", "victim", "witness"], gender="male",
      birth_year=1975, rel=[("father", "p3"), ("husband", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "Héchqandaq qeghez körsetmidi"),
            ("detention.internment_camp", "Méni Toqsun nahiyesidiki bir lagérgha qamidi"),
            ("detention.overcrowding", "Bir öyde ottuz kishi yattuq"),
            ("indoctrination.political", "dölet naxshisini éytip, kechte \"tonush xéti\" yazduq"),
            ("coercion.forced_confession", "özümning \"xatalighim\"ni étirap qilidighan bir xetke qol qoyushqa mejburlidi"),
            ("culture.religious_ban", "Namaz oqush, hetta \"Bismillah\" déyishmu cheklen'gen idi"),
            ("detention.house_arrest", "her dushenbe saqchixanigha bérip imza qoydum, Turpandin chiqishqa ruxset yoq idi")]),
    P("p2", "Nurmemet Abla", ["Nurmemet Abla", "Nurmemet"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "qoshnam Nurmemet Abla isimlik"),
            ("medical.forced_medication", "her hepte ukol saldi"),
            ("detention.shackling", "Uning putigha kéchisi kishen sélip qoyatti")]),
    P("p3", "Ilyar", ["Ilyar"], ["victim"], gender="male", rel=[("son", "p1"), ("son", "p4")],
      viol=[("family.separation", "uni Ürümchidiki bir yatiliq mektepke ewetti")]),
    P("p4", "Hebibe", ["Hebibe"], ["relative", "victim"], gender="female", rel=[("wife", "p1"), ("mother", "p3")],
      viol=[("family.reprisal", "saqchilar uni üch qétim chaqirip, méning Istanbulda kimler bilen körüshidighanliqimni soridi"),
            ("surveillance.digital", "uning téléfonini élip tekshürdi")]),
    P("p5", "Abdughopur Rozaxun", ["Abdughopur Rozaxun"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "Abdughopur Rozaxun 2018-yili 3-ayda tutuldi"),
            ("disappearance.enforced", "Uning qeyerde ikenlikini a'ilimizge héchkim éytmidi"),
            ("detention.incommunicado", "Uning qeyerde ikenlikini a'ilimizge héchkim éytmidi")]),
    P("p6", "Wang Jün", ["Wang Jün"], ["official", "perpetrator"], gender="male"),
    P("p7", "Zöhre Hamut", ["Zöhre Hamut"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulda"]),
    L("Turpan", ["Turpanda", "Turpandin"]),
    L("Toksun", ["Toqsun"]),
    L("Kazakhstan", ["Qazaqistan"]),
    L("Turkey", ["Türkiyege"]),
    L("Urumqi", ["Ürümchidiki"]),
    L("Ghulja", ["Ghuljidiki"]),
]
DATES = [
    D("2024-yili 12-yanwar", "2024-01-12", "day"),
    D("1975-yili", "1975", "year"),
    D("2017-yili 5-ayning axirida", "2017-05", "month"),
    D("Shu yili", "2017", "year"),
    D("2018-yili 11-ayda", "2018-11", "month"),
    D("2019-yili 6-ayda", "2019-06", "month"),
    D("Ötken yili küzde", "2023", "year"),
    D("2018-yili 3-ayda", "2018-03", "month"),
    D("Ötken yili 8-ayda", "2023-08", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-05"),
    ("detention", "p1", "2017-05"),
    ("release", "p1", "2018-11"),
    ("exit", "p1", "2019-06"),
    ("detention", "p2", None),
    ("interrogation", "p4", "2023"),
    ("arrest", "p5", "2018-03"),
    ("detention", "p5", "2018-03"),
    ("disappearance", "p5", None),
]
NEGATED = [("p1", "torture.beating", "Méni urmidi"),
           ("p1", "medical.forced_medication", "Manga héch dora bermidi"),
           ("p1", "detention.prison_sentence", "Méni sotqa chiqarmidi"),
           ("p4", "detention.arbitrary_arrest", "Uni tutmidi")]
FORBIDDEN = []
