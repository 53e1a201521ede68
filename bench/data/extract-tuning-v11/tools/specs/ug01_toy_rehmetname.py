LANG = 'ug'; DATE = '2024-09-20'
NOTE = ("Uyghur (Arabic script) wedding thank-you note from the bride's family. Gold covers persons, places and dates only: "
        "events, negated, forbidden are empty and no person has violations. Surfaces are whole words with suffixes "
        "(Ziwidening, Ziwidemu, Sherzat Yüsüpning, Sherzatning, Istanbulning, Ghuljida, Ürümchidiki, Almutidin, Gérmaniyedin). "
        "Turkic naming: Ziwide Tursunmemet <- Tursunmemet Rozi <- Rozi Qasim; Sherzat and Dilmurat Yüsüp <- Yüsüp Hajim. "
        "Signature 'Patigül Ömer (qizning anisi)' is the narrator. Ages: present age 'yigirme ikki yashta' kept over 'alte "
        "yashqa kirgende'; 'toqsan yashqa kirdi'. Dates: 'Toy küni' (twice) = the wedding day; 'Ötken yili' -> 2023; 'bu yil' "
        "-> 2024. Rumoured Ürümchi prison (place only). Background 'Nurghun aililerning'.")
ORGS = []
PERSONS = [
 dict(id='p1', name='Ziwide Tursunmemet', names=['Ziwide Tursunmemet', 'Ziwidening', 'Ziwide', 'Ziwidemu'], roles=['relative'], gender='female', age=22,
      relations=[('daughter', 'p3'), ('daughter', 'p8'), ('granddaughter', 'p4'), ('wife', 'p2')]),
 dict(id='p2', name='Sherzat Yüsüp', names=['Sherzat Yüsüpning', 'Sherzatning', 'Sherzat Yüsüp'], roles=['relative'], gender='male',
      relations=[('husband', 'p1'), ('son', 'p5'), ('son', 'p6'), ('brother', 'p7')]),
 dict(id='p3', name='Tursunmemet Rozi', names=['Tursunmemet Rozi'], roles=['victim'], gender='male', birth_year=1968,
      relations=[('father', 'p1'), ('husband', 'p8'), ('son', 'p4')]),
 dict(id='p4', name='Rozi Qasim', names=['Rozi Qasim'], roles=['relative'], gender='male', age=90, relations=[('father', 'p3'), ('grandfather', 'p1')]),
 dict(id='p5', name='Yüsüp Hajim', names=['Yüsüp Hajim'], roles=['relative'], gender='male', relations=[('father', 'p2'), ('father', 'p7')]),
 dict(id='p6', name='Meryemgül Tash', names=['Meryemgül Tash'], roles=['relative'], gender='female', relations=[('mother', 'p2'), ('mother', 'p7'), ('wife', 'p5')]),
 dict(id='p7', name='Dilmurat Yüsüp', names=['Dilmurat Yüsüp'], roles=['relative'], gender='male', relations=[('brother', 'p2')]),
 dict(id='p8', name='Patigül Ömer', names=['Patigül Ömer'], roles=['narrator', 'relative'], gender='female', relations=[('mother', 'p1'), ('wife', 'p3')]),
]
PLACES = [
 dict(name='Istanbul', names=['Istanbulning', 'Istanbulda', 'Istanbul']), dict(name='Sefaköy', names=['Sefaköy']),
 dict(name='Ghulja', names=['Ghulja shehiride', 'Ghuljida']), dict(name='Ili Kazakh Autonomous Prefecture', names=['Ili wilayitide']),
 dict(name='Ürümqi', names=['Ürümchidiki']), dict(name='Almaty', names=['Almutidin', 'Almutida']), dict(name='Germany', names=['Gérmaniyedin']),
]
DATES = [
 ('2024-yili 14-séntebir küni', '2024-09-14', 'day'), ('1968-yili', '1968', 'year'), ('2017-yili 5-aprél küni', '2017-04-05', 'day'),
 ('Ötken yili', '2023', 'year'), (('Toy küni', 0), '2024-09-14', 'day'), ('bu yil', '2024', 'year'), (('Toy küni', 1), '2024-09-14', 'day'),
 ('2024-yili 20-séntebir', '2024-09-20', 'day'),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
