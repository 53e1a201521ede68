"""Hand-written lexicon for generator E: names, places, transliteration tables.

Written from general knowledge by the author of generator E; nothing here was copied from
another generator, the Guwah code, or online sources.  Name weights are the author's judgement
of how often names occur on published victim lists (common names are very common).
"""

# ---------------------------------------------------------------- Uyghur given names (ULY, weight)
UY_MALE = """Memet 60 Muhemmet 42 Abdulla 40 Ehmet 34 Tursun 30 Ablimit 22 Abdureshit 22 Qurban 20
Abliz 18 Yüsüp 18 Hesen 16 Yasin 16 Ismayil 16 Rozi 15 Tahir 14 Hüsen 14 Ibrahim 14 Enwer 14
Abdukérim 14 Abduqadir 14 Eli 14 Alim 12 Erkin 12 Nurmemet 12 Abdurehim 12 Mamut 12 Ömer 12
Memtimin 12 Imin 12 Dilmurat 12 Ilham 10 Obulqasim 10 Abduweli 10 Osman 10 Qasim 10 Adil 10
Niyaz 10 Perhat 10 Tayir 10 Turghun 10 Yunus 10 Abduraxman 10 Ablet 10 Tohti 10 Ablikim 10
Abdughopur 8 Abdusalam 8 Ekber 8 Exmetjan 8 Mutellip 8 Polat 8 Rahman 8 Reyim 8 Sadiq 8 Sawut 8
Shöhret 8 Barat 8 Ghopur 8 Kérim 8 Mijit 8 Nurmuhemmet 6 Kamil 6 Rustem 6 Salam 6 Tursunjan 6
Yalqun 6 Zunun 6 Hamut 6 Jappar 6 Muhter 6 Nijat 6 Qadir 6 Sattar 6 Tudaxun 6 Ekrem 6 Mehmud 6
Abdusemet 6 Qeyser 4 Ubul 4 Rishat 4 Abdushükür 5 Mexmut 4 Ghappar 4 Hézim 3 Mirzat 4 Nurali 4
Ekhet 3 Abla 4 Ababekri 4 Hoshur 4 Qahar 4 Sidiq 5 Tashpolat 3 Ghalip 3 Bekri 4 Yaqup 6 Zakir 4
Memetéli 5 Emet 5 Sopi 3 Waris 3 Abduqeyum 4 Abdulhekim 4 Ablajan 4 Arslan 3 Ibadet 3"""

UY_FEMALE = """Aygül 30 Gülnar 24 Patigül 24 Ayshem 20 Patime 20 Zöhre 18 Meryem 16 Rahile 14 Mehrigül 14
Aynur 14 Dilnur 14 Xediche 12 Amine 12 Gülbahar 10 Gülshen 10 Hebibe 10 Mahire 10 Nurgül 10
Tursungül 10 Mihray 10 Zeyneb 10 Buhelchem 8 Gülzire 8 Hörnisa 8 Munire 8 Nurbiye 8 Reyhangül 8
Roshengül 8 Tajigül 8 Xalide 8 Zulpiye 8 Zulhumar 8 Rizwangül 8 Arzugül 8 Gülmire 8 Ranagül 6
Saniye 6 Sajide 6 Peride 6 Mewlude 6 Ayjamal 6 Ayshe 6 Gulchehre 5 Mukerrem 5 Nezire 5 Renagül 4
Pezilet 4 Tunisa 4 Ayimgül 4 Ziwidem 3 Qimangül 4 Hürnisa 3 Ezizgül 4 Nurnisa 4 Bahargül 4
Gülchiray 4 Salamet 3 Ruqiye 4 Rabiye 4 Sanawer 4 Chimen 3 Muyesser 3 Halidem 3"""

# ---------------------------------------------------------------- Kazakh (Latin canonical, Kazakh-ish)
KZ_MALE = """Nurlan 20 Serik 18 Qayrat 14 Bolat 14 Erlan 16 Bauırjan 12 Asqar 12 Murat 12 Qanat 12
Marat 10 Erbol 10 Jenis 10 Erjan 10 Dauren 8 Ermek 8 Beybit 8 Talghat 8 Ayan 6 Daniyar 6 Nurbolat 6
Sabit 6 Omarbek 6 Amanjol 6 Jaqsılıq 4 Qaster 4 Esen 6 Aset 6 Berik 8 Dosjan 4 Jumabay 4 Qabılbek 4
Serikbol 4 Mukhtar 5 Nurdaulet 4 Ghalımjan 4 Orınbay 3 Aqılbek 3 Toqtar 4 Seytqazı 3 Kenjebek 3"""

KZ_FEMALE = """Gülnar 14 Aynur 10 Sayragül 8 Gülzira 10 Aygerim 8 Säule 10 Dina 6 Jamila 8 Aliya 8
Gülmira 10 Baqyt 6 Raushan 8 Nazgül 8 Aynagül 6 Janar 6 Külash 4 Gülbahram 4 Ardaq 4 Bibigül 4
Zauresh 4 Meruert 4 Gülsim 4 Qalamqas 3 Ayjan 4"""

KY_MALE = """Nurbek 10 Almaz 8 Baqyt 8 Aybek 8 Tilek 6 Qubanıchbek 4 Asan 6 Üsen 6 Mirlan 5 Ermek 5
Azamat 6 Chıngız 4 Toktosun 4 Sultan 4 Jırgalbek 3 Kanıbek 4"""
KY_FEMALE = """Ayzada 6 Gülzat 6 Jıldız 6 Aynura 6 Nurjan 4 Cholpon 4 Burul 3 Gülayım 4 Mayram 4"""


def parse_weighted(text):
    toks = text.split()
    return [(toks[i], int(toks[i + 1])) for i in range(0, len(toks), 2)]


# ---------------------------------------------------------------- Chinese names (Han, Hui)
# syllable: hanzi, pinyin, Russian (Palladius)
CN_SYL = {
    "王": ("wang", "ван"), "李": ("li", "ли"), "张": ("zhang", "чжан"), "刘": ("liu", "лю"),
    "陈": ("chen", "чэнь"), "杨": ("yang", "ян"), "赵": ("zhao", "чжао"), "马": ("ma", "ма"),
    "周": ("zhou", "чжоу"), "吴": ("wu", "у"), "白": ("bai", "бай"), "丁": ("ding", "дин"),
    "韩": ("han", "хань"), "穆": ("mu", "му"), "金": ("jin", "цзинь"), "海": ("hai", "хай"),
    "建": ("jian", "цзянь"), "国": ("guo", "го"), "军": ("jun", "цзюнь"), "伟": ("wei", "вэй"),
    "明": ("ming", "мин"), "华": ("hua", "хуа"), "平": ("ping", "пин"), "强": ("qiang", "цян"),
    "文": ("wen", "вэнь"), "英": ("ying", "ин"), "兰": ("lan", "лань"), "芳": ("fang", "фан"),
    "秀": ("xiu", "сю"), "红": ("hong", "хун"), "玉": ("yu", "юй"), "梅": ("mei", "мэй"),
    "忠": ("zhong", "чжун"), "福": ("fu", "фу"), "成": ("cheng", "чэн"), "德": ("de", "дэ"),
    "林": ("lin", "линь"), "春": ("chun", "чунь"), "燕": ("yan", "янь"), "丽": ("li", "ли"),
    "霞": ("xia", "ся"), "东": ("dong", "дун"), "勇": ("yong", "юн"), "刚": ("gang", "ган"),
    "志": ("zhi", "чжи"), "学": ("xue", "сюэ"), "保": ("bao", "бао"), "花": ("hua", "хуа"),
    "云": ("yun", "юнь"), "贵": ("gui", "гуй"), "山": ("shan", "шань"), "清": ("qing", "цин"),
    "俊": ("jun", "цзюнь"), "娟": ("juan", "цзюань"), "萍": ("ping", "пин"), "生": ("sheng", "шэн"),
}
HAN_SURNAMES = [("王", 14), ("李", 14), ("张", 12), ("刘", 10), ("陈", 8), ("杨", 7), ("赵", 6),
                ("周", 5), ("吴", 5), ("马", 3)]
HUI_SURNAMES = [("马", 40), ("杨", 10), ("白", 6), ("丁", 5), ("韩", 5), ("穆", 4), ("金", 4),
                ("海", 3), ("李", 5), ("王", 5)]
CN_GIVEN_M = "建国军伟明华平强文忠福成德林东勇刚志学保贵山清俊生海"
CN_GIVEN_F = "英兰芳秀红玉梅华春燕丽霞云萍娟花平清"

# ---------------------------------------------------------------- places
# prefectures: key -> (hanzi, uly, russian, kazakh cyrillic, [english variants])
PREFS = {
    "Kashgar": ("喀什地区", "Qeshqer", "Кашгар", "Қашқар", ["Kashgar", "Kashi", "Kashgar Prefecture"]),
    "Hotan": ("和田地区", "Xoten", "Хотан", "Хотан", ["Hotan", "Khotan", "Hotan Prefecture"]),
    "Aksu": ("阿克苏地区", "Aqsu", "Аксу", "Ақсу", ["Aksu", "Aqsu", "Aksu Prefecture"]),
    "Kizilsu": ("克孜勒苏柯尔克孜自治州", "Qizilsu", "Кызылсу", "Қызылсу",
                ["Kizilsu", "Kizilsu Kirghiz Autonomous Prefecture", "Kezhou"]),
    "Turpan": ("吐鲁番市", "Turpan", "Турфан", "Тұрпан", ["Turpan", "Turfan", "Tulufan"]),
    "Hami": ("哈密市", "Qumul", "Хами", "Құмыл", ["Hami", "Kumul", "Qumul"]),
    "Ili": ("伊犁哈萨克自治州", "Ili", "Или", "Іле", ["Ili", "Ili Kazakh Autonomous Prefecture", "Yili"]),
    "Tacheng": ("塔城地区", "Chöchek", "Чугучак", "Тарбағатай", ["Tacheng", "Chuguchak", "Tarbagatay"]),
    "Altay": ("阿勒泰地区", "Altay", "Алтай", "Алтай", ["Altay", "Aletai", "Altay Prefecture"]),
    "Bortala": ("博尔塔拉蒙古自治州", "Börtala", "Боро-Тала", "Бортала", ["Bortala", "Boertala", "Bole"]),
    "Changji": ("昌吉回族自治州", "Sanji", "Чанцзи", "Сәнжі", ["Changji", "Sanji", "Changji Hui Autonomous Prefecture"]),
    "Bayingolin": ("巴音郭楞蒙古自治州", "Bayinghulin", "Баянгол", "Баянғол", ["Bayingolin", "Bayangol", "Bayinguoleng"]),
    "Urumqi": ("乌鲁木齐市", "Ürümchi", "Урумчи", "Үрімжі", ["Urumqi", "Urumchi", "Ürümqi", "Wulumuqi"]),
    "Karamay": ("克拉玛依市", "Qaramay", "Карамай", "Қарамай", ["Karamay", "Kelamayi"]),
    "XPCC": ("新疆生产建设兵团", "Bingtuan", "СПКС", "Бингтуан", ["XPCC", "Bingtuan"]),
}

# counties: key (as in the facilities file), pref, hanzi, pinyin, uly, ru override, kz override,
#   weights for (Uyghur, Kazakh, Kyrgyz, Hui, Han) home population
COUNTIES = [
    ("Kashgar", "Kashgar", "喀什市", "Kashi", "Qeshqer", "Кашгар", "", (60, 0, 1, 1, 2)),
    ("Shufu", "Kashgar", "疏附县", "Shufu", "Konasheher", "Конашахар", "", (40, 0, 0, 0, 0)),
    ("Shule", "Kashgar", "疏勒县", "Shule", "Yéngisheher", "Янгишахар", "", (40, 0, 0, 0, 0)),
    ("Yengisar", "Kashgar", "英吉沙县", "Yingjisha", "Yéngisar", "Янгисар", "", (30, 0, 0, 0, 0)),
    ("Yecheng", "Kashgar", "叶城县", "Yecheng", "Qaghiliq", "Каргалык", "", (35, 0, 0, 0, 1)),
    ("Shache", "Kashgar", "莎车县", "Shache", "Yarkent", "Яркенд", "", (60, 0, 0, 0, 1)),
    ("Zepu", "Kashgar", "泽普县", "Zepu", "Poskam", "Поскам", "", (15, 0, 0, 0, 0)),
    ("Makit", "Kashgar", "麦盖提县", "Maigaiti", "Mekit", "Мекит", "", (15, 0, 0, 0, 0)),
    ("Jiashi", "Kashgar", "伽师县", "Jiashi", "Peyziwat", "Пейзават", "", (30, 0, 0, 0, 0)),
    ("Bachu", "Kashgar", "巴楚县", "Bachu", "Maralbéshi", "Маралбаши", "", (25, 0, 0, 0, 0)),
    ("Yopurga", "Kashgar", "岳普湖县", "Yuepuhu", "Yopurgha", "Йопурга", "", (12, 0, 0, 0, 0)),
    ("Taxkorgan", "Kashgar", "塔什库尔干塔吉克自治县", "Tashikuergan", "Tashqorghan", "Ташкурган", "", (2, 0, 1, 0, 0)),
    ("Hotan City", "Hotan", "和田市", "Hetian", "Xoten", "Хотан", "", (30, 0, 0, 0, 2)),
    ("Hotan County", "Hotan", "和田县", "Hetian Xian", "Xoten nahiyisi", "", "", (25, 0, 0, 0, 0)),
    ("Karakax", "Hotan", "墨玉县", "Moyu", "Qaraqash", "Каракаш", "", (45, 0, 0, 0, 0)),
    ("Pishan", "Hotan", "皮山县", "Pishan", "Guma", "Гума", "", (20, 0, 0, 0, 0)),
    ("Lop", "Hotan", "洛浦县", "Luopu", "Lop", "Лоп", "", (20, 0, 0, 0, 0)),
    ("Qira", "Hotan", "策勒县", "Cele", "Chira", "Чира", "", (12, 0, 0, 0, 0)),
    ("Yutian", "Hotan", "于田县", "Yutian", "Kériye", "Керия", "", (20, 0, 0, 0, 0)),
    ("Minfeng", "Hotan", "民丰县", "Minfeng", "Niye", "Ния", "", (5, 0, 0, 0, 0)),
    ("Aksu", "Aksu", "阿克苏市", "Akesu", "Aqsu", "Аксу", "Ақсу", (30, 0, 1, 1, 3)),
    ("Kuqa", "Aksu", "库车市", "Kuche", "Kucha", "Куча", "", (30, 0, 0, 0, 1)),
    ("Xayar", "Aksu", "沙雅县", "Shaya", "Shayar", "Шаяр", "", (15, 0, 0, 0, 0)),
    ("Xinhe", "Aksu", "新和县", "Xinhe", "Toqsu", "Токсу", "", (10, 0, 0, 0, 0)),
    ("Baicheng", "Aksu", "拜城县", "Baicheng", "Bay", "Бай", "", (12, 0, 0, 0, 0)),
    ("Wensu", "Aksu", "温宿县", "Wensu", "Onsu", "Онсу", "", (10, 0, 0, 0, 0)),
    ("Wushi", "Aksu", "乌什县", "Wushi", "Uchturpan", "Уч-Турфан", "", (12, 0, 0, 0, 0)),
    ("Awat", "Aksu", "阿瓦提县", "Awati", "Awat", "Ават", "", (12, 0, 0, 0, 0)),
    ("Kalpin", "Aksu", "柯坪县", "Keping", "Kelpin", "Кельпин", "", (4, 0, 0, 0, 0)),
    ("Artux", "Kizilsu", "阿图什市", "Atushi", "Atush", "Артуш", "", (20, 0, 4, 0, 0)),
    ("Akto", "Kizilsu", "阿克陶县", "Aketao", "Aqto", "Акто", "", (10, 0, 6, 0, 0)),
    ("Wuqia", "Kizilsu", "乌恰县", "Wuqia", "Ulughchat", "Улугчат", "", (2, 0, 6, 0, 0)),
    ("Akqi", "Kizilsu", "阿合奇县", "Aheqi", "Aqchi", "Акчи", "", (1, 0, 5, 0, 0)),
    ("Gaochang", "Turpan", "高昌区", "Gaochang", "Turpan", "Турфан", "", (25, 0, 0, 1, 2)),
    ("Shanshan", "Turpan", "鄯善县", "Shanshan", "Pichan", "Пичан", "", (15, 0, 0, 0, 1)),
    ("Toksun", "Turpan", "托克逊县", "Tuokexun", "Toqsun", "Токсун", "", (10, 0, 0, 0, 0)),
    ("Yizhou", "Hami", "伊州区", "Yizhou", "Qumul", "Кумул", "", (15, 1, 0, 1, 2)),
    ("Barkol", "Hami", "巴里坤哈萨克自治县", "Balikun", "Barköl", "Баркёль", "Баркөл", (1, 6, 0, 0, 1)),
    ("Yiwu", "Hami", "伊吾县", "Yiwu", "Aratürük", "Аратюрюк", "", (2, 1, 0, 0, 0)),
    ("Yining City", "Ili", "伊宁市", "Yining", "Ghulja", "Кульджа", "Құлжа", (35, 4, 0, 3, 2)),
    ("Yining County", "Ili", "伊宁县", "Yining Xian", "Ghulja nahiyisi", "", "Құлжа ауданы", (20, 4, 0, 1, 0)),
    ("Huocheng", "Ili", "霍城县", "Huocheng", "Qorghas", "Хоргос", "Қорғас", (10, 6, 0, 1, 1)),
    ("Qapqal", "Ili", "察布查尔锡伯自治县", "Chabuchaer", "Chapchal", "Чапчал", "Шапшал", (6, 4, 0, 0, 0)),
    ("Gongliu", "Ili", "巩留县", "Gongliu", "Toqquztara", "Тогузтарау", "Тоғызтарау", (3, 12, 0, 0, 0)),
    ("Xinyuan", "Ili", "新源县", "Xinyuan", "Künes", "Кюнес", "Күнес", (3, 14, 0, 0, 1)),
    ("Nilka", "Ili", "尼勒克县", "Nileke", "Nilqa", "Нилки", "Нылқы", (3, 12, 0, 0, 0)),
    ("Tekes", "Ili", "特克斯县", "Tekesi", "Tékes", "Текес", "Текес", (2, 10, 1, 0, 0)),
    ("Zhaosu", "Ili", "昭苏县", "Zhaosu", "Mongghulküre", "Монголкуре", "Моңғолкүре", (1, 10, 1, 0, 0)),
    ("Tacheng", "Tacheng", "塔城市", "Tacheng", "Chöchek", "Чугучак", "Шәуешек", (2, 10, 0, 1, 1)),
    ("Emin", "Tacheng", "额敏县", "Emin", "Dörbiljin", "Дорбильджин", "Дөрбілжін", (1, 12, 0, 0, 1)),
    ("Usu", "Tacheng", "乌苏市", "Wusu", "Shixo", "Шихо", "Шиху", (2, 6, 0, 1, 2)),
    ("Shawan", "Tacheng", "沙湾市", "Shawan", "Saven", "Саван", "Сауан", (1, 6, 0, 1, 2)),
    ("Toli", "Tacheng", "托里县", "Tuoli", "Toli", "Толи", "Толы", (0, 8, 0, 0, 0)),
    ("Yumin", "Tacheng", "裕民县", "Yumin", "Chaghantoqay", "Чагантогай", "Шағантоғай", (0, 5, 0, 0, 0)),
    ("Hoboksar", "Tacheng", "和布克赛尔蒙古自治县", "Hebukesaier", "Qobuqsar", "Кобуксар", "Қобықсар", (0, 4, 0, 0, 0)),
    ("Altay", "Altay", "阿勒泰市", "Aletai", "Altay", "Алтай", "Алтай", (1, 12, 0, 0, 1)),
    ("Burqin", "Altay", "布尔津县", "Buerjin", "Burchin", "Бурчун", "Бұыршын", (0, 6, 0, 0, 0)),
    ("Fuhai", "Altay", "福海县", "Fuhai", "Burultoqay", "Бурултокай", "Бурылтоғай", (0, 6, 0, 0, 1)),
    ("Fuyun", "Altay", "富蕴县", "Fuyun", "Köktoqay", "Коктокай", "Көктоғай", (0, 8, 0, 0, 0)),
    ("Habahe", "Altay", "哈巴河县", "Habahe", "Qaba", "Каба", "Қаба", (0, 6, 0, 0, 0)),
    ("Qinghe", "Altay", "青河县", "Qinghe", "Chinggil", "Чингиль", "Шіңгіл", (0, 6, 0, 0, 0)),
    ("Jeminay", "Altay", "吉木乃县", "Jimunai", "Jéminey", "Джеминай", "Жеменей", (0, 4, 0, 0, 0)),
    ("Bole", "Bortala", "博乐市", "Bole", "Börtala", "Бортала", "Бортала", (3, 5, 0, 1, 2)),
    ("Jinghe", "Bortala", "精河县", "Jinghe", "Jing", "Цзинхэ", "Жың", (2, 3, 0, 0, 1)),
    ("Wenquan", "Bortala", "温泉县", "Wenquan", "Arishang", "Арасан", "Арасан", (0, 3, 0, 0, 0)),
    ("Changji", "Changji", "昌吉市", "Changji", "Sanji", "Чанцзи", "Сәнжі", (3, 4, 0, 6, 3)),
    ("Fukang", "Changji", "阜康市", "Fukang", "Fükang", "Фукан", "Фукаң", (1, 3, 0, 3, 2)),
    ("Hutubi", "Changji", "呼图壁县", "Hutubi", "Qutubi", "Хутуби", "Құтыби", (1, 3, 0, 2, 1)),
    ("Manas", "Changji", "玛纳斯县", "Manasi", "Manas", "Манас", "Манас", (1, 3, 0, 2, 1)),
    ("Qitai", "Changji", "奇台县", "Qitai", "Guchung", "Гучэн", "Гучэн", (1, 5, 0, 3, 2)),
    ("Jimsar", "Changji", "吉木萨尔县", "Jimusaer", "Jimsar", "Джимсар", "Жымсар", (1, 3, 0, 2, 1)),
    ("Mori", "Changji", "木垒哈萨克自治县", "Mulei", "Mori", "Мори", "Мори", (0, 7, 0, 2, 1)),
    ("Korla", "Bayingolin", "库尔勒市", "Kuerle", "Korla", "Корла", "Корла", (15, 0, 0, 2, 4)),
    ("Luntai", "Bayingolin", "轮台县", "Luntai", "Bügür", "Бугур", "", (8, 0, 0, 0, 1)),
    ("Yuli", "Bayingolin", "尉犁县", "Yuli", "Lopnur", "Лобнор", "", (6, 0, 0, 0, 1)),
    ("Ruoqiang", "Bayingolin", "若羌县", "Ruoqiang", "Chaqiliq", "Чарклык", "", (2, 0, 0, 0, 1)),
    ("Qiemo", "Bayingolin", "且末县", "Qiemo", "Cherchen", "Черчен", "", (5, 0, 0, 0, 1)),
    ("Yanqi", "Bayingolin", "焉耆回族自治县", "Yanqi", "Qarasheher", "Карашар", "", (4, 0, 0, 3, 1)),
    ("Hejing", "Bayingolin", "和静县", "Hejing", "Xéjing", "Хэцзин", "", (3, 0, 0, 0, 1)),
    ("Hoxud", "Bayingolin", "和硕县", "Heshuo", "Xoshut", "Хошут", "", (2, 0, 0, 0, 1)),
    ("Bohu", "Bayingolin", "博湖县", "Bohu", "Baghrash", "Баграш", "", (1, 0, 0, 0, 1)),
    ("Tianshan", "Urumqi", "天山区", "Tianshan", "Tengritagh rayoni", "", "", (20, 2, 0, 3, 4)),
    ("Shuimogou", "Urumqi", "水磨沟区", "Shuimogou", "Shuymogu rayoni", "", "", (8, 1, 0, 2, 3)),
    ("Xinshi", "Urumqi", "新市区", "Xinshi", "Yéngisheher rayoni", "", "", (10, 1, 0, 2, 4)),
    ("Midong", "Urumqi", "米东区", "Midong", "Midong rayoni", "", "", (4, 1, 0, 3, 2)),
    ("Toutunhe", "Urumqi", "头屯河区", "Toutunhe", "Toutunxe rayoni", "", "", (2, 0, 0, 1, 2)),
    ("Dabancheng", "Urumqi", "达坂城区", "Dabancheng", "Dawanchin", "Даванчин", "", (2, 0, 0, 0, 1)),
    ("Urumqi County", "Urumqi", "乌鲁木齐县", "Wulumuqi Xian", "Ürümchi nahiyisi", "", "", (2, 2, 0, 1, 1)),
    ("Karamay", "Karamay", "克拉玛依区", "Kelamayi", "Qaramay", "Карамай", "Қарамай", (3, 2, 0, 1, 3)),
    ("Dushanzi", "Karamay", "独山子区", "Dushanzi", "Maytagh", "Майтаг", "", (1, 0, 0, 0, 1)),
    ("Shihezi", "XPCC", "石河子市", "Shihezi", "Shixenze", "Шихэцзы", "", (1, 1, 0, 1, 6)),
    ("Tumxuk", "XPCC", "图木舒克市", "Tumushuke", "Tumshuq", "Тумшук", "", (3, 0, 0, 0, 2)),
    ("Aral", "XPCC", "阿拉尔市", "Alaer", "Aral", "Арал", "", (2, 0, 0, 0, 3)),
    ("Wujiaqu", "XPCC", "五家渠市", "Wujiaqu", "Wujiachü", "Уцзяцюй", "", (0, 0, 0, 1, 2)),
]
COUNTY_ALIASES = {"maralbishi": "Bachu", "yizhou": "Yizhou", "jinghe": "Jinghe", "korgas": "Huocheng"}

# township-name parts (ULY) for synthetic townships and villages
TOWN_A = ["Qara", "Aq", "Yéngi", "Kona", "Besh", "Toqquz", "Ottura", "Chong", "Kichik", "Su",
          "Tash", "Qum", "Bagh", "Tograq", "Örtang", "Yar", "Sughun", "Köl", "Tér", "Qizil",
          "Altun", "Yultuz", "Mush", "Saybagh", "Qoshu", "Jigde", "Tügmen", "Ara"]
TOWN_B = ["östeng", "bagh", "su", "kent", "yar", "tagh", "köl", "kérem", "qum", "bulaq", "tal",
          "terek", "toghraq", "ériq", "yéza", "qash", "tüz", "saray", "ghol", "qaq"]

# ---------------------------------------------------------------- long tail: compound names
# Real name inventories have a long tail; about a fifth of names are drawn from these compounds.
UY_ABDU = ("réhim kérim qadir weli shükür salam gheni raxman reshit sattar jélil qeyum xélil "
           "rézaq hamit mijit ghopur wahit hakim semet zahir éziz latip qahar musa nasir "
           "sopur jappar ahat").split()
UY_M_SUFFIX = ["jan", "jan", "jan", "niyaz", "ahun", "bek", "tay"]
UY_F_PREFIX = ["Ay", "Gül", "Nur", "Mehri", "Reyhan", "Roshen", "Tursun", "Qimmet", "Aman", "Bahar",
               "Dil", "Zulpi", "Heli", "Pati", "Buwi", "Shir", "Ezi", "Mah", "Qum", "Hay", "Ser"]
UY_F_SUFFIX = ["gül", "gül", "nisa", "xan", "nur", "bübi", "zat", "jamal", "hayat", "xanim"]
KZ_M_PREFIX = ["Nur", "Er", "Serik", "Aman", "Jan", "Qali", "Asıl", "Dos", "Qaz", "Ay", "Ten",
               "Baq", "Muqa", "Ken", "Qul", "Tas", "Jaqıp", "Erkin", "Oral", "Sa"]
KZ_M_SUFFIX = ["bek", "bol", "jan", "bay", "bolat", "ghali", "khan", "tay", "sultan", "nur", "qul"]
KZ_F_PREFIX = ["Gül", "Ay", "Nur", "Jan", "Mol", "Sa", "Bal", "Qar", "Al", "Dana", "Sha", "Aq", "Kün"]
KZ_F_SUFFIX = ["nar", "gül", "jan", "sulu", "dana", "zat", "ira", "sha", "kül", "bibi"]
