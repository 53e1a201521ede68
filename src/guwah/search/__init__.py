"""Search over confidential text without storing it in the clear: a blind index.

Each word of a document is stored only as a keyed hash (HMAC under a key derived from the archive
key), together with its Latin forms, so that a search for "Omarov" also finds "Омаров" and
"Ghulja" finds "غۇلجا". Chinese text is indexed by character pairs, and each stretch of it that reads as a transcribed
Uyghur or Kazakh name also by that name's Latin readings (`han_name_forms`: "Tursun" finds
"吐尔逊"); a capitalised word (any word of Uyghur Arabic script) is also indexed as a name part under the
name matcher's reduced form (`spelling_terms`: "Ахмет" finds "Ehmet", as the person search does). The index supports whole-word search; it cannot do substring or fuzzy search, which would need the words themselves —
the trade-off SECURITY.md describes. A query word brings instead the few near spellings the name matcher
takes for the same name (`near_spellings`: "Tursyn" finds "Tursun").
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guwah.errors import InputError, Interrupted
from guwah.protection.keys import KeyRing
from guwah.storage.tables import Document, SearchTerm

_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


# The longest stretch of characters read as one transcribed name part: 阿不都热合曼 (Abdurehman) is 6.
MAX_NAME_CHARACTERS = 6


def han_name_forms(run: str) -> set[str]:
    """The Latin readings of the transcribed names inside a run of Chinese characters.

    Chinese writes a Uyghur or Kazakh name with characters chosen for their sound (吐尔逊 Tursun);
    running text has no spaces, so the name's bounds are unknown. Every stretch of 2 to
    MAX_NAME_CHARACTERS characters that has a transcription character where it writes its sound
    (`guwah.names.chinese.transcription_marked`) is read through the one transliteration layer
    (`guwah.names.latin_forms`), spaces dropped. Readings of stretches that are no name are
    harmless extra forms: they only match a query word that reads the same.

    Args:
        run: Chinese characters only (a run found by a regular expression); other text gives none.
    Returns:
        Lower-case Latin forms, e.g. {"tursun", "turshun", "tuerxun", ...} for "吐尔逊"; empty when
        no stretch is marked.
    """
    if not _HAN.fullmatch(run):
        return set()
    forms: set[str] = set()
    for stretch in _stretches(run):
        forms |= _run_readings(stretch)
    return forms


# A run of Chinese characters longer than this is a phrase, not a name: not read into Latin letters.
MAX_HAN_WORD = 6


@lru_cache(maxsize=262144)
def word_forms(word: str) -> frozenset[str]:
    """A word's folded form and its readings in Latin letters (`guwah.names.latin_forms`, spaces
    dropped): the forms under which a word is indexed and a query word looked up, by both searches
    (the workspace's blind index and the public index), so that words match across scripts
    ("гульбахар" and "gulbahar" share "gulbahar") and with or without diacritics ("Ürümqi" and
    "urumqi").

    Args:
        word: one word, any script (a run of Chinese characters longer than MAX_HAN_WORD keeps only
            its folded form).
    Returns:
        Folded forms; empty for an empty word.
    """
    from guwah.names import fold, latin_forms

    folded = fold(word)
    if not folded:
        return frozenset()
    forms = {folded}
    if not (_HAN.search(folded) and len(folded) > MAX_HAN_WORD):
        forms.update(form.replace(" ", "") for form in latin_forms(folded))
    return frozenset(form for form in forms if form)


def place_forms(word: str) -> frozenset[str]:
    """The `word_forms` of every one-word name the gazetteer gives the place a word names (its
    names in each script and its aliases: `guwah.places.named_place`, as the linker reads places),
    so that a query word finds a text that writes the place otherwise ("Кульджа" finds "Ghulja",
    both Yining); empty for a word that names no place."""
    from guwah.places import gazetteer, named_place

    place = named_place(word) if word.strip() else None
    if place is None:
        return frozenset()
    names = [name for name in gazetteer().get(place).all_names() if len(_ONE_WORD.findall(name)) == 1]
    return frozenset(form for name in names for form in word_forms(name))


_ONE_WORD = re.compile(r"\w+")

# Level words a Chinese place name ends with, left off to find the name inside a sentence
# ("伊宁市" is written "伊宁" too).
_HAN_LEVELS = ("自治州", "自治县", "地区", "市", "县", "州", "区")
PLACE_TERM = "place:"


@lru_cache(maxsize=1)
def _places_by_name() -> dict[str, frozenset[str]]:
    """Folded one-word names of every gazetteer place, in each script and its aliases (and a Chinese
    name without its level word) → the ids of the places that bear it."""
    from guwah.names import fold
    from guwah.places import gazetteer

    found: dict[str, set[str]] = {}
    for place_id, entry in gazetteer().entries.items():
        for name in entry.all_names():
            if len(_ONE_WORD.findall(name)) != 1:
                continue
            folded = fold(name)
            forms = {folded}
            if _HAN.fullmatch(folded):
                forms.update(folded[:-len(level)] for level in _HAN_LEVELS
                             if folded.endswith(level) and len(folded) - len(level) >= 2)
            for form in forms:
                found.setdefault(form, set()).add(place_id)
    return {form: frozenset(ids) for form, ids in found.items()}


@lru_cache(maxsize=262144)
def place_terms(word: str) -> frozenset[str]:
    """The places a word names, as index terms ("place:xj.ili.yining"): a name the gazetteer gives
    the place in any script or as an alias, with its case endings (`guwah.names.stems`: Кульдже,
    Құлжада, غۇلجىدا), or a run of Chinese characters that is one (伊宁, 伊宁市). A name two places
    bear (a prefecture and its seat) gives both. Both searches index a text's places so and look a
    query's place word up so, whatever script or case each writes it in."""
    from guwah.names import fold, stems

    places = _places_by_name()
    folded = fold(word)
    if _HAN.fullmatch(folded):
        ids = places.get(folded, frozenset())
    else:
        ids = frozenset().union(*(places.get(stem, frozenset()) for stem in stems(word) | {folded}))
    return frozenset(PLACE_TERM + place_id for place_id in ids)


def text_place_terms(text: str) -> set[str]:
    """`place_terms` of the places a text names: each capitalised word (or word of a script without
    case) and every stretch of 2 to MAX_NAME_CHARACTERS characters of its Chinese runs. A lower-case
    word names no place here ("bay", "many"), so common words add no place."""
    found: set[str] = set()
    for word in set(_WORD.findall(text)):
        for piece in _HAN.split(word):
            if piece and not piece[0].islower() and not piece.isdigit():
                found |= place_terms(piece)
    for run in set(_HAN.findall(text)):
        for size in range(2, min(MAX_NAME_CHARACTERS, len(run)) + 1):
            for start in range(len(run) - size + 1):
                found |= place_terms(run[start:start + size])
    return found


SPELLING_TERM = "spelling:"
_GENDERS = (0, 1, 2)  # guwah.names.forms: unmarked, MALE, FEMALE


@lru_cache(maxsize=262144)
def spelling_terms(word: str) -> frozenset[str]:
    """A word's index terms as a name part ("spelling:amat:0"): its reduced form and gender under
    each reading (`guwah.names.part_spellings`), the one rule by which the person search's matcher
    takes two spellings for the same name part (Ахмет, Ehmet, ئەھمەت, Ahmed, 艾合买提: see
    `_spellings` for characters). How a testimony's words are indexed (`text_spelling_terms`); a
    query word is looked up by `query_spelling_terms`."""
    return frozenset(f"{SPELLING_TERM}{reduced}:{gender}" for reduced, gender in _spellings(word))


@lru_cache(maxsize=262144)
def _spellings(word: str) -> frozenset[tuple[str, int]]:
    """(reduced form, gender) of a name part (`guwah.names.part_spellings`); for a stretch of Chinese
    characters, those of its readings as a transcribed name part, each also without the vowel the
    characters add after a closing consonant.

    The reduced form keeps every vowel, but characters write a consonant that closes a name with a
    syllable of its own (提 ti for the t of Ehmet, 甫 fu for p, 木 mu for m:
    `guwah.names.chinese.ADDED_VOWEL_SYLLABLES`), whose vowel the matcher drops only in its loose
    comparison: 艾合买提 reduces to "amati", Ehmet and Эхмет to "amat", and the two never met in an
    index though the matcher takes them for one name (1.0). A stretch's reading as a Chinese name
    (吐尔逊 as the family name Tu) is left out: a stretch of running text is read as a transcription
    only where a transcription character marks it (`transcription_marked`), and "tu" or "ay" would
    be found by every short Latin name that reduces so. Empty for a stretch of one character or
    more than MAX_NAME_CHARACTERS, or one with no transcription character."""
    from guwah.names import name_forms, part_spellings
    from guwah.names.chinese import ADDED_VOWEL_SYLLABLES, han_syllable, transcription_marked
    from guwah.names.forms import VOWEL_CLASSES

    if not _HAN.fullmatch(word):
        return part_spellings(word)
    if not 2 <= len(word) <= MAX_NAME_CHARACTERS or not transcription_marked(word):
        return frozenset()
    found = {(part.reduced, part.gender) for reading in name_forms(word).readings
             for part in reading[:1] if part.loose and part.reduced}
    if han_syllable(word[-1]) in ADDED_VOWEL_SYLLABLES:
        found |= {(reduced[:-1], gender) for reduced, gender in found
                  if len(reduced) > 2 and reduced[-1] in VOWEL_CLASSES}
    return frozenset(found)


@lru_cache(maxsize=65536)
def query_spelling_terms(word: str) -> frozenset[str]:
    """The `spelling_terms` a query word finds: its reduced forms under its own gender and
    unmarked, or under any gender when it has none (the matcher sets apart only two parts marked
    for different genders: Omarov and Omarova, not Omar and Omarova); and those of its
    `near_spellings` (Tursyn for Tursun), which the index cannot find by comparing its words. A
    word in Chinese characters brings none: the matcher compares characters with letters loosely
    (艾合买提 and Uhmeti pass), so one vowel changed in its reading is often another name."""
    near = () if _HAN.search(word) else near_spellings(word)
    return frozenset(f"{SPELLING_TERM}{reduced}:{other}" for spelled in (word, *near)
                     for reduced, gender in _spellings(spelled)
                     for other in ((0, gender) if gender else _GENDERS))


# A word shorter than this (in Latin letters) brings no near spelling: in a short word one letter
# changed is another name (Alim, Olim), and the matcher's own slips start there (TYPO_MIN_LETTERS).
NEAR_MIN_LETTERS = 4
_NEAR_VOWELS = "aeiouy"


@lru_cache(maxsize=65536)
def near_spellings(word: str) -> frozenset[str]:
    """Spellings near a one-word query (its ASCII Latin form with one vowel changed: at most 5 per
    vowel) that the name matcher takes for the same name (`guwah.names.compare_names` at its SAME_NAME
    threshold: Tursyn and Tursin for Tursun, 0.94; Gulnur for Gulnar, 0.85, is another name). A
    blind index holds keyed hashes, never the words, so it cannot be searched by similarity: the
    query brings the few spellings the matcher would accept, each found under its reduced form
    (`part_spellings`), which stands for every spelling of it: a reduced form is brought only when
    the matcher takes every one of these spellings that reads as it (Memot and Memut are both
    "mamut": the matcher takes Memot for Memet, 0.93, not Memut, 0.84, nor Mamut, so neither is
    brought). Vowels only, as dialects and romanisations vary them: a letter swapped (a typo the
    matcher forgives, Memet and Emmet) lands on another name's reduced form (Emmet is Ehmet's).
    Empty for a word of more than one part or under NEAR_MIN_LETTERS letters."""
    from guwah.names import compare_names, name_forms, part_spellings
    from guwah.names.settings import SAME_NAME

    written = name_forms(word).words
    latin = written[0] if len(written) == 1 else ""
    if len(latin) < NEAR_MIN_LETTERS or not latin.isalpha():
        return frozenset()
    candidates = set()
    for at, letter in enumerate(latin):
        if letter in _NEAR_VOWELS:
            candidates.update(latin[:at] + vowel + latin[at + 1:] for vowel in _NEAR_VOWELS if vowel != letter)
    taken: dict[str, bool] = {}  # reduced form -> whether the matcher takes each spelling of it here
    readings = {spelled: {reduced for reduced, _ in part_spellings(spelled)}
                for spelled in (candidate.capitalize() for candidate in candidates - {latin})}
    for spelled, reduced_forms in readings.items():
        same = compare_names(word, spelled) >= SAME_NAME
        for reduced in reduced_forms:
            taken[reduced] = taken.get(reduced, True) and same
    return frozenset(spelled for spelled, reduced_forms in readings.items()
                     if reduced_forms and all(taken[reduced] for reduced in reduced_forms))


def text_spelling_terms(text: str) -> set[str]:
    """`spelling_terms` of the stems (`guwah.names.stems`: «Ахмета», "Ehmetning") of each
    capitalised word of a text, or word of a script without case (Uyghur Arabic), as places are
    read (`text_place_terms`): a name is written so, and lower-case words (whose vowels the reduced
    form folds: "bar", "bor") add no name; nor does a stop word that opens a sentence ("The" would
    be found as "tea", `guwah.redaction.stop_words`). In runs of Chinese characters, which have no
    spaces, every stretch of 2 to MAX_NAME_CHARACTERS characters, as `han_name_forms` reads them
    (those with no transcription character give none)."""
    from guwah.names import stems
    from guwah.redaction import stop_words

    common = stop_words()
    found: set[str] = set()
    for word in set(_WORD.findall(text)):
        for piece in _HAN.split(word):
            if piece and not piece[0].islower() and not piece.isdigit() and piece.casefold() not in common:
                for stem in stems(piece):
                    found |= spelling_terms(stem)
    for run in set(_HAN.findall(text)):
        for stretch in _stretches(run):
            found |= spelling_terms(stretch)
    return found


def _stretches(run: str) -> set[str]:
    """Every stretch of 2 to MAX_NAME_CHARACTERS characters of a run of Chinese characters: where a
    name may stand in running text, whose bounds are unknown."""
    return {run[start:start + size] for size in range(2, min(MAX_NAME_CHARACTERS, len(run)) + 1)
            for start in range(len(run) - size + 1)}


def _term_forms(word: str) -> frozenset[str]:
    """The forms of one word of `words` in the blind index: a pair of Chinese characters stands for
    itself (a name written in characters is found by `han_name_forms` of its whole run), any
    other word has its `word_forms`."""
    return frozenset((word,)) if _HAN.fullmatch(word) else word_forms(word)


def query_forms(query: str) -> list[frozenset[str]]:
    """Per word of a query, the forms any one of which stands for it (every word must be found):
    a word naming a place also under the place's other names (`place_forms`), any word also under
    the spellings of a name part the person search takes for it (`query_spelling_terms`).

    A run of Chinese characters of a name's length that reads as a transcribed name is one word,
    found under its Latin readings (`han_name_forms` of the run itself: a testimony in characters
    indexes the same readings, one in letters writes one of them) and its spelling terms (a
    testimony in any script writes one of its spellings). A transcription of several parts written
    without its middle dot (艾合买提托合提) is found as written or as its parts
    (`_undotted_parts`): each part's word stands for its own forms and for the run's. Any other
    run is its character pairs, as it is indexed.
    """
    found: list[frozenset[str]] = []
    for word in _WORD.findall(query):
        for piece in _HAN.split(word):
            if piece:  # a place word also stands for the place's other names, and the place itself;
                # any word for every spelling of it as a name part
                found.append(_term_forms(piece) | place_forms(piece) | place_terms(piece)
                             | query_spelling_terms(piece))
        for run in _HAN.findall(word):
            readings = _run_readings(run)
            whole = frozenset(readings) | query_spelling_terms(run) if readings else frozenset()
            if place_terms(run):  # a place in characters: the place, or its name in any script
                pair = frozenset((run,)) if len(run) == 2 else frozenset()  # as an index made before has it
                found.append(place_terms(run) | place_forms(run) | readings | pair)
            elif parts := _undotted_parts(run):
                # the run as written, or every one of its parts: each part's word also stands for
                # the whole run, so that either all the parts or the whole is found
                found.extend(whole | frozenset(_run_readings(part)) | query_spelling_terms(part) for part in parts)
            elif readings:
                found.append(whole)
            else:
                found.extend(_term_forms(pair) for pair in han_pairs(run))
    return list(dict.fromkeys(found))


def _undotted_parts(run: str) -> list[str]:
    """The parts of a transcription of several name parts written without its middle dot, or [].

    Parted after each character that writes a name's closing consonant with an added vowel (提 ti,
    甫 fu, 木 mu: 艾合买提托合提 Ehmet Tohti, 热西提萨吾提 Reshit Sawut) with two characters or more
    on each side; where there is none, where the names layer parts one (before a character that
    writes a vowel at a word's start, `guwah.names.chinese.dotted_at_word_starts`: 热合曼艾尔金
    Rahman Erkin), which the first rule goes before as 吾 and 乌 also write a vowel inside a name
    (萨吾提 Sawut). [] unless every part is a stretch of 2 to MAX_NAME_CHARACTERS characters that
    reads as a transcription (`_run_readings`).
    """
    from guwah.names.chinese import (
        ADDED_VOWEL_SYLLABLES,
        PART_SEPARATORS,
        TRANSCRIPTION_CHARACTERS,
        dotted_at_word_starts,
        han_syllable,
    )

    parts, start = [], 0
    for at in range(2, len(run) - 1):
        character = run[at - 1]
        if (at - start >= 2 and TRANSCRIPTION_CHARACTERS.get(character, ("",))[0] == "$"
                and han_syllable(character) in ADDED_VOWEL_SYLLABLES):
            parts.append(run[start:at])
            start = at
    parts.append(run[start:])
    if len(parts) < 2:
        parts = PART_SEPARATORS.split(dotted_at_word_starts(run) or run)
    if len(parts) < 2 or not all(_run_readings(part) for part in parts):
        return []
    return parts


def _run_readings(run: str) -> set[str]:
    """The Latin readings of a run of Chinese characters of a name's length that has a
    transcription character where it writes its sound; none for any other run."""
    from guwah.names import latin_forms
    from guwah.names.chinese import transcription_marked

    if not 2 <= len(run) <= MAX_NAME_CHARACTERS or not transcription_marked(run):
        return set()
    return {form.replace(" ", "") for form in latin_forms(run)} - {""}


def han_pairs(run: str) -> list[str]:
    """The overlapping character pairs of a run of Chinese characters (the run itself when it is one
    character): how both indexes hold Chinese, which has no spaces between words."""
    return [run[i:i + 2] for i in range(max(1, len(run) - 1))]



def words(text: str) -> list[str]:
    """Words of a text; runs of Chinese characters become overlapping character pairs."""
    found: list[str] = []
    for word in _WORD.findall(text):
        for piece in _HAN.split(word):
            if piece:
                found.append(piece)
        found.extend(pair for run in _HAN.findall(word) for pair in han_pairs(run))
    return found


def _term(ring: KeyRing, variant: str) -> str:
    return ring.mac("search-term", variant.encode("utf-8")).hex()[:32]


def index_document(session: Session, ring: KeyRing, document_id: int, text: str) -> int:
    """(Re)build the blind index of one document; returns the number of terms stored."""
    session.execute(delete(SearchTerm).where(SearchTerm.document_id == document_id))
    variants = {v for word in set(words(text)) for v in _term_forms(word)}
    variants.update(form for run in set(_HAN.findall(text)) for form in han_name_forms(run))
    variants.update(text_place_terms(text))  # the places it names, however it writes them
    variants.update(text_spelling_terms(text))  # the names it writes, in every spelling of them
    terms = {_term(ring, v) for v in variants}
    session.add_all(SearchTerm(document_id=document_id, term=term) for term in terms)
    return len(terms)


def search_documents(session: Session, ring: KeyRing, query: str) -> list[int]:
    """Ids of documents containing every word of `query` (in any of its forms), oldest first."""
    query_words = query_forms(query)
    if not query_words:
        raise InputError("the search needs at least one word")
    matching: set[int] | None = None
    for forms in query_words:
        terms = [_term(ring, v) for v in forms]
        ids = set(session.scalars(select(SearchTerm.document_id).where(SearchTerm.term.in_(terms))))
        matching = ids if matching is None else matching & ids
        if not matching:
            return []
    return sorted(matching)


def reindex_all(session: Session, ring: KeyRing) -> int:
    """Rebuild the index of every document; returns how many were indexed."""
    count = 0
    for document_id, text in session.execute(select(Document.id, Document.text)):
        index_document(session, ring, document_id, text)
        count += 1
    return count


REINDEX_WAIT = 60.0  # seconds `guwah reindex` waits for a build of the public index in another process


def reindex_everything(store, actor: str) -> tuple[int, int]:
    """Build both search indexes again in one transaction, audited as `actor`: the workspace's
    blind index of every document and the public index of approved releases.

    Returns:
        (documents indexed, approved releases indexed).
    Raises:
        Interrupted: on Ctrl-C, with the transaction rolled back: both indexes are as they were.
        GuwahError: when another process builds the public index for more than REINDEX_WAIT seconds.
    """
    from guwah.errors import GuwahError
    from guwah.search.public import build_lock, rebuild

    try:
        with store.session() as session:
            # one build at a time: another process's (`ensure_index`) is waited for, a while
            if not build_lock(session, wait=REINDEX_WAIT):
                raise GuwahError("another process is building the public search index: run guwah reindex "
                                 "again when it is done")
            documents = reindex_all(session, store.ring)
            releases = rebuild(session)
            store.audit(session, actor, "reindex", None, None, documents=documents, releases=releases)
    except KeyboardInterrupt:
        raise Interrupted("nothing re-indexed: the work was rolled back and both search indexes are as they "
                          "were; run guwah reindex again") from None
    return documents, releases
