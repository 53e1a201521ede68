"""Scripts, transliterations and the small hand-written inventories of linkgen-d.

Everything here was written from general knowledge for this generator; nothing is copied
from another generator or from the project under test.

Internal phonemic notation (ULY-like), used for every Turkic name and place:
  a, e (= ә), ë (= е, closed e), i (= і/и), ı (= ы), o, ö, u, ü,
  b p t d k q g gh x(kh) h j ch zh sh s z f l m n ng r w y, and ' as a syllable break.
"""
from functools import lru_cache

VOWELS = set("aeëiıoöuü")
DIGRAPHS = ("gh", "ng", "zh", "sh", "ch")


@lru_cache(maxsize=None)
def tok(s):
    s = s.lower()
    out = []
    i = 0
    while i < len(s):
        two = s[i:i + 2]
        if two in DIGRAPHS:
            out.append(two)
            i += 2
        elif s[i] == "'":
            i += 1
        else:
            out.append(s[i])
            i += 1
    return tuple(out)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- Latin outputs
ULY = {"ı": "i"}
ULY_PLAIN = {"ı": "i", "ë": "e", "ö": "o", "ü": "u"}
TURKISH = {"ë": "e", "q": "k", "gh": "ğ", "x": "h", "j": "c", "ch": "ç", "zh": "j",
           "sh": "ş", "w": "v"}


def latin(s, table):
    t = tok(s)
    out = []
    for k, p in enumerate(t):
        r = table.get(p, p)
        if p == "gh" and k == 0 and table is TURKISH:
            r = "g"
        out.append(r)
    return "".join(out)


def english(s, habit, rng=None, wobble=0.0):
    """habit: dict phoneme -> spelling. wobble: chance per phoneme of a different habit."""
    t = tok(s)
    out = []
    for p in t:
        opts = EN_OPTIONS.get(p)
        if opts is None:
            out.append(p)
            continue
        if rng is not None and wobble and rng.random() < wobble:
            out.append(rng.choice(opts))
        else:
            out.append(habit.get(p, opts[0]))
    return "".join(out)


EN_OPTIONS = {
    "q": ("q", "k"), "x": ("kh", "x", "h"), "gh": ("gh", "g"), "e": ("e", "a"),
    "ë": ("e", "é", "i"), "ö": ("o", "u", "ö"), "ü": ("u", "ü", "yu"), "ı": ("y", "i"),
    "zh": ("zh", "j"), "w": ("w", "v"), "h": ("h", "kh"), "j": ("j", "dj"), "ch": ("ch",),
}


def random_en_habit(rng):
    return {p: rng.choice(o) if len(o) > 1 and rng.random() < 0.5 else o[0]
            for p, o in EN_OPTIONS.items()}


# ---------------------------------------------------------------- Arabic script
AR_CONS = {"b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر",
           "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
           "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي"}
AR_VOW = {"a": "ا", "e": "ە", "ë": "ې", "i": "ى", "ı": "ى", "o": "و", "u": "ۇ", "ö": "ۆ",
          "ü": "ۈ"}


def arabic(s):
    t = tok(s)
    out = []
    prev_v = True
    for p in t:
        if p in AR_VOW:
            if prev_v:
                out.append("ئ")
            out.append(AR_VOW[p])
            prev_v = True
        elif p in AR_CONS:
            out.append(AR_CONS[p])
            prev_v = False
        else:
            out.append(p)
            prev_v = True
    return "".join(out)


# ---------------------------------------------------------------- Cyrillic
RU = {"a": "а", "e": "е", "ë": "е", "i": "и", "ı": "ы", "o": "о", "u": "у", "ö": "о", "ü": "у",
      "b": "б", "p": "п", "t": "т", "d": "д", "k": "к", "q": "к", "g": "г", "gh": "г", "x": "х",
      "h": "х", "j": "дж", "ch": "ч", "zh": "ж", "sh": "ш", "s": "с", "z": "з", "f": "ф",
      "l": "л", "m": "м", "n": "н", "ng": "нг", "r": "р", "w": "в", "y": "й"}
KZ = dict(RU, e="ә", i="і", u="ұ", ö="ө", ü="ү", q="қ", gh="ғ", ng="ң", h="һ", j="ж", w="у")
UGC = dict(RU, e="ә", ö="ө", ü="ү", q="қ", gh="ғ", ng="ң", h="һ", j="җ")
KG = dict(RU, e="э", ö="ө", ü="ү", ng="ң", j="ж")
IOTA = {"a": "я", "u": "ю", "e": "е", "ë": "е", "o": "ё"}


def cyr(s, table):
    t = tok(s)
    out = []
    k = 0
    while k < len(t):
        p = t[k]
        if p == "y" and k + 1 < len(t) and t[k + 1] in IOTA and table is not KZ:
            if k and t[k - 1] not in VOWELS:
                out.append("ь")
            out.append(IOTA[t[k + 1]])
            k += 2
            continue
        r = table.get(p, p)
        if k == 0 and p in ("e", "ë") and table in (RU, KG):
            r = "э"
        out.append(r)
        k += 1
    return "".join(out)


# ---------------------------------------------------------------- Chinese transcription
# pinyin syllable -> candidate characters (first is the usual one in name transcription)
HZ = {
    "a": "阿", "ai": "艾爱", "an": "安", "ao": "奥", "ba": "巴", "bai": "拜白", "ban": "班",
    "bi": "比毕", "bu": "布不", "bo": "波", "pa": "帕", "pai": "排派", "pi": "皮", "pu": "普",
    "ta": "塔", "tai": "太", "tan": "坦", "ti": "提题", "tu": "吐图", "tuo": "托", "da": "达",
    "dai": "代", "di": "迪地", "du": "都杜", "duo": "多", "ka": "卡", "kai": "凯", "kan": "坎",
    "ke": "克柯", "ken": "肯", "ku": "库", "kun": "坤昆", "ha": "哈", "hai": "海", "han": "汗罕",
    "he": "合赫", "hu": "胡", "xi": "西希", "ga": "尕", "gai": "盖", "gu": "古", "ji": "吉",
    "jia": "加佳", "jie": "杰", "jiang": "江", "ju": "居", "jun": "军", "zhuo": "卓",
    "qia": "恰", "qi": "其奇", "qiu": "丘", "qie": "切", "sha": "沙莎", "xia": "夏", "shan": "山",
    "shu": "舒", "sa": "萨", "sai": "赛", "si": "斯司", "su": "苏素", "xun": "逊孙", "za": "扎",
    "zai": "再", "zi": "孜兹", "zu": "祖", "la": "拉", "lai": "来", "lan": "兰", "li": "力丽里",
    "lin": "林", "lu": "鲁", "lun": "伦", "luo": "洛", "re": "热", "ri": "日", "ru": "如",
    "ma": "玛马", "mai": "买麦", "man": "曼", "mi": "米", "min": "敏", "mu": "木穆", "mo": "莫",
    "na": "纳娜", "nai": "乃", "ni": "尼妮", "nu": "努", "nan": "南", "xin": "新", "jin": "金",
    "wen": "温", "yun": "云", "meng": "孟", "nong": "农", "qun": "群", "gun": "衮", "ban": "班",
    "tun": "吞", "fu": "甫夫", "fa": "帕",
    "wa": "瓦", "wai": "外", "wan": "万", "wu": "吾乌", "ya": "亚牙", "ye": "叶耶", "yi": "依伊",
    "yu": "玉尤", "yue": "约", "yan": "燕艳", "er": "尔", "de": "德", "ge": "格", "shi": "什",
    "en": "恩", "hong": "洪", "dun": "顿", "yin": "因音", "ren": "仁", "ding": "丁",
    "bie": "别",
}
PY_OF = {}
for _py, _chars in HZ.items():
    for _c in _chars:
        PY_OF.setdefault(_c, _py.strip())

ONSET = {"b": "b", "p": "p", "t": "t", "d": "d", "k": "k", "q": "k", "g": "g", "gh": "h",
         "x": "h", "h": "h", "j": "j", "ch": "q", "zh": "j", "sh": "sh", "s": "s", "z": "z",
         "l": "l", "r": "r", "m": "m", "n": "n", "f": "f", "w": "w", "y": "y", "ng": "n"}
VCLASS = {"a": "a", "e": "ai", "ë": "ai", "i": "i", "ı": "i", "o": "o", "u": "u", "ö": "u",
          "ü": "u"}
CODA = {"r": "er", "l": "li", "m": "mu", "t": "ti", "d": "de", "k": "ke", "q": "ke",
        "g": "ge", "gh": "he", "x": "he", "h": "he", "p": "fu", "b": "bu", "f": "fu",
        "s": "si", "sh": "shi", "z": "zi", "j": "ji", "ch": "qi", "zh": "ri", "n": "en",
        "ng": "en", "y": "yi", "w": "wu"}
FIX = {  # onset+vowel pinyin that Chinese writes differently
    "ki": "ke", "gi": "ji", "hi": "xi", "si": "si", "shi": "xi", "ri": "re", "ra": "re",
    "shai": "xia", "jai": "jie", "jo": "zhuo", "ja": "jia", "ju": "ju", "ji": "ji", "qa": "qia",
    "qai": "qie", "qu": "qiu", "qi": "qi", "qo": "qiu", "to": "tuo", "do": "duo", "lo": "luo",
    "ko": "ke", "ho": "he", "go": "gu", "bo": "bo", "po": "pu", "so": "su", "zo": "zu",
    "mo": "mo", "no": "nu", "wi": "wei", "wo": "wo", "wu": "wu", "yai": "ye", "yo": "yue",
    "yi": "yi", "yu": "yu", "ya": "ya", "fi": "fei", "fo": "fu", "fai": "fai", "pai": "pai",
    "zhi": "ri", "zha": "ra", "zhu": "ru", "zhai": "re", "zho": "ruo", "o": "ao", "i": "yi",
    "u": "wu", "e": "ai", "fa": "pa", "dai": "dai", "tai": "tai", "gai": "gai", "kai": "kai",
    "hai": "hai", "lai": "lai", "rai": "rai", "nai": "nai", "mai": "mai", "bai": "bai",
    "sai": "sai", "zai": "zai", "wai": "wai", "hu": "hu", "ku": "ku", "gu": "gu", "ka": "ka",
    "ga": "ga", "ha": "ha", "ti": "ti", "di": "di", "li": "li", "mi": "mi", "ni": "ni",
    "pi": "pi", "bi": "bi", "ru": "ru", "su": "su", "zi": "zi", "zu": "zu", "za": "za",
    "sa": "sa", "sha": "sha", "shu": "shu", "chi": "qi", "cha": "qia", "chu": "qiu",
    "chai": "qie", "rii": "re",
}
NFIX = {"sun": "xun", "san": "shan", "sen": "shan", "hen": "han", "jan": "jiang",
        "jian": "jiang", "jain": "jiang", "ran": "ren", "rin": "ren", "in": "yin", "un": "wen",
        "hun": "hong", "mun": "meng", "nun": "nong", "sin": "xin", "shin": "xin", "zin": "jin",
        "jin": "jin", "ken": "ken", "kin": "ken", "hin": "xin", "shan": "shan", "xian": "xian",
        "yain": "yan", "rain": "ren", "jun": "jun", "dun": "dun", "tun": "dun"}
WITH_N = {"a": "an", "ai": "an", "e": "en", "i": "in", "u": "un", "o": "ong"}


def _cv_py(onset, vowel):
    o = ONSET.get(onset, "") if onset else ""
    v = VCLASS[vowel]
    if o == "q":  # from ch
        o = "ch"
    key = o + v
    py = FIX.get(key, key)
    return py


@lru_cache(maxsize=None)
def hanzi_syllables(s):
    """Return a tuple of pinyin syllables for the Chinese transcription of one name."""
    t = tok(s)
    sylls = []
    k = 0
    n = len(t)
    while k < n:
        onset = None
        if t[k] not in VOWELS:
            if k + 1 < n and t[k + 1] in VOWELS:
                onset = t[k]
                k += 1
            else:  # lone consonant: coda-like
                sylls.append(CODA.get(t[k], "er"))
                k += 1
                continue
        vowel = t[k]
        k += 1
        py = _cv_py(onset, vowel)
        # n coda merges when followed by consonant or end
        if k < n and t[k] == "n" and (k + 1 == n or t[k + 1] not in VOWELS):
            cand = WITH_N.get(py[-1:], None)
            merged = (py[:-1] + cand) if cand and py[-1:] in WITH_N else py + "n"
            if py.endswith("ai"):
                merged = py[:-2] + "an"
            merged = NFIX.get(merged, merged)
            if merged in HZ:
                py = merged
                k += 1
        sylls.append(py)
    return tuple(sylls)


def py_to_hz(py, rng=None):
    if py == "jian":
        py = "jiang"
    chars = HZ.get(py)
    if chars is None:
        # decompose: try syllable without final letter, then give up to vowel char
        for cut in range(len(py) - 1, 0, -1):
            if py[:cut] in HZ:
                chars = HZ[py[:cut]]
                break
        else:
            chars = "尔"
    if len(chars) > 1 and rng is not None and rng.random() < 0.12:
        return rng.choice(chars[1:])
    if py == "nuer":
        return chars
    return chars[0]


def hanzi(s, rng=None):
    return "".join(py_to_hz(p, rng) for p in hanzi_syllables(s))


def pinyin_of_hanzi(h):
    return "".join(PY_OF.get(c, "") for c in h)


# ---------------------------------------------------------------- keyboard typos
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"]
NEIGH = {}
for _r in ROWS:
    for _i, _c in enumerate(_r):
        NEIGH[_c] = (_r[_i - 1] if _i else "") + (_r[_i + 1] if _i + 1 < len(_r) else "")


def typo(s, rng):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    c = s[i]
    r = rng.random()
    if r < 0.3:  # deletion
        return s[:i] + s[i + 1:]
    if r < 0.5:  # doubling
        return s[:i] + c + s[i:]
    if r < 0.7 and s[i + 1] != " " and c != " ":  # transposition
        return s[:i] + s[i + 1] + c + s[i + 2:]
    nb = NEIGH.get(c.lower())
    if nb:
        return s[:i] + rng.choice(nb) + s[i + 1:]
    return s[:i] + s[i + 1:]
