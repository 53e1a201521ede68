LANG = "ru"; DATE = "2022-02-23"
NOTE = ("Transcript of a translated WhatsApp voice message (bracketed header with date, time, duration; the volunteer translator is no person). Sender Марьям (narrator, named only at the end) speaks to her cousin Халида in Istanbul. "
        "Рахман (only «дядю Рахмана», «Рахмана» form), father of Халида and Шохрат: taken from the bazaar without explanation in spring 2018 = arbitrary arrest (arrest + detention 2018), camp, released 2021-12 («декабре»), "
        "alone in a windowless room for answering in Uyghur = solitary + language ban; thirty in a cell for twenty square metres = overcrowding; bucket, washing once a month = denied hygiene; the local officer keeping the doctor away at home = denied medical care; "
        "he died at home but 'from what they did to him there' = death.in_custody (as a result of detention; death 2022-02-19 from «субботу»); «Бить его ... не били» negated beating. "
        "Шохрат made to speak on local TV reading from paper that his sister is a traitor = forced denunciation + confession and family.reprisal; 'Самого Шохрата ... не забирали' negated; the same broadcast is transnational.harassment for Халида. "
        "Марьям held two days at the police station in Aksu in 2017 (arrest + detention + release 2017), made to sign that she would not pray = forced confession + religious ban; calls from Ürümchi asking her Bishkek address = transnational harassment. The aunt's passport (unnamed aunt) is not coded. "
        "«понедельник» -> 2022-02-21, «вчера» -> 2022-02-22, «прошлом году» -> 2021.")
P = [
 dict(id="p1", name="Марьям", names=["Марьям"], roles=["narrator", "victim", "relative"], gender="female",
      relations=[("cousin", "p2"), ("niece", "p3")],
      violations=[("detention.pretrial", "меня саму в 2017-м двое суток продержали в участке в Аксу"),
                  ("detention.arbitrary_arrest", "меня саму в 2017-м двое суток продержали в участке в Аксу, когда я приехала за справкой"),
                  ("coercion.forced_confession", "выпустили, только когда я подписала бумагу, что больше не буду молиться"),
                  ("culture.religious_ban", "я подписала бумагу, что больше не буду молиться"),
                  ("transnational.harassment", "Спрашивали мой адрес в Бишкеке и с кем я хожу на собрания.")]),
 dict(id="p2", name="Халида", names=["Халида"], roles=["victim", "relative"], gender="female",
      relations=[("daughter", "p3"), ("sister", "p4"), ("cousin", "p1")],
      violations=[("transnational.harassment", "он сказал, что ты «предательница» и «работаешь на врагов»")]),
 dict(id="p3", name="Рахман", names=["Рахмана"], roles=["victim", "relative"], gender="male",
      relations=[("father", "p2"), ("father", "p4"), ("uncle", "p1")],
      violations=[("detention.arbitrary_arrest", "его забрали прямо с базара весной 2018 года, даже лавку закрыть не дали, и никто нам так и не объяснил, за что"),
                  ("detention.internment_camp", "Выпустили его из лагеря в декабре"),
                  ("detention.solitary_confinement", "там его почти месяц держали одного, в комнате без окна"),
                  ("culture.language_ban", "за то, что он ответил охраннику по-уйгурски"),
                  ("detention.overcrowding", "в камере их было тридцать человек на двадцать квадратных метров"),
                  ("ill_treatment.denied_hygiene", "туалет — ведро в углу, мыться водили раз в месяц"),
                  ("ill_treatment.denied_medical_care", "Дома участковый врача к нему не пускал"),
                  ("death.in_custody", "Тётя говорит, умер от того, что с ним сделали там.")]),
 dict(id="p4", name="Шохрат", names=["Шохрата"], roles=["victim", "relative"], gender="male",
      relations=[("son", "p3"), ("brother", "p2")],
      violations=[("coercion.forced_denunciation", "Твоего брата Шохрата в прошлом году заставили выступить по местному телевидению: он сказал, что ты «предательница»"),
                  ("coercion.forced_confession", "он читал с бумажки, его заставили"),
                  ("family.reprisal", "Твоего брата Шохрата в прошлом году заставили выступить по местному телевидению")]),
]
PL = [("Bishkek", ["Бишкека", "Бишкеке"]), ("Istanbul", ["Стамбуле"]), ("Aksu", ["Аксу"]), ("Ürümchi", ["Урумчи"])]
D = [("23.02.2022", "2022-02-23"), ("Сегодня", "2022-02-23"), ("понедельник", "2022-02-21"), ("весной 2018 года", "2018"), ("декабре", "2021-12"), ("субботу", "2022-02-19"),
     ("2016-м", "2016"), ("прошлом году", "2021"), ("2017-м", "2017"), ("вчера", "2022-02-22")]
E = [("arrest", "p3", "2018"), ("detention", "p3", "2018"), ("release", "p3", "2021-12"), ("death", "p3", "2022-02-19"),
     ("arrest", "p1", "2017"), ("detention", "p1", "2017"), ("release", "p1", "2017")]
NEG = [("p3", "torture.beating", "Бить его, по её словам, не били"), ("p4", "detention.arbitrary_arrest", "Самого Шохрата, слава Богу, не забирали")]
FORB = [("p2", "family.reprisal"), ("p4", "detention.internment_camp"), ("p1", "detention.internment_camp"), ("p1", "movement.passport_confiscation")]
