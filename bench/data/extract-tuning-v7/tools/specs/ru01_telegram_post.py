FILE = "ru01_telegram_post.txt"
LANG = "ru"
DATE = "2023-05-12"
NOTE = ("Telegram channel post: channel name, time stamp and view counter, emoji, a forwarded message with a 'Переслано от:' "
        "label naming the wife (a mention), hashtags. Kazakh -улы names with oblique forms (Айбола, Айболу, Айболом; "
        "Ержигита; the father appears only in the dative «Мухтару Жакыпову»). «гражданин КНР» -> China, «гражданка "
        "Казахстана» -> Kazakhstan; «МИД Казахстана» and «посольство КНР» are organisations, «в Астане» a place. Кобуксар = "
        "Хобоксар-Монгольский автономный уезд = Хэбукэсаэр (one place). Brother not beaten «по его словам» (negated), father "
        "not detained (negated) but biometrics taken. The prison in Urumqi is a rumour (not gold). Dates: «1979 г.», «На "
        "третий день» / «в тот же вечер» -> 2018 (month may be February or March), «Через полгода» -> 2018-08, "
        "«Позавчера» -> 2023-05-10, «Прошлой осенью» -> 2022. The confiscated phone is not coded (no inspection stated).")
ORGS = ["МИД Казахстана", "посольство КНР"]
PERSONS = [
    P("p1", "Айбол Мухтарулы", ["Айбола Мухтарулы", "Айбол", "Айбола", "Айболу", "Айболом"], ["victim"], gender="male",
      ethnicity="казах", birth_year=1979, citizenship=["China"],
      rel=[("son", "p2"), ("brother", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "пришёл участковый Ли Гуанмин и увёл его «на беседу»"),
            ("detention.internment_camp", "он «учится» в лагере на окраине Кобуксара"),
            ("detention.prison_sentence", "Айболу дали 12 лет"),
            ("detention.incommunicado", "Ни одного звонка, ни одного письма"),
            ("disappearance.enforced", "Где он сейчас, никто не говорит")]),
    P("p2", "Мухтар Жакыпов", ["Мухтару Жакыпову"], ["relative", "victim"], gender="male", age=77,
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("medical.biometric_collection", "у него взяли кровь и отпечатки пальцев «для паспорта здоровья»")]),
    P("p3", "Ержигит Мухтарулы", ["Ержигит Мухтарулы", "Ержигита"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("detention.internment_camp", "провёл в том же лагере девять месяцев"),
            ("indoctrination.political", "каждый день заставляли учить китайские песни, а перед едой благодарить партию"),
            ("movement.passport_confiscation", "его паспорт забрал сельский комитет"),
            ("detention.house_arrest", "выезжать из села без разрешения ему нельзя до сих пор")]),
    P("p4", "Айнагуль Бекенова", ["Айнагуль Бекенова"], ["relative", "victim", "witness"], gender="female",
      citizenship=["Kazakhstan"], rel=[("wife", "p1")],
      viol=[("transnational.harassment", "Позавчера мне снова позвонили с китайского номера и сказали, чтобы я перестала писать в ваш канал")]),
    P("p5", "Ли Гуанмин", ["Ли Гуанмин"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("Hoboksar Mongol Autonomous County", ["Кобуксара", "Кобуксар", "Хобоксар-Монгольский автономный уезд", "Хэбукэсаэр"]),
    L("Tacheng Prefecture", ["округ Тачэн"]),
    L("China", ["КНР"]),
    L("Zaysan", ["Зайсане"]),
    L("Kazakhstan", ["Казахстана"]),
    L("Astana", ["Астане"]),
    L("Ürümqi", ["Урумчи"]),
]
DATES = [
    D("12 мая 2023", "2023-05-12", "day"),
    D("1979 г.", "1979", "year"),
    D("2012 года", "2012", "year"),
    D("феврале 2018 года", "2018-02", "month"),
    D("На третий день", "2018", "year"),
    D("тот же вечер", "2018", "year"),
    D("Через полгода", "2018-08", "month"),
    D("Летом 2019-го", "2019", "year"),
    D("Весной 2018 года", "2018", "year"),
    D("2019 года", "2019", "year"),
    D("Позавчера", "2023-05-10", "day"),
    D("Прошлой осенью", "2022", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018"),
    ("detention", "p1", "2018"),
    ("disappearance", "p1", "2018"),
    ("sentencing", "p1", None),
    ("detention", "p3", None),
    ("release", "p3", None),
]
NEGATED = [("p3", "torture.beating", "Ержигита, по его словам, не били"),
           ("p2", "detention.arbitrary_arrest", "самого его не задерживали")]
FORBIDDEN = [("p2", "detention.internment_camp"), ("p4", "detention.arbitrary_arrest"), ("p3", "detention.prison_sentence")]
