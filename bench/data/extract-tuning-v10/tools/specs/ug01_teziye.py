from uly2uey import conv as U
LANG = "ug"; DATE = "2024-04-15"
NOTE = ("Obituary (teziye) in a diaspora community bulletin, Uyghur Arabic script (UEY), written in ULY (tools/uly/ug01_teziye.uly) and converted with tools/uly2uey.py; surfaces in this spec are written in ULY and converted the same way. "
        "Gold covers persons, places and dates only: events, negated and forbidden are [] and every person's violations [] (the 'öginish' euphemism, the unknown whereabouts and the confinement to the mahalla are not scored). "
        "Children carry the father's given name: Erkin Nizamidin, Perizat Nizamidin <- Nizamidin Hapiz; his younger brother Abduréhim Hapiz shares the father's name; 'Erkin akimizgha' and 'Perizat hedimizge' give bare given names (honorific words outside). "
        "The bulletin's name contains 'Gollandiye' and the book title «Toqsun naxshiliri» contains 'Toqsun': neither is a place mention. Mentions are whole words with case suffixes ('Turpandiki', 'Ürümchide', 'Qazaqistanning'); unit words stay ('Turpan shehiride', 'Toqsun nahiyisining', 'Bostan yézisida'). "
        "Dates are whole words with suffixes: '2024-yili 9-aprél kéchisi', '2018-yili etiyazda', '2020-yili küzde', '1968-yildin'; 'Ötken hepte' -> 2024-04; 'Ötken jüme küni' -> 2024-04-12 (the bulletin date is a Monday); 'yetmish sekkiz yashta' = age 78.")
BLOCK = [U("Gollandiye Uyghur Jamaiti Uchurnamisi"), U("«Toqsun naxshiliri»")]
P = [
 dict(id="p1", name="Nizamidin Hapiz", names=[U("Nizamidin Hapiz")], roles=["victim", "relative"], gender="male", birth_year=1946, age=78,
      relations=[("father", "p2"), ("father", "p4"), ("husband", "p3"), ("brother", "p5")]),
 dict(id="p2", name="Erkin Nizamidin", names=[U("Erkin Nizamidin"), U("Erkin")], roles=["relative", "witness"], gender="male",
      relations=[("son", "p1"), ("brother", "p4")]),
 dict(id="p3", name="Rahile Sopi", names=[U("Rahile Sopi")], roles=["relative"], gender="female", relations=[("wife", "p1")]),
 dict(id="p4", name="Perizat Nizamidin", names=[U("Perizat Nizamidin"), U("Perizat")], roles=["relative"], gender="female",
      relations=[("daughter", "p1"), ("sister", "p2")]),
 dict(id="p5", name="Abduréhim Hapiz", names=[U("Abduréhim Hapiz")], roles=["relative"], gender="male", relations=[("brother", "p1")]),
 dict(id="p6", name="Tursunjan Eziz", names=[U("Tursunjan Eziz")], roles=["witness"], gender="male"),
]
PL = [("Netherlands", [U("Gollandiyide")]), ("Turpan", [U("Turpan shehiride"), U("Turpandiki"), U("Turpanda")]),
      ("Toqsun County", [U("Toqsun nahiyisining"), U("Toqsun")]), ("Bostan Township", [U("Bostan yézisida")]), ("Ürümchi", [U("Ürümchide")]),
      ("Qumul", [U("Qumul shehiride")]), ("Kazakhstan", [U("Qazaqistanning")]), ("Almaty", [U("Almuta shehiride")]), ("Kashgar", [U("Qeshqer")]),
      ("Hotan", [U("Xotendiki")]), ("Amsterdam", [U("Amstérdamdiki")])]
D = [(U("2024-yili 15-aprél"), "2024-04-15"), (U("2024-yili 9-aprél kéchisi"), "2024-04-09"), (U("1946-yili"), "1946"), (U("1968-yildin"), "1968"),
     (U("1995-yili"), "1995"), (U("2016-yili yazda"), "2016"), (U("2018-yili etiyazda"), "2018"), (U("2020-yili küzde"), "2020"), (U("2019-yili"), "2019"),
     (U("2009-yildin"), "2009"), (U("2017-yili"), "2017"), (U("Ötken hepte"), "2024-04"), (U("Ötken jüme küni"), "2024-04-12")]
E = []; NEG = []; FORB = []
