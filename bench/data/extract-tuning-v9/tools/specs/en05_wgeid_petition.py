LANG = "en"; DATE = "2021-05-20"
TEXT = """
COMMUNICATION TO THE UNITED NATIONS WORKING GROUP ON ENFORCED OR INVOLUNTARY DISAPPEARANCES
Individual case — submitted through a civil-society organisation in Almaty. Date of submission: 20 May 2021

1. Identity of the person subjected to disappearance
Family name: ZHAQSYLYQ
First name: Qanat
Sex: male
Date of birth: 3 March 1979
Nationality: Chinese (People's Republic of China)
Ethnic group: Kazakh
Occupation: veterinarian, Tekes county, Ili Kazakh Autonomous Prefecture, Xinjiang

2. Date of deprivation of liberty: 2 October 2018
3. Place: road checkpoint at the Khorgos border crossing
4. Forces believed responsible: officers of the Tekes County Public Security Bureau

5. Circumstances
Qanat Zhaqsylyq's wife and two children moved to Kazakhstan in 2016. He intended to follow them, but in 2017 the village committee collected his passport, together with those of every Kazakh in the village, and refused to give it back. In September 2018 he obtained a one-time exit permit. On 2 October 2018, at the checkpoint before Khorgos, his identity card set off an alarm on the scanner. Officers led him away from the queue. He has not been seen by his family since.

His wife was told unofficially by a neighbour that he had been placed in the "education and transformation" facility in Tekes. In January 2020 the county foreign affairs office informed the Consulate of Kazakhstan that Mr Zhaqsylyq had "completed his training" and was "working voluntarily" at a textile factory in Ghulja. A co-worker who has since reached Kazakhstan states that the workers sleep in the factory dormitory, may not leave it and are paid nothing for the first year.

No official notice of his detention, its legal basis or his present location has ever been given to the family. Letters sent to the Embassy of China in Astana on 14 April 2019 and 9 March 2020 went unanswered.

The family has no information that he has been ill-treated and does not make that claim.

6. Identity of the source
Aigerim Serikkyzy, wife, citizen of Kazakhstan, resident in Shymkent. Mrs Serikkyzy has not herself been threatened or contacted by the Chinese authorities. Qanat's brother, Daniyar Zhaqsylyq, who lives in Tekes, was summoned by the police in 2020 and warned that his sister-in-law's letters "make things worse for everyone". Since then Daniyar has stopped answering her calls.

7. Action requested
The source requests that the Working Group transmit the case to the Government of the People's Republic of China under its humanitarian procedure and ask for the whereabouts and fate of Qanat Zhaqsylyq.
"""
NOTE = ("Petition to the UN WGEID (individual-case form with numbered fields; submission date = document date); form field "
        "'Family name: ZHAQSYLYQ' and 'First name: Qanat' are mentions of p1 (capitals in a form), 'Mr Zhaqsylyq' covers the name only; "
        "'Date of deprivation of liberty' is a nominal statement of the arrest; passport collected by the village committee in 2017 "
        "= passport_confiscation; ID card alarm at a checkpoint = surveillance.checkpoint, 'Officers led him away' + 'not been seen "
        "by his family since' = arbitrary_arrest + disappearance (arrest, detention and disappearance at 2018-10-02); neighbour's "
        "report of the 'education and transformation' facility (asserted) = internment_camp; the consulate note of 'completed his "
        "training' + 'working voluntarily' with the co-worker's statement = forced_labour (and a release from the camp is not "
        "stated: no event); 'No official notice … ever been given' + unanswered letters = incommunicado; prevented from following "
        "his family = family.separation for both spouses; the family's non-claim of ill-treatment is neither gold nor forbidden; "
        "Aigerim 'has not herself been threatened' negated (transnational.harassment); Daniyar's summons and warning = "
        "family.reprisal (no custody event); organisation names with toponyms (Tekes County Public Security Bureau, Consulate "
        "of Kazakhstan, Embassy of China, Government of the People's Republic of China) are not place mentions.")
BLOCK = ["Tekes County Public Security Bureau", "Consulate of Kazakhstan", "Embassy of China",
         "Government of the People's Republic of China"]
P = [
 dict(id="p1", name="Qanat Zhaqsylyq", names=["Qanat Zhaqsylyq", "ZHAQSYLYQ", "Qanat", "Zhaqsylyq"], roles=["victim"],
      gender="male", ethnicity="Kazakh", birth_year=1979, citizenship=["China"],
      relations=[("husband", "p2"), ("brother", "p3")],
      violations=[
       ("movement.passport_confiscation", "in 2017 the village committee collected his passport, together with those of every Kazakh in the village, and refused to give it back"),
       ("surveillance.checkpoint", "his identity card set off an alarm on the scanner"),
       ("detention.arbitrary_arrest", "Officers led him away from the queue."),
       ("disappearance.enforced", "He has not been seen by his family since."),
       ("detention.internment_camp", "he had been placed in the \"education and transformation\" facility in Tekes"),
       ("labour.forced_labour", "the workers sleep in the factory dormitory, may not leave it and are paid nothing for the first year"),
       ("detention.incommunicado", "No official notice of his detention, its legal basis or his present location has ever been given to the family."),
       ("family.separation", "He intended to follow them, but in 2017 the village committee collected his passport"),
      ]),
 dict(id="p2", name="Aigerim Serikkyzy", names=["Aigerim Serikkyzy", "Serikkyzy"], roles=["relative", "witness", "victim"], gender="female",
      citizenship=["Kazakhstan"], relations=[("wife", "p1"), ("sister-in-law", "p3")],
      violations=[("family.separation", "He intended to follow them, but in 2017 the village committee collected his passport")]),
 dict(id="p3", name="Daniyar Zhaqsylyq", names=["Daniyar Zhaqsylyq", "Daniyar"], roles=["relative", "victim"], gender="male",
      relations=[("brother", "p1"), ("brother-in-law", "p2")],
      violations=[("family.reprisal", "was summoned by the police in 2020 and warned that his sister-in-law's letters \"make things worse for everyone\"")]),
]
PL = [("Almaty", ["Almaty"]), ("Tekes County", ["Tekes county", "Tekes"]), ("Ili Kazakh Autonomous Prefecture", ["Ili Kazakh Autonomous Prefecture"]), ("China", ["People's Republic of China"]),
      ("Xinjiang", ["Xinjiang"]), ("Khorgos", ["Khorgos"]), ("Kazakhstan", ["Kazakhstan"]), ("Ghulja", ["Ghulja"]),
      ("Astana", ["Astana"]), ("Shymkent", ["Shymkent"])]
D = [("20 May 2021", "2021-05-20"), ("3 March 1979", "1979-03-03"), ("2 October 2018", "2018-10-02"), ("2016", "2016"),
     ("2017", "2017"), ("September 2018", "2018-09"), (("2 October 2018", 1), "2018-10-02"), ("January 2020", "2020-01"),
     ("14 April 2019", "2019-04-14"), ("9 March 2020", "2020-03-09"), (("2020", 2), "2020")]
E = [("arrest", "p1", "2018-10-02"), ("detention", "p1", "2018-10-02"), ("disappearance", "p1", "2018-10-02")]
NEG = [("p2", "transnational.harassment", "Mrs Serikkyzy has not herself been threatened or contacted by the Chinese authorities")]
FORB = [("p3", "detention.arbitrary_arrest"), ("p1", "detention.prison_sentence"), ("p1", "death.in_custody")]
