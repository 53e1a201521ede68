FILE = "ug01_radio_programma.txt"
LANG = "ug"
DATE = "2024-10-09"
NOTE = ("Uyghur-language radio programme script (UEY, written in ULY and converted): programme title, host and reporter "
        "labels (رىياسەتچى, مۇخبىر: not persons) and the guest's label (a mention). Gold covers persons, places and dates "
        "only: events, negated and forbidden are empty and violations [] (do not score events or codes). Child's surname = "
        "father's given name (Tumaris/Yalqun Jalal <- Jalal Sultan); whole words with suffixes and the -mu particle "
        "(«Yalqun Jalalmu», «Qimmetgül Tursunmu», «Mekittin», «Qeshqerdiki»); a Han official in Uyghur spelling (Shü Jyen); "
        "«Mekit nahiyiside (xitayche Maygaiti)», «Qeshqer wilayitige» vs «Qeshqer shehiride»; «Shiwétsiye puqrasimen» -> "
        "Sweden; age at the time «atmish üch yashta idi» (63), «yetmish yashqa kirdi» (70); «shu yili küzde» -> 2018, "
        "«Ötken yili» -> 2023. The Kashgar prison is hearsay.")
PERSONS = [
    P("p1", "Tumaris Jalal", ["Tumaris Jalal", "Tumaris"], ["narrator", "relative", "witness"], gender="female",
      birth_year=1987, citizenship=["Sweden"],
      rel=[("daughter", "p2"), ("daughter", "p5"), ("sister", "p3")]),
    P("p2", "Jalal Sultan", ["Jalal Sultan"], ["victim", "relative"], gender="male", age=63,
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p5")]),
    P("p3", "Yalqun Jalal", ["Yalqun Jalalmu", "Yalqun"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p5"), ("husband", "p4")]),
    P("p4", "Qimmetgül Tursun", ["Qimmetgül Tursunmu"], ["victim", "relative"], gender="female", rel=[("wife", "p3")]),
    P("p5", "Nisagül Eli", ["Nisagül Eli"], ["relative"], gender="female", age=70,
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")]),
    P("p6", "Shü Jyen", ["Shü Jyen"], ["official", "perpetrator"]),
]
PLACES = [
    L("Stockholm", ["Stokholmda"]),
    L("Sweden", ["Shiwétsiye"]),
    L("Mekit County", ["Mekit nahiyiside", "Mekit", "Maygaiti", "Mekittin", "Mekit nahiyisidin"]),
    L("Kashgar Prefecture", ["Qeshqer wilayitige"]),
    L("Kashgar", ["Qeshqerdiki", "Qeshqer shehiride"]),
]
DATES = [
    D("2024-yili 9-öktebir", "2024-10-09", "day"),
    D("1987-yili", "1987", "year"),
    D("2015-yildin", "2015", "year"),
    D("2021-yildin", "2021", "year"),
    D("2018-yili martta", "2018-03", "month"),
    D("shu yili küzde", "2018", "year"),
    D("Ötken yili", "2023", "year"),
    D("2019-yili etiyazdin", "2019", "year"),
]
