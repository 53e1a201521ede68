"""One text folding and one inflection stripper for names and place names in running text.

Testimonies name people and places inside inflected words: Uyghur "Mehmetning" (Mehmet's),
Kazakh "Ерланның", Turkish "Mehmet'in", English "Mehmet's", Russian "Ерлана", "в Кульдже",
"Текесского района". `stems` turns such a word into candidate base forms (nominatives) so that a
caller can look each one up (gazetteer, mask list, names of one document); it returns candidates,
not an analysis, and over-generates on purpose: a word that merely ends in the letters of an
ending yields a stem nobody asks for. Libraries were weighed first: pymorphy/natasha analyse
Russian well but are heavy and have no Turkic rules, and no maintained stemmer covers Uyghur or
Kazakh case endings, so the endings are tables here.

Sources of the tables (endings only, no lexicon):
- Uyghur: the case, possessive and plural suffixes with their vowel-harmony and voicing variants
  as given in Uyghur grammars (e.g. Engesæth, Yakup & Dwyer, *Greetings from the Teklimakan*,
  2009, §§ on case and possession), in Uyghur Latin (ULY), Uyghur Arabic script (UEY) and the
  Cyrillic script of the Uyghurs of Kazakhstan;
- Kazakh: case, possessive and plural suffixes (Krippes, *Kazakh Grammar with Affixal Lists*,
  1996), in Cyrillic, the 2021 Latin alphabet (ǵ, ń, ı) and its ASCII renderings;
- Turkish: case suffixes written after an apostrophe on proper names (TDK spelling rules), also
  without the apostrophe as informal texts write them;
- English: the possessive 's and a bare trailing apostrophe (Idris');
- Russian: the singular case endings of the noun declensions and of adjectives in -ский, with
  the nominative ending each one replaces (Zaliznyak, *Grammatical Dictionary of Russian*, types
  1a, 1*a, 6a, 7a, 1a adjectival), so that a stem comes back as a nominative.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_STEM = 3  # no derived stem shorter than this: "Ali" + "da" must not yield "al"

# Apostrophe look-alikes that name spellings use interchangeably (Mes’ud, Mehmet'in, ULY ʼ).
APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʻ`´′", "'"))


def fold(text: str) -> str:
    """Fold text for matching: NFKC, casefold, one apostrophe, no stray combining marks.

    NFKC composes base + mark wherever a precomposed letter exists, so NFD and NFC input fold
    alike; a mark that still stands alone afterwards has no precomposed letter (the dot that
    casefolding leaves on Turkish İ, Arabic vowel signs, a breve on ә) and is dropped.

    Args:
        text: any text.
    Returns:
        The folded text; fold(fold(t)) == fold(t).
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    folded = folded.translate(APOSTROPHES)
    if folded.isascii():
        return folded
    return "".join(c for c in folded if not unicodedata.combining(c))


# Slots order the endings of one word from the stem outwards; a chain of two endings is only
# stripped outer slot first (Mehmet-ning-'s: case, then clitic; bala-lar-ning: plural, then case).
PLURAL, POSSESSIVE, CASE, CLITIC = 0, 1, 2, 3


def _alternatives(*groups: str) -> tuple[str, ...]:
    """Split space-separated groups of endings into one tuple."""
    return tuple(ending for group in groups for ending in group.split())


# Latin script: Uyghur (ULY), Kazakh Latin (2021 letters and ASCII), Turkish, English.
LATIN_ENDINGS: dict[int, tuple[str, ...]] = {
    PLURAL: _alternatives("lar ler", "dar der tar ter"),
    POSSESSIVE: _alternatives(
        "i si im imiz miz ing ingiz",          # Uyghur
        "y ı sy sı",                            # Kazakh
    ),
    CASE: _alternatives(
        # Uyghur: genitive, dative, locative, ablative, accusative, locative-attributive,
        # limitative
        "ning gha qa ge ke da ta de te din tin den ten ni diki tiki ghiche qiche giche kiche",
        # Kazakh Latin: genitive, dative, locative, ablative, accusative, instrumental
        "nyń niń dyń diń tyń tiń nıń dıń tıń nyn dyn tyn nın dın tın",
        "ǵa ga dan tan nan nen dy ty ny dı tı nı men ben pen",
        "daǵy taǵy dagy tagy degi tegi",
        # Turkish: genitive, dative, locative, ablative, accusative, written after ' on proper
        # names; the one-vowel and y- endings only after ', since bare they would turn
        # Hamida into Hamid and Aliya into Ali.
        "in ın un ün nin nın nun nün dan",
        "'a 'e 'ya 'ye 'i 'ı 'u 'ü 'yi 'yı 'yu 'yü",
    ),
    CLITIC: ("'s", "'"),
}

# Cyrillic Turkic endings: Kazakh, and the Uyghur of Kazakhstan.
CYRILLIC_TURKIC_ENDINGS: dict[int, tuple[str, ...]] = {
    PLURAL: _alternatives("лар лер дар дер тар тер ләр"),
    POSSESSIVE: _alternatives("ы і сы сі", "и си"),
    CASE: _alternatives(
        # Kazakh: genitive, dative, locative, ablative, accusative, instrumental, "which is in"
        "ның нің дың дің тың тің ға ге қа ке да де та те",
        "дан ден тан тен нан нен ды ді ты ті ны ні мен бен пен",
        "дағы дегі тағы тегі",
        # Uyghur Cyrillic
        "ниң ға қа гә кә дә тә дин тин ни дики тики",
    ),
}

# Kazakh endings that follow only a possessive -ы/-і (әкесіне, әкесінде): (ending, condition).
AFTER_POSSESSIVE = ("на", "не", "нда", "нде", "ндағы", "ндегі")

# Uyghur Arabic script (UEY). لىرى is plural and possessive in one (لاگېرلىرىدا: in their camps).
# The clitic مۇ ("also") follows a noun (لاگېرمۇ) or a case ending, whose last vowel it raises
# (لاگېردا → لاگېردىمۇ): those pairs are listed as one case ending.
ARABIC_ENDINGS: dict[int, tuple[str, ...]] = {
    PLURAL: ("لار", "لەر"),
    POSSESSIVE: ("ى", "سى", "ىم", "ىمىز", "مىز", "لىرى"),
    CASE: ("نىڭ", "غا", "قا", "گە", "كە", "دا", "تا", "دە", "تە", "دىن", "تىن", "نى",
           "دىكى", "تىكى", "غىچە", "قىچە", "گىچە", "كىچە",
           "دىمۇ", "تىمۇ", "غىمۇ", "قىمۇ", "گىمۇ", "كىمۇ", "دىنمۇ", "تىنمۇ", "نىمۇ"),
    CLITIC: ("مۇ",),
}

# Russian: (ending, nominative endings that replace it, pattern the stem must end in or "").
# Nouns: Ерлан-а/-у/-ом/-е, Игор-я/-ю/-ем/-е, Алексе-я/-ю/-ем/-е, Гульнар-ы/-е/-у/-ой,
# Кульдж-и/-е, Мари-и/-ю/-ей, Айгул-и/-ью, surnames Турсунов-а/-ым/-ых, Турсунов-ой.
_SURNAME = r"(?:ов|ев|ёв|ин|ын)"
_ADJECTIVE = r"(?:ск|цк)"
RUSSIAN_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("а", ("", "ь"), ""),
    ("я", ("й", "ь"), ""),
    ("у", ("", "а"), ""),
    ("ю", ("й", "ь", "я"), ""),
    ("е", ("", "а", "я", "й", "ь"), ""),
    ("ы", ("а", ""), ""),
    ("и", ("а", "я", "ь", "й"), ""),
    ("ом", ("",), ""),
    ("ем", ("й", "ь", ""), ""),
    ("ём", ("ь", "й"), ""),
    ("ой", ("а", "я"), ""),
    ("ою", ("а", "я"), ""),
    ("ей", ("я", "ь"), ""),
    ("ью", ("ь",), ""),
    ("ым", ("",), _SURNAME),
    ("ых", ("",), _SURNAME),
    ("ыми", ("",), _SURNAME),
    # Place adjectives (Текесский район, Илийская долина): every case back to the masculine
    # and feminine nominatives.
    ("ого", ("ий",), _ADJECTIVE), ("ому", ("ий",), _ADJECTIVE), ("им", ("ий",), _ADJECTIVE),
    ("ом", ("ий",), _ADJECTIVE), ("ие", ("ий",), _ADJECTIVE), ("их", ("ий",), _ADJECTIVE),
    ("ими", ("ий",), _ADJECTIVE),
    ("ая", ("ая",), _ADJECTIVE), ("ой", ("ая", "ий"), _ADJECTIVE), ("ую", ("ая",), _ADJECTIVE),
    ("ое", ("ое", "ий"), _ADJECTIVE),
)
ADJECTIVE_SUFFIX = re.compile(r"(?:ск|цк)(?:ий|ая|ое)$")


def _by_last_letter(rules: list[tuple[str, tuple[str, ...], int, re.Pattern | None]]) -> dict:
    """Index rules by the last letter of their ending, so a word tries only those that can fit."""
    index: dict[str, list] = {}
    for rule in rules:
        index.setdefault(rule[0][-1], []).append(rule)
    # Longest endings first, so that the output order is stable and readable.
    return {letter: sorted(found, key=lambda r: -len(r[0])) for letter, found in index.items()}


def _compile(endings: dict[int, tuple[str, ...]]) -> list:
    """Turkic endings as (ending, ("",), slot, None) rules: stripping leaves the stem."""
    return [(ending, ("",), slot, None) for slot, group in endings.items()
            for ending in dict.fromkeys(group)]


LATIN_RULES = _by_last_letter(_compile(LATIN_ENDINGS))
ARABIC_RULES = _by_last_letter(_compile(ARABIC_ENDINGS))
CYRILLIC_RULES = _by_last_letter(
    _compile(CYRILLIC_TURKIC_ENDINGS)
    + [(ending, nominatives, CASE, re.compile(condition + "$") if condition else None)
       for ending, nominatives, condition in RUSSIAN_RULES]
    + [(ending, ("",), CASE, re.compile("[ыі]$")) for ending in AFTER_POSSESSIVE])
RAISED = {"i": ("a", "e"), "\u0649": ("\u0627", "\u06d5")}  # i → a/e; ى → ا/ە
VOWEL = re.compile(r"[аеёиоуыэюяәөұүі]$")
# Left at the end of a stem by an ending written after an apostrophe or a hamza carrier.
STEM_TRAILERS = "'-ئ"
# Punctuation that running text leaves around a word ("Mehmet," «Ерлана»); not the apostrophe.
PUNCTUATION = " \t\n.,;:!?\"()[]{}«»“”„‹›…—–<>*"


def _rules_for(word: str) -> dict:
    """The rule index for the script of a word's last letter."""
    last = word[-1]
    if "\u0400" <= last <= "\u052f":
        return CYRILLIC_RULES
    if "\u0600" <= last <= "\u06ff":
        return ARABIC_RULES
    return LATIN_RULES


def _strip_once(word: str, rules: dict, below: int) -> list[tuple[str, int]]:
    """Every (stem, slot) from removing one ending of a slot lower than `below`."""
    found = []
    for ending, nominatives, slot, condition in rules.get(word[-1], ()):
        if slot >= below or not word.endswith(ending):
            continue
        stem = word[: -len(ending)].rstrip(STEM_TRAILERS)
        if condition is not None and not condition.search(stem):
            continue
        for nominative in nominatives:
            # й follows only a vowel and ь only a consonant: Алта-е gives алтай, not алтаь.
            if nominative in ("й", "ь") and (nominative == "й") != bool(VOWEL.search(stem)):
                continue
            candidate = stem + nominative
            if len(candidate) >= MIN_STEM:
                found.append((candidate, slot))
    return found


@lru_cache(maxsize=262144)
def stems(word: str) -> frozenset[str]:
    """Candidate base forms of an inflected word: itself, folded, and each stripped form.

    One ending is removed, or a chain of two from the outside in (mehmetning's → mehmetning →
    mehmet; ерланның → ерлан); Russian endings come back as nominatives (Ерлана → ерлан,
    Гульнары → гульнара, Кульдже → кульджа, Текесского → текесский), and a place adjective in
    -ский also gives its base (текес).

    Args:
        word: one word of running text, in any script and case.
    Returns:
        fold(word) (even when short: a name may be "Li") and every candidate stem of at least
        MIN_STEM characters, all folded.
    """
    folded = fold(word).strip(PUNCTUATION)
    if not folded:
        return frozenset()
    found = {folded}
    rules = _rules_for(folded)
    for stem, slot in _strip_once(folded, rules, CLITIC + 1):
        found.add(stem)
        for inner, _slot in _strip_once(stem, rules, slot):
            found.add(inner)
    if rules is not CYRILLIC_RULES:
        # Uyghur raises a stem's last a/e to i before a suffix (Ghulja → Ghuljida, bala →
        # balisi; Arabic script ى for ا/ە): give the unraised stems back too.
        for candidate in list(found - {folded}):
            if candidate[-1] in RAISED and len(candidate) > MIN_STEM:
                found.update(candidate[:-1] + vowel for vowel in RAISED[candidate[-1]])
    for candidate in list(found):
        if ADJECTIVE_SUFFIX.search(candidate):
            base = candidate[:-4]  # текесский → текес, алтайский → алтай
            if len(base) >= MIN_STEM:
                found.add(base)
            if base.endswith("ий") and len(base) > MIN_STEM:
                found.add(base[:-1])  # илийский → или
    return frozenset(found)


def ordered_stems(word: str, stems_found=None, longest_first: bool = True) -> list[str]:
    """`stems(word)` (or `stems_found`, some of them) in a fixed order: by length, longest first
    unless `longest_first` is False, the word itself (folded) before any other of its length, then
    alphabetically. Never the set's own order: that changes with the hash seed, so two processes
    (a server and the indexer, two extraction runs) chose different stems of one word (Сәуле read
    as сәуле in one, сәула in the other).
    """
    folded = fold(word).strip(PUNCTUATION)
    found = stems(word) if stems_found is None else stems_found
    return sorted(found, key=lambda stem: (-len(stem) if longest_first else len(stem), stem != folded, stem))


def inflected(word: str, candidate: str) -> bool:
    """Whether a word is the candidate itself or one of its inflected forms.

    Args:
        word: a word of running text ("Mehmetning", "Ерлана").
        candidate: a base form ("Mehmet", "Ерлан").
    Returns:
        True when fold(candidate) is among stems(word).
    """
    return fold(candidate) in stems(word)


# A full Russian name declines as a whole: the case its suffixed surname shows (Кайратов-ым) is
# the case of its other words (Нурлан-ом, Талгатович-ем). Per case: the surname's ending after
# -ов/-ев/-ин, and per word ending the nominative ending that replaces it (the same declension
# types as RUSSIAN_RULES: masculine 1a and 6a, feminine 1a and 7a, patronymics in -ич/-на).
SURNAME_CASE = re.compile(r"(?<=[оеёиы][вн])(ым|ой|у|е|а)$")
NAME_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "ым": (("ичем", "ич"), ("ом", ""), ("ем", "й")),                 # instrumental, masculine
    "у": (("ичу", "ич"), ("у", ""), ("ю", "й")),                      # dative, masculine
    "е": (("иче", "ич"), ("е", "")),                                  # prepositional, masculine
    "а": (("ича", "ич"), ("а", ""), ("я", "й")),                      # genitive, masculine
    "ой": (("овной", "овна"), ("евной", "евна"), ("овны", "овна"), ("евны", "евна"),
           ("овне", "овна"), ("евне", "евна"), ("ой", "а"), ("ей", "я"), ("ы", "а"),
           ("ью", "ь")),  # feminine (Айгуль: Айгулью)
}
NOMINATIVE_SURNAME = {"ым": "", "у": "", "е": "", "а": "", "ой": "а"}
# The feminine of an Arabic adjective name adds -а to a stem whose last vowel is и (Азиз,
# Азиза; Халим, Халима; Адил, Адила): "Азиза Садырова" is that woman before it is the genitive
# of Азиз Садыров, so no genitive reading is offered for such a stem.
FEMININE_STEM = re.compile(r"и[^аеёиоуыэюя]+$")


# Kazakh (and Uyghur Cyrillic) case endings on the last word of a name that no personal name
# ends in: the genitive (Ерланның, Серіктің, Орынбасаровтың) and the instrumental (Айгүлмен,
# Серікпен). The dative (-ға, -ке) and accusative (-ды, -ті) are left out: names end in them
# (Дариға, Нұрке, Сәке).
KAZAKH_NAME_CASE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|ниң|мен|бен|пен)$")


def kazakh_case_stem(word: str) -> str | None:
    """The word without a Kazakh genitive or instrumental ending (KAZAKH_NAME_CASE), or None
    when it has none or the stem would be shorter than MIN_STEM. `word` is folded Cyrillic."""
    match = KAZAKH_NAME_CASE.search(word)
    return word[: match.start()] if match and match.start() >= MIN_STEM else None


def arabic_case_stems(word: str) -> list[str]:
    """The word (folded Uyghur Arabic script) without each Uyghur case ending it may end in
    (ARABIC_ENDINGS' cases: تۇرسۇننىڭ, ئالىمغا, ئابلىمىتتىن), longest ending first; a stem keeps
    MIN_STEM letters. Many names end in such letters (ساجىدە Sajide, زەيدىن Zeydin, غېنى Gheni), so a
    caller asks what the stem is (`guwah.names.forms.case_free_word`)."""
    return [word[: -len(ending)] for ending in sorted(ARABIC_ENDINGS[CASE], key=len, reverse=True)
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM]


# The Uyghur case endings of ARABIC_ENDINGS that no given name ends in, as KAZAKH_NAME_CASE for
# Kazakh: the genitive (تۇرسۇننىڭ) and the back dative (ئالىمغا, تۇرسۇنقا); a listed name in them
# (دارىغا Dariga) keeps them (`guwah.names.forms.case_free_word`). The front dative (-گە, -كە), the
# locative, ablative and accusative are left out: names end in them (مەلىكە Melike, پارىدا Parida,
# زەيدىن Zeydin, غەنى Gheni).
ARABIC_NAME_CASE = ("نىڭ", "غا", "قا")
# Letters a stem of a name can hold: Uyghur Arabic script, no digit, mark or other script.
ARABIC_NAME_LETTERS = re.compile("^[\u0621-\u064A\u0674-\u06D5]+$")


def arabic_name_case_stem(word: str) -> str | None:
    """The word (folded Uyghur Arabic script) without a genitive or back dative ending
    (ARABIC_NAME_CASE), or None when it has none, or the stem left is no plausible name: shorter
    than MIN_STEM, or holding anything but Arabic letters, or no vowel letter (ا ە و ۇ ۆ ۈ ې ى)."""
    ending = next((ending for ending in ARABIC_NAME_CASE if word.endswith(ending)), None)
    if ending is None:
        return None
    stem = word[: -len(ending)]
    if len(stem) < MIN_STEM or not ARABIC_NAME_LETTERS.match(stem) or not any(c in ARABIC_VOWELS for c in stem):
        return None
    return stem


ARABIC_VOWELS = frozenset("اەوۇۆۈېى")


# Cases that a man's name without a Russian surname suffix (Оралбек Берик) shows on every word,
# and that no Turkic given name ends in twice: instrumental (Оралбеком Бериком), dative
# (Курбану Эркину). The genitive in -а is left out: it is the nominative of women's names.
WHOLE_CASES = ("ым", "у")


def declined_whole(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A man's name of two or more words, none a suffixed surname, declined in one case on every
    word (Оралбеком Бериком, Курбану Эркину): the nominative words, or None."""
    for case in WHOLE_CASES:
        out = []
        for word in words:
            ending = next((pair for pair in NAME_CASES[case][1:] if word.endswith(pair[0])
                           and len(word) - len(pair[0]) >= MIN_STEM), None)
            if ending is None:
                break
            out.append(word[: -len(ending[0])] + ending[1])
        else:
            return tuple(out)
    return None


# A Kazakh, Kyrgyz or Azerbaijani patronymic written in one word with the father's name (Нурболулы,
# Нурболұлы, Асанбек уулу, Мамедоглы; Серіккызы, Серикқызы, Алиевгызы) is indeclinable in Russian
# text: «видел Ерлана Нурболулы», «с Гульнарой Ерланкызы». The case of such a name shows on its other
# words alone, and the patronymic gives the person's sex, so which declension they follow.
TURKIC_PATRONYMIC = {"m": re.compile(r"(?:улы|ұлы|уулу|оглы|оғлы|угли)$"),
                     "f": re.compile(r"(?:кызы|қызы|гызы|кизи)$")}
# Per sex and case, (oblique ending, nominative ending) of the given names beside such a patronymic
# (the declension types of NAME_CASES): a man's name ending in a consonant or -й (Ерлан, Мирзахмет,
# Алексей), a woman's in -а/-я (Гульнара, Алия) or -ь (Айгуль). A woman's name in a consonant
# (Жанар) does not decline and is left as it is.
PATRONYMIC_NAME_CASES: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "m": ((("а", ""), ("я", "й")),                       # genitive, accusative
          (("у", ""), ("ю", "й")),                       # dative
          (("ом", ""), ("ем", "й")),                     # instrumental
          (("е", ""),)),                                 # prepositional
    "f": ((("ой", "а"), ("ей", "я"), ("ью", "ь")),      # instrumental
          (("у", "а"), ("ю", "я")),                      # accusative
          (("ы", "а"),),                                 # genitive
          (("е", "а"),)),                                # dative, prepositional
}


def patronymic_sex(word: str) -> str | None:
    """"m" or "f" for a word that is a one-word Turkic patronymic (TURKIC_PATRONYMIC), else None."""
    return next((sex for sex, pattern in TURKIC_PATRONYMIC.items()
                 if len(word) > 5 and pattern.search(word)), None)


def declined_beside_patronymic(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A name with one Turkic patronymic (TURKIC_PATRONYMIC) whose other words show one oblique
    case (Ерлана Нурболулы, Ерланом Нурболулы, Гульнарой Ерланкызы): the nominative words, the
    patronymic as it is; None when no word shows a case. A man's name declines on every word; a
    woman's name in a consonant stays as it is (Айгуль Ерланкызы). `words` is folded Cyrillic."""
    sexes = [patronymic_sex(word) for word in words]
    if len(words) < 2 or len([sex for sex in sexes if sex]) != 1:
        return None
    sex = next(sex for sex in sexes if sex)
    for endings in PATRONYMIC_NAME_CASES[sex]:
        out = []
        for word, patronymic in zip(words, sexes, strict=True):
            ending = next((pair for pair in endings if word.endswith(pair[0])
                           and len(word) - len(pair[0]) >= MIN_STEM), None)
            if patronymic:
                out.append(word)
            elif ending is not None:
                out.append(word[: -len(ending[0])] + ending[1])
            elif sex == "f" and word[-1] not in "аяеиоуыэюёь":
                out.append(word)
            else:
                break
        else:
            if tuple(out) != words:
                return tuple(out)
    return None


def nominative_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A Russian-declined full name in Cyrillic put back in the nominative, or None.

    The case is read from the one word that is a suffixed surname in an oblique case
    (Кайратовым, Муратовой, Садырова); the other words lose that case's endings. A name without
    such a surname is read in the nominative when its words beside a Turkic patronymic show one case
    (`declined_beside_patronymic`) or every word does (`declined_whole`). A genitive in
    -а whose given name could as well be a woman's (see FEMININE_STEM) gives None, as does a
    name without such a surname.

    Args:
        words: the name's words, folded Cyrillic (fold()).
    Returns:
        The nominative words, or None when the name shows no oblique case.
    """
    if len(words) < 2:
        return None
    surnames = [(i, m) for i, w in enumerate(words) if (m := SURNAME_CASE.search(w))
                and len(w) > 5 and not w.endswith(("ич", "на"))]
    if not surnames:
        return declined_beside_patronymic(words) or declined_whole(words)
    if len(surnames) != 1:
        return None
    index, match = surnames[0]
    case = match.group(1)
    out = []
    for position, word in enumerate(words):
        if position == index:
            out.append(word[: match.start()] + NOMINATIVE_SURNAME[case])
            continue
        if patronymic_sex(word):  # Ерлана Нурболулы Касымова: the patronymic does not decline
            out.append(word)
            continue
        for ending, nominative in NAME_CASES[case]:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                stem = word[: -len(ending)]
                if case == "а" and ending == "а" and FEMININE_STEM.search(stem):
                    return None
                out.append(stem + nominative)
                break
        else:
            if case != "ой":
                return None  # a man's name declines whole: Жанар Серикова is a woman
            out.append(word)  # women's names in a vowel may not decline (Сауле Муратовой)
    result = tuple(out)
    return None if result == words else result
