#!/usr/bin/env python3
"""Held-out test-data generator I for record linkage of person mentions.

Standard library only; deterministic per seed. All tables below were written from the
author's own knowledge (no online source, no other generator). See README.md.
"""
import argparse, csv, os, random, sys, unicodedata
from functools import lru_cache

# ----------------------------------------------------------------------------------------
# Gazetteer (hand-written): key|prefecture|Chinese|pinyin|Uyghur Latin (ULY)|Russian|Kazakh
# empty Russian/Kazakh cells are derived from ULY by transliteration.
# ----------------------------------------------------------------------------------------
PREFS = """Kashgar|喀什地区|Kashi|Qeshqer|Кашгар|Қашқар
Hotan|和田地区|Hetian|Xoten|Хотан|Қотан
Aksu|阿克苏地区|Akesu|Aqsu|Аксу|Ақсу
Kizilsu|克孜勒苏柯尔克孜自治州|Kezilesu|Qizilsu|Кызылсу|Қызылсу
Bayingolin|巴音郭楞蒙古自治州|Bayinguoleng|Bayin'ghulin|Баянгол|Баянғол
Turpan|吐鲁番市|Tulufan|Turpan|Турфан|Тұрпан
Hami|哈密市|Hami|Qumul|Хами|Құмыл
Ili|伊犁哈萨克自治州|Yili|Ili|Или|Іле
Tacheng|塔城地区|Tacheng|Chöchek|Чугучак|Шәуешек
Altay|阿勒泰地区|Aletai|Altay|Алтай|Алтай
Bortala|博尔塔拉蒙古自治州|Boertala|Bortala|Боротала|Бөртала
Changji|昌吉回族自治州|Changji|Sanji|Чанцзи|Саңжы
Ürümqi|乌鲁木齐市|Wulumuqi|Ürümchi|Урумчи|Үрімжі
Karamay|克拉玛依市|Kelamayi|Qaramay|Карамай|Қарамай
Shihezi|石河子市|Shihezi|Shixenze|Шихэцзы|Шихыза
XPCC|新疆生产建设兵团|Bingtuan|Bingtuen|Бинтуань|Бингтуан"""

COUNTIES = """Shufu|Kashgar|疏附县|Shufu|Kona Sheher||
Shule|Kashgar|疏勒县|Shule|Yengisheher||
Kashgar|Kashgar|喀什市|Kashi|Qeshqer|Кашгар|Қашқар
Yecheng|Kashgar|叶城县|Yecheng|Qaghiliq|Каргалык|
Shache|Kashgar|莎车县|Shache|Yarkent|Яркенд|Жаркент
Zepu|Kashgar|泽普县|Zepu|Poskam||
Jiashi|Kashgar|伽师县|Jiashi|Peyziwat||
Bachu|Kashgar|巴楚县|Bachu|Maralbeshi|Маралбаши|
Makit|Kashgar|麦盖提县|Maigaiti|Mekit||
Yopurga|Kashgar|岳普湖县|Yuepuhu|Yopurgha||
Yengisar|Kashgar|英吉沙县|Yingjisha|Yengisar||
Taxkorgan|Kashgar|塔什库尔干塔吉克自治县|Tashikuergan|Tashqorghan|Ташкурган|
Hotan City|Hotan|和田市|Hetian Shi|Xoten sheher|Хотан|
Hotan County|Hotan|和田县|Hetian Xian|Xoten nahiyisi||
Karakax|Hotan|墨玉县|Moyu|Qaraqash|Каракаш|
Lop|Hotan|洛浦县|Luopu|Lop||
Pishan|Hotan|皮山县|Pishan|Guma||
Qira|Hotan|策勒县|Cele|Chira||
Yutian|Hotan|于田县|Yutian|Keriye|Керия|
Minfeng|Hotan|民丰县|Minfeng|Niye||
Aksu|Aksu|阿克苏市|Akesu|Aqsu|Аксу|Ақсу
Awat|Aksu|阿瓦提县|Awati|Awat||
Kuqa|Aksu|库车县|Kuche|Kucha|Куча|
Xayar|Aksu|沙雅县|Shaya|Shayar||
Xinhe|Aksu|新和县|Xinhe|Toqsu||
Baicheng|Aksu|拜城县|Baicheng|Bay||
Wensu|Aksu|温宿县|Wensu|Onsu||
Wushi|Aksu|乌什县|Wushi|Uchturpan|Уч-Турфан|
Kalpin|Aksu|柯坪县|Keping|Kelpin||
Artux|Kizilsu|阿图什市|Atushi|Atush|Артуш|
Akto|Kizilsu|阿克陶县|Aketao|Aqto||
Akqi|Kizilsu|阿合奇县|Aheqi|Aqchi||
Wuqia|Kizilsu|乌恰县|Wuqia|Ulughchat||
Korla|Bayingolin|库尔勒市|Kuerle|Korla|Корла|Корла
Luntai|Bayingolin|轮台县|Luntai|Bügür||
Yuli|Bayingolin|尉犁县|Yuli|Lopnur||
Qiemo|Bayingolin|且末县|Qiemo|Cherchen|Черчен|
Ruoqiang|Bayingolin|若羌县|Ruoqiang|Charqiliq||
Yanqi|Bayingolin|焉耆回族自治县|Yanqi|Qarasheher||
Hejing|Bayingolin|和静县|Hejing|Xejing||
Hoxud|Bayingolin|和硕县|Heshuo|Xoshut||
Bohu|Bayingolin|博湖县|Bohu|Baghrash||
Gaochang|Turpan|高昌区|Gaochang|Turpan|Турфан|Тұрпан
Shanshan|Turpan|鄯善县|Shanshan|Pichan|Пичан|
Toksun|Turpan|托克逊县|Tuokexun|Toqsun||
Yizhou|Hami|伊州区|Yizhou|Qumul|Хами|Құмыл
Barkol|Hami|巴里坤哈萨克自治县|Balikun|Barköl|Баркуль|Баркөл
Yiwu|Hami|伊吾县|Yiwu|Aratürük||
Yining City|Ili|伊宁市|Yining Shi|Ghulja|Кульджа|Құлжа
Yining County|Ili|伊宁县|Yining Xian|Ghulja nahiyisi||Құлжа ауданы
Huocheng|Ili|霍城县|Huocheng|Qorghas|Хоргос|Қорғас
Qapqal|Ili|察布查尔锡伯自治县|Chabuchaer|Chapchal|Чапчал|Шапшал
Gongliu|Ili|巩留县|Gongliu|Toqquztara||Тоғызтарау
Xinyuan|Ili|新源县|Xinyuan|Künes||Күнес
Nilka|Ili|尼勒克县|Nileke|Nilqa||Нылқы
Tekes|Ili|特克斯县|Tekesi|Tekes|Текес|Текес
Zhaosu|Ili|昭苏县|Zhaosu|Mongghulküre||Моңғолкүре
Kuytun|Ili|奎屯市|Kuitun|Küytun||Күйтін
Tacheng|Tacheng|塔城市|Tacheng|Chöchek|Чугучак|Шәуешек
Emin|Tacheng|额敏县|Emin|Dörbiljin||Дөрбілжін
Shawan|Tacheng|沙湾县|Shawan|Sawan||Сауан
Usu|Tacheng|乌苏市|Wusu|Shixo||Шиху
Toli|Tacheng|托里县|Tuoli|Toli||Толы
Yumin|Tacheng|裕民县|Yumin|Chaghantoqay||Шағантоғай
Hoboksar|Tacheng|和布克赛尔蒙古自治县|Hebukesaier|Qobuqsar||Қобықсары
Altay|Altay|阿勒泰市|Aletai|Altay|Алтай|Алтай
Burqin|Altay|布尔津县|Buerjin|Burchin||Бурылтоғай
Fuhai|Altay|福海县|Fuhai|Burultoqay||Бурылтоғай
Fuyun|Altay|富蕴县|Fuyun|Köktoqay||Көктоғай
Habahe|Altay|哈巴河县|Habahe|Qaba||Қаба
Qinghe|Altay|青河县|Qinghe|Chinggil||Шіңгіл
Jeminay|Altay|吉木乃县|Jimunai|Jeminey||Жеменей
Bole|Bortala|博乐市|Bole|Bortala|Боротала|Бөртала
Jinghe|Bortala|精河县|Jinghe|Jing||Жың
Wenquan|Bortala|温泉县|Wenquan|Arasan||Арасан
Changji|Changji|昌吉市|Changji|Sanji|Чанцзи|Саңжы
Fukang|Changji|阜康市|Fukang|Fukang||
Hutubi|Changji|呼图壁县|Hutubi|Kutubi||Құтыби
Manas|Changji|玛纳斯县|Manasi|Manas|Манас|Манас
Jimsar|Changji|吉木萨尔县|Jimusaer|Jimsar||Жымысар
Qitai|Changji|奇台县|Qitai|Gucheng||Гучэн
Mori|Changji|木垒哈萨克自治县|Mulei|Mori||Морый
Tianshan|Ürümqi|天山区|Tianshan|Tengritagh||
Saybagh|Ürümqi|沙依巴克区|Shayibake|Saybagh||
Xinshi|Ürümqi|新市区|Xinshi|Yengisheher rayoni||
Shuimogou|Ürümqi|水磨沟区|Shuimogou|Shuimogou||
Toutunhe|Ürümqi|头屯河区|Toutunhe|Toutunxe||
Midong|Ürümqi|米东区|Midong|Midong||
Dabancheng|Ürümqi|达坂城区|Dabancheng|Dawanching||
Urumqi County|Ürümqi|乌鲁木齐县|Wulumuqi Xian|Ürümchi nahiyisi||
Karamay|Karamay|克拉玛依区|Kelamayi|Qaramay|Карамай|Қарамай
Dushanzi|Karamay|独山子区|Dushanzi|Maytagh||
Baijiantan|Karamay|白碱滩区|Baijiantan|Baijiantan||
Shihezi|Shihezi|石河子市|Shihezi|Shixenze||
Tumxuk|XPCC|图木舒克市|Tumushuke|Tumshuq||
Aral|XPCC|阿拉尔市|Alaer|Aral|Арал|Арал
Kunyu|XPCC|昆玉市|Kunyu|Qunyu||
Tiemenguan|XPCC|铁门关市|Tiemenguan|Tömürqowuq||
Wujiaqu|XPCC|五家渠市|Wujiaqu|Wujiachü||
Beitun|XPCC|北屯市|Beitun|Beytün||
Kokdala|XPCC|可克达拉市|Kekedala|Kökdala||
Shuanghe|XPCC|双河市|Shuanghe|Shuangxe||
Huyanghe|XPCC|胡杨河市|Huyanghe|Huyangxe||"""

TOWN_ALIAS = {"gaocheng": "Gaochang", "maralbishi": "Bachu", "korgas": "Huocheng",
              "huyanghe city": "Huyanghe"}

# Ethnic weight of each prefecture (Uyghur, Kazakh, Kyrgyz, Hui, Han, Tajik) — rough, my own.
PREF_ETH = {
    "Kashgar": (90, 0, 1, 1, 3, 5), "Hotan": (96, 0, 0, 1, 3, 0), "Aksu": (85, 0, 1, 2, 12, 0),
    "Kizilsu": (60, 0, 35, 1, 4, 0), "Bayingolin": (55, 1, 0, 8, 36, 0), "Turpan": (80, 0, 0, 6, 14, 0),
    "Hami": (30, 12, 0, 8, 50, 0), "Ili": (38, 40, 1, 12, 9, 0), "Tacheng": (15, 60, 0, 10, 15, 0),
    "Altay": (5, 80, 0, 3, 12, 0), "Bortala": (25, 35, 0, 10, 30, 0), "Changji": (20, 35, 0, 25, 20, 0),
    "Ürümqi": (55, 8, 1, 15, 21, 0), "Karamay": (40, 20, 0, 10, 30, 0), "Shihezi": (20, 10, 0, 15, 55, 0),
    "XPCC": (50, 10, 0, 10, 30, 0)}
ETHS = ("uy", "kz", "kg", "hui", "han", "tj")

# ----------------------------------------------------------------------------------------
# Names (hand-written, roughly ordered by frequency: a Zipf weight is applied)
# ----------------------------------------------------------------------------------------
UY_M = """Mehmet Ehmet Abdurehim Tursun Abdukerim Abdulla Memtimin Qurban Rozi Yasin Adil Alim Ilham
Erkin Nurmemet Hesen Abliz Ablimit Abdushükür Ekber Enwer Ghopur Imin Ismayil Jappar Kamil Mijit Muhemmet
Nijat Ömer Osman Perhat Qadir Rehim Rustem Sadir Salih Tahir Tohti Turghun Ubul Yüsüp Zunun Exmetjan
Mehmetjan Abduweli Dilshat Ekrem Eziz Hebibulla Ibrahim Kerim Memet Mutellip Nurmuhemmet Qasim Sabir
Shöhret Tursunjan Yalqun Yunus Zakir Ablet Barat Ghalip Nurali Rahman Sawut Tayir Mamut Obul Eli Ömerjan
Sultan Abdughopur Abdusalam Ekhet Halmurat Ismail Kurban Memetjan Niyaz Obulqasim Polat Rishat Sattar
Tursunmemet Ayup Bekri Dawut Erkinjan Hapiz Iminjan Jelil Kadir Metqasim Nurahmet Qeyyum Shawket Tashpolat
Yaqup Zeydin Alimjan Bakri Elijan Gheni Heyrulla Muzepper Nebi Rozimemet Tahirjan Yarmemet""".split()
UY_F = """Gülnar Ayshem Patigül Gülbahar Mihrigül Rahile Zöhre Aygül Dilnur Mahire Meryem Nurgül Reyhan
Roshengül Sajide Zulpiye Ayshe Buwi Hawa Xalide Zeynep Dilber Gülshen Mukerrem Nazugum Perizat Qelbinur
Renagül Sanawer Tajigül Zumret Amine Buhelchem Gülchehre Hoshtar Munire Nigare Pezilet Shahide Tursungül
Zuhre Arzugül Ayimgül Bahargül Gulnisa Helchem Hanzohre Mayinur Minewer Muherrem Nurnisa Parida Rabiye
Sajidem Sumeye Tuniyaz Xeyrinsa Zohal Asiye Gulmire Rozigül Sayragül Tunsagül Zinnetgül Ayjamal Mesture""".split()
KZ_M = """Нұрлан Серік Ерлан Бақытжан Қайрат Асқар Болат Дәурен Ербол Марат Мұрат Нұрбек Қанат Сайран Талғат
Жанат Ерболат Айдос Бауыржан Құрманбек Ақылбек Жақсылық Төлеген Әсет Қуанышбек Серікжан Ермек Бекзат
Дархан Өмірбек Мақсат Сәкен Оралбек Қайсар Арман Самат Бейсен Ержан Құдайберген Зейнолла""".split()
KZ_F = """Гүлнар Айнұр Сәуле Гүлзира Айгерім Динара Жанар Мейрамгүл Ботагөз Назгүл Ақмарал Гүлбахрам Сайрагүл
Әйгерім Зәуре Күләш Аягөз Гүлмира Ләззат Меруерт Самал Гүлшат Жаңыл Кәмшат Ұлжан""".split()
KG_M = "Almaz Bakyt Nurbek Azamat Ulan Talant Kubanychbek Mirlan Emil Ermek Tilek Asylbek Kanybek Zhoomart Bolot".split()
KG_F = "Aizada Gulnara Nurzhan Aigul Cholpon Zhyldyz Mairam Asel Gulzat Baktygul Nazira Ainura".split()
TJ_M = "Bahodir Nurmuhammad Ghulam Khudoyor Rahmatulla Sherali Abdulhamid Pamir Mirzo Davlat".split()
TJ_F = "Gulbegim Zarina Nigora Shahzoda Mehrinso Gulnoz Parvina".split()
HAN_SUR_HUI = [("马", "Ma", 40), ("李", "Li", 6), ("杨", "Yang", 6), ("王", "Wang", 6), ("白", "Bai", 4),
               ("韩", "Han", 4), ("丁", "Ding", 4), ("冶", "Ye", 3), ("穆", "Mu", 3), ("撒", "Sa", 2),
               ("周", "Zhou", 2), ("海", "Hai", 2), ("金", "Jin", 3), ("哈", "Ha", 2)]
HAN_SUR_HAN = [("王", "Wang", 10), ("李", "Li", 10), ("张", "Zhang", 9), ("刘", "Liu", 7), ("陈", "Chen", 6),
               ("杨", "Yang", 5), ("赵", "Zhao", 4), ("黄", "Huang", 4), ("周", "Zhou", 3), ("吴", "Wu", 3),
               ("徐", "Xu", 2), ("孙", "Sun", 2), ("胡", "Hu", 2), ("朱", "Zhu", 2), ("高", "Gao", 2)]
HAN_GIVEN = [tuple(x.split(":")) for x in """明:ming 华:hua 伟:wei 强:qiang 军:jun 平:ping 海:hai 福:fu 成:cheng
忠:zhong 玉:yu 兰:lan 芳:fang 梅:mei 英:ying 秀:xiu 花:hua 霞:xia 红:hong 学:xue 文:wen 国:guo 建:jian
德:de 林:lin 志:zhi 勇:yong 燕:yan 丽:li 萍:ping 贵:gui 山:shan 义:yi 存:cun 莲:lian 俊:jun 春:chun 生:sheng""".split()]
HAN_F_CHARS = "兰芳梅英秀花霞红燕丽萍莲玉春"

# ----------------------------------------------------------------------------------------
# Transliteration tables (hand-written)
# ----------------------------------------------------------------------------------------
ULY_LETTERS = ["ch", "gh", "ng", "sh", "zh", "a", "b", "d", "e", "é", "f", "g", "h", "i", "j", "k", "l",
               "m", "n", "o", "ö", "p", "q", "r", "s", "t", "u", "ü", "w", "x", "y", "z", "'", "-", " "]
VOW = set("aeéioöuü")


def uly_tokens(w):
    w = w.lower(); out = []; i = 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ("ch", "gh", "ng", "sh", "zh"):
            out.append(two); i += 2
        else:
            out.append(w[i]); i += 1
    return out


UAS = {"a": "ا", "e": "ە", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر",
       "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ",
       "l": "ل", "m": "م", "n": "ن", "h": "ھ", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ", "w": "ۋ", "é": "ې",
       "i": "ى", "y": "ي", "'": "", "-": "-", " ": " "}
RU = {"a": "а", "e": "е", "b": "б", "p": "п", "t": "т", "j": "дж", "ch": "ч", "x": "х", "d": "д", "r": "р",
      "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "г", "f": "ф", "q": "к", "k": "к", "g": "г", "ng": "н",
      "l": "л", "m": "м", "n": "н", "h": "х", "o": "о", "u": "у", "ö": "ё", "ü": "ю", "w": "в", "é": "е",
      "i": "и", "y": "й", "'": "", "-": "-", " ": " "}
KK = dict(RU, q="қ", gh="ғ", ng="ң", ö="ө", ü="ү", j="ж", h="һ", x="х", e="е")
KK_LAT = {"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
          "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng",
          "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f",
          "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "і": "i", "э": "e",
          "ю": "yu", "я": "ya", "ь": "", "ъ": ""}
KK2RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
# Kazakh-Latin (canonical, from KK_LAT) to ULY-like for Uyghur-script sources
KZLAT2ULY = [("kh", "x"), ("zh", "j"), ("ä", "e"), ("y", "i")]

# Chinese phonetic transcription: (onset, vowel class) -> (character, pinyin)
ZH_SYL = {}
for row in """-:阿a 艾ai 伊yi 奥ao 乌wu
b:巴ba 别bie 比bi 博bo 布bu
p:帕pa 配pei 皮pi 坡po 普pu
t:塔ta 铁tie 提ti 托tuo 吐tu
d:达da 德de 迪di 多duo 都du
k:卡ka 克ke 克ke 阔kuo 库ku
g:尕ga 格ge 吉ji 果guo 古gu
q:卡ka 开kai 克ke 阔kuo 库ku
gh:尕ga 尕ga 和he 霍huo 古gu
x:哈ha 和he 希xi 霍huo 胡hu
h:哈ha 海hai 希xi 霍huo 胡hu
ch:恰qia 切qie 其qi 乔qiao 丘qiu
j:加jia 杰jie 吉ji 久jiu 居ju
zh:扎zha 则ze 孜zi 佐zuo 祖zu
sh:沙sha 谢xie 希xi 肖xiao 舒shu
s:萨sa 赛sai 斯si 索suo 苏su
z:扎zha 则ze 孜zi 佐zuo 祖zu
m:马ma 买mai 米mi 莫mo 木mu
n:纳na 乃nai 尼ni 诺nuo 努nu
l:拉la 来lai 力li 洛luo 鲁lu
r:热re 热re 日ri 肉rou 如ru
y:亚ya 叶ye 依yi 尤you 玉yu
w:瓦wa 维wei 维wei 沃wo 吾wu
f:法fa 菲fei 菲fei 佛fo 夫fu
ng:昂ang 恩en 英ying 翁weng 努nu""".splitlines():
    on, cells = row.split(":", 1)
    for vc, cell in zip("aeiou", cells.split()):
        ZH_SYL[(on, vc)] = (cell[0], cell[1:])
ZH_CODA = {"n": ("尼", "ni"), "m": ("木", "mu"), "k": ("克", "ke"), "q": ("克", "ke"), "t": ("提", "ti"),
           "s": ("斯", "si"), "sh": ("什", "shi"), "z": ("孜", "zi"), "x": ("合", "he"), "gh": ("合", "he"),
           "p": ("普", "pu"), "b": ("布", "bu"), "d": ("德", "de"), "y": ("依", "yi"), "ch": ("其", "qi"),
           "j": ("吉", "ji"), "ng": ("格", "ge"), "w": ("吾", "wu"), "f": ("夫", "fu"), "g": ("格", "ge"),
           "h": ("赫", "he"), "l": ("力", "li"), "r": ("尔", "er"), "zh": ("孜", "zi")}
VCLASS = {"a": "a", "e": "e", "é": "i", "i": "i", "o": "o", "ö": "o", "u": "u", "ü": "u"}


@lru_cache(maxsize=None)
def uly_to_zh(word):
    """ULY word -> (Chinese characters, pinyin syllables joined)."""
    toks = [t for t in uly_tokens(word) if t not in ("'", "-", " ")]
    chars, py = [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in VOW:
            c = ZH_SYL[("-", VCLASS[t])]; i += 1
        elif i + 1 < len(toks) and toks[i + 1] in VOW:
            c = ZH_SYL.get((t, VCLASS[toks[i + 1]]), ZH_SYL[("-", VCLASS[toks[i + 1]])]); i += 2
        else:
            c = ZH_CODA.get(t, ("", "")); i += 1
            if t == "n" and py and py[-1][-1:] in "aeiou" and i == len(toks):
                c = ("", "n")  # final -n merges into the syllable: 江 jiang-like
                py[-1] = py[-1] + "n"; continue
        if c[0]:
            chars.append(c[0]); py.append(c[1])
    return "".join(chars), "".join(py)


@lru_cache(maxsize=None)
def uly_to(word, table):
    tab = UAS if table == "ar" else RU if table == "ru" else KK
    toks = uly_tokens(word)
    out = []
    prev_v = True
    for t in toks:
        if table == "ar" and t in VOW and prev_v:
            out.append("ئ")
        out.append(tab.get(t, t))
        prev_v = t in VOW or t in (" ", "-")
    s = "".join(out)
    if table != "ar":
        s = s.replace("йа", "я").replace("йу", "ю").replace("йо", "ё")
        s = s[:1].upper() + s[1:]
        s = " ".join(p[:1].upper() + p[1:] for p in s.split(" "))
    return s


def kk_lat(word):
    return "".join(KK_LAT.get(ch, KK_LAT.get(ch.lower(), ch)) for ch in word).capitalize()


def lat_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


TURKISH = [("ch", "ç"), ("sh", "ş"), ("gh", "ğ"), ("zh", "j"), ("j", "c"), ("q", "k"), ("x", "h"),
           ("é", "i"), ("w", "v")]


@lru_cache(maxsize=None)
def uly_turkish(word):
    s = word.lower()
    for a, b in TURKISH:
        if a == "j":
            s = "".join("c" if (ch == "j" and not (i > 0 and s[i - 1] == "z")) else ch for i, ch in enumerate(s))
        elif a == "zh":
            s = s.replace("zh", "j")
        else:
            s = s.replace(a, b)
    s = s.replace("eh", "ah") if s.startswith("eh") else s
    if s.startswith("e") and len(s) > 4 and s[1] in "hkrnlm":
        s = "a" + s[1:]
    s = s.replace("rehim", "rahim").replace("rehman", "rahman").replace("hesen", "hasan").replace("memmet", "mehmet")
    return s[:1].upper() + s[1:]


def uly_english(word, r):
    s = word.lower()
    s = s.replace("x", "kh" if r.random() < .6 else "h")
    if r.random() < .5:
        s = s.replace("q", "k")
    if r.random() < .3:
        s = s.replace("gh", "g")
    s = s.replace("é", "e")
    if r.random() < .85:
        s = s.replace("ö", "o" if r.random() < .7 else "u").replace("ü", "u")
    if r.random() < .25 and s.startswith("e") and len(s) > 3:
        s = "a" + s[1:]
    if r.random() < .2:
        s = s.replace("rehim", "rahim").replace("mehmet", "muhammad").replace("memet", "mamat").replace("abdu", "abdul", 1)
    if r.random() < .15:
        s = s.replace("w", "v")
    if r.random() < .1:
        s = s.replace("j", "dj")
    return s[:1].upper() + s[1:]


# OCR / handwriting confusions, typing errors
OCR = [("rn", "m"), ("m", "rn"), ("l", "I"), ("I", "l"), ("u", "v"), ("e", "c"), ("cl", "d"), ("h", "b"),
       ("n", "u"), ("ü", "ii"), ("i", "l"), ("O", "0"), ("a", "o"), ("g", "q"), ("q", "g"), ("t", "f")]
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(s, r):
    if len(s) < 4:
        return s
    i = r.randrange(1, len(s) - 1)
    k = r.random()
    if k < .3:
        return s[:i] + s[i + 1:]
    if k < .55:
        return s[:i] + s[i] + s[i:]
    if k < .8:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + r.choice(KEYB) + s[i + 1:]


def ocr(s, r):
    for _ in range(3):
        a, b = r.choice(OCR)
        j = s.find(a)
        if j >= 0:
            return s[:j] + b + s[j + len(a):]
    return s


def zipf_weights(n, a=1.0, shift=2.0):
    return [1.0 / (i + shift) ** a for i in range(n)]


# ----------------------------------------------------------------------------------------
# World
# ----------------------------------------------------------------------------------------
FAC_TYPES_ZH = {"camp": "职业技能教育培训中心", "detention center": "看守所", "prison - medium security": "监狱",
                "prison - high security": "监狱", "": "教育转化培训中心"}
FAC_TYPES_EN = {"camp": "re-education camp", "detention center": "detention centre",
                "prison - medium security": "prison", "prison - high security": "high-security prison",
                "": "camp"}
FAC_TYPES_UY = {"camp": "terbiyilesh lagéri", "detention center": "qamaqxana", "prison - medium security": "türme",
                "prison - high security": "türme", "": "lagér"}
FAC_TYPES_TR = {"camp": "toplama kampı", "detention center": "gözaltı merkezi",
                "prison - medium security": "cezaevi", "prison - high security": "cezaevi", "": "kamp"}
FAC_TYPES_RU = {"camp": "лагерь", "detention center": "СИЗО", "prison - medium security": "тюрьма",
                "prison - high security": "тюрьма", "": "лагерь"}
FAC_TYPES_KK = {"camp": "лагері", "detention center": "тергеу изоляторы", "prison - medium security": "түрмесі",
                "prison - high security": "түрмесі", "": "лагері"}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
ZH_NUM = "一二三四五六七八九十"

VILLAGE_PARTS1 = "Yéngi Kona Bash Ayaq Qum Toghraq Bostan Östeng Sughet Tagh Aq Qara Qizil Kök Chong Kichik Yantaq Jigde Tal Tash Ara Yaz Qosh Toqquz Yette Onbesh Sheftaliq Üzüm Orda Ming".split()
VILLAGE_PARTS2 = "köl bagh yar ériq awat tam bulaq kent qoruq chek saray yol ayaq qum ötek otang tugh bazar".split()


def load_facilities(path):
    with open(path, encoding="cp437", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    out = []
    for row in rows[1:]:
        if not any(c.strip() for c in row):
            continue
        row = row + [""] * (len(head) - len(row))
        out.append({"id": row[ix["id"]].strip(), "name": row[ix["Name"]].strip(), "sub": row[ix["id_sub"]].strip(),
                    "town": row[ix["Town"]].strip(), "pref": row[ix["Prefecture"]].strip(),
                    "type": row[ix["facility type"]].strip()})
    return out


def find_facilities(arg):
    cands = []
    if arg:
        cands.append(arg)
    if os.environ.get("GUWAH_FACILITIES"):
        cands.append(os.environ["GUWAH_FACILITIES"])
    rel = os.path.join("shared", "data", "facilities", "210720_all_locations_BFN.csv")
    cands.append(os.path.join("..", rel))
    here = os.path.dirname(os.path.abspath(__file__))
    cands.append(os.path.join(here, "..", "..", rel))
    cands.append(os.path.join(here, "..", rel))
    for c in cands:
        if os.path.isfile(c):
            return c
    sys.exit("facilities file not found; pass --facilities PATH or set GUWAH_FACILITIES")


class World:
    def __init__(self, r, facilities):
        self.r = r
        self.prefs = {}
        for line in PREFS.splitlines():
            k, zh, py, uly, ru, kk = line.split("|")
            self.prefs[k] = dict(key=k, zh=zh, py=py, uly=uly, ru=ru, kk=kk)
        self.counties = {}
        for line in COUNTIES.splitlines():
            k, p, zh, py, uly, ru, kk = line.split("|")
            c = dict(key=k, pref=p, zh=zh, py=py, uly=uly, ru=ru or uly_to(uly, "ru"), kk=kk or uly_to(uly, "kk"))
            c["townships"] = []
            for t in range(8):
                tn = self.place_name()
                vills = []
                for v in range(6):
                    vills.append(self.place_name() if r.random() < .8 else "%d-kent" % (v + 1))
                c["townships"].append((tn, vills))
            c["facs"] = []
            self.counties[k] = c
        lut = {k.lower(): k for k in self.counties}
        lut.update({k.lower(): v for k, v in TOWN_ALIAS.items()})
        self.facs = []
        for f in facilities:
            ck = lut.get(f["town"].lower())
            if ck is None:
                continue
            name = f["name"]
            num = 1
            if " - " in name:
                num = ROMAN.get(name.rsplit(" - ", 1)[1].strip(), 1)
            f = dict(f, county=ck, num=num)
            self.counties[ck]["facs"].append(f)
            self.facs.append(f)
        self.county_list = [c for c in self.counties.values()]
        self.with_facs = [c for c in self.county_list if c["facs"]]
        # ethnic weights per county (with facilities weighted by facility count, as a proxy for
        # where detention was intense)
        self.eth_county = {}
        for e_i, e in enumerate(ETHS):
            ws = []
            for c in self.county_list:
                ws.append(PREF_ETH[c["pref"]][e_i] * (1 + len(c["facs"])) + 0.01)
            self.eth_county[e] = ws

    def place_name(self):
        r = self.r
        a = r.choice(VILLAGE_PARTS1)
        b = r.choice(VILLAGE_PARTS2)
        return (a + b) if r.random() < .6 else (a + " " + b.capitalize())


# ----------------------------------------------------------------------------------------
# Population
# ----------------------------------------------------------------------------------------
class Picker:
    def __init__(self, items, weights):
        self.items = items
        acc, t = [], 0.0
        for w in weights:
            t += w; acc.append(t)
        self.acc, self.t = acc, t

    def __call__(self, r):
        import bisect
        return self.items[bisect.bisect_right(self.acc, r.random() * self.t)]


def name_picker(lst, a=0.75):
    return Picker(lst, zipf_weights(len(lst), a, 3.0))


PK = {"uy_m": name_picker(UY_M), "uy_f": name_picker(UY_F), "kz_m": name_picker(KZ_M), "kz_f": name_picker(KZ_F),
      "kg_m": name_picker(KG_M), "kg_f": name_picker(KG_F), "tj_m": name_picker(TJ_M), "tj_f": name_picker(TJ_F),
      "hui": Picker([x[:2] for x in HAN_SUR_HUI], [x[2] for x in HAN_SUR_HUI]),
      "han": Picker([x[:2] for x in HAN_SUR_HAN], [x[2] for x in HAN_SUR_HAN])}
ETH_PICK = Picker(list(ETHS), [70, 14, 4, 6, 4, 2])
# mentions per person: many singletons, a long tail, a few prominent persons
MPP = Picker([1, 2, 3, 4, 5, 6, 8, 10, 14, 20, 30, 45, 70], [560, 190, 90, 50, 30, 22, 20, 12, 9, 6, 4, 2, 1])


def make_families(world, r, target):
    persons = []
    total = 0
    fam_id = 0
    while total < target:
        fam_id += 1
        eth = ETH_PICK(r)
        c = world._cp[eth](r)
        ti = r.randrange(len(c["townships"]))
        vi = r.randrange(6)
        tjm = {"uy": "uy_m", "kz": "kz_m", "kg": "kg_m", "tj": "tj_m"}.get(eth)
        tjf = {"uy": "uy_f", "kz": "kz_f", "kg": "kg_f", "tj": "tj_f"}.get(eth)
        if eth in ("hui", "han"):
            sur = PK[eth](r)
            father = None
        else:
            father = PK[tjm](r)   # father's given name = children's surname
            grand = PK[tjm](r)    # father's own surname
        fby = r.randint(1935, 1972)
        nkids = 1 + min(int(r.expovariate(0.8)), 5)
        members = []
        # the father himself is detained in some families
        if r.random() < .18 and fby >= 1935:
            members.append(("m", fby, father if father else None, grand if father else None, True))
        for k in range(nkids):
            g = "m" if r.random() < .62 else "f"
            members.append((g, min(fby + r.randint(20, 38), 2003), None, father, False))
        # detention years: families often taken together
        fam_year = r.choice((2016, 2017, 2017, 2017, 2018, 2018, 2019))
        fac_pool = c["facs"] or world.facs
        for g, by, given, sur_uy, is_father in members:
            if total >= target:
                break
            if eth in ("hui", "han"):
                surname = sur
                gn = "".join(x[0] for x in r.sample(HAN_GIVEN, r.choice((1, 2, 2))))
                if g == "f" and r.random() < .6:
                    gn = gn[:-1] + r.choice(HAN_F_CHARS)
                gchars = gn
                given = gchars
            else:
                if given is None:
                    given = PK[tjm if g == "m" else tjf](r)
                    # brothers never share a given name
                    while given == sur_uy or any(m["given"] == given for m in persons[-6:] if m["fam"] == fam_id):
                        given = PK[tjm if g == "m" else tjf](r)
                surname = sur_uy
            if r.random() < .8:
                fac = r.choice(fac_pool)
            else:
                fac = r.choice(world.facs)
            fac2 = r.choice(fac_pool) if r.random() < .2 else None
            n = MPP(r)
            n = min(n, target - total)
            p = dict(pid=len(persons) + 1, fam=fam_id, eth=eth, g=g, given=given, sur=surname, by=by,
                     county=c, ti=ti, vi=vi if r.random() < .85 else r.randrange(6), fac=fac, fac2=fac2,
                     dy=fam_year if r.random() < .7 else r.choice((2016, 2017, 2018, 2019)), n=n,
                     father=is_father)
            persons.append(p)
            total += n
    return persons


# ----------------------------------------------------------------------------------------
# Sources
# ----------------------------------------------------------------------------------------
# name: (weight, ethnic affinity multipliers uy,kz,kg,hui,han,tj)
SOURCES = {
    "police_zh": (11, (1, 1, 1, 1, 1, 1)),
    "police_pinyin": (8, (1, 1, 1, 1, 1, 1)),
    "ngo_uly": (17, (1.3, .3, .5, .3, .2, .6)),
    "ngo_english": (14, (1, 1, 1, 1.2, 1.5, 1)),
    "petition_tr": (12, (1.4, .2, .3, .3, .1, .3)),
    "atajurt_kk": (8, (.08, 5, 1.5, .6, .1, .2)),
    "list_ru": (4, (.3, 2.5, 2.5, .5, .3, .5)),
    "uyghur_arabic": (8, (1.4, .2, .3, .2, .1, .5)),
    "testimony": (11, (1, 1, 1, 1, 1, 1)),
    "handwritten": (7, (1, .8, .8, .8, .8, 1)),
}
SRC_NAMES = list(SOURCES)


def render_name_parts(p):
    """Canonical name in a common Latin form (ULY for Turkic; pinyin for Han/Hui) + native forms."""
    e = p["eth"]
    if e == "kz":
        g = kk_lat(p["given"]); s = kk_lat(p["sur"]) if p["sur"] else ""
        return g, s
    return p["given"], p["sur"] or ""


def kz_uly(lat):
    s = lat.lower()
    for a, b in KZLAT2ULY:
        s = s.replace(a, b)
    return s[:1].upper() + s[1:]


def han_py(p):
    sur_zh, sur_py = p["sur"]
    py = "".join(dict(HAN_GIVEN).get(ch, "") for ch in p["given"])
    return sur_zh, sur_py, p["given"], py.capitalize()


GENDER_FORMS = {
    "police_zh": ({"m": "男", "f": "女"}, .97), "police_pinyin": ({"m": "M", "f": "F"}, .93),
    "ngo_uly": ({"m": "er", "f": "ayal"}, .7), "ngo_english": ({"m": "male", "f": "female"}, .8),
    "petition_tr": ({"m": "Erkek", "f": "Kadın"}, .75), "atajurt_kk": ({"m": "ер", "f": "әйел"}, .85),
    "list_ru": ({"m": "м", "f": "ж"}, .9), "uyghur_arabic": ({"m": "ئەر", "f": "ئايال"}, .6),
    "testimony": ({"m": "M", "f": "F"}, .35), "handwritten": ({"m": "M", "f": "F"}, .5)}

# birth-year fill and style: (fill, exact share, noise sd in years)
BY_STYLE = {"police_zh": (.96, .97, 0), "police_pinyin": (.92, .95, 0), "ngo_uly": (.75, .6, 1.5),
            "ngo_english": (.7, .6, 1.5), "petition_tr": (.8, .55, 1.8), "atajurt_kk": (.85, .8, 1),
            "list_ru": (.9, .9, .5), "uyghur_arabic": (.6, .6, 1.5), "testimony": (.3, .2, 3),
            "handwritten": (.65, .7, 1)}
HT_FILL = {"police_zh": .95, "police_pinyin": .9, "ngo_uly": .8, "ngo_english": .75, "petition_tr": .85,
           "atajurt_kk": .85, "list_ru": .7, "uyghur_arabic": .75, "testimony": .55, "handwritten": .6}
FAC_FILL = {"police_zh": .9, "police_pinyin": .85, "ngo_uly": .45, "ngo_english": .5, "petition_tr": .35,
            "atajurt_kk": .5, "list_ru": .4, "uyghur_arabic": .35, "testimony": .6, "handwritten": .3}
DY_FILL = {"police_zh": .9, "police_pinyin": .85, "ngo_uly": .7, "ngo_english": .7, "petition_tr": .75,
           "atajurt_kk": .8, "list_ru": .6, "uyghur_arabic": .5, "testimony": .5, "handwritten": .4}


class Renderer:
    def __init__(self, world, r):
        self.w, self.r = world, r

    # ------------------------------------------------------------------ names
    def name(self, p, src):
        r = self.r
        e = p["eth"]
        if e in ("hui", "han"):
            sz, sp, gz, gp = han_py(p)
            if src == "police_zh":
                return sz + gz
            if src in ("atajurt_kk", "list_ru"):
                return (uly_to(sp.lower(), "ru") + " " + uly_to(gp.lower().replace("x", "sh").replace("q", "ch"), "ru"))
            if src == "uyghur_arabic":
                return uly_to(sp.lower(), "ar") + " " + uly_to(gp.lower().replace("x", "sh").replace("q", "ch"), "ar")
            if src == "police_pinyin":
                return (sp.upper() + " " + gp.upper()) if r.random() < .6 else sp + gp
            if src == "testimony" and r.random() < .4:
                return ("Mr " if p["g"] == "m" else "Ms ") + sp
            order = r.random()
            if order < .5:
                s = sp + " " + gp
            elif order < .8:
                s = gp + " " + sp
            else:
                s = sp + " " + "-".join(gp[i:i + 3] for i in range(0, len(gp), 3)).title() if len(gp) > 4 else gp + " " + sp
            return s
        g, s = render_name_parts(p)
        if e == "kz":
            gu, su = kz_uly(g), kz_uly(s)
            if src == "atajurt_kk":
                suf = "ұлы" if p["g"] == "m" else "қызы"
                k = r.random()
                if k < .55:
                    return p["given"] + " " + p["sur"] + suf
                if k < .75:
                    return p["sur"] + suf + " " + p["given"]
                if k < .9:
                    return p["given"] + " " + p["sur"]
                return p["given"]
            if src == "list_ru":
                g_ru = p["given"].translate(KK2RU)
                s_ru = p["sur"].translate(KK2RU)
                suf = "ов" if p["g"] == "m" else "ова"
                if s_ru[-1:] in "аеиоуы":
                    suf = "ев" if p["g"] == "m" else "ева"
                k = r.random()
                if k < .6:
                    return s_ru + suf + " " + g_ru
                if k < .85:
                    return g_ru + " " + s_ru + suf
                return (s_ru + suf).upper() + " " + g_ru
            if src == "police_zh":
                return uly_to_zh(gu)[0] + "·" + uly_to_zh(su)[0]
            if src == "police_pinyin":
                a, b = uly_to_zh(gu)[1], uly_to_zh(su)[1]
                return (a + " " + b).title() if r.random() < .7 else (a + b).upper()
            if src == "uyghur_arabic":
                return uly_to(gu.lower(), "ar") + " " + uly_to(su.lower(), "ar")
            if src == "petition_tr":
                return uly_turkish(gu.lower()) + " " + uly_turkish(su.lower()) + ("uly" if p["g"] == "m" and r.random() < .3 else "")
            if src in ("ngo_english", "testimony", "handwritten"):
                gg = lat_fold(g) if r.random() < .7 else g
                ss = lat_fold(s) if r.random() < .7 else s
                k = r.random()
                if k < .45:
                    return gg + " " + ss + ("uly" if p["g"] == "m" else "kyzy") if r.random() < .5 else gg + " " + ss
                if k < .7:
                    return ss + "ov " + gg if p["g"] == "m" else ss + "ova " + gg
                return gg + " " + ss
            return gu + " " + su
        if e == "kg":
            uul = "uulu" if p["g"] == "m" else "kyzy"
            if src in ("atajurt_kk", "list_ru"):
                def tr(x):  # Kyrgyz Cyrillic: y before a consonant or at the end is ы
                    out = uly_to(x.lower(), "ru")
                    return "".join("ы" if ch == "й" and (i + 1 == len(out) or out[i + 1] not in "аеиоуюяё") else ch
                                   for i, ch in enumerate(out))
                k = r.random()
                if k < .5:
                    return tr(g) + " " + tr(s) + (" уулу" if p["g"] == "m" else " кызы")
                return tr(s) + ("ов " if p["g"] == "m" else "ова ") + tr(g)
            if src == "police_zh":
                return uly_to_zh(g)[0] + "·" + uly_to_zh(s)[0]
            if src == "police_pinyin":
                return (uly_to_zh(g)[1] + " " + uly_to_zh(s)[1]).title()
            if src == "uyghur_arabic":
                return uly_to(g.lower(), "ar") + " " + uly_to(s.lower(), "ar")
            if r.random() < .6:
                return g + " " + s + " " + uul
            return g + " " + s
        # Uyghur / Tajik
        if src == "police_zh":
            a, b = uly_to_zh(g)[0], uly_to_zh(s)[0]
            return a + "·" + b if r.random() < .9 else a + b
        if src == "police_pinyin":
            a, b = uly_to_zh(g)[1], uly_to_zh(s)[1]
            k = r.random()
            if k < .5:
                return (a + " " + b).title()
            if k < .8:
                return (a + "·" + b).upper()
            return (a + b).capitalize()
        if src == "uyghur_arabic":
            return uly_to(g.lower(), "ar") + " " + uly_to(s.lower(), "ar")
        if src == "atajurt_kk":
            return uly_to(g, "kk") + " " + uly_to(s, "kk")
        if src == "list_ru":
            suf = "ов" if p["g"] == "m" else "ова"
            if r.random() < .5:
                return uly_to(s, "ru") + suf + " " + uly_to(g, "ru")
            return uly_to(g, "ru") + " " + uly_to(s, "ru")
        if src == "petition_tr":
            a, b = uly_turkish(g), uly_turkish(s)
            if r.random() < .1:
                return a + " " + b.upper()
            return a + " " + b
        if src in ("ngo_english",):
            a, b = uly_english(g, r), uly_english(s, r)
            k = r.random()
            if k < .15:
                return b.upper() + ", " + a
            if k < .22:
                return b + " " + a
            return a + " " + b
        if src == "testimony":
            a, b = g, s
            if r.random() < .5:
                a, b = uly_english(g, r), uly_english(s, r)
            k = r.random()
            if k < .25:
                return a + " " + b
            if k < .4:
                return ("Mr " if p["g"] == "m" else "Mrs ") + a
            if k < .52:
                return ("son of " if p["g"] == "m" else "daughter of ") + b
            if k < .6:
                return a + " (" + ("son" if p["g"] == "m" else "daughter") + " of " + b + ")"
            if k < .72:
                return ("my brother " if p["g"] == "m" else "my sister ") + a
            if k < .82:
                return a
            if k < .9:
                return a + " " + b + " (" + ("neighbour" if r.random() < .5 else "teacher") + ")"
            return a[0] + ". " + b
        if src == "handwritten":
            a, b = g, s
            k = r.random()
            if k < .2:
                a = a[0] + "."
            elif k < .3:
                a, b = b, a
            s2 = a + " " + b
            for _ in range(1 + (r.random() < .4)):
                s2 = ocr(s2, r)
            if r.random() < .3:
                s2 = lat_fold(s2)
            return s2
        # ngo_uly
        k = r.random()
        if k < .08:
            return s + " " + g
        if k < .12:
            return g + " " + s + "ova" if p["g"] == "f" else g + " " + s + "ov"
        if k < .2:
            return lat_fold(g + " " + s)
        return g + " " + s

    # ------------------------------------------------------------------ places
    def hometown(self, p, src):
        r = self.r
        c = p["county"]
        pref = self.w.prefs[c["pref"]]
        tn, vills = c["townships"][p["ti"]]
        vn = vills[p["vi"]]
        lv = r.random()
        # level: village / township / county / prefecture
        lvl = 0 if lv < .15 else 1 if lv < .35 else 2 if lv < .85 else 3
        if src in ("police_zh", "police_pinyin"):
            lvl = 0 if lv < .4 else 1 if lv < .7 else 2
        if src == "police_zh":
            tz = uly_to_zh(tn)[0] + "乡"
            vz = (uly_to_zh(vn)[0] + "村") if not vn[0].isdigit() else (vn.split("-")[0] + "村")
            parts = [pref["zh"], c["zh"], tz, vz][:lvl + 2] if lvl < 3 else [pref["zh"]]
            if lvl == 2:
                parts = [pref["zh"], c["zh"]] if r.random() < .6 else [c["zh"]]
            return "".join(parts)
        if src == "police_pinyin":
            tz = uly_to_zh(tn)[1].capitalize() + " Xiang"
            vz = (uly_to_zh(vn)[1].capitalize() + " Cun") if not vn[0].isdigit() else ("No. %s Village" % vn.split("-")[0])
            cpy = c["py"] + ("" if c["py"].endswith(("Shi", "Xian")) else " " + ("Shi" if c["zh"].endswith("市") else "Xian"))
            return [cpy + ", " + tz + ", " + vz, cpy + ", " + tz, cpy][min(lvl, 2)] if lvl < 3 else pref["py"]
        if src in ("atajurt_kk",):
            return [c["kk"] + ", " + uly_to(tn, "kk"), c["kk"], c["kk"] + " ауданы", self.w.prefs[c["pref"]]["kk"]][lvl]
        if src == "list_ru":
            return [c["ru"] + ", с. " + uly_to(vn, "ru"), c["ru"], c["ru"] + " уезд", pref["ru"]][lvl]
        if src == "uyghur_arabic":
            return [uly_to(vn.lower(), "ar") + " كەنتى", uly_to(tn.lower(), "ar") + " يېزىسى",
                    uly_to(c["uly"].lower(), "ar") + " ناھىيىسى", uly_to(pref["uly"].lower(), "ar") + " ۋىلايىتى"][lvl]
        cu, pu = c["uly"], pref["uly"]
        if src == "petition_tr":
            cu, pu, tn2, vn2 = uly_turkish(cu), uly_turkish(pu), uly_turkish(tn), uly_turkish(vn)
            return [vn2 + " köyü, " + cu, tn2 + ", " + cu, cu if r.random() < .5 else cu + " ilçesi", pu][lvl]
        if src in ("ngo_english", "testimony"):
            # English sources mix Uyghur names and Chinese exonyms
            cname = uly_english(c["uly"], r) if r.random() < .5 else c["key"]  # Uyghur name, or Chinese exonym as is
            pname = uly_english(pu, r) if r.random() < .5 else c["pref"]
            vn2, tn2 = uly_english(vn, r), uly_english(tn, r)
            opts = [vn2 + " village, " + cname, tn2 + " township, " + cname, cname + (" county" if " " not in cname and r.random() < .4 else ""),
                    pname if r.random() < .7 else pname + " prefecture"]
            s = opts[lvl]
            if src == "testimony" and r.random() < .3:
                s = "near " + s
            return s
        if src == "handwritten":
            return ocr([vn, tn, cu, pu][lvl], r) if r.random() < .3 else [vn, tn, cu, pu][lvl]
        return [vn + " kenti, " + cu, tn + " yézisi, " + cu, cu + (" nahiyisi" if r.random() < .3 else ""), pu + " wilayiti"][lvl]

    # ------------------------------------------------------------------ facilities
    def facility(self, p, src):
        r = self.r
        f = p["fac2"] if p["fac2"] is not None and r.random() < .4 else p["fac"]
        c = self.w.counties[f["county"]]
        t = f["type"]
        n = f["num"]
        if src == "police_zh":
            base = c["zh"]
            if t.startswith("prison"):
                return base + ("第%s监狱" % ZH_NUM[min(n, 10) - 1] if n > 1 else "监狱")
            return base + (("第%s" % ZH_NUM[min(n, 10) - 1]) if n > 1 else "") + FAC_TYPES_ZH[t]
        if src == "police_pinyin":
            k = r.random()
            if k < .5:
                return c["py"] + (" No. %d " % n if n > 1 else " ") + {"camp": "VETC", "detention center": "Kanshousuo"}.get(t, "Jianyu" if t else "Peixun Zhongxin")
            return f["name"] if k < .8 else c["py"] + " " + FAC_TYPES_EN[t]
        if src in ("ngo_english", "handwritten"):
            k = r.random()
            if k < .35:
                return f["name"] + (" " + f["sub"] if f["sub"] and r.random() < .3 else "")
            if k < .6:
                return c["key"] + " " + FAC_TYPES_EN[t]
            if k < .8:
                return "the " + FAC_TYPES_EN[t].split()[-1] + " near " + uly_english(c["uly"], r)
            return FAC_TYPES_EN[t]
        if src == "testimony":
            k = r.random()
            if k < .5:
                return "the camp near " + (c["uly"] if r.random() < .5 else c["key"])
            if k < .7:
                return "a " + FAC_TYPES_EN[t] + " in " + self.w.prefs[c["pref"]]["uly"]
            return f["name"]
        if src == "petition_tr":
            return uly_turkish(c["uly"]) + " " + FAC_TYPES_TR[t] if r.random() < .7 else FAC_TYPES_TR[t]
        if src == "atajurt_kk":
            return c["kk"] + " " + FAC_TYPES_KK[t] if r.random() < .75 else "саяси лагерь"
        if src == "list_ru":
            return FAC_TYPES_RU[t] + " в " + c["ru"] if r.random() < .7 else FAC_TYPES_RU[t]
        if src == "uyghur_arabic":
            return uly_to(c["uly"].lower(), "ar") + " " + ("لاگېرى" if t in ("camp", "") else "تۈرمىسى")
        return c["uly"] + " " + FAC_TYPES_UY[t] if r.random() < .7 else f["name"]

    # ------------------------------------------------------------------ years
    def birth(self, p, src):
        r = self.r
        fill, exact, sd = BY_STYLE[src]
        if r.random() > fill:
            return ""
        y = p["by"]
        if sd and r.random() < .35:
            y = int(round(y + r.gauss(0, sd)))
        if src in ("police_zh", "police_pinyin", "list_ru") or r.random() < exact:
            if src == "list_ru" and r.random() < .3:
                return "%d г.р." % y
            if src == "police_zh" and r.random() < .2:
                return "%d年" % y
            if r.random() < .02:
                return str(y)[2:]  # two-digit year
            return str(y)
        k = r.random()
        if k < .25:
            return "c. %d" % y
        if k < .45:
            return "%ds" % (y // 10 * 10)
        if k < .6:
            return "%d-%d" % (y - 1 - r.randrange(2), y + 1 + r.randrange(2))
        if k < .8:
            age = (p["dy"] - y) if r.random() < .5 else (2020 - y)
            return {"petition_tr": "%d yaşında", "atajurt_kk": "%d жаста", "uyghur_arabic": "%d ياش"}.get(src, "age %d") % age
        if k < .9:
            return "%d?" % y
        return "~%d" % y

    def detained(self, p, src):
        r = self.r
        if r.random() > DY_FILL[src]:
            return ""
        y = p["dy"]
        if src not in ("police_zh", "police_pinyin") and r.random() < .12:
            y += r.choice((-1, 1))
        k = r.random()
        if src == "police_zh" and k < .3:
            return "%d年%d月" % (y, r.randint(1, 12))
        if k < .06:
            return "%d-%d" % (y, y + 1)
        if k < .1 and src not in ("police_zh", "police_pinyin"):
            return "%d?" % y
        return str(y)


STATS = {}


def csv_field(v):
    """Quote like csv.QUOTE_MINIMAL (rows are kept pre-serialised to save memory at 1M rows)."""
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def generate(n, seed, fac_path):
    r = random.Random(seed)
    world = World(r, load_facilities(fac_path))
    world._cp = {e: Picker(world.county_list, world.eth_county[e]) for e in ETHS}
    persons = make_families(world, r, n)
    rend = Renderer(world, r)
    src_pick = {}
    rows = []
    for p in persons:
        prominent = p["n"] >= 14
        e = ETHS.index(p["eth"])
        key = (e, prominent)
        if key not in src_pick:
            ws = [SOURCES[s][0] * SOURCES[s][1][e] for s in SRC_NAMES]
            if prominent:
                ws[SRC_NAMES.index("testimony")] *= 2.5
                ws[SRC_NAMES.index("ngo_english")] *= 2
            src_pick[key] = Picker(SRC_NAMES, ws)
        sp = src_pick[key]
        for _ in range(p["n"]):
            src = sp(r)
            if src == "petition_tr":
                # petition drive: up to three relatives abroad each file the same detainee; a relative
                # re-files with the same spelling, memory of the birth year and hometown wording
                sub = r.randrange(3)
                rend.r = random.Random(seed * 1000003 + p["pid"] * 11 + sub)
            q = rend.r
            name = rend.name(p, src)
            # generic errors
            if src not in ("police_zh", "uyghur_arabic", "atajurt_kk", "list_ru"):
                if q.random() < .05:
                    name = typo(name, q)
                if src in ("ngo_uly", "ngo_english", "petition_tr") and q.random() < .03:
                    name = name.split(" ")[-1]  # surname only
            elif q.random() < .015:
                name = typo(name, q)
            if q.random() < .02:
                name = name.upper() if q.random() < .5 else " " + name + " "
            gmap, gfill = GENDER_FORMS[src]
            gender = gmap[p["g"]] if q.random() < gfill else ""
            if gender and q.random() < .004:
                gender = gmap["m" if p["g"] == "f" else "f"]  # data-entry slip
            ht = rend.hometown(p, src) if q.random() < HT_FILL[src] else ""
            fac = rend.facility(p, src) if q.random() < FAC_FILL[src] else ""
            by = rend.birth(p, src)
            # a partial or descriptive name ("Mrs Zohal", "son of Tursun", "A. Tursun", one word) always
            # keeps one more handle (birth year, hometown or facility), so no link rests on a bare given name
            if not (by or ht or fac):
                nm = name.strip()
                if len(nm.split()) < 2 or any(w in nm for w in ("of ", "Mr ", "Mrs ", "Ms ", "my ", ". ")):
                    ht = rend.hometown(p, src)
            rows.append((",".join(map(csv_field, (name, gender, by, ht, fac, rend.detained(p, src)))), p["pid"]))
            STATS[src] = STATS.get(src, 0) + 1
            rend.r = r
    r.shuffle(rows)
    return rows, persons


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    ap.add_argument("--stats", action="store_true", help="print the realised mix to stderr")
    a = ap.parse_args()
    fp = find_facilities(a.facilities)
    rows, persons = generate(a.records, a.seed, fp)
    os.makedirs(a.out, exist_ok=True)
    width = max(7, len(str(len(rows))))
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm = csv.writer(fm, lineterminator="\n")
        wt = csv.writer(ft, lineterminator="\n")
        wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"])
        wt.writerow(["mention_id", "person_id"])
        for i, (line, pid) in enumerate(rows, 1):
            mid = "m%0*d" % (width, i)
            fm.write(mid + "," + line + "\n")
            ft.write("%s,p%07d\n" % (mid, pid))
    if a.stats:
        tot = len(rows)
        print("sources: " + ", ".join("%s %.1f%%" % (k, 100 * v / tot) for k, v in STATS.items()), file=sys.stderr)
        pe = {}
        for p in persons:
            pe[p["eth"]] = pe.get(p["eth"], 0) + 1
        print("persons by group: " + ", ".join("%s %.1f%%" % (k, 100 * v / len(persons)) for k, v in pe.items()),
              file=sys.stderr)
        print("families %d, detained fathers %d" % (persons[-1]["fam"], sum(p["father"] for p in persons)), file=sys.stderr)
    print("wrote %d mentions of %d persons to %s" % (len(rows), len(persons), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
