FILE = "en03_interpol_ccf_request.txt"
LANG = "en"
DATE = "2022-02-14"
NOTE = ("London solicitors' request to the Commission for the Control of INTERPOL's Files for access to and deletion of "
        "a Chinese red notice (letterhead, applicant block, numbered paragraphs, annex list). The applicant appears in "
        "his passport's pinyin form 'MAIMAITIMING ADILI', then 'Adil Memtimin', 'Mr Memtimin'; the brother in capitals "
        "'EKREM MEMTIMIN' (also in the annex list), then 'Ekrem'; wife only 'Gulnaz'. The firm's 'We act for' / 'We ask' "
        "/ 'We submit' is the lawyers, not an exit. Partner Sarah Okafor is role other; 'BRENNAN OKAFOR LLP' is an "
        "organisation. Reference BO/IM/0387, postcode, Article 3, 8,000 lira are not dates. '19 days later' chained on 3 "
        "August 2020 -> release 2020-08-22. 'In late 2018' -> 2018. 'He has never been sentenced by any court' = negated "
        "prison sentence of the applicant beside the brother's real sentence. The mother's residential surveillance is "
        "hedged ('cannot verify', 'may') and she is unnamed: not annotated. 'He was not ill-treated there' is not tied to "
        "a specific code: nothing negated. Abuse of the red notice and the Dubai detention = transnational harassment; "
        "Dubai police custody = pretrial detention.")
ORGS = ["BRENNAN OKAFOR LLP", "Brennan Okafor LLP", "Commission for the Control of INTERPOL's Files", "Dubai Police"]
PERSONS = [
    P("p1", "Adil Memtimin", ["MAIMAITIMING ADILI", "Adil Memtimin", "Mr Memtimin"], ["victim", "relative"],
      gender="male", ethnicity="Uyghur", birth_year=1984, rel=[("husband", "p3"), ("brother", "p2")],
      viol=[("transnational.harassment", "stopped at Dubai airport on the strength of the notice"),
            ("detention.pretrial", "held in a police detention facility"),
            ("movement.passport_confiscation", "refused to renew the Applicant's passport")]),
    P("p2", "Ekrem Memtimin", ["EKREM MEMTIMIN", "Ekrem"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken to a \"transformation-through-education\" centre"),
            ("detention.internment_camp", "\"transformation-through-education\" centre in Kashgar"),
            ("detention.prison_sentence", "sentenced Ekrem to thirteen years"),
            ("family.reprisal", "The money in question was a transfer of 8,000 lira from the Applicant")]),
    P("p3", "Gulnaz", ["Gulnaz"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Sarah Okafor", ["Sarah Okafor"], ["other"], gender="female"),
]
PLACES = [
    L("London", ["London"]),
    L("Lyon", ["Lyon"]),
    L("France", ["France"]),
    L("China", ["People's Republic of China", "China's"]),
    L("Kashgar", ["Kashgar"]),
    L("Istanbul", ["Istanbul"]),
    L("Turkey", ["Turkey"]),
    L("Dubai", ["Dubai"]),
    L("United Arab Emirates", ["United Arab Emirates"]),
]
DATES = [
    D("14 February 2022", "2022-02-14", "day"),
    D("11 March 1984", "1984-03-11", "day"),
    D("2016", "2016", "year"),
    D("2017", "2017", "year"),
    D("In [[2019]] a court", "2019", "year"),
    D("late 2018", "2018", "year"),
    D("3 August 2020", "2020-08-03", "day"),
    D("19 days later", "2020-08-22", "day"),
    D("22 August 2020", "2020-08-22", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("exit", "p3", "2016"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", "2019"),
    ("arrest", "p1", "2020-08-03"),
    ("detention", "p1", "2020-08-03"),
    ("release", "p1", "2020-08-22"),
]
NEGATED = [("p1", "detention.prison_sentence", "He has never been sentenced by any court")]
FORBIDDEN = []
