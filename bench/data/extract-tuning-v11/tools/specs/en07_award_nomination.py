LANG = 'en'; DATE = '2022-09-15'
NOTE = ("Award nomination letter by an NGO (letterhead and closing name 'Bishkek Civic Monitoring Centre': organisation, no "
        "place; addressee committee; 'On behalf of the Board': no person). Kyrgyz naming: Cholpon Taalaibek kyzy and "
        "Nurlan Taalaibek uulu <- Taalaibek Mamatov; heading in capitals, 'Ms Taalaibek kyzy' (title outside span), bare "
        "'Cholpon', 'Nurlan's'. 'citizen of the Kyrgyz Republic' -> Kyrgyzstan. Place alias 'Artux (Atushi on Chinese "
        "maps)'. Summons 'to update his papers' = arbitrary arrest; forbidden to speak Kyrgyz = language ban; squatting "
        "for hours = stress position; pregnancy ended at the county hospital = forced abortion; coil fitted = forced contraception; mother's TV read-out = denunciation + "
        "confession + reprisal (the daughter abroad: harassment from the calls). Denials: wife 'was not arrested'; "
        "nominee 'has never been detained'. Father died at home (death.in_custody forbidden). 'May of this year' -> "
        "2022-05; 'A few weeks after his arrest' -> 2018 (year). Background: 'Hundreds of Kyrgyz families'.")
ORGS = ['BISHKEK CIVIC MONITORING CENTRE', 'Bishkek Civic Monitoring Centre']
PERSONS = [
 dict(id='p1', name='Cholpon Taalaibek kyzy', names=['CHOLPON TAALAIBEK KYZY', 'Cholpon Taalaibek kyzy', 'Taalaibek kyzy', 'Cholpon'],
      roles=['victim', 'relative', 'witness'], gender='female', age=41, citizenship=['Kyrgyzstan'],
      relations=[('sister', 'p2'), ('daughter', 'p5'), ('daughter', 'p6'), ('sister-in-law', 'p3')],
      violations=[('transnational.harassment', 'began calling her from a Chinese number, telling her that her brother\'s sentence "could grow"')]),
 dict(id='p2', name='Nurlan Taalaibek uulu', names=['Nurlan Taalaibek uulu', 'Nurlan'], roles=['victim'], gender='male', birth_year=1985,
      relations=[('brother', 'p1'), ('husband', 'p3'), ('son', 'p5'), ('son', 'p6')],
      violations=[('detention.arbitrary_arrest', 'he was summoned to the township office "to update his papers" and kept there'),
                  ('detention.internment_camp', 'he was sent to a camp in Artux'),
                  ('culture.language_ban', 'men were forbidden to speak Kyrgyz even among themselves'),
                  ('torture.stress_position', 'were made to squat in the corridor for hours if they forgot a Mandarin phrase'),
                  ('detention.prison_sentence', 'a court in Artux sentenced him to eleven years for "illegal border crossing"')]),
 dict(id='p3', name='Meerim Sadyrova', names=['Meerim Sadyrova'], roles=['relative', 'victim'], gender='female', relations=[('wife', 'p2')],
      violations=[('reproductive.forced_abortion', 'five months pregnant with their fourth child, she had already been made to end the pregnancy at the county hospital'),
                  ('reproductive.forced_contraception', 'she was taken to the township clinic and fitted with a contraceptive coil she had not asked for')]),
 dict(id='p4', name='Xu Peng', names=['Xu Peng'], roles=['official', 'perpetrator'], gender='male', violations=[]),
 dict(id='p5', name='Gulbara Seitkazieva', names=['Gulbara Seitkazieva'], roles=['relative', 'victim'], gender='female',
      relations=[('mother', 'p1'), ('mother', 'p2'), ('wife', 'p6')],
      violations=[('coercion.forced_denunciation', 'appeared on a regional television programme and read from a sheet that her daughter was "a liar paid by foreigners"'),
                  ('coercion.forced_confession', 'appeared on a regional television programme and read from a sheet that her daughter was "a liar paid by foreigners"'),
                  ('family.reprisal', 'appeared on a regional television programme and read from a sheet that her daughter was "a liar paid by foreigners"')]),
 dict(id='p6', name='Taalaibek Mamatov', names=['Taalaibek Mamatov'], roles=['relative'], gender='male',
      relations=[('father', 'p1'), ('father', 'p2'), ('husband', 'p5')], violations=[]),
]
PLACES = [
 dict(name='Bishkek', names=['Bishkek']), dict(name='Oslo', names=['Oslo']), dict(name='Norway', names=['Norway']),
 dict(name='Kyrgyzstan', names=['Kyrgyz Republic', 'Kyrgyzstan']),
 dict(name='Kizilsu Kyrgyz Autonomous Prefecture', names=['Kizilsu Kyrgyz Autonomous Prefecture', 'Kizilsu']),
 dict(name='Artux', names=['Artux', 'Atushi']), dict(name='China', names=['China']),
]
DATES = [
 ('15 September 2022', '2022-09-15', 'day'), ('1985', '1985', 'year'), ('In [[2017]], five months', '2017', 'year'), ('the first days of March 2018', '2018-03', 'month'),
 ('December 2019', '2019-12', 'month'), ('A few weeks after his arrest', '2018', 'year'), ('since [[2017]]', '2017', 'year'),
 ('publicly in [[2019]]', '2019', 'year'), ('August 2020', '2020-08', 'month'), ('2021', '2021', 'year'),
 ('since [[2016]]', '2016', 'year'), ('May of this year', '2022-05', 'month'), ("[[this year]]'s award", '2022', 'year'),
]
EVENTS = [
 ('arrest', 'p2', '2018-03', 'month'), ('detention', 'p2', '2018-03', 'month'), ('transfer', 'p2', None, None),
 ('sentencing', 'p2', '2019-12', 'month'), ('death', 'p6', '2021', 'year'),
]
NEGATED = [('p3', 'detention.arbitrary_arrest', 'was not arrested'),
           ('p1', 'detention.arbitrary_arrest', 'She herself has never been detained')]
FORBIDDEN = [('p6', 'death.in_custody'), ('p1', 'coercion.forced_denunciation'), ('p3', 'detention.internment_camp'), ('p5', 'transnational.harassment')]
