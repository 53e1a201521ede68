LANG = 'en'; DATE = '2025-04-02'
NOTE = ("Subtitle file (.srt) of a short documentary: cue numbers and timecodes (not dates), title card with place and "
        "document date, capitalised speaker lines (mentions), [Caption:]/[Archive:] cards, credits (film-maker, "
        "subtitler: not persons), organisation 'Zeytinburnu Uyghur Tailors' Guild' (no place). Turkic naming: Alimjan "
        "Nurahmet <- Nurahmet Tash <- Tash Qurbaniyaz; Ehet Tash brother. Denials: 'They did not take him' (father-in-law), "
        "'Nobody has threatened me' (son). Hedge: prison in Maralbeshi (no code, no event). Background 'More than a million'. "
        "Sentence known only by hearsay date (sentencing null). Transfer after 'For two months' from 9 October 2017 -> 2017-12 (month). 'last autumn'/'The same week' -> 2024.")
ORGS = ["Zeytinburnu Uyghur Tailors' Guild"]
PERSONS = [
 dict(id='p1', name='Zilala Obulqasim', names=['ZILALA OBULQASIM'], roles=['narrator', 'witness', 'relative', 'victim'],
      gender='female', age=44, relations=[('wife', 'p2'), ('mother', 'p5'), ('daughter', 'p4'), ('daughter-in-law', 'p3')],
      violations=[('transnational.harassment', 'He wanted my address in Istanbul and the name of my son\'s school')]),
 dict(id='p2', name='Nurahmet Tash', names=['Nurahmet Tash', 'Nurahmet'], roles=['victim'], gender='male', birth_year=1976,
      relations=[('husband', 'p1'), ('father', 'p5'), ('son', 'p3'), ('brother', 'p6'), ('son-in-law', 'p4')],
      violations=[('surveillance.checkpoint', 'At the checkpoint outside Kashgar city they scanned his face'),
                  ('surveillance.digital', 'a policeman went through his phone and found WhatsApp'),
                  ('detention.arbitrary_arrest', 'They put him in a van. No paper, no reason.'),
                  ('detention.pretrial', 'For two months he sat in the Peyziwat county detention centre.'),
                  ('detention.internment_camp', 'Then they moved him to a school that was not a school.'),
                  ('indoctrination.political', 'He had to sing the same red songs morning and evening,\nand he had to write his errors in Chinese every night.'),
                  ('detention.incommunicado', 'For half a year nobody in the family could learn\nwhere he was.'),
                  ('disappearance.enforced', 'For half a year nobody in the family could learn\nwhere he was.'),
                  ('detention.prison_sentence', 'heard that Nurahmet had been handed thirteen years')]),
 dict(id='p3', name='Tash Qurbaniyaz', names=['Tash Qurbaniyaz'], roles=['relative', 'victim'], gender='male', age=79,
      relations=[('father', 'p2'), ('father', 'p6'), ('father-in-law', 'p1'), ('grandfather', 'p5')],
      violations=[('movement.passport_confiscation', 'his passport was gathered in by the village office in 2017 and never came back')]),
 dict(id='p4', name='Horigul Ablet', names=['Horigul Ablet'], roles=['relative', 'victim'], gender='female',
      relations=[('mother', 'p1'), ('grandmother', 'p5'), ('mother-in-law', 'p2')],
      violations=[('family.reprisal', 'was kept a whole day\nat the township police post last autumn, because of me'),
                  ('detention.pretrial', 'was kept a whole day\nat the township police post')]),
 dict(id='p5', name='Alimjan Nurahmet', names=['ALIMJAN NURAHMET'], roles=['relative', 'witness'], gender='male', age=17,
      relations=[('son', 'p1'), ('son', 'p2'), ('grandson', 'p3'), ('grandson', 'p4')], violations=[]),
 dict(id='p6', name='Ehet Tash', names=['Ehet Tash', 'Ehet'], roles=['relative', 'witness'], gender='male',
      relations=[('brother', 'p2'), ('son', 'p3'), ('brother-in-law', 'p1')], violations=[]),
 dict(id='p7', name='Cao Yuliang', names=['Cao Yuliang'], roles=['official', 'perpetrator'], gender='male', violations=[]),
]
PLACES = [
 dict(name='Zeytinburnu', names=['Zeytinburnu']),
 dict(name='Istanbul', names=['Istanbul']),
 dict(name='Kashgar', names=['Kashgar', 'Kashgar city']),
 dict(name='Peyziwat County', names=['Peyziwat county', 'Jiashi']),
 dict(name='Maralbeshi', names=['Maralbeshi']),
 dict(name='Turkey', names=['Turkey']),
]
DATES = [
 ('2 April 2025', '2025-04-02', 'day'), ('9 October 2017', '2017-10-09', 'day'), ('1976', '1976', 'year'),
 ('the summer of 2020', '2020', 'year'), ('2001', '2001', 'year'), ('in [[2017]] and never', '2017', 'year'),
 ('last autumn', '2024', 'year'), ('The same week', '2024', 'year'),
]
EVENTS = [
 ('arrest', 'p2', '2017-10-09', 'day'), ('detention', 'p2', '2017-10-09', 'day'), ('transfer', 'p2', '2017-12', 'month'),
 ('disappearance', 'p2', '2017-10-09', 'day'), ('sentencing', 'p2', None, None),
 ('detention', 'p4', '2024', 'year'), ('release', 'p4', '2024', 'year'),
]
NEGATED = [('p3', 'detention.arbitrary_arrest', 'They did not take him.'),
           ('p5', 'transnational.harassment', 'Nobody has threatened me.')]
FORBIDDEN = [('p1', 'detention.pretrial'), ('p1', 'family.reprisal'), ('p6', 'detention.prison_sentence'),
             ('p4', 'transnational.harassment')]
