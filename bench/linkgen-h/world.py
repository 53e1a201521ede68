"""Hand-written tables for generator H (names, places, transliteration).

Everything here was written from the author's own knowledge; nothing was copied from
any file, repository or web page.  Names are common given names, not real persons.
"""

# ---------------------------------------------------------------- given names
# Canonical spelling is Uyghur Latin (ULY) letters; Kazakh/Kyrgyz use 'ı' for the back
# vowel ы and 'j' for the zh sound (Kazakh ж), flagged by ethnicity when rendered.
UY_MALE = """Memet Abdulla Tursun Ablimit Abduréhim Qurban Ehmet Turghun Rozi Imin Yasin Obul
Abdukérim Hésen Hüsen Ibrahim Ilham Ismayil Osman Ömer Mamut Qadir Qasim Rehim Sadiq Salih
Sawut Sélim Tahir Yusup Zunun Erkin Perhat Nijat Dilmurat Alim Alimjan Adil Abliz Ayup Barat
Batur Ekber Ekrem Ghalip Ghopur Jappar Kamil Kérim Mehmut Memtimin Mirzat Muhemmet Mutellip
Nurmemet Abduréshit Abdusalam Atawulla Iminjan Exmetjan Mijit Nurmuhemmet Ababekri Abdughopur
Hebibulla Niyaz Paxirdin Rustem Sabir Sherip Tayir Toxti Tohtaxun Xalmurat Yaqup Yunus Zakir
Eysa Musa Abdurahman Ablet Arslan Mewlan Qeyser Rishat Shöhret Ghulam Hoshur Kurash
Abdughéni Abdumijit Abduqadir Abduweli Ablikim Adiljan Akbar Alimjan Anwer Awut Bekri Dawut
Ehet Eli Elijan Enwer Ezimet Ghayret Hamit Hékimjan Helil Hézim Ibadulla Ilyas Irpan Islam
Jélil Jüme Kamal Kurbanjan Lutpulla Mahmut Mamutjan Mehemmet Memetjan Mexmut Mirzahid Muxtar
Nebi Nesrulla Nurehmet Obulqasim Omerjan Oghuz Pattar Qahar Qeyum Rahman Rozimemet Rozaxun
Sadir Saydulla Sulayman Tursunjan Tursunniyaz Ubul Ubulhesen Wahit Xalmurat Yalqun Yarmemet
Yasinjan Yüsüpjan Zayit Zordun Zulpiqar Nurdun Muhter Ekremjan""".split()

UY_FEMALE = """Gülnar Aynur Patigül Meryem Ayshem Rahile Mihrigül Gülbahar Zöhre Tursunay Nurgül
Rabiye Zulpiye Hawa Amine Dilnur Dilber Gülzire Gülshen Gülnisa Mihray Ayjamal Buhelchem Nigare
Sajide Tajigül Hélchem Perizat Peride Shahide Zeynep Mukerrem Rozigül Qurbangül Aynisa Hepize
Mahire Reyhan Gulchehre Munire Nurnisa Ruqiye Sanawer Tunisa Xalide Xeyrinisa Zohra Ezize
Bahargül Ayxan Gülmire Hayrinsa Mehbube Nezire Pezilet Rashide Salamet Ümide
Adalet Ayimgül Aysajan Bumeryem Bunisa Dilnaz Dilshat Gülbostan Gülchéhre Gülshat Halime
Hayat Hurshide Kamile Kewser Mahinur Mayinur Melike Mewlude Muyesser Nazugum Nazuk Nurbiye
Nurxan Parida Rahime Roshengül Saadet Sahibjamal Subinur Tajinisa Tumaris Xadiche Xalche
Xurshide Yultuz Zahide Zeytune Zulfiye Ziwerem""".split()

KZ_MALE = """Serikjan Nurlan Erlan Bauırjan Qayrat Dauren Asqar Ermek Bolat Murat Baqıtjan Jandos
Erjan Orınbek Qabılbek Aydar Amanjol Daniar Ersin Jenis Nurbek Qajımuqan Sabıt Tursınbek Uraz
Beybit Berik Darhan Galım Janbolat Kenjebek Marat Nurjan Qanat Samat Serik Talgat Temirlan
Orazbek Muhtar Abılay Bekzat Duysen Erbolat Asan Aset Baurjan Dosjan Erkin Esen Jaqsılıq
Janat Madi Nurmuhammed Oral Qayırbek Quanısh Rısbek Sayın Serjan Tölegen Yerkebulan""".split()

KZ_FEMALE = """Sayragül Gülbahar Aqgül Aynur Dina Gülnur Janar Aygerim Saule Aliya Baqıt Gülzira
Jibek Kamshat Lazzat Meruert Nazgül Rayhan Sholpan Tayjan Ulbosın Zarina Ayjan Botagoz Dana
Gaukhar Jannat Qarlıgash Sandugash Asem Balnur Dinara Elmira Gülsim Indira Kulpash Maira
Nazira Roza Sayagül Tolqın Juldız Ayman Bibigül""".split()

KG_MALE = """Qubanıchbek Almazbek Nurbek Azamat Baqıt Ermek Kanat Maksat Nurlan Talant Ulan
Asılbek Bektur Chıngız Dastan Kalıs Mırzabek Omurbek Sultan""".split()
KG_FEMALE = """Aynura Cholpon Asel Gülzat Jıldız Kalicha Meerim Nazira Aygül Burul Gülmira Tolkun""".split()

# Han / Hui: (characters, pinyin) syllables.
HUI_SURNAMES = [("马", "ma"), ("杨", "yang"), ("丁", "ding"), ("韩", "han"), ("海", "hai"),
                ("李", "li"), ("白", "bai"), ("金", "jin"), ("周", "zhou")]
HAN_SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
                ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
                ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao")]
HAN_GIVEN_M = [("建国", "jianguo"), ("伟", "wei"), ("军", "jun"), ("明", "ming"), ("志强", "zhiqiang"),
               ("海", "hai"), ("文", "wen"), ("成", "cheng"), ("德明", "deming"), ("永福", "yongfu"),
               ("学军", "xuejun"), ("福祥", "fuxiang"), ("国华", "guohua"), ("忠", "zhong"),
               ("有才", "youcai"), ("玉山", "yushan"), ("贵", "gui"), ("占林", "zhanlin")]
HAN_GIVEN_F = [("秀英", "xiuying"), ("玉兰", "yulan"), ("海燕", "haiyan"), ("丽", "li"), ("芳", "fang"),
               ("桂兰", "guilan"), ("秀兰", "xiulan"), ("静", "jing"), ("红", "hong"), ("梅", "mei"),
               ("淑珍", "shuzhen"), ("玉梅", "yumei"), ("凤英", "fengying"), ("燕", "yan")]

# Titles / kinship words by language (prefix=True means the word comes first).
TITLES_EN = [("Haji", True), ("Imam", True), ("Dr.", True), ("Teacher", True), ("Mullah", True),
             ("Mr.", True), ("Prof.", True)]
KIN_UY_M = ["aka", "ake", "hajim", "qarim", "ata"]
KIN_UY_F = ["hede", "apa", "acha", "hajim"]
KIN_KZ_M = ["aga", "ata", "qajy"]
KIN_KZ_F = ["apa", "apaı", "jenge"]

# ---------------------------------------------------------------- places
# Prefectures keyed by the facility file's Prefecture value:
# key: (ULY, Chinese, pinyin, Russian, [English / old / other forms])
PREFS = {
    "Kashgar": ("Qeshqer", "喀什地区", "Kashi", "Кашгар", ["Kashgar", "Kaxgar", "Kashghar", "Kash."]),
    "Hotan": ("Xoten", "和田地区", "Hetian", "Хотан", ["Hotan", "Khotan", "Hoten"]),
    "Aksu": ("Aqsu", "阿克苏地区", "Akesu", "Аксу", ["Aksu", "Aqsu"]),
    "Ili": ("Ili", "伊犁哈萨克自治州", "Yili", "Или", ["Ili", "Ili Kazakh AP", "Ghulja region", "Yili Pref."]),
    "Ürümqi": ("Ürümchi", "乌鲁木齐市", "Wulumuqi", "Урумчи", ["Urumqi", "Urumchi", "Dihua", "UMQ"]),
    "Tacheng": ("Chöchek", "塔城地区", "Tacheng", "Чугучак", ["Tacheng", "Qoqek", "Chuguchak"]),
    "Bayingolin": ("Bayin'ghulin", "巴音郭楞蒙古自治州", "Bayinguoleng", "Баянгол", ["Bayingolin", "Bayangol", "Bazhou"]),
    "Changji": ("Sanji", "昌吉回族自治州", "Changji", "Чанцзи", ["Changji", "Sanji"]),
    "Kizilsu": ("Qizilsu", "克孜勒苏柯尔克孜自治州", "Kezilesu", "Кызылсу", ["Kizilsu", "Kizilsu Kirghiz AP", "Qizilsu"]),
    "Altay": ("Altay", "阿勒泰地区", "Aletai", "Алтай", ["Altay", "Altai"]),
    "Turpan": ("Turpan", "吐鲁番市", "Tulufan", "Турфан", ["Turpan", "Turfan"]),
    "Hami": ("Qumul", "哈密市", "Hami", "Кумул", ["Hami", "Kumul", "Qomul"]),
    "Bortala": ("Börtala", "博尔塔拉蒙古自治州", "Boertala", "Боротала", ["Bortala", "Bole region"]),
    "Karamay": ("Qaramay", "克拉玛依市", "Kelamayi", "Карамай", ["Karamay", "Karamai"]),
}

# Counties keyed by the facility file's Town value:
# key: (prefecture key, ULY, Chinese, pinyin, Russian, [English / old / other forms], Kazakh Cyrillic or None)
COUNTIES = {
    "Kashgar": ("Kashgar", "Qeshqer shehiri", "喀什市", "Kashi Shi", "Кашгар", ["Kashgar city", "Kashgar"], None),
    "Shufu": ("Kashgar", "Kona Sheher", "疏附县", "Shufu Xian", "Кона-Шахар", ["Konasheher", "Shufu county"], None),
    "Shule": ("Kashgar", "Yéngisheher", "疏勒县", "Shule Xian", "Янгишахар", ["Yengishahar", "Shule county"], None),
    "Shache": ("Kashgar", "Yeken", "莎车县", "Shache Xian", "Яркенд", ["Yarkand", "Yarkant", "Yarkent"], None),
    "Yecheng": ("Kashgar", "Qaghiliq", "叶城县", "Yecheng Xian", "Каргалык", ["Karghilik", "Kargilik"], None),
    "Bachu": ("Kashgar", "Maralbéshi", "巴楚县", "Bachu Xian", "Маралбаши", ["Maralbeshi", "Maralbexi"], None),
    "Makit": ("Kashgar", "Mekit", "麦盖提县", "Maigaiti Xian", "Мекит", ["Makit", "Merkit"], None),
    "Jiashi": ("Kashgar", "Peyziwat", "伽师县", "Jiashi Xian", "Пейзават", ["Payziwat", "Peyzivat"], None),
    "Zepu": ("Kashgar", "Poskam", "泽普县", "Zepu Xian", "Поскам", ["Poskam"], None),
    "Yengisar": ("Kashgar", "Yéngisar", "英吉沙县", "Yingjisha Xian", "Янгисар", ["Yengisar", "Yangi Hissar"], None),
    "Tumxuk": ("Kashgar", "Tumshuq", "图木舒克市", "Tumushuke Shi", "Тумшук", ["Tumxuk", "Tumshuk"], None),
    "Hotan City": ("Hotan", "Xoten shehiri", "和田市", "Hetian Shi", "Хотан", ["Hotan city", "Khotan"], None),
    "Hotan County": ("Hotan", "Xoten nahiyisi", "和田县", "Hetian Xian", "Хотанский уезд", ["Hotan county"], None),
    "Karakax": ("Hotan", "Qaraqash", "墨玉县", "Moyu Xian", "Каракаш", ["Karakash", "Moyu"], None),
    "Pishan": ("Hotan", "Guma", "皮山县", "Pishan Xian", "Гума", ["Guma", "Pishan"], None),
    "Yutian": ("Hotan", "Keriye", "于田县", "Yutian Xian", "Керия", ["Keriya", "Yutian"], None),
    "Qira": ("Hotan", "Chira", "策勒县", "Cele Xian", "Чира", ["Chira", "Qira", "Cele"], None),
    "Lop": ("Hotan", "Lop", "洛浦县", "Luopu Xian", "Лоп", ["Lop county", "Luopu"], None),
    "Minfeng": ("Hotan", "Niye", "民丰县", "Minfeng Xian", "Ния", ["Niya", "Minfeng"], None),
    "Aksu": ("Aksu", "Aqsu shehiri", "阿克苏市", "Akesu Shi", "Аксу", ["Aksu city"], None),
    "Kuqa": ("Aksu", "Kucha", "库车县", "Kuche Xian", "Куча", ["Kucha", "Kuqa", "Kuche"], None),
    "Xayar": ("Aksu", "Shayar", "沙雅县", "Shaya Xian", "Шаяр", ["Shayar", "Xayar"], None),
    "Awat": ("Aksu", "Awat", "阿瓦提县", "Awati Xian", "Ават", ["Awat", "Avat"], None),
    "Wensu": ("Aksu", "Onsu", "温宿县", "Wensu Xian", "Онсу", ["Onsu", "Wensu"], None),
    "Wushi": ("Aksu", "Uchturpan", "乌什县", "Wushi Xian", "Уч-Турфан", ["Uchturpan", "Uqturpan"], None),
    "Yining City": ("Ili", "Ghulja shehiri", "伊宁市", "Yining Shi", "Кульджа", ["Ghulja", "Kuldja", "Gulja", "Yining"], "Құлжа"),
    "Yining County": ("Ili", "Ghulja nahiyisi", "伊宁县", "Yining Xian", "Кульджинский уезд", ["Ghulja county", "Yining county"], "Құлжа ауданы"),
    "Huocheng": ("Ili", "Qorghas", "霍城县", "Huocheng Xian", "Хоргос", ["Khorgos", "Korgas", "Huocheng"], "Қорғас"),
    "Qapqal": ("Ili", "Chapchal", "察布查尔县", "Chabuchaer Xian", "Чапчал", ["Chapchal", "Qapqal"], "Шапшал"),
    "Nilka": ("Ili", "Nilqa", "尼勒克县", "Nileke Xian", "Нилки", ["Nilka", "Nileke"], "Ңылқы"),
    "Zhaosu": ("Ili", "Mongghulküre", "昭苏县", "Zhaosu Xian", "Монголкуре", ["Mongolkure", "Zhaosu"], "Моңғолкүре"),
    "Xinyuan": ("Ili", "Künes", "新源县", "Xinyuan Xian", "Кюнес", ["Kunes", "Xinyuan"], "Күнес"),
    "Xinshi": ("Ürümqi", "Yéngisheher rayoni", "新市区", "Xinshi Qu", "Новый район", ["Xinshi district", "New City district"], None),
    "Toutunhe": ("Ürümqi", "Toutunxé rayoni", "头屯河区", "Toutunhe Qu", "Тоутунхэ", ["Toutunhe district"], None),
    "Dabancheng": ("Ürümqi", "Dawanching", "达坂城区", "Dabancheng Qu", "Даваньчин", ["Dawanching", "Dabancheng"], None),
    "Tacheng": ("Tacheng", "Chöchek shehiri", "塔城市", "Tacheng Shi", "Чугучак", ["Chuguchak", "Qoqek", "Tacheng"], "Шәуешек"),
    "Emin": ("Tacheng", "Dörbiljin", "额敏县", "Emin Xian", "Дорбильджин", ["Dorbiljin", "Emin"], "Дөрбілжін"),
    "Usu": ("Tacheng", "Shixo", "乌苏市", "Wusu Shi", "Шихо", ["Usu", "Wusu"], "Шиху"),
    "Korla": ("Bayingolin", "Korla", "库尔勒市", "Kuerle Shi", "Корла", ["Korla"], None),
    "Yanqi": ("Bayingolin", "Qarasheher", "焉耆县", "Yanqi Xian", "Карашар", ["Karashahr", "Yanqi"], None),
    "Hejing": ("Bayingolin", "Xéjing", "和静县", "Hejing Xian", "Хэцзин", ["Hejing"], None),
    "Qiemo": ("Bayingolin", "Cherchen", "且末县", "Qiemo Xian", "Черчен", ["Cherchen", "Qiemo"], None),
    "Artux": ("Kizilsu", "Atush", "阿图什市", "Atushi Shi", "Артуш", ["Atush", "Artush", "Artux"], None),
    "Akto": ("Kizilsu", "Aqto", "阿克陶县", "Aketao Xian", "Акто", ["Akto", "Aqto"], None),
    "Wuqia": ("Kizilsu", "Ulughchat", "乌恰县", "Wuqia Xian", "Улугчат", ["Ulugqat", "Wuqia"], None),
    "Gaochang": ("Turpan", "Turpan shehiri", "高昌区", "Gaochang Qu", "Турфан", ["Turpan city", "Turfan"], None),
    "Shanshan": ("Turpan", "Pichan", "鄯善县", "Shanshan Xian", "Пичан", ["Pichan", "Piqan", "Shanshan"], None),
    "Yizhou": ("Hami", "Qumul shehiri", "伊州区", "Yizhou Qu", "Кумул", ["Kumul city", "Hami city"], None),
    "Barkol": ("Hami", "Barköl", "巴里坤县", "Balikun Xian", "Баркуль", ["Barkol", "Barkul"], "Баркөл"),
    "Fuhai": ("Altay", "Burultoqay", "福海县", "Fuhai Xian", "Бурултокай", ["Burultokay", "Fuhai"], "Бурылтоғай"),
    "Altay": ("Altay", "Altay shehiri", "阿勒泰市", "Aletai Shi", "Алтай", ["Altay city"], "Алтай"),
    "Changji": ("Changji", "Sanji shehiri", "昌吉市", "Changji Shi", "Чанцзи", ["Changji city", "Sanji"], "Санжы"),
    "Hutubi": ("Changji", "Kutubi", "呼图壁县", "Hutubi Xian", "Хутуби", ["Kutubi", "Hutubi"], "Құтыби"),
    "Bole": ("Bortala", "Börtala shehiri", "博乐市", "Bole Shi", "Боро-Тала", ["Bole", "Bortala city"], "Бұратала"),
    "Karamay": ("Karamay", "Qaramay shehiri", "克拉玛依市", "Kelamayi Shi", "Карамай", ["Karamay city"], "Қарамай"),
}

# where each ethnic group's families live (county key: weight)
HOMES = {
    "uy": {"Kashgar": 4, "Shufu": 4, "Shule": 3, "Shache": 6, "Yecheng": 4, "Bachu": 3, "Makit": 2,
           "Jiashi": 3, "Zepu": 2, "Yengisar": 2, "Tumxuk": 1, "Hotan City": 3, "Hotan County": 3,
           "Karakax": 4, "Pishan": 2, "Yutian": 2, "Qira": 2, "Lop": 2, "Minfeng": 1, "Aksu": 3,
           "Kuqa": 3, "Xayar": 2, "Awat": 2, "Wensu": 1, "Wushi": 1, "Yining City": 4, "Yining County": 2,
           "Huocheng": 1, "Qapqal": 1, "Xinshi": 3, "Toutunhe": 1, "Dabancheng": 1, "Korla": 2,
           "Yanqi": 1, "Qiemo": 1, "Artux": 3, "Akto": 1, "Gaochang": 2, "Shanshan": 2, "Yizhou": 2},
    "kz": {"Yining City": 2, "Yining County": 2, "Huocheng": 2, "Nilka": 3, "Zhaosu": 2, "Xinyuan": 2,
           "Tacheng": 3, "Emin": 3, "Usu": 1, "Altay": 3, "Fuhai": 2, "Barkol": 1, "Changji": 1,
           "Hutubi": 1, "Bole": 1, "Karamay": 1},
    "kg": {"Artux": 2, "Akto": 3, "Wuqia": 3, "Zhaosu": 1},
    "hui": {"Changji": 3, "Hutubi": 2, "Xinshi": 2, "Yining City": 2, "Toutunhe": 1, "Yanqi": 1},
    "han": {"Xinshi": 3, "Changji": 2, "Korla": 2, "Karamay": 1, "Toutunhe": 1},
}

# building blocks for township / village names (Turkic place morphemes)
PLACE_PARTS = """Yéngi Kona Bostan Toghraq Yantaq Tash Qum Aq Qara Köl Bagh Östeng Érik Terek Yar
Bazar Köwrük Saray Toqquz Besh Ara Quduq Ghoja Siyaq Tagh Su Chöl Yulghun Ordu Sögüt""".split()
PLACE_SUFFIX = ["", "", "", "bagh", "su", "köl", "yer", "ériq", "tam"]

# ---------------------------------------------------------------- Chinese transcription
# pinyin syllable -> characters used for transcribing Turkic names (first = most usual)
ZH_SYL = {
    "a": "阿", "ai": "艾爱", "an": "安", "ao": "奥", "ba": "巴", "bai": "拜白", "ban": "班", "bu": "布卜不",
    "bi": "比毕", "bo": "波博", "da": "达", "dai": "代", "de": "德", "di": "地迪", "du": "都杜度",
    "dan": "丹", "duo": "多", "e": "额", "en": "恩", "er": "尔", "fu": "福甫", "fa": "法",
    "ga": "尕", "gai": "盖", "ge": "格", "gu": "古", "gen": "根", "ha": "哈", "hai": "海亥",
    "han": "汗罕", "he": "合赫和", "hu": "胡呼", "ji": "吉基", "jia": "加佳", "jiang": "江",
    "jie": "杰", "jin": "金", "ka": "卡", "kai": "凯", "ke": "克可", "ku": "库", "kan": "坎",
    "la": "拉", "lai": "来莱", "le": "勒", "li": "力丽立里", "lu": "鲁卢", "lan": "兰",
    "ma": "玛马", "mai": "买麦迈", "man": "曼满", "mi": "米密", "mu": "木穆姆", "mo": "莫",
    "na": "娜纳", "nai": "乃", "ni": "尼妮", "nu": "努", "nan": "楠", "pa": "帕", "pi": "皮",
    "pu": "普", "qi": "其奇琪", "qu": "曲", "re": "热", "ru": "如茹", "rou": "肉", "ri": "日",
    "sa": "萨", "sai": "赛", "san": "三", "si": "斯思", "su": "苏素", "sun": "孙", "ta": "塔",
    "tai": "太", "tan": "坦", "te": "特", "ti": "提", "tu": "吐图", "tuo": "托", "wa": "瓦",
    "wai": "外", "wu": "吾乌", "xi": "西希", "xia": "夏", "xiang": "香", "xin": "欣", "xun": "逊",
    "ya": "亚雅", "yi": "伊依", "yu": "玉于", "yun": "云", "za": "扎", "zi": "孜兹", "zu": "祖",
    "zha": "扎", "ze": "泽", "shi": "石", "sha": "沙", "xie": "谢", "ye": "叶耶", "you": "尤",
    "mei": "美梅", "nian": "年", "jiu": "久", "kang": "康", "lang": "朗", "sang": "桑", "tang": "唐",
    "wan": "万婉", "yang": "扬阳", "yan": "燕彦", "bie": "别", "bei": "贝", "dou": "斗", "hong": "洪",
    "tuer": "吐尔", "qia": "恰", "qiao": "乔", "lie": "列", "mao": "毛", "nuo": "诺", "luo": "洛",
    "song": "松", "ming": "明", "tie": "铁", "ge2": "戈", "kui": "奎", "pai": "派", "sen": "森",
    "men": "门", "ken": "肯", "ren": "任", "ben": "本", "ting": "亭", "ling": "玲",
}
# consonant -> pinyin initial; vowel -> pinyin final
ZH_INIT = {"b": "b", "p": "p", "t": "t", "d": "d", "k": "k", "q": "k", "g": "g", "gh": "g", "x": "h",
           "h": "h", "j": "j", "ch": "q", "sh": "x", "zh": "j", "s": "s", "z": "z", "m": "m", "n": "n",
           "l": "l", "r": "r", "f": "f", "w": "w", "y": "y", "ng": "n"}
# vowel -> candidate pinyin finals, first valid syllable wins
ZH_FIN = {"a": ("a",), "e": ("ai", "e"), "é": ("i",), "i": ("i",), "ı": ("e",), "o": ("uo", "ou", "u"),
          "u": ("u",), "ö": ("u",), "ü": ("u", "yu")}
ZH_STRAY = {"b": "bu", "p": "pu", "t": "te", "d": "de", "k": "ke", "q": "ke", "g": "ge", "gh": "ge",
            "x": "he", "h": "he", "j": "ji", "ch": "qi", "sh": "xi", "zh": "ji", "s": "si", "z": "zi",
            "m": "mu", "n": "en", "l": "li", "r": "er", "f": "fu", "w": "wu", "y": "yi", "ng": "en"}
ZH_VOWEL_ALONE = {"a": "a", "e": "ai", "é": "yi", "i": "yi", "ı": "e", "o": "ao", "u": "wu", "ö": "wu", "ü": "yu"}
# characters that sound alike and get swapped in Chinese lists
ZH_HOMOPHONES = {"伊": "依", "依": "伊", "力": "丽", "丽": "力", "木": "穆", "穆": "木", "买": "麦",
                 "麦": "买", "提": "地", "都": "杜", "杜": "都", "尔": "儿", "孜": "兹", "兹": "孜",
                 "吐": "图", "图": "吐", "布": "卜", "卜": "布", "合": "赫", "赫": "合", "古": "谷",
                 "热": "惹", "娜": "纳", "纳": "娜", "西": "希", "希": "西", "克": "可", "玉": "于"}

# ---------------------------------------------------------------- letter tables
VOWELS = set("aeéiıouöü")
DIGRAPHS = ("gh", "ch", "sh", "zh", "ng")

TR = {"q": "k", "x": "h", "gh": "ğ", "ch": "ç", "sh": "ş", "j": "c", "zh": "j", "w": "v", "é": "e"}
EN = {"q": "k", "x": "kh", "é": "e", "ö": "o", "ü": "u", "ı": "y"}
RU = {"a": "а", "e": "е", "é": "е", "i": "и", "ı": "ы", "o": "о", "u": "у", "ö": "о", "ü": "ю",
      "b": "б", "p": "п", "t": "т", "d": "д", "k": "к", "q": "к", "g": "г", "gh": "г", "x": "х",
      "h": "х", "j": "дж", "ch": "ч", "sh": "ш", "zh": "ж", "s": "с", "z": "з", "m": "м", "n": "н",
      "ng": "н", "l": "л", "r": "р", "f": "ф", "w": "в", "y": "й", "'": ""}
KZC = {"a": "а", "e": "е", "é": "е", "i": "і", "ı": "ы", "o": "о", "u": "ұ", "ö": "ө", "ü": "ү",
       "b": "б", "p": "п", "t": "т", "d": "д", "k": "к", "q": "қ", "g": "г", "gh": "ғ", "x": "х",
       "h": "һ", "j": "ж", "ch": "ч", "sh": "ш", "zh": "ж", "s": "с", "z": "з", "m": "м", "n": "н",
       "ng": "ң", "l": "л", "r": "р", "f": "ф", "w": "у", "y": "й", "'": ""}
KGC = dict(KZC, u="у", q="к", gh="г", h="х", j="ж", ng="ң")
BGN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
       "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
       "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
       "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo", "-": "-", " ": " "}
AR = {"a": "ا", "e": "ە", "é": "ې", "i": "ى", "ı": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
      "b": "ب", "p": "پ", "t": "ت", "d": "د", "k": "ك", "q": "ق", "g": "گ", "gh": "غ", "x": "خ",
      "h": "ھ", "j": "ج", "ch": "چ", "sh": "ش", "zh": "ژ", "s": "س", "z": "ز", "m": "م", "n": "ن",
      "ng": "ڭ", "l": "ل", "r": "ر", "f": "ف", "w": "ۋ", "y": "ي", "'": ""}
# OCR confusions on scanned Latin lists
OCR = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("i", "l"), ("O", "0"), ("e", "c"),
       ("cl", "d"), ("h", "li"), ("u", "ii"), ("n", "ri"), ("a", "o"), ("S", "5"), ("B", "8")]
