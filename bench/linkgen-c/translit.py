"""Spelling machinery for linkgen-c: ULY (Uyghur Latin) and Kazakh/Kyrgyz Cyrillic into the
scripts and habits of different sources.  Written by hand for this generator."""
import re

ULY_TOKEN = re.compile(r"ch|gh|ng|sh|zh|[a-zéöü']|.", re.I)
VOWELS = set("aeéiouöü")

ULY2AR = {'a': 'ا', 'e': 'ە', 'é': 'ې', 'i': 'ى', 'o': 'و', 'u': 'ۇ', 'ö': 'ۆ', 'ü': 'ۈ',
          'b': 'ب', 'p': 'پ', 't': 'ت', 'j': 'ج', 'ch': 'چ', 'x': 'خ', 'd': 'د', 'r': 'ر',
          'z': 'ز', 'zh': 'ژ', 's': 'س', 'sh': 'ش', 'gh': 'غ', 'f': 'ف', 'q': 'ق', 'k': 'ك',
          'g': 'گ', 'ng': 'ڭ', 'l': 'ل', 'm': 'م', 'n': 'ن', 'h': 'ھ', 'w': 'ۋ', 'y': 'ي',
          'v': 'ۋ', 'c': 'س', "'": ''}

ULY2UYCYR = {'a': 'а', 'e': 'ә', 'é': 'е', 'i': 'и', 'o': 'о', 'u': 'у', 'ö': 'ө', 'ü': 'ү',
             'b': 'б', 'p': 'п', 't': 'т', 'j': 'җ', 'ch': 'ч', 'x': 'х', 'd': 'д', 'r': 'р',
             'z': 'з', 'zh': 'ж', 's': 'с', 'sh': 'ш', 'gh': 'ғ', 'f': 'ф', 'q': 'қ', 'k': 'к',
             'g': 'г', 'ng': 'ң', 'l': 'л', 'm': 'м', 'n': 'н', 'h': 'һ', 'w': 'в', 'y': 'й',
             'v': 'в', 'c': 'с', "'": ''}

ULY2RU = {'a': 'а', 'e': 'е', 'é': 'е', 'i': 'и', 'o': 'о', 'u': 'у', 'ö': 'о', 'ü': 'у',
          'b': 'б', 'p': 'п', 't': 'т', 'j': 'дж', 'ch': 'ч', 'x': 'х', 'd': 'д', 'r': 'р',
          'z': 'з', 'zh': 'ж', 's': 'с', 'sh': 'ш', 'gh': 'г', 'f': 'ф', 'q': 'к', 'k': 'к',
          'g': 'г', 'ng': 'нг', 'l': 'л', 'm': 'м', 'n': 'н', 'h': 'х', 'w': 'в', 'y': 'й',
          'v': 'в', 'c': 'ц', "'": ''}

ULY2TR = {'a': 'a', 'e': 'e', 'é': 'e', 'i': 'i', 'o': 'o', 'u': 'u', 'ö': 'ö', 'ü': 'ü',
          'ch': 'ç', 'x': 'h', 'gh': 'ğ', 'q': 'k', 'sh': 'ş', 'zh': 'j', 'j': 'c', 'w': 'v',
          'ng': 'ng', "'": ''}

KZ2LAT = {'а': 'a', 'ә': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'gh', 'д': 'd', 'е': 'e',
          'ё': 'yo', 'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'қ': 'q', 'л': 'l',
          'м': 'm', 'н': 'n', 'ң': 'ng', 'о': 'o', 'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's',
          'т': 't', 'у': 'u', 'ұ': 'u', 'ү': 'u', 'ф': 'f', 'х': 'kh', 'һ': 'h', 'ц': 'ts',
          'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'і': 'i', 'ь': '', 'э': 'e',
          'ю': 'yu', 'я': 'ya'}
KZ2RU = {'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х',
         'і': 'и'}
KZ2ULY = {'а': 'a', 'ә': 'e', 'б': 'b', 'в': 'w', 'г': 'g', 'ғ': 'gh', 'д': 'd', 'е': 'e',
          'ё': 'yo', 'ж': 'j', 'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'қ': 'q', 'л': 'l',
          'м': 'm', 'н': 'n', 'ң': 'ng', 'о': 'o', 'ө': 'ö', 'п': 'p', 'р': 'r', 'с': 's',
          'т': 't', 'у': 'u', 'ұ': 'u', 'ү': 'ü', 'ф': 'f', 'х': 'x', 'һ': 'h', 'ц': 's',
          'ч': 'ch', 'ш': 'sh', 'щ': 'sh', 'ъ': '', 'ы': 'i', 'і': 'i', 'ь': '', 'э': 'e',
          'ю': 'yu', 'я': 'ya'}
KZ2TR = {'а': 'a', 'ә': 'e', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'ğ', 'д': 'd', 'е': 'e',
         'ё': 'yo', 'ж': 'j', 'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'қ': 'k', 'л': 'l',
         'м': 'm', 'н': 'n', 'ң': 'ñ', 'о': 'o', 'ө': 'ö', 'п': 'p', 'р': 'r', 'с': 's',
         'т': 't', 'у': 'u', 'ұ': 'u', 'ү': 'ü', 'ф': 'f', 'х': 'h', 'һ': 'h', 'ц': 's',
         'ч': 'ç', 'ш': 'ş', 'щ': 'ş', 'ъ': '', 'ы': 'ı', 'і': 'i', 'ь': '', 'э': 'e',
         'ю': 'yu', 'я': 'ya'}

FOLD = str.maketrans({'é': 'e', 'ö': 'o', 'ü': 'u', 'ë': 'e', 'ş': 's', 'ğ': 'g', 'ç': 'c',
                      'ı': 'i', 'İ': 'I', 'Ö': 'O', 'Ü': 'U', 'Ş': 'S', 'Ç': 'C', 'É': 'E',
                      'ñ': 'n', 'ä': 'a'})


def fold(s):
    return s.translate(FOLD)


def cap(word, turkish=False):
    if not word:
        return word
    if turkish and word[0] == 'i':
        return 'İ' + word[1:]
    if turkish and word[0] == 'ı':
        return 'I' + word[1:]
    return word[0].upper() + word[1:]


def _words(s):
    return s.split(' ')


def uly_tokens(word):
    return ULY_TOKEN.findall(word.lower())


def uly_to_arabic(text):
    out = []
    for w in _words(text):
        toks = uly_tokens(w)
        res = []
        prev_vowel = True  # word start counts as "needs hamza"
        for t in toks:
            if t == "'":
                prev_vowel = True
                continue
            if t in VOWELS:
                if prev_vowel:
                    res.append('ئ')
                res.append(ULY2AR[t])
                prev_vowel = True
            else:
                res.append(ULY2AR.get(t, t))
                prev_vowel = False
        out.append(''.join(res))
    return ' '.join(out)


def _map_tokens(text, table, post=None, choose=None):
    out = []
    for w in _words(text):
        res = []
        toks = uly_tokens(w)
        for i, t in enumerate(toks):
            if choose is not None and t in choose:
                res.append(choose[t])
            else:
                res.append(table.get(t, t))
        s = ''.join(res)
        if post:
            s = post(s)
        out.append(s)
    return ' '.join(out)


def _cyr_post(s):
    return s.replace('йа', 'я').replace('йу', 'ю')


def uly_to_uycyr(text):
    return ' '.join(cap(w) for w in _map_tokens(text, ULY2UYCYR, _cyr_post).split(' '))


def uly_to_ru(text, e_as_a=False, yu=False):
    choose = {}
    if e_as_a:
        choose['e'] = 'а'
    if yu:
        choose['ü'] = 'ю'
    res = []
    for w in _map_tokens(text, ULY2RU, _cyr_post, choose).split(' '):
        if w[:1] == 'е' and not e_as_a:
            w = 'э' + w[1:]
        if w[:1] == 'ю' and yu:
            w = 'у' + w[1:]
        res.append(cap(w))
    return ' '.join(res)


def uly_to_tr(text):
    return ' '.join(cap(w, True) for w in _map_tokens(text, ULY2TR).split(' '))


def uly_to_informal(text, choice):
    """choice: dict of per-mention letter choices (x, q, gh, é, ö, ü, w, e)."""
    table = {'x': choice['x'], 'q': choice['q'], 'gh': choice['gh'], 'é': choice['é'],
             'ö': choice['ö'], 'ü': choice['ü'], 'w': choice['w'], "'": ''}
    return ' '.join(cap(w) for w in _map_tokens(text, table, None,
                                                 {'e': choice['e']} if choice['e'] != 'e' else None).split(' '))


def uly_cap(text):
    return ' '.join(cap(w) for w in text.split(' '))


def kz_map(text, table, turkish=False):
    out = []
    for w in text.split(' '):
        s = ''.join(table.get(ch, ch) for ch in w.lower())
        out.append(cap(s, turkish))
    return ' '.join(out)


def kz_to_latin(text, choice):
    t = dict(KZ2LAT)
    t.update({'қ': choice['q'], 'ғ': choice['gh'], 'ж': choice['zh'], 'х': choice['x'],
              'ө': choice['ö'], 'ү': choice['ü']})
    return kz_map(text, t)


def kz_to_ru(text):
    return kz_map(text, KZ2RU)


def kz_to_uly(text):
    return kz_map(text, KZ2ULY)


def kz_to_tr(text):
    return kz_map(text, KZ2TR, True)


def pinyin_join(py):
    """'mai mai ti' -> 'Maimaiti'."""
    return cap(py.replace(' ', ''))


_PY_UY = [('zh', 'j'), ('x', 'sh'), ('q', 'ch'), ('c', 'ts'), ('ian', 'yen'), ('iu', 'yu'),
          ('ui', 'uy'), ('ao', 'aw'), ('ai', 'ay'), ('ei', 'éy'), ('ong', 'ung')]


def pinyin_to_uly(py):
    s = py
    for a, b in _PY_UY:
        s = s.replace(a, b)
    return s
