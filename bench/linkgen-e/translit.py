"""Renderers from the generator's canonical Latin (ULY-like) into the scripts real lists use.

Written by the author of generator E from general knowledge of the writing systems.  The
renderers are deliberately imperfect in the ways human transcribers are imperfect.
"""
import unicodedata

VOWELS = set("aäeéiıoöuü")
DIGRAPHS = ("ch", "sh", "gh", "ng", "zh")


def phonemes(word):
    w = word.lower()
    out = []
    i = 0
    while i < len(w):
        two = w[i:i + 2]
        if two in DIGRAPHS:
            # "ng" followed by a vowel is usually n+g across a syllable boundary only in loans; keep digraph
            out.append(two)
            i += 2
        else:
            out.append(w[i])
            i += 1
    return out


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- Uyghur Arabic script
UEY = {"a": "ا", "ä": "ە", "e": "ە", "é": "ې", "i": "ى", "ı": "ى", "o": "و", "u": "ۇ", "ö": "ۆ",
       "ü": "ۈ", "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر",
       "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
       "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "v": "ۋ", "y": "ي",
       "c": "س", "'": ""}


def to_uey(word):
    out = []
    prev_vowel = True
    for p in phonemes(word):
        if p in VOWELS:
            if prev_vowel:
                out.append("ئ")
            prev_vowel = True
        else:
            prev_vowel = False
        out.append(UEY.get(p, p))
    return "".join(out)


# ---------------------------------------------------------------- Russian
RU = {"a": "а", "ä": "а", "e": "е", "é": "е", "i": "и", "ı": "ы", "o": "о", "ö": "ё", "u": "у",
      "ü": "ю", "b": "б", "p": "п", "t": "т", "j": "дж", "ch": "ч", "x": "х", "d": "д", "r": "р",
      "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "г", "f": "ф", "q": "к", "k": "к", "g": "г",
      "ng": "н", "l": "л", "m": "м", "n": "н", "h": "х", "w": "в", "v": "в", "y": "й", "'": ""}
RU_Y = {"a": "я", "u": "ю", "ü": "ю", "e": "е", "o": "ё"}


def to_ru(word, kazakh=False):
    ph = phonemes(word)
    out = []
    i = 0
    while i < len(ph):
        p = ph[i]
        nxt = ph[i + 1] if i + 1 < len(ph) else ""
        if p == "y" and nxt in RU_Y:
            out.append(RU_Y[nxt])
            i += 2
            continue
        if p == "e" and (i == 0 or ph[i - 1] in VOWELS):
            out.append("э")
        elif p in ("ö", "ü") and (i == 0 or ph[i - 1] in VOWELS):
            out.append("о" if p == "ö" else "у")
        elif p == "ng" and nxt in VOWELS:
            out.append("нг")
        elif p == "j" and kazakh:
            out.append("ж")
        else:
            out.append(RU.get(p, p))
        i += 1
    return cap("".join(out))


# ---------------------------------------------------------------- Kazakh Cyrillic
KZ = {"a": "а", "ä": "ә", "e": "е", "é": "е", "i": "і", "ı": "ы", "o": "о", "ö": "ө", "u": "ұ",
      "ü": "ү", "b": "б", "p": "п", "t": "т", "j": "ж", "ch": "ш", "x": "х", "d": "д", "r": "р",
      "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "ғ", "f": "ф", "q": "қ", "k": "к", "g": "г",
      "ng": "ң", "l": "л", "m": "м", "n": "н", "h": "һ", "w": "у", "v": "в", "y": "й", "'": ""}
KZ_Y = {"a": "я", "u": "ю"}


def to_kz(word, uyghur=False):
    ph = phonemes(word)
    out = []
    i = 0
    while i < len(ph):
        p = ph[i]
        nxt = ph[i + 1] if i + 1 < len(ph) else ""
        if p == "y" and nxt in KZ_Y and i == 0:
            out.append(KZ_Y[nxt])
            i += 2
            continue
        if p == "u" and i > 0 and ph[i - 1] in VOWELS:
            out.append("у")
        elif uyghur and p == "i":
            out.append("и")
        elif uyghur and p == "u":
            out.append("у")
        elif p == "x" and not uyghur:
            out.append("х")
        else:
            out.append(KZ.get(p, p))
        i += 1
    return cap("".join(out))


# ---------------------------------------------------------------- Turkish Latin
TR = {"ä": "e", "é": "e", "j": "c", "ch": "ç", "x": "h", "zh": "j", "sh": "ş", "gh": "ğ",
      "q": "k", "w": "v", "'": ""}
TR_NAMES = {"memet": "Mehmet", "muhemmet": "Muhammed", "ehmet": "Ahmet", "hesen": "Hasan",
            "hüsen": "Hüseyin", "yüsüp": "Yusuf", "eli": "Ali", "abdurehim": "Abdurrahim",
            "abduraxman": "Abdurrahman", "ibrahim": "İbrahim", "ismayil": "İsmail",
            "mehmud": "Mahmut", "mamut": "Mahmut", "xediche": "Hatice", "patime": "Fatma",
            "meryem": "Meryem", "zeyneb": "Zeynep", "ayshe": "Ayşe", "qasim": "Kasım",
            "abdukérim": "Abdulkerim", "abduqadir": "Abdulkadir", "rahman": "Rahman",
            "yaqup": "Yakup", "sidiq": "Sıddık", "sadiq": "Sadık", "ömer": "Ömer", "osman": "Osman"}


def to_tr(word, adapt=False):
    if adapt and word.lower() in TR_NAMES:
        return TR_NAMES[word.lower()]
    out = "".join(TR.get(p, p) for p in phonemes(word))
    if out.startswith("i"):
        return "İ" + out[1:]
    return cap(out)


# ---------------------------------------------------------------- Latin variants
def strip_marks(s):
    s = s.replace("ı", "y")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def to_anglo(word, k_for_q=True, kh_for_x=True):
    out = []
    for p in phonemes(word):
        if p == "q":
            out.append("k" if k_for_q else "q")
        elif p == "x":
            out.append("kh" if kh_for_x else "h")
        elif p == "w":
            out.append("w")
        else:
            out.append(p)
    return cap(strip_marks("".join(out)))


NEWSCRIPT = {"ch": "q", "sh": "x", "x": "h", "q": "k", "gh": "g", "j": "j", "é": "e", "zh": "j"}


def to_newscript(word):
    return cap(strip_marks("".join(NEWSCRIPT.get(p, p) for p in phonemes(word))))


# ---------------------------------------------------------------- Hanzi transcription
# pinyin syllable -> transcription characters (first is most usual; later ones are variants)
PY_CHARS = {
    "a": "阿", "ai": "艾爱", "an": "安", "ang": "昂", "ao": "奥", "ba": "巴", "bai": "拜白", "ban": "班",
    "bi": "比", "bu": "布不卜", "bo": "博", "da": "达", "dai": "代", "dan": "丹", "de": "德", "di": "迪地",
    "du": "都杜", "duo": "多", "e": "额", "en": "恩", "er": "尔", "fa": "法", "fu": "甫夫", "fei": "菲",
    "ga": "尕", "gai": "盖", "ge": "格", "gu": "古", "gui": "贵", "ha": "哈", "hai": "海", "han": "汗罕",
    "he": "合赫", "hu": "胡", "ji": "吉", "jia": "加佳", "jiang": "江", "jie": "杰", "ka": "卡",
    "kai": "凯", "ke": "克柯", "ku": "库", "kun": "坤", "la": "拉", "lai": "来", "le": "勒", "li": "力里",
    "lu": "鲁", "luo": "洛", "ma": "马玛", "mai": "买麦", "man": "曼", "mu": "木穆", "mi": "米",
    "min": "敏明", "mo": "莫", "na": "纳", "nai": "乃", "ni": "尼", "nu": "努", "pa": "帕", "pi": "皮",
    "qi": "其奇", "qia": "恰", "re": "热", "ri": "日", "ru": "如肉", "sa": "萨", "sai": "赛",
    "san": "三", "se": "色", "si": "斯司", "su": "苏素", "sha": "沙", "shi": "什", "ta": "塔", "tai": "台",
    "ti": "提", "tu": "吐图", "tuo": "托", "wa": "瓦", "wai": "外", "wu": "乌吾", "xi": "西希",
    "xia": "夏", "xun": "逊", "ya": "亚", "yi": "依伊", "yu": "玉", "yun": "云", "za": "扎",
    "zi": "孜", "zu": "祖", "zuo": "佐", "ye": "叶", "yan": "燕", "ying": "英", "ken": "肯", "ban": "班",
    "sen": "森", "shan": "山", "han": "汗", "tan": "坦", "gan": "甘", "nan": "南", "lan": "兰",
    "jiang": "江", "jun": "君", "xiu": "秀", "tong": "同", "mei": "美", "bie": "别", "ting": "亭",
    "ze": "则", "lang": "朗", "qian": "千", "nuo": "诺", "pan": "潘", "ran": "然", "shu": "舒", "she": "舍", "shao": "肖", "xu": "许", "lu": "鲁",
}
FEMALE_CHARS = {"li": "丽", "na": "娜", "sha": "莎", "mei": "美", "xia": "夏", "ya": "雅", "lan": "兰"}

# conventional Hanzi forms of frequent names: ULY -> list of (hanzi, pinyin) variants
HZ_OVERRIDE = {
    "memet": [("买买提", "mai mai ti"), ("麦麦提", "mai mai ti"), ("买提", "mai ti")],
    "muhemmet": [("穆罕麦提", "mu han mai ti"), ("买买提", "mai mai ti"), ("穆合买提", "mu he mai ti")],
    "abdulla": [("阿不都拉", "a bu du la"), ("阿布都拉", "a bu du la"), ("阿卜杜拉", "a bu du la")],
    "ehmet": [("艾合买提", "ai he mai ti"), ("艾买提", "ai mai ti"), ("艾合麦提", "ai he mai ti")],
    "tursun": [("吐尔逊", "tu er xun"), ("图尔荪", "tu er sun")],
    "hesen": [("艾山", "ai shan"), ("哈山", "ha shan")],
    "hüsen": [("玉山", "yu shan"), ("胡赛因", "hu sai yin")],
    "ilham": [("伊力哈木", "yi li ha mu")],
    "tohti": [("托合提", "tuo he ti"), ("土赫提", "tu he ti")],
    "yüsüp": [("玉素甫", "yu su fu"), ("玉苏甫", "yu su fu")],
    "ibrahim": [("依不拉音", "yi bu la yin"), ("伊布拉伊木", "yi bu la yi mu")],
    "qurban": [("库尔班", "ku er ban")],
    "ablimit": [("阿不力米提", "a bu li mi ti"), ("阿布力米提", "a bu li mi ti")],
    "abliz": [("阿不力孜", "a bu li zi"), ("阿布力孜", "a bu li zi")],
    "yasin": [("亚森", "ya sen"), ("亚生", "ya sheng")],
    "rozi": [("肉孜", "rou zi"), ("如孜", "ru zi")],
    "tahir": [("塔依尔", "ta yi er"), ("塔伊尔", "ta yi er")],
    "osman": [("奥斯曼", "ao si man")],
    "ömer": [("吾买尔", "wu mai er"), ("吾麦尔", "wu mai er")],
    "imin": [("依明", "yi ming"), ("伊明", "yi ming")],
    "eli": [("艾力", "ai li")],
    "alim": [("阿力木", "a li mu"), ("阿里木", "a li mu")],
    "erkin": [("艾尔肯", "ai er ken")],
    "enwer": [("安外尔", "an wai er"), ("艾尼瓦尔", "ai ni wa er")],
    "ismayil": [("依斯马依力", "yi si ma yi li"), ("伊斯马伊力", "yi si ma yi li")],
    "aygül": [("阿依古丽", "a yi gu li"), ("阿依古力", "a yi gu li")],
    "gülnar": [("古丽娜尔", "gu li na er"), ("古丽那尔", "gu li na er")],
    "patigül": [("帕提古丽", "pa ti gu li")],
    "rahile": [("热依拉", "re yi la"), ("拉黑莱", "la hei lai")],
    "ayshem": [("阿依先木", "a yi xian mu"), ("阿依夏木", "a yi xia mu")],
    "patime": [("帕提曼", "pa ti man"), ("帕提玛", "pa ti ma")],
    "meryem": [("麦尔耶姆", "mai er ye mu"), ("玛丽亚木", "ma li ya mu")],
    "zöhre": [("祖合热", "zu he re"), ("佐合热", "zuo he re")],
    "nurlan": [("努尔兰", "nu er lan")],
    "serik": [("赛力克", "sai li ke")],
    "qayrat": [("海拉提", "hai la ti"), ("凯拉特", "kai la te")],
    "bolat": [("波拉提", "bo la ti"), ("博拉提", "bo la ti")],
    "erlan": [("叶尔兰", "ye er lan")],
    "murat": [("木拉提", "mu la ti")],
    "marat": [("马拉提", "ma la ti")],
    "asqar": [("阿斯哈尔", "a si ha er")],
}

ONSET_PY = {"b": "b", "p": "p", "t": "t", "d": "d", "k": "k", "q": "k", "g": "g", "gh": "g",
            "x": "h", "h": "h", "j": "j", "ch": "q", "zh": "r", "s": "s", "sh": "sh", "z": "z",
            "r": "r", "l": "l", "m": "m", "n": "n", "f": "f", "w": "w", "y": "y", "v": "w", "ng": "n"}
CODA_PY = {"k": "ke", "q": "ke", "g": "ge", "gh": "ge", "t": "ti", "d": "de", "s": "si",
           "sh": "shi", "z": "zi", "m": "mu", "b": "bu", "p": "pu", "j": "ji", "ch": "qi",
           "x": "he", "h": "he", "f": "fu", "w": "wu", "y": "yi", "zh": "ri", "r": "er", "l": "li",
           "v": "fu", "n": "en", "ng": "en"}


def _vowel_py(onset, v):
    o = ONSET_PY.get(onset, "") if onset else ""
    if v in ("a", "ä"):
        cands = [o + "a", o + "e"] if o else ["a"]
        if o == "y":
            cands = ["ya"]
        if o in ("j", "q", "x"):
            cands = [o + "ia"]
    elif v == "e":
        if not o:
            cands = ["ai"]
        elif o in ("k", "g", "r", "d", "z", "y", "s") and o != "s":
            cands = [o + "e", o + "ai"]
        else:
            cands = [o + "ai", o + "e", o + "a"]
    elif v in ("é", "i", "ı"):
        cands = ["yi"] if not o or o == "y" else [o + "i", o + "e", o + "ai"]
    elif v in ("o", "ö"):
        cands = ["wu"] if not o else [o + "u", o + "uo", o + "o"]
    else:  # u ü
        if not o:
            cands = ["wu"] if v == "u" else ["yu"]
        elif o == "y":
            cands = ["yu"]
        else:
            cands = [o + "u", o + "e"]
    if o == "r" and v in ("i", "é"):
        cands = ["li"]
    for c in cands:
        if c in PY_CHARS:
            return c
    return cands[0] if cands[0] in PY_CHARS else (o + "e" if o + "e" in PY_CHARS else "a")


def to_pinyin_syllables(word):
    ph = phonemes(word)
    n = len(ph)
    syl = []
    i = 0
    while i < n:
        p = ph[i]
        if p in VOWELS:
            syl.append(_vowel_py(None, p))
            i += 1
            continue
        nxt = ph[i + 1] if i + 1 < n else None
        if nxt is not None and nxt in VOWELS:
            syl.append(_vowel_py(p, nxt))
            i += 2
            continue
        # consonant not followed by a vowel: coda
        if p in ("n", "ng") and syl and syl[-1] + "n" in PY_CHARS:
            syl[-1] = syl[-1] + "n"
        elif p in ("n", "ng") and syl and syl[-1] + "ng" in PY_CHARS and p == "ng":
            syl[-1] = syl[-1] + "ng"
        elif p == "t" and (i + 1 == n):
            syl.append("ti")
        else:
            syl.append(CODA_PY.get(p, "e"))
        i += 1
    return syl


def to_hanzi(word, variant, female=False):
    """variant: small int chosen by the source; picks among usual characters."""
    key = word.lower()
    if key in HZ_OVERRIDE:
        forms = HZ_OVERRIDE[key]
        hz, py = forms[variant % len(forms)] if variant % 3 == 2 else forms[0]
        return hz, py.split()
    syl = to_pinyin_syllables(word)
    chars = []
    for k, s in enumerate(syl):
        if female and s in FEMALE_CHARS and k >= len(syl) - 2:
            chars.append(FEMALE_CHARS[s])
            continue
        opts = PY_CHARS.get(s, "阿")
        chars.append(opts[variant % len(opts)] if variant % 3 == 2 else opts[0])
    return "".join(chars), syl


def pinyin_word(syls):
    return cap("".join(syls))
