LANG = "ug"; DATE = "2021-02-10"; ULY = True
TEXT = """
Hörmetlik dostlar, qérindashlar!

Men Nurgül Abdukérim. Istanbulda yashaymen, Türkiye puqrasimen. Bügün 2021-yili 10-féwral. Bu xetni uzun oylinip yazdim.

Dadam Abdukérim Tursun 1958-yili Qeshqer wilayitining Peyzawat nahiyiside (xitayche Jiyashi) tughulghan, ömür boyi déhqanchiliq qilghan. U 2016-yili Istanbulgha méni yoqlap kelgen. Belki shu seweptin tutulghandu, bilmeymen. 2017-yili 3-aprél küni kéchide saqchilar uni öydin élip ketti. Shu kündin buyan uningdin héchqandaq xewer yoq. Tirikmu, ölükmu, bilmeymiz.

Akam Ekrem Abdukérim Ürümchide oqutquchi idi. 2018-yili yazda uni mektepning özidin tutup ketti. Bir yildin kéyin bir tughqinimiz uning on ikki yilgha késilgenlikini éytti. Ekremning ayali Tajigül Yüsüp ikki balisi bilen Ürümchide qaldi, ular bilen alaqilishish mumkin emes.

Anam Rabiye Qasim hazir Peyzawatta yalghuz turidu. U manga ötken ayda téléfon qilip: "Qizim, chet elde söz qilma, bizge yaxshi bolmaydu," dédi. Uning yénida saqchi Wang Jün olturghanidi, dep anglidim.

Men Türkiyede toqquz yildin béri turimen. Dadamni we akamni körmigili uzun boldi. Kimde-kim ularni körgen bolsa yaki ular heqqide bir nerse anglighan bolsa, manga yézinglar. Dadamning süriti töwende. Uning boyi égiz, sol qolida kichik bir iz bar. U her küni besh waq namaz oquytti, kündüzi étizda ishleytti, siyasetke arilashmaytti.

Allah hemmimizge sewr ata qilsun.
"""
NOTE = ("Facebook appeal post in Uyghur Arabic script (written in ULY in this spec and converted with tools/uly2uey.py); gold covers "
        "persons, places and dates only (events, negated and forbidden are [] and every person's violations is [], as v6 does for "
        "ug); narrator Nurgül Abdukérim (Turkey citizen: 'Türkiye puqrasimen'); brother and sister carry the father's given name "
        "Abdukérim; 'Ekremning' (genitive) is a mention; kin words (Dadam, Akam, Anam) are not mentions; 'saqchi' before Wang Jün is "
        "a title (not in the span); places with case suffixes ('Istanbulda', 'Istanbulgha', 'Ürümchide', 'Peyzawatta', 'Türkiyede') "
        "and unit words ('Qeshqer wilayitining', 'Peyzawat nahiyiside'), 'xitayche Jiyashi' = the same county; dates as whole words: "
        "'2017-yili 3-aprél küni kéchide', 'Shu kündin', '2018-yili yazda', 'Bir yildin kéyin' -> 2019, 'ötken ayda' -> 2021-01; "
        "'toqquz yildin' is a duration, not a date.")
P = [
 dict(id="p1", name="Nurgül Abdukérim", names=["Nurgül Abdukérim"], roles=["narrator", "relative"], gender="female",
      citizenship=["Turkey"], relations=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p5")]),
 dict(id="p2", name="Abdukérim Tursun", names=["Abdukérim Tursun"], roles=["victim", "relative"], gender="male", birth_year=1958,
      relations=[("father", "p1"), ("father", "p3"), ("husband", "p5")]),
 dict(id="p3", name="Ekrem Abdukérim", names=["Ekrem Abdukérim", "Ekremning"], roles=["victim", "relative"], gender="male",
      relations=[("brother", "p1"), ("son", "p2"), ("husband", "p4"), ("son", "p5")]),
 dict(id="p4", name="Tajigül Yüsüp", names=["Tajigül Yüsüp"], roles=["relative"], gender="female", relations=[("wife", "p3")]),
 dict(id="p5", name="Rabiye Qasim", names=["Rabiye Qasim"], roles=["relative"], gender="female",
      relations=[("mother", "p1"), ("wife", "p2"), ("mother", "p3")]),
 dict(id="p6", name="Wang Jün", names=["Wang Jün"], roles=["official"], gender="male"),
]
PL = [("Istanbul", ["Istanbulda", "Istanbulgha"]), ("Turkey", ["Türkiye", "Türkiyede"]), ("Kashgar Prefecture", ["Qeshqer wilayitining"]),
      ("Peyzawat County", ["Peyzawat nahiyiside", "Jiyashi", "Peyzawatta"]), ("Ürümqi", ["Ürümchide"])]
D = [("2021-yili 10-féwral", "2021-02-10"), ("1958-yili", "1958"), ("2016-yili", "2016"), ("2017-yili 3-aprél küni kéchide", "2017-04-03"),
     ("Shu kündin", "2017-04-03"), ("2018-yili yazda", "2018"), ("Bir yildin kéyin", "2019"), ("ötken ayda", "2021-01")]
E = []; NEG = []; FORB = []
