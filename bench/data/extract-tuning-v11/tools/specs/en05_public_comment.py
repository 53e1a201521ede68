LANG = 'en'; DATE = '2024-07-22'
NOTE = ("Public comment to a US customs agency on a forced-labour import petition: docket and comment IDs containing a "
        "year (not dates), US date format, agency and company names containing toponyms (U.S. Customs and Border "
        "Protection, 'Hotan Jinding Footwear Co., Ltd.': organisations, no places), signature line (a mention of the "
        "narrator). Turkic naming: Nurbiye and Gulbostan Esqer <- Esqer Tohti; Hebibe Polat <- Polat Imin. Place aliases: "
        "'Lop county, which Chinese documents call Luopu'; Hotan Prefecture vs Hotan city kept apart. Camp 'graduation' "
        "straight onto a bus to a factory = transfer (not release) + forced labour; standing in the yard in thin clothes in January = exposure; fined for speaking Uyghur = language "
        "ban; boarding kindergarten = separation for mother and child. Denial: husband 'was not taken and has never been "
        "held'. Hedge: uppers finished in Vietnam (no code). Age at the time 'then three'. 'last October' -> 2023-10.")
ORGS = ['U.S. Customs and Border Protection', 'Hotan Jinding Footwear Co., Ltd.']
PERSONS = [
 dict(id='p1', name='Gulbostan Esqer', names=['Gulbostan Esqer'], roles=['narrator', 'witness', 'relative', 'victim'], gender='female',
      ethnicity='Uyghur', citizenship=['United States'], relations=[('sister', 'p2'), ('daughter', 'p5'), ('aunt', 'p4')],
      violations=[('transnational.harassment', 'They asked him to phone me and say I should stop.')]),
 dict(id='p2', name='Nurbiye Esqer', names=['Nurbiye Esqer', 'Nurbiye'], roles=['victim'], gender='female', birth_year=1988,
      relations=[('sister', 'p1'), ('wife', 'p3'), ('mother', 'p4'), ('daughter', 'p5')],
      violations=[('surveillance.digital', 'looked at her phone, and found WhatsApp'),
                  ('detention.arbitrary_arrest', 'They walked her out to their car the same hour.'),
                  ('detention.internment_camp', 'Nurbiye spent those months in a "training school" in Lop county.'),
                  ('torture.exposure', 'the women there were made to stand in the yard in thin clothes until they could not feel their feet'),
                  ('labour.forced_labour', 'Since then she has stitched shoe uppers for Hotan Jinding Footwear Co., Ltd.'),
                  ('indoctrination.political', 'Every evening there is a Mandarin and "gratitude" class'),
                  ('culture.language_ban', "anyone heard speaking Uyghur on the line loses that day's pay"),
                  ('family.separation', 'was put into a county boarding kindergarten and did not see her mother for sixteen months')]),
 dict(id='p3', name='Polat Imin', names=['Polat Imin'], roles=['relative'], gender='male', relations=[('husband', 'p2'), ('father', 'p4')], violations=[]),
 dict(id='p4', name='Hebibe Polat', names=['Hebibe Polat'], roles=['relative', 'victim'], gender='female', age=3,
      relations=[('daughter', 'p2'), ('daughter', 'p3'), ('niece', 'p1'), ('granddaughter', 'p5')],
      violations=[('family.separation', 'was put into a county boarding kindergarten and did not see her mother for sixteen months')]),
 dict(id='p5', name='Esqer Tohti', names=['Esqer Tohti'], roles=['relative', 'victim'], gender='male', age=71,
      relations=[('father', 'p1'), ('father', 'p2'), ('grandfather', 'p4')],
      violations=[('family.reprisal', 'was called to the police post in our village last October, the week after I spoke at a community hearing in Washington')]),
 dict(id='p6', name='Lu Zhigang', names=['Lu Zhigang'], roles=['perpetrator'], gender='male', ethnicity='Han', violations=[]),
]
PLACES = [
 dict(name='Fairfax', names=['Fairfax']), dict(name='Virginia', names=['Virginia']),
 dict(name='United States', names=['United States']),
 dict(name='Lop County', names=['Lop county', 'Luopu']), dict(name='Hotan Prefecture', names=['Hotan Prefecture']),
 dict(name='Hotan', names=['Hotan city']), dict(name='Washington', names=['Washington']), dict(name='Vietnam', names=['Vietnam']),
]
DATES = [
 ('July 22, 2024', '2024-07-22', 'day'), ('since [[2019]]', '2019', 'year'), ('1988', '1988', 'year'),
 ('November 2017', '2017-11', 'month'), ('January 2018', '2018-01', 'month'), ('March 2019', '2019-03', 'month'), ('last October', '2023-10', 'month'),
]
EVENTS = [
 ('arrest', 'p2', '2017-11', 'month'), ('detention', 'p2', '2017-11', 'month'), ('transfer', 'p2', '2019-03', 'month'),
]
NEGATED = [('p3', 'detention.arbitrary_arrest', 'he was not taken and has never been held')]
FORBIDDEN = [('p3', 'detention.internment_camp'), ('p1', 'family.reprisal'), ('p5', 'transnational.harassment'), ('p4', 'detention.internment_camp')]
