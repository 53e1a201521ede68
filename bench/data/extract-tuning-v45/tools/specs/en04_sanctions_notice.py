FILE = "en04_sanctions_notice.txt"
LANG = "en"
DATE = "2025-05-20"
NOTE = ("Financial sanctions notice (numbered sections, entries with SURNAME Given, DOB in UK DD/MM/YYYY, position, "
        "date designated, statement of reasons, an amendment). The listed men are officials and perpetrators, not "
        "victims: the 'asset freeze and travel ban' imposed on them is no passport confiscation, and the detention "
        "they directed is not theirs (forbidden pairs). Abdukerim Hashim: taken from his classroom March 2018 = "
        "arbitrary arrest + camp (reading 1), died there October 2019 = death in custody, family not told where until "
        "the body came back = disappearance + incommunicado (reading 2). Gulzire Abdurahman: released from a camp 2019 "
        "(stay told without the taking = camp only), sent to a factory, not allowed to leave or contact her children = "
        "forced labour; the contact ban is told as a condition of the factory, not of detention (no incommunicado). "
        "DOB 03/07/1968 = 1968-07-03; '--/--/1972' = year 1972.")
ORGS = ["Yining County Public Security Bureau", "Human Resources and Social Security Department of Kashgar Prefecture",
        "Xinjiang Production and Construction Corps"]
PERSONS = [
    P("p1", "WANG Zhilin", ["WANG Zhilin", "Wang Zhilin"], ["official", "perpetrator"], gender="male", birth_year=1968),
    P("p2", "Abdukerim Hashim", ["Abdukerim Hashim"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "was taken from his classroom in March 2018"),
            ("detention.internment_camp", "held in the county re-education facility"),
            ("death.in_custody", "where he died in October 2019"),
            ("disappearance.enforced", "His family was not told where he was held until his body was returned to them"),
            ("detention.incommunicado", "His family was not told where he was held until his body was returned to them")]),
    P("p3", "LIU Ganzhen", ["LIU Ganzhen", "Liu Ganzhen"], ["official", "perpetrator"], gender="male", birth_year=1972),
    P("p4", "Gulzire Abdurahman", ["Gulzire Abdurahman"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "released from a camp in 2019"),
            ("labour.forced_labour", "sent to a garment factory in Anhui, where she was not allowed to leave the dormitory")]),
    P("p5", "CHEN Baoguo", ["CHEN Baoguo"], ["official"], gender="male"),
]
PLACES = [L("Yining County", ["Yining County"]), L("Kashgar", ["Kashgar"]), L("Anhui", ["Anhui"])]
DATES = [D(("20/05/2025", 0), "2025-05-20", "day"), D(("20/05/2025", 1), "2025-05-20", "day"),
         D(("20/05/2025", 2), "2025-05-20", "day"), D("03/07/1968", "1968-07-03", "day"), D("--/--/[[1972]]", "1972", "year"),
         D("from [[2017]] to", "2017", "year"), D("to [[2021]], Wang", "2021", "year"), D("March 2018", "2018-03", "month"),
         D("October 2019", "2019-10", "month"), D("camp in [[2019]]", "2019", "year"), D("22/03/2021", "2021-03-22", "day")]
EVENTS = [("arrest", "p2", "2018-03"), ("detention", "p2", "2018-03"), ("death", "p2", "2019-10"),
          ("release", "p4", "2019")]
NEGATED = []
FORBIDDEN = [("p1", "movement.passport_confiscation"), ("p1", "detention.arbitrary_arrest"),
             ("p1", "detention.internment_camp"), ("p3", "movement.passport_confiscation"), ("p3", "labour.forced_labour")]
