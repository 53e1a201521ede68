"""Common given names (canonical ULY-style Latin), most frequent first, and their diminutives.
Synthetic persons combine them at random; no real person is modelled.
"""

UY_MALE = """Muhemmed Ehmet Abdurehim Memet Tursun Abdukérim Abdulla Qurban Yasin Ilham Eli Hesen
Ömer Osman Abdureshit Abduqadir Ibrahim Ismayil Rozi Yüsüp Erkin Adil Alim Nurmemet Obul Qasim Tahir
Perhat Mijit Mamut Niyaz Sadiq Kérim Abliz Ablimit Abdusalam Rustem Ekber Enwer Shöhret Imin Jume
Toxti Yunus Musa Hamut Rehman Eysa Sabir Dilshat Ghopur Hoshur Mewlan Nurali Ablet Memtimin Ayup
Hüseyin Nurullah Qeyser Zunun Abdughopur Abduweli Abdurazaq Abduxaliq Abdumijit Abdusemet
Abdushükür Abliker Ablikim Abdughappar Arslan Batur Bekri Barat Dawut Ekrem Eziz Ghalip Ghayrat Hakim
Hamit Helil Hebibulla Imam Jalalidin Jappar Kamil Kamal Letip Mahmut Merdan Mutellip Muzepper Nijat
Obulqasim Polat Qadir Qahar Rahmitulla Rishat Sattar Sawut Shirmemet Tuniyaz Turghun Waris Weli
Xalmurat Yaqup Yalqun Zakir Zayit Zeydin Zulpiqar Ghulam Abdulhemit Abdughéni Nesrulla Süleyman
Memetéli Rozimemet Hushtar Mirzat Muhtar Nurmuhemmet Qeyum Seypidin Tayir Turdi Yarmemet""".split()

UY_FEMALE = """Aygül Gülnisa Patigül Ayshem Meryem Gülnar Mehriban Zöhre Rizwangül Adile Aynur Gülbahar
Nurgül Hurshide Mihray Dilnur Dilber Sajide Rahile Zulpiye Halide Ayjamal Tajigül Salamet Nezire
Sharapet Tursungül Reyhangül Hajigül Gülshen Shehide Amine Zeynep Hawa Roshengül Buhelchem Muherrem
Ayimnisa Gulzire Mahinur Adalet Aliye Amangül Anargül Arzugül Bahargül Buhejer Bumeryem
Chimengül Dilaram Dilnaz Gülbostan Gülchéhre Gülhumar Gülmire Gülzar Hebibe Husnigül Jamile Kamile
Kawser Mehbube Menzire Mihrigül Mukerrem Nadire Nazugül Nigare Nurnisa Nuriye Paride Perizat Qemer
Raziye Renagül Risalet Rukiye Saliye Sanuber Sebiye Shemsinur Süriye Tajinisa Tumaris Zeynure
Zumret Zulhumar""".split()

KZ_MALE = """Nurlan Serik Erlan Bolat Asqar Qayrat Murat Dawlet Erbol Ermek Qanat Marat Nurbek Asxat
Zhanbolat Baqitzhan Duman Talghat Berik Ruslan Sabit Aydos Aybek Aydar Beybit Dawren Dias Eldos
Ghalim Meyram Nurzhan Oraz Qaysar Samat Serzhan Temirlan Zhandos Zhomart Erzhan Arman Aset Abay""".split()

KZ_FEMALE = """Aygerim Gülnar Dinara Sawle Zhanar Aliya Aynur Gawhar Baqit Aqmaral Nazgül Sandughash
Ardaq Zhuldiz Saltanat Gülmira Asel Ayzhan Bayan Botagöz Dana Gülzhan Indira Qamshat Madina
Meruert Nurgül Rawshan Samal Tolghanay Zhansaya Zarina Aqbota""".split()

# explicit diminutives / short forms; generic rules apply otherwise
DIMINUTIVE = {
    "Muhemmed": ["Memet", "Mehmet", "Mamat", "Memetjan"],
    "Memet": ["Memetjan", "Mamat", "Metjan"],
    "Ehmet": ["Ehmetjan", "Ehet"],
    "Abdurehim": ["Rehim", "Abdu", "Rehimjan"],
    "Abdukérim": ["Kérim", "Abdu", "Kérimjan"],
    "Abdureshit": ["Reshit", "Abdu"],
    "Abduqadir": ["Qadir", "Abdu"],
    "Abdusalam": ["Salam", "Abdu"],
    "Abdulla": ["Abla", "Abdu", "Ablajan"],
    "Ibrahim": ["Ibra", "Ibrayim"],
    "Ismayil": ["Ismail", "Smayil"],
    "Hüseyin": ["Hüsen", "Hüsenjan"],
    "Nurmemet": ["Nur", "Nurjan"],
    "Memtimin": ["Memet", "Mimin"],
    "Tursun": ["Tursunjan", "Tuse"],
    "Patigül": ["Pati", "Patime"],
    "Gülnisa": ["Nisa", "Gülya"],
    "Mehriban": ["Mehri", "Mehrixan"],
    "Rizwangül": ["Rizwan", "Rizwa"],
    "Ayshem": ["Ayshe", "Ayshemxan"],
    "Tursungül": ["Tursun", "Tuse"],
    "Reyhangül": ["Reyhan"],
    "Roshengül": ["Roshen"],
    "Ayimnisa": ["Ayim", "Nisa"],
    "Meryem": ["Meryemxan", "Mayim"],
    "Nurlan": ["Nureke", "Nuri"],
    "Serik": ["Seke", "Serikzhan"],
    "Erlan": ["Erke", "Erlanzhan"],
    "Aygerim": ["Aygi", "Ayka"],
    "Zhanbolat": ["Zhanbo", "Bolat"],
    "Baqitzhan": ["Baqa", "Baqit"],
}
