FILE = "en02_embassy_petition.txt"
LANG = "en"
DATE = "2024-06-03"
NOTE = ("Petition to an embassy: addressee, embassy and ombudsman lines (offices and organisations are not places; the "
        "embassy's city after the comma is), Kyrgyz uulu/kyzy names "
        "(Nurbek Asanbek uulu <- Asanbek Mamytov), capitals and a pinyin-like Chinese rendering in the requests, "
        "'Mrs Toktosun kyzy', 'Mr Joldoshev'. An electric baton used when he was caught praying = electric shock + religious ban. Companion questioned but explicitly not detained/harmed; an attributed "
        "account by a released cellmate is coded; the move to Kashgar is a rumour (no event, not gold). 'Eleven days later', "
        "'In March of this year', 'from November to January', 'late January', 'in February', 'on Friday' resolved on context / petition date.")
ORGS = ["Ambassador of the Kyrgyz Republic to the People's Republic of China", "Embassy of the Kyrgyz Republic",
        "Ombudsman of the Kyrgyz Republic"]
PERSONS = [
    P("p1", "Nurbek Asanbek uulu", ["Nurbek Asanbek uulu", "Nurbek", "NURBEK ASANBEK UULU", "NUERBIEKE ASANBIEKE"],
      ["victim"], gender="male", ethnicity="Kyrgyz", birth_year=1984, citizenship=["Kyrgyzstan"],
      rel=[("son", "p2"), ("husband", "p3")],
      viol=[("surveillance.digital", "Chinese border officers went through his telephone and found a WhatsApp group of Kyrgyz traders"),
            ("detention.arbitrary_arrest", "On the strength of that chat he was taken off the lorry and driven away"),
            ("movement.passport_confiscation", "His Kyrgyz passport was kept by the border post"),
            ("detention.internment_camp", "Nurbek was \"studying\" at the vocational training centre of Akqi"),
            ("detention.incommunicado", "The family has had no telephone call, letter or visit since he was taken"),
            ("disappearance.enforced", "The Chinese side has never said where he is"),
            ("detention.shackling", "Nurbek's hands were cuffed to a bar of the bed at night"),
            ("detention.overcrowding", "the room held thirty-eight men on twelve bunks"),
            ("torture.electric_shock", "a guard pressed an electric baton to Nurbek's neck"),
            ("culture.religious_ban", "when he was caught praying"),
            ("labour.forced_labour", "Nurbek was sent out to sew work gloves in a workshop inside the compound")]),
    P("p2", "Asanbek Mamytov", ["Asanbek Mamytov"], ["relative"], gender="male", age=71, rel=[("father", "p1")]),
    P("p3", "Aizada Toktosun kyzy", ["Aizada Toktosun kyzy", "Toktosun kyzy"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1")],
      viol=[("transnational.harassment", "she has been telephoned twice from a Chinese number by a man who told her in Kyrgyz")]),
    P("p4", "Bakyt Sooronbaev", ["Bakyt Sooronbaev", "Bakyt"], ["witness"], gender="male"),
    P("p5", "Kanybek Joldoshev", ["Kanybek Joldoshev", "Joldoshev"], ["witness", "victim"], gender="male",
      viol=[("detention.internment_camp", "he had slept in the same room as Nurbek in Akqi from November to January"),
            ("detention.overcrowding", "the room held thirty-eight men on twelve bunks")]),
]
PLACES = [
    L("Beijing", ["Beijing"]),
    L("Xinjiang", ["Xinjiang Uyghur Autonomous Region"]),
    L("Bishkek", ["Bishkek"]),
    L("At-Bashy District", ["At-Bashy district", "At-Bashy"]),
    L("Naryn Region", ["Naryn region"]),
    L("Kyrgyzstan", ["Kyrgyz Republic", "Kyrgyzstan"]),
    L("Torugart", ["Torugart"]),
    L("Artux", ["Artux"]),
    L("Akqi County", ["Akqi county", "Aheqi", "Akqi"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("3 June 2024", "2024-06-03", "day"),
    D("17 February 1984", "1984-02-17", "day"),
    D("9 October 2023", "2023-10-09", "day"),
    D("the same night", "2023-10-09", "day"),
    D("Eleven days later", "2023-10-20", "day"),
    D("March of this year", "2024-03", "month"),
    D("from [[November]] to January", "2023-11", "month"),
    D("from November to [[January]]", "2024-01", "month"),
    D("late January", "2024-01", "month"),
    D("Kyrgyzstan in [[February]]", "2024-02", "month"),
    D("in [[the spring]]. We", "2024", "year"),
    D("Friday", "2024-05-31", "day"),
]
EVENTS = [
    ("arrest", "p1", "2023-10-09"),
    ("detention", "p1", "2023-10"),
    ("disappearance", "p1", "2023-10-09"),
    ("interrogation", "p4", "2023-10-09"),
    ("exit", "p4", None),
    ("release", "p5", "2024-01"),
    ("exit", "p5", "2024-02"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Bakyt was not detained"),
           ("p4", "torture.beating", "was not harmed")]
FORBIDDEN = [("p4", "detention.internment_camp"), ("p4", "surveillance.digital"), ("p5", "detention.shackling"),
             ("p5", "labour.forced_labour"), ("p5", "torture.electric_shock"), ("p2", "detention.arbitrary_arrest"), ("p3", "family.reprisal")]
