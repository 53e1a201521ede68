"""Spellings of a canonical Uyghur-Latin (ULY) string in the scripts and habits of requesters.

Written from general knowledge of the writing systems; no external tables.
"""
import re

VOWELS = "aeéiouöü"
# ULY letters, digraphs first
_TOKEN = re.compile(r"ch|gh|ng|sh|zh|[a-zéöü]|.", re.S)


def tokens(s):
    return _TOKEN.findall(s)


# --- Uyghur Arabic script -------------------------------------------------
_AR = {
    "a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
    "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر",
    "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
    "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي",
    "v": "ۋ", "'": "ئ", "-": "-",
}


def to_arabic(s):
    out = []
    for word in s.split(" "):
        toks = tokens(word.lower())
        w = []
        prev = None
        for t in toks:
            if t in VOWELS and (prev is None or prev in VOWELS or prev in "-'"):
                w.append("ئ")
            if t == "'":
                prev = t
                continue
            w.append(_AR.get(t, t))
            prev = t
        out.append("".join(w))
    return " ".join(out)


# --- Cyrillic (Russian passport style / Kazakh) ----------------------------
_RU = {
    "a": "а", "e": "е", "é": "е", "i": "и", "o": "о", "u": "у", "ö": "ё", "ü": "ю",
    "b": "б", "p": "п", "t": "т", "j": "дж", "ch": "ч", "x": "х", "d": "д", "r": "р",
    "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "г", "f": "ф", "q": "к", "k": "к",
    "g": "г", "ng": "нг", "l": "л", "m": "м", "n": "н", "h": "х", "w": "в", "y": "й",
    "v": "в", "'": "", "-": "-",
}
_KZ = dict(_RU)
_KZ.update({"e": "е", "ö": "ө", "ü": "ү", "q": "қ", "gh": "ғ", "ng": "ң", "h": "һ",
            "j": "ж", "w": "у", "i": "і"})
_RU_Y = {"a": "я", "u": "ю", "e": "е", "o": "ё"}


def to_cyrillic(s, kazakh=False):
    table = _KZ if kazakh else _RU
    out = []
    for word in s.split(" "):
        toks = tokens(word.lower())
        w = []
        i = 0
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t == "y" and nxt in _RU_Y and not kazakh:
                w.append(_RU_Y[nxt])
                i += 2
                continue
            if t == "e" and not kazakh and (i == 0 or toks[i - 1] in VOWELS):
                w.append("э")
            elif t == "e" and kazakh:
                w.append("ә" if i > 0 else "е")
            else:
                w.append(table.get(t, t))
            i += 1
        ww = "".join(w)
        if kazakh:
            ww = ww.replace("улй", "ұлы").replace("қізі", "қызы")
        else:
            ww = ww.replace("улй", "улы").replace("кизи", "кызы")
        out.append(ww[:1].upper() + ww[1:])
    return " ".join(out)


# --- Latin habits ----------------------------------------------------------
def strip_marks(s):
    return s.replace("é", "e").replace("ö", "o").replace("ü", "u").replace("É", "E") \
        .replace("Ö", "O").replace("Ü", "U")


def to_english(s, habit):
    """habit: small int chosen per requester (their own consistent habits)."""
    s = s.lower()
    s = s.replace("x", "kh")
    if habit & 1:
        s = s.replace("q", "k")
    if habit & 2:
        s = re.sub(r"(?<![aeiouöüé])e(?=[^aeiouöüé ]*(?: |$))", "a", s)  # Ehmet -> Ehmat
        s = re.sub(r"^e", "a", s)
        s = re.sub(r" e", " a", s)
    if habit & 4:
        s = s.replace("gh", "g")
    if habit & 8:
        s = s.replace("w", "v")
    s = s.replace("'", "")
    s = strip_marks(s)
    s = s.replace("muhemmed", "muhammad").replace("memmed", "mammad")
    return titled(s)


def to_turkish(s):
    s = s.lower()
    rep = [("ch", "ç"), ("sh", "ş"), ("gh", "ğ"), ("zh", "j"), ("j", "c"), ("x", "h"),
           ("q", "k"), ("é", "e"), ("w", "v"), ("'", "")]
    # j->c must not touch the j produced from zh: do it through a placeholder
    s = s.replace("zh", "\x01")
    for a, b in rep:
        if a == "zh":
            continue
        s = s.replace(a, b)
    s = s.replace("\x01", "j")
    s = s.replace("muhemmed", "muhammed")
    return titled(s)


def to_french(s):
    s = s.lower()
    s = s.replace("ch", "\x02").replace("sh", "ch").replace("\x02", "tch")
    s = s.replace("zh", "j").replace("j", "dj").replace("x", "kh").replace("q", "k")
    s = s.replace("u", "ou").replace("ü", "u").replace("ö", "eu").replace("w", "ou")
    s = s.replace("é", "é").replace("'", "")
    return titled(s)


def to_uly(s, plain=False):
    s = s.replace("'", "")
    if plain:
        s = strip_marks(s)
    return titled(s)


def titled(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


# --- Chinese phonetic rendering ---------------------------------------------
# (initial) -> chars for vowel classes a, e, i, u, o ; each entry "char:pinyin"
_ZH_CV = {
    "": "阿:a 艾:ai 伊:yi 乌:wu 奥:ao",
    "b": "巴:ba 拜:bai 比:bi 布:bu 博:bo",
    "p": "帕:pa 排:pai 皮:pi 普:pu 坡:po",
    "t": "塔:ta 台:tai 提:ti 吐:tu 托:tuo",
    "j": "加:jia 杰:jie 吉:ji 居:ju 卓:zhuo",
    "ch": "恰:qia 切:qie 其:qi 曲:qu 乔:qiao",
    "x": "哈:ha 海:hai 希:xi 胡:hu 霍:huo",
    "d": "达:da 代:dai 迪:di 都:du 多:duo",
    "r": "热:re 热:re 日:ri 如:ru 若:ruo",
    "z": "扎:zha 再:zai 孜:zi 祖:zu 佐:zuo",
    "zh": "扎:zha 哲:zhe 吉:ji 朱:zhu 卓:zhuo",
    "s": "萨:sa 赛:sai 斯:si 苏:su 索:suo",
    "sh": "夏:xia 谢:xie 希:xi 舒:shu 硕:shuo",
    "gh": "尕:ga 盖:gai 吉:ji 古:gu 果:guo",
    "f": "法:fa 费:fei 菲:fei 夫:fu 佛:fo",
    "q": "卡:ka 开:kai 克:ke 库:ku 阔:kuo",
    "k": "卡:ka 克:ke 克:ke 库:ku 阔:kuo",
    "g": "尕:ga 格:ge 吉:ji 古:gu 果:guo",
    "l": "拉:la 莱:lai 丽:li 鲁:lu 洛:luo",
    "m": "玛:ma 买:mai 米:mi 木:mu 莫:mo",
    "n": "纳:na 乃:nai 尼:ni 努:nu 诺:nuo",
    "h": "哈:ha 合:he 希:xi 胡:hu 霍:huo",
    "w": "瓦:wa 外:wai 维:wei 乌:wu 沃:wo",
    "y": "亚:ya 叶:ye 依:yi 尤:you 约:yue",
    "ng": "恩:en 恩:en 恩:en 恩:en 恩:en",
}
_ZH_CV = {k: [tuple(x.split(":")) for x in v.split()] for k, v in _ZH_CV.items()}
_VCLASS = {"a": 0, "e": 1, "é": 2, "i": 2, "u": 3, "ü": 3, "o": 4, "ö": 4}
_ZH_FINAL = {
    "b": ("布", "bu"), "p": ("普", "pu"), "t": ("提", "ti"), "j": ("吉", "ji"),
    "ch": ("其", "qi"), "x": ("合", "he"), "d": ("德", "de"), "r": ("尔", "er"),
    "z": ("孜", "zi"), "zh": ("日", "ri"), "s": ("斯", "si"), "sh": ("什", "shi"),
    "gh": ("格", "ge"), "f": ("夫", "fu"), "q": ("克", "ke"), "k": ("克", "ke"),
    "g": ("格", "ge"), "ng": ("恩", "en"), "l": ("力", "li"), "m": ("木", "mu"),
    "n": ("恩", "en"), "h": ("合", "he"), "w": ("吾", "wu"), "y": ("依", "yi"),
}
# consonant+vowel+n syllables
_ZH_CVN = {
    ("", 0): ("安", "an"), ("", 1): ("恩", "en"), ("", 2): ("因", "yin"), ("", 3): ("温", "wen"),
    ("b", 0): ("班", "ban"), ("t", 0): ("坦", "tan"), ("j", 0): ("江", "jiang"),
    ("x", 0): ("汗", "han"), ("h", 0): ("汗", "han"), ("d", 0): ("丹", "dan"),
    ("r", 0): ("然", "ran"), ("s", 0): ("桑", "sang"), ("sh", 0): ("山", "shan"),
    ("q", 0): ("坎", "kan"), ("k", 0): ("坎", "kan"), ("l", 0): ("兰", "lan"),
    ("m", 0): ("曼", "man"), ("n", 0): ("南", "nan"), ("w", 0): ("万", "wan"),
    ("y", 0): ("燕", "yan"), ("s", 3): ("逊", "xun"), ("d", 3): ("敦", "dun"),
    ("t", 3): ("吞", "tun"), ("m", 1): ("门", "men"), ("r", 1): ("仁", "ren"),
    ("s", 1): ("森", "sen"), ("k", 1): ("肯", "ken"), ("b", 1): ("本", "ben"),
    ("l", 2): ("林", "lin"), ("m", 2): ("敏", "min"), ("j", 2): ("金", "jin"),
    ("y", 2): ("音", "yin"), ("x", 3): ("浑", "hun"), ("q", 3): ("昆", "kun"),
    ("k", 3): ("昆", "kun"), ("g", 3): ("衮", "gun"), ("gh", 3): ("衮", "gun"),
}
# Some established renderings of frequent names (override the syllable rendering)
ZH_OVERRIDE = {
    "muhemmed": ("穆罕默德", "muhanmode"), "memet": ("买买提", "maimaiti"),
    "ehmet": ("艾合买提", "aihemaiti"), "tursun": ("吐尔逊", "tuerxun"),
    "abdurehim": ("阿不都热依木", "abudureyimu"), "abdukérim": ("阿不都克力木", "abudukelimu"),
    "abdulla": ("阿不都拉", "abudula"), "qurban": ("库尔班", "kuerban"),
    "ilham": ("伊力哈木", "yilihamu"), "eli": ("艾力", "aili"), "hesen": ("艾山", "aishan"),
    "ömer": ("吾买尔", "wumaier"), "osman": ("奥斯曼", "aosiman"), "yasin": ("亚森", "yasen"),
    "ibrahim": ("伊布拉音", "yibulayin"), "ismayil": ("司马义", "simayi"),
    "aygül": ("阿依古丽", "ayiguli"), "gülnisa": ("古丽尼沙", "gulinisha"),
    "patigül": ("帕提古丽", "patiguli"), "ayshem": ("阿依仙木", "ayixianmu"),
    "meryem": ("麦尔耶姆", "maiergeyemu"), "mehriban": ("米热班", "mireban"),
    "rozi": ("肉孜", "rouzi"), "niyaz": ("尼亚孜", "niyazi"), "erkin": ("艾尔肯", "aierken"),
    "adil": ("阿迪力", "adili"), "alim": ("阿力木", "alimu"), "qasim": ("喀斯木", "kasimu"),
    "nurlan": ("努尔兰", "nuerlan"), "serik": ("赛力克", "sailike"), "bolat": ("波拉提", "bolati"),
    "erlan": ("叶尔兰", "yeerlan"), "aygerim": ("阿依格尔木", "ayigeermu"),
    "gülnar": ("古丽娜尔", "gulinaer"), "dinara": ("迪娜拉", "dinala"),
}


def to_chinese(s):
    """Return (characters, pinyin) for one word (no spaces)."""
    key = s.lower().replace("'", "")
    if key in ZH_OVERRIDE:
        return ZH_OVERRIDE[key]
    toks = tokens(key)
    chars, py = [], []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t in VOWELS:
            cons, v = "", t
            i += 1
        elif i + 1 < n and toks[i + 1] in VOWELS:
            cons, v = t, toks[i + 1]
            i += 2
        else:
            c, p = _ZH_FINAL.get(t, ("", ""))
            if c:
                chars.append(c)
                py.append(p)
            i += 1
            continue
        vc = _VCLASS[v]
        # CVn syllable when n closes the syllable
        if i < n and toks[i] == "n" and (i + 1 >= n or toks[i + 1] not in VOWELS) \
                and (cons, vc) in _ZH_CVN:
            c, p = _ZH_CVN[(cons, vc)]
            i += 1
        else:
            table = _ZH_CV.get(cons, _ZH_CV[""])
            c, p = table[vc]
        chars.append(c)
        py.append(p)
    return "".join(chars), "".join(py)


def to_chinese_phrase(s):
    parts = [to_chinese(w) for w in s.replace("-", " ").split(" ") if w]
    return "".join(p[0] for p in parts), " ".join(p[1] for p in parts)


def render(s, script, habit=0):
    """Render a canonical ULY string (a personal or place name) in a requester's script."""
    if script == "uly":
        return to_uly(s, plain=bool(habit & 1))
    if script == "eng":
        return to_english(s, habit)
    if script == "tur":
        return to_turkish(s)
    if script == "fr":
        return to_french(s)
    if script == "ru":
        return to_cyrillic(s, kazakh=False)
    if script == "kz":
        return to_cyrillic(s, kazakh=True)
    if script == "ar":
        return to_arabic(s)
    if script == "zh":
        return "·".join(to_chinese(w)[0] for w in s.split(" "))
    if script == "py":
        return " ".join(titled(to_chinese(w)[1]) for w in s.split(" "))
    raise ValueError(script)
