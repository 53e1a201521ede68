FILE = "en04_courier_customs_query.txt"
LANG = "en"
DATE = "2021-03-30"
NOTE = ("Courier company's returned-shipment customs query (mail headers, shipment block with shipper/consignee fields, "
        "reason code, air waybill number containing '2019') and the sender's reply. Consignee field in pinyin "
        "'AYIGULI MAIMAITI' = the sister Aygul Memet; 'Kashi' and 'Kashgar' are one place. Shipper field 'Rena MEMET'. "
        "Sister's husband by given name only ('Ekber'). 'took her that year' chained -> 2018; bare 'January' -> 2021-01; "
        "'last week' -> 2021-03 (month). The AWB number, reason code RTS-07 and postcode 2144 are not dates. WhatsApp "
        "found on the phone = arbitrary arrest + digital surveillance; garment factory she may not leave after the camp "
        "= forced labour. Beaten for speaking Uyghur in the camp (her own account via her husband) = beating + language ban. 'Ekber himself was not detained' negates arbitrary arrest beside fingerprints and blood sample. "
        "'police watch the house' is the writer's guess (no code). Books in Uyghur removed by customs: no code (no "
        "person is forbidden to speak). Consulate call telling her to delete a post = transnational harassment; no "
        "family reprisal coded for the sister ('for my sister's sake' is a hint, not an act). Courier agent Jason Li = other.")
ORGS = []
PERSONS = [
    P("p1", "Rena Memet", ["Rena Memet", "Rena MEMET"], ["narrator", "victim", "relative"], gender="female",
      rel=[("sister", "p2")],
      viol=[("transnational.harassment", "a man from the Chinese consulate in Sydney phoned me and told me to delete it")]),
    P("p2", "Aygul Memet", ["AYIGULI MAIMAITI", "Aygul Memet"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("wife", "p3")],
      viol=[("detention.arbitrary_arrest", "Police in Kashgar took her that year after they found WhatsApp on her phone"),
            ("surveillance.digital", "they found WhatsApp on her phone"),
            ("detention.internment_camp", "held in a camp outside the city"),
            ("torture.beating", "guards beat her twice"),
            ("culture.language_ban", "for speaking Uyghur to another woman there"),
            ("labour.forced_labour", "she now works in a garment factory in Aksu and is not allowed to leave it")]),
    P("p3", "Ekber", ["Ekber"], ["victim", "relative", "witness"], gender="male", rel=[("husband", "p2")],
      viol=[("medical.biometric_collection", "the police took his fingerprints and a blood sample")]),
    P("p4", "Jason Li", ["Jason Li", "Jason"], ["other"], gender="male"),
]
PLACES = [
    L("Auburn", ["Auburn"]),
    L("Australia", ["Australia"]),
    L("Kashgar", ["Kashi", "Kashgar"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("Sydney", ["Sydney"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("29 March 2021", "2021-03-29", "day"),
    D("02 FEB 2021", "2021-02-02", "day"),
    D("24 MAR 2021", "2021-03-24", "day"),
    D("30 March 2021", "2021-03-30", "day"),
    D("since [[2018]]", "2018", "year"),
    D("that year", "2018", "year"),
    D("2020", "2020", "year"),
    D("In [[January]] her husband", "2021-01", "month"),
    D("blood sample in [[2019]]", "2019", "year"),
    D("last week", "2021-03", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2020"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Ekber himself was not detained")]
FORBIDDEN = []
