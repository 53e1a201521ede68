"""Name, place and script tables for linkage generator L (written from general knowledge).

All persons built from these tables are synthetic: a given name and a father's name drawn
independently at random. Chinese forms are the usual phonetic renderings; they need not be the
only ones in use.
"""

# Uyghur given names: (Uyghur Latin script, usual Chinese rendering, spoken short form or None)
UY_MALE = [
    ("Abdurehim", "阿不都热依木", "Rehim"), ("Abdukérim", "阿不都克里木", "Kérim"),
    ("Abdulla", "阿不都拉", None), ("Ablimit", "阿不力米提", None), ("Ablikim", "阿不力克木", None),
    ("Adil", "阿迪力", None), ("Ehmet", "艾合买提", None), ("Alim", "阿力木", None),
    ("Enwer", "艾尼瓦尔", None), ("Barat", "巴拉提", None), ("Dilmurat", "迪力木拉提", None),
    ("Ekber", "艾克拜尔", None), ("Eli", "艾力", None), ("Erkin", "艾尔肯", None),
    ("Ghopur", "吾甫尔", None), ("Hesen", "艾山", None), ("Ilham", "伊力哈木", None),
    ("Imin", "依明", None), ("Iminjan", "依明江", "Imin"), ("Isa", "依沙", None),
    ("Qurban", "库尔班", None), ("Memet", "买买提", None), ("Mehmut", "买合木提", None),
    ("Muhemmet", "穆合买提", "Memet"), ("Nurmemet", "努尔买买提", None), ("Osman", "吾斯曼", None),
    ("Perhat", "帕尔哈提", None), ("Qadir", "卡德尔", None), ("Qasim", "卡斯木", None),
    ("Rozi", "肉孜", None), ("Sabir", "沙比尔", None), ("Sidiq", "斯迪克", None),
    ("Tahir", "塔依尔", None), ("Tursun", "吐尔逊", None), ("Toxti", "托合提", None),
    ("Turghun", "吐尔洪", None), ("Yasin", "亚森", None), ("Yüsüp", "玉素甫", None),
    ("Zunun", "祖农", None), ("Abliz", "阿不力孜", None), ("Hoshur", "吾守尔", None),
    ("Mirzat", "米尔扎提", None), ("Nijat", "尼加提", None), ("Muxtar", "木合塔尔", None),
    ("Rehim", "热依木", None), ("Hébibulla", "艾比布拉", "Hébib"), ("Ablet", "阿布来提", None),
    ("Jappar", "加帕尔", None), ("Kérim", "克里木", None), ("Ömer", "吾麦尔", None),
    ("Yaqup", "亚库甫", None), ("Memtimin", "买买提明", None), ("Abduwéli", "阿不都外力", "Wéli"),
    ("Ekrem", "艾克热木", None), ("Polat", "帕拉提", None), ("Abdughopur", "阿不都吾甫尔", "Ghopur"),
    ("Obulqasim", "吾布力卡斯木", "Qasim"), ("Tursunjan", "吐尔逊江", "Tursun"),
    ("Abdusalam", "阿不都萨拉木", "Salam"),
    ("Abdughéni", "阿不都艾尼", "Ghéni"), ("Abdurashit", "阿不都热西提", "Rashit"),
    ("Abduqadir", "阿不都卡德尔", "Qadir"), ("Abdumijit", "阿不都米吉提", "Mijit"),
    ("Ablajan", "阿布拉江", None), ("Alimjan", "阿力木江", "Alim"), ("Asim", "阿西木", None),
    ("Batur", "巴吐尔", None), ("Dolqun", "多力坤", None), ("Ehmetjan", "艾合买提江", "Ehmet"),
    ("Eysa", "艾沙", None), ("Ghalip", "哈力甫", None), ("Hamit", "哈米提", None),
    ("Hashim", "哈西木", None), ("Ibrahim", "依布拉音", None), ("Idris", "依德日斯", None),
    ("Ismayil", "依斯马伊力", None), ("Jelil", "吉力力", None), ("Kamil", "卡米力", None),
    ("Mamut", "麻木提", None), ("Mijit", "米吉提", None), ("Musa", "木沙", None),
    ("Nurehmet", "努尔艾合买提", None), ("Qahar", "卡哈尔", None), ("Qeyum", "克尤木", None),
    ("Rahman", "热合曼", None), ("Reshit", "热西提", None), ("Sadir", "萨迪尔", None),
    ("Semet", "色买提", None), ("Shawket", "肖开提", None), ("Shöhret", "肖合热提", None),
    ("Teyip", "铁依甫", None), ("Waris", "瓦热斯", None), ("Yalqun", "亚力坤", None),
    ("Yarmuhemmet", "亚尔买买提", "Yarmemet"), ("Zakir", "扎克尔", None), ("Zayit", "扎伊提", None),
    ("Mutellip", "木塔力甫", None), ("Nezer", "乃再尔", None), ("Abdurazaq", "阿不都热扎克", "Razaq"),
    ("Tursunniyaz", "吐尔逊尼亚孜", "Niyaz"), ("Niyaz", "尼亚孜", None), ("Adiljan", "阿迪力江", "Adil"),
    ("Ilyas", "依力亚斯", None), ("Sultan", "苏力坦", None),
]
UY_FEMALE = [
    ("Aygül", "阿依古丽", None), ("Gülnar", "古丽娜尔", None), ("Gülnur", "古丽努尔", None),
    ("Gülbahar", "古丽巴哈尔", None), ("Mihrigül", "米热古丽", None), ("Patigül", "帕提古丽", "Pati"),
    ("Rahile", "热依拉", None), ("Zöhre", "祖合热", None), ("Nurgül", "努尔古丽", None),
    ("Aynur", "阿依努尔", None), ("Dilnur", "迪丽努尔", None), ("Dilber", "迪丽拜尔", None),
    ("Gülzire", "古丽孜热", None), ("Ayshem", "阿依仙木", None), ("Xanzöhre", "汗祖合热", "Zöhre"),
    ("Mahire", "玛依热", None), ("Mayinur", "玛依努尔", None), ("Parida", "帕丽达", None),
    ("Renagül", "热娜古丽", "Rena"), ("Tursunay", "吐尔逊阿依", None), ("Ayimgül", "阿依木古丽", None),
    ("Gülshen", "古丽仙", None), ("Nurbiye", "努尔比亚", None), ("Mihray", "米热阿依", None),
    ("Roshengül", "肉先古丽", None), ("Zulpiye", "祖丽皮亚", None), ("Zulhumar", "祖力胡玛尔", None),
    ("Arzigül", "阿孜古丽", None), ("Gülnisa", "古丽尼沙", None), ("Hasiyet", "哈斯也提", None),
    ("Dilraba", "迪丽热巴", None), ("Nadire", "娜迪热", None), ("Buhelchem", "布海力切木", None),
    ("Ayjamal", "阿依加马力", None), ("Rizwangül", "热孜宛古丽", "Rizwan"), ("Gülmire", "古丽米热", None),
    ("Amangül", "阿曼古丽", None), ("Ayshegül", "阿依夏古丽", None), ("Bahargül", "巴哈尔古丽", None),
    ("Chimengül", "切曼古丽", None), ("Gülbostan", "古丽博斯坦", None), ("Gülhumar", "古丽胡玛尔", None),
    ("Gülchéhre", "古丽切合热", None), ("Heyrinisa", "海尔尼沙", None), ("Meryemgül", "麦尔燕古丽", None),
    ("Mihriban", "米合日巴努", None), ("Munire", "木妮热", None), ("Nazuk", "娜祖克", None),
    ("Nurnisa", "努尔尼沙", None), ("Reyhan", "热依汗", None), ("Salamet", "萨拉买提", None),
    ("Sanawer", "萨那瓦尔", None), ("Sayragül", "赛拉古丽", None), ("Shahide", "夏依旦", None),
    ("Tajigül", "塔吉古丽", None), ("Zeynep", "再乃甫", None), ("Ezizgül", "艾孜孜古丽", None),
    ("Gülbadam", "古丽巴旦", None), ("Muyesser", "木亚萨尔", None), ("Adalet", "阿达来提", None),
    ("Buzeynep", "布再乃甫", "Zeynep"), ("Minewer", "米娜瓦尔", None), ("Pezilet", "帕孜来提", None),
    ("Tunsagül", "吞萨古丽", None),
]

# Kazakh given names: (Latin as written abroad, Kazakh Cyrillic, usual Chinese rendering)
KZ_MALE = [
    ("Nurlan", "Нұрлан", "努尔兰"), ("Serik", "Серік", "赛力克"), ("Berik", "Берік", "别力克"),
    ("Erlan", "Ерлан", "叶尔兰"), ("Dauren", "Дәурен", "达吾然"), ("Bauyrzhan", "Бауыржан", "包尔江"),
    ("Asqar", "Асқар", "阿斯哈尔"), ("Marat", "Марат", "马拉特"), ("Murat", "Мұрат", "木拉提"),
    ("Qairat", "Қайрат", "开热特"), ("Erbol", "Ербол", "叶尔波力"), ("Ermek", "Ермек", "叶尔麦克"),
    ("Bolat", "Болат", "波拉提"), ("Nurbek", "Нұрбек", "努尔别克"), ("Arman", "Арман", "阿尔曼"),
    ("Daniyar", "Данияр", "达尼亚尔"), ("Zhanibek", "Жәнібек", "加尼别克"), ("Qanat", "Қанат", "哈纳提"),
    ("Talgat", "Талғат", "塔力哈提"), ("Aibek", "Айбек", "艾别克"), ("Serikzhan", "Серікжан", "赛力克江"),
    ("Amanbek", "Аманбек", "阿曼别克"), ("Quanysh", "Қуаныш", "夸尼西"), ("Samat", "Самат", "萨马提"),
    ("Erzhan", "Ержан", "叶尔江"),
    ("Aidos", "Айдос", "艾多斯"), ("Almas", "Алмас", "阿力马斯"), ("Baqytbek", "Бақытбек", "巴合提别克"),
    ("Duman", "Думан", "杜曼"), ("Ghalym", "Ғалым", "哈里木"), ("Mukhtar", "Мұхтар", "木合塔尔"),
    ("Nurzhan", "Нұржан", "努尔江"), ("Oraz", "Ораз", "奥拉孜"), ("Rakhat", "Рахат", "热哈提"),
    ("Sultan", "Сұлтан", "苏里坦"), ("Temirlan", "Темірлан", "铁木尔兰"), ("Ulan", "Ұлан", "乌兰"),
    ("Zhandos", "Жандос", "加恩多斯"), ("Ghabit", "Ғабит", "哈比提"),
]
KZ_FEMALE = [
    ("Gulnar", "Гүлнар", "古丽娜尔"), ("Aigerim", "Айгерім", "阿依格尔木"), ("Saule", "Сәуле", "沙吾列"),
    ("Zhanar", "Жанар", "加娜尔"), ("Aizhan", "Айжан", "阿依江"), ("Dinara", "Динара", "迪娜拉"),
    ("Gulmira", "Гүлмира", "古丽米拉"), ("Ainur", "Айнұр", "阿依努尔"), ("Sairagul", "Сайрагүл", "赛拉古丽"),
    ("Kulpash", "Күлпаш", "库丽帕西"), ("Nazgul", "Назгүл", "娜孜古丽"), ("Roza", "Роза", "罗扎"),
    ("Zhuldyz", "Жұлдыз", "居勒德孜"), ("Asel", "Әсел", "阿赛丽"), ("Dana", "Дана", "达娜"),
    ("Gulzhan", "Гүлжан", "古丽江"), ("Aliya", "Әлия", "阿丽娅"), ("Kamila", "Камила", "卡米拉"),
    ("Bakhyt", "Бақыт", "巴合提"), ("Ardaq", "Ардақ", "阿尔达克"),
    ("Akbota", "Ақбота", "阿克波塔"), ("Ainagul", "Айнагүл", "阿依娜古丽"), ("Balzhan", "Балжан", "巴丽江"),
    ("Gaukhar", "Гауһар", "高哈尔"), ("Dilnaz", "Дилназ", "迪丽娜孜"), ("Zhazira", "Жазира", "加孜拉"),
    ("Karlygash", "Қарлығаш", "哈尔勒哈西"), ("Makpal", "Мақпал", "马克帕丽"), ("Nurgul", "Нұргүл", "努尔古丽"),
    ("Raikhan", "Райхан", "热依汗"), ("Sandugash", "Сандуғаш", "桑都哈西"), ("Togzhan", "Тоғжан", "托合江"),
    ("Ulzhan", "Ұлжан", "吾丽江"),
]

# Distinct names that differ by one letter or a suffix: true namesakes OCR can make identical.
NEAR_NAMES = [
    ("Ablimit", "Ablikim"), ("Gülnar", "Gülnur"), ("Imin", "Iminjan"), ("Tursun", "Tursunjan"),
    ("Rehim", "Kérim"), ("Memet", "Mehmut"), ("Aynur", "Dilnur"), ("Serik", "Berik"),
    ("Marat", "Murat"), ("Erlan", "Erzhan"), ("Gulnar", "Gulmira"), ("Aizhan", "Aigerim"),
]

# Turkish spellings taken by Uyghurs naturalised in Turkey (late lists only).
TR_OVERRIDE = {
    "Memet": "Mehmet", "Ehmet": "Ahmet", "Muhemmet": "Muhammed", "Abdurehim": "Abdurrahim",
    "Hesen": "Hasan", "Yüsüp": "Yusuf", "Rehim": "Rahim", "Qurban": "Kurban", "Toxti": "Tohti",
    "Ömer": "Ömer", "Abdulla": "Abdullah", "Yaqup": "Yakup", "Hébibulla": "Habibullah",
    "Zöhre": "Zehra", "Ayshem": "Ayşe", "Gülnar": "Gülnar", "Mehmut": "Mahmut", "Sidiq": "Sıddık",
    "Qadir": "Kadir", "Qasim": "Kasım", "Tahir": "Tahir", "Isa": "İsa", "Osman": "Osman",
}
TR_SURNAMES = ["Kaya", "Yılmaz", "Doğan", "Uygur", "Kaşgarlı", "Türkistanlı", "Aydın", "Tekin",
               "Çelik", "Arslan", "Hotanlı", "Özdemir"]

# Places: key, prefecture as spelled in the facility file, weight among Uyghur persons, weight
# among Kazakh persons, history [(from_year, level, Uyghur Latin, Chinese base, pinyin, Russian)].
# Levels: county / city / district.  Changes recorded: Kuqa county -> city (2019), Shawan county
# -> city (2021), Turpan county-level city -> Gaochang district (2015), Hami county-level city ->
# Yizhou district (2016); lists keep copying the older forms.
PLACES = [
    ("kuqa", "Aksu", 6, 1, [(0, "county", "Kuchar", "库车", "Kuqa", "Куча"),
                            (2019, "city", "Kuchar", "库车", "Kuqa", "Куча")]),
    ("shawan", "Tacheng", 1, 5, [(0, "county", "Sawen", "沙湾", "Shawan", "Шавань"),
                                 (2021, "city", "Sawen", "沙湾", "Shawan", "Шавань")]),
    ("turpan", "Turpan", 4, 1, [(0, "city", "Turpan", "吐鲁番", "Tulufan", "Турфан"),
                                (2015, "district", "Qarahoja", "高昌", "Gaochang", "Гаочан")]),
    ("hami", "Hami", 3, 1, [(0, "city", "Qumul", "哈密", "Hami", "Хами"),
                            (2016, "district", "Iwirghol", "伊州", "Yizhou", "Ичжоу")]),
    ("kashgar", "Kashgar", 8, 0, [(0, "city", "Qeshqer", "喀什", "Kashi", "Кашгар")]),
    ("shufu", "Kashgar", 4, 0, [(0, "county", "Konisheher", "疏附", "Shufu", "Шуфу")]),
    ("shule", "Kashgar", 4, 0, [(0, "county", "Yéngisheher", "疏勒", "Shule", "Шулэ")]),
    ("yarkand", "Kashgar", 6, 0, [(0, "county", "Yeken", "莎车", "Shache", "Яркенд")]),
    ("kargilik", "Kashgar", 4, 0, [(0, "county", "Qaghiliq", "叶城", "Yecheng", "Каргалык")]),
    ("peyziwat", "Kashgar", 3, 0, [(0, "county", "Peyziwat", "伽师", "Jiashi", "Пейзиват")]),
    ("maralbeshi", "Kashgar", 2, 0, [(0, "county", "Maralbéshi", "巴楚", "Bachu", "Маралбаши")]),
    ("hotan_city", "Hotan", 4, 0, [(0, "city", "Xoten", "和田", "Hetian", "Хотан")]),
    ("hotan_county", "Hotan", 4, 0, [(0, "county", "Xoten", "和田", "Hetian", "Хотан")]),
    ("karakax", "Hotan", 4, 0, [(0, "county", "Qaraqash", "墨玉", "Moyu", "Каракаш")]),
    ("keriya", "Hotan", 3, 0, [(0, "county", "Keriye", "于田", "Yutian", "Керия")]),
    ("lop", "Hotan", 2, 0, [(0, "county", "Lop", "洛浦", "Luopu", "Лоп")]),
    ("aksu", "Aksu", 4, 1, [(0, "city", "Aqsu", "阿克苏", "Akesu", "Аксу")]),
    ("awat", "Aksu", 2, 0, [(0, "county", "Awat", "阿瓦提", "Awati", "Ават")]),
    ("ghulja_city", "Ili", 5, 6, [(0, "city", "Ghulja", "伊宁", "Yining", "Кульджа")]),
    ("ghulja_county", "Ili", 3, 4, [(0, "county", "Ghulja", "伊宁", "Yining", "Кульджа")]),
    ("kunes", "Ili", 1, 5, [(0, "county", "Künes", "新源", "Xinyuan", "Кюнес")]),
    ("nilqa", "Ili", 1, 4, [(0, "county", "Nilqa", "尼勒克", "Nileke", "Нилки")]),
    ("tekes", "Ili", 1, 4, [(0, "county", "Tékes", "特克斯", "Tekesi", "Текес")]),
    ("chapchal", "Ili", 1, 2, [(0, "county", "Chapchal", "察布查尔", "Chabuchaer", "Чапчал")]),
    ("korla", "Bayingolin", 3, 1, [(0, "city", "Korla", "库尔勒", "Kuerle", "Корла")]),
    ("atush", "Kizilsu", 3, 0, [(0, "city", "Atush", "阿图什", "Atushi", "Артуш")]),
    ("urumqi", "Ürümqi", 5, 3, [(0, "city", "Ürümchi", "乌鲁木齐", "Wulumuqi", "Урумчи")]),
    ("chochek", "Tacheng", 1, 6, [(0, "city", "Chöchek", "塔城", "Tacheng", "Чугучак")]),
    ("dorbiljin", "Tacheng", 1, 5, [(0, "county", "Dörbiljin", "额敏", "Emin", "Дорбульджин")]),
    ("altay", "Altay", 1, 6, [(0, "city", "Altay", "阿勒泰", "Aletai", "Алтай")]),
    ("burultoqay", "Altay", 0, 3, [(0, "county", "Burultoqay", "福海", "Fuhai", "Бурултокай")]),
    ("qaba", "Altay", 0, 3, [(0, "county", "Qaba", "哈巴河", "Habahe", "Каба")]),
    ("bortala", "Bortala", 1, 3, [(0, "city", "Börtala", "博乐", "Bole", "Бортала")]),
    ("toqsun", "Turpan", 2, 0, [(0, "county", "Toqsun", "托克逊", "Tuokexun", "Токсун")]),
    ("pichan", "Turpan", 2, 0, [(0, "county", "Pichan", "鄯善", "Shanshan", "Пичан")]),
]
LEVEL_WORDS = {  # Uyghur Latin, Chinese, English, Russian (prefix or suffix)
    "county": ("nahiyisi", "县", "County", "уезд"),
    "city": ("shehiri", "市", "City", "г."),
    "district": ("rayoni", "区", "District", "район"),
}

# Pinyin of every Chinese character used above (passport spellings are read from these).
PINYIN = {
    "阿": "a", "不": "bu", "都": "du", "热": "re", "依": "yi", "木": "mu", "克": "ke", "里": "li",
    "拉": "la", "力": "li", "米": "mi", "提": "ti", "迪": "di", "艾": "ai", "合": "he", "买": "mai",
    "尼": "ni", "瓦": "wa", "尔": "er", "巴": "ba", "拜": "bai", "肯": "ken", "吾": "wu", "甫": "fu",
    "山": "shan", "伊": "yi", "哈": "ha", "明": "ming", "江": "jiang", "沙": "sha", "库": "ku",
    "班": "ban", "穆": "mu", "努": "nu", "斯": "si", "曼": "man", "帕": "pa", "卡": "ka", "德": "de",
    "肉": "rou", "孜": "zi", "比": "bi", "塔": "ta", "吐": "tu", "逊": "xun", "托": "tuo", "洪": "hong",
    "亚": "ya", "森": "sen", "玉": "yu", "素": "su", "祖": "zu", "农": "nong", "守": "shou",
    "扎": "zha", "加": "jia", "布": "bu", "来": "lai", "帕": "pa", "麦": "mai", "外": "wai",
    "萨": "sa", "古": "gu", "丽": "li", "娜": "na", "仙": "xian", "汗": "han", "玛": "ma", "达": "da",
    "胡": "hu", "皮": "pi", "也": "ye", "海": "hai", "切": "qie", "马": "ma", "宛": "wan",
    "兰": "lan", "赛": "sai", "别": "bie", "叶": "ye", "然": "ran", "包": "bao", "开": "kai",
    "特": "te", "波": "bo", "纳": "na", "夸": "kua", "西": "xi", "格": "ge", "列": "lie", "罗": "luo",
    "居": "ju", "勒": "le", "娅": "ya", "车": "che", "湾": "wan", "鲁": "lu", "番": "fan", "高": "gao",
    "昌": "chang", "密": "mi", "州": "zhou", "喀": "ka", "什": "shi", "疏": "shu", "附": "fu",
    "莎": "sha", "城": "cheng", "伽": "jia", "师": "shi", "楚": "chu", "和": "he", "田": "tian",
    "墨": "mo", "于": "yu", "洛": "luo", "浦": "pu", "苏": "su", "宁": "ning", "新": "xin",
    "源": "yuan", "察": "cha", "查": "cha", "图": "tu", "乌": "wu", "齐": "qi", "额": "e", "敏": "min",
    "泰": "tai", "福": "fu", "河": "he", "博": "bo", "乐": "le", "逊": "xun", "鄯": "shan",
    "善": "shan", "乃": "nai", "再": "zai", "吉": "ji", "吞": "tun", "坤": "kun", "坦": "tan", "夏": "xia",
    "多": "duo", "奥": "ao", "妮": "ni", "尤": "you", "恩": "en", "日": "ri", "旦": "dan", "杜": "du",
    "桑": "sang", "燕": "yan", "肖": "xiao", "色": "se", "那": "na", "铁": "tie", "音": "yin",
    "麻": "ma", "县": "xian", "先": "xian", "市": "shi", "区": "qu",
}

# Characters that scans of printed Chinese lists commonly misread as a look-alike.
ZH_CONFUSE = {
    "木": "本", "本": "木", "尔": "尓", "提": "堤", "江": "汪", "汗": "汁", "古": "吉", "买": "卖",
    "麦": "夌", "斯": "期", "孜": "汝", "拉": "垃", "克": "兑", "扎": "礼", "合": "台", "巴": "己",
    "热": "熟", "娜": "哪", "米": "来", "牙": "呀", "玛": "马", "尼": "泥", "哈": "恰", "沙": "纱",
    "阿": "呵", "依": "侬", "力": "办", "努": "怒", "吐": "叶", "都": "郡", "甫": "甬", "素": "索",
    "玉": "王", "乌": "鸟", "县": "具", "市": "巾", "区": "匹", "库": "厍", "田": "由", "什": "仆",
    "勒": "勤", "和": "利", "迪": "油", "祖": "袒", "曼": "蔓", "明": "朋", "亚": "严",
    "特": "持", "孙": "孔", "逊": "逖", "别": "剐", "兰": "三", "赛": "塞",
}

# Latin <-> Cyrillic look-alikes mixed into one word by OCR engines run with both alphabets.
LAT2CYR = dict(zip("aeopcxyAEOPCXYBKMHT", "аеорсхуАЕОРСХУВКМНТ"))
CYR2LAT = {v: k for k, v in LAT2CYR.items()}

# OCR confusions by script: (seen, read as)
LATIN_OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"),
             ("l", "I"), ("I", "l"), ("i", "l"), ("e", "c"), ("c", "e"), ("n", "u"), ("u", "n"),
             ("a", "o"), ("o", "0"), ("l", "1"), ("S", "5"), ("B", "8"), ("g", "q"), ("q", "g"),
             ("ü", "ii"), ("ö", "6"), ("t", "f"), ("f", "t"), ("r", "v"), ("h", "b"), ("b", "h"),
             ("é", "e"), ("ü", "u"), ("ö", "o")]
CYR_OCR = [("ш", "щ"), ("щ", "ш"), ("и", "н"), ("н", "и"), ("п", "н"), ("ь", "ъ"), ("ы", "ьі"),
           ("е", "ё"), ("л", "п"), ("ц", "щ"), ("б", "6"), ("з", "3"), ("о", "0"), ("ю", "іо"),
           ("к", "н"), ("ұ", "у"), ("қ", "к"), ("ү", "у"), ("і", "l"), ("ә", "э"),
           ("т", "г"), ("г", "т")]
# Arabic-script letters that differ only in dots (or a stroke): OCR loses or adds dots.
AR_DOT_GROUPS = ["بتثنيپ", "جحخچ", "دذ", "رزژ", "سش", "صض", "طظ", "عغ", "فق", "كگڭ", "ېى",
                 "ۇۆۈۋو", "ھە"]
