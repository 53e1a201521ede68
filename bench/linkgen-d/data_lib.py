"""Hand-written inventories for linkgen-d: names (ranked, most common first) and a small
gazetteer of prefectures and county-level places. Written from general knowledge for this
generator; spellings are in the internal notation of scripts_lib (ULY-like).
"""

# ------------------------------------------------------------------ Uyghur names
UY_MALE = """memet ehmet abdulla tursun hesen osman abliz tohti qurban yasin ablimit abdurëhim
ismayil ibrahim yusup rozi obul eysa mamut nurmemet ablet adil erkin alim ekber ilham kërim
abdukërim muhtar nijat perhat mijit eli ghopur sawut tahir abduweli mahmut musa niyaz ömer
turghun sattar qadir jappar barat yalqun kamil dilshat rustem hashim abduqadir abdurahman
zunun ghalip rahman sidiq ablikim hamut abdusalam shöhret ekrem aziz nasir sabir memtimin
yarmemet sëyit xalmurat ayup imin qasim yunus helil momin bekri ghulam jümë abdughopur
abdurëshit memeteli tëyip ruzi hëwir muhemmed nurëhmet ablajan pazil ubul xëlil mutellip
sadiq tursunniyaz rishat alimjan ekrem mëhmut obulqasim abdushükür""".split()

UY_FEMALE = """aygül gülnar patigül rahile zöhre mahire gülbahar nurgül zulpiye ayshem aynur
buhelchem zeynep rabiye gülchëhre mehbube maynur dilnur dilber munire reyhangül helchem
ezize parida saniye hörnisa asiye meryem ayimnisa gülshen güljamal amine patime mukerrem
sajide hanzöhre tajigül ruqiye nuriye gülzire mihray arzugül zulhumar mehriban roshengül
sëlime horigül tursungül ayjamal nurbiye ayxan mayinur gulmire xalide kamile sënewer
xeyrinisa pezilet ayshemgül gülmira sumeyye nurane mëhrigül rozigül ablimitgül""".split()

# Turkish diaspora equivalents (written in Turkish orthography, final form)
TR_EQUIV = {"memet": "Mehmet", "ehmet": "Ahmet", "abdulla": "Abdullah", "hesen": "Hasan",
            "yusup": "Yusuf", "ibrahim": "İbrahim", "ismayil": "İsmail", "eysa": "İsa",
            "mamut": "Mahmut", "mahmut": "Mahmut", "muhemmed": "Muhammed", "ömer": "Ömer",
            "eli": "Ali", "zeynep": "Zeynep", "meryem": "Meryem", "patime": "Fatma",
            "asiye": "Asiye", "abdurëhim": "Abdurrahim", "kërim": "Kerim", "sidiq": "Sıddık",
            "xëlil": "Halil", "helil": "Halil", "amine": "Emine", "ayup": "Eyüp",
            "yunus": "Yunus", "musa": "Musa", "rabiye": "Rabia", "ruqiye": "Rukiye"}
# Arabic/standard English forms some English lists use
EN_STANDARD = {"memet": "Mohammed", "muhemmed": "Muhammad", "ehmet": "Ahmed",
               "abdulla": "Abdullah", "hesen": "Hasan", "yusup": "Yusuf", "ibrahim": "Ibrahim",
               "ismayil": "Ismail", "eysa": "Isa", "ömer": "Omar", "eli": "Ali",
               "meryem": "Maryam", "patime": "Fatima", "zeynep": "Zainab", "amine": "Amina"}

# ------------------------------------------------------------------ Kazakh names
KZ_MALE = """nurlan sërik qayrat ërlan asqar baqıtzhan sërikzhan bolat marat talghat qanat
ërbol dawlët zharqın aybëk ëldos baurzhan zhënis almas azamat dulat ghalım omarxan
saparbëk tursınbëk nurbëk ërzhan qazbëk ayan muxtar bëybit aqılbëk zhaqsılıq orazbëk
nurdawlët shërzat qaliybëk amanzhol bawırzhan dosan erkës ërmëk aslan""".split()
KZ_FEMALE = """gülnar ayzhan sewlë aygërim zhanar dinara gülmira ardaq ayman zhuldız bayan
ghalıya nazgül gülzhan mërwërt aqmaral zhanat saltanat rawshan gülbaxıt qaliyma
aynur nurzhamal zhanıl mayra raxila kulyash aqbota""".split()
KG_MALE = """kanıbëk nurlan aybëk almazbëk bakıt ulanbëk kubanıchbëk azamat ërlan tılëk
mırzabëk asılbëk tursunbay zhoomart kadırbëk bëkzat emil nurbëk daniyar
zhumabëk temirlan adılbëk""".split()
KG_FEMALE = """aygül ayzada nurzat gülzat cholpon ayperi zhıldız mëërim aziza gülnara
bermet asël kanıkëy elmira nazira""".split()

# ------------------------------------------------------------------ Han / Hui names
# (hanzi, pinyin, Palladius Russian)
HAN_SURNAMES = [("王", "Wang", "Ван"), ("李", "Li", "Ли"), ("张", "Zhang", "Чжан"),
                ("刘", "Liu", "Лю"), ("陈", "Chen", "Чэнь"), ("杨", "Yang", "Ян"),
                ("赵", "Zhao", "Чжао"), ("黄", "Huang", "Хуан"), ("周", "Zhou", "Чжоу"),
                ("吴", "Wu", "У"), ("徐", "Xu", "Сюй"), ("孙", "Sun", "Сунь"),
                ("胡", "Hu", "Ху"), ("朱", "Zhu", "Чжу"), ("高", "Gao", "Гао"),
                ("马", "Ma", "Ма"), ("郭", "Guo", "Го"), ("何", "He", "Хэ")]
HUI_SURNAMES = [("马", "Ma", "Ма"), ("马", "Ma", "Ма"), ("马", "Ma", "Ма"),
                ("杨", "Yang", "Ян"), ("李", "Li", "Ли"), ("白", "Bai", "Бай"),
                ("丁", "Ding", "Дин"), ("沙", "Sha", "Ша"), ("穆", "Mu", "Му"),
                ("海", "Hai", "Хай"), ("纳", "Na", "На"), ("哈", "Ha", "Ха"),
                ("冶", "Ye", "Е"), ("韩", "Han", "Хань")]
HAN_GIVEN_M = [("伟", "wei", "вэй"), ("军", "jun", "цзюнь"), ("杰", "jie", "цзе"),
               ("明", "ming", "мин"), ("强", "qiang", "цян"), ("平", "ping", "пин"),
               ("磊", "lei", "лэй"), ("勇", "yong", "юн"), ("斌", "bin", "бинь"),
               ("福", "fu", "фу"), ("德", "de", "дэ"), ("海", "hai", "хай"),
               ("文", "wen", "вэнь"), ("国", "guo", "го"), ("建", "jian", "цзянь"),
               ("成", "cheng", "чэн"), ("学", "xue", "сюэ"), ("志", "zhi", "чжи"),
               ("忠", "zhong", "чжун"), ("林", "lin", "линь"), ("有", "you", "ю"),
               ("华", "hua", "хуа"), ("小", "xiao", "сяо"), ("龙", "long", "лун")]
HAN_GIVEN_F = [("兰", "lan", "лань"), ("芳", "fang", "фан"), ("秀", "xiu", "сю"),
               ("英", "ying", "ин"), ("梅", "mei", "мэй"), ("玲", "ling", "лин"),
               ("霞", "xia", "ся"), ("萍", "ping", "пин"), ("丽", "li", "ли"),
               ("燕", "yan", "янь"), ("娟", "juan", "цзюань"), ("红", "hong", "хун"),
               ("静", "jing", "цзин"), ("玉", "yu", "юй"), ("春", "chun", "чунь"),
               ("花", "hua", "хуа"), ("凤", "feng", "фэн"), ("小", "xiao", "сяо")]

# ------------------------------------------------------------------ gazetteer
# prefecture key: (hanzi full, hanzi short, pinyin, ULY, Russian, Kazakh Cyrillic or "", English)
PREFS = {
    "Kashgar": ("喀什地区", "喀什", "Kashi", "qeshqer", "Кашгар", "", "Kashgar"),
    "Hotan": ("和田地区", "和田", "Hetian", "xoten", "Хотан", "", "Hotan"),
    "Aksu": ("阿克苏地区", "阿克苏", "Akesu", "aqsu", "Аксу", "Ақсу", "Aksu"),
    "Kizilsu": ("克孜勒苏柯尔克孜自治州", "克州", "Kezilesu", "qizilsu", "Кызылсу", "Қызылсу",
                "Kizilsu"),
    "Ili": ("伊犁哈萨克自治州", "伊犁", "Yili", "ili", "Или", "Іле", "Ili"),
    "Tacheng": ("塔城地区", "塔城", "Tacheng", "chöchek", "Тарбагатай", "Тарбағатай",
                "Tacheng"),
    "Altay": ("阿勒泰地区", "阿勒泰", "Aletai", "altay", "Алтай", "Алтай", "Altay"),
    "Ürümqi": ("乌鲁木齐市", "乌鲁木齐", "Wulumuqi", "ürümchi", "Урумчи", "Үрімжі", "Urumqi"),
    "Turpan": ("吐鲁番市", "吐鲁番", "Tulufan", "turpan", "Турфан", "Тұрпан", "Turpan"),
    "Hami": ("哈密市", "哈密", "Hami", "qumul", "Кумул", "Құмыл", "Hami"),
    "Bayingolin": ("巴音郭楞蒙古自治州", "巴州", "Bayinguoleng", "bayin'gholin", "Баянгол",
                   "Баянғолын", "Bayingolin"),
    "Changji": ("昌吉回族自治州", "昌吉", "Changji", "sanji", "Чанцзи", "Санжы", "Changji"),
    "Bortala": ("博尔塔拉蒙古自治州", "博州", "Boertala", "börtala", "Боро-Тала", "Бортала",
                "Bortala"),
    "Karamay": ("克拉玛依市", "克拉玛依", "Kelamayi", "qaramay", "Карамай", "Қарамай",
                "Karamay"),
}

# county: BFN town key, prefecture, hanzi (with 县/市/区), pinyin, ULY, Russian or "",
#   Kazakh or "", weights (uyghur, kazakh, kyrgyz, hui, han)
COUNTIES = [
    ("Kashgar", "Kashgar", "喀什市", "Kashi", "qeshqer", "Кашгар", "", (60, 0, 0, 1, 4)),
    ("Shufu", "Kashgar", "疏附县", "Shufu", "konisheher", "Конашахар", "", (30, 0, 0, 0, 0)),
    ("Shule", "Kashgar", "疏勒县", "Shule", "yëngisheher", "", "", (30, 0, 0, 0, 1)),
    ("Yengisar", "Kashgar", "英吉沙县", "Yingjisha", "yëngisar", "Янгигисар", "", (25, 0, 0, 0, 0)),
    ("Shache", "Kashgar", "莎车县", "Shache", "yeken", "Яркенд", "", (70, 0, 0, 0, 1)),
    ("Yecheng", "Kashgar", "叶城县", "Yecheng", "qaghiliq", "Каргалык", "", (45, 0, 0, 0, 1)),
    ("Zepu", "Kashgar", "泽普县", "Zepu", "poskam", "Поскам", "", (20, 0, 0, 0, 1)),
    ("Makit", "Kashgar", "麦盖提县", "Maigaiti", "mekit", "Мекит", "", (20, 0, 0, 0, 0)),
    ("Jiashi", "Kashgar", "伽师县", "Jiashi", "peyziwat", "Пейзават", "", (35, 0, 0, 0, 0)),
    ("Bachu", "Kashgar", "巴楚县", "Bachu", "maralbëshi", "Маралбаши", "", (30, 0, 0, 0, 2)),
    ("Yopurga", "Kashgar", "岳普湖县", "Yuepuhu", "yopurgha", "Йопурга", "", (15, 0, 0, 0, 0)),
    ("Taxkorgan", "Kashgar", "塔什库尔干县", "Tashikuergan", "tashqorghan", "Ташкурган", "",
     (2, 0, 1, 0, 0)),
    ("Hotan City", "Hotan", "和田市", "Hetian", "xoten shehiri", "Хотан", "", (30, 0, 0, 0, 2)),
    ("Hotan County", "Hotan", "和田县", "Hetian Xian", "xoten nahiyisi", "", "", (30, 0, 0, 0, 0)),
    ("Karakax", "Hotan", "墨玉县", "Moyu", "qaraqash", "Каракаш", "", (50, 0, 0, 0, 0)),
    ("Pishan", "Hotan", "皮山县", "Pishan", "guma", "Гума", "", (25, 0, 0, 0, 0)),
    ("Lop", "Hotan", "洛浦县", "Luopu", "lop", "Лоп", "", (25, 0, 0, 0, 0)),
    ("Qira", "Hotan", "策勒县", "Cele", "chira", "Чира", "", (15, 0, 0, 0, 0)),
    ("Yutian", "Hotan", "于田县", "Yutian", "këriye", "Керия", "", (25, 0, 0, 0, 0)),
    ("Minfeng", "Hotan", "民丰县", "Minfeng", "niye", "Ния", "", (4, 0, 0, 0, 0)),
    ("Aksu", "Aksu", "阿克苏市", "Akesu", "aqsu", "Аксу", "Ақсу", (25, 0, 0, 1, 10)),
    ("Kuqa", "Aksu", "库车市", "Kuche", "kucha", "Куча", "", (40, 0, 0, 1, 2)),
    ("Xayar", "Aksu", "沙雅县", "Shaya", "shayar", "Шаяр", "", (20, 0, 0, 0, 1)),
    ("Xinhe", "Aksu", "新和县", "Xinhe", "toqsu", "Токсу", "", (15, 0, 0, 0, 0)),
    ("Baicheng", "Aksu", "拜城县", "Baicheng", "bay", "Бай", "", (15, 0, 0, 0, 1)),
    ("Wensu", "Aksu", "温宿县", "Wensu", "onsu", "Онсу", "", (15, 0, 0, 0, 1)),
    ("Awat", "Aksu", "阿瓦提县", "Awati", "awat", "Ават", "", (15, 0, 0, 0, 1)),
    ("Wushi", "Aksu", "乌什县", "Wushi", "uchturpan", "Уч-Турфан", "", (15, 0, 1, 0, 0)),
    ("Kalpin", "Aksu", "柯坪县", "Keping", "kelpin", "Кельпин", "", (4, 0, 0, 0, 0)),
    ("Artux", "Kizilsu", "阿图什市", "Atushi", "atush", "Артуш", "", (20, 0, 3, 0, 1)),
    ("Akto", "Kizilsu", "阿克陶县", "Aketao", "aqto", "Акто", "", (12, 0, 4, 0, 0)),
    ("Akqi", "Kizilsu", "阿合奇县", "Aheqi", "aqchi", "Акчий", "", (1, 0, 4, 0, 0)),
    ("Wuqia", "Kizilsu", "乌恰县", "Wuqia", "ulughchat", "Улугчат", "", (2, 0, 5, 0, 0)),
    ("Yining City", "Ili", "伊宁市", "Yining", "ghulja", "Кульджа", "Құлжа", (30, 6, 0, 4, 5)),
    ("Yining County", "Ili", "伊宁县", "Yining Xian", "ghulja nahiyisi", "", "Құлжа ауданы",
     (20, 6, 0, 2, 1)),
    ("Huocheng", "Ili", "霍城县", "Huocheng", "qorghas", "Хоргос", "Қорғас", (8, 8, 0, 3, 2)),
    ("Qapqal", "Ili", "察布查尔县", "Chabuchaer", "chapchal", "Чапчал", "Шапшал", (5, 5, 0, 1, 1)),
    ("Gongliu", "Ili", "巩留县", "Gongliu", "toqquztara", "Токкузтара", "Тоғызтарау",
     (4, 10, 0, 1, 1)),
    ("Xinyuan", "Ili", "新源县", "Xinyuan", "künes", "Кунес", "Күнес", (3, 14, 0, 1, 2)),
    ("Zhaosu", "Ili", "昭苏县", "Zhaosu", "mongghulküre", "Монгол-Куре", "Моңғолкүре",
     (2, 8, 1, 1, 1)),
    ("Tekes", "Ili", "特克斯县", "Tekesi", "tëkes", "Текес", "Текес", (2, 8, 1, 0, 1)),
    ("Nilka", "Ili", "尼勒克县", "Nileke", "nilqa", "Нилки", "Нылқы", (3, 10, 0, 0, 1)),
    ("Tacheng", "Tacheng", "塔城市", "Tacheng", "chöchek", "Чугучак", "Шәуешек",
     (3, 10, 0, 2, 3)),
    ("Emin", "Tacheng", "额敏县", "Emin", "dörbiljin", "Дорбильджин", "Дөрбілжін",
     (2, 12, 0, 1, 2)),
    ("Yumin", "Tacheng", "裕民县", "Yumin", "chaghantoqay", "", "Шағантоғай", (0, 5, 0, 0, 1)),
    ("Toli", "Tacheng", "托里县", "Tuoli", "toli", "Толи", "Толы", (0, 8, 0, 0, 1)),
    ("Shawan", "Tacheng", "沙湾市", "Shawan", "sawen", "Шавань", "Сәуен", (2, 6, 0, 3, 3)),
    ("Usu", "Tacheng", "乌苏市", "Wusu", "shixu", "Шиху", "Шиху", (2, 6, 0, 2, 4)),
    ("Hoboksar", "Tacheng", "和布克赛尔县", "Hebukesaier", "qobuqsar", "Кобуксар", "Қобықсары",
     (0, 4, 0, 0, 1)),
    ("Altay", "Altay", "阿勒泰市", "Aletai", "altay", "Алтай", "Алтай", (1, 12, 0, 1, 2)),
    ("Burqin", "Altay", "布尔津县", "Buerjin", "burchin", "Бурчин", "Бүршін", (0, 6, 0, 0, 1)),
    ("Fuyun", "Altay", "富蕴县", "Fuyun", "köktoqay", "Коктокай", "Көктоғай", (0, 7, 0, 0, 1)),
    ("Fuhai", "Altay", "福海县", "Fuhai", "burultoqay", "Бурултокай", "Бурылтоғай",
     (0, 5, 0, 0, 1)),
    ("Habahe", "Altay", "哈巴河县", "Habahe", "qaba", "Каба", "Қаба", (0, 5, 0, 0, 1)),
    ("Qinghe", "Altay", "青河县", "Qinghe", "chinggil", "Чингиль", "Шіңгіл", (0, 5, 0, 0, 1)),
    ("Jeminay", "Altay", "吉木乃县", "Jimunai", "jëminey", "Жеменей", "Жеменей", (0, 4, 0, 0, 0)),
    ("Tianshan", "Ürümqi", "天山区", "Tianshan", "tengritagh", "", "", (20, 2, 0, 3, 8)),
    ("Shuimogou", "Ürümqi", "水磨沟区", "Shuimogou", "shuymogu", "", "", (8, 1, 0, 2, 6)),
    ("Midong", "Ürümqi", "米东区", "Midong", "midong", "Мидун", "", (4, 2, 0, 5, 5)),
    ("Dabancheng", "Ürümqi", "达坂城区", "Dabancheng", "dawanching", "Даваньчин", "",
     (3, 1, 0, 1, 2)),
    ("Gaochang", "Turpan", "高昌区", "Gaochang", "turpan", "Турфан", "", (25, 0, 0, 1, 2)),
    ("Shanshan", "Turpan", "鄯善县", "Shanshan", "pichan", "Пичан", "", (15, 0, 0, 1, 2)),
    ("Toksun", "Turpan", "托克逊县", "Tuokexun", "toqsun", "Токсун", "", (10, 0, 0, 1, 1)),
    ("Yizhou", "Hami", "伊州区", "Yizhou", "qumul", "Кумул", "Құмыл", (12, 2, 0, 1, 4)),
    ("Barkol", "Hami", "巴里坤县", "Balikun", "barköl", "Баркуль", "Баркөл", (0, 6, 0, 0, 2)),
    ("Korla", "Bayingolin", "库尔勒市", "Kuerle", "korla", "Корла", "", (15, 0, 0, 2, 8)),
    ("Yuli", "Bayingolin", "尉犁县", "Yuli", "lopnur", "Лобнор", "", (8, 0, 0, 0, 1)),
    ("Luntai", "Bayingolin", "轮台县", "Luntai", "bügür", "Бугур", "", (8, 0, 0, 0, 1)),
    ("Qiemo", "Bayingolin", "且末县", "Qiemo", "cherchen", "Черчен", "", (6, 0, 0, 0, 1)),
    ("Ruoqiang", "Bayingolin", "若羌县", "Ruoqiang", "charqiliq", "Чарклык", "", (3, 0, 0, 0, 1)),
    ("Yanqi", "Bayingolin", "焉耆县", "Yanqi", "qarasheher", "Карашар", "", (4, 0, 0, 4, 2)),
    ("Hejing", "Bayingolin", "和静县", "Hejing", "xejing", "Хэцзин", "", (3, 0, 0, 1, 2)),
    ("Changji", "Changji", "昌吉市", "Changji", "sanji", "Чанцзи", "Санжы", (4, 5, 0, 6, 6)),
    ("Fukang", "Changji", "阜康市", "Fukang", "fukang", "Фукан", "Фукаң", (2, 4, 0, 3, 3)),
    ("Hutubi", "Changji", "呼图壁县", "Hutubi", "qutubi", "Хутуби", "Құтыби", (1, 3, 0, 3, 3)),
    ("Manas", "Changji", "玛纳斯县", "Manasi", "manas", "Манас", "Манас", (1, 4, 0, 3, 3)),
    ("Qitai", "Changji", "奇台县", "Qitai", "guchung", "Гучэн", "Гучэн", (1, 5, 0, 2, 3)),
    ("Jimsar", "Changji", "吉木萨尔县", "Jimusaer", "jimsar", "Джимсар", "Жымсар", (1, 3, 0, 1, 2)),
    ("Mori", "Changji", "木垒县", "Mulei", "mori", "Морий", "Морый", (0, 6, 0, 1, 1)),
    ("Bole", "Bortala", "博乐市", "Bole", "börtala", "Бортала", "Бортала", (4, 5, 0, 2, 3)),
    ("Jinghe", "Bortala", "精河县", "Jinghe", "jing", "Цзинхэ", "Жиң", (2, 3, 0, 1, 2)),
    ("Wenquan", "Bortala", "温泉县", "Wenquan", "arishang", "Аришан", "Арасан", (0, 3, 0, 0, 1)),
    ("Karamay", "Karamay", "克拉玛依市", "Kelamayi", "qaramay", "Карамай", "Қарамай",
     (4, 2, 0, 1, 5)),
]

# township name parts (Uyghur and Kazakh), combined into synthetic but plausible names
TOWN_A = """yëngi qara aq kök toqquz bësh yette ton bay chong kichik tögmen qum sheptul
tash qizil sëriq altun yar bostan""".split()
TOWN_B = """östeng bagh ariq kent yar bostan tagh terek köl bulaq qum tal chi bazar
awat saray""".split()
KZ_TOWN_A = """aq qara kök sarı qızıl zhana ëski ülkën kishi tal""".split()
KZ_TOWN_B = """su bulaq tal tas tobë köl zhal qora özek""".split()
