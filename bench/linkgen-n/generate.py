#!/usr/bin/env python3
"""Held-out linkage generator N: lists compiled by researchers from published sources.

Each synthetic person is mentioned by several sources -- English, German, Turkish and Japanese press
reports, a leaked police file (pinyin in capitals, surname first), Chinese court-verdict summaries
(names in characters) and diaspora testimonies (Uyghur Latin) -- and each source writes names, ages,
hometowns and facilities in its own way. See README.md for the rates.

    python generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year,source)
and DIR/truth.csv (mention_id,person_id). Deterministic for a seed; streams rows in shuffled blocks.
Persons are synthetic: common given names drawn at random.
"""
import argparse
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = [os.path.join(HERE, *([".."] * up), "shared", "data", "facilities",
                            "210720_all_locations_BFN.csv") for up in (2, 3, 1)]
DEFAULT_FACILITIES = next((os.path.normpath(p) for p in _CANDIDATES if os.path.exists(p)),
                          "../shared/data/facilities/210720_all_locations_BFN.csv")

# ---------------------------------------------------------------- names (Uyghur Latin, ULY)
MALE = """Abdukerim Abdurehim Abduweli Abdulla Ablikim Ablimit Ahmet Alim Adil Ekber Ekrem Erkin Ezimet
Eziz Exmet Ghopur Hesen Hüseyin Ilham Imin Iminjan Iskender Kamil Kerim Memet Memtimin Mehmut
Muhemmet Mijit Mutellip Nurmemet Nijat Obul Osman Perhat Qadir Qurban Rozi Rehim Sadir Salih Sabit
Shöhret Tahir Tursun Turghun Ubul Yasin Yusup Yalqun Zunun Jelil Hashim Polat Dilshat Ghayret
Abliz Mamut Nurdun Tursunjan Eset Ekrem Qasim Hoshur""".split()
FEMALE = """Aynur Ayshem Gülnar Gülnur Gülbahar Gülshen Gülzire Mihray Mahire Meryem Nurgül Patigül
Reyhan Rahile Rizwangül Sajide Sanuber Tajigül Zöhre Zulpiye Zumret Ziwerem Hörnisa Mehbube Mukerrem
Dilber Dilnur Gülmire Halide Hebibe Nadire Pezile Roshengül Sadet Shahide Tursungül Xatire Amine
Ayjamal Buzeynep Gülchehre Mewlude Nurnisa Rabiye Subinur""".split()
ABDU = ("kerim rehim weli sattar rahman qadir shükür reshit ghopur xaliq rusul hamit jelil salam latip "
        "eziz mijit wahap qeyyum ghappar sémet").split()
JAN = "Tursun Imin Erkin Ekber Nur Ablet Qurban Dilshat Muhemmet Ehmet Ali Yasin Nijat Ilham Perhat".split()
GUL_PRE = "nar nur bahar shen zire mire chehre nisa zat jamal sanem pem yar".split()
GUL_POST = "Nur Pati Taji Rizwan Ay Meryem Aysha Hür Bahar Tursun Shem Peri Ruzi Zöhre".split()
MALE = MALE + ["Abdu" + x for x in ABDU] + [x + "jan" for x in JAN] + \
    "Ablet Ehmet Ali Qeyser Memetjan Nurali Obulqasim Qahar Rustem Tursunmemet Yaqup Yunus Zakir".split()
FEMALE = FEMALE + ["Gül" + x for x in GUL_PRE] + [x + "gül" for x in GUL_POST] + \
    "Adile Arzigül Hajigül Marhaba Mahinur Nurbiye Risalet Sajidem Zeynep Zuhre".split()
MALE = list(dict.fromkeys(MALE))
FEMALE = list(dict.fromkeys(FEMALE))


def zipf(n, s=0.7, k=6):
    return [1.0 / (i + k) ** s for i in range(n)]


MALE_W, FEMALE_W = zipf(len(MALE)), zipf(len(FEMALE))
KAZ_MALE = "Serik Erlan Nurlan Qayrat Baqitjan Asqar Murat Bekzat Erbol Qalibek Janat Dauletbek".split()
KAZ_FEMALE = "Aynagül Saule Aygerim Dinara Janar Gülnaz Aqtoty Nazgül".split()

# occupation -> {lang: (male, female)}; 'post' marks a Uyghur title written after the name
TITLES = {
    "teacher": {"en": ("teacher", "teacher"), "de": ("Lehrer", "Lehrerin"), "tr": ("öğretmen", "öğretmen"),
                "ja": ("教師", "教師"), "ug": ("muellim", "muellim")},
    "imam": {"en": ("Imam", None), "de": ("Imam", None), "tr": ("İmam", None), "ja": ("イマーム", None),
             "ug": ("imam", None)},
    "doctor": {"en": ("Dr.", "Dr."), "de": ("Dr.", "Dr."), "tr": ("Dr.", "Dr."), "ja": ("医師", "医師"),
               "ug": ("doxtur", "doxtur")},
    "professor": {"en": ("Professor", "Professor"), "de": ("Professor", "Professorin"),
                  "tr": ("Prof.", "Prof."), "ja": ("教授", "教授"), "ug": ("proféssor", "proféssor")},
    "business": {"en": ("businessman", "businesswoman"), "de": ("Geschäftsmann", "Geschäftsfrau"),
                 "tr": ("iş adamı", "iş kadını"), "ja": ("実業家", "実業家"), "ug": ("sodiger", "sodiger")},
    "poet": {"en": ("poet", "poet"), "de": ("Dichter", "Dichterin"), "tr": ("şair", "şair"),
             "ja": ("詩人", "詩人"), "ug": ("shair", "shair")},
    "farmer": {"en": ("farmer", "farmer"), "de": ("Bauer", "Bäuerin"), "tr": ("çiftçi", "çiftçi"),
               "ja": ("農民", "農民"), "ug": ("dihqan", "dihqan")},
    "singer": {"en": ("singer", "singer"), "de": ("Sänger", "Sängerin"), "tr": ("şarkıcı", "şarkıcı"),
               "ja": ("歌手", "歌手"), "ug": ("naxshichi", "naxshichi")},
}
OCCUPATIONS = list(TITLES)

# ---------------------------------------------------------------- places
# prefecture key -> (ULY, English, German, Turkish, Japanese, Chinese, pinyin, BFN prefecture)
PREFS = {
    "kashgar": ("Qeshqer", "Kashgar", "Kaschgar", "Kaşgar", "カシュガル", "喀什地区", "Kashi", "Kashgar"),
    "hotan": ("Xoten", "Hotan", "Chotan", "Hotan", "ホータン", "和田地区", "Hetian", "Hotan"),
    "aksu": ("Aqsu", "Aksu", "Aksu", "Aksu", "アクス", "阿克苏地区", "Akesu", "Aksu"),
    "ili": ("Ili", "Ili", "Ili", "İli", "イリ", "伊犁哈萨克自治州", "Yili", "Ili"),
    "turpan": ("Turpan", "Turpan", "Turfan", "Turfan", "トルファン", "吐鲁番市", "Tulufan", "Turpan"),
    "urumqi": ("Ürümchi", "Urumqi", "Ürümqi", "Urumçi", "ウルムチ", "乌鲁木齐市", "Wulumuqi", "Ürümqi"),
    "bayingolin": ("Bayin'ghulin", "Bayingolin", "Bayingolin", "Bayingolin", "バインゴリン",
                   "巴音郭楞蒙古自治州", "Bayinguoleng", "Bayingolin"),
    "hami": ("Qumul", "Kumul", "Kumul", "Kumul", "クムル", "哈密市", "Hami", "Hami"),
    "altay": ("Altay", "Altay", "Altai", "Altay", "アルタイ", "阿勒泰地区", "Aletai", "Altay"),
    "tacheng": ("Tarbaghatay", "Tacheng", "Tarbagatai", "Tarbagatay", "タルバガタイ", "塔城地区",
                "Tacheng", "Tacheng"),
    "kizilsu": ("Qizilsu", "Kizilsu", "Kizilsu", "Kızılsu", "クズルス", "克孜勒苏柯尔克孜自治州",
                "Kezilesu", "Kizilsu"),
    "changji": ("Sanji", "Changji", "Changji", "Sanci", "チャンジ", "昌吉回族自治州", "Changji", "Changji"),
    "bortala": ("Börtala", "Bortala", "Bortala", "Bortala", "ボルタラ", "博尔塔拉蒙古自治州", "Boertala",
                "Bortala"),
}
# county: (prefecture key, ULY, English, Chinese, pinyin, population weight)
COUNTIES = [
    ("kashgar", "Qeshqer shehiri", "Kashgar City", "喀什市", "Kashi Shi", 6),
    ("kashgar", "Konasheher", "Shufu", "疏附县", "Shufu Xian", 4),
    ("kashgar", "Yéngisheher", "Shule", "疏勒县", "Shule Xian", 4),
    ("kashgar", "Yéngisar", "Yengisar", "英吉沙县", "Yingjisha Xian", 3),
    ("kashgar", "Poskam", "Poskam", "泽普县", "Zepu Xian", 2),
    ("kashgar", "Yeken", "Yarkand", "莎车县", "Shache Xian", 7),
    ("kashgar", "Qaghiliq", "Kargilik", "叶城县", "Yecheng Xian", 4),
    ("kashgar", "Maralbéshi", "Maralbeshi", "巴楚县", "Bachu Xian", 3),
    ("kashgar", "Peyziwat", "Peyziwat", "伽师县", "Jiashi Xian", 4),
    ("kashgar", "Mekit", "Makit", "麦盖提县", "Maigaiti Xian", 2),
    ("hotan", "Xoten shehiri", "Hotan City", "和田市", "Hetian Shi", 4),
    ("hotan", "Xoten nahiyisi", "Hotan County", "和田县", "Hetian Xian", 3),
    ("hotan", "Qaraqash", "Karakax", "墨玉县", "Moyu Xian", 5),
    ("hotan", "Guma", "Guma", "皮山县", "Pishan Xian", 2),
    ("hotan", "Lop", "Lop", "洛浦县", "Luopu Xian", 2),
    ("hotan", "Chira", "Chira", "策勒县", "Cele Xian", 1),
    ("hotan", "Kériye", "Keriya", "于田县", "Yutian Xian", 2),
    ("aksu", "Aqsu shehiri", "Aksu City", "阿克苏市", "Akesu Shi", 4),
    ("aksu", "Kucha", "Kuqa", "库车市", "Kuche Shi", 4),
    ("aksu", "Awat", "Awat", "阿瓦提县", "Awati Xian", 2),
    ("aksu", "Onsu", "Onsu", "温宿县", "Wensu Xian", 2),
    ("aksu", "Shayar", "Shayar", "沙雅县", "Shaya Xian", 2),
    ("aksu", "Toqsu", "Toksu", "新和县", "Xinhe Xian", 1),
    ("ili", "Ghulja shehiri", "Ghulja", "伊宁市", "Yining Shi", 5),
    ("ili", "Ghulja nahiyisi", "Ghulja County", "伊宁县", "Yining Xian", 3),
    ("ili", "Qorghas", "Korgas", "霍城县", "Huocheng Xian", 2),
    ("ili", "Chapchal", "Chapchal", "察布查尔县", "Chabuchaer Xian", 2),
    ("ili", "Toqquztara", "Tokkuztara", "巩留县", "Gongliu Xian", 1),
    ("ili", "Künes", "Kunes", "新源县", "Xinyuan Xian", 1),
    ("ili", "Tékes", "Tekes", "特克斯县", "Tekesi Xian", 1),
    ("turpan", "Turpan shehiri", "Turpan City", "高昌区", "Gaochang Qu", 3),
    ("turpan", "Pichan", "Pichan", "鄯善县", "Shanshan Xian", 2),
    ("turpan", "Toqsun", "Toksun", "托克逊县", "Tuokexun Xian", 1),
    ("urumqi", "Tengritagh rayoni", "Tianshan District", "天山区", "Tianshan Qu", 3),
    ("urumqi", "Saybagh rayoni", "Saybagh District", "沙依巴克区", "Shayibake Qu", 3),
    ("bayingolin", "Korla", "Korla", "库尔勒市", "Kuerle Shi", 3),
    ("bayingolin", "Lopnur", "Lopnur", "尉犁县", "Yuli Xian", 1),
    ("bayingolin", "Chaqiliq", "Charkhlik", "若羌县", "Ruoqiang Xian", 1),
    ("hami", "Qumul shehiri", "Kumul City", "伊州区", "Yizhou Qu", 2),
    ("altay", "Altay shehiri", "Altay City", "阿勒泰市", "Aletai Shi", 1),
    ("altay", "Burchin", "Burqin", "布尔津县", "Buerjin Xian", 1),
    ("tacheng", "Chöchek", "Tacheng City", "塔城市", "Tacheng Shi", 1),
    ("tacheng", "Dörbiljin", "Dorbiljin", "额敏县", "Emin Xian", 1),
    ("kizilsu", "Atush", "Artux", "阿图什市", "Atushi Shi", 3),
    ("kizilsu", "Aqto", "Akto", "阿克陶县", "Aketao Xian", 1),
    ("changji", "Sanji shehiri", "Changji City", "昌吉市", "Changji Shi", 1),
    ("bortala", "Börtala shehiri", "Bole", "博乐市", "Bole Shi", 1),
]
BFN_PREF = {v[7]: k for k, v in PREFS.items()}
KAZ_PREFS = {"ili", "altay", "tacheng"}

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- transliteration
VOWELS = set("aeëioöuü")
DIGRAPHS = ("ch", "sh", "gh", "zh", "ng")


def phonemes(word):
    w = word.lower().replace("'", "").replace("é", "ë")
    out, i = [], 0
    while i < len(w):
        if w[i:i + 2] in DIGRAPHS and not (w[i:i + 2] == "ng" and i + 2 < len(w) and w[i + 2] in VOWELS):
            out.append(w[i:i + 2])
            i += 2
        else:
            out.append(w[i])
            i += 1
    return [p for p in out if p.isalpha()]


def syllables(word):
    """(consonant or '', vowel or '') pairs: CV, V, or a lone coda consonant (C, '')."""
    ph = phonemes(word)
    out, i = [], 0
    while i < len(ph):
        p = ph[i]
        if p in VOWELS:
            out.append(("", p))
            i += 1
        elif i + 1 < len(ph) and ph[i + 1] in VOWELS:
            out.append((p, ph[i + 1]))
            i += 2
        else:
            out.append((p, ""))
            i += 1
    return out


JA_CONS = {"q": "k", "gh": "g", "x": "h", "zh": "j", "l": "r", "ng": "n", "v": "b"}
JA_VOW = {"ë": "i", "ö": "o", "ü": "u"}
KANA = {}
for _c, _row in {"": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
                 "t": "タティトゥテト", "d": "ダディドゥデド", "n": "ナニヌネノ", "h": "ハヒフヘホ",
                 "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ", "y": "ヤイユイェヨ",
                 "r": "ラリルレロ", "w": "ワウィウウェウォ", "f": "ファフィフフェフォ",
                 "sh": "シャシシュシェショ", "ch": "チャチチュチェチョ", "j": "ジャジジュジェジョ"}.items():
    # split rows into 5 kana units (some units are two characters)
    units, k = [], 0
    small = set("ィゥェォャュョァ")
    while k < len(_row):
        u = _row[k]
        k += 1
        while k < len(_row) and _row[k] in small:
            u += _row[k]
            k += 1
        units.append(u)
    if _c == "w":
        units = ["ワ", "ウィ", "ウ", "ウェ", "ウォ"]
    if _c == "y":
        units = ["ヤ", "イ", "ユ", "イェ", "ヨ"]
    if _c == "f":
        units = ["ファ", "フィ", "フ", "フェ", "フォ"]
    for _v, _u in zip("aiueo", units):
        KANA[(_c, _v)] = _u
ROMAJI = {("t", "i"): "ti", ("t", "u"): "tu", ("d", "i"): "di", ("d", "u"): "du", ("h", "u"): "fu",
          ("y", "i"): "i", ("y", "e"): "ye", ("w", "u"): "u"}


def japanese(word):
    """(katakana, Hepburn romaji of that katakana)."""
    kana, roma = [], []
    for c, v in syllables(word):
        c = JA_CONS.get(c, c)
        if c not in {k for k, _ in KANA}:
            c = "k"
        if v:
            v = JA_VOW.get(v, v)
        elif c == "n":
            kana.append("ン")
            roma.append("n")
            continue
        else:
            v = "o" if c in ("t", "d") else ("i" if c in ("ch", "j") else "u")
        kana.append(KANA[(c, v)])
        roma.append(ROMAJI.get((c, v), c + v))
    return "".join(kana), "".join(roma)


HANZI = {}
for _line in """
_a 阿a _e 艾ai _ë 依yi _i 伊yi _o 奥ao _ö 吾wu _u 吾wu _ü 玉yu
b 巴ba 拜bai 比bi 比bi 波bo 布bu 布bu 布bu 卜bu
p 帕pa 佩pei 皮pi 皮pi 坡po 普pu 普pu 普pu 普pu
t 塔ta 特te 提ti 提ti 托tuo 吐tu 吐tu 图tu 提ti
d 达da 德de 迪di 迪di 多duo 都du 都du 杜du 德de
k 卡ka 克ke 克ke 克ke 科ke 库ku 库ku 库ku 克ke
q 卡ka 克ke 克ke 克ke 阔kuo 库ku 库ku 库ku 克ke
g 尕ga 格ge 吉ji 吉ji 果guo 古gu 古gu 古gu 格ge
gh 尕ga 格ge 吉ji 吉ji 果guo 古gu 古gu 古gu 格ge
x 哈ha 合he 希xi 希xi 霍huo 胡hu 胡hu 胡hu 合he
h 哈ha 合he 希xi 希xi 霍huo 胡hu 胡hu 胡hu 赫he
ch 恰qia 切qie 奇qi 奇qi 乔qiao 丘qiu 丘qiu 丘qiu 其qi
j 加jia 杰jie 吉ji 吉ji 卓zhuo 居ju 居ju 居ju 吉ji
zh 加jia 杰jie 吉ji 吉ji 卓zhuo 居ju 居ju 居ju 日ri
s 萨sa 赛sai 斯si 斯si 索suo 苏su 苏su 苏su 斯si
sh 夏xia 谢xie 西xi 西xi 肖xiao 舒shu 舒shu 舒shu 什shi
z 扎zha 再zai 孜zi 孜zi 佐zuo 祖zu 祖zu 祖zu 孜zi
m 玛ma 买mai 米mi 米mi 莫mo 木mu 穆mu 木mu 木mu
n 纳na 乃nai 尼ni 尼ni 诺nuo 努nu 努nu 努nu 恩en
l 拉la 勒le 力li 力li 罗luo 鲁lu 鲁lu 鲁lu 力li
r 热re 热re 日ri 日ri 若ruo 如ru 如ru 如ru 尔er
y 亚ya 叶ye 依yi 依yi 尤you 玉yu 玉yu 玉yu 依yi
w 瓦wa 维wei 维wei 维wei 沃wo 吾wu 吾wu 吾wu 吾wu
f 帕pa 佩pei 皮pi 皮pi 坡po 夫fu 夫fu 夫fu 夫fu
v 瓦wa 维wei 维wei 维wei 沃wo 吾wu 吾wu 吾wu 夫fu
ng 昂ang 恩en 英ying 英ying 翁weng 翁weng 翁weng 翁weng 昂ang
""".strip().splitlines():
    _parts = _line.split()
    if _parts[0].startswith("_"):
        for _k, _p in zip(_parts[0::2], _parts[1::2]):
            HANZI[("", _k[1])] = (_p[0], _p[1:])
        continue
    for _v, _p in zip(["a", "e", "ë", "i", "o", "ö", "u", "ü", ""], _parts[1:]):
        HANZI[(_parts[0], _v)] = (_p[0], _p[1:])


NASAL = {"ban": ("班", "ban"), "sun": ("逊", "xun"), "jan": ("江", "jiang"), "kin": ("肯", "ken"),
         "min": ("敏", "min"), "han": ("汗", "han"), "xan": ("汗", "han"), "nan": ("南", "nan"),
         "lan": ("兰", "lan"), "ran": ("然", "ran"), "tan": ("坦", "tan"), "man": ("曼", "man"),
         "yan": ("燕", "yan"), "wan": ("万", "wan"), "gun": ("贡", "gong"), "hun": ("洪", "hong"),
         "ghun": ("洪", "hong"), "din": ("丁", "ding"), "dun": ("敦", "dun"), "mun": ("蒙", "meng"), "nun": ("农", "nong"), "run": ("润", "run")}


def chinese(word):
    """(characters, pinyin syllables joined)."""
    chars, py = [], []
    syl = syllables(word)
    i = 0
    while i < len(syl):
        c, v = syl[i]
        if v and i + 1 < len(syl) and syl[i + 1] == ("n", "") and (c + v + "n") in NASAL:
            h = NASAL[c + v + "n"]
            i += 1
        else:
            h = HANZI.get((c, v)) or HANZI.get((c, "")) or HANZI[("", "a")]
        i += 1
        chars.append(h[0])
        py.append(h[1])
    return "".join(chars), "".join(py)


def _cap(s):
    return s[:1].upper() + s[1:]


def english(word, rng_bit):
    w = word.replace("é", "e").replace("ë", "e")
    w = w.replace("x", "kh").replace("X", "Kh")
    if rng_bit:
        w = w.replace("q", "k").replace("Q", "K")
    return w.replace("ü", "u").replace("ö", "o").replace("Ü", "U").replace("Ö", "O")


def turkish_name(word):
    w = word.lower().replace("é", "i").replace("ë", "i").replace("'", "")
    w = w.replace("zh", "\x02").replace("j", "c").replace("\x02", "j")
    for a, b in (("sh", "ş"), ("ch", "ç"), ("x", "h"), ("gh", "ğ"), ("q", "k"), ("w", "v")):
        w = w.replace(a, b)
    if w.startswith("i"):
        return "İ" + w[1:]
    return _cap(w)


def german_name(word):
    w = word.lower().replace("é", "e").replace("ë", "e").replace("'", "")
    w = w.replace("sh", "\x01").replace("zh", "\x01").replace("ch", "\x02").replace("j", "\x03")
    w = w.replace("x", "ch").replace("q", "k").replace("y", "j")
    w = w.replace("\x01", "sch").replace("\x02", "tsch").replace("\x03", "dsch")
    return _cap(w)


def strip_marks(s):
    return (s.replace("é", "e").replace("ë", "e").replace("ü", "u").replace("ö", "o")
            .replace("Ü", "U").replace("Ö", "O").replace("É", "E"))


def typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1:]
    if op < 0.7:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2:] if s[i] != s[i + 1] else s[:i] + s[i + 1:]


# ---------------------------------------------------------------- facilities
def load_facilities(path):
    with open(path, encoding="cp437", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    head = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(head)}
    out = []
    for r in rows[1:]:
        if not any(x.strip() for x in r):
            continue
        out.append({"name": r[ix["Name"]].strip(), "town": r[ix["Town"]].strip(),
                    "pref": r[ix["Prefecture"]].strip(), "type": r[ix["facility type"]].strip()})
    return out


# ---------------------------------------------------------------- sources
SOURCE_WEIGHTS = [("en", 0.16), ("de", 0.09), ("tr", 0.10), ("ja", 0.07), ("police", 0.16),
                  ("verdict", 0.12), ("testimony", 0.30)]
# fill rates: gender, birth, hometown, facility, detained
FILL = {"en": (0.65, 0.70, 0.75, 0.60, 0.65), "de": (0.60, 0.65, 0.70, 0.55, 0.60),
        "tr": (0.60, 0.65, 0.75, 0.50, 0.60), "ja": (0.55, 0.65, 0.65, 0.50, 0.60),
        "police": (0.95, 0.95, 0.95, 0.70, 0.92), "verdict": (0.92, 0.90, 0.92, 0.90, 0.85),
        "testimony": (0.80, 0.70, 0.88, 0.75, 0.70)}


class Gen:
    def __init__(self, seed, facilities):
        self.rng = random.Random(seed)
        self.fac = facilities
        self.fac_by_pref = {}
        for i, f in enumerate(facilities):
            self.fac_by_pref.setdefault(f["pref"], []).append(i)
        self.county_w = [c[5] for c in COUNTIES]
        self.src_types = [s for s, _ in SOURCE_WEIGHTS]
        self.src_w = [w for _, w in SOURCE_WEIGHTS]
        self.recent = []  # ring of recent persons for namesakes
        self.pid = 0
        self.n_docs = {}
        self.pub_year = {}

    # -- persons
    def given(self, gender, kazakh):
        r = self.rng
        if kazakh:
            return r.choice(KAZ_MALE if gender == "M" else KAZ_FEMALE)
        if gender == "M":
            return r.choices(MALE, MALE_W)[0]
        return r.choices(FEMALE, FEMALE_W)[0]

    def new_person(self, **kw):
        r = self.rng
        self.pid += 1
        p = {"pid": "p%07d" % self.pid}
        county = kw.get("county") or r.choices(range(len(COUNTIES)), self.county_w)[0]
        pref = COUNTIES[county][0]
        kazakh = kw.get("kazakh", pref in KAZ_PREFS and r.random() < 0.5)
        gender = kw.get("gender") or ("M" if r.random() < 0.72 else "F")
        p.update(county=county, pref=pref, kazakh=kazakh, gender=gender)
        p["given"] = kw.get("given") or self.given(gender, kazakh)
        p["surname"] = kw.get("surname") or (r.choice(KAZ_MALE) if kazakh else r.choices(MALE, MALE_W)[0])
        p["birth"] = kw.get("birth") or int(r.triangular(1938, 2001, 1975))
        p["occ"] = r.choice(OCCUPATIONS) if r.random() < 0.25 else None
        if p["occ"] == "imam" and gender == "F":
            p["occ"] = "teacher"
        bfn = PREFS[pref][7]
        local = self.fac_by_pref.get(bfn)
        p["fac"] = r.choice(local) if local and r.random() < 0.75 else r.randrange(len(self.fac))
        p["detained"] = r.choices([2016, 2017, 2018, 2019], [10, 50, 30, 10])[0]
        p["sentence"] = None
        p["prison_no"] = None
        if r.random() < 0.40:
            p["sentence"] = r.choice([3, 5, 5, 7, 8, 10, 10, 12, 13, 15, 15, 16, 17, 19, 20, 25, "life"])
            if r.random() < 0.5:
                p["prison_no"] = r.randint(1, 6)
        return p

    def households(self):
        """Yields lists of persons: a single person, spouses, siblings, or a true namesake."""
        r = self.rng
        u = r.random()
        if u < 0.04 and self.recent:
            # true namesake: same given name and surname, different person
            o = r.choice(self.recent)
            same_area = r.random() < 0.5
            q = self.new_person(given=o["given"], surname=o["surname"], gender=o["gender"],
                                kazakh=o["kazakh"], county=o["county"] if same_area else None)
            fam = [q]
        elif u < 0.16:
            # spouses: same hometown; 60 % of wives listed with the husband's surname
            h = self.new_person(gender="M")
            w = self.new_person(gender="F", county=h["county"], kazakh=h["kazakh"],
                                birth=min(2001, h["birth"] + r.randint(-2, 8)))
            if r.random() < 0.6:
                w["surname"] = h["surname"]
            fam = [h, w]
        elif u < 0.28:
            # siblings: same father (surname) and hometown
            a = self.new_person()
            fam = [a]
            for _ in range(r.choice([1, 1, 2])):
                b = self.new_person(county=a["county"], surname=a["surname"], kazakh=a["kazakh"],
                                    birth=min(2001, a["birth"] + r.randint(-10, 10)))
                fam.append(b)
        else:
            fam = [self.new_person()]
        for p in fam:
            if len(self.recent) < 5000:
                self.recent.append(p)
            else:
                self.recent[r.randrange(5000)] = p
        return fam

    # -- sources
    def doc(self, kind):
        r = self.rng
        n = self.n_docs.get(kind, 0)
        if n < 50 or r.random() < 0.02:
            n += 1
            self.n_docs[kind] = n
            self.pub_year[(kind, n)] = r.randint(2018, 2023)
            return n
        return r.randint(1, n)

    # -- rendering
    def render_name(self, p, kind, drop_title=False):
        r = self.rng
        g, s = p["given"], p["surname"]
        female = p["gender"] == "F"
        title = None
        if p["occ"] and not drop_title and kind in ("en", "de", "tr", "ja", "testimony") and r.random() < 0.45:
            lang = "ug" if kind == "testimony" and r.random() < 0.5 else ("en" if kind == "testimony" else kind)
            title = TITLES[p["occ"]][lang][1 if female else 0]
        given_only = title is not None and r.random() < 0.5
        if kind == "testimony" and not given_only and r.random() < 0.06:
            given_only = True
        if kind == "en":
            bit = r.random() < 0.5
            gg, ss = english(g, bit), english(s, bit)
        elif kind == "de":
            gg, ss = german_name(g), german_name(s)
        elif kind == "tr":
            gg, ss = turkish_name(g), turkish_name(s)
        elif kind == "ja":
            (kg, rg), (ks, rs) = japanese(g), japanese(s)
            if r.random() < 0.75:
                name = kg if given_only else kg + "・" + ks
                return (title + name) if title else name
            gg, ss = _cap(rg), _cap(rs)
        elif kind == "police":
            cg, pg = chinese(g)
            cs, ps = chinese(s)
            return (ps + " " + pg).upper()
        elif kind == "verdict":
            cg, _ = chinese(g)
            cs, _ = chinese(s)
            return cg + "·" + cs
        else:  # testimony, Uyghur Latin, sometimes without diacritics
            gg, ss = (g, s) if r.random() < 0.6 else (strip_marks(g), strip_marks(s))
        if kind in ("en", "de", "tr", "testimony") and r.random() < 0.03:
            gg = typo(r, gg)
        name = gg if given_only else gg + " " + ss
        if title:
            if kind == "testimony" and title.islower() and title in {t["ug"][0] for t in TITLES.values()} | {
                    t["ug"][1] for t in TITLES.values()} and r.random() < 0.6:
                return name + " " + title  # Uyghur writes the title after the name
            return title + " " + name
        return name

    def render_birth(self, p, kind, pub):
        r = self.rng
        b = p["birth"]
        if kind in ("police", "verdict"):
            return str(b + (r.choice([-1, 1]) if r.random() < 0.03 else 0))
        u = r.random()
        if kind == "testimony":
            if u < 0.55:
                return str(b)
            if u < 0.80:
                return self.decade(b, "en")
            return self.age_range(b, pub)
        if u < 0.30:
            return str(b)
        if u < 0.70:
            return self.age_range(b, pub)
        return self.decade(b, kind)

    def decade(self, b, kind):
        d = b // 10 * 10
        if self.rng.random() < 0.7:
            return "%ds" % d
        return {"de": "%der", "tr": "%d'ler", "ja": "%d年代"}.get(kind, "%ds") % d

    def age_range(self, b, pub):
        # "aged N" in a report published in year pub -> born pub-N-1 .. pub-N
        age = pub - b - (1 if self.rng.random() < 0.5 else 0)
        if self.rng.random() < 0.3:
            age += self.rng.choice([-1, 1])  # the source's age was off by one
        lo = pub - age - 1
        return "%d-%d" % (lo, lo + 1)

    def render_hometown(self, p, kind):
        r = self.rng
        c = COUNTIES[p["county"]]
        pr = PREFS[p["pref"]]
        county_level = r.random() < {"police": 0.97, "verdict": 0.95, "testimony": 0.65}.get(kind, 0.45)
        if kind == "police":
            return c[4] if county_level else pr[6]
        if kind == "verdict":
            if county_level:
                return (pr[5] + c[3]) if r.random() < 0.6 else c[3]
            return pr[5]
        if kind == "testimony":
            return c[1] if county_level else pr[0]
        if kind == "en":
            return c[2] if county_level else pr[1]
        if kind == "de":
            return german_name(c[2]) if county_level else pr[2]
        if kind == "tr":
            return turkish_name(c[2]) if county_level else pr[3]
        if kind == "ja":
            return japanese(c[1].split()[0])[0] if county_level else pr[4]
        return ""

    def render_facility(self, p, kind):
        r = self.rng
        fi = p["fac"]
        if r.random() < 0.08:  # transferred, or a source names another site in the prefecture
            local = self.fac_by_pref.get(self.fac[fi]["pref"]) or [fi]
            fi = r.choice(local)
        f = self.fac[fi]
        u = r.random()
        if p["sentence"] is not None and u < 0.45:
            if p["prison_no"] and r.random() < 0.4:
                return self.prison_text(p["prison_no"], kind)
            return self.sentence_text(p["sentence"], kind)
        if kind == "verdict":
            # verdict summaries name the county's detention centre, not the camp
            return COUNTIES[p["county"]][3] + ("看守所" if r.random() < 0.8 else "拘留所")
        v = r.random()
        if v < 0.5:
            return f["name"]
        if v < 0.75:
            t = f["town"] or f["pref"]
            return {"de": "Lager in %s", "tr": "%s kampı", "ja": "%sの収容所",
                    "police": "%s KSS"}.get(kind, "camp in %s") % t
        if v < 0.9:
            pk = BFN_PREF.get(f["pref"])
            pref = (PREFS[pk][{"de": 2, "tr": 3, "ja": 4}.get(kind, 1)] if pk else f["pref"]) or "Xinjiang"
            return {"de": "Lager in %s", "tr": "%s'daki kamp", "ja": "%sの収容施設"}.get(
                kind, "a camp in %s") % pref
        return {"de": "Umerziehungslager", "tr": "toplama kampı", "ja": "再教育施設",
                "police": "JYPXZX"}.get(kind, "re-education camp")

    def sentence_text(self, s, kind):
        if s == "life":
            return {"de": "lebenslange Haft", "tr": "müebbet hapis", "ja": "無期懲役",
                    "verdict": "判处无期徒刑", "police": "WUQI"}.get(kind, "sentenced to life")
        return {"de": "zu %d Jahren verurteilt" % s, "tr": "%d yıl hapis cezası" % s,
                "ja": "懲役%d年" % s, "verdict": "判处有期徒刑%s年" % cn_number(s),
                "police": "PANXING %d NIAN" % s}.get(
            kind, ("sentenced to %d years" if self.rng.random() < 0.7 else "%d years") % s)

    def prison_text(self, n, kind):
        return {"de": "Gefängnis Nr. %d" % n, "tr": "%d No'lu Cezaevi" % n, "ja": "新疆第%d監獄" % n,
                "verdict": "新疆维吾尔自治区第%s监狱" % cn_number(n),
                "police": "XJ DI%d JIANYU" % n}.get(
            kind, self.rng.choice(["Xinjiang No. %d Prison", "Prison No. %d", "Xinjiang Prison #%d"]) % n)

    def render_gender(self, p, kind):
        g = p["gender"]
        if self.rng.random() < 0.8:
            return g
        return {"verdict": {"M": "男", "F": "女"}, "de": {"M": "m", "F": "w"}, "tr": {"M": "E", "F": "K"},
                "ja": {"M": "男", "F": "女"}, "testimony": {"M": "male", "F": "female"}}.get(
            kind, {"M": "male", "F": "female"})[g]

    def render_detained(self, p, kind):
        d = p["detained"]
        if kind not in ("verdict", "police") and self.rng.random() < 0.12:
            d += self.rng.choice([-1, 1])
        return str(d)

    def mention(self, p, kind, docno, drop_title=False):
        r = self.rng
        fg, fb, fh, ff, fd = FILL[kind]
        pub = self.pub_year[(kind, docno)]
        return [
            self.render_name(p, kind, drop_title),
            self.render_gender(p, kind) if r.random() < fg else "",
            self.render_birth(p, kind, pub) if r.random() < fb else "",
            self.render_hometown(p, kind) if r.random() < fh else "",
            self.render_facility(p, kind) if r.random() < ff else "",
            self.render_detained(p, kind) if r.random() < fd else "",
            "%s-%04d" % (kind, docno),
        ]

    def person_mentions(self, p):
        r = self.rng
        k = r.choices([1, 2, 3, 4, 5, 6, 7, 8], [34, 25, 17, 10, 7, 3.5, 2, 1.5])[0]
        out = []
        for _ in range(k):
            kind = r.choices(self.src_types, self.src_w)[0]
            d = self.doc(kind)
            out.append(self.mention(p, kind, d))
            if r.random() < 0.05:  # the same person listed twice within one source
                out.append(self.mention(p, kind, d, drop_title=r.random() < 0.5))
        return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities", default=DEFAULT_FACILITIES)
    a = ap.parse_args(argv)
    if a.records < 1:
        ap.error("--records must be positive")
    os.makedirs(a.out, exist_ok=True)
    gen = Gen(a.seed, load_facilities(a.facilities))
    rng = gen.rng
    block = 50000
    written = 0
    buf = []
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm, wt = csv.writer(fm, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
        wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year",
                     "source"])
        wt.writerow(["mention_id", "person_id"])

        def flush():
            nonlocal written
            rng.shuffle(buf)
            for pid, row in buf:
                written += 1
                mid = "m%07d" % written
                wm.writerow([mid] + row)
                wt.writerow([mid, pid])
            buf.clear()

        total = 0
        while total < a.records:
            for p in gen.households():
                for row in gen.person_mentions(p):
                    if total >= a.records:
                        break
                    buf.append((p["pid"], row))
                    total += 1
            if len(buf) >= block:
                flush()
        flush()
    print("wrote %d mentions to %s" % (written, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
