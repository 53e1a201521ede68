#!/usr/bin/env python3
"""Held-out test-data generator J for `guwah link-records`.

World: a multi-year documentation archive. Every person is mentioned by sources of several
kinds (leaked police tables in Chinese characters and machine pinyin, diaspora NGO sheets in
Uyghur Latin / Turkish / English spelling, Kazakh and Russian Cyrillic lists, Uyghur Arabic
script lists (partly OCR'd), and testimonies). Each mention carries the year it was entered, so
ages are counted from different years and hometowns grow more precise as news arrives.

All name lists, place tables, transliteration tables and rates are written from the author's
own knowledge. Standard library only; deterministic per seed.
"""
import argparse
import csv
import os
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------------------------
# Phonemes of the canonical (Uyghur-Latin-like) spelling
# ----------------------------------------------------------------------------------------------
VOWELS = set("aeëiıoöuü")
SEP = "\x1f"
_TOK = re.compile(r"ch|sh|gh|zh|ng|.")


def phon(word):
    return _TOK.findall(word.lower())


def vclass(v):
    if v == "a":
        return 0
    if v == "e":
        return 1
    if v in "ëiı":
        return 2
    if v == "o":
        return 3
    return 4  # u ü ö


# Chinese transcription tables: onset -> 5 (char, pinyin) for vowel classes a e i o u
def _t(s):
    out = []
    for item in s.split():
        out.append((item[0], item[1:]))
    return out


CV = {
    "": _t("阿a 艾ai 伊yi 奥ao 吾wu"), "b": _t("巴ba 拜bai 比bi 波bo 布bu"),
    "p": _t("帕pa 排pai 皮pi 坡po 普pu"), "t": _t("塔ta 太tai 提ti 托tuo 吐tu"),
    "d": _t("达da 代dai 迪di 多duo 都du"), "k": _t("卡ka 凯kai 克ke 阔kuo 库ku"),
    "q": _t("卡ka 开kai 克ke 阔kuo 库ku"), "g": _t("尕ga 盖gai 吉ji 果guo 古gu"),
    "gh": _t("尕ga 盖gai 吉ji 果guo 古gu"), "x": _t("哈ha 海hai 希xi 霍huo 胡hu"),
    "h": _t("哈ha 海hai 希xi 霍huo 胡hu"), "m": _t("玛ma 买mai 米mi 莫mo 木mu"),
    "n": _t("纳na 乃nai 尼ni 诺nuo 努nu"), "l": _t("拉la 来lai 丽li 洛luo 鲁lu"),
    "r": _t("热re 热re 日ri 肉rou 如ru"), "s": _t("萨sa 赛sai 斯si 索suo 苏su"),
    "sh": _t("夏xia 谢xie 西xi 肖xiao 舒shu"), "z": _t("扎za 再zai 孜zi 卓zhuo 祖zu"),
    "zh": _t("扎za 再zai 吉ji 卓zhuo 朱zhu"), "ch": _t("恰qia 切qie 其qi 乔qiao 丘qiu"),
    "j": _t("加jia 杰jie 吉ji 卓zhuo 居ju"), "y": _t("亚ya 耶ye 伊yi 约yue 尤you"),
    "w": _t("瓦wa 外wai 维wei 沃wo 乌wu"), "f": _t("法fa 菲fei 菲fei 佛fo 夫fu"),
    "ng": _t("昂ang 恩en 英ying 翁weng 翁weng"),
}
CVN = {  # nasal-closed syllables: an en in on un
    "": _t("安an 恩en 因yin 温wen 温wen"), "b": _t("班ban 本ben 宾bin 本ben 本ben"),
    "p": _t("潘pan 喷pen 品pin 彭peng 彭peng"), "t": _t("坦tan 腾teng 廷ting 吞tun 吞tun"),
    "d": _t("丹dan 登deng 丁ding 敦dun 敦dun"), "k": _t("坎kan 肯ken 金jin 昆kun 昆kun"),
    "q": _t("坎kan 肯ken 钦qin 昆kun 昆kun"), "g": _t("甘gan 根gen 根gen 衮gun 衮gun"),
    "gh": _t("甘gan 根gen 根gen 衮gun 衮gun"), "x": _t("汗han 恒heng 兴xing 浑hun 浑hun"),
    "h": _t("汗han 恒heng 欣xin 浑hun 浑hun"), "m": _t("曼man 门men 明ming 蒙meng 蒙meng"),
    "n": _t("南nan 嫩nen 宁ning 农nong 农nong"), "l": _t("兰lan 伦lun 林lin 伦lun 伦lun"),
    "r": _t("然ran 仁ren 仁ren 荣rong 荣rong"), "s": _t("桑sang 森sen 森sen 逊xun 逊xun"),
    "sh": _t("香xiang 申shen 欣xin 顺shun 顺shun"), "z": _t("赞zan 曾zeng 津jin 尊zun 尊zun"),
    "zh": _t("江jiang 曾zeng 津jin 君jun 君jun"), "ch": _t("强qiang 琴qin 钦qin 琼qiong 琼qiong"),
    "j": _t("江jiang 金jin 金jin 君jun 君jun"), "y": _t("彦yan 彦yan 音yin 云yun 云yun"),
    "w": _t("万wan 文wen 温wen 翁weng 翁weng"), "f": _t("凡fan 芬fen 芬fen 丰feng 丰feng"),
    "ng": _t("昂ang 恩en 英ying 翁weng 翁weng"),
}
CODA = {"r": ("尔", "er"), "l": ("力", "li"), "m": ("木", "mu"), "k": ("克", "ke"), "q": ("克", "ke"),
        "t": ("特", "te"), "s": ("斯", "si"), "sh": ("什", "shi"), "ch": ("其", "qi"), "j": ("吉", "ji"),
        "z": ("孜", "zi"), "d": ("德", "de"), "b": ("布", "bu"), "p": ("普", "pu"), "g": ("格", "ge"),
        "gh": ("格", "ge"), "x": ("合", "he"), "h": ("合", "he"), "y": ("伊", "yi"), "w": ("乌", "wu"),
        "f": ("夫", "fu"), "n": ("恩", "en"), "ng": ("昂", "ang"), "zh": ("日", "ri")}

_zh_cache = {}


def to_chinese(word):
    """Canonical word -> list of (char, pinyin) syllables, the way PRC registries write it."""
    r = _zh_cache.get(word)
    if r is not None:
        return r
    ph = phon(word)
    out = []
    i, n = 0, len(ph)
    while i < n:
        c = ph[i]
        if c in VOWELS:
            onset, v = "", c
            i += 1
        elif i + 1 < n and ph[i + 1] in VOWELS:
            onset, v = c, ph[i + 1]
            i += 2
        else:
            if c == "t" and i == n - 1:
                out.append(("提", "ti"))
            elif c in CODA:
                out.append(CODA[c])
            i += 1
            continue
        k = vclass(v)
        if i < n and ph[i] in ("n", "ng") and (i + 1 >= n or ph[i + 1] not in VOWELS):
            out.append(CVN.get(onset, CVN[""])[k])
            i += 1
        else:
            out.append(CV.get(onset, CV[""])[k])
    _zh_cache[word] = out
    return out


# Uyghur Arabic script
UA = {"a": "ا", "e": "ە", "ë": "ې", "i": "ى", "ı": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
      "b": "ب", "p": "پ", "t": "ت", "d": "د", "k": "ك", "q": "ق", "g": "گ", "gh": "غ", "x": "خ",
      "h": "ھ", "ch": "چ", "j": "ج", "zh": "ژ", "sh": "ش", "s": "س", "z": "ز", "m": "م", "n": "ن",
      "ng": "ڭ", "l": "ل", "r": "ر", "y": "ي", "w": "ۋ", "f": "ف", "'": ""}
# OCR of a poor scan: dots lost, letters collapse onto their skeletons
UA_OCR = {"ب": "ٮ", "ت": "ٮ", "ن": "ں", "ي": "ى", "پ": "ٮ", "ق": "ٯ", "ف": "ڡ", "ج": "ح", "چ": "ح",
          "خ": "ح", "ش": "س", "ز": "ر", "ژ": "ر", "غ": "ع", "ې": "ى", "ۈ": "و", "ۇ": "و", "ۆ": "و",
          "گ": "ك", "ڭ": "ك", "ۋ": "و"}

KZ = {"a": "а", "e": "е", "ë": "е", "i": "і", "ı": "ы", "o": "о", "ö": "ө", "u": "ұ", "ü": "ү",
      "b": "б", "p": "п", "t": "т", "d": "д", "k": "к", "q": "қ", "g": "г", "gh": "ғ", "x": "х",
      "h": "һ", "ch": "ч", "j": "ж", "zh": "ж", "sh": "ш", "s": "с", "z": "з", "m": "м", "n": "н",
      "ng": "ң", "l": "л", "r": "р", "y": "й", "w": "у", "f": "ф", "'": ""}
RU = dict(KZ)
RU.update({"i": "и", "ı": "ы", "ö": "ё", "u": "у", "ü": "ю", "q": "к", "gh": "г", "h": "х",
           "j": "дж", "ng": "нг", "w": "в"})
RU_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
          "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
          "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
          "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""}

TR = {"sh": "ş", "ch": "ç", "j": "c", "zh": "j", "gh": "ğ", "x": "h", "q": "k", "w": "v", "ë": "e",
      "ng": "ng"}
EN = {"x": "kh", "ë": "e", "ö": "o", "ü": "u", "ı": "i"}
NS = {"ch": "q", "sh": "x", "x": "h", "q": "k", "gh": "g", "ë": "e", "ö": "o", "ü": "u", "ı": "i",
      "zh": "j"}  # PRC official/new-script-like Latin

TR_NAME = {"ehmet": "ahmet", "mehmet": "mehmet", "abdurehim": "abdurrahim", "hesen": "hasan",
           "muhemmet": "muhammed", "yusup": "yusuf", "mamut": "mahmut", "eziz": "aziz",
           "ismayil": "ismail", "abdulla": "abdullah", "xadiche": "hatice", "ayshem": "ayşe",
           "abduweli": "abdulveli", "ekber": "ekber", "rehman": "rahman", "abdukerim": "abdulkerim",
           "memtimin": "mehmet emin", "nurmemet": "nurmehmet", "meryem": "meryem",
           "ghopur": "gafur", "abduqadir": "abdulkadir", "qurban": "kurban", "sadiq": "sadık",
           "patigul": "fatigül", "enwer": "enver", "abdushükür": "abdulşükür", "qeyyum": "kayyum"}
EN_NAME = {"ehmet": "ahmat", "memet": "mamat", "mehmet": "mehmet", "hesen": "hasan",
           "abdurehim": "abdurahim", "muhemmet": "muhammad", "yusup": "yusuf", "enwer": "anwar",
           "xadiche": "khadija", "meryem": "maryam", "reyhan": "rayhan", "patigul": "patigul",
           "abdukerim": "abdukarim", "rehman": "rahman", "gulbahar": "gulbahar"}

_conv_cache = {}


def conv(word, sysname):
    key = (word, sysname)
    r = _conv_cache.get(key)
    if r is not None:
        return r
    w = word.lower()
    ph = phon(w)
    if sysname == "uly":
        r = w.replace("ı", "i")
    elif sysname == "tr":
        w2 = TR_NAME.get(w, w)
        if w2 != w:
            r = w2
        else:
            r = "".join(TR.get(p, p) for p in ph)
            if "ı" not in w and not any(c in w for c in "eëiöü"):
                pass
    elif sysname == "en":
        w2 = EN_NAME.get(w)
        r = w2 if w2 else "".join(EN.get(p, p) for p in ph)
    elif sysname == "ns":
        r = "".join(NS.get(p, p) for p in ph)
    elif sysname == "kz":
        r = "".join(KZ.get(p, p) for p in ph)
    elif sysname == "ru":
        s = []
        for j, p in enumerate(ph):
            if p == "y" and j + 1 < len(ph) and ph[j + 1] in ("a", "u", "e"):
                continue
            if p in ("a", "u", "e") and j > 0 and ph[j - 1] == "y":
                s.append({"a": "я", "u": "ю", "e": "е"}[p])
                continue
            if p == "e" and j == 0:
                s.append("э")
                continue
            s.append(RU.get(p, p))
        r = "".join(s)
    elif sysname == "rulat":
        r = "".join(RU_LAT.get(ch, ch) for ch in conv(w, "ru"))
    elif sysname == "ua":
        s = []
        prev_v = True
        for p in ph:
            if p in VOWELS and prev_v:
                s.append("ئ")
            s.append(UA.get(p, ""))
            prev_v = p in VOWELS
        r = "".join(s)
    else:
        r = w
    _conv_cache[key] = r
    return r


def cap(s):
    return " ".join(p[:1].upper() + p[1:] for p in s.split(" "))


def tr_cap(s):
    out = []
    for p in s.split(" "):
        if p[:1] == "i":
            out.append("İ" + p[1:])
        else:
            out.append(p[:1].upper() + p[1:])
    return " ".join(out)


# ----------------------------------------------------------------------------------------------
# Name inventories (author's own lists; weight = rough relative frequency)
# ----------------------------------------------------------------------------------------------
def _w(s):
    out = []
    for it in s.split():
        if ":" in it:
            n, w = it.split(":")
            out.append((n, float(w)))
        else:
            out.append((it, 1.0))
    return out


UY_M = _w("ehmet:30 mehmet:25 tursun:28 abdulla:26 memet:22 abdurehim:14 abduweli:10 ilham:9 "
          "memtimin:12 qurban:12 rozi:8 yasin:10 ablimit:14 nurmemet:10 ekber:7 erkin:9 alim:8 "
          "adil:9 perhat:8 ablet:8 tahir:7 mamut:9 osman:9 hesen:11 musa:8 yusup:12 ibrahim:9 "
          "eziz:8 abdukerim:10 abduqadir:8 imin:9 sadiq:7 rehman:7 abliz:7 tohti:9 ghopur:6 "
          "qeyyum:5 mijit:7 muhemmet:8 ehmetjan:9 memetjan:8 dilshat:6 ilshat:5 mutellip:5 "
          "ablikim:7 ismayil:7 tursunjan:6 shöhret:5 ekrem:5 enwer:6 sabit:5 obul:5 nurali:4 "
          "omer:5 barat:5 kamil:4 yalqun:4 turghun:6 hoshur:5 hamit:5 ghalip:4 sattar:4 "
          "qasim:5 rustem:3 arslan:3 abdushükür:4 ekberjan:3 yüsüpjan:3 nijat:3 mirzat:3 "
          "abdughopur:3 niyaz:5 tursunniyaz:3 yakup:5 ablajan:3 qadir:4 ablikimjan:2 muhter:2")
UY_F = _w("gulnar:18 patigul:20 mihray:9 mihrigul:10 ayshem:12 aygul:10 reyhan:7 zohre:6 "
          "zulpiye:7 meryem:12 aminem:7 rabiye:6 nurgul:9 dilnur:7 dilber:7 gulzire:6 hebibe:5 "
          "xadiche:6 pezilet:4 hajigul:5 rahile:6 mehriban:5 sajide:4 tajigul:4 zumret:4 "
          "arzugul:6 gulshen:5 rizwangul:5 nigare:3 asiye:5 mayinur:5 buayshem:5 tursunay:6 "
          "roshengul:4 gulchehre:4 halime:4 ruqiye:4 saniye:3 nurbiye:3 hawagul:4 perida:4 "
          "subinur:4 gulbahar:7 aynur:6 shemsinur:3 zeynep:4 ayimnisa:4 rozigul:4 mahire:3 "
          "gulnisa:5 buhelchem:3 tajinisa:3 mehbube:3")
# long tail: compound names built the way Uyghur names are built (Abdu-, -jan, Gül-, -gül, -nisa, Nur-)
_ABDU = ("rehim kerim qadir weli reshit salam shükür hemit sattar jelil razaq wahit malik latip halik "
         "rehman qeyum ghappar mutellip eysa nasir sopi bari").split()
_MROOT = ("tursun ehmet memet niyaz rozi tohti yasin qurban adil alim obul hoshur imin qasim osman "
          "yusup barat ekber sadiq mamut sawut metqasim muhter").split()
_FROOT = ("ay mihri pati tursun maral rozi ara hayri meryem nur dil zulpi ayim bü sanu ehte").split()
UY_M += [("abdu" + x, 0.9) for x in _ABDU] + [(x + "jan", 0.5) for x in _MROOT] + \
        [(a + b, 0.25) for a in ("tursun", "nur", "rozi", "qurban") for b in ("memet", "tohti", "niyaz", "ehmet", "ali")] + \
        [(x + "niyaz", 0.3) for x in ("abla", "memet", "tursun", "barat", "yaqup")]
UY_F += [(x + "gül", 0.6) for x in _FROOT] + [("gül" + x, 0.5) for x in ("bahar", "nisa", "zar", "mire", "shen", "chiman", "nur", "hayat")] + \
        [(x + "nisa", 0.4) for x in ("tursun", "zey", "nur", "hayit", "rozi", "ayim")] + \
        [(x + "xan", 0.4) for x in ("patem", "zeynep", "rabiye", "hebibe", "ayshe", "meryem")] + \
        [("nur" + x, 0.4) for x in ("aman", "biye", "sime", "gül", "ay", "xan")]
KZ_M = _w("serik:10 nurlan:10 erlan:8 bolat:9 qayrat:8 erbol:6 asqar:6 baqıtjan:5 qanat:7 "
          "marat:6 dauren:5 murat:7 beybit:4 janbolat:4 erjan:5 nurbaq:3 talghat:5 askhat:3 "
          "oraz:3 quanıshbek:3 amanjol:3 sayın:3 daulet:5 ermek:4 nurjan:4 serikbol:3 "
          "ayıdos:2 jeksen:2 qabılbek:3 tursınbek:3 zhenis:3 sanat:3 yerlan:2")
KZ_F = _w("sayragul:5 gulbaqıt:5 aynur:7 gulnar:6 aygerim:6 dinara:5 saltanat:5 aliya:5 "
          "gulmira:6 nazgul:5 aqbota:3 meruert:4 janar:5 bayan:3 zamira:4 gulzira:5 "
          "raushan:4 aqmaral:3 ardaq:3 qalima:3 kulyash:2 nurgul:4")
KY_M = _w("nurbek:5 azamat:5 baqıt:4 temir:3 almaz:4 qubanıch:3 erkin:4 aybek:4 maqsat:3 "
          "bolot:3 ulan:3 talant:3 asan:3 usen:3")
KY_F = _w("ayzada:4 cholpon:4 gulzat:4 nurjamal:3 aygul:4 asel:3 begimay:2 jıldız:3")
KZ_CLANS = ["kerey", "nayman", "uaq", "qızay", "alban", "suan", "qongırat", "dulat", "jalayır"]

HAN_SUR = [("李", "li", 10), ("王", "wang", 10), ("张", "zhang", 9), ("刘", "liu", 7), ("陈", "chen", 6),
           ("杨", "yang", 6), ("赵", "zhao", 4), ("黄", "huang", 4), ("周", "zhou", 4), ("吴", "wu", 4),
           ("徐", "xu", 3), ("孙", "sun", 3), ("胡", "hu", 3), ("朱", "zhu", 3), ("高", "gao", 3),
           ("何", "he", 2), ("郭", "guo", 3), ("罗", "luo", 2), ("马", "ma", 2)]
HUI_SUR = [("马", "ma", 30), ("杨", "yang", 6), ("丁", "ding", 5), ("哈", "ha", 3), ("韩", "han", 4),
           ("白", "bai", 4), ("海", "hai", 2), ("穆", "mu", 2), ("纳", "na", 2), ("金", "jin", 3),
           ("李", "li", 4), ("王", "wang", 4), ("冶", "ye", 2), ("苏", "su", 2)]
HAN_GIV = [("建", "jian"), ("国", "guo"), ("军", "jun"), ("明", "ming"), ("华", "hua"), ("伟", "wei"),
           ("平", "ping"), ("强", "qiang"), ("文", "wen"), ("海", "hai"), ("玉", "yu"), ("兰", "lan"),
           ("英", "ying"), ("秀", "xiu"), ("芳", "fang"), ("红", "hong"), ("梅", "mei"), ("霞", "xia"),
           ("福", "fu"), ("德", "de"), ("成", "cheng"), ("忠", "zhong"), ("学", "xue"), ("志", "zhi"),
           ("永", "yong"), ("新", "xin"), ("东", "dong"), ("春", "chun"), ("丽", "li"), ("富", "fu"),
           ("云", "yun"), ("林", "lin")]
WG = {"zh": "ch", "x": "hs", "q": "ch'", "j": "ch", "z": "ts", "c": "ts'", "r": "j"}  # Wade-Giles-ish

HON_PRE = ["haji", "molla", "ustaz", "damolla", "qari", "imam"]
KIN_SUF_M = ["aka", "hajim", "ka"]
KIN_SUF_F = ["apa", "hede", "acha"]
PROFESSIONS = True

# ----------------------------------------------------------------------------------------------
# Places (author's table). key = facility-file Town value (lowercased)
# ----------------------------------------------------------------------------------------------
PREF = {  # key: (zh, uly, english, kazakh override)
    "kashgar": ("喀什地区", "qeshqer", "Kashgar", None), "hotan": ("和田地区", "xoten", "Hotan", None),
    "aksu": ("阿克苏地区", "aqsu", "Aksu", None), "kizilsu": ("克孜勒苏柯尔克孜自治州", "qizilsu", "Kizilsu", None),
    "ili": ("伊犁哈萨克自治州", "ili", "Ili", "Іле"), "altay": ("阿勒泰地区", "altay", "Altay", "Алтай"),
    "tacheng": ("塔城地区", "chöchek", "Tacheng", "Шәуешек"), "bortala": ("博尔塔拉蒙古自治州", "bortala", "Bortala", None),
    "changji": ("昌吉回族自治州", "sanji", "Changji", "Сәнжи"), "turpan": ("吐鲁番市", "turpan", "Turpan", None),
    "hami": ("哈密市", "qumul", "Hami", "Құмыл"), "bayingolin": ("巴音郭楞蒙古自治州", "bayinghulin", "Bayingolin", None),
    "karamay": ("克拉玛依市", "qaramay", "Karamay", None), "ürümqi": ("乌鲁木齐市", "ürümchi", "Urumqi", "Үрімжі"),
    "xpcc": ("新疆生产建设兵团", "bingtuan", "XPCC", None), "shihezi": ("石河子市", "shixenze", "Shihezi", None),
}
COUNTY = """akqi 阿合奇 aqchi kizilsu|aksu 阿克苏 aqsu aksu|akto 阿克陶 aqto kizilsu|altay 阿勒泰 altay altay
aral 阿拉尔 aral xpcc|artux 阿图什 atush kizilsu|awat 阿瓦提 awat aksu|bachu 巴楚 maralbëshi kashgar
baicheng 拜城 bay aksu|baijiantan 白碱滩 beyjentan karamay|barkol 巴里坤 barköl hami|beitun 北屯 beytun xpcc
bohu 博湖 baghrash bayingolin|bole 博乐 bortala bortala|burqin 布尔津 burchin altay|changji 昌吉 sanji changji
dabancheng 达坂城 dawanching ürümqi|dushanzi 独山子 maytagh karamay|emin 额敏 dörbiljin tacheng
fuhai 福海 burultoqay altay|fukang 阜康 fukang changji|fuyun 富蕴 köktoqay altay|gaochang 高昌 turpan turpan
gaocheng 高昌 turpan turpan|gongliu 巩留 toqquztara ili|habahe 哈巴河 qaba altay|hejing 和静 xejing bayingolin
hoboksar 和布克赛尔 qobuqsar tacheng|hotan city 和田市 xoten hotan|hotan county 和田县 xotennahiye hotan
hoxud 和硕 xoshut bayingolin|huocheng 霍城 qorghas ili|hutubi 呼图壁 qutubi changji|huyanghe 胡杨河 xuyanghe xpcc
huyanghe city 胡杨河 xuyanghe xpcc|jinghe 精河 jing bortala|jeminay 吉木乃 jëminey altay|jiashi 伽师 peyziwat kashgar
jimsar 吉木萨尔 jimsar changji|kalpin 柯坪 kelpin aksu|karakax 墨玉 qaraqash hotan|karamay 克拉玛依 qaramay karamay
kashgar 喀什市 qeshqer kashgar|kokdala 可克达拉 kökdala xpcc|korgas 霍尔果斯 qorghas ili|korla 库尔勒 korla bayingolin
kunyu 昆玉 kunyu xpcc|kuqa 库车 kucha aksu|kuytun 奎屯 küytun ili|lop 洛浦 lop hotan|luntai 轮台 bügür bayingolin
makit 麦盖提 mekit kashgar|manas 玛纳斯 manas changji|maralbishi 巴楚 maralbëshi kashgar|midong 米东 midong ürümqi
minfeng 民丰 niye hotan|mori 木垒 mori changji|nilka 尼勒克 nilqa ili|pishan 皮山 guma hotan|qapqal 察布查尔 chapchal ili
qiemo 且末 cherchen bayingolin|qinghe 青河 chinggil altay|qira 策勒 chira hotan|qitai 奇台 guchung changji
ruoqiang 若羌 charqiliq bayingolin|saybagh 沙依巴克 saybagh ürümqi|shache 莎车 yeken kashgar|shanshan 鄯善 pichan turpan
shawan 沙湾 sawan tacheng|shihezi 石河子 shixenze shihezi|shuanghe 双河 shuanghe xpcc|shufu 疏附 konasheher kashgar
shuimogou 水磨沟 shuymogou ürümqi|shule 疏勒 yëngisheher kashgar|tacheng 塔城 chöchek tacheng
taxkorgan 塔什库尔干 tashqorghan kashgar|tekes 特克斯 tekes ili|tianshan 天山 tengritagh ürümqi
tiemenguan 铁门关 tiemenguan xpcc|toksun 托克逊 toqsun turpan|toli 托里 toli tacheng|toutunhe 头屯河 toutunxe ürümqi
tumxuk 图木舒克 tumshuq xpcc|urumqi county 乌鲁木齐县 ürümchi ürümqi|usu 乌苏 shixu tacheng|wenquan 温泉 arishang bortala
wensu 温宿 onsu aksu|wujiaqu 五家渠 wujyachü xpcc|wuqia 乌恰 ulughchat kizilsu|wushi 乌什 uchturpan aksu
xayar 沙雅 shayar aksu|xinhe 新和 toqsu aksu|xinshi 新市 yëngisheher ürümqi|xinyuan 新源 künes ili|yanqi 焉耆 qarasheher bayingolin
yecheng 叶城 qaghiliq kashgar|yengisar 英吉沙 yëngisar kashgar|yining city 伊宁市 ghulja ili
yining county 伊宁县 ghuljanahiye ili|yiwu 伊吾 aratürük hami|yizhou 伊州 qumul hami|yopurga 岳普湖 yopurgha kashgar
yuli 尉犁 lopnur bayingolin|yumin 裕民 chaghantoqay tacheng|yutian 于田 keriye hotan|zepu 泽普 poskam kashgar
zhaosu 昭苏 mongghulküre ili"""
CITY_KEYS = {"aksu", "altay", "artux", "bole", "changji", "fukang", "korla", "kuytun", "shihezi", "tacheng",
             "usu", "korgas", "aral", "beitun", "tumxuk", "wujiaqu", "tiemenguan", "kunyu", "kokdala",
             "shuanghe", "huyanghe", "huyanghe city"}
KAZAKH_PREFS = {"ili", "altay", "tacheng", "bortala", "changji", "hami", "ürümqi"}
# where people come from (Uyghur-weighted), prefecture weights
HOME_W_UY = {"kashgar": 30, "hotan": 22, "aksu": 16, "kizilsu": 3, "ili": 8, "ürümqi": 7, "turpan": 5,
             "bayingolin": 4, "changji": 2, "hami": 2, "karamay": 1}
HOME_W_KZ = {"ili": 40, "altay": 20, "tacheng": 20, "changji": 8, "bortala": 5, "hami": 4, "ürümqi": 3}
HOME_W_KY = {"kizilsu": 80, "ili": 10, "aksu": 10}
HOME_W_HAN = {"ürümqi": 30, "changji": 15, "ili": 12, "kashgar": 10, "aksu": 8, "hotan": 5, "turpan": 5,
              "hami": 5, "bayingolin": 5, "karamay": 5}

SYL_ON = ["", "b", "t", "q", "k", "s", "sh", "y", "a", "ö", "ü", "u", "i", "ch", "j", "m", "b", "t", "q", "k", "s", "y"]
SYL_NUC = ["a", "e", "o", "u", "ü", "i", "a", "e", "ë"]
SYL_CO = ["", "r", "l", "q", "gh", "n", "m", "sh", "k", "z", "t", "ng", "", "", "ch"]
VILL_WORDS = ["yëngi", "kona", "aq", "qara", "sëriq", "köl", "bagh", "tam", "qum", "tagh", "bulaq",
              "östeng", "tokay", "bazar", "qir", "yar", "tugh", "eriq", "terek", "jigde", "östang",
              "saray", "toghraq", "qumbagh", "tögmen", "ordek", "yantaq", "bëshkent"]


def make_word(rng, nsyl):
    s = ""
    for _ in range(nsyl):
        on = rng.choice(SYL_ON)
        if on in VOWELS:
            on = ""
        s += on + rng.choice(SYL_NUC) + rng.choice(SYL_CO)
    return s


class Place:
    __slots__ = ("level", "uly", "zh", "en", "kz", "parent")

    def __init__(self, level, uly, zh, en, kz, parent):
        self.level, self.uly, self.zh, self.en, self.kz, self.parent = level, uly, zh, en, kz, parent


def build_places(rng):
    prefs = {}
    for k, (zh, uly, en, kz) in PREF.items():
        prefs[k] = Place("pref", uly, zh, en, kz, None)
    counties = {}
    bypref = {}
    for line in COUNTY.replace("\n", "|").split("|"):
        parts = line.split()
        pref = parts[-1]
        uly = parts[-2]
        zh = parts[-3]
        key = " ".join(parts[:-3])
        if zh.endswith("市") or zh.endswith("县"):
            zh_full = zh
        elif key in CITY_KEYS:
            zh_full = zh + "市"
        elif pref in ("ürümqi", "karamay") or key in ("gaochang", "gaocheng", "yizhou"):
            zh_full = zh + "区"
        else:
            zh_full = zh + "县"
        en = " ".join(w.capitalize() for w in key.split())
        c = Place("county", uly, zh_full, en, None, prefs[pref])
        counties[key] = c
        bypref.setdefault(pref, []).append(key)
    # townships and villages per county, invented
    towns = {}
    for key in sorted(counties):
        c = counties[key]
        tl = []
        seen = set()
        for _ in range(rng.randint(5, 12)):
            if rng.random() < 0.5:
                w = rng.choice(VILL_WORDS) + make_word(rng, 1)
            else:
                w = make_word(rng, rng.choice((2, 2, 3)))
            if w in seen:
                continue
            seen.add(w)
            zh = "".join(ch for ch, _ in to_chinese(w)) + "乡"
            t = Place("town", w, zh, None, None, c)
            vills = []
            for vn in range(rng.randint(4, 14)):
                if rng.random() < 0.55:
                    num = rng.randint(1, 24)
                    vills.append(Place("village", str(num), "%d村" % num, None, None, t))
                else:
                    vw = rng.choice(VILL_WORDS) + (make_word(rng, 1) if rng.random() < 0.5 else "")
                    vzh = "".join(ch for ch, _ in to_chinese(vw)) + "村"
                    vills.append(Place("village", vw, vzh, None, None, t))
            tl.append((t, vills))
        towns[key] = tl
    return prefs, counties, bypref, towns


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
         "XIX": 19, "XX": 20, "XXI": 21}
ZH_NUM = "零一二三四五六七八九十"


def zh_num(n):
    if n <= 10:
        return ZH_NUM[n]
    if n < 20:
        return "十" + ZH_NUM[n - 10]
    return ZH_NUM[n // 10] + "十" + (ZH_NUM[n % 10] if n % 10 else "")


def load_facilities(path):
    with open(path, "rb") as f:
        raw = f.read().decode("cp437")
    rows = []
    lines = raw.replace("\r\n", "\n").split("\n")
    hdr = [h.strip() for h in lines[0].split("\t")]
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) < 8 or not cols[1].strip():
            continue
        d = dict(zip(hdr, cols))
        name = d["Name"].strip()
        town = d["Town"].strip().lower()
        pref = d["Prefecture"].strip().lower()
        ftype = d["facility type"].strip()
        m = re.match(r"^(.*?)\s*-\s*([IVX]+)\s*$", name)
        num = ROMAN.get(m.group(2), 1) if m else 1
        rows.append((d["id"].strip(), name, town, pref, ftype, num))
    return rows


# ----------------------------------------------------------------------------------------------
# World
# ----------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("pid", "eth", "sex", "given", "father", "clan", "zh_sur", "zh_giv", "by", "county",
                 "town", "village", "facs", "dyear", "prominent", "honor", "nmention", "alt_given")


def wchoice(rng, items, cum, total):
    import bisect
    return items[bisect.bisect(cum, rng.random() * total)]


def prep(lst):
    items = [x[0] for x in lst]
    cum = []
    t = 0.0
    for x in lst:
        t += x[1]
        cum.append(t)
    return items, cum, t


def mention_count(rng):
    r = rng.random()
    if r < 0.004:
        return rng.randint(15, 60)  # prominent
    if r < 0.03:
        return rng.randint(6, 14)
    if r < 0.52:
        return 1
    if r < 0.75:
        return 2
    if r < 0.87:
        return 3
    if r < 0.94:
        return 4
    return 5


def build_world(rng, n_records, facilities, places):
    prefs, counties, bypref, towns = places
    fac_by_pref = {}
    fac_by_town = {}
    for f in facilities:
        fac_by_pref.setdefault(f[3], []).append(f)
        fac_by_town.setdefault(f[2], []).append(f)
    lists = {"uyM": prep(UY_M), "uyF": prep(UY_F), "kzM": prep(KZ_M), "kzF": prep(KZ_F),
             "kyM": prep(KY_M), "kyF": prep(KY_F)}
    han_s = prep([((a, b), w) for a, b, w in HAN_SUR])
    hui_s = prep([((a, b), w) for a, b, w in HUI_SUR])
    hw = {"uy": prep(list(HOME_W_UY.items())), "kz": prep(list(HOME_W_KZ.items())),
          "ky": prep(list(HOME_W_KY.items())), "han": prep(list(HOME_W_HAN.items())),
          "hui": prep(list(HOME_W_HAN.items()))}
    all_facs = facilities
    persons = []
    total = 0
    pid = 0

    def pick_fac(county_key, pref_key):
        r = rng.random()
        if r < 0.55 and county_key in fac_by_town:
            return rng.choice(fac_by_town[county_key])
        if r < 0.88 and pref_key in fac_by_pref:
            return rng.choice(fac_by_pref[pref_key])
        return rng.choice(all_facs)

    while total < n_records:
        # one family (household) per iteration
        r = rng.random()
        eth = "uy" if r < 0.74 else "kz" if r < 0.88 else "ky" if r < 0.92 else "hui" if r < 0.97 else "han"
        pref_key = wchoice(rng, *hw[eth])
        ck = rng.choice(bypref[pref_key])
        tl = towns[ck]
        town, vills = rng.choice(tl)
        village = rng.choice(vills)
        if eth in ("uy", "kz", "ky"):
            m_items = lists[eth + "M"]
            f_items = lists[eth + "F"]
            grandfather = wchoice(rng, *m_items)
            father_given = wchoice(rng, *m_items)
            father_by = rng.randint(1940, 1978)
            members = []
            nkids = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5))
            det_size = rng.choice((1, 1, 1, 1, 1, 2, 2, 3)) if nkids or rng.random() < 0.5 else 1
            cands = [("M", father_given, grandfather, father_by)]
            mother_by = father_by + rng.randint(-2, 6)
            cands.append(("F", wchoice(rng, *f_items), wchoice(rng, *m_items), mother_by))
            for _ in range(nkids):
                sex = "M" if rng.random() < 0.55 else "F"
                g = wchoice(rng, *(m_items if sex == "M" else f_items))
                cands.append((sex, g, father_given, min(2004, mother_by + rng.randint(19, 38))))
            rng.shuffle(cands)
            chosen = cands[:det_size]
            clan = rng.choice(KZ_CLANS) if eth == "kz" else None
            for sex, g, fa, by in chosen:
                p = Person()
                p.eth, p.sex, p.given, p.father, p.by, p.clan = eth, sex, g, fa, by, clan
                p.zh_sur = p.zh_giv = None
                members.append(p)
        else:
            sur = wchoice(rng, *(hui_s if eth == "hui" else han_s))
            members = []
            for _ in range(rng.choice((1, 1, 1, 2))):
                p = Person()
                p.eth = eth
                p.sex = "M" if rng.random() < 0.6 else "F"
                p.zh_sur = sur
                p.zh_giv = [rng.choice(HAN_GIV) for _ in range(rng.choice((1, 2, 2)))]
                p.given = "".join(x[1] for x in p.zh_giv)
                p.father = sur[1]
                p.clan = None
                p.by = rng.randint(1945, 2000)
                members.append(p)
        for p in members:
            p.pid = pid
            pid += 1
            p.county, p.town, p.village = ck, town, village
            if rng.random() < 0.15:  # some live elsewhere than the family home
                ck2 = rng.choice(bypref[pref_key])
                t2, v2 = rng.choice(towns[ck2])
                p.county, p.town, p.village = ck2, t2, rng.choice(v2)
            f1 = pick_fac(p.county, pref_key)
            p.facs = [f1]
            if rng.random() < 0.22:
                p.facs.append(pick_fac(p.county, pref_key))
            p.dyear = rng.choices((2014, 2015, 2016, 2017, 2018, 2019, 2020), (2, 3, 8, 38, 33, 11, 5))[0]
            p.nmention = mention_count(rng)
            p.prominent = p.nmention >= 15
            p.honor = None
            if p.eth in ("uy", "kz", "ky") and (p.prominent and rng.random() < 0.6 or rng.random() < 0.04):
                if p.sex == "M":
                    p.honor = rng.choice(HON_PRE)
            p.alt_given = None
            if p.eth == "uy" and rng.random() < 0.06:  # known by a nickname/short form in some sources
                g = p.given
                p.alt_given = g[:-3] if g.endswith("jan") else (g + "jan" if p.sex == "M" else g + "xan")
            total += p.nmention
            persons.append(p)
    return persons


# ----------------------------------------------------------------------------------------------
# Sources and rendering
# ----------------------------------------------------------------------------------------------
SOURCES = ["police_zh", "police_py", "ngo_uly", "ngo_tr", "ngo_en", "kz_cyr", "ru_cyr", "uy_arab", "testimony"]
SRC_W = {
    "uy": (12, 8, 20, 11, 16, 0.5, 1, 10, 15),
    "kz": (10, 6, 4, 3, 12, 28, 14, 1, 14),
    "ky": (10, 6, 8, 6, 14, 5, 14, 3, 14),
    "hui": (26, 16, 6, 3, 24, 1, 2, 2, 18),
    "han": (30, 18, 4, 2, 26, 1, 1, 1, 17),
}
SRC_P = {k: prep(list(zip(SOURCES, v))) for k, v in SRC_W.items()}
PROM_W = prep(list(zip(SOURCES, (6, 4, 18, 14, 30, 5, 3, 6, 24))))

QWERTY = {"a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
          "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "wa", "r": "et",
          "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "xa"}
OCR_LAT = [("m", "rn"), ("rn", "m"), ("l", "I"), ("i", "l"), ("o", "0"), ("e", "c"), ("h", "b"), ("u", "ii"),
           ("d", "cl"), ("n", "ri"), ("a", "o")]
ZH_CONF = {"买": "麦", "麦": "买", "尔": "儿", "力": "丽", "丽": "力", "古": "库", "吐": "图", "提": "地",
           "江": "疆", "曼": "满", "热": "惹", "艾": "爱", "努": "奴", "木": "穆", "克": "可", "斯": "思"}
CY_CONF = {"и": "н", "н": "и", "ш": "щ", "ұ": "у", "қ": "к", "ғ": "г", "ң": "н", "ө": "о", "ү": "у", "і": "и"}


def typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    r = rng.random()
    c = s[i]
    if r < 0.3:
        return s[:i] + s[i + 1:]
    if r < 0.55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.75:
        return s[:i] + c + s[i:]
    alt = QWERTY.get(c.lower())
    if not alt:
        return s
    return s[:i] + rng.choice(alt) + s[i + 1:]


def strip_diac(s):
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def render_name(rng, p, src, year):
    """Return name string for this mention."""
    e = p.eth
    given = p.given
    if p.alt_given and src in ("ngo_uly", "testimony", "ngo_en") and rng.random() < 0.5:
        given = p.alt_given
    if e in ("han", "hui"):
        zs, zsp = p.zh_sur
        zg = "".join(c for c, _ in p.zh_giv)
        pg = "".join(x[1] for x in p.zh_giv)
        if src in ("police_zh", "uy_arab", "kz_cyr") or (src == "testimony" and rng.random() < 0.2):
            return zs + zg
        if src == "ru_cyr":
            return conv(zsp, "ru").capitalize() + " " + conv(pg, "ru").capitalize()
        r = rng.random()
        if src == "police_py":
            return (zsp + " " + pg).upper() if r < 0.5 else zsp.capitalize() + " " + pg.capitalize()
        if r < 0.45:
            s = zsp.capitalize() + " " + pg.capitalize()
        elif r < 0.75:
            s = pg.capitalize() + " " + zsp.capitalize()
        elif r < 0.85:
            s = zsp.capitalize() + " " + "-".join(x[1].capitalize() for x in p.zh_giv)
        elif r < 0.92:
            wg = "".join(WG.get(c, c) for c in zsp)
            s = wg.capitalize() + " " + pg.capitalize()
        else:
            s = zsp.upper() + " " + pg.capitalize()
        if src == "testimony" and rng.random() < 0.3:
            s = ("Mr. " if p.sex == "M" else "Ms. ") + zsp.capitalize()
        if rng.random() < 0.05:
            s = typo(rng, s)
        return s
    turkic = e in ("kz", "ky")
    suffix = ""
    if e == "kz":
        suffix = "uly" if p.sex == "M" else "qızı"
    elif e == "ky":
        suffix = " uulu" if p.sex == "M" else " kyzy"

    if src == "police_zh":
        g = "".join(c for c, _ in to_chinese(given))
        f = "".join(c for c, _ in to_chinese(p.father))
        s = g + ("·" if rng.random() < 0.85 else rng.choice(("•", ".", "・", ""))) + f
        if rng.random() < 0.06:
            s = "".join(ZH_CONF.get(c, c) if rng.random() < 0.3 else c for c in s)
        if rng.random() < 0.03:
            s = g
        return s
    if src == "police_py":
        gs = [py for _, py in to_chinese(given)]
        fs = [py for _, py in to_chinese(p.father)]
        r = rng.random()
        if r < 0.35:
            s = " ".join(x.capitalize() for x in gs + fs)  # "Ai He Mai Ti Tu Er Xun"
        elif r < 0.75:
            s = "".join(gs).capitalize() + " " + "".join(fs).capitalize()
        elif r < 0.9:
            s = ("".join(gs) + " " + "".join(fs)).upper()
        else:
            s = "".join(gs).capitalize() + "·" + "".join(fs).capitalize()
        if rng.random() < 0.04:
            s = typo(rng, s)
        return s
    if src == "uy_arab":
        g = conv(given, "ua")
        f = conv(p.father, "ua")
        s = g + " " + f
        if rng.random() < 0.35:  # OCR'd scan
            s = "".join(UA_OCR.get(c, c) if rng.random() < 0.6 else c for c in s)
        return s
    if src in ("kz_cyr", "ru_cyr"):
        if src == "kz_cyr":
            g = conv(given, "kz")
            f = conv(p.father, "kz")
            if e == "kz":
                s = g.capitalize() + " " + (f + ("ұлы" if p.sex == "M" else "қызы")).capitalize()
                if rng.random() < 0.25:
                    s = s.upper()
                if p.clan and rng.random() < 0.2:
                    s += " (" + conv(p.clan, "kz").capitalize() + ")"
            else:
                s = g.capitalize() + " " + f.capitalize()
            if rng.random() < 0.05:
                s = "".join(CY_CONF.get(c, c) if rng.random() < 0.3 else c for c in s)
            return s
        # Russian: patronymic-surname first, with -ov/-ova; sometimes passport Latin
        fr = conv(p.father, "ru").capitalize()
        gr = conv(given, "ru").capitalize()
        if e in ("kz", "ky") or rng.random() < 0.5:
            sur = fr + ("ов" if fr[-1] not in "аеёиоуыэюяй" else "ев") if p.sex == "M" else fr + ("ова" if fr[-1] not in "аеёиоуыэюяй" else "ева")
        else:
            sur = fr
        r = rng.random()
        if r < 0.45:
            s = sur + " " + gr
        elif r < 0.7:
            s = gr + " " + sur
        else:  # passport Latin through Russian
            s = "".join(RU_LAT.get(c.lower(), c) for c in sur).capitalize() + " " + \
                "".join(RU_LAT.get(c.lower(), c) for c in gr).capitalize()
            s = s.replace("Dzh", "Dzh")
            if rng.random() < 0.5:
                s = s.upper()
        if rng.random() < 0.04:
            s = typo(rng, s)
        return s
    # Latin NGO sheets and testimonies
    if src == "ngo_tr":
        sysn = "tr"
    elif src == "ngo_en":
        sysn = "en"
    elif src == "ngo_uly":
        sysn = "uly"
    else:
        sysn = rng.choice(("uly", "en", "en", "tr", "ns"))
    if e in ("kz", "ky") and sysn in ("uly", "ns"):
        sysn = "en"
    g = conv(given, sysn)
    f = conv(p.father, sysn)
    capf = tr_cap if sysn == "tr" else cap
    if e == "kz":
        if sysn == "tr":
            f = f + ("uli" if p.sex == "M" else "kızı") if rng.random() < 0.6 else f
        elif rng.random() < 0.6:
            f = f + ("uly" if p.sex == "M" else "kyzy")
        elif rng.random() < 0.5:
            f = f + ("ov" if p.sex == "M" else "ova")
        g = g.replace("ı", "i").replace("q", "k" if rng.random() < 0.5 else "q")
        f = f.replace("ı", "i").replace("q", "k" if rng.random() < 0.5 else "q")
    elif e == "ky":
        g = g.replace("ı", "y").replace("q", "k")
        f = f.replace("ı", "y").replace("q", "k") + (suffix if rng.random() < 0.6 else "")
    G, F = capf(g), capf(f)
    r = rng.random()
    form_full = True
    if src == "testimony":
        if r < 0.30:
            s = G + " " + F
        elif r < 0.45:
            s = G + (" " + rng.choice(KIN_SUF_M if p.sex == "M" else KIN_SUF_F) if rng.random() < 0.6 else "")
            form_full = False
        elif r < 0.55:
            s = G[0] + ". " + F
        elif r < 0.65:
            s = F + " " + G
        elif r < 0.72:
            s = G + " " + F[0] + "."
        else:
            s = G + " " + F
    else:
        if r < 0.74:
            s = G + " " + F
        elif r < 0.88:
            s = F + " " + G if src != "ngo_tr" else F.upper() + " " + G
        elif r < 0.93:
            s = (G + " " + F).upper()
        elif r < 0.97:
            s = F.upper() + ", " + G
        else:
            s = G
            form_full = False
    if p.honor and rng.random() < (0.7 if src == "testimony" else 0.35):
        h = p.honor
        if h == "haji" and rng.random() < 0.4 and form_full:
            s = s + " Hajim"
        else:
            s = (tr_cap(conv(h, sysn)) if sysn == "tr" else h.capitalize()) + " " + s
    # errors
    r = rng.random()
    if r < 0.06:
        s = typo(rng, s)
    elif r < 0.08:
        s = typo(rng, typo(rng, s))
    if src in ("ngo_uly", "ngo_tr") and rng.random() < 0.25:
        s = strip_diac(s)
    if src == "ngo_en" and rng.random() < 0.03:  # OCR'd PDF table
        a, b = rng.choice(OCR_LAT)
        s = s.replace(a, b, 1)
    if rng.random() < 0.02:
        s = "  " + s + " "
    return s


def render_gender(rng, p, src):
    fill = {"police_zh": 0.95, "police_py": 0.9, "ngo_uly": 0.7, "ngo_tr": 0.6, "ngo_en": 0.75,
            "kz_cyr": 0.5, "ru_cyr": 0.6, "uy_arab": 0.4, "testimony": 0.35}[src]
    if rng.random() > fill:
        return ""
    m = p.sex == "M"
    if rng.random() < 0.005:
        m = not m
    if src == "police_zh":
        return "男" if m else "女"
    if src == "police_py":
        return "nan" if m else "nv"
    if src == "ngo_tr":
        return "Erkek" if m else "Kadın"
    if src == "kz_cyr":
        return "ер" if m else "әйел"
    if src == "ru_cyr":
        return "муж" if m else "жен"
    if src == "uy_arab":
        return "ئەر" if m else "ئايال"
    if src == "ngo_uly":
        return rng.choice((("M", "F"), ("er", "ayal"), ("Male", "Female")))[0 if m else 1]
    return rng.choice((("M", "F"), ("male", "female"), ("Male", "Female"), ("m", "f")))[0 if m else 1]


def render_birth(rng, p, src, year):
    by = p.by
    fill = {"police_zh": 0.97, "police_py": 0.93, "ngo_uly": 0.7, "ngo_tr": 0.65, "ngo_en": 0.7,
            "kz_cyr": 0.75, "ru_cyr": 0.8, "uy_arab": 0.5, "testimony": 0.45}[src]
    if rng.random() > fill:
        return ""
    if src in ("police_zh", "police_py"):
        r = rng.random()
        if rng.random() < 0.02:
            by += rng.choice((-1, 1, -10, 10))
        if r < 0.55:
            return str(by)
        if r < 0.75:
            return "%d-%02d-%02d" % (by, rng.randint(1, 12), rng.randint(1, 28))
        if r < 0.9 and src == "police_zh":
            return "%d年" % by
        return "%d%02d%02d" % (by, rng.randint(1, 12), rng.randint(1, 28))
    if src in ("kz_cyr", "ru_cyr"):
        if rng.random() < 0.05:
            by += rng.choice((-1, 1))
        r = rng.random()
        if r < 0.6:
            return str(by)
        if r < 0.85:
            return "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), by)
        return "%d ж." % by if src == "kz_cyr" else "%d г.р." % by
    # family/NGO knowledge: ages, approximations
    age = year - by - (1 if rng.random() < 0.4 else 0)
    r = rng.random()
    if src == "testimony":
        if r < 0.35:
            return str(age if rng.random() < 0.6 else (age // 5) * 5)
        if r < 0.5:
            return "about %d" % (round(age / 5) * 5)
        if r < 0.65:
            return "%d0s" % ((by // 10) % 10) if rng.random() < 0.5 else "%ds" % (by // 10 * 10)
        if r < 0.8:
            return "c. %d" % (by + rng.randint(-3, 3))
        return str(by + rng.choice((0, 0, 0, -1, 1, 2, -2)))
    if r < 0.55:
        b = by + (rng.choice((-1, 1, -2, 2, 10, -10)) if rng.random() < 0.08 else 0)
        return str(b)
    if r < 0.68:
        return str(age) if src != "ngo_tr" else "%d yaşında" % age
    if r < 0.76:
        return rng.choice(("c. %d", "ca. %d", "~%d", "%d?", "circa %d")) % (by + rng.randint(-2, 2))
    if r < 0.84:
        return "%ds" % (by // 10 * 10)
    if r < 0.9:
        lo = by - rng.randint(0, 4)
        return "%d-%d" % (lo, lo + 5)
    if r < 0.95 and src == "ngo_tr":
        return "%d doğumlu" % by
    return "%d/%d" % (by, by + 1)


def place_str(pl, script, rng):
    if script == "zh":
        return pl.zh
    if pl.level == "village":
        if pl.uly.isdigit():
            return {"uly": "%s-kent", "en": "Village No. %s", "tr": "%s. köy", "kz": "%s-ауыл",
                    "ru": "село №%s", "ua": "%s-كەنت", "py": "%scun", "ns": "%s-kent"}[script] % pl.uly
        base = pl.uly
        suf = {"uly": " kenti", "en": " village", "tr": " köyü", "kz": " ауылы", "ru": "", "ua": " كەنتى",
               "py": "cun", "ns": " kenti"}[script]
    elif pl.level == "town":
        base = pl.uly
        suf = {"uly": " yëzisi", "en": " township", "tr": " kasabası", "kz": " ауылдығы", "ru": "",
               "ua": " يېزىسى", "py": " xiang", "ns": " yezisi"}[script]
        if rng.random() < 0.5 and script in ("uly", "en", "tr", "ns"):
            suf = ""
    elif pl.level == "county":
        if script == "en":
            return pl.en if rng.random() < 0.6 else cap(conv(pl.uly, "en"))
        if script == "py":
            return "".join(py for _, py in to_chinese(pl.uly)) if False else _py_of_zh(pl.zh)
        base = pl.uly
        suf = {"uly": "" if rng.random() < 0.6 else " nahiyisi", "tr": "", "kz": " ауданы", "ru": " район",
               "ua": " ناھىيىسى" if rng.random() < 0.5 else "", "ns": " nahiyisi"}[script]
    else:
        if script == "en":
            return pl.en
        if script == "py":
            return _py_of_zh(pl.zh)
        if script == "kz" and pl.kz:
            return pl.kz
        base = pl.uly
        suf = {"uly": "", "tr": "", "kz": "", "ru": "", "ua": "", "ns": ""}[script]
    if script == "py":
        b = "".join(py for _, py in to_chinese(base))
        return b.capitalize() + suf
    if script in ("uly", "en", "tr", "ns", "kz", "ru", "ua"):
        b = conv(base, script)
        if script not in ("ua",):
            b = tr_cap(b) if script == "tr" else b.capitalize()
        return b + suf
    return base


# pinyin for the characters used in the county/prefecture table (author's table)
ZH_PY = {}
for _ch, _py in zip("阿合奇克苏陶勒泰拉尔图什瓦提巴楚拜城白碱滩里坤北屯博湖乐布津昌吉达坂独山子额敏福海阜康富蕴高巩留哈河和静赛硕霍呼壁胡杨精木乃伽师萨柯坪墨玉玛依喀市可库车奎洛浦轮台麦盖米东民丰垒尼察且末青策若羌沙巴莎鄯湾石双疏附水磨沟塔特斯天铁门关托逊头图舒乌温宿五家渠恰雅新源焉耆叶英普岳尉犁裕于田泽昭县区州地蒙古自治族兵团生产建设疆鲁齐伊宁吾吐善回孜密干昆果查楞泉番皮纳郭音",
                    "a he qi ke su tao le tai la er tu shi wa ti ba chu bai cheng bai jian tan li kun bei tun bo hu le bu jin chang ji da ban du shan zi e min fu hai fu kang fu yun gao gong liu ha he he jing sai shuo huo hu bi hu yang jing mu nai jia shi sa ke ping mo yu ma yi ka shi ke ku che kui luo pu lun tai mai gai mi dong min feng lei ni cha qie mo qing ce ruo qiang sha ba sha shan wan shi shuang shu fu shui mo gou ta te si tian tie men guan tuo xun tou tu shu wu wen su wu jia qu qia ya xin yuan yan qi ye ying pu yue yu li yu yu tian ze zhao xian qu zhou di meng gu zi zhi zu bing tuan sheng chan jian she jiang lu qi yi ning wu tu shan hui zi mi gan kun guo cha leng quan fan pi na guo yin".split()):
    ZH_PY.setdefault(_ch, _py)
_SUFPY = {"县": " Xian", "市": " Shi", "区": " Qu", "地区": " Diqu"}


def _py_of_zh(zh):
    core = zh
    suf = ""
    for s in ("地区", "自治州", "县", "市", "区"):
        if zh.endswith(s) and len(zh) > len(s) + 1:
            core = zh[:-len(s)]
            suf = {"地区": " Diqu", "自治州": " Zizhizhou", "县": " Xian", "市": " Shi", "区": " Qu"}[s]
            break
    return "".join(ZH_PY.get(c, "") for c in core).capitalize() + suf


SRC_SCRIPT = {"police_zh": "zh", "police_py": "py", "ngo_uly": "uly", "ngo_tr": "tr", "ngo_en": "en",
              "kz_cyr": "kz", "ru_cyr": "ru", "uy_arab": "ua", "testimony": "en"}


def render_hometown(rng, p, src, year, force=False):
    fill = {"police_zh": 0.92, "police_py": 0.9, "ngo_uly": 0.8, "ngo_tr": 0.7, "ngo_en": 0.7,
            "kz_cyr": 0.85, "ru_cyr": 0.7, "uy_arab": 0.6, "testimony": 0.6}[src]
    if not force and rng.random() > fill:
        return ""
    script = SRC_SCRIPT[src]
    if src == "testimony":
        script = rng.choice(("en", "en", "uly", "tr"))
    if src == "ngo_en" and rng.random() < 0.15:
        script = "ns"
    county = _COUNTIES[p.county]
    chain = [p.village, p.town, county, county.parent]
    # precision: police has full address; NGO archives get more precise with later entries
    if src in ("police_zh", "police_py"):
        lo = rng.choice((0, 0, 1, 1, 2))
        hi = 3 if rng.random() < 0.6 else 2
    else:
        prec = 0.15 + 0.12 * (year - 2018)  # chance of village-level knowledge
        if src == "testimony":
            prec -= 0.1
        r = rng.random()
        lo = 0 if r < prec else 1 if r < prec + 0.2 else 2 if r < prec + 0.65 else 3
        hi = lo + rng.choice((0, 0, 1, 1, 2))
        hi = min(hi, 3)
    parts = [place_str(pl, script, rng) for pl in chain[lo:hi + 1]]
    if script == "zh":
        s = "".join(reversed(parts))
        if rng.random() < 0.3:
            s = "新疆" + s
        return s
    if script == "py":
        return " ".join(reversed(parts))
    r = rng.random()
    if script in ("uly", "tr", "ua", "kz") and r < 0.5:
        sep = " " if script != "ua" else " "
        s = sep.join(reversed(parts))
    else:
        s = ", ".join(parts)
    if rng.random() < 0.04 and script not in ("ua", "kz", "ru"):
        s = typo(rng, s)
    if script in ("uly", "tr") and rng.random() < 0.2:
        s = strip_diac(s)
    return s


_COUNTIES = {}
_FAC_CACHE = {}


def render_facility(rng, p, src):
    fill = {"police_zh": 0.6, "police_py": 0.55, "ngo_uly": 0.45, "ngo_tr": 0.35, "ngo_en": 0.5,
            "kz_cyr": 0.4, "ru_cyr": 0.25, "uy_arab": 0.3, "testimony": 0.55}[src]
    if rng.random() > fill:
        return ""
    f = p.facs[0] if len(p.facs) == 1 or rng.random() < 0.6 else p.facs[1]
    fid, name, town, pref, ftype, num = f
    c = _COUNTIES.get(town)
    base_uly = c.uly if c else town
    zh = c.zh if c else _PREF_OBJ.get(pref, _PREF_OBJ["xpcc"]).zh
    is_camp = ftype in ("camp", "")
    is_prison = "prison" in ftype
    if src == "police_zh":
        if is_camp:
            s = zh + ("第%s" % zh_num(num) if num > 1 else "") + "职业技能教育培训中心"
            if rng.random() < 0.3:
                s = zh + ("%d" % num if num > 1 else "") + "教培中心"
        elif is_prison:
            s = zh + "监狱" if rng.random() < 0.7 else "新疆第%s监狱" % zh_num(num)
        else:
            s = zh + ("第%s" % zh_num(num) if num > 1 else "") + "看守所"
        return s
    if src == "police_py":
        b = _py_of_zh(zh)
        kind = "Zhiye Jineng Jiaoyu Peixun Zhongxin" if is_camp else "Jianyu" if is_prison else "Kanshousuo"
        return b + (" Di %d" % num if num > 1 else "") + " " + kind
    r = rng.random()
    if src in ("ngo_en", "testimony"):
        nm = c.en if c else town.title()
        if r < 0.3:
            return name  # as on the BuzzFeed map
        if r < 0.45:
            return "%s-%d" % (name.split(" - ")[0], num)
        if r < 0.65:
            kind = "camp" if is_camp else "prison" if is_prison else "detention center"
            return ("%s %s" % (nm, kind)) if num == 1 or rng.random() < 0.5 else "%s No. %d %s" % (nm, num, kind)
        if r < 0.8:
            return rng.choice(("re-education camp", "camp", "\"school\"", "detention", "prison", "camp in %s" % nm))
        return "%s %s" % (nm, "Vocational Skills Education and Training Center" if is_camp else "Detention Center")
    if src == "ngo_uly" or src == "uy_arab":
        kind = "lagiri" if is_camp else "türmisi" if is_prison else "qamaqxanisi"
        s = conv(base_uly, "uly").capitalize() + (" %d-" % num if num > 1 else " ") + kind
        if r < 0.2:
            s = rng.choice(("lager", "jaza lagiri", "yëpiq terbiyelesh merkizi", "türme"))
        if src == "uy_arab":
            kind_a = {"lagiri": "لاگىرى", "türmisi": "تۈرمىسى", "qamaqxanisi": "قاماقخانىسى"}[kind]
            s = conv(base_uly, "ua") + (" %d-" % num if num > 1 else " ") + kind_a
        return s
    if src == "ngo_tr":
        kind = "toplama kampı" if is_camp else "cezaevi" if is_prison else "gözaltı merkezi"
        if r < 0.25:
            return rng.choice(("kamp", "toplama kampı", "hapishane"))
        return tr_cap(conv(base_uly, "tr")) + " " + kind
    if src == "kz_cyr":
        kind = "лагері" if is_camp else "түрмесі" if is_prison else "тергеу изоляторы"
        if r < 0.3:
            return rng.choice(("лагерь", "саяси лагерь", "түрме"))
        return conv(base_uly, "kz").capitalize() + " " + kind
    if src == "ru_cyr":
        kind = "лагерь" if is_camp else "тюрьма" if is_prison else "СИЗО"
        return kind + " в " + conv(base_uly, "ru").capitalize() if r < 0.6 else kind
    return name


_PREF_OBJ = {}


def render_dyear(rng, p, src, year):
    fill = {"police_zh": 0.85, "police_py": 0.85, "ngo_uly": 0.65, "ngo_tr": 0.6, "ngo_en": 0.7,
            "kz_cyr": 0.6, "ru_cyr": 0.5, "uy_arab": 0.45, "testimony": 0.6}[src]
    if rng.random() > fill:
        return ""
    y = p.dyear
    if src not in ("police_zh", "police_py") and rng.random() < 0.12:
        y += rng.choice((-1, 1))
    y = min(y, year)
    if src == "police_zh" and rng.random() < 0.4:
        return "%d年" % y if rng.random() < 0.5 else "%d.%d" % (y, rng.randint(1, 12))
    if src == "testimony" and rng.random() < 0.2:
        return rng.choice(("spring %d", "late %d", "%d?", "since %d")) % y
    if src in ("ngo_en", "ngo_uly") and rng.random() < 0.15:
        return "%02d/%d" % (rng.randint(1, 12), y)
    return str(y)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    ap.add_argument("--stats", action="store_true", help="print realised source shares to stderr")
    a = ap.parse_args(argv)
    here = os.path.dirname(os.path.abspath(__file__))
    path = a.facilities or os.environ.get("GUWAH_FACILITIES")
    if not path:
        cand = [os.path.join(here, "../../../shared/data/facilities/210720_all_locations_BFN.csv"),
                os.path.join(here, "../shared/data/facilities/210720_all_locations_BFN.csv")]
        for c in cand:
            if os.path.exists(c):
                path = c
                break
    if not path or not os.path.exists(path):
        sys.exit("facilities file not found: pass --facilities PATH or set GUWAH_FACILITIES")
    rng = random.Random(a.seed)
    facilities = load_facilities(path)
    places = build_places(random.Random(a.seed * 7919 + 1))
    _COUNTIES.clear()
    _COUNTIES.update(places[1])
    _PREF_OBJ.clear()
    _PREF_OBJ.update(places[0])
    persons = build_world(rng, a.records, facilities, places)
    rows = []
    srccount = {}
    need = a.records
    for p in persons:
        k = min(p.nmention, need)
        need -= k
        srcp = PROM_W if p.prominent else SRC_P[p.eth]
        for _ in range(k):
            src = wchoice(rng, *srcp)
            year = rng.choice((2018, 2019, 2019, 2020, 2020, 2021, 2022, 2023))
            if src in ("police_zh", "police_py"):
                year = max(year, p.dyear)
            name = render_name(rng, p, src, year)
            if not name.strip():
                name = p.given.capitalize()
            srccount[src] = srccount.get(src, 0) + 1
            gen = render_gender(rng, p, src)
            bir = render_birth(rng, p, src, year)
            hom = render_hometown(rng, p, src, year)
            fac = render_facility(rng, p, src)
            # a bare given name, surname or initial is never left without any context
            if (" " not in name.strip() or "." in name) and not hom and not fac:
                hom = render_hometown(rng, p, src, year, force=True)
            rows.append(SEP.join((name, gen, bir, hom, fac, render_dyear(rng, p, src, year), str(p.pid))))
        if need <= 0:
            break
    nworld = len(persons)
    del persons
    rng.shuffle(rows)
    # person ids: opaque, assigned in order of first appearance after the shuffle
    pmap = {}
    os.makedirs(a.out, exist_ok=True)
    width = max(6, len(str(len(rows))))
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm = csv.writer(fm, lineterminator="\n")
        wt = csv.writer(ft, lineterminator="\n")
        wm.writerow(["mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"])
        wt.writerow(["mention_id", "person_id"])
        for i, line in enumerate(rows):
            r = line.split(SEP)
            rows[i] = None
            mid = "J%0*d" % (width, i + 1)
            pid = pmap.get(r[6])
            if pid is None:
                pid = "P%0*d" % (width, len(pmap) + 1)
                pmap[r[6]] = pid
            r[6] = None
            wm.writerow([mid] + list(r[:6]))
            wt.writerow([mid, pid])
    print("wrote %d mentions of %d persons to %s" % (len(rows), len(pmap), a.out), file=sys.stderr)
    if a.stats:
        tot = sum(srccount.values())
        for k in SOURCES:
            print("  source %-10s %6.2f%%" % (k, 100.0 * srccount.get(k, 0) / tot), file=sys.stderr)


if __name__ == "__main__":
    main()
