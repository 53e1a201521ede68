FILE = "kk01_prokurorga_shagym.txt"
LANG = "kk"
DATE = "2022-11-21"
NOTE = ("Complaint to the Zharkent city prosecutor about police inaction (шағым полиция органының әрекетсіздігіне) on "
        "an earlier report of threatening calls from China to the writer's brother, Kazakh Cyrillic (full gold). Sender "
        "block in capitals and ablative 'ТОҚТАРОВА АЙНҰР ЕРЛАНҚЫЗЫНАН', signature 'А. Тоқтарова'; brother in dative "
        "form order 'Тоқтаров Нұрболат Ерланұлына', later only 'Нұрболатқа', 'Нұрболаттың'; sister-in-law 'Ләззат "
        "Сайлауқызы' then accusative 'Ләззатты'. Police lieutenant 'Д. Омаров' (who registered the report) is role "
        "other; the prosecutor is addressed by role only. ЖСН, phone, house/flat numbers, '8 парақ' are not dates. 'Біз "
        "... көшіп келдік' = exit of the writer and her brother (parents unnamed). '2017 жылдың қарашасында' + 'Он айдан "
        "кейін' -> release 2018-09 (chained). '14 қарашада' (no year) -> 2022-11-14; 'Өткен аптада' -> 2022-11; 'Кеше "
        "түнде' -> 2022-11-20; 'Биылғы тамыздан' -> 2022-08. Camp beating denied ('оны ұрмаған') beside indoctrination "
        "and language ban; the writer's own denial of arrest. Hedged: the sister-in-law's summons ('Естуімізше ... "
        "көрінеді': no interrogation event) and who the caller is. The wife's blocked exit = passport and family "
        "separation codes on her. Ethnicity ('қазақтармыз') and Kazakhstan citizenship stated for both siblings.")
ORGS = ["Жаркент қалалық полиция бөліміне", "Құлжа қалалық қоғамдық қауіпсіздік бюросының"]
PERSONS = [
    P("p1", "Тоқтарова Айнұр Ерланқызы", ["ТОҚТАРОВА АЙНҰР ЕРЛАНҚЫЗЫНАН", "А. Тоқтарова"], ["narrator", "relative"],
      gender="female", ethnicity="Kazakh", citizenship=["Kazakhstan"], rel=[("sister", "p2")]),
    P("p2", "Тоқтаров Нұрболат Ерланұлы", ["Тоқтаров Нұрболат Ерланұлына", "Нұрболатқа", "Нұрболаттың"],
      ["victim", "relative"], gender="male", ethnicity="Kazakh", birth_year=1991, citizenship=["Kazakhstan"],
      rel=[("brother", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "ешқандай құжатсыз «оқу орталығына» алып кеткен"),
            ("detention.internment_camp", "«оқу орталығына» алып кеткен"),
            ("indoctrination.political", "күн сайын қытайша ән жаттатып"),
            ("culture.language_ban", "қазақша сөйлеуге тыйым салған"),
            ("transnational.harassment", "«Журналистерге сөйлеуді доғар, әйтпесе әйеліңді енді көрмейсің»")]),
    P("p3", "Ләззат Сайлауқызы", ["Ләззат Сайлауқызы", "Ләззатты"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2")],
      viol=[("movement.passport_confiscation", "оның паспортын алып қойған"),
            ("family.separation", "Қазақстанға шығуға рұқсат бермейді")]),
    P("p4", "Д. Омаров", ["Д. Омаров"], ["other"], gender="male"),
]
PLACES = [
    L("Zharkent", ["Жаркент", "Жаркенттегі"]),
    L("China", ["Қытайдың"]),
    L("Ili", ["Іле облысы"]),
    L("Ghulja", ["Құлжа", "Құлжада"]),
    L("Kazakhstan", ["Қазақстанға", "Қазақстан"]),
]
DATES = [
    D("2022 жылғы 12 қазанда", "2022-10-12", "day"),
    D("([[1991]] ж.т.)", "1991", "year"),
    D("14 қарашада", "2022-11-14", "day"),
    D("2019 жылы", "2019", "year"),
    D("2017 жылдың қарашасында", "2017-11", "month"),
    D("Он айдан кейін", "2018-09", "month"),
    D("Биылғы тамыздан", "2022-08", "month"),
    D("Өткен аптада", "2022-11", "month"),
    D("Кеше түнде", "2022-11-20", "day"),
    D("2022 жылғы 21 қараша", "2022-11-21", "day"),
]
EVENTS = [
    ("exit", "p1", "2019"),
    ("exit", "p2", "2019"),
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
    ("release", "p2", "2018-09"),
]
NEGATED = [
    ("p2", "torture.beating", "орталықта оны ұрмаған"),
    ("p1", "detention.arbitrary_arrest", "Мен өзім ешқашан ұсталған емеспін"),
]
FORBIDDEN = []
