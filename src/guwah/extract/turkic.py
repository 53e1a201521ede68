"""Uyghur (Arabic script and Uyghur Latin) and Kazakh (Cyrillic) rules: places, dates, names, facilities.

Words are compared by a key: Uyghur Arabic script is transliterated to Uyghur Latin
(`guwah.names.uyghur.arabic_to_uly`), so that one table serves both scripts; Latin is folded
(é and ë are one letter); Cyrillic is folded. Case endings come off through
`guwah.names.inflection.stems` ("قەشقەردە" → قەشقەر, «Құлжада» → құлжа, "Qeshqerde" → qeshqer).
Latin words are read only in a Uyghur text (Uyghur Latin); English in a Uyghur text is not read.

Dates: dateparser knows the Uyghur and Kazakh month names (its CLDR tables are used here), but
its search finds no date in "2017-يىلى ماي ئېيىدا" and reads «2018 жылы ақпанда» as December
2018, so dates are found here by their parts: a year (2017-يىلى, 2018 жылы), a month (a month
name, or 5-ئاي), a day (12-كۈنى, or a number before a month name), and dd.mm.yyyy; parts next
to each other make one date. A month or day without a year takes the year of the previous date in
its paragraph; with none it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from guwah.extract.dates import calendar_mention
from guwah.extract.document import DateMention, Doc, SpanSet
from guwah.extract.lexicon import hearing_forms, saying_forms
from guwah.extract.regional import FacilityMentions, Places, Word, place_before, place_length, resolve, same_person
from guwah.names.inflection import fold, ordered_stems, stems
from guwah.names.scripts import ARABIC, CYRILLIC, LATIN
from guwah.names.uyghur import arabic_to_uly
from guwah.places.gazetteer import level_words
from guwah.vocab import facility_name_pattern, facility_number

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=262144)
def key(text: str) -> str:
    """The comparison key of a word or phrase: Uyghur Latin for Arabic script, else folded."""
    folded = fold(text)
    if _ARABIC_LETTER.search(folded):
        folded = arabic_to_uly(folded)
    return folded.replace("é", "ë")


@cache
def keys_of(word: str) -> tuple[str, ...]:
    """Keys of a word and of its uninflected stems, longest first."""
    return tuple(sorted({key(stem) for stem in stems(word)}, key=lambda k: (-len(k), k)))


def _keyed(*words: str) -> frozenset[str]:
    return frozenset(key(word) for word in words)


def _readable(word: Word, language: str | None) -> bool:
    """Whether the rules read this word: Arabic and Cyrillic always, Latin in Uyghur Latin text."""
    if word.script in (ARABIC, CYRILLIC):
        return True
    return word.script == LATIN and language == "ug"


def stem_surface(word: str, stem: str) -> tuple[str, int]:
    """The word without its ending, as written, and its length (the whole word when unsure)."""
    if len(fold(word)) == len(word) and fold(word).startswith(stem):
        return word[: len(stem)], len(stem)
    return (stem[:1].upper() + stem[1:] if word[:1].isupper() else stem), len(word)


# ------------------------------------------------------------------------------------------ places

# Words after a place name that name its level (nominative and possessive forms; endings come off): the
# Uyghur and Kazakh division words of the places' one table (`guwah.places.gazetteer.LEVEL_WORDS`), keyed.
LEVEL_WORDS = _keyed(*level_words(levels={"city", "county", "prefecture", "district", "region"}, languages={"ug", "kk"}))
# Words after a name that make it a township, town or village, known to the gazetteer or not:
# the Uyghur and Kazakh words of those levels in the places' one table of level words
# (`guwah.places.gazetteer.LEVEL_WORDS`), keyed; word key → level.
LOCAL_WORDS = {key(word): min(levels) for word, levels in level_words(
    levels={"township", "town", "village"}, languages={"ug", "kk"}).items()}
# A quarter (mahalla) only in the possessive, "X quarter" (قازانچى مەھەللىسى): bare مەھەللە follows
# other nouns too ("مەھەللە كادىرى", the quarter's cadre).
LOCAL_WORDS |= {key(word): "quarter" for word in level_words(levels={"quarter"}, languages={"ug"})
                if key(word).endswith("si")}
# Kazakh words of a city, a district or a region in the possessive, after a capitalised name the
# gazetteer need not know (Үшарал қаласы, Жетісу облысы: towns and regions of Kazakhstan); word key → kind.
NAMED_LEVEL_WORDS = {key(word): {"city": "city", "county": "county", "prefecture": "region"}[min(levels)]
                     for word, levels in level_words(levels={"city", "county", "prefecture"}, languages={"kk"},
                                                     bare=False).items()}
# Endings of a Uyghur word in a case (locative, ablative, accusative, genitive): no name of an address.
_CASE_ENDING = re.compile(r"(?:دا|دە|تا|تە|دىن|تىن|نى|نىڭ)$")
# Gazetteer names that are everyday words here, besides places.STOP_NAMES: qash (eyebrow), küp
# (jar), oymaq (thimble), есік (door), тост, ром.
STOP_KEYS = _keyed("qash", "küp", "oymaq", "simi", "tost", "есік", "есик", "ишек", "тост", "ром", "рим", "хаг")
_MIN_ALIAS = 5  # GeoNames' aliases in Arabic or Cyrillic script shorter than this are left out


@cache
def _ruler() -> dict[str, bool]:
    """Place-name keys (words joined by a space) → whether a Latin name (read only in Uyghur Latin)."""
    from guwah.extract.places import STOP_NAMES
    from guwah.places.gazetteer import strip_kind_words
    from guwah.places.resolve import gazetteer

    ruler: dict[str, bool] = {}
    for entry in gazetteer().entries.values():
        for name in entry.all_names():
            if not name or re.search("[\u4e00-\u9fff]", name):
                continue
            latin = name.isascii() or not re.search("[\u0400-\u04ff\u0600-\u06ff]", name)
            if entry.source != "curated" and not latin and len(key(name)) < _MIN_ALIAS:
                continue
            for form in {name, strip_kind_words(name)[0]}:
                form_key = " ".join(key(word) for word in form.split())
                if len(form_key) < 3 or form_key in STOP_KEYS or form_key in STOP_NAMES:
                    continue
                if latin and (not form[:1].isupper() or len(form_key) < 4):
                    continue
                if form_key not in ruler or not latin:
                    ruler[form_key] = latin
    return ruler


def find_places(doc: Doc, words: list[Word]) -> None:
    """Add the places named by Uyghur, Kazakh or Uyghur Latin words (longest name first)."""
    ruler = _ruler()
    places = Places(doc)
    readable = [w for w in words if _readable(w, doc.language)]
    index = 0
    while index < len(readable):
        found = _place_at(readable, index, ruler, doc.text)
        if found is None:
            named = _stop_name_at_level(readable, index)
            if named:
                places.add(*named)
                index += 2
                continue
            local = _local_place(readable, index, doc.text)
            if local:
                places.add(*local)
                index += 2
                continue
            inflected = _inflected_place(readable[index].text) if readable[index].script == CYRILLIC else None
            if inflected:
                places.add(readable[index].start, readable[index].end, *inflected)
            index += 1
            continue
        size, base = found
        if size == 1 and _named_person_at(readable, index, doc.text):
            index += 1
            continue
        start, end = readable[index].start, readable[index + size - 1].end
        level = None
        following = readable[index + size] if index + size < len(readable) else None
        if following and following.start - end <= 2 and set(keys_of(following.text)) & (LEVEL_WORDS | set(LOCAL_WORDS)):
            level, end = following, following.end
        # The level word without its case ending ("Qeshqer sheherde": sheher, the city) names the level.
        resolved = (resolve(f"{base} {level.text}") or resolve(f"{base} {_nominative(level.text)}") if level else None) \
            or resolve(base)
        if resolved:
            places.add(start, end, *resolved)
        index += size + (1 if level else 0)


def _named_person_at(words: list[Word], index: int, text: str) -> bool:
    """Whether words[index], a listed given name as written (no case ending) that is also a place
    («Мадина», Medina), is told a person's name by its neighbours: a kinship word right before it
    («Апам Мадина») or a patronymic right after it («Мадина Серікқызы»)."""
    from guwah.names.given import given_name

    word = words[index]
    named = given_name(word.text) if _may_be_name(word) else None
    if named is None or key(named[1]) != key(word.text):
        return False
    kin_before = index > 0 and _joined(text, words, index - 1) and bool(set(keys_of(words[index - 1].text)) & KIN_WORDS)
    patronymic_after = _joined(text, words, index) and bool(_PATRONYMIC.match(_capitalised(words[index + 1].text)))
    return kin_before or patronymic_after


def _stop_name_at_level(words: list[Word], index: int) -> tuple[int, int, str, str, str] | None:
    """(start, end, gazetteer id, name, kind) of a name the ruler leaves out as an everyday word or a
    personal name (`places.STOP_NAMES`: Lop, Bay, Manas) right before a level word of its own
    (لوپ ناھىيىسىدىكى, "in Lop County"): the level word makes it the place; None otherwise."""
    from guwah.extract.places import STOP_NAMES

    if index + 1 >= len(words):
        return None
    name, level = words[index], words[index + 1]
    if name.script != level.script or level.start - name.end > 2 or key(name.text) not in STOP_NAMES \
            or not set(keys_of(level.text)) & LEVEL_WORDS:
        return None
    resolved = resolve(f"{name.text} {stem_surface(level.text, _nominative(level.text))[0]}")
    return (name.start, level.end, *resolved) if resolved else None


def _place_at(words: list[Word], index: int, ruler: dict[str, bool], text: str) -> tuple[int, str] | None:
    """(number of words, base name as written) of the longest gazetteer name starting at words[index]."""
    for size in (3, 2, 1):
        if index + size > len(words):
            continue
        group = words[index:index + size]
        if any(b.start - a.end > 2 for a, b in zip(group, group[1:], strict=False)):
            continue
        if group[0].script == LATIN and not group[0].text[:1].isupper():
            continue
        head = " ".join(key(w.text) for w in group[:-1])
        last = group[-1].text
        for stem in ordered_stems(last):
            candidate = f"{head} {key(stem)}".strip()
            latin = ruler.get(candidate)
            if latin is None or (latin and group[0].script != LATIN):
                continue
            surface, _length = stem_surface(last, stem)
            return size, text[group[0].start:group[-1].start] + surface
    return None


# How well the resolver must know a case ending's stem: a name or alias (GeoNames' Шоңжы for Шонжыда),
# never a phonetic guess (Айгүлге, "to Aygul", would be the town Aykol).
_INFLECTED_SCORE = 98.0
# Kazakh case endings of place: locative (-да/-де/-та/-те/-нда/-нде), dative (-ға/-ге/-қа/-ке/-на/-не),
# ablative (-дан/-ден/-тан/-тен/-нан/-нен), each with the attributive -ғы/-гі (Үрімшідегі, "in Ürümqi's");
# not the accusative: Ақшаны is "the money", not a place.
_PLACE_CASE = re.compile(r"(?:н?[дт][аеә]|[ғгқкн][аеә]|[дтн][аеә]н)(?:ғы|гі)?")


def _inflected_place(word: str) -> tuple[str, str, str] | None:
    """(gazetteer id, name, kind) of a capitalised Cyrillic word whose stem, its case ending taken off by
    `ordered_stems` (Шонжыда, Қорлаға, Үрімшідегі), the resolver knows by name; never a given name."""
    from guwah.errors import GuwahError
    from guwah.names.given import given_name
    from guwah.places.resolve import base_form, resolve_place

    if not word[:1].isupper():
        return None
    folded = fold(word)
    for stem in ordered_stems(word):
        # The stem a name as it stands, not one the resolver cuts again (Ақша read as АҚШ, the USA).
        if not folded.startswith(stem) or not _PLACE_CASE.fullmatch(folded[len(stem):]) or len(stem) < 4 \
                or key(stem) in STOP_KEYS or len(base_form(stem)) < len(stem):
            continue
        given = given_name(stem)
        if given and given[1] == fold(stem):
            return None  # Маратқа: to Marat
        try:
            resolution = resolve_place(stem)
        except GuwahError:
            return None
        if resolution.match is not None and (resolution.score or 0) >= _INFLECTED_SCORE:
            entry = resolution.match
            return entry.id, entry.name, entry.kind
    return None


def _local_place(words: list[Word], index: int, text: str) -> tuple[int, int, None, str, str] | None:
    """A village, township or town the gazetteer does not know: a name before كەنتى, يېزىسى, ауылы."""
    if index + 1 >= len(words):
        return None
    name, level = words[index], words[index + 1]
    kinds = [LOCAL_WORDS[k] for k in keys_of(level.text) if k in LOCAL_WORDS]
    if not kinds and name.script == CYRILLIC and name.text[:1].isupper() and not name.text.isupper():
        kinds = [NAMED_LEVEL_WORDS[k] for k in keys_of(level.text) if k in NAMED_LEVEL_WORDS]
    if not kinds or level.start - name.end > 2 or name.script != level.script or name.text.isdigit():
        return None
    # Only spaces between (never "ئىدى. يېزىنىڭ"), and no case ending on the name ("ئېيىدا يېزا").
    if text[name.end:level.start].strip() or (name.script == ARABIC and _CASE_ENDING.search(name.text)):
        return None
    if {key(name.text), keys_of(name.text)[-1]} & FUNCTION_WORDS or (name.script != ARABIC and not name.text[:1].isupper()):
        return None
    return name.start, level.end, None, f"{name.text} {stem_surface(level.text, _nominative(level.text))[0]}", kinds[0]


def _nominative(word: str) -> str:
    """The stem of a level word that is one of the known forms (كەنتىدە → كەنتى)."""
    for stem in ordered_stems(word):
        if key(stem) in LOCAL_WORDS or key(stem) in LEVEL_WORDS:
            return stem
    return fold(word)


# ------------------------------------------------------------------------------------------ dates

@cache
def _months() -> dict[str, int]:
    """Month-name keys → month number: Uyghur and Kazakh from dateparser's tables, Russian too."""
    from dateparser.languages.loader import default_loader

    from guwah.extract.dates import MONTHS

    names = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
    months: dict[str, int] = {}
    for language in ("ug", "kk"):
        info = default_loader.get_locale(language).info
        for number, month in enumerate(names, 1):
            for name in info.get(month, []):
                if len(name) >= 3 and not (language == "kk" and len(name) == 3):  # қаз, жел: words
                    months[key(name)] = number
    months.update({word: number for word, number in MONTHS.items() if re.fullmatch("[а-яё]+", word)})
    return months


_HYPHEN = r"\s*[-–—ـ]?\s*"
_YEAR = re.compile(rf"(?<!\d)(?P<y>(?:1[89]|20)\d\d){_HYPHEN}(?P<w>يىل\w*|yil\w*|жыл\w*|ж\.)", re.I)
_MONTH_NUMBER = re.compile(rf"(?<!\d)(?P<m>1[0-2]|0?[1-9]){_HYPHEN}(?:ئاي\w*|ay(?:da|ning|gha|din)?\b)", re.I)
_DAY = re.compile(rf"(?<!\d)(?P<d>3[01]|[12]\d|0?[1-9]){_HYPHEN}(?:كۈن\w*|kün\w*|күн\w*|і\b|ы\b|сі\b|ші\b)", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:1[89]|20)\d\d)(?![\d.]\d)")
_BARE_YEAR = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d(?![\d.]\d)")
_NUMBER = re.compile(rf"(?<![\d.])(?P<n>3[01]|[12]\d|0?[1-9]){_HYPHEN}(?![\d.]\d)")
# Words after a month name that say "month" (ماي ئېيىدا, ақпан айында): part of the date.
MONTH_WORDS = _keyed("ئاي", "ئېيى", "ay", "ëyi", "ай", "айы")
# Words after a year or month that say which part of it: (qualifier, keys).
QUALIFIERS = [
    ("early", _keyed("بېشى", "باشلىرى", "بېشىدا", "béshi", "bashliri", "басы", "басында")),
    ("mid", _keyed("ئوتتۇرىسى", "ottturisi", "ottursi", "ортасы", "ортасында")),
    ("late", _keyed("ئاخىرى", "ئاخىرلىرى", "axiri", "axirliri", "аяғы", "аяғында", "соңы", "соңында")),
    ("spring", _keyed("ئەتىياز", "ئەتىيازدا", "etiyaz", "көктем", "көктемде")),
    ("summer", _keyed("ياز", "يازدا", "yaz", "жаз", "жазда")),
    ("autumn", _keyed("كۈز", "كۈزدە", "küz", "күз", "күзде")),
    ("winter", _keyed("قىش", "قىشتا", "qish", "қыс", "қыста")),
]
_GAP = re.compile(r"[\s,،-]*")


def find_dates(doc: Doc, words: list[Word]) -> None:
    """Add the dates of Uyghur, Kazakh and Uyghur Latin text to doc.dates."""
    from datetime import date

    text = doc.text
    months = _months()
    parts: list[tuple[int, int, str, int]] = []  # (start, end, part y/m/d/n, value)
    taken = SpanSet(d[:2] for d in ((m.start, m.end) for m in doc.dates))
    for match in _NUMERIC.finditer(text):
        try:
            value = date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
        except ValueError:
            continue
        if not taken.overlaps(match.span()):
            doc.dates.append(DateMention(match.start(), match.end(), value, "day"))
            taken.add(match.span())
            parts.append((*match.span(), "D", 0))  # keeps the other patterns off it
    used = SpanSet(p[:2] for p in parts)

    def add(start: int, end: int, part: str, value: int) -> None:
        if not used.overlaps((start, end)):
            parts.append((start, end, part, value))
            used.add((start, end))

    for pattern, part in ((_YEAR, "y"), (_MONTH_NUMBER, "m"), (_DAY, "d")):
        for match in pattern.finditer(text):
            add(*match.span(), part, int(match.group(part)))
    for word in words:
        if not _readable(word, doc.language):
            continue
        # "3-سېنتەبىر" is one word to the tokeniser: the month is what follows the hyphen.
        offset = word.text.rfind("-") + 1
        number = next((months[k] for k in keys_of(word.text[offset:]) if k in months), None)
        if number:
            add(word.start + offset, word.end, "M", number)
    for match in _BARE_YEAR.finditer(text):
        add(*match.span(), "Y", int(match.group()))  # a year only beside a month name: ماي 2017
    for match in _NUMBER.finditer(text):
        add(*match.span(), "n", int(match.group("n")))
    parts = sorted(p for p in parts if p[2] != "D")
    for run in _runs(text, parts):
        mention = _date_of(run, doc, text)
        if mention and not taken.overlaps((mention.start, mention.end)):
            doc.dates.append(mention)
            taken.add((mention.start, mention.end))
    _relative_dates(doc, [w for w in words if _readable(w, doc.language)], taken)


# Dates named from the document's date or from the date before (Uyghur as its Latin keys, Kazakh
# folded): "last year" (ئۆتكەن يىلى, былтыр), "this year" (بۇ يىل, биыл), "last month", "last
# week"; "that year" (شۇ يىلى, сол жылы), "the next year" (كېيىنكى يىلى, келесі жылы); "N weeks
# later" (ئىككى ھەپتىدىن كېيىن, екі аптадан кейін). A month name or a season may follow.
_LAST = frozenset({"ötken", "өткен"})
_YEAR_WORD = frozenset({"yil", "yili", "yilning", "yilining", "yildiki", "жыл", "жылы", "жылдың", "жылғы"})
_MONTH_WORD = frozenset({"ay", "ayda", "ayning", "ëyi", "ëyida", "ай", "айда", "айдың", "айы"})
_WEEK_WORD = frozenset({"hepte", "heptide", "heptining", "апта", "аптада", "аптаның"})
# Year words that say the year alone, any case ending after them (биылғы, былтырдан): not in dateparser's
# Kazakh table, which has them only before жыл («биылғы жыл», «былтырғы жыл»).
_ALONE = {"былтыр": ("document", -1), "биыл": ("document", 0), "биылғы": ("document", 0), "былтырғы": ("document", -1)}
_FROM = {"bu": ("document", 0), "shu": ("previous", 0), "сол": ("previous", 0), "këyinki": ("previous", 1),
         "келесі": ("previous", 1)}
_NUMBER_WORDS = {**{key(word): n for n, word in enumerate(
    ("بىر", "ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز", "ئون"), 1)},
    **{word: n for n, word in enumerate(("бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"), 1)}}
_UNIT_FROM = {"yildin": "Y", "aydin": "M", "heptidin": "W", "kündin": "D",
              "жылдан": "Y", "айдан": "M", "аптадан": "W", "күннен": "D"}
_LATER = frozenset({"këyin", "кейін", "соң"})
# "N units ago", from the document's date: «екі жыл бұрын», "ikki yil ilgiri" / "burun" (ئىلگىرى، بۇرۇن)
_AGO = frozenset({"бұрын", "ilgiri", "burun"})


@cache
def _spoken_relative() -> tuple[dict[str, int], dict[str, int]]:
    """Kazakh and Uyghur phrases said from the time of speaking, from dateparser's tables of the two
    languages (`relative-type`: «бүгін» / «بۈگۈن» "0 day ago", «кеше» / «تۈنۈگۈن» "1 day ago", «ертең» /
    «ئەتە» "in 1 day", «осы ай» "0 month ago", «өткен апта» "1 week ago", «биылғы жыл» "0 year ago"):
    (day word → days from the day of writing, first word of a unit phrase → units from the document's
    date). Issue 11, h-x33p: «осы жылы», «осы айда» and «кеше» gave no date; h-x35p: «بۈگۈن» neither."""
    from dateparser.languages.loader import default_loader

    days: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for language in ("kk", "ug"):
        for meaning, phrases in default_loader.get_locale(language).info.get("relative-type", {}).items():
            told = re.fullmatch(r"(in )?(\d+) (year|month|week|day)( ago)?", meaning)
            if told is None:
                continue
            amount = int(told.group(2)) * (1 if told.group(1) else -1)
            for phrase in phrases:
                words = phrase.split()
                if len(words) == 1 and told.group(3) == "day":
                    days[key(words[0])] = amount
                elif len(words) == 2 and told.group(3) != "day":
                    firsts[key(words[0])] = amount
    return days, firsts




def _relative_dates(doc: Doc, words: list[Word], taken: SpanSet) -> None:
    """Add the dates of `_FROM`, `_ALONE`, `_LAST` and "N units later" phrases: from the document's
    date (none without it) or from the date before them in the same paragraph."""
    from datetime import date, timedelta

    from guwah.extract.dates import entry_heading, shift

    months = _months()
    keys = [key(w.text) for w in words]
    index = 0
    while index < len(words):
        found = _relative_at(keys, index, keys_of(words[index].text))
        if found is None:
            index += 1
            continue
        size, anchor, unit, amount = found
        start = words[index].start
        base = doc.document_date if anchor == "document" else None
        previous = None
        if anchor == "previous":
            previous = next((d for d in sorted(doc.dates, key=lambda d: d.start, reverse=True) if d.end <= start), None)
            if previous is not None and doc.sentences and doc.sentences[doc.sentence_index(previous.start)].paragraph != \
                    doc.sentences[doc.sentence_index(start)].paragraph:
                previous = None
        mention = None
        end = words[index + size - 1].end
        year = None
        if anchor == "today":
            # a diary's entry dated on its own short line, else the document's day (`dates.entry_heading`)
            entry = next((d for d in sorted(doc.dates, key=lambda d: d.start, reverse=True)
                          if d.end <= start and d.precision == "day" and entry_heading(doc.text, d.start, d.end)), None)
            day = date.fromisoformat(entry.value) if entry is not None else doc.document_date
            if day is not None:
                day += timedelta(days=amount)
                mention = calendar_mention(start, end, day.year, day.month, day.day, True)
        elif unit == "Y" and (base is not None or (previous is not None and size < 3)):
            # "last year", "that year", "the next year": a year, and the month named after it
            year, month = (base.year if base is not None else int(previous.value[:4])) + amount, None
            following = index + size
            if following < len(words) and (number := next((months[k] for k in keys_of(words[following].text)
                                                           if k in months), None)):
                month, end, size = number, words[following].end, size + 1
                if index + size < len(words) and set(keys_of(words[index + size].text)) & MONTH_WORDS:
                    end, size = words[index + size].end, size + 1
            mention = calendar_mention(start, end, year, month, None, True)
        elif base is not None and unit == "M":
            total = base.year * 12 + base.month - 1 + amount
            mention = calendar_mention(start, end, total // 12, total % 12 + 1, None, True)
        elif base is not None and unit == "W":
            moved = base + timedelta(days=7 * amount)
            mention = calendar_mention(start, end, moved.year, moved.month, None, True)
        elif anchor == "previous" and previous is not None:
            # "N units later"; from a year only when told in the same sentence (`shift`)
            moved = shift(previous, amount, unit, within_year=doc.sentences and doc.sentence_index(previous.start)
                          == doc.sentence_index(start))
            if moved is not None:
                mention = DateMention(start, end, moved.value, moved.precision, True)
        if mention is not None:
            # a month read with the year of the date before ("مارت" in "ئۆتكەن يىلى مارت") gives way
            # to the phrase that names its year
            inside = [d for d in doc.dates if d.start < mention.end and mention.start < d.end]
            if all(d.relative and mention.start <= d.start and d.end <= mention.end for d in inside):
                doc.dates[:] = [d for d in doc.dates if d not in inside]
                _qualify(mention, doc.text)
                doc.dates.append(mention)
                taken.add((mention.start, mention.end))
        index += size


def _relative_at(keys: list[str], index: int, stems: tuple[str, ...] = ()) -> tuple[int, str, str, int] | None:
    """(words used, anchor "document" | "previous" | "today", unit Y/M/W/D, amount) of a relative phrase
    starting at keys[index] (stems: the keys of that word's stems, for `_ALONE`), or None."""
    first = keys[index]
    second = keys[index + 1] if index + 1 < len(keys) else ""
    third = keys[index + 2] if index + 2 < len(keys) else ""
    alone = next((k for k in (first, *stems) if k in _ALONE), None)
    if alone:
        return 1, *_ALONE[alone][:1], "Y", _ALONE[alone][1]
    days, firsts = _spoken_relative()
    if first in days:
        return 1, "today", "D", days[first]
    if first in _FROM and second in _YEAR_WORD:
        anchor, amount = _FROM[first]
        return 2, anchor, "Y", amount
    if first in _LAST or (first in firsts and first not in _FROM):  # (келесі: the year after the date before)
        for words, unit in ((_YEAR_WORD, "Y"), (_MONTH_WORD, "M"), (_WEEK_WORD, "W")):
            if second in words:
                return 2, "document", unit, -1 if first in _LAST else firsts[first]
    number = _NUMBER_WORDS.get(first) or (int(first) if first.isdigit() and int(first) < 100 else None)
    if number and second in _UNIT_FROM and third in _LATER:
        return 3, "previous", _UNIT_FROM[second], number
    if number and third in _AGO:
        unit = next((unit for words, unit in ((_YEAR_WORD, "Y"), (_MONTH_WORD, "M"), (_WEEK_WORD, "W")) if second in words),
                    None)
        if unit is not None:
            return 3, "document", unit, -number
    return None


def _runs(text: str, parts: list[tuple[int, int, str, int]]) -> list[list[tuple[int, int, str, int]]]:
    """Parts next to each other (only spaces, commas and "month" words between) as one run."""
    runs: list[list] = []
    for part in parts:
        if runs:
            gap = text[runs[-1][-1][1]:part[0]]
            gap_words = gap.split()
            if _GAP.fullmatch(gap) or (len(gap_words) == 1 and set(keys_of(gap_words[0].strip(",،"))) & MONTH_WORDS):
                runs[-1].append(part)
                continue
        runs.append([part])
    return runs


def _date_of(run: list[tuple[int, int, str, int]], doc: Doc, text: str) -> DateMention | None:
    """One date from a run of parts, or None when the run is no date."""

    values: dict[str, int] = {}
    for index, (_s, _e, part, value) in enumerate(run):
        if part == "M":
            values.setdefault("m", value)
            # A number right before a month name is its day (12-ماي, 3 наурыз), one right after
            # it too when no day was said (наурыздың 3-і is a "d" part already).
            if index and run[index - 1][2] == "n":
                values.setdefault("d", run[index - 1][3])
        elif part in "ymd":
            values.setdefault(part, value)
    has_month_name = any(p[2] == "M" for p in run)
    if has_month_name:
        values.setdefault("y", next((p[3] for p in run if p[2] == "Y"), None))
        if values["y"] is None:
            del values["y"]
    if "m" not in values and "y" not in values:
        return None
    if has_month_name and not (set(values) & {"y", "d"}) and not _month_word_after(run, text):
        return None  # a lone month name may be a word: ماي is also "oil", қазан "cauldron"
    used = [p for p in run if p[2] in "ymdM" or p[2] == "Y" and has_month_name
            or p[2] == "n" and "d" in values and p[3] == values["d"]]
    start, end = min(p[0] for p in used), max(p[1] for p in used)
    relative = False
    if "y" not in values:
        previous = next((d for d in reversed(doc.dates) if d.end <= start), None)
        if previous is None or doc.sentences and \
                doc.sentences[doc.sentence_index(previous.start)].paragraph != doc.sentences[doc.sentence_index(start)].paragraph:
            return None
        values["y"], relative = int(previous.value[:4]), True
    year, month, day = values["y"], values.get("m"), values.get("d")
    mention = calendar_mention(start, end, year, month, day, relative)
    if mention is None:
        return None
    _qualify(mention, text)
    return mention


def _month_word_after(run: list[tuple[int, int, str, int]], text: str) -> bool:
    following = text[run[-1][1]:run[-1][1] + 12].split()
    return bool(following) and bool(set(keys_of(following[0])) & MONTH_WORDS)


def _qualify(mention: DateMention, text: str) -> None:
    """A qualifier word after a year or month (2017-يىلىنىڭ ئاخىرى, 2018 жылдың басында), in the span."""
    if mention.precision == "day":
        return
    following = re.match(r"[\s،,]*(\w+)(?:\s+(\w+))?", text[mention.end:mention.end + 40])
    if not following:
        return
    candidates = [following.group(1)]
    if following.group(2) and set(keys_of(following.group(1))) & MONTH_WORDS:
        candidates.append(following.group(2))  # 2018 жылдың наурыз айының басында
    for index, word in enumerate(candidates, 1):
        for name, words in QUALIFIERS:
            if set(keys_of(word)) & words:
                mention.qualifier, mention.end = name, mention.end + following.end(index)
                return


# ------------------------------------------------------------------------------------------ names

# Words that say the word(s) before are a name: "named" (ئىسىملىك، ناملىق، атты, есімді, деген).
NAMED_AFTER = _keyed("ئىسىملىك", "ناملىق", "isimlik", "namliq", "атты", "есімді", "деген", "дейтін",
                     # a title of address after a name: X خانىم (Mrs X), X ئەپەندى (Mr X) (h-x28p)
                     "خانىم", "xanim", "ئەپەندى", "ependi")
# Words that say the word(s) after are a name: "my name / his name" (ئىسمىم X).
NAME_BEFORE = _keyed("ئىسمىم", "ئىسمى", "ismim", "ismi", "атым", "аты", "есімім", "есімі")
# Titles and posts written before a name ("يېزا كادىرى X", the township cadre X; «ауыл әкімі X»):
# never a name themselves (the cadre "kadir" is not the given name Qadir), and a cue that the
# word(s) after are one, known to the lexicon of given names or not (a Han official's name).
TITLE_WORDS = _keyed("كادىر", "كادىرى", "kadir", "kadiri", "سېكرېتار", "سېكرېتارى", "sëkrëtar", "sëkrëtari",
                     "سېكرەتار", "سېكرەتارى", "sëkretar", "sëkretari",
                     "باشلىق", "باشلىقى", "bashliq", "bashliqi", "سوتچى", "سوتچىسى", "sotchi", "sotchisi",
                     "хатшы", "хатшысы", "бастық", "бастығы", "әкім", "әкімі", "судья", "судьясы")
# Kinship words, with the possessive endings a testimony uses (my father, his father).
KIN_WORDS = _keyed(
    "دادام", "دادىسى", "ئاتام", "ئاتىسى", "ئاپام", "ئاپىسى", "ئانام", "ئانىسى", "ئاكام", "ئاكىسى",
    "ئاچام", "ئاچىسى", "ئىنىم", "ئىنىسى", "سىڭلىم", "سىڭلىسى", "ئوغلۇم", "ئوغلى", "قىزىم", "قىزى",
    "ئايالىم", "ئايالى", "يولدىشىم", "يولدىشى", "ئېرىم", "ئېرى", "تاغام", "تاغىسى", "ھاممام", "ھاممىسى",
    "ئۇكام", "ئۇكىسى", "بوۋام", "مومام", "جىيەنىم", "نەۋرەم", "قوشنام", "قوشنىسى",
    "әкем", "әкесі", "анам", "анасы", "ағам", "ағасы", "інім", "інісі", "әпкем", "әпкесі",
    "қарындасым", "сіңлім", "ұлым", "қызым", "әйелім", "әйелі", "күйеуім", "күйеуі", "апам", "атам",
    "көршім", "көршісі",
    # a nephew or niece, a daughter-in-law, a grandchild, a grandmother, a sister-in-law, a brother-in-law,
    # a child, a younger sister (h-persons43)
    "жиенім", "жиені", "келінім", "келіні", "немерем", "немересі", "әжем", "әжесі", "жеңгем", "жеңгесі",
    "жездем", "жездесі", "балам", "баласы", "қарындасы", "сіңлісі", "нағашым",
    # "our father" (دادىمىز قۇربان نىياز, «әкеміз»): a family's relative told by one of its children
    "دادىمىز", "ئاپىمىز", "ئانىمىز", "ئاكىمىز", "ئاچىمىز", "ئىنىمىز", "әкеміз", "анамыз", "ағамыз", "інішіміз")
# Words that end a name read after a cue: copulas and verbs of saying (also read by `guwah.redaction`: no name).
FUNCTION_WORDS = _keyed("ئىدى", "بولىدۇ", "دەپ", "ئىكەن", "ۋە", "بىلەن", "بىر", "مەن", "ئۇ", "بۇ", "شۇ",
                        "ياكى", "كېيىن", "ئاندىن",  # or, after, then
                        "edi", "bolidu", "dep", "iken", "we", "bilen", "bir", "men", "u", "bu", "shu",
                        "yaki", "këyin", "andin",
                        "еді", "болды", "деп", "және", "мен", "бір", "ол", "бұл", "сол")
# Uyghur words for a person by trade, post or bond, written before a name as a title is (ئۇستاز X "master X",
# ئادۋوكات X, مۇخبىر X "the reporter X"): never a name. Read by `no_name` only, not as a cue for the
# extractor (their endings come off: مۇخبىرى, شاگىرتى, دوستۇم).
PEOPLE_WORDS = _keyed("ئۇستاز", "مۇئەللىم", "ئوقۇتقۇچى", "ئوقۇغۇچى", "دوختۇر", "ئادۋوكات", "مۇخبىر", "مۇھەررىر",
                      "شائىر", "يازغۇچى", "ئەزا", "مەسئۇل", "مەسۇل", "شاگىرت", "دوست", "ساۋاقداش", "خوجايىن", "ئىگە",
                      "ئىمام", "داموللا", "بالا", "ئادەم", "كىشى", "خانىم", "ئەپەندى", "ئاكا", "ھەدە")
_MAX_NAME_WORDS = 3
# Uyghur words of closed classes, never a name (Engesæth, Yakup & Dwyer, *Greetings from the Teklimakan*,
# 2009): personal pronouns (their case forms come off: بىزگە, سىلەرنىڭ), the numerals, adverbs of time and
# conjunctions. Read by `no_name` only (`guwah.redaction`: a word beside a mask in Arabic script).
GRAMMAR_WORDS = _keyed("بىز", "سىز", "سەن", "سىلەر", "ئۇلار", "ئۆز", "ئۆزى", "ئۆزۈم", "ئۆزىمىز",
                       "ئىككى", "ئۈچ", "تۆت", "بەش", "ئالتە", "يەتتە", "سەككىز", "توققۇز", "ئون", "يىگىرمە",
                       "ئوتتۇز", "قىرىق", "ئەللىك", "ئاتمىش", "يەتمىش", "سەكسەن", "توقسان", "يۈز", "مىڭ",
                       "ھازىر", "تېخى", "تېخىچە", "ھېچقاچان", "ئەمدى", "بۈگۈن", "تۈنۈگۈن", "ئەتە", "ئاللىقاچان",
                       "يەنە", "يەنى", "بولسا", "ئەمما", "لېكىن", "بىراق", "چۈنكى", "ھەمدە", "ئەگەر", "پەقەت",
                       # "no, any", "who", "some", "about", "all", "every"
                       "ھېچ", "ھېچكىم", "ھېچقانداق", "ھېچنېمە", "كىم", "بىرەر", "توغرۇلۇق", "ھەممە", "ھەر")
# Possessive endings that come off a word for a person or a kin word (دوستۇم "my friend", ئۇستازىڭىز "your
# master"), longest first; read by `no_name` only, against those lists (ئىبراھىم keeps its -ىم: no list holds ibrah).
_POSSESSIVE_KEYS = ("imiz", "umiz", "ümiz", "ingiz", "ungiz", "üngiz", "inglar", "im", "um", "üm", "ing", "ung",
                    "üng", "m", "ng", "i", "si")
# The label of a form's name field, in Kazakh, Uyghur (Arabic and Latin script) and Russian.
_NAME_FIELD = re.compile(r"^[ \t]*(?:Аты-жөні|Аты-жөнi|Толық аты-жөні|Аты|ФИО|Имя|Ism-familisi|Ismi|"
                         r"ئىسىم[ \t]*فامىلىسى|ئىسمى|"
                         # an application's "applicant's surname, name, father's name" (h-codes43)
                         r"(?:(?:Өтініш|Арыз|Шағым)\s+берушінің\s+[Тт]|Т)егі,\s*аты(?:,\s*әкесінің\s+аты)?)[ \t]*:[ \t]*(?=\S)", re.M)
# A capitalised word with a surname or patronymic ending, in any case (Жаксылыковы, Tursunovaning).
SURNAME = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w+(?:ов|ев|ёв|ин|ова|ева|ина|ұлы|улы|қызы|кызы|ov|ev|ova|eva|uly|qizi|oghli)"
                     r"(?:\w{0,4})$")


def _capitalised(word: str) -> str:
    """A word in capitals as a capitalised one («САПАРҚЫЗЫНАН» → «Сапарқызынан», the same length), so that a
    form's name in capitals shows its surname or patronymic ending (h-persons44); any other word as it is."""
    return word[:1] + word[1:].lower() if word.isupper() and len(word) > 1 else word


# The narrator named after «Мен,» at a sentence's start ("I, X, …", the opening of a statement).
_KK_I_NAME = re.compile(r"(?:^|(?<=[\n.!?]))\s*Мен,\s+", re.M)
# An initial and a family name of Russian or Kazakh form («Ж. Сәрсенбаев», «А. Төлеубаева»): a form's signer.
_INITIAL_GAP = re.compile(r"\.[ \t]*")


# A Kazakh, Kyrgyz or Uzbek patronymic family name at a word's start, up to its end (Бекболатұлы in
# Бекболатұлының, Жақыпқызы in Жақыпқызынан, Asan uulu's written-together form Asanuulu).
_PATRONYMIC = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w+?(?:ұлы|улы|уулу|қызы|кызы|uly|uulu|qyzy|kyzy|qizi|oghli|ogli)(?=\w*$)")


# A birth year in brackets after a name: «(2008 ж.т.)», «(2011 ж. т.)» (жылы туған, "born in the year").
_BORN_MARK = re.compile(r"[ \t]*\([ \t]*(?:19|20)\d\d[ \t]*ж\.?[ \t]*т\.?[ \t]*\)")


def find_persons(doc: Doc, words: list[Word]) -> None:
    """Add the persons named in Uyghur, Kazakh or Uyghur Latin text (lexicon and cues)."""
    from guwah.names.given import given_name

    taken = SpanSet([span for span, _ in doc.place_spans] + [(d.start, d.end) for d in doc.dates]
                    + [span for span, _ in doc.person_spans])
    readable = [w for w in words if _readable(w, doc.language) and not taken.overlaps((w.start, w.end))]
    # A form's name field ("Аты-жөні: Болатханқызы Ақбота"): its words are one name, in any order
    # and as written (no case ending to take off).
    for field in _NAME_FIELD.finditer(doc.text):
        line_end = doc.text.find("\n", field.end())
        group = [w for w in readable if field.end() <= w.start and (line_end < 0 or w.end <= line_end)]
        if 1 < len(group) <= _MAX_NAME_WORDS and _plausible(group) \
                and all(_joined(doc.text, group, i) for i in range(len(group) - 1)):
            _add_person(doc, group, [None] * len(group), inflected=False)
    # «Мен, X Y Z, …» ("I, X, born …", a statement's opening): the words up to the next comma are the
    # narrator's name as written, known to the lexicon or not (h-persons43).
    for cue in _KK_I_NAME.finditer(doc.text):
        comma = doc.text.find(",", cue.end())
        line_end = doc.text.find("\n", cue.end())
        if comma < 0 or 0 <= line_end < comma:
            continue
        group = [w for w in readable if cue.end() <= w.start and w.end <= comma]
        if 1 <= len(group) <= _MAX_NAME_WORDS and all(w.script != ARABIC for w in group) and _plausible(group) \
                and not doc.text[group[-1].end:comma].strip() \
                and all(_joined(doc.text, group, i) for i in range(len(group) - 1)):
            _add_person(doc, group, [given_name(w.text) for w in group], inflected=False)
    readable = [w for w in readable if not any(s <= w.start < e for (s, e), _ in doc.person_spans)]
    names = [given_name(w.text) if _may_be_name(w) else None for w in readable]
    found: list[tuple[int, int]] = []  # (first word, last word + 1) of each name
    index = 0
    while index < len(readable):
        if names[index] is None:
            # A capitalised word the lexicon does not know before a family name in Russian or Kazakh
            # form (Нұрсила Бекболатқызы, Tursunay Ablimitova): a name all the same; so before a
            # patronymic made of a given name the lexicon knows («Әсемгүл Нұрланқызының», h-x33p), where
            # the given name may end as a case would (-а): the case ending goes on the patronymic.
            patronymic = index + 1 < len(readable) and _PATRONYMIC.match(_capitalised(readable[index + 1].text))
            # a form's family name in capitals first, then a given name the lexicon lacks and a patronymic
            # («ЖАҚЫПОВА Гүлшат Серікқызы»): the three words are one name (issue 11)
            if index + 2 < len(readable) and readable[index].script != ARABIC and readable[index].text.isupper() \
                    and SURNAME.search(_capitalised(readable[index].text)) and _may_be_name(readable[index + 1]) \
                    and _plausible(readable[index + 1:index + 2]) \
                    and _PATRONYMIC.match(_capitalised(readable[index + 2].text)) \
                    and _joined(doc.text, readable, index) and _joined(doc.text, readable, index + 1):
                found.append((index, index + 3))
                index += 3
                continue
            if index + 1 < len(readable) and readable[index].script != ARABIC and _may_be_name(readable[index]) \
                    and _plausible(readable[index:index + 1]) and SURNAME.search(_capitalised(readable[index + 1].text)) \
                    and (names[index + 1] is None or patronymic) \
                    and _joined(doc.text, readable, index) \
                    and (_inside_name(readable[index], None) or patronymic):
                found.append((index, index + 2))
                index += 2
                continue
            index += 1
            continue
        end = index + 1
        while end < len(readable) and end - index < _MAX_NAME_WORDS and names[end] is not None \
                and _inside_name(readable[end - 1], names[end - 1]) and _joined(doc.text, readable, end - 1):
            end += 1
        # A family name in Russian or Kazakh form after a given name (Ерлан Жаксылыков, Серік Ерланұлы).
        while end < len(readable) and end - index < _MAX_NAME_WORDS and names[end] is None \
                and readable[end].script != ARABIC and SURNAME.search(_capitalised(readable[end].text)) \
                and _inside_name(readable[end - 1], names[end - 1]) and _joined(doc.text, readable, end - 1):
            end += 1
        # In Arabic script, a word the lexicon lacks between a cue and a known name is the name's first word
        # (ئىنىم ئابلاجان قادىر "my younger brother Ablajan Qadir": Ablajan and Qadir, not Qadir alone; h-persons44).
        start = index
        if index >= 2 and names[index - 1] is None and readable[index - 1].script == ARABIC \
                and end - index < _MAX_NAME_WORDS and _plausible(readable[index - 1:index]) \
                and _inside_name(readable[index - 1], None) and _cued(readable, index - 1, index) \
                and _joined(doc.text, readable, index - 2) and _joined(doc.text, readable, index - 1) \
                and not set(keys_of(readable[index - 1].text)) & (TITLE_WORDS | NAMED_AFTER | LEVEL_WORDS):
            start = index - 1
        # a family name before a given name and a patronymic (ОСПАНОВА ГҮЛНҰР САПАРҚЫЗЫНАН, Жақыпов Әлихан
        # Ерболатұлы: a form's order, in capitals or not; h-persons44)
        elif index >= 1 and names[index - 1] is None and readable[index - 1].script != ARABIC \
                and end - index < _MAX_NAME_WORDS and end - index >= 2 \
                and _PATRONYMIC.match(_capitalised(readable[end - 1].text)) \
                and SURNAME.search(_capitalised(readable[index - 1].text)) and _plausible(readable[index - 1:index]) \
                and _joined(doc.text, readable, index - 1):
            start = index - 1
        single_word = end - start == 1 and names[index][0].word
        if not single_word or _cued(readable, start, end):
            found.append((start, end))
        index = end
    found += _cue_names(doc.text, readable, names, {i for s, e in found for i in range(s, e)})
    found += _initialled(doc.text, readable, {i for s, e in found for i in range(s, e)})
    found += _han_names_after_police(doc.text, readable, {i for s, e in found for i in range(s, e)})
    found += _self_named(doc.text, readable, {i for s, e in found for i in range(s, e)})
    # A child listed with a birth year: «Әлішер (2008 ж.т.)» ("born 2008"), a name the lexicon may lack.
    used = {i for s, e in found for i in range(s, e)}
    listed: list[tuple[int, int]] = []  # written as the name is: no case ending before the bracket
    for index, word in enumerate(readable):
        if index not in used and word.script != ARABIC and _plausible([word]) \
                and _BORN_MARK.match(doc.text, word.end):
            start = index - 1 if index and index - 1 not in used and _plausible([readable[index - 1]]) \
                and _joined(doc.text, readable, index - 1) and _inside_name(readable[index - 1], names[index - 1]) \
                else index
            listed.append((start, index + 1))
    for first, last in sorted(found):
        _add_person(doc, readable[first:last], names[first:last])
    for first, last in listed:
        _add_person(doc, readable[first:last], names[first:last], inflected=False)
    _inflected_again(doc, readable)


# A speaker's label, a line's first word before a colon («АЙБАР: Ата, …»): the one who speaks, not a person the turn
# tells of; joined alone it would be taken for the subject of the turn's acts.
_SPEAKER_LABEL = re.compile(r"[ \t]*:")


def _inflected_again(doc: Doc, readable: list[Word]) -> None:
    """Later mentions of a person's name with a case ending, joined to the person, the ending left out:
    - a name of two words or more in Arabic script that the lexicon does not know, its last word inflected
      (مەرۇپە شاۋكەت, then مەرۇپە شاۋكەتنىڭ, مەرۇپە شاۋكەتكە; issue 11, h-persons45: a name a cue gave once was not
      found again inflected, where the lexicon's names are);
    - in Cyrillic (or Uyghur Latin), the given name alone, capitalised, bare or in any case, after vowel or
      consonant («Сәуле Жанболатқызы», then «Сәулені», «Сәулеге», «Сәуленің», «Сәуледен»; «Нұрсиланы»): a given
      name the lexicon lacks, or one that is also a word (сәуле "ray"), is no name alone, so it was left
      unjoined (issue 11, h-kkzh59). Only a given name one person of the document bears: two persons with
      one given name leave it to neither; not a speaker's label at a line's start («АЙБАР: …»). A person made
      of the given name alone is merged into its one bearer. Arabic script has no capitals to tell a name alone
      from a word.
    The endings come off through `guwah.names.inflection.stems`, the one stemmer of both languages."""
    taken = SpanSet(span for span, _ in doc.person_spans)
    forms = {tuple(fold(w) for w in name.split()): person for person in doc.persons for name in person.names
             if len(name.split()) >= 2 and _ARABIC_LETTER.search(name)}
    # the given name alone already made a person of its own (a name the lexicon knows, after a form's order put
    # the family name first: «Ахметова Бақытгүл Сейітқызы», then «Бақытгүл»): the one bearer's mention
    from guwah.extract.persons import _merge

    def bearers(several_words: bool) -> dict[tuple[str, ...], set]:
        found: dict[tuple[str, ...], set] = {}
        for person in doc.persons:
            for name in person.names:
                first = _given_word(name) if (" " in name) == several_words else None
                if first is not None:
                    found.setdefault((first,), set()).add(person.id)
        return found

    full = bearers(True)
    for person in list(doc.persons):
        alone = (fold(person.names[0]),) if len(person.names) == 1 and " " not in person.names[0] else None
        if alone in full and len(full[alone]) == 1 and person.id not in full[alone]:
            _merge(doc, doc.person(next(iter(full[alone]))), person)
    given = bearers(True)
    for first, ids in bearers(False).items():
        given.setdefault(first, set()).update(ids)
    for first, ids in given.items():
        if len(ids) == 1 and first not in forms:
            forms[first] = doc.person(next(iter(ids)))
    for (*head, tail), person in forms.items():
        size = len(head) + 1
        alone = size == 1
        for index in range(len(readable) - size + 1):
            group = readable[index:index + size]
            if taken.overlaps((group[0].start, group[-1].end)) or [fold(w.text) for w in group[:-1]] != head \
                    or not all(_joined(doc.text, group, i) for i in range(size - 1)) \
                    or tail not in stems(group[-1].text) and not (alone and fold(group[-1].text) == tail) \
                    or not alone and fold(group[-1].text) == tail:
                continue
            if alone and (group[0].script == ARABIC or not group[0].text[:1].isupper()
                          or _SPEAKER_LABEL.match(doc.text, group[0].end)
                          and not doc.text[doc.text.rfind("\n", 0, group[0].start) + 1:group[0].start].strip()):
                continue
            surface, length = stem_surface(group[-1].text, tail)
            span = (group[0].start, group[-1].start + length)
            doc.add_person_mention(person, span)
            taken.add(span)


def _given_word(name: str) -> str | None:
    """The folded given name of a person's name of Cyrillic or Latin script, written first («Сәуле
    Жанболатқызы») or, in a form's order, after a family name of Russian or Kazakh form and before a
    patronymic («Жақыпов Әлихан Ерболатұлы»); None for Arabic script, a patronymic alone or a word too short."""
    words = name.split()
    if not words or _ARABIC_LETTER.search(name):
        return None
    first = words[0]
    if len(words) == 3 and SURNAME.search(_capitalised(first)) and _PATRONYMIC.match(_capitalised(words[2])):
        first = words[1]
    if _PATRONYMIC.match(_capitalised(first)) or len(first) < 3 or not first[:1].isupper():
        return None
    return fold(first)


_FEMININE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ov|ev|in)[аa]$")


def no_name(word: str) -> bool:
    """Whether a word, in any of its inflected forms (`keys_of`), is one these rules know is no part of
    a personal name: a function word, a pronoun, a kin word, a title, a word for a person
    (`PEOPLE_WORDS`), a cue before or after a name ("my name is", "named"), a police word, a level
    word of a place, a postposition, "one", "oneself", "saying", "the late", a word of custody, a
    pronoun, numeral, adverb of time or conjunction (`GRAMMAR_WORDS`), or a word for a person or a kin
    word with a possessive ending (دوستۇم "my friend"). For `guwah.redaction`, which reads a word of Arabic script beside a mask as more of the
    name unless it is one of these (the script has no capitals to tell)."""
    keys = keys_of(word)
    if set(keys) & _no_name_keys() or any(k.startswith(_HARM_PREFIXES) for k in keys):
        return True
    owned = {k[:-len(ending)] for k in keys for ending in _POSSESSIVE_KEYS if k.endswith(ending) and len(k) - len(ending) >= 3}
    return bool(owned & (PEOPLE_WORDS | KIN_WORDS | TITLE_WORDS))


@cache
def _no_name_keys() -> frozenset[str]:
    return (FUNCTION_WORDS | PRONOUNS | ME | KIN_WORDS | TITLE_WORDS | PEOPLE_WORDS | NAME_BEFORE | NAMED_AFTER
            | POLICE_WORDS | LEVEL_WORDS | frozenset(LOCAL_WORDS) | _POSTPOSITIONS | INDEFINITE | SELF_WORDS | SAYING
            | _LATE | GRAMMAR_WORDS)


def _may_be_name(word: Word) -> bool:
    """Cyrillic and Latin names are capitalised; Arabic script has no capitals. A word of custody
    ("kësim", a prison term) is never a name, whatever the lexicon of given names holds."""
    if key(word.text).startswith(_HARM_PREFIXES) or set(keys_of(word.text)) & TITLE_WORDS:
        return False
    return word.script == ARABIC or word.text[:1].isupper()


def _inside_name(word: Word, name) -> bool:
    """A word can be followed by more of the name: it carries no case ending (Tursun, not Tursunning)."""
    if name is not None:
        # a woman's family name (Қасымова, Tursunova): the lexicon reads the man's (Қасымов) with a case
        # ending -а, which Kazakh and Uyghur do not write after -ов, -ин (their genitive is -тың, -ning; h-persons44)
        return name[1] == fold(word.text) or (fold(word.text) == name[1] + "а" or fold(word.text) == name[1] + "a") \
            and bool(_FEMININE_SURNAME.search(fold(word.text)))
    return len(stems(word.text)) == 1


def _cued(words: list[Word], start: int, end: int) -> bool:
    """A cue beside the words: a kinship word before, "named" after, "my name is" before."""
    before = set(keys_of(words[start - 1].text)) if start else set()
    after = set(keys_of(words[end].text)) if end < len(words) else set()
    return bool(before & (KIN_WORDS | NAME_BEFORE | TITLE_WORDS) or after & NAMED_AFTER)


def _cue_names(text: str, words: list[Word], names: list, used: set[int]) -> list[tuple[int, int]]:
    """Names the lexicon does not know, told by a cue: "X ئىسىملىك", "ئىسمىم X Y", a title before, or in
    Cyrillic or Latin script a kinship word before («Күйеуі Мұратбек Сейітқали», capitalised words; not in
    Arabic script, which has no capitals to tell a name from the next word, h-persons43)."""
    found = []
    for index, word in enumerate(words):
        keys = set(keys_of(word.text))
        if keys & NAMED_AFTER and index and index - 1 not in used and _joined(text, words, index - 1):
            start = index - 1
            if start > 0 and start - 1 not in used and names[start - 1] is not None and _joined(text, words, start - 1):
                start -= 1
            if _plausible(words[start:index]):
                found.append((start, index))
        elif key(word.text) in KIN_WORDS and word.script == ARABIC and index + 1 < len(words) and index + 1 not in used \
                and _joined(text, words, index):
            end = index + 1
            while end < len(words) and end - index <= 2 and end not in used and _bare_unknown_word(words[end]):
                end += 1
                if not _joined(text, words, end - 1):
                    break
            if end > index + 1:
                found.append((index + 1, end))
        elif (key(word.text) in NAME_BEFORE or keys & TITLE_WORDS or (keys & KIN_WORDS and words[index].script != ARABIC)) \
                and index + 1 < len(words) and index + 1 not in used and _joined(text, words, index):
            end = index + 1
            while end < len(words) and end - index <= 2 and end not in used and _plausible([words[end]]) \
                    and not _light_verb_after(words, end):
                end += 1
                if not _inside_name(words[end - 1], names[end - 1]) or not _joined(text, words, end - 1):
                    break
            # a kinship word before a place («Ағам Ақтөбе қаласында тұрады»: the word after is a level word)
            place_after = end < len(words) and _joined(text, words, end - 1) \
                and set(keys_of(words[end].text)) & (LEVEL_WORDS | set(LOCAL_WORDS))
            if end > index + 1 and not (keys & KIN_WORDS and place_after) and not _light_verb_after(words, end):
                found.append((index + 1, end))
    return found


# Endings of a Uyghur verb form (keys): the past (-di, -du after a voiced letter, -ti, -tu), the present and future
# (-idu, -ydu), the participles (-ghan, -qan, -gen, -ken), the converb (-p), the conditional (-sa, -sam …), the first
# person (-men, -miz) and the infinitive (-maq, -mek): a word after a kin word that ends so is the relative's verb
# (ئاكام كەلدى "my brother came"), not a name. A given name the lexicon knows that ends so (Yaqup) stays one.
_UG_VERB_ENDING = re.compile(r"(?:[dt][iu]|ydu|idu|[gq]h?an|[gk]en|maq|mek|p|s[ae](?:m|ng|q|k|ngiz)?|men|miz|"
                             # and the derived nouns and adjectives (كىملىك "identity card", -liq): no given name ends so
                             r"l[iu]q|l[iü]k)$")


def _bare_unknown_word(word: Word) -> bool:
    """Whether a word of Arabic script after a kin word may be the relative's name though no list knows it
    (ئاكام ئەلقۇت قۇدرەت "my elder brother Elqut Qudret"): not a word these rules know (`no_name`), no case or
    possessive ending (ئۆيگە "home", a place of the verb), no verb ending (`_UG_VERB_ENDING`)."""
    from guwah.names.given import given_name

    if word.script != ARABIC or not _plausible([word]) or no_name(word.text) or len(stems(word.text)) != 1:
        return False
    return given_name(word.text) is not None or not _UG_VERB_ENDING.search(key(word.text))


# The light verbs that make a verb of the noun before them (ئېلان قىلىنمىدى "was not announced", بايان قىلدى,
# хабар болды): the word before one is that noun, not a name after a cue (ئىسمى ئېلان قىلىنمىدى "his name was not
# announced", h-persons44).
_LIGHT_VERB_STARTS = ("qil", "bol", "қыл", "бол")


def _light_verb_after(words: list[Word], end: int) -> bool:
    """Whether words[end] is a form of a light verb (`_LIGHT_VERB_STARTS`) the lexicon of given names lacks."""
    from guwah.names.given import given_name

    return end < len(words) and key(words[end].text).startswith(_LIGHT_VERB_STARTS) and given_name(words[end].text) is None


def _initialled(text: str, words: list[Word], used: set[int]) -> list[tuple[int, int]]:
    """(first, last + 1) of an initial and a family name of Russian or Kazakh form («Ж. Сәрсенбаев»)."""
    found = []
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if len(word.text) == 1 and word.text.isupper() and word.script != ARABIC and following.script != ARABIC \
                and index not in used and index + 1 not in used \
                and _INITIAL_GAP.fullmatch(text, word.end, following.start) and SURNAME.search(_capitalised(following.text)) \
                and _plausible([following]):
            found.append((index, index + 2))
    return found


# A policeman's or a guard's word before a Han official's name written in Uyghur script (ساقچى ۋاڭ جۈن, the
# policeman Wang Jun): a name when the next word is a common Chinese family name (h-x28p). The word alone
# is no cue: "ساقچى ئىدارىسى" is the police station.
POLICE_WORDS = _keyed("ساقچى", "saqchi", "ساقچىسى", "saqchisi", "қақпашы", "полицей", "полицейский", "сақшы")
HAN_SURNAMES = _keyed("wang", "li", "jang", "liyu", "lyu", "chen", "yang", "jaw", "wu", "jou", "shü", "sün", "ma", "ju",
                      "xu", "go", "gaw", "lin", "lo", "jëng", "lyang", "shyë", "sung", "tang", "han", "fëng", "dëng",
                      "ваң", "ван", "ли", "чжан", "лю", "чэнь", "ян", "чжао", "ма", "сюй", "сунь", "чжоу")


# "introduced himself as X" (өзін X деп таныстырды, ئۆزىنى X دەپ تونۇشتۇردى): the words between the reflexive
# and "деп" (one or two) are a name, known to the lexicon or not (a caller's Han name, h-x28p).
SELF_WORDS = _keyed("өзін", "ئۆزىنى", "özini")
SAYING = _keyed("деп", "دەپ", "dep")


def _self_named(text: str, words: list[Word], used: set[int]) -> list[tuple[int, int]]:
    """(first, last + 1) of the names a speaker gives himself: `SELF_WORDS` X (Y) `SAYING`."""
    found = []
    for index, word in enumerate(words):
        if not set(keys_of(word.text)) & SELF_WORDS:
            continue
        for size in (2, 1):
            end = index + 1 + size
            if end < len(words) and key(words[end].text) in SAYING and not used & set(range(index + 1, end)) \
                    and _plausible(words[index + 1:end]) \
                    and all(_joined(text, words, i) for i in range(index, end)):
                found.append((index + 1, end))
                break
    return found


def _han_names_after_police(text: str, words: list[Word], used: set[int]) -> list[tuple[int, int]]:
    """(first, last + 1) of the Han names written after a police word (`POLICE_WORDS`): a family name
    of `HAN_SURNAMES` and the one word after it, when joined."""
    found = []
    for index, word in enumerate(words[:-2]):
        if set(keys_of(word.text)) & POLICE_WORDS and _joined(text, words, index) \
                and key(words[index + 1].text) in HAN_SURNAMES and index + 1 not in used and index + 2 not in used \
                and _joined(text, words, index + 1) and _plausible(words[index + 1:index + 3]):
            found.append((index + 1, index + 3))
    return found


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _joined(text: str, words: list[Word], index: int) -> bool:
    """Whether words[index] and the next word are in one phrase (only spaces between, and no blank
    line: a name never runs across a paragraph break)."""
    if index + 1 >= len(words):
        return False
    gap = text[words[index].end:words[index + 1].start]
    return not gap.strip() and not _PARAGRAPH_BREAK.search(gap)


def _plausible(words: list[Word]) -> bool:
    """Words that may be an unknown name: no digits, no function words, kin words or pronouns,
    capitalised outside Arabic script."""
    return all(not w.text.isdigit() and not set(keys_of(w.text)) & (FUNCTION_WORDS | KIN_WORDS | PRONOUNS | ME)
               and _may_be_name(w) for w in words)


def _add_person(doc: Doc, group: list[Word], names: list, inflected: bool = True) -> None:
    """Record a name (its last word without its case ending, unless not `inflected`) as a person,
    or a mention of one seen before."""
    from guwah.names.given import given_name

    last = group[-1]
    entry = names[-1] or given_name(last.text)
    # A name the lexicon does not know loses only an ending of two letters or more (-ны, -ның, -да …): a
    # final -и or -а is as likely the name's own letter («Сейітқали», «Ким-Ли») as a case (h-persons43).
    stem = entry[1] if entry else next(
        (x for x in ordered_stems(last.text, longest_first=False) if len(last.text) - len(x) != 1), fold(last.text))
    if entry and _inside_name(last, entry) and not fold(last.text) == entry[1]:
        inflected = False  # a woman's family name, whole (`_inside_name`)
    surface, length = stem_surface(last.text, stem) if inflected else (last.text, len(last.text))
    # A patronymic family name (-ұлы "son of", -қызы "daughter of") ends in what the stemmer reads as a
    # possessive ending: the case ending comes off after the patronymic, never into it; an
    # accusative after that possessive is a bare -н («Бекболатұлын», «Нұрланқызын»), which the
    # stemmer leaves on.
    patronymic = _PATRONYMIC.match(_capitalised(last.text))
    if patronymic and inflected and patronymic.end() != length:
        surface, length = last.text[:patronymic.end()], patronymic.end()
    start, end = group[0].start, last.start + length
    name = doc.text[group[0].start:last.start] + surface
    span = (start, end)
    person = same_person(doc, name)
    if person is None:
        person = doc.new_person()
    if name not in person.names:
        person.names.append(name)
    doc.add_person_mention(person, span)
    first = names[0]
    if first and first[0].gender and len(group) <= 3:
        person.set_attribute("gender", first[0].gender, (group[0].start, group[0].end))


# ------------------------------------------------------------------------------------------ facilities

# Type words (keys of their uninflected forms) → facility type; two-word types as tuples.
FACILITY_WORDS: dict[tuple[str, ...], str] = {
    **{(k,): "internment_camp" for k in _keyed("لاگېر", "lagër", "лагер", "лагерь")},
    (key("تەربىيىلەش"), key("مەركىزى")): "internment_camp",
    (key("تەربىيىلەش"), key("مەركەز")): "internment_camp",
    (key("terbiyilesh"), key("merkizi")): "internment_camp",
    **{(k,): "prison" for k in _keyed("تۈرمە", "türme", "түрме")},
    **{(k,): "detention_centre" for k in _keyed("قاماقخانا", "qamaqxana", "СИЗО", "изолятор", "изоляторы")},
    **{(k,): "police_station" for k in _keyed("ساقچىخانا", "saqchixana")},
    (key("ساقچى"), key("ئىدارىسى")): "police_station",
    (key("полиция"), key("бөлімшесі")): "police_station",
    (key("полиция"), key("бөлімі")): "police_station",
    **{(k,): "hospital_or_clinic" for k in _keyed("دوختۇرخانا", "doxturxana", "аурухана")},
    # a camp by the state's Kazakh names for it: «оқу орталығы» (study centre), «тәрбиелеу орталығы»
    **{(key(kind), key(noun)): "internment_camp" for kind in ("оқу", "оқыту", "тәрбиелеу")
       for noun in ("орталығы", "орталық")},
}
INDEFINITE = _keyed("بىر", "bir", "бір")
# Between a place and a type word, what is the site's name too: its number (2-نومۇرلۇق, «№2») and the
# words of its level or kind (شەھەرلىك "municipal", كەسپىي "vocational", «аудандық»): vocab/facility_names.yaml.
_NUMBER_BEFORE = facility_name_pattern("number_before", ("ug", "kk"))
_BEFORE_TYPE = re.compile(
    rf"(?:(?P<number>{_NUMBER_BEFORE})|(?<!\w){facility_name_pattern('qualifiers', ('ug', 'kk'))}(?!\w))\s*$",
    re.IGNORECASE)


def _name_start(text: str, start: int) -> tuple[int, str | None]:
    """Where a site's name starts before its type word at `start`, over its number and qualifiers,
    and its number as digits (None where it has none)."""
    number = None
    while found := _BEFORE_TYPE.search(text, max(0, start - 40), start):
        if found.start() == start:
            break
        if found.group("number") and number is None:
            number = facility_number(found.group("number"))
        start = found.start()
    return start, number


def find_facilities(doc: Doc, words: list[Word]) -> None:
    """Add detention sites named by their type word, with the place right before it (قەشقەردىكى لاگېر)."""
    readable = [w for w in words if _readable(w, doc.language)]
    facilities = FacilityMentions(doc)
    index = 0
    while index < len(readable):
        found = None
        for size in (2, 1):
            group = readable[index:index + size]
            if len(group) < size:
                continue
            head = tuple(key(w.text) for w in group[:-1])
            for stem in ordered_stems(group[-1].text):
                if head + (key(stem),) in FACILITY_WORDS:
                    found = (size, FACILITY_WORDS[head + (key(stem),)], stem)
                    break
            if found:
                break
        if found is None:
            index += 1
            continue
        size, facility_type, stem = found
        start, end = readable[index].start, readable[index + size - 1].end
        named, number = _name_start(doc.text, start)  # 2-نومۇرلۇق كەسپىي …, «№2 …»
        before = [w for w in readable[:index] if w.end <= named]
        previous = before[-1] if before else None
        indefinite = previous is not None and key(previous.text) in INDEFINITE
        # The place right before, or before "a": قەشقەردىكى بىر لاگېر (a camp in Kashgar).
        place_id, place_start = place_before(doc, previous.start if indefinite else named)
        qualifiers = " ".join(doc.text[named:start].split())
        start = place_start if place_id else named
        type_words = " ".join([w.text for w in readable[index:index + size - 1]]
                              + [stem_surface(readable[index + size - 1].text, stem)[0]])
        place_words = doc.text[place_start:place_start + place_length(doc, place_start)] if place_id else ""
        facilities.add(facility_type, place_id, indefinite, (start, end),
                       " ".join(part for part in (place_words, qualifiers, type_words) if part), number)
        index += size


# ------------------------------------------------------------------------------------------ victims

# Beginnings of the words (keys, Uyghur Latin or folded Cyrillic) that tell a person was taken,
# held, sentenced or died in custody: tutuldi / tutup ketti (arrested, taken), qamidi / qamaldi /
# qamaq (locked up), lagër (camp), türme (prison), kësim (a prison term), «ұсталды», «қамалды»,
# «сотталды» (sentenced), «лагерь», «түрме». "élip ketti" (took away) and "élip qoyghan"
# (confiscated) are two words: ëlip followed by ket… or qoy…. Since h-x28p also "soraq" (interrogation),
# "qoghlan…" (dismissed, a reprisal the golds count) and «тергеу» (questioning).
_HARM_PREFIXES = ("tutul", "tutup", "qamid", "qamal", "qamaq", "lagër", "türme", "kësim",
                  "ұстал", "ұстап", "қамал", "қамад", "сотта", "лагер", "түрме",
                  # interrogated (soraq qilindi, «тергеуге алынды»), dismissed from work (qoghlandi), h-x28p
                  "soraq", "qoghlan", "тергеу")
# Kazakh «алып кетті» (took away), «алып қойды» (confiscated) likewise (h-x28p).
_TAKE = ("ëlip", "әкет", "алып")
_TAKE_AFTER = ("ket", "kët", "qoy", "кет", "қой")
# "He, she" and "me" in the forms a testimony uses (keys): a victim's pronoun and the narrator; never a name
# (`_plausible`, and `guwah.redaction`'s words known to be none).
PRONOUNS = frozenset(("u", "uni", "uning", "uningdin", "ол", "оны", "оның"))
ME = frozenset(("men", "mëni", "mëning", "mendin", "manga", "мен", "мені", "менің", "маған"))
_GENITIVE = ("ning", "нің", "ның", "дің", "дың", "тің", "тың")
# The equative case on a noun with the third-person possessive: "by his/her words, view" (Kazakh -ынша/-інше,
# Uyghur -iche on a key: айтуынша, сөзінше, ëytishiche, qarishiche), the postposition «бойынша» itself left out.
_EQUATIVE = re.compile(r"(?<!бой)[ыі]нш[ае]$|\w{2,}iche$")
# "My", "our" as a word: spoken Kazakh and Uyghur put it after the kin word as well as before («інім менің
# Ержан», ئىنىم مېنىڭ X "my brother X"): the teller's relative either way, so the name after it is the kin
# word's person.
_MY = _keyed("менің", "біздің", "mëning", "bizning")
# Kazakh accusative endings on a kin word with its possessive («інімді», «әкемді» "my brother, my father" as an
# object): an unnamed relative the act was done to, before its verb or after it in spoken order («ұстады менің
# інімді»).
_KK_ACCUSATIVE = ("ды", "ді", "ны", "ні")
# "His son", "her daughter" (ұлы, қызы), kept out of the kin words (a man's «ұлы» "great", a girl's «қызы»), read as
# kin only in the accusative («ұлын», «қызын»).
_KK_CHILD_OF = _keyed("ұлы", "қызы")


def _kin_keys(text: str) -> tuple[str, ...]:
    """The keys of a word (`keys_of`) and, for a Kazakh kin word with the third-person possessive in the
    accusative («інісін», «әкесін», «күйеуін», «ұлын» "his brother, her father, her husband, his son" as an
    object), the key of its nominative (інісі), which the stems do not give (their -н is a name's ending)."""
    keys = keys_of(text)
    k = key(text)
    if k.endswith("н") and k[-2:-1] in ("і", "ы") and (k[:-1] in KIN_WORDS or k[:-1] in _KK_CHILD_OF):
        return (*keys, k[:-1])
    return keys


def _kin_object(text: str) -> bool:
    """Whether a word is a Kazakh kin word with its possessive in the accusative: «інімді», «әкемді» ("my
    brother, my father"), «інісін», «ағасын» ("his brother, her elder brother") as an act's object."""
    mine = key(text).endswith(_KK_ACCUSATIVE) and bool(set(keys_of(text)) & KIN_WORDS)
    return mine or len(_kin_keys(text)) > len(keys_of(text))


# A Kazakh verb in the passive voice (keys): -л- after a vowel, -ыл-/-іл- after a consonant, -ын-/-ін- after -л
# («ұсталды», «жіберілді», «алынған»), then its endings. A passive verb takes no object: a relative in the
# accusative in its sentence is another verb's («әкесін көруге барып, ұсталды» "went to see his father, was
# detained"), and the act is its subject's.
_KK_PASSIVE = re.compile(r"^\w{2,}(?:[аәеыі]л|[ыі]н)(?:ды|ді|ған|ген|[ыі]п|ма|ме|атын|етін|у|са|се)")


def _object_of(text: str, word: Word, start: int, end: int, passive: bool) -> bool:
    """Whether `word`, a Kazakh kin word in the accusative (`_kin_object`), is the object of the act's verb at
    [start, end): the verb is not passive and no comma or other clause mark stands between them, nor «деп»,
    which closes a clause said or called («баласын «сатқын» деп айтуды бұйырады» "ordered him to call his
    child a traitor": the child is the calling's object, not the order's), there or in the act's words."""
    between = text[word.end:start] if word.end <= start else text[end:word.start]
    return not passive and _kin_object(word.text) and not _CLAUSE_MARK.search(between) \
        and not _CLAUSE_MARK.search(text, start, end)


_CLAUSE_MARK = re.compile(r"[,;:]|(?<!\w)деп(?!\w)", re.I)
# What ends a noun phrase before a postposition of a topic (`ActPersons._possessor_aside`): a comma (Arabic too),
# a colon, a sentence's end.
_TOPIC_BREAK = re.compile(r"[,،;:.!?؟]")


def _kin_follower(text: str, readable: list[Word], index: int) -> int:
    """The index of the word that names the person of the kin word at `index`: the next one, or the one
    after "my" written right after the kin word («інім менің Ержан»)."""
    following = index + 1
    if following + 1 < len(readable) and key(readable[following].text) in _MY \
            and not text[readable[index].end:readable[following].start].strip(" ,"):
        following += 1
    return following


# A children's, summer, health, sports or holiday camp («балалар сауықтыру лагері», «жазғы лагерь», يازلىق لاگېر):
# no custody, as the act files leave it out (acts/kk.yaml, acts/ug.yaml; en and ru: a summer or scout camp).
_CAMP_KEYS = ("лагер", "lagër", "lagir")
_LEISURE_BEFORE_CAMP = _keyed("сауықтыру", "жазғы", "балалар", "спорт", "спорттық", "пионер", "демалыс", "يازلىق",
                              "بالىلار", "yazliq", "balilar")


# Postpositions that take a noun in the nominative: a kin word before one is what the clause is about or who came
# along, not its subject («ағасы туралы сұрап» "asking about his brother"; ئاكىسى ھەققىدە, ئۈچۈن; ئوغلى بىلەن "with
# her son": the son travelled beside the subject, who is named elsewhere).
_POSTPOSITIONS = _keyed("туралы", "жайлы", "жөнінде", "үшін", "сияқты", "секілді", "арқылы", "менен", "ھەققىدە",
                        "توغرىسىدا", "ئۈچۈن", "ئارقىلىق", "بىلەن", "heqqide", "toghrisida", "üchün", "arqiliq", "bilen")


def _harm_at(words: list[Word], index: int) -> bool:
    k = key(words[index].text)
    if k.startswith(_CAMP_KEYS) and index and key(words[index - 1].text) in _LEISURE_BEFORE_CAMP:
        return False
    if k.startswith(_HARM_PREFIXES):
        return True
    return k.startswith(_TAKE) and index + 1 < len(words) and key(words[index + 1].text).startswith(_TAKE_AFTER)


def _harm_denied(doc: Doc, words: list[Word], index: int) -> bool:
    """Whether the Kazakh or Uyghur word of custody at `index` is negated («ұсталмады», «ұсталған
    жоқ»; تۇتۇلمىدى, tutulghan emes): the one negation test after the words (`lexicon.negated_after`),
    from the end of its beginning. A Uyghur word's beginning is read on its key (Uyghur Latin), whose
    length is not the Arabic word's: its suffix is tested on the key, the word after it on the text."""
    from guwah.extract.lexicon import negated_after

    if doc.language not in ("kk", "ug"):
        return False
    k = key(words[index].text)
    prefix = next((p for p in _HARM_PREFIXES if k.startswith(p)), None)
    if prefix is None:
        return False
    if doc.language == "ug":
        return negated_after(k, len(prefix), "ug") or negated_after(doc.text, words[index].end, "ug")
    return negated_after(doc.text, words[index].start + len(prefix), "kk")


# "the late" before a name («марқұм», مەرھۇم): a word of the kin phrase that names the person after it.
_LATE = _keyed("марқұм", "мархұм", "marhum", "مەرھۇم")
# "Big" before a kin word: "big father" (grandfather, «чоң ата», «үлкен әке») is another person than "father".
_BIG = frozenset(("chong", "чоң", "үлкен"))


def find_victims(doc: Doc, words: list[Word]) -> None:
    """The victim role in Uyghur and Kazakh: a person named in a sentence with a word of arrest,
    custody, a prison term or a camp, or referred to there by a kin word first written before
    their name ("دادام X … دادامنى"), else by "he/she" (ئۇ, ол) after them. A name in the genitive
    ("X's …") is not the one it happened to, and a sentence with nobody in it is background
    ("thousands were detained"). "Me" (مېنى, «мені») is the narrator who gave their name. A person named
    after a title or a police word (`TITLE_WORDS`, `POLICE_WORDS`) is an official and never the victim."""
    readable = [w for w in words if _readable(w, doc.language)]
    kin_person = _kin_named(doc, readable, _act_words(doc).kin_stems, apposed=False)
    # The narrator: the person named after "my name is" (ئىسمىم X, «атым X»).
    narrator = None
    for index, word in enumerate(readable[:-1]):
        if set(keys_of(word.text)) & NAME_BEFORE and doc.person_spans_in(readable[index + 1].start, readable[index + 1].end):
            narrator = doc.person_spans_in(readable[index + 1].start, readable[index + 1].end)[0][1]
            break
    # Officials: a person named right after a title or a police word (يېزا كادىرى X, ساقچى ۋاڭ جۈن), by a name
    # with no case ending: an inflected name after the police word is what they did something to or with
    # (ساقچىلار گۈلنارغا "the police, to Gulnar", ساقچىلار X-نىڭ ئۆيىنى "the police … X's house"; h-persons45).
    officials = set()
    word_ends = sorted(w.end for w in readable)
    for index, word in enumerate(readable[:-1]):
        if set(keys_of(word.text)) & (TITLE_WORDS | POLICE_WORDS):
            for span, person_id in doc.person_spans_in(readable[index + 1].start, readable[index + 1].end):
                if span[1] not in word_ends:  # the name's last word goes on past it: a case ending
                    continue
                officials.add(person_id)
                doc.person(person_id).roles.add("official")
    last_person: str | None = None
    # A colon opens what someone told («Анасы X хабарлады: баланың әкесі Y ұсталып …»): the teller before it
    # is not the one it happened to, so each side of a colon is read as a sentence of its own (h-persons43).
    parts = []
    for sentence in doc.sentences:
        start = sentence.start
        for colon in re.finditer(r":", doc.text[sentence.start:sentence.end]):
            parts.append((start, sentence.start + colon.start()))
            start = sentence.start + colon.end()
        parts.append((start, sentence.end))
    for part_start, part_end in parts:
        inside = [(i, w) for i, w in enumerate(readable) if part_start <= w.start < part_end]
        referred: list[str] = []
        nominative_at: list[tuple[int, str]] = []  # (offset, person) of each name in the nominative
        pronoun = False
        unnamed_kin = False  # a kin word whose person the text never names ("my father is in a camp")
        kin_object = False  # such a kin word in the accusative («оның інісін», "his brother")
        for i, word in inside:
            spans = doc.person_spans_in(word.start, word.end)
            k = key(word.text)
            genitive = k.endswith(_GENITIVE)
            previous = key(readable[i - 1].text) if i else ""
            if spans:
                if spans[0][1] in officials:
                    continue  # the one who took, not the one taken
                if not genitive:
                    referred.append(spans[0][1])
                    nominative_at.append((word.start, spans[0][1]))
                last_person = spans[0][1]
                continue
            kin = [kin_person[x] for x in _kin_keys(word.text) if x in kin_person]
            # «ئايالىم رەناگۈلنىڭ ئاكىسى X» ("my wife Renagul's brother X"): the kin word's person is named
            # again right after it in the genitive, the owner of who the act happened to (h-persons44)
            owner_after = i + 1 < len(readable) and _joined(doc.text, readable, i) \
                and key(readable[i + 1].text).endswith(_GENITIVE)
            if kin and previous not in _BIG:
                if not genitive and not owner_after:
                    referred.append(kin[0])
                last_person = kin[0]
            elif k in KIN_WORDS and previous not in _BIG:
                unnamed_kin = True
            elif doc.language == "kk" and _kin_object(word.text):
                kin_object = True
            elif k in PRONOUNS:
                pronoun = True
            elif k in ME and narrator and not genitive:
                referred.append(narrator)
        harms = [w for i, w in inside if _harm_at(readable, i) and not _harm_denied(doc, readable, i)]
        if not harms:
            continue
        # the act done to an unnamed relative («полиция оның інісін ұстады» "the police detained his brother"), not
        # by a passive verb, which takes no object (`_KK_PASSIVE`)
        unnamed_kin = unnamed_kin or kin_object and not all(_KK_PASSIVE.match(key(w.text)) for w in harms)
        # the act is told of the unnamed relative, not of "he" or "she" (a child's «менің әкем лагерьде»)
        if not referred and pronoun and last_person and not unnamed_kin:
            referred = [last_person]
        # «Бибігүл оның сотталғанын естіді» ("Bibigul heard he was sentenced"): the hearer is no victim, by
        # the rule that keeps them from the act's codes (`heard_after`), when every custody word is heard
        if all(heard_after(doc, readable, w.end, part_end) for w in harms):
            hearers = {next((pid for at, pid in nominative_at if at < w.start), None) for w in harms}
            referred = [pid for pid in referred if pid not in hearers]
        for person_id in referred:
            doc.person(person_id).roles.add("victim")


# ------------------------------------------------------------------------------------------ acts

# Kazakh third-person pronouns, in the cases an act's person takes: he/she (ол), him/her (оны), to
# them (оған), from them (одан), with them (онымен), they (олар …). The genitive (оның, олардың)
# is a possessor, not the one an act happened to.
_KK_THIRD = frozenset(("ол", "оны", "оған", "одан", "онымен", "олар", "оларды", "оларға", "олардан"))
# "me", "to me", "from me" (мен alone is also "and": left out); "we" is the family telling, not a person.
# The accusative, dative and ablative endings (Ержанды, Айгүлге, Бекқызына, әкесінен): an object named (`ActWords.oblique`).
_KK_OBLIQUE = ("ны", "ні", "ды", "ді", "ты", "ті", "ға", "ге", "қа", "ке", "ына", "іне", "дан", "ден", "тан", "тен", "нан", "нен")
_KK_ME = frozenset(("мені", "маған", "менен", "менімен"))
# A verb ending in the first person singular (ұсталдым "I was detained", ұсталғанмын, алды ма…):
# the narrator, where the text has named them.
_KK_FIRST_PERSON_VERB = re.compile(r"(?:дым|дім|тым|тім|ғанмын|генмін|қанмын|кенмін|мын|мін|пын|пін|бын|бін|ппын|ппін)$")
# A noun with the first person singular possessive in the accusative (төлқұжатымды "my passport",
# телефонымды "my phone"): a thing of the narrator's; not «ешкімді», «кімді» (nobody, whom).
_KK_MY_THING = re.compile(r"^(?!(?:еш)?кімді$)\w{3,}(?:ымды|імді|[аәеиоөұүыіуя]мды|[аәеиоөұүыіуя]мді)$")


def _narrator(doc: Doc, readable: list[Word]) -> str | None:
    """The person who tells a Kazakh or Uyghur text: named after "my name is" (атым X, ئىسمىم X), after
    «Мен,» opening a sentence ("I, X, born …"), or in a form's name field (Аты-жөні: X)."""
    for index, word in enumerate(readable[:-1]):
        if set(keys_of(word.text)) & NAME_BEFORE:
            spans = doc.person_spans_in(readable[index + 1].start, readable[index + 1].end)
            if spans:
                return spans[0][1]
    for cue in list(_KK_I_NAME.finditer(doc.text)) + list(_NAME_FIELD.finditer(doc.text)):
        spans = doc.person_spans_in(cue.end(), cue.end() + 1)
        if spans:
            return spans[0][1]
    return None


# A relation to a form's filer in brackets after a name: «(өтініш берушінің жұбайы)» "(the applicant's spouse)";
# the kin word (possessive of the third person) -> the writer's own ("his/her husband" -> "my husband").
_FILER_KIN = re.compile(r"[ \t]*\([ \t]*(?:өтініш[ \t]+берушінің|арыз[ \t]+берушінің|мәлімдеушінің)[ \t]+"
                        r"(?P<kin>жұбайы|күйеуі|әйелі|әкесі|анасы|ұлы|қызы|ағасы|інісі|әпкесі|сіңлісі)[ \t]*\)")
_FILER_KIN_MINE = {key("күйеуі"): "күйеуім", key("әйелі"): "әйелім", key("әкесі"): "әкем", key("анасы"): "анам",
                   key("ұлы"): "ұлым", key("қызы"): "қызым", key("ағасы"): "ағам", key("інісі"): "інім",
                   key("әпкесі"): "әпкем", key("сіңлісі"): "сіңлім"}
_FILER_SPOUSE_MINE = {"male": "күйеуім", "female": "әйелім"}


def _kin_named(doc: Doc, readable: list[Word], kin_stems: tuple[str, ...] = (), apposed: bool = True) -> dict[str, str]:
    """Kin word (key, endings off) -> the person it first named ("күйеуім Ержан": күйеуім names
    Ержан from then on; «Әкеміз, атамыз марқұм X»: a kin word, another in apposition or "the late"
    between, two at most, a comma the only mark); "big father" (grandfather, «чоң ата», «үлкен»)
    is another person. `kin_stems`: the language's kin nouns with any possessive ending (`ActWords`).
    The one walk for both readers of a kin word's person: `ActPersons`, and `find_victims` with
    `apposed` False (the word right after the kin word only: on the tuning bench the walk past an
    apposition or a name run changed the victims of two sets, one false victim more and one less)."""
    kin_person: dict[str, str] = {}
    text = doc.text
    # «X (өтініш берушінің жұбайы)» "X (the applicant's spouse)": a form's filer is its writer, so X is the one
    # the writer's "my husband" / "my wife" names from then on (by X's gender for a spouse; issue 11)
    for match in _FILER_KIN.finditer(text):
        before = [span for span in doc.person_spans_in(max(0, match.start() - 80), match.start())
                  if not text[span[0][1]:match.start()].strip()]
        if not before:
            continue
        person_id = before[-1][1]
        gender = doc.person(person_id).attributes.get("gender", (None,))[0]
        word = key(match.group("kin"))
        mine = _FILER_KIN_MINE.get(word) or _FILER_SPOUSE_MINE.get(gender)
        if mine:
            kin_person.setdefault(key(mine), person_id)
    for index, word in enumerate(readable[:-1]):
        kin = set(keys_of(word.text)) & KIN_WORDS
        named = _kin_follower(text, readable, index)
        while apposed and kin and named < min(len(readable) - 1, index + 3) and not doc.person_spans_in(
                readable[named].start, readable[named].end) and text[readable[named - 1].end:readable[named].start].strip(" ,") == "" \
                and (set(keys_of(readable[named].text)) & (KIN_WORDS | _LATE) or key(readable[named].text).startswith(kin_stems or ("\0",))):
            named += 1
        if text[readable[named - 1].end:readable[named].start].strip(" ,"):
            named = _kin_follower(text, readable, index)
        # a name run on by another's («інім Тоқтаров Нұрболат Ерланұлы», its surname made another's
        # mention): the kin word names the person the run ends with, its given name (h-codes50)
        while apposed and named + 1 < len(readable) and not text[readable[named].end:readable[named + 1].start].strip(" ") \
                and doc.person_spans_in(readable[named].start, readable[named].end) \
                and doc.person_spans_in(readable[named + 1].start, readable[named + 1].end):
            named += 1
        follower = doc.person_spans_in(readable[named].start, readable[named].end)
        previous = key(readable[index - 1].text) if index else ""
        if kin and follower and previous not in _BIG:
            for k in kin:
                kin_person.setdefault(k, follower[0][1])
    return kin_person


class ActPersons:
    """Who an act told in a Kazakh or Uyghur text happened to (`persons`), read from the document
    once: its words, its narrator (`_narrator`), the kin words that named someone (`_kin_named`),
    and the language's pronouns, endings and kin words (`ACT_WORDS`; Kazakh's for another language)."""

    def __init__(self, doc: Doc, words: list[Word]):
        self.doc = doc
        self.readable = [w for w in words if _readable(w, doc.language)]
        self.words = _act_words(doc)
        self.narrator = _narrator(doc, self.readable)
        self.kin_person = _kin_named(doc, self.readable, self.words.kin_stems)
        # persons named after a title («учаске бастығы Ма Вэньбинь»): the doers, never an act's person
        from bisect import bisect_right

        ends = [w.end for w in self.readable]
        self.officials = {person for (s, _e), person in doc.person_spans
                          if (i := bisect_right(ends, s)) and set(keys_of(self.readable[i - 1].text)) & TITLE_WORDS}

    def _relative_follows(self, index: int) -> bool:
        """Whether the word after word `index` is a kin noun or an honorific («Ержанның жұбайы»,
        «Ләззат апайдың өз ұлы»): the genitive there names a relative's possessor."""
        if index + 1 >= len(self.readable):
            return False
        following = key(self.readable[index + 1].text)
        return following.startswith(self.words.kin_stems) or following.startswith(self.words.honorifics) \
            or following in self.words.own

    def _named_next(self, index: int, person: str) -> bool:
        """Whether word `index` is a kin word right before a name of the person it stands for
        («інісі Мұраттың»): one reference, whose case is the name's."""
        if index + 1 >= len(self.readable) or self._spans_over(self.readable[index]):
            return False
        following = self.readable[index + 1]
        return not self.doc.text[self.readable[index].end:following.start].strip(" ,") \
            and any(p == person for _span, p in self._spans_over(following))

    def _teller(self, index: int, person: str) -> bool:
        """Whether word `index`, of a mention of `person` whose last word is in the genitive, names whose
        words or view the clause reports: the possessor of a noun in the equative («Айгүл Тоқтарованың
        айтуынша», «сөзінше», «пікірінше» "according to Aigul", "in her view"; ئايگۈلنىڭ ئېيتىشىچە,
        قارىشىچە), or of a noun before «бойынша»/بويىچە («айтуы бойынша»). The source of the report,
        never whom its «ол»/ئۇ or its act stands for (issue 11)."""
        last = index  # a name's case is on its last word
        while last + 1 < len(self.readable) and any(p == person for _s, p in self._spans_over(self.readable[last + 1])):
            last += 1
        if not self._person_of(last)[1]:
            return False
        following = [key(w.text) for w in self.readable[last + 1:last + 3]]
        return bool(following) and (bool(_EQUATIVE.search(following[0])) or following[1:] in (["бойынша"], ["boyiche"]))

    def _possessor_aside(self, index: int, person: str | None, start: int, end: int) -> bool:
        """Whether word `index`, a genitive (on a name's last word, an honorific after it or a kin word), owns the
        place an act happened at or what it asked about, not the act: a dwelling right after it in the dative,
        ablative or locative («әкесінің үйінен алып кетті» "took him from his father's house", X ھەدەڭنىڭ ئۆيىگە
        بېرىپ "went to X's house"), or a postposition of a topic one or two words after its noun in the same clause
        (قىزىنىڭ … پائالىيەتلىرى توغرىسىدا سوراق قىلدى "questioned about her daughter's activities"). The one visited
        or asked about is then neither the act's person nor an unnamed subject that hides it (issue 11). `person`: whom
        the word names (a name's later words are read with it), None for a kin word that names no one. Never where the
        act's words [start, end) stand between the genitive and the postposition («Ерланның ұсталғаны туралы» "about
        Erlan's arrest": the genitive is the subject of the act made a noun)."""
        words, readable = self.words, self.readable
        if not words.home and not words.about:
            return False
        last = index  # a name's case is on its last word, or on an honorific after it
        while not key(readable[last].text).endswith(_GENITIVE) and last + 1 < len(readable) and (
                any(p == person for _s, p in self._spans_over(readable[last + 1]))
                or key(readable[last + 1].text).startswith(words.honorifics)):
            last += 1
        if not key(readable[last].text).endswith(_GENITIVE):
            return False
        following = readable[last + 1:last + 4]
        if following and self.doc.text[readable[last].end:following[0].start].strip() == "":
            head = key(following[0].text)
            if head.startswith(words.home) and head.endswith(words.place_cases):
                return True
        for word in following[1:]:
            if _TOPIC_BREAK.search(self.doc.text, readable[last].end, word.start) \
                    or (start < word.start and readable[last].end < end):
                return False
            if key(word.text) in words.about:
                return True
        return False

    def _of_time(self, index: int) -> bool:
        """Whether word `index`, a pronoun, is "that" before a postposition of time («Оған дейін»
        "before that", «одан кейін», ئۇنىڭدىن كېيىن "after that"): a time, no person (h-codes50)."""
        return index + 1 < len(self.readable) and key(self.readable[index + 1].text) in self.words.of_time

    def _spans_over(self, word: Word) -> list:
        """The person mentions that hold any part of a word («Оралханұлы» in «Ержан Оралханұлы»)."""
        return [(span, person) for span, person in self.doc.person_spans_in(max(0, word.start - 80), word.end)
                if span[0] < word.end and word.start < span[1]]

    def _unfound_name(self, index: int, sentence_start: int) -> bool:
        """Whether word `index` looks like a name no person was made of: capitalised, no place, and
        inside its sentence, or before an honorific («Гүлсім апай»), or a known given name."""
        word = self.readable[index]
        if not word.text[:1].isupper() or any(s <= word.start < e for (s, e), _p in self.doc.place_spans):
            return False
        from guwah.names.given import given_name

        following = self.readable[index + 1] if index + 1 < len(self.readable) else None
        honorific = following is not None and key(following.text).startswith(self.words.honorifics)
        before = self.doc.text[sentence_start:word.start]
        # a word right after a label's colon («[date] X: Кеше …», «Аты: …») starts its clause
        inside = bool(before.strip(" \t\n«\"“(–—-")) and not before.rstrip().endswith(":")
        # a locative («Шағантоғайда», «Үрімшідегі») is a place the gazetteer did not know, not a person
        located = key(word.text).endswith(self.words.locative)
        return (inside and not located) or honorific or given_name(word.text) is not None

    def _person_of(self, index: int) -> tuple[str | None, bool]:
        """(person, genitive) that word `index` names: by name (any case ending; the genitive on an
        honorific after it counts, «Ләззат апайдың»), or by a kin word that named them; (None,
        False) for another word."""
        word = self.readable[index]
        genitive = key(word.text).endswith(_GENITIVE)
        spans = self._spans_over(word)
        if spans:
            following = self.readable[index + 1] if index + 1 < len(self.readable) else None
            if following is not None and key(following.text).startswith(self.words.honorifics) \
                    and not self.doc.text[word.end:following.start].strip():
                genitive = genitive or key(following.text).endswith(_GENITIVE)
            return spans[0][1], genitive
        previous = key(self.readable[index - 1].text) if index else ""
        kin = [self.kin_person[x] for x in _kin_keys(word.text) if x in self.kin_person]
        if kin and previous not in _BIG:
            return kin[0], genitive
        return None, False

    def _in_case(self, index: int, person: str) -> bool:
        """Whether the mention of `person` at word `index` is in the genitive or an oblique case (accusative, dative,
        ablative: `ActWords.oblique`), read on its last word, where a name's case is («Ерланның», «ئايالىنى»); a word
        that is one of the person's names as written in the nominative is in none («Әліге» named so)."""
        last = index
        while last + 1 < len(self.readable) and any(p == person for _s, p in self._spans_over(self.readable[last + 1])):
            last += 1
        word = key(self.readable[last].text)
        if word in {key(part) for name in self.doc.person(person).names[:1] for part in name.split()}:
            return False
        following = [key(w.text) for w in self.readable[last + 1:last + 4]]
        if following[:1] in (["алып"], ["ëlip"], ["elip"]) and not {"үшін", "üchün"} & set(following):
            return False  # taken along on the journey («анасын алып … көшіп келді»), not fetched («… ئېلىپ كېلىش ئۈچۈن»)
        return word.endswith(_GENITIVE) or (bool(self.words.oblique) and word.endswith(self.words.oblique))

    def persons(self, start: int, end: int, *, object_first: bool = False, subject: bool = False) -> list[str]:
        """The person (id) an act told at [start, end) happened to, by the word order (subject,
        object, verb: the person is named before the verb):
        - the nearest person before the act's words in its sentence, named with any case ending
          but the genitive («Ержанды», «Ержан»), by a kin word that named them («күйеуімді»), by
          «оны»/«оған» (the last person named before the sentence), or by «мені»/«маған» (the
          narrator); with `object_first`, the nearest after the words first;
        - else the narrator, when the act's verb is in the first person singular («ұсталдым»);
        - else a person named in the genitive before the words whose next word is no kin word
          («Ерланның төлқұжатын алды»: the passport's owner);
        - else (Kazakh drops the subject) the first person named after the words in the sentence,
          else the last one named or referred to («оны») before in its paragraph (in Uyghur, in the two
          sentences before there).
        A thing of mine in the accusative among the words («төлқұжатымды») makes it the narrator's
        after a first-person verb. Persons named before an opening quote that holds the act, or after
        its closing quote and a verb of saying («…», – дейді X), are its tellers, never its person; a
        title's holder is never its person. No one when a capitalised word the persons did not make a
        person stands in the sentence (a name unfound), or a relative's genitive that names no one
        stands before the words (ئاكىسىنىڭ "her brother's", the subject of a clause made a noun), unless
        a person is named nearer the words; no one when the verb is in the first person plural (Uyghur
        -duq, -miz: "we"). The pronouns, endings and kin words are the document's language's (`ACT_WORDS`).
        With `subject` (a journey: its verb takes no object, its traveller is in the nominative), a person
        named in the sentence in the genitive or an oblique case is no candidate («інісі Мұраттың жаназасына …
        барды» "went to his brother Murat's funeral", «ئايالىنى … ئېلىپ كېلىش ئۈچۈن … قايتتى» "went back to bring
        his wife": the dropped or nominative subject travels).
        Empty when no one is found."""
        doc, text = self.doc, self.doc.text
        index = doc.sentence_index(start)
        sentence = doc.sentences[index]
        quote = text.rfind("«", sentence.start, start)
        if quote < 0 or text.find("»", quote, start) >= 0:
            quote = -1
        shut = text.find("»", quote, sentence.end) if quote >= 0 else -1
        if shut >= 0 and len(text[quote + 1:shut].split()) <= 3 and not self.words.telling.search(text, shut, sentence.end):
            quote = -1  # a term in quotes («оқу орталығына» "to the «study centre»"), not words someone said
        # «…», – дейді Айгүл: who is named after the quote that holds the act tells it
        closing = text.find("»", end, sentence.end)
        if closing >= 0 and text.find("«", end, closing) >= 0:
            closing = -1
        told_after = closing if closing >= 0 and self.words.telling.search(text, closing, sentence.end) else sentence.end
        last_before: str | None = None  # the last person named before the sentence (its subject first)
        told_in, subject_before = -1, None  # the sentence of the last reference before, and its subject
        told: list[tuple[int, str]] = []  # (offset, person) of every reference before the sentence
        refs: list[tuple[int, str, bool, int]] = []  # (offset, person, genitive, word index) in the sentence
        verb: Word | None = None  # the act's last word
        unfound = -1  # where a name stands before the act that is no person's mention
        unfound_anywhere = False  # such a name anywhere in the sentence
        unfound_at: list[int] = []  # where each such name or unnamed relative stands
        aside: list[tuple[int, str]] = []  # (offset, person) of a genitive owner of a place or topic (`_possessor_aside`)
        aside_at = -2  # the word index of the last such genitive
        act_words = [w for w in self.readable if w.start < end and start < w.end]
        passive = bool(act_words) and doc.language == "kk" and bool(_KK_PASSIVE.match(key(act_words[-1].text)))
        from guwah.extract.subjects import turn_label  # subjects reads persons, which reads this module

        # a turn that answers a question about someone tells of that one, not of its writer's label
        asked = self._asked_about(index)
        for i, word in enumerate(self.readable):
            if asked and turn_label(doc, word.start, word.end):
                continue
            if word.end <= sentence.start:
                person, genitive = self._person_of(i)
                if person is not None and self._teller(i, person):
                    continue  # «Айгүлдің айтуынша»: the teller, not whom «ол» next goes on with
                if person is None and key(word.text) in self.words.third and not self._of_time(i):
                    person = last_before
                if person is None and self.narrator and key(word.text) in self.words.me:
                    # «мені», مېنى: the narrator, whom a sentence with no person goes on with («Мені сотқа
                    # бермеді. 2018 жылы босатты.»); never whom a later «ол» stands for
                    told.append((word.start, self.narrator))
                    continue
                if person is not None and person not in self.officials \
                        and not any(e > word.end for (_s, e), _p in self._spans_over(word)):
                    # (a name's case is on its last word: «Айгүл Бекқызына» is read at «Бекқызына»)
                    # a relative's name in the genitive after the kin word («інісі Мұраттың жаназасына» "to
                    # his brother Murat's funeral") is someone the sentence's subject went to or owns
                    # something of, never whom the next sentence's dropped subject goes on with (h-codes50)
                    if not (genitive and i and key(self.readable[i - 1].text).startswith(self.words.kin_stems)) \
                            and not self._named_next(i, person):
                        told.append((word.start, person))
                    # «ол»/ئۇ goes on with the subject of the last sentence (or clause after a colon or
                    # semicolon) that named anyone, not an object named after it there (ئىنىم X …
                    # ئايالىنى … قايتتى. ساقچىلار ئۇنى تۇتتى: X)
                    opening = doc.sentences[doc.sentence_index(word.start)].start
                    at = max(opening, text.rfind(":", opening, word.start), text.rfind(";", opening, word.start))
                    if at != told_in:
                        told_in, subject_before = at, None
                    if not genitive and not key(word.text).endswith(self.words.oblique):
                        subject_before = person
                    last_before = subject_before or person
                continue
            if word.start >= sentence.end:
                break
            if word.start < end <= word.end or (start <= word.start < end):
                verb = word
                continue
            person, genitive = self._person_of(i)
            if person is not None and self._teller(i, person):
                continue  # «Айгүлдің айтуынша, оны ұстады»: the source of the report, not the act's person
            k = key(word.text)
            if (person is not None or k.endswith(_GENITIVE)) and self._possessor_aside(i, person, start, end):
                # the owner of the place visited or of what is asked about: no candidate, but whom a pronoun
                # after it may stand for (X ھەدەڭنىڭ ئۆيىگە بېرىپ، ئۇنىڭدىن سوراپتۇ "went to X's house and asked her")
                if person is not None and person not in self.officials and aside_at != i - 1:
                    aside.append((word.start, person))
                aside_at = i
                continue
            if person is None and k in self.words.third and not self._of_time(i):
                # «ол»: the last person named before it, in its sentence first («Менің ағам X …, ол
                # лагерьде …»: X), else the owner of the place just visited there, else before the sentence
                person = next((r[1] for r in reversed(refs) if not r[2]), None) or (aside[-1][1] if aside else last_before)
            elif person is None and k in self.words.me:
                person = self.narrator
            elif person is None and self._unfound_name(i, sentence.start):
                unfound = max(unfound, word.start) if word.start < start else unfound
                unfound_anywhere = True
                unfound_at.append(word.start)
            elif person is None and word.start < start and k.endswith(_GENITIVE) and k.startswith(self.words.kin_stems):
                # a relative's, naming no one the text named (ئاكىسىنىڭ ئۆلگەنلىكىنى "that her brother
                # died"): the subject of the act's clause, someone unknown, as an unfound name
                unfound = max(unfound, word.start)
                unfound_anywhere = True
                unfound_at.append(word.start)
            elif person is None and word.start < start and k in KIN_WORDS and not (
                    i + 1 < len(self.readable) and key(self.readable[i + 1].text) in _POSTPOSITIONS):
                # a relative in the nominative naming no one the text named («менің әкем лагерьде отыр» "my father
                # is in a camp", دادام تۇتۇلدى): the act's subject, someone unnamed, as an unfound name (h-persons52)
                unfound = max(unfound, word.start)
                unfound_anywhere = True
                unfound_at.append(word.start)
            elif person is None and _object_of(text, word, start, end, passive):
                # a relative as the act's object, naming no one the text named («полиция менің інімді ұстады»,
                # spoken «ұстады менің інімді», «оның інісін» "his brother"): someone unnamed, not the last
                # person named before
                unfound = max(unfound, word.start) if word.start < start else unfound
                unfound_anywhere = True
                unfound_at.append(word.start)
            if subject and person is not None and self._in_case(i, person):
                continue  # an object, a destination or a possessor of the journey's clause, not its traveller
            if person is not None and person not in self.officials and quote < word.start < told_after:
                refs.append((word.start, person, genitive, i))
        # The act told as a clause made a noun that a verb of hearing or learning takes («Бибігүл оның
        # сотталғанын естіді» "Bibigul heard that he was sentenced", ... بىلدى): the one named first before
        # the words in the nominative, or an unnamed relative there, is the hearer, never the act's person; a
        # first-person verb of hearing (естідім) is the narrator's hearing, not the act's (h-heard57).
        heard = _HEARD_AFTER[doc.language].match(text, end, sentence.end) if doc.language in _HEARD_AFTER else None
        if heard is not None:
            subjects = sorted([r[0] for r in refs if r[0] < start and not r[2]] + [u for u in unfound_at if u < start])
            if subjects and heard_after(doc, self.readable, end, sentence.end):
                # the hearer with the kin word that names them («оның әйелі Бибігүл»): words side by side
                at = [i for i, w in enumerate(self.readable) if w.start in subjects]
                hearer = {self.readable[at[0]].start}
                for previous, following in zip(at, at[1:], strict=False):
                    if following != previous + 1:
                        break
                    hearer.add(self.readable[following].start)
                refs = [r for r in refs if r[0] not in hearer]
                unfound_at = [u for u in unfound_at if u not in hearer]
                unfound = max([u for u in unfound_at if u < start], default=-1)
                unfound_anywhere = bool(unfound_at)
        # A genitive is the act's person when it is the nearest before the words and no relative
        # follows it: the possessor («Ерланның төлқұжатын алды») or the subject of a clause
        # made a noun («ағамның «оқуда» жүргенін естідік», "we learnt that my brother is «at study»").
        nearest = [r for r in refs if r[0] < start][-1:]
        before = [r for r in refs if r[0] < start and (not r[2] or (r in nearest and not self._relative_follows(r[3])))]
        after = [r for r in refs if r[0] >= end and not r[2]]
        ordered = after + before[::-1] if object_first else before[::-1]
        if ordered and not (ordered[0][0] < start and unfound > ordered[0][0]):
            return [ordered[0][1]]
        if ordered or unfound_anywhere:
            return []  # a name between the person and the act, or in the sentence, that the persons did not find
        final = [w for w in self.readable if sentence.start <= w.start < sentence.end]
        if heard is not None:
            final = [w for w in final if w.start < heard.start("verb")]  # the hearing's person is not the act's
        verbs = [verb] + final[-1:] if verb is not None else final[-1:]
        if self.words.we_verb is not None and any(self.words.we_verb.search(key(v.text)) for v in verbs):
            return []  # "we …": the narrator among others, or the family telling; no one person
        if self.narrator and any(self.words.first_person_verb.search(key(v.text)) for v in verbs):
            return [self.narrator]
        if self.narrator and any(self.words.my_thing.search(key(w.text)) and not key(w.text).startswith(self.words.kin_stems)
                                 for w in self.readable if start <= w.start < end):
            return [self.narrator]  # «төлқұжатымды алып қойды», «телефонымды тексерді»: my passport, my phone
        for _offset, person, genitive, i in reversed(refs):
            if genitive and _offset < start and not self._relative_follows(i):
                return [person]
        if after:
            return [after[0][1]]
        # a Kazakh narrative names its person once and goes on with the verbs' endings for the paragraph
        # (issue 11); Uyghur's two sentences before
        first = index
        for back in range(index - 1, -1 if doc.language == "kk" else max(-1, index - 3), -1):
            if doc.sentences[back].paragraph != sentence.paragraph:
                break
            first = back
        if told and told[-1][0] >= doc.sentences[first].start and first < index:
            return [told[-1][1]]  # «Оны сотқа берді. Қазір қайда екенін білмейміз.»: still him
        return asked

    def _asked_about(self, index: int) -> list[str]:
        """The one person a question asks about when sentence `index` is in the turn that answers it:
        its line opens with a speaker's label ("X: …") and the line before is another speaker's
        question naming one person («Д.: Нұрбол ол жақта қалай болыпты?» then «М.: Лагерьде күніне бір ғана
        мезгіл ас беріпті.»); empty otherwise (h-attrib44)."""
        from guwah.extract.persons import SPEAKER_TURN
        from guwah.extract.subjects import QUESTION_END, turn_label

        doc, text = self.doc, self.doc.text
        line_start = text.rfind("\n", 0, doc.sentences[index].start) + 1
        turn = SPEAKER_TURN.match(text, line_start)
        if turn is None or line_start < 2:
            return []
        question_end = line_start - 1
        question_start = text.rfind("\n", 0, question_end) + 1
        asking = SPEAKER_TURN.match(text, question_start, question_end)
        if asking is None or asking.group("label").strip() == turn.group("label").strip() \
                or not QUESTION_END.search(text, question_start, question_end):
            return []
        asked = {pid for (s, e), pid in doc.person_spans_in(question_start, question_end)
                 if not turn_label(doc, s, e) and pid not in self.officials}
        return list(asked) if len(asked) == 1 else []


# The rest of the act's word and at most two words more, then a verb of hearing or learning (`lexicon.HEARING_VERBS`)
# that takes the act's clause made a noun (`ActPersons.persons`).
_HEARD_AFTER = {language: re.compile(rf"\w*(?:\s+\w+){{0,2}}?\s+(?P<verb>{hearing_forms(language)})(?!\w)", re.I)
                for language in ("kk", "ug")}


def heard_after(doc: Doc, readable: list[Word], end: int, limit: int) -> re.Match | None:
    """The verb of hearing or learning (`_HEARD_AFTER`) that takes, as a clause made a noun, the act whose
    word ends at `end` («… сотталғанын естіді», "heard that … was sentenced"), before `limit`; None when
    there is none, or when the verb is in the first person (естідім, ئاڭلىدىم, "we/I heard": the narrator
    hears, the named subject is the act's). Where it is found, the one named first before the act's words in
    the nominative is the hearer, not the act's person: the one rule of the codes' person
    (`ActPersons.persons`) and of the victim role (`find_victims`)."""
    if doc.language not in _HEARD_AFTER:
        return None
    heard = _HEARD_AFTER[doc.language].match(doc.text, end, limit)
    if heard is None:
        return None
    words = ACT_WORDS.get(doc.language or "", ACT_WORDS["kk"])
    verb = [w for w in readable if heard.start("verb") <= w.start < heard.end()]
    if any(words.first_person_verb.search(key(w.text)) for w in verb) \
            or words.we_verb is not None and any(words.we_verb.search(key(w.text)) for w in verb):
        return None
    return heard
# Locative endings (-да/-де/-та/-те/-нда/-нде and -дағы/-дегі/-тағы/-тегі/-ндағы/-ндегі): where.
_LOCATIVE = ("да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі")
# Honorifics written after a name («Ләззат апай», «Асқар аға»): a case ending on one is the name's.
_HONORIFICS = ("апай", "ағай", "аға", "әпке", "тәте", "ата", "әже", "апа")
# Verbs of saying after a quote («», – дейді Айгүл», «деді ол»): the quote's teller follows.
_TELLING = re.compile(rf"(?<!\w)(?:{saying_forms('speaker', languages=('kk',))})(?!\w)", re.I)
# Beginnings of Kazakh kin nouns with any possessive ending (жұбайы his spouse, баласы her child):
# a genitive name before one is that relative's possessor, not the act's person.
_KIN_STEMS = ("әке", "ана", "аға", "іні", "әпке", "қарындас", "сіңлі", "бала", "ұл", "қыз", "әйел", "күйеу",
              "жұбай", "ата", "әже", "апа", "көрші", "немере", "жиен", "туыс", "ағайын")


@dataclass(frozen=True)
class ActWords:
    """The words `ActPersons` reads an act's person by, in one language (keys: Uyghur Latin for
    Arabic script, else folded)."""

    third: frozenset[str]  # "he/she/they" in the cases an act's person takes (not the genitive, a possessor)
    me: frozenset[str]  # "me", "to me", "from me": the narrator
    first_person_verb: re.Pattern  # a verb ending in the first person singular: the narrator
    my_thing: re.Pattern  # a noun with "my" in the accusative ("my passport"): a thing of the narrator's
    kin_stems: tuple[str, ...]  # kin nouns with any possessive ending: a genitive before one is a possessor
    honorifics: tuple[str, ...]  # written after a name: a case ending on one is the name's
    own: frozenset[str]  # "own" («өз»): a genitive before it is a possessor
    locative: tuple[str, ...]  # locative endings: a capitalised word with one is a place, not a name
    telling: re.Pattern  # verbs of saying after a quote (on the text): the quote's teller follows
    we_verb: re.Pattern | None = None  # a verb in the first person plural: no one person (None: not read)
    # the endings of an object (accusative, dative, ablative): a person so named before a sentence is
    # not whom its "he"/"she" goes on with while the sentence that named them also names a subject
    oblique: tuple[str, ...] = ()
    # postpositions of time after "it" («оған дейін» "before that", «одан кейін», ئۇنىڭدىن كېيىن "after
    # that"): the pronoun there is a time, no person
    of_time: frozenset[str] = frozenset()
    # a dwelling's stems and the endings of "to", "from", "at" on it («үйіне», «үйінен», ئۆيىدە): a genitive before
    # one owns the place an act happened at (`ActPersons._possessor_aside`)
    home: tuple[str, ...] = ()
    place_cases: tuple[str, ...] = ()
    # postpositions of a topic, "about" («туралы», توغرىسىدا): a genitive before them owns what is asked about
    about: frozenset[str] = frozenset()


# Uyghur (keys): u, uni "him", uninggha "to him", uningdin "from him", ular "they" …; men "I" (a
# subject in Uyghur), méni "me", manga "to me"; a verb in -dim/-tim/-dum/-tum/-düm/-tüm (past) or
# -men (tutulghanmen, I was detained); pasportumni "my passport"; kin nouns dada, ana, aka, uka,
# acha, singil, hede, oghul, qiz, ayal, ér, bala, bowa, moma, qoshna, tughqan, jiyen, newre (and their
# raised forms before a possessive: dadisi, akisi, ukisi, achisi, balisi);
# honorifics aka, hede, ependi, hajim; locatives -da/-de/-ta/-te/-diki/-tiki; dédi, deydu, dégen,
# éytti, yazdi (he said, says, wrote); a verb in -duq/-tuq/-dük/-tük or -miz ("we").
ACT_WORDS = {
    "kk": ActWords(_KK_THIRD, _KK_ME, _KK_FIRST_PERSON_VERB, _KK_MY_THING, _KIN_STEMS, _HONORIFICS,
                   frozenset({"өз"}), _LOCATIVE, _TELLING, oblique=_KK_OBLIQUE,
                   of_time=_keyed("дейін", "кейін", "бері", "соң", "бұрын", "шейін"),
                   home=("үй",), place_cases=("ге", "ке", "ға", "қа", "не", "на", "нан", "нен", "дан", "ден", "тан", "тен",
                                               "да", "де", "та", "те"),
                   about=_keyed("туралы", "жайлы", "жайында", "жөнінде")),
    "ug": ActWords(
        frozenset(("u", "uni", "uninggha", "uningdin", "uningda", "ular", "ularni", "ulargha", "ulardin")),
        frozenset(("men", "mëni", "manga", "mendin", "mende")),
        re.compile(r"(?:[dt][iuü]m|m[eë]n)$"),
        re.compile(r"^(?!(?:hëch)?kimni$)\w{3,}[iuü]mni$"),
        ("dada", "dadi", "ana", "anis", "apa", "api", "aka", "aki", "uka", "uki", "acha", "achi", "singil", "singl",
         "hede", "oghl", "oghul", "qiz", "ayal", "ëri", "ërim", "bala", "bali", "bowa", "moma", "qoshna", "tughqan",
         "jiyen", "newre"),
        ("aka", "hede", "ependi", "hajim"),
        frozenset({"öz"}),
        ("da", "de", "ta", "te", "diki", "tiki"),
        re.compile(rf"(?<!\w)(?:{saying_forms('speaker', languages=('ug',))})(?!\w)", re.I),
        # -duq/-tuq/-dük/-tük (past: ögenduq "we learnt"), -imiz/-miz (present, perfect: tutulduqmiz)
        re.compile(r"(?:[dt][uiü][qk]|miz)$"),
        # -ni (ayalini "his wife"), -gha/-qa/-ge/-ke, -din/-tin (keys)
        ("ni", "gha", "qa", "ge", "ke", "din", "tin"),
        of_time=_keyed("كېيىن", "ئىلگىرى", "بۇرۇن", "بېرى", "قەدەر", "keyin", "këyin", "ilgiri", "burun", "bëri"),
        home=("öy",), place_cases=("ge", "ke", "gha", "qa", "din", "tin", "da", "de", "ta", "te"),
        about=_keyed("توغرىسىدا", "ھەققىدە", "toghrisida", "heqqide")),
}


def _act_words(doc: Doc) -> ActWords:
    """The words of the document's language (`ACT_WORDS`), Kazakh's for another language."""
    return ACT_WORDS.get(doc.language or "", ACT_WORDS["kk"])
