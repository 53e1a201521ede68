"""Hand-written tables for linkgen-f (names, places, transliteration).

Every table here was written from the author's own knowledge, without
consulting any other file, library or web page.  Chinese renderings of
Uyghur/Kazakh names follow common PRC phonetic habits but are not guaranteed
to match any official list.
"""

# --------------------------------------------------------------------------
# Uyghur given names: (Uyghur Latin script form, Chinese phonetic rendering)
# ordered roughly by frequency (the generator draws with a Zipf-like weight)
UY_MALE = [
    ("Memet", "买买提"), ("Abdurehim", "阿不都热依木"), ("Tursun", "吐尔逊"),
    ("Exmet", "艾合买提"), ("Abdulla", "阿不都拉"), ("Muhemmet", "穆罕麦提"),
    ("Hesen", "艾山"), ("Rozi", "肉孜"), ("Abdukérim", "阿不都克力木"),
    ("Ablimit", "阿布力米提"), ("Qurban", "库尔班"), ("Osman", "吾斯曼"),
    ("Yasin", "亚森"), ("Memtimin", "买买提明"), ("Abdureshit", "阿不都热西提"),
    ("Hüseyin", "玉山"), ("Ömer", "吾买尔"), ("Nurmemet", "努尔买买提"),
    ("Tahir", "塔依尔"), ("Tohti", "托合提"), ("Erkin", "艾尔肯"),
    ("Alim", "阿里木"), ("Ghopur", "吾甫尔"), ("Kérim", "克热木"),
    ("Abdurahman", "阿不都热合曼"), ("Ismayil", "伊斯马伊力"), ("Yüsüp", "玉素甫"),
    ("Sawut", "沙吾提"), ("Mijit", "米吉提"), ("Nijat", "尼加提"),
    ("Ablet", "阿不来提"), ("Rahman", "热合曼"), ("Ekber", "艾克拜尔"),
    ("Eysa", "艾沙"), ("Musa", "木沙"), ("Yaqup", "亚库甫"),
    ("Ibrahim", "伊卜拉音"), ("Adil", "阿迪力"), ("Dilshat", "迪力夏提"),
    ("Ekrem", "艾克然木"), ("Enwer", "艾尼瓦尔"), ("Perhat", "帕尔哈提"),
    ("Mutellip", "木塔力甫"), ("Obulqasim", "吾布力卡斯木"), ("Sidiq", "斯迪克"),
    ("Tursunjan", "吐尔逊江"), ("Mamut", "马木提"), ("Qadir", "卡迪尔"),
    ("Zunun", "祖农"), ("Hoshur", "吾守尔"), ("Ghulam", "吾拉木"),
    ("Abliz", "阿不力孜"), ("Semet", "赛买提"), ("Salih", "沙力"),
    ("Exmetjan", "艾合买提江"), ("Polat", "帕拉提"), ("Arslan", "阿尔斯兰"),
    ("Yunus", "玉努斯"), ("Abduqadir", "阿不都卡迪尔"), ("Abduweli", "阿不都外力"),
    ("Muxtar", "木合塔尔"), ("Yalqun", "亚力坤"), ("Alimjan", "阿里木江"),
    ("Ablikim", "阿不力克木"), ("Imin", "依明"), ("Xelil", "哈力力"),
    ("Ilham", "伊力哈木"), ("Abdusalam", "阿不都沙拉木"), ("Rustem", "如斯坦木"),
    ("Nurali", "努尔阿力"), ("Mexmut", "麦合木提"), ("Jappar", "加帕尔"),
    ("Abdughopur", "阿不都吾甫尔"), ("Abdumijit", "阿不都米吉提"), ("Abduxaliq", "阿不都哈力克"),
    ("Ghayrat", "海拉提"), ("Qeyser", "凯赛尔"), ("Mirzat", "米尔扎提"),
    ("Ehet", "艾海提"), ("Abdusemet", "阿不都赛麦提"), ("Barat", "巴拉提"),
    ("Dawut", "达吾提"), ("Eziz", "艾则孜"), ("Hamit", "哈米提"),
    ("Hebibulla", "艾比布拉"), ("Ilyas", "伊力亚斯"), ("Jume", "居马"),
    ("Kamil", "卡米力"), ("Litip", "力提甫"), ("Metniyaz", "买提尼亚孜"),
    ("Nurmuhemmet", "努尔穆罕麦提"), ("Obulhesen", "吾布力艾山"), ("Qahar", "卡哈尔"),
    ("Rexim", "热依木"), ("Sattar", "沙塔尔"), ("Tayirjan", "塔依尔江"),
    ("Turghun", "吐尔洪"), ("Ubul", "吾布力"), ("Weli", "外力"),
    ("Yaqupjan", "亚库甫江"), ("Zakir", "扎克尔"), ("Mehmutjan", "麦合木提江"),
]
UY_FEMALE = [
    ("Gülnar", "古丽娜尔"), ("Aygül", "阿依古丽"), ("Patigül", "帕提古丽"),
    ("Mihrigül", "米日古丽"), ("Ayshem", "阿依仙木"), ("Gülbahar", "古丽巴哈尔"),
    ("Meryem", "麦尔耶姆"), ("Rizwangül", "热孜万古丽"), ("Ayjamal", "阿依加马丽"),
    ("Zöhre", "左合热"), ("Amine", "阿米娜"), ("Zeynep", "再乃甫"),
    ("Aynur", "阿依努尔"), ("Dilnur", "迪丽努尔"), ("Mahire", "玛依热"),
    ("Tursungül", "吐尔逊古丽"), ("Gülnisa", "古丽尼沙"), ("Nurgül", "努尔古丽"),
    ("Rahile", "热依拉"), ("Sajide", "萨吉代"), ("Ayshegül", "阿依夏古丽"),
    ("Buhelchem", "布合力其木"), ("Gülshen", "古丽先"), ("Perize", "帕丽扎"),
    ("Mukeddes", "木开代斯"), ("Zulpiye", "祖力皮亚"), ("Dilber", "迪里拜尔"),
    ("Rabiye", "热比娅"), ("Zumret", "祖木热提"), ("Ayqiz", "阿依克孜"),
    ("Nezire", "娜孜拉"), ("Gülbostan", "古丽波斯坦"), ("Shemsinur", "夏木西努尔"),
    ("Mehbube", "麦合布拜"), ("Qelbinur", "开丽比努尔"), ("Sanawer", "萨那瓦尔"),
    ("Adile", "阿迪拉"), ("Munire", "木尼拉"), ("Hasiyet", "哈斯亚提"),
    ("Tajigül", "塔吉古丽"), ("Nurnisa", "努尔尼沙"), ("Xalide", "哈丽达"),
    ("Ayxan", "阿依汗"), ("Bahargül", "巴哈古丽"), ("Chimengül", "其曼古丽"),
    ("Dilnaz", "迪丽娜孜"), ("Gülmire", "古丽米热"), ("Hajigül", "阿吉古丽"),
    ("Hörmetgül", "吾尔麦提古丽"), ("Kelbinur", "克力比努尔"), ("Mayinur", "玛依努尔"),
    ("Nurbiye", "努尔比亚"), ("Parida", "帕丽达"), ("Reyhangül", "热依汗古丽"),
    ("Saadet", "萨阿代提"), ("Turnisa", "吐尔尼沙"), ("Zulhumar", "祖力胡玛尔"),
    ("Gülzire", "古丽孜热"), ("Nurangül", "努尔安古丽"), ("Asiye", "阿西亚"),
]

# Kazakh: (Kazakh Cyrillic, Chinese rendering)
KZ_MALE = [
    ("Нұрлан", "努尔兰"), ("Серік", "赛力克"), ("Ерлан", "叶尔兰"),
    ("Бауыржан", "包尔江"), ("Қайрат", "海拉提"), ("Ержан", "叶尔江"),
    ("Асқар", "阿斯哈尔"), ("Мұрат", "木拉提"), ("Дәулет", "达吾列提"),
    ("Ерболат", "叶尔波拉提"), ("Жанат", "加纳提"), ("Бақыт", "巴合提"),
    ("Серікжан", "赛力克江"), ("Қуаныш", "夸尼西"), ("Әділ", "阿迪力"),
    ("Марат", "马拉提"), ("Асан", "阿山"), ("Нұрбек", "努尔别克"),
    ("Ғалым", "哈力木"), ("Еркін", "叶尔肯"), ("Талғат", "塔力哈提"),
    ("Сәбит", "萨比提"), ("Жақсылық", "加克斯力克"), ("Қасым", "哈斯木"),
    ("Оралбай", "吾拉力拜"), ("Төлеу", "托留"), ("Ахмет", "阿合买提"),
    ("Бекзат", "别克扎提"), ("Айдос", "艾多斯"), ("Сәуытбай", "沙吾提拜"),
]
KZ_FEMALE = [
    ("Гүлнар", "古丽娜尔"), ("Айгүл", "阿依古丽"), ("Сайрагүл", "沙依拉古丽"),
    ("Гүлжан", "古丽加娜"), ("Айнұр", "阿依努尔"), ("Динара", "迪娜拉"),
    ("Жанар", "加娜尔"), ("Әсел", "阿赛丽"), ("Меруерт", "美鲁尔特"),
    ("Гүлбақыт", "古丽巴哈提"), ("Ботагөз", "波塔古孜"), ("Ақмарал", "阿克玛拉力"),
    ("Назгүл", "娜孜古丽"), ("Шынар", "西娜尔"), ("Сәуле", "萨吾列"),
    ("Алтынай", "阿勒泰娜依"), ("Бибігүл", "比比古丽"), ("Жібек", "吉别克"),
]
# Kyrgyz: (Kyrgyz Cyrillic, Chinese)
KG_MALE = [
    ("Азамат", "阿扎马提"), ("Бакыт", "巴合提"), ("Нурбек", "努尔别克"),
    ("Айбек", "艾别克"), ("Эрмек", "艾尔麦克"), ("Талант", "塔兰提"),
    ("Турдубек", "吐尔都别克"), ("Жакып", "加克甫"), ("Мамбет", "买买提"),
    ("Асан", "阿山"), ("Орозбек", "吾肉孜别克"), ("Кубан", "库班"),
]
KG_FEMALE = [
    ("Айгүл", "阿依古丽"), ("Гүлнара", "古丽娜拉"), ("Жылдыз", "吉勒德孜"),
    ("Айпери", "阿依帕丽"), ("Нургүл", "努尔古丽"), ("Бурул", "布茹力"),
    ("Чолпон", "乔勒潘"), ("Сабира", "萨比拉"),
]

# Han and Hui surnames / given-name characters
HAN_SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯于董")
HUI_SURNAMES = list("马马马马韩白哈穆杨李丁金海沙冶马纳")
HAN_GIVEN_M = list("伟军勇强磊洋杰涛明超刚文海东建国志成福斌鹏飞平辉")
HAN_GIVEN_F = list("芳丽敏静艳秀英华玉兰红霞娟梅燕琴凤萍桂")

# pinyin for every Chinese character used anywhere in this file
PINYIN = {
    "买": "mai", "提": "ti", "阿": "a", "不": "bu", "都": "du", "热": "re",
    "依": "yi", "木": "mu", "吐": "tu", "尔": "er", "逊": "xun", "艾": "ai",
    "合": "he", "拉": "la", "穆": "mu", "罕": "han", "麦": "mai", "山": "shan",
    "肉": "rou", "孜": "zi", "克": "ke", "力": "li", "布": "bu", "米": "mi",
    "库": "ku", "班": "ban", "吾": "wu", "斯": "si", "曼": "man", "亚": "ya",
    "森": "sen", "明": "ming", "西": "xi", "玉": "yu", "努": "nu", "塔": "ta",
    "托": "tuo", "肯": "ken", "里": "li", "甫": "fu", "伊": "yi", "马": "ma",
    "素": "su", "沙": "sha", "吉": "ji", "尼": "ni", "加": "jia", "来": "lai",
    "拜": "bai", "卜": "bu", "音": "yin", "迪": "di", "夏": "xia", "然": "ran",
    "瓦": "wa", "帕": "pa", "哈": "ha", "卡": "ka", "江": "jiang", "祖": "zu",
    "农": "nong", "守": "shou", "赛": "sai", "兰": "lan", "外": "wai", "坤": "kun",
    "如": "ru", "坦": "tan", "古": "gu", "丽": "li", "娜": "na", "日": "ri",
    "仙": "xian", "巴": "ba", "耶": "ye", "姆": "mu", "万": "wan", "左": "zuo",
    "再": "zai", "乃": "nai", "玛": "ma", "萨": "sa", "代": "dai", "其": "qi",
    "先": "xian", "扎": "zha", "开": "kai", "皮": "pi", "娅": "ya", "波": "bo",
    "比": "bi", "那": "na", "达": "da", "叶": "ye", "包": "bao", "海": "hai",
    "别": "bie", "夸": "kua", "留": "liu", "多": "duo", "美": "mei", "鲁": "lu",
    "特": "te", "勒": "le", "泰": "tai", "乔": "qiao", "潘": "pan", "茹": "ru",
    "德": "de", "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen",
    "杨": "yang", "赵": "zhao", "黄": "huang", "周": "zhou", "吴": "wu", "徐": "xu",
    "孙": "sun", "胡": "hu", "朱": "zhu", "高": "gao", "林": "lin", "何": "he",
    "郭": "guo", "罗": "luo", "梁": "liang", "宋": "song", "郑": "zheng",
    "谢": "xie", "韩": "han", "唐": "tang", "冯": "feng", "于": "yu", "董": "dong",
    "白": "bai", "丁": "ding", "金": "jin", "冶": "ye", "纳": "na",
    "伟": "wei", "军": "jun", "勇": "yong", "强": "qiang", "磊": "lei",
    "洋": "yang", "杰": "jie", "涛": "tao", "超": "chao", "刚": "gang",
    "文": "wen", "东": "dong", "建": "jian", "国": "guo", "志": "zhi",
    "成": "cheng", "福": "fu", "斌": "bin", "鹏": "peng", "飞": "fei",
    "平": "ping", "辉": "hui", "芳": "fang", "敏": "min", "静": "jing",
    "艳": "yan", "秀": "xiu", "英": "ying", "华": "hua", "红": "hong",
    "霞": "xia", "娟": "juan", "梅": "mei", "燕": "yan", "琴": "qin",
    "凤": "feng", "萍": "ping", "桂": "gui", "格": "ge", "博": "bo", "铁": "tie",
    "阔": "kuo", "喀": "ka", "苏": "su", "兹": "zi", "墩": "dun", "乡": "xiang",
    "镇": "zhen", "村": "cun", "勒": "le", "恰": "qia", "库": "ku", "曲": "qu",
    "瓦": "wa", "什": "shi", "坎": "kan", "盖": "gai", "乌": "wu", "托": "tuo",
    "羊": "yang", "兰": "lan", "干": "gan", "色": "se", "墩": "dun", "吐": "tu",
    "题": "ti", "儿": "er", "思": "si", "可": "ke", "伊": "yi", "利": "li",
    "麦": "mai", "莉": "li", "丝": "si", "姆": "mu", "慕": "mu", "列": "lie",
    "安": "an", "凯": "kai", "汗": "han", "则": "ze", "洪": "hong", "居": "ju",
}
# frequent homophone / near-homophone substitutions seen in Chinese lists
ZH_HOMOPHONE = {
    "提": "题", "尔": "儿", "斯": "思", "克": "可", "依": "伊", "力": "利",
    "丽": "莉", "买": "麦", "沙": "莎", "穆": "慕", "古": "姑", "阿": "啊",
    "拉": "啦", "甫": "夫", "木": "姆",
}
for _c, _p in (("莎", "sha"), ("姑", "gu"), ("啊", "a"), ("啦", "la"), ("夫", "fu")):
    PINYIN[_c] = _p

# Turkish-orthography habits for common Uyghur names (diaspora in Turkey)
TR_OVERRIDE = {
    "Memet": "Mehmet", "Muhemmet": "Muhammed", "Exmet": "Ahmet",
    "Abdurehim": "Abdurrahim", "Abdureshit": "Abdurreşit", "Hesen": "Hasan",
    "Yüsüp": "Yusuf", "Ibrahim": "İbrahim", "Ismayil": "İsmail",
    "Yaqup": "Yakup", "Abdurahman": "Abdurrahman", "Eysa": "İsa",
    "Enwer": "Enver", "Sidiq": "Sıddık", "Rabiye": "Rabia", "Zöhre": "Zühre",
    "Amine": "Emine", "Abdulla": "Abdullah", "Xelil": "Halil", "Mexmut": "Mahmut",
    "Muxtar": "Muhtar", "Exmetjan": "Ahmetcan", "Alimjan": "Alimcan",
    "Tursunjan": "Tursuncan", "Salih": "Salih", "Xalide": "Halide",
}
# English-language list habits (several variants each)
EN_OVERRIDE = {
    "Memet": ["Memet", "Mamat", "Mehmet", "Memet"],
    "Muhemmet": ["Muhammad", "Mohammed", "Muhammet", "Muhemmet"],
    "Exmet": ["Ahmat", "Ahmet", "Akhmet", "Ehmet"],
    "Abdurehim": ["Abdurahim", "Abdurehim", "Abdureyim", "Abdurrahim"],
    "Hesen": ["Hasan", "Hassan", "Hesen"],
    "Hüseyin": ["Huseyin", "Hussein", "Husein"],
    "Yüsüp": ["Yusup", "Yusuf", "Yusuph"],
    "Ömer": ["Omer", "Omar", "Umar"],
    "Ismayil": ["Ismail", "Ismayil", "Ismayl"],
    "Rozi": ["Rozi", "Rouzi", "Rozi"],
    "Tohti": ["Tohti", "Tokhti", "Toxti"],
    "Abdulla": ["Abdullah", "Abdulla", "Abdula"],
    "Qurban": ["Kurban", "Qurban", "Kurbán"],
    "Yaqup": ["Yakup", "Yaqub", "Yakub"],
    "Abdurahman": ["Abdurahman", "Abdurrahman", "Abdurakhman"],
    "Eysa": ["Isa", "Eysa", "Eisa"],
    "Muxtar": ["Mukhtar", "Muhtar", "Muxtar"],
    "Xelil": ["Khalil", "Halil", "Kheli"],
    "Meryem": ["Maryam", "Meryem", "Mariam"],
    "Zeynep": ["Zeynep", "Zaynab", "Zeinep"],
    "Amine": ["Amina", "Amine", "Emine"],
    "Ayshem": ["Aysham", "Ayshem", "Aishem"],
}

# --------------------------------------------------------------------------
# Places.  prefecture key -> (Uyghur Latin, pinyin, Chinese, English, Russian)
PREFECTURES = {
    "kashgar": ("Qeshqer", "Kashi", "喀什地区", "Kashgar", "Кашгар"),
    "hotan": ("Xoten", "Hetian", "和田地区", "Hotan", "Хотан"),
    "aksu": ("Aqsu", "Akesu", "阿克苏地区", "Aksu", "Аксу"),
    "kizilsu": ("Qizilsu", "Kezilesu", "克孜勒苏柯尔克孜自治州", "Kizilsu", "Кызылсу"),
    "ili": ("Ili", "Yili", "伊犁哈萨克自治州", "Ili", "Или"),
    "urumqi": ("Ürümchi", "Wulumuqi", "乌鲁木齐市", "Urumqi", "Урумчи"),
    "turpan": ("Turpan", "Tulufan", "吐鲁番市", "Turpan", "Турфан"),
    "bayingolin": ("Bayin'gholin", "Bayinguoleng", "巴音郭楞蒙古自治州", "Bayingolin", "Баянгол"),
    "tacheng": ("Chöchek", "Tacheng", "塔城地区", "Tacheng", "Чугучак"),
    "altay": ("Altay", "Aletai", "阿勒泰地区", "Altay", "Алтай"),
    "changji": ("Sanji", "Changji", "昌吉回族自治州", "Changji", "Санжи"),
    "hami": ("Qumul", "Hami", "哈密市", "Hami", "Кумул"),
    "bortala": ("Bortala", "Boertala", "博尔塔拉蒙古自治州", "Bortala", "Бортала"),
    "karamay": ("Qaramay", "Kelamayi", "克拉玛依市", "Karamay", "Карамай"),
    "xpcc": ("Bingtuan", "Bingtuan", "新疆生产建设兵团", "XPCC", "Бинтуань"),
}
# Kazakh Cyrillic forms where they differ from the Russian one
PREF_KZ = {"ili": "Іле", "urumqi": "Үрімжі", "tacheng": "Шәуешек",
           "changji": "Сәнжи",
           "hami": "Құмыл", "kashgar": "Қашқар", "hotan": "Хотан"}

# county key -> (prefecture, Uyghur Latin, pinyin, Chinese, English, Russian,
#                level word: "xian" county, "shi" city, "qu" district)
COUNTIES = {
    "kashgar": ("kashgar", "Qeshqer", "Kashi", "喀什市", "Kashgar", "Кашгар", "shi"),
    "shufu": ("kashgar", "Kona Sheher", "Shufu", "疏附县", "Shufu", "Кона-Шахар", "xian"),
    "shule": ("kashgar", "Yéngisheher", "Shule", "疏勒县", "Shule", "Янгишахар", "xian"),
    "yengisar": ("kashgar", "Yéngisar", "Yingjisha", "英吉沙县", "Yengisar", "Янгигисар", "xian"),
    "zepu": ("kashgar", "Poskam", "Zepu", "泽普县", "Poskam", "Поскам", "xian"),
    "shache": ("kashgar", "Yeken", "Shache", "莎车县", "Yarkand", "Яркенд", "xian"),
    "yecheng": ("kashgar", "Qaghiliq", "Yecheng", "叶城县", "Kargilik", "Каргалык", "xian"),
    "makit": ("kashgar", "Mekit", "Maigaiti", "麦盖提县", "Makit", "Мекит", "xian"),
    "yopurga": ("kashgar", "Yopurgha", "Yuepuhu", "岳普湖县", "Yopurga", "Йопурга", "xian"),
    "jiashi": ("kashgar", "Peyziwat", "Jiashi", "伽师县", "Payzawat", "Пейзават", "xian"),
    "bachu": ("kashgar", "Maralbéshi", "Bachu", "巴楚县", "Maralbeshi", "Маралбаши", "xian"),
    "taxkorgan": ("kashgar", "Tashqorghan", "Tashikuergan", "塔什库尔干县", "Tashkurgan", "Ташкурган", "xian"),
    "hotan_city": ("hotan", "Xoten shehiri", "Hetian shi", "和田市", "Hotan city", "Хотан", "shi"),
    "hotan_county": ("hotan", "Xoten nahiyisi", "Hetian xian", "和田县", "Hotan county", "Хотанский уезд", "xian"),
    "karakax": ("hotan", "Qaraqash", "Moyu", "墨玉县", "Karakax", "Каракаш", "xian"),
    "pishan": ("hotan", "Guma", "Pishan", "皮山县", "Guma", "Гума", "xian"),
    "lop": ("hotan", "Lop", "Luopu", "洛浦县", "Lop", "Лоп", "xian"),
    "qira": ("hotan", "Chira", "Cele", "策勒县", "Chira", "Чира", "xian"),
    "yutian": ("hotan", "Kériye", "Yutian", "于田县", "Keriya", "Керия", "xian"),
    "minfeng": ("hotan", "Niye", "Minfeng", "民丰县", "Niya", "Ния", "xian"),
    "aksu": ("aksu", "Aqsu", "Akesu", "阿克苏市", "Aksu", "Аксу", "shi"),
    "kuqa": ("aksu", "Kucha", "Kuche", "库车市", "Kuqa", "Куча", "shi"),
    "xayar": ("aksu", "Shayar", "Shaya", "沙雅县", "Shayar", "Шаяр", "xian"),
    "xinhe": ("aksu", "Toqsu", "Xinhe", "新和县", "Toksu", "Токсу", "xian"),
    "baicheng": ("aksu", "Bay", "Baicheng", "拜城县", "Bay", "Бай", "xian"),
    "wensu": ("aksu", "Onsu", "Wensu", "温宿县", "Onsu", "Онсу", "xian"),
    "wushi": ("aksu", "Uchturpan", "Wushi", "乌什县", "Uchturpan", "Уч-Турфан", "xian"),
    "awat": ("aksu", "Awat", "Awati", "阿瓦提县", "Awat", "Ават", "xian"),
    "kalpin": ("aksu", "Kelpin", "Keping", "柯坪县", "Kalpin", "Кельпин", "xian"),
    "artux": ("kizilsu", "Atush", "Atushi", "阿图什市", "Artush", "Артуш", "shi"),
    "akto": ("kizilsu", "Aqto", "Aketao", "阿克陶县", "Akto", "Акто", "xian"),
    "wuqia": ("kizilsu", "Ulughchat", "Wuqia", "乌恰县", "Ulugqat", "Улугчат", "xian"),
    "akqi": ("kizilsu", "Aqchi", "Aheqi", "阿合奇县", "Akqi", "Акчий", "xian"),
    "yining_city": ("ili", "Ghulja", "Yining", "伊宁市", "Ghulja", "Кульджа", "shi"),
    "yining_county": ("ili", "Ghulja nahiyisi", "Yining xian", "伊宁县", "Ghulja county", "Кульджинский уезд", "xian"),
    "qapqal": ("ili", "Chapchal", "Chabuchaer", "察布查尔县", "Qapqal", "Чапчал", "xian"),
    "huocheng": ("ili", "Qorghas", "Huocheng", "霍城县", "Korgas", "Коргас", "xian"),
    "gongliu": ("ili", "Toqquztara", "Gongliu", "巩留县", "Tokkuztara", "Токкузтара", "xian"),
    "xinyuan": ("ili", "Künes", "Xinyuan", "新源县", "Kunes", "Кюнес", "xian"),
    "zhaosu": ("ili", "Mongghulküre", "Zhaosu", "昭苏县", "Mongolkure", "Монгол-Куре", "xian"),
    "tekes": ("ili", "Tékes", "Tekesi", "特克斯县", "Tekes", "Текес", "xian"),
    "nilka": ("ili", "Nilqa", "Nileke", "尼勒克县", "Nilka", "Нилки", "xian"),
    "urumqi": ("urumqi", "Ürümchi", "Wulumuqi", "乌鲁木齐市", "Urumqi", "Урумчи", "shi"),
    "dabancheng": ("urumqi", "Dawanchéng", "Dabancheng", "达坂城区", "Dabancheng", "Даваньчэн", "qu"),
    "midong": ("urumqi", "Midong", "Midong", "米东区", "Midong", "Мидун", "qu"),
    "turpan": ("turpan", "Turpan", "Tulufan", "吐鲁番市", "Turpan", "Турфан", "shi"),
    "shanshan": ("turpan", "Pichan", "Shanshan", "鄯善县", "Pichan", "Пичан", "xian"),
    "toksun": ("turpan", "Toqsun", "Tuokexun", "托克逊县", "Toksun", "Токсун", "xian"),
    "korla": ("bayingolin", "Korla", "Kuerle", "库尔勒市", "Korla", "Корла", "shi"),
    "luntai": ("bayingolin", "Bügür", "Luntai", "轮台县", "Bugur", "Бугур", "xian"),
    "yuli": ("bayingolin", "Lopnur", "Yuli", "尉犁县", "Lopnur", "Лобнор", "xian"),
    "qiemo": ("bayingolin", "Cherchen", "Qiemo", "且末县", "Cherchen", "Черчен", "xian"),
    "ruoqiang": ("bayingolin", "Chaqiliq", "Ruoqiang", "若羌县", "Charkhlik", "Чарклык", "xian"),
    "yanqi": ("bayingolin", "Qarasheher", "Yanqi", "焉耆县", "Karashahr", "Карашар", "xian"),
    "tacheng": ("tacheng", "Chöchek", "Tacheng", "塔城市", "Chuguchak", "Чугучак", "shi"),
    "emin": ("tacheng", "Dörbiljin", "Emin", "额敏县", "Dorbiljin", "Дорбульджин", "xian"),
    "toli": ("tacheng", "Toli", "Tuoli", "托里县", "Toli", "Толи", "xian"),
    "yumin": ("tacheng", "Chaghantoqay", "Yumin", "裕民县", "Chagantokay", "Чагантокай", "xian"),
    "usu": ("tacheng", "Shixu", "Wusu", "乌苏市", "Usu", "Шиху", "shi"),
    "shawan": ("tacheng", "Sawan", "Shawan", "沙湾市", "Shawan", "Шавань", "shi"),
    "altay": ("altay", "Altay", "Aletai", "阿勒泰市", "Altay", "Алтай", "shi"),
    "burqin": ("altay", "Burchin", "Buerjin", "布尔津县", "Burqin", "Бурчун", "xian"),
    "fuyun": ("altay", "Köktoqay", "Fuyun", "富蕴县", "Koktokay", "Коктогай", "xian"),
    "qinghe": ("altay", "Chinggil", "Qinghe", "青河县", "Chinggil", "Чингиль", "xian"),
    "habahe": ("altay", "Qaba", "Habahe", "哈巴河县", "Kaba", "Каба", "xian"),
    "jeminay": ("altay", "Jéminey", "Jimunai", "吉木乃县", "Jeminay", "Жеменей", "xian"),
    "fuhai": ("altay", "Burultoqay", "Fuhai", "福海县", "Burultokay", "Бурылтогай", "xian"),
    "changji": ("changji", "Sanji", "Changji", "昌吉市", "Changji", "Санжи", "shi"),
    "hutubi": ("changji", "Qutubi", "Hutubi", "呼图壁县", "Hutubi", "Кутуби", "xian"),
    "manas": ("changji", "Manas", "Manasi", "玛纳斯县", "Manas", "Манас", "xian"),
    "qitai": ("changji", "Guchung", "Qitai", "奇台县", "Qitai", "Гучэн", "xian"),
    "jimsar": ("changji", "Jimsar", "Jimusaer", "吉木萨尔县", "Jimsar", "Джимсар", "xian"),
    "mori": ("changji", "Mori", "Mulei", "木垒县", "Mori", "Мори", "xian"),
    "fukang": ("changji", "Fukang", "Fukang", "阜康市", "Fukang", "Фуканг", "shi"),
    "hami": ("hami", "Qumul", "Hami", "哈密市", "Hami", "Кумул", "shi"),
    "barkol": ("hami", "Barköl", "Balikun", "巴里坤县", "Barkol", "Баркёль", "xian"),
    "bole": ("bortala", "Bortala", "Bole", "博乐市", "Bole", "Бортала", "shi"),
    "jinghe": ("bortala", "Jing", "Jinghe", "精河县", "Jinghe", "Цзинхэ", "xian"),
    "wenquan": ("bortala", "Arishang", "Wenquan", "温泉县", "Arishang", "Арасан", "xian"),
    "karamay": ("karamay", "Qaramay", "Kelamayi", "克拉玛依市", "Karamay", "Карамай", "shi"),
    "tumxuk": ("xpcc", "Tumshuq", "Tumushuke", "图木舒克市", "Tumxuk", "Тумшук", "shi"),
    "shihezi": ("xpcc", "Shixenze", "Shihezi", "石河子市", "Shihezi", "Шихэцзы", "shi"),
}
# Kazakh Cyrillic county forms that differ from a mechanical rendering
COUNTY_KZ = {"yining_city": "Құлжа", "urumqi": "Үрімжі", "tacheng": "Шәуешек",
             "emin": "Дөрбілжін", "nilka": "Нылқы", "xinyuan": "Күнес",
             "zhaosu": "Моңғолкүре", "gongliu": "Тоғызтарау", "fuhai": "Бурылтоғай",
             "altay": "Алтай", "qinghe": "Шіңгіл", "habahe": "Қаба",
             "fuyun": "Көктоғай", "toli": "Толы", "yumin": "Шағантоғай",
             "qapqal": "Шапшал", "tekes": "Текес", "burqin": "Бурылтоғай"}

# facility-file Town value -> county key (BFN spellings)
BFN_TOWN = {
    "Shufu": "shufu", "Yecheng": "yecheng", "Kashgar": "kashgar", "Shule": "shule",
    "Hotan County": "hotan_county", "Hotan City": "hotan_city", "Karakax": "karakax",
    "Makit": "makit", "Jiashi": "jiashi", "Zepu": "zepu", "Bachu": "bachu",
    "Maralbishi": "bachu", "Akto": "akto", "Yining County": "yining_county",
    "Yining City": "yining_city", "Korla": "korla", "Dabancheng": "dabancheng",
    "Aksu": "aksu", "Kuqa": "kuqa", "Gaochang": "turpan", "Shache": "shache",
    "Wensu": "wensu", "Artux": "artux", "Huocheng": "huocheng", "Akqi": "akqi",
    "Altay": "altay", "Awat": "awat", "Baicheng": "baicheng", "Barkol": "barkol",
    "Bole": "bole", "Burqin": "burqin", "Changji": "changji", "Emin": "emin",
    "Fuhai": "fuhai", "Fukang": "fukang", "Fuyun": "fuyun", "Gongliu": "gongliu",
    "Habahe": "habahe", "Hutubi": "hutubi", "Jeminay": "jeminay",
    "Jimsar": "jimsar", "Jinghe": "jinghe", "JInghe": "jinghe", "Kalpin": "kalpin",
    "Karamay": "karamay", "Lop": "lop", "Luntai": "luntai", "Manas": "manas",
    "Midong": "midong", "Minfeng": "minfeng", "Mori": "mori", "Nilka": "nilka",
    "Pishan": "pishan", "Qapqal": "qapqal", "Qiemo": "qiemo", "Qinghe": "qinghe",
    "Qira": "qira", "Qitai": "qitai", "Ruoqiang": "ruoqiang", "Shanshan": "shanshan",
    "Shawan": "shawan", "Tacheng": "tacheng", "Taxkorgan": "taxkorgan",
    "Tekes": "tekes", "Toksun": "toksun", "Toli": "toli", "Tumxuk": "tumxuk",
    "Usu": "usu", "Wenquan": "wenquan", "Wuqia": "wuqia", "Wushi": "wushi",
    "Xayar": "xayar", "Xinhe": "xinhe", "Xinyuan": "xinyuan", "Yanqi": "yanqi",
    "Yengisar": "yengisar", "Yizhou": "hami", "YIzhou": "hami",
    "Yopurga": "yopurga", "Yuli": "yuli", "Yumin": "yumin", "Yutian": "yutian",
    "Zhaosu": "zhaosu", "Shihezi": "shihezi",
}
BFN_PREF = {"Kashgar": "kashgar", "Ili": "ili", "Hotan": "hotan", "Aksu": "aksu",
            "XPCC": "xpcc", "Bayingolin": "bayingolin", "Ürümqi": "urumqi",
            "Urumqi": "urumqi", "Tacheng": "tacheng", "Changji": "changji",
            "Kizilsu": "kizilsu", "Altay": "altay", "Turpan": "turpan",
            "Hami": "hami", "Bortala": "bortala", "Karamay": "karamay",
            "Shihezi": "xpcc"}

# township / village name elements: (Uyghur Latin, Chinese)
PLACE_ELEMENTS_A = [
    ("Yéngi", "英吉"), ("Kona", "阔纳"), ("Bésh", "别什"), ("Aq", "阿克"),
    ("Qara", "喀拉"), ("Qizil", "克孜勒"), ("Toqquz", "托库孜"), ("Tograq", "托格拉克"),
    ("Sérik", "色日克"), ("Ottura", "吾图拉"), ("Chong", "琼"), ("Kichik", "克其克"),
    ("Yantaq", "羊塔克"), ("Toghraq", "托乎拉克"), ("Tash", "塔什"), ("Saqal", "萨喀勒"),
]
PLACE_ELEMENTS_B = [
    ("érik", "艾日克"), ("bagh", "巴格"), ("köl", "库勒"), ("terek", "铁热克"),
    ("bulaq", "布拉克"), ("yar", "亚尔"), ("tam", "塔木"), ("su", "苏"),
    ("awat", "阿瓦提"), ("tagh", "塔格"), ("östeng", "吾斯塘"), ("bostan", "博斯坦"),
    ("köwrük", "阔如克"), ("qum", "库木"), ("kent", "坎特"), ("ariq", "阿热克"),
]
for _c, _p in (("疏", "shu"), ("附", "fu"), ("县", "xian"), ("英", "ying"),
               ("泽", "ze"), ("普", "pu"), ("莎", "sha"), ("车", "che"),
               ("城", "cheng"), ("岳", "yue"), ("湖", "hu"), ("伽", "jia"),
               ("师", "shi"), ("楚", "chu"), ("琼", "qiong"), ("其", "qi"),
               ("萨", "sa"), ("喀", "ka"), ("乎", "hu"), ("塘", "tang"),
               ("色", "se"), ("坎", "kan"), ("铁", "tie"), ("阔", "kuo"),
               ("博", "bo"), ("格", "ge"), ("图", "tu"), ("勒", "le"), ("库", "ku")):
    PINYIN.setdefault(_c, _p)

# Uyghur Latin -> Uyghur Arabic script
UY_ARABIC = {
    "a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ",
    "x": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ", "s": "س", "sh": "ش",
    "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل",
    "m": "م", "n": "ن", "h": "ھ", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
    "w": "ۋ", "é": "ې", "i": "ى", "y": "ي", "'": "",
}
UY_VOWELS = set("aeéiouöü")

# Uyghur Latin -> Cyrillic.  index 0: Russian-style, 1: Uyghur/Kazakh-style
UY_CYR = {
    "a": ("а", "а"), "e": ("е", "ә"), "é": ("е", "е"), "i": ("и", "и"),
    "o": ("о", "о"), "u": ("у", "у"), "ö": ("ё", "ө"), "ü": ("ю", "ү"),
    "b": ("б", "б"), "p": ("п", "п"), "t": ("т", "т"), "j": ("дж", "җ"),
    "ch": ("ч", "ч"), "x": ("х", "х"), "d": ("д", "д"), "r": ("р", "р"),
    "z": ("з", "з"), "zh": ("ж", "ж"), "s": ("с", "с"), "sh": ("ш", "ш"),
    "gh": ("г", "ғ"), "f": ("ф", "ф"), "q": ("к", "қ"), "k": ("к", "к"),
    "g": ("г", "г"), "ng": ("нг", "ң"), "l": ("л", "л"), "m": ("м", "м"),
    "n": ("н", "н"), "h": ("х", "һ"), "w": ("в", "в"), "y": ("й", "й"),
    "'": ("", ""),
}

# Cyrillic -> Latin.  columns: English/BGN-like, Turkish, Kazakh Latin (2021)
CYR_LAT = {
    "а": ("a", "a", "a"), "ә": ("a", "e", "ä"), "б": ("b", "b", "b"),
    "в": ("v", "v", "v"), "г": ("g", "g", "g"), "ғ": ("gh", "ğ", "ğ"),
    "д": ("d", "d", "d"), "е": ("e", "e", "e"), "ё": ("yo", "yo", "io"),
    "ж": ("zh", "j", "j"), "з": ("z", "z", "z"), "и": ("i", "i", "i"),
    "й": ("y", "y", "i"), "к": ("k", "k", "k"), "қ": ("k", "k", "q"),
    "л": ("l", "l", "l"), "м": ("m", "m", "m"), "н": ("n", "n", "n"),
    "ң": ("ng", "ñ", "ñ"), "о": ("o", "o", "o"), "ө": ("o", "ö", "ö"),
    "п": ("p", "p", "p"), "р": ("r", "r", "r"), "с": ("s", "s", "s"),
    "т": ("t", "t", "t"), "у": ("u", "u", "u"), "ұ": ("u", "u", "ū"),
    "ү": ("u", "ü", "ü"), "ф": ("f", "f", "f"), "х": ("kh", "h", "h"),
    "һ": ("h", "h", "h"), "ц": ("ts", "ts", "ts"), "ч": ("ch", "ç", "ch"),
    "ш": ("sh", "ş", "ş"), "щ": ("shch", "şç", "şş"), "ъ": ("", "", ""),
    "ы": ("y", "ı", "y"), "і": ("i", "i", "ı"), "ь": ("", "", ""),
    "э": ("e", "e", "e"), "ю": ("yu", "yu", "iu"), "я": ("ya", "ya", "ia"),
    "җ": ("j", "c", "j"),
}
# Kazakh/Kyrgyz Cyrillic -> plain Russian Cyrillic
KZ_TO_RU = str.maketrans({"қ": "к", "ғ": "г", "ң": "н", "ө": "о", "ұ": "у",
                          "ү": "у", "і": "и", "ә": "а", "һ": "х",
                          "Қ": "К", "Ғ": "Г", "Ң": "Н", "Ө": "О", "Ұ": "У",
                          "Ү": "У", "І": "И", "Ә": "А", "Һ": "Х"})

# Latin OCR/keying confusions
OCR_LAT = [("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "l"), ("e", "c"),
           ("o", "0"), ("u", "ii"), ("n", "ri"), ("h", "b"), ("cl", "d"),
           ("a", "o"), ("t", "f")]
OCR_CYR = [("и", "н"), ("н", "и"), ("ш", "щ"), ("е", "ё"), ("т", "г"),
           ("л", "п"), ("ь", "ъ"), ("а", "о")]
OCR_AR = [("ى", "ي"), ("ك", "گ"), ("ە", "ه"), ("ۇ", "و"), ("ب", "ت"),
          ("ق", "ف"), ("ن", "ت")]
