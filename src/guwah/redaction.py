"""Masking of identifying details in text bound for the public.

Masking is archive-wide: a release masks every known name of every *withheld* person in the
archive (everyone without an approved naming basis), not only the people linked to the document
shown, because a name extraction missed in one text is often a name the archive holds from
another. A word is matched as a name part when, after Unicode NFKC and case folding
(`guwah.names.inflection.fold`), it or one of its inflected stems (Uyghur, Kazakh, Turkish,
Russian endings, English possessive: `guwah.names.inflection.stems`) is a part of a withheld
name, or is the same name in another script or romanisation (`guwah.names`).

- Consecutive masked words become one replacement: a pseudonymous person's stable pseudonym,
  otherwise "[name withheld]". Where forms of different people meet, or one form belongs to
  people with different replacements, the stricter "[name withheld]" wins; capitalisation
  never chooses.
- A word beside a mask that reads as a name goes with it, by one rule in every script
  (`_reads_as_name`): a capital that is not the sentence's; else a given name of the lexicon in any
  inflected form (دىلمۇرات خوشۇر: Arabic script has no capitals, and a sentence's capital says
  nothing), or a word a cue before it says is a name (a kin word, a label's colon: `_cued`); else a
  sentence's first word, before the mask, that is no word known not to be a name (a stop word, a
  kin word, a title: "Neighbour"); else, in Arabic script, one word on either side that is not known
  to be no name (`_uncased_joins`: زۇلپىيار خوشۇر, a given name the lexicon lacks, with no cue; not a
  pronoun, numeral or adverb, nor a word that ends as no name does: a verb form, a possessive, before
  the mask a case: `_VERB_FORM`, `_CASE_MARKED`; after it, only right after a withheld part); in
  lower-case Latin (a chat), a word right before the mask written as a lexicon given name exactly
  ("dilmurat hoshur"; not "carpenter", which the lexicon reads loosely). In characters, the other part of the name beside the mask, with
  a middle dot or without (`_han_widened`), also where the archive holds the name in characters.
- A word written in lower case in a cased script is masked alone only when it is one of the
  withheld parts as written or read (`seyit` for Сейіт), not when it is only alike ("said"): a
  common word must not be masked in every release; alike, it still completes a full name.
- A part that a named person also bears (siblings share their father's name as surname) is
  masked only where it stands next to a masked part; a named person's whole name set apart from
  the masked one by a comma or a bracket ("Rayila Kamal, Adil Kamal") is shown (`_set_apart_named`).
- A withheld whole name written as a named person's (a namesake, or a mention of the same person
  with no basis of its own) stays masked, the named person's with it: a reader cannot tell which of
  them a text means, so no one's naming basis shows another's name (`build_masking`). Unless the
  withheld person recorded no refusal of their own and is read in confidential documents only
  (`Withheld.yields_to_named`): then no text the public may read was read as meaning them, and a
  confidential text received later does not take a named witness's name out of the testimony the
  public has read (h-fix44's policy). A witness's own refusal wins everywhere.
- A withheld full name run together in a handle, an address or a file name ("@memtiminablet",
  "@Memtimin_Ablet", "memtimin.ablet", "MEMTIMINABLET", surname first too) is masked from its first
  letter to its last, whatever its case, accents, digits and separators (`_run_together`); and so
  is a withheld name written letter by letter (M i r z a t, T-U-R-S-U-N, M.I.R.Z.A.T.: `_spaced_spans`).
  A name mask that starts or ends inside a token joined by "_", "." or a hyphen, or by digits
  ("gulnar_abl1988", "abl.gulnar88"), is widened to the whole token in every text (`_whole_token`): a
  piece of a surname or a year left beside the mask points to its bearer.
- A withheld part with the affectionate -jan or the honorific -xan written on, a case ending after
  it (Mirzatjanning, Мирзатжанның, مىرزاتجانغا for Mirzat), is that part (`_jan_hits`, the names
  layer's `jan_stems`).
- What is masked is masked in the encodings a reader undoes in one click too (`_encoded_spans`):
  percent-encoded in an address (UTF-8, else UTF-16 or an older charset: cp1251, GBK…; "+" a space),
  in a host name's punycode, in base64 or base64url (a URL parameter), base32 and hexadecimal (a dump,
  a token; UTF-8 or UTF-16), quoted-printable (an e-mail's source), HTML character references
  (G&#252;lnar, G&uuml;lnar, escaped twice too), JSON, JavaScript and CSS escapes (G\\u00fclnar,
  G\\fc lnar), UTF-7 and rot13, each read as a decoder shows it.
- Reviewer-chosen details (a village, a date) and contact details (e-mail, phone) are masked too;
  a detail also with the endings names get (в Чугучаке, Aksuda for "Чугучак", "Aksu"), in every
  spelling the gazetteer has for it (Chuguchak: Чугучак, 塔城, چۆچەك: `detail_spellings`) and in
  other scripts as the names layer reads them (Мехмет for "Mehmet").
- A withheld name written in Chinese characters by sound inside a sentence (卡哈尔 for Qahar) is read
  stretch by stretch as the names layer reads characters (`_han_name_spans`), with a kinship noun
  that writes its last syllable (吐尔孙 Tursun: `_han_edge_reading`, `_han_kin_end`).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import html
import quopri
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import accumulate, combinations

import regex

from guwah.errors import N_, N_plural, Term, Text
from guwah.names.inflection import fold, stems
from guwah.protection.keys import KeyRing

WITHHELD = "[name withheld]"
DETAIL = "[detail withheld]"
# A passage another, non-public, testimony holds too (`guwah.publish.quoted_in`).
QUOTED = "[quoted passage withheld]"
# An e-mail address, read through invisible characters (a soft hyphen, a zero-width space: `_INVISIBLE`) that a
# copy leaves in it, which would otherwise end the address there and leave its first part beside the mask.
_EMAIL = regex.compile(r"[\w.+\-\p{Cf}]+@[\w\-\p{Cf}]+(?:\.[\w\-\p{Cf}]+)+")
# A phone number's digits and what separates them: a space of any kind (a no-break one, as Word and French
# typography write it), a hyphen (a non-breaking one too), and an invisible character a copy leaves.
_PHONE_LIKE = regex.compile(r"\+?\(?\d[\d\p{Zs}\p{Cf}()./\-\u2010\u2011]{7,}\d")
# An account: a handle ("@saltik_river", not an e-mail's "@") or a profile's address on a messenger or
# social network ("t.me/…", "instagram.com/…"): it leads to whoever writes there. Masked as a contact
# detail where `redact` is asked to (`accounts`: a text that must not lead back to its witness). Read through
# invisible characters inside it (a soft hyphen), as an e-mail address is.
_ACCOUNT = regex.compile(
    r"(?:(?:https?://)?(?:www\.|m\.|mobile\.)?(?:t\.me|telegram\.(?:me|org)|wa\.me|instagram\.com|facebook\.com"
    r"|fb\.com|vk\.com|ok\.ru|twitter\.com|x\.com|tiktok\.com|youtube\.com|weibo\.com|threads\.net"
    r"|linkedin\.com/in)/[\w@.%~+\-\p{Cf}]+(?:/[\w@.%~+\-\p{Cf}]+)*/?"
    r"|(?<![\w@.+\-/])@\w(?:[\w.\p{Cf}]*\w)?)", regex.IGNORECASE)
# A phone number has at least this many digits; fewer is a date or a year range.
_PHONE_DIGITS = 9
# A date with its year in full ("03/05/2019", "2019-05-03") or a clock time ("12:41", "12:41:07"), as a
# chat export stamps each message ("[03/05/2019 12:41]"): their digits never count towards a phone number's.
_DATE_OR_TIME = re.compile(r"(?<!\d)(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1(?:1[89]|20)\d\d"
                           r"|(?:1[89]|20)\d\d([./-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
                           r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?!\d)")
# An identity document's number written with its series letters (a passport's E45219873 or EA1234567,
# a Kazakh N12345678, a Kyrgyz AC1234567): it points to its holder as a phone number does; digits alone
# are `_PHONE_LIKE`'s.
_DOCUMENT_NUMBER = regex.compile(r"(?<![\p{L}\p{N}\-\\])\p{Lu}{1,2}\d{7,9}(?![\p{L}\p{N}])")
# A Chinese number plate: a province's character, the issuing city's letter and five or six letters and
# digits, a dot or a space perhaps after the letter (新F·73K21, 新A 5D821, 新AD12345; inside a Chinese sentence
# too: 车牌新F73K21的车): it points to the car's owner as a document number does.
_PLATE = regex.compile(r"(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                       r"[A-Z][·•.\- ]?(?=[A-Z0-9]{0,5}\d)[A-Z0-9]{5,6}(?![A-Za-z0-9])")
# A passport's or an identity card's machine-readable zone: the document code, its variant and the
# issuing state's three letters run into the surname ("P<CHNTASHMAMATOVA<<GULZIRE<<<"), the names'
# parts set apart by "<". Read with that prefix and every "<" as a space (`_zone_spans`).
_ZONE = regex.compile(r"(?<![A-Z0-9<])(?P<code>[PIACV][A-Z0-9<][A-Z<]{3})(?P<names>[A-Z]+<[A-Z<]*)")
# Name parts shorter than this are too ambiguous to mask on their own.
MIN_PART = _MIN_PART = 3
# A word: letters with their combining marks (so NFD text is one word), inner apostrophes kept
# for possessives and Turkish case endings ("Mehmet'in", "Mehmet’s").
# Invisible format characters (zero-width space, soft hyphen, joiners: Unicode Cf) count as part
# of a word and are ignored when matching, so "Meh\u200bmet" is still one word, "Mehmet".
# An elided French word before a capital ("d'Erkin", "qu'Aynur", "L'ELIF"; Python's b'…' and u'…' too)
# is a word of its own: the name after it is read as any other name, not as one word with it.
_WORD = regex.compile(r"(?:[a-z]{1,2}|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[DL])['’ʼ](?=\p{Lu})"
                      r"|[\p{L}\p{M}\p{N}\p{Cf}]+(?:['’ʼ][\p{L}\p{M}\p{Cf}]+)*['’ʼ]?")
_INVISIBLE = regex.compile(r"\p{Cf}")
_HAN = regex.compile(r"\p{Han}")
# What may stand between two parts of one name.
_JOINER = regex.compile(r"[\s·•・‧\-‐‑,()]{1,4}")
_PART_SPLIT = regex.compile(r"[\s·•・‧\-‐‑]+")


@dataclass(frozen=True)
class Withheld:
    """One withheld person as masking needs them: their names and their replacement."""

    person_id: int
    names: tuple[str, ...]
    replacement: str
    # They recorded no refusal of their own and every name of theirs is read in confidential documents
    # only: no text the public may read was read as meaning them, so a named person's name written
    # alike stays the named person's (`build_masking`).
    yields_to_named: bool = False
    # A name a reviewer asked to mask (`detail_names`): a part of it is masked alone only from
    # MASKED_NAME_PART letters and when it is no common word (`_masked_alone`).
    asked: bool = False


@dataclass
class Masking:
    """The archive's withheld names, indexed for matching words of any text.

    Build it once per release draft with `build_masking` and apply it with `redact`.
    """

    parts: dict[str, str] = field(default_factory=dict)  # folded part -> replacement
    named_parts: set[str] = field(default_factory=set)  # folded parts of named people
    # Named people's whole names (two parts or more) by their first part: shown where they stand
    # whole and set apart from a masked name (`_set_apart_named`).
    named_full_names: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    named_ends: set[str] = field(default_factory=set)  # their last parts (a family name written last)
    by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # blocking key -> parts
    named_by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Whole withheld names (two parts or more, short parts included): masked wherever all their
    # parts stand together, even when each part alone is shared with a named person.
    full_names: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    by_initial: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    name_parts: set[str] = field(default_factory=set)  # every part of a full name above
    # Every two parts that follow each other in a full name above: a line break between them is
    # inside the name (`_broken_name`).
    name_pairs: set[tuple[str, str]] = field(default_factory=set)
    followed: set[str] = field(default_factory=set)  # the first of each pair above: a part another follows
    name_parts_by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    han: dict[str, str] = field(default_factory=dict)  # Han-script name or part -> replacement
    # Withheld parts (of `parts`) by the reduced forms of their readings (`guwah.names` `Part.reduced`):
    # a word that is one of them with the ending -jan or -xan is found by it (`_jan_hits`).
    by_reduced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Withheld full names run together as handles write them (`_run_together`) -> replacement, and
    # the same forms by their first RUN_KEY letters.
    run_together: dict[str, str] = field(default_factory=dict)
    run_together_by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Withheld parts (of `parts` and `name_parts`) in rot13, lower case: a word that is one of them
    # has the text read in rot13 (`_rot13_spans`).
    rot13: set[str] = field(default_factory=set)
    details: list[str] = field(default_factory=list)
    # What the index was built from (`build_masking`'s withheld and named, the details' names left
    # out): `with_details` builds it again from them for details that name someone.
    withheld: tuple[Withheld, ...] = ()
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class MaskSpan:
    """Where a redacted text holds a replacement: [start, end) in the *redacted* text."""

    start: int
    end: int
    kind: str  # "name", "detail", "contact" or "quotation"


@dataclass(frozen=True)
class Redacted:
    text: str
    masks: tuple[MaskSpan, ...]


def pseudonym(ring: KeyRing, person_id: int) -> str:
    """A stable pseudonym for a person, the same on every page; reveals nothing about them."""
    digest = ring.mac("pseudonym", str(person_id).encode())
    return "Person " + base64.b32encode(digest).decode()[:4]


# What `pseudonym` writes: "Person " and four base-32 letters/digits. A checker reading shown text for
# names (guwah.publish.unread_names) leaves these out: "Person ZPBT" reads as a name, and is no one's.
PSEUDONYM_FORM = re.compile(r"\bPerson [A-Z2-7]{4}\b")


def name_parts(name: str) -> list[str]:
    """A written name's parts as masking splits them (spaces, hyphens, middle dots; invisible
    format characters dropped)."""
    return [part for part in _PART_SPLIT.split(_INVISIBLE.sub("", name)) if part]


def _folded_name(name: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in name_parts(unicodedata.normalize("NFC", name)))


class _Either(str):
    """WITHHELD, for a name that may be any of several people whose replacements differ: a part
    two people bear ("Nurbiye", hers and a namesake's). `candidates` keeps their replacements so that
    a text that may show exactly one of those pseudonyms shows it (`redact`); everywhere else it
    reads as the WITHHELD it is."""

    candidates: frozenset[str]

    def __new__(cls, candidates: frozenset[str]) -> _Either:
        either = super().__new__(cls, WITHHELD)
        either.candidates = candidates
        return either


# WITHHELD that no text's own pseudonym takes the place of: a witness's part hidden in a named
# relative's name (`guwah.publish.archive_masking`), where her pseudonym would read as the relative being her.
WITHHELD_ALWAYS = _Either(frozenset({"withheld always"}))


def _candidates(replacement: str) -> frozenset[str]:
    return replacement.candidates if isinstance(replacement, _Either) else frozenset((replacement,))


def _either(candidates: frozenset[str]) -> str:
    return _Either(candidates) if candidates else WITHHELD


def _stricter(a: str | None, b: str) -> str:
    """The replacement of a name that may be the person of `a` or of `b` (two readings of one word,
    a part two people bear): WITHHELD where they differ, with both kept as candidates (`_Either`)."""
    if a is None:
        return b
    if a == b and not isinstance(a, _Either) and not isinstance(b, _Either):
        return b
    return _either(_candidates(a) | _candidates(b))


def _same_person(a: str | None, b: str) -> str:
    """The replacement of a name whose pieces are one person's (the words of a full name, pieces
    joined into one span): as `_stricter`, but only a person all of them may be stays a candidate
    (her first name shared with a namesake, written beside her surname, is hers alone)."""
    if a is None:
        return b
    if a == b and not isinstance(a, _Either) and not isinstance(b, _Either):
        return b
    return _either(_candidates(a) & _candidates(b))


def _shown_replacement(replacement: str, pseudonyms: frozenset[str]) -> str:
    """`replacement` in a text that may show only `pseudonyms` (`redact`): any other pseudonym is
    WITHHELD; a name that may be one of several people shows the one pseudonym the text may show
    where every other is WITHHELD here (her own first name, also a namesake's in another text)."""
    if not isinstance(replacement, _Either):
        return replacement if replacement in pseudonyms or not PSEUDONYM_FORM.fullmatch(replacement) else WITHHELD
    shown = {candidate for candidate in replacement.candidates if candidate in pseudonyms}
    others = replacement.candidates - shown
    if len(shown) == 1 and all(other == WITHHELD or PSEUDONYM_FORM.fullmatch(other) for other in others):
        return next(iter(shown))
    return WITHHELD


def _latin_variants(name: str) -> list[str]:
    """A name as written, plus its Latin readings when it is not in Latin script (Han, Arabic…)."""
    from guwah.names import latin_forms

    if not regex.search(r"[^\p{Latin}\p{Common}\p{Inherited}]", name):
        return [name]
    return [name, *latin_forms(name)[:4]]


def build_masking(withheld: list[Withheld], named: list[str], details: list[str] = ()) -> Masking:
    """Index the names of withheld people (and the parts named people share) for `redact`.

    Args:
        withheld: every withheld person of the archive with all their known names.
        named: every name of people shown by name (their parts are masked only beside a mask).
        details: further surfaces a reviewer asked to mask.
    """
    from guwah.names import name_keys

    masking = Masking(withheld=tuple(withheld), named=tuple(named))
    masking.details = _clean(details)
    asked = detail_names(masking.details)
    withheld = [*withheld, *asked]
    # A shown person's name that a reviewer masks whole is masked in its parts too: it is not
    # "another" person's name whose parts stay shown.
    asked_full = {_folded_name(name) for person in asked for name in person.names}
    named = [name for name in named if _folded_name(name) not in asked_full]
    # A withheld whole name written as a named person's (namesakes, or a mention of the same person
    # with no basis of its own) stays masked: a reader cannot tell which of them a text means, so
    # no one's approval shows another's name. The named name is then not "set apart" nor "run
    # together" as shown either.
    readings = [(person, written, [(name, tuple(fold(p) for p in _PART_SPLIT.split(name) if p and not _HAN.search(p)))
                                   for name in _latin_variants(written)])
                for person in withheld
                for written in (unicodedata.normalize("NFC", _INVISIBLE.sub("", name)) for name in person.names)]
    withheld_full = {parts for person, _, variants in readings if not person.yields_to_named
                     for _, parts in variants if len(parts) >= 2}
    named_full = set()
    for name in named:
        folded_parts = tuple(fold(p) for p in _PART_SPLIT.split(_INVISIBLE.sub("", name)) if p)
        # Written as a withheld name, only its parts stay a named person's (masked beside a mask).
        if len(folded_parts) >= 2 and folded_parts not in named_full and folded_parts not in withheld_full:
            masking.named_full_names[folded_parts[0]].append(folded_parts)
            masking.named_ends.add(folded_parts[-1])
            named_full.add(folded_parts)
        for folded in folded_parts:
            if len(folded) >= _MIN_PART and folded not in masking.named_parts:
                masking.named_parts.add(folded)
                for key in name_keys(folded):
                    masking.named_by_key[key].add(folded)
    for person, written, variants in readings:
        if _HAN.search(written):
            for surface in {written, *(p for p in _PART_SPLIT.split(written) if len(p) >= 2)}:
                masking.han[surface] = _stricter(masking.han.get(surface), person.replacement)
        for _, folded_parts in variants:
            if len(folded_parts) >= 2 and not (person.yields_to_named and folded_parts in named_full):
                masking.full_names[folded_parts[0]].append((folded_parts, person.replacement))
                masking.by_initial[folded_parts[0][:1]].append((folded_parts, person.replacement))
                masking.name_pairs.update(zip(folded_parts, folded_parts[1:], strict=False))
                masking.followed.update(folded_parts[:-1])
                for folded in folded_parts:
                    masking.name_parts.add(folded)
                    if len(folded) >= _MIN_PART:
                        for key in name_keys(folded):
                            masking.name_parts_by_key[key].add(folded)
            for folded in folded_parts:
                # A part a named person bears too is masked only beside a masked part.
                if len(folded) < _MIN_PART or folded in masking.named_parts:
                    continue
                if person.asked and not _masked_alone(folded):
                    continue
                masking.parts[folded] = _stricter(masking.parts.get(folded), person.replacement)
                for key in name_keys(folded):
                    masking.by_key[key].add(folded)
                for reduced in _reduced_forms(folded):
                    masking.by_reduced[reduced].add(folded)
    # A named person's handle is theirs to show: their names run together are not masked.
    shown = {form for parts in named_full for form in _run_together(parts)} | {_plain(p) for p in masking.named_parts}
    for entries in masking.full_names.values():
        for parts, replacement in entries:
            for form in _run_together(parts) - shown:
                if form not in masking.run_together:
                    masking.run_together_by_key[form[:RUN_KEY]].append(form)
                masking.run_together[form] = _stricter(masking.run_together.get(form), replacement)
    masking.rot13 = {_rot13(part) for part in {*masking.parts, *masking.name_parts}
                     if len(part) >= ROT13_PART and _rot13(part) != part}
    return masking


# A withheld full name run together (a handle, an address, a file name: "@memtiminablet",
# "Memtimin_Ablet", "memtimin.ablet") is masked where a word's letters are one of at least
# RUN_ALONE letters, or hold one of at least RUN_WITHIN letters among others ("@real_memtiminablet");
# shorter ones ("Li Na": "lina") would mask ordinary words and given names.
RUN_ALONE = 6
RUN_WITHIN = 8
RUN_KEY = 4  # letters a run-together form is looked up by
RUN_PARTS = 6  # a name's first parts that are run together (2^6 choices at most)


def _plain(text: str) -> str:
    """Letters only, folded (`fold`), without accents (Äblet → ablet), as a handle writes them."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(c for c in decomposed if unicodedata.category(c)[0] == "L")


@functools.lru_cache(maxsize=4096)
def _plain_char(char: str) -> str:
    return _plain(char)


def _run_together(parts: tuple[str, ...]) -> set[str]:
    """A full name's forms run together: every choice of two or more of its parts, in the name's
    order and reversed (surname first), as `_plain` letters of at least RUN_ALONE letters."""
    letters = [p for p in (_plain(part) for part in parts[:RUN_PARTS]) if p]
    forms = set()
    for size in range(2, len(letters) + 1):
        for chosen in combinations(letters, size):
            forms |= {"".join(chosen), "".join(reversed(chosen))}
    return {form for form in forms if len(form) >= RUN_ALONE}


# A detail to mask must weigh at least this much (a letter or digit 1, a Chinese character 2): a
# shorter one ("a", "17", "村") masks that string in every word and number of the text it stands in.
MIN_DETAIL_WEIGHT = 3
# Where a reviewer gives the details: the CLI's option, which a page names by its own words (the
# label "mask_option" in `guwah.web.labels`: a line of its form's field).
MASK_OPTION = Term("mask_option", "--mask")
# The languages whose stop words (spaCy's lists) a detail may not consist of only ("the", "de la").
STOP_WORD_LANGUAGES = ("en", "fr", "ru", "tr", "zh")


@functools.cache
def stop_words() -> frozenset[str]:
    """The stop words of STOP_WORD_LANGUAGES (spaCy's lists), case-folded: words no detail and no
    name is ("the", "он"; read by `guwah.search.text_spelling_terms` too, when a release is indexed).

    Each list is read from its own module file (plain sets, no imports), without importing the
    spacy package: that costs seconds of CPU and memory in a web process that never extracts."""
    import importlib.util
    from pathlib import Path

    words: set[str] = set()
    package = importlib.util.find_spec("spacy")  # found, not imported
    for code in STOP_WORD_LANGUAGES:
        path = Path(package.submodule_search_locations[0], "lang", code, "stop_words.py")
        spec = importlib.util.spec_from_file_location(f"_guwah_stop_words_{code}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= module.STOP_WORDS
    return frozenset(word.casefold() for word in words)


# A nickname a text gives someone: the word a cue says people call them by ("everyone calls me Saltik",
# "we called him Qarlighach", «звали его Чапаем», "Көкжал деп атайтынбыз", «بۇلبۇل» دەپ چاقىراتتۇق,
# 叫他“小狼”). It points to its bearer as a name does (`nicknames`).
_QUOTE_OPEN, _QUOTE_CLOSE = "\"“‘'«「『", "\"”’'»」』"
_NICKNAME_CUES = [regex.compile(pattern, regex.IGNORECASE | regex.VERSION1) for pattern in (
    # English: "called him X", "calls me X", "nicknamed X", "known to us as X" (a capitalised word)
    r"\b(?:call(?:s|ed|ing)?|nicknamed|known\s+(?:to\s+\w+\s+)?as)\s+(?:(?:him|her|me|us|them)\s+)?(?:by\s+)?"
    r"[" + _QUOTE_OPEN + r"]?(?-i:(?P<nick>\p{Lu}[\p{L}\p{M}'’-]{2,}))",
    # Russian: «звали его Чапаем», «прозвали её Аксу», «по прозвищу Чапай»
    r"(?<!\p{L})(?:звали|называли|прозвали|кличут|звал|звала|прозвищу|прозвище|кличка)\s+"
    r"(?:(?:его|её|ее|меня|нас|их)\s+)?[" + _QUOTE_OPEN + r"]?(?-i:(?P<nick>\p{Lu}[\p{L}\p{M}-]{2,}))",
    # Kazakh and Uyghur: a word, quoted or not, before деп / دەپ and a verb of calling or naming
    r"[" + _QUOTE_OPEN + r"]?(?P<nick>[\p{L}\p{M}]{3,})[" + _QUOTE_CLOSE + r"]?\s+(?:деп|دەپ)\s+"
    r"(?:атай|атаған|атады|шақыр|چاقىر|ئاتا|ئاتىغان)",
    # Chinese: 叫他“小狼”, 外号小狼, 小名叫…
    r"(?:叫他|叫她|叫我|称他|称她|喊他|喊她)[“\"「『](?P<nick>\p{Han}{1,4})[”\"」』]",
    r"(?:外号|绰号|小名|昵称)(?:叫|是)?[“\"「『]?(?P<nick>\p{Han}{2,4})",
)]


def nicknames(text: str) -> list[str]:
    """The nicknames a text gives (`_NICKNAME_CUES`), each once, in text order: a text that must not lead
    back to its witness masks them as details (`guwah.publish.draft_content`)."""
    found: list[str] = []
    for cue in _NICKNAME_CUES:
        for match in cue.finditer(unicodedata.normalize("NFC", text or "")):
            nick = match.group("nick")
            # with the stems its ending may hide («звали его Чапаем»: Чапай, Чапа), so that "о Чапае" goes too
            for form in (nick, *sorted(form for form in stems(nick) if len(form) >= 4 and form != fold(nick))):
                if form not in found and detail_refusal(form) is None:
                    found.append(form)
    return found


def account_handles(text: str) -> list[tuple[int, int]]:
    """[start, end) of every account handle and profile address in `text` (`_ACCOUNT`), in text order."""
    return [match.span() for match in _ACCOUNT.finditer(text or "")]


def detail_refusal(detail: str) -> Text | None:
    """Why a reviewer's detail to mask (`--mask`, the workspace's mask field) would hide the wrong
    thing, or None when it may stand: empty, lighter than MIN_DETAIL_WEIGHT, or made only of stop
    words. One line (a `guwah.errors.Text`, said in the reader's language on a page), without the
    detail itself (it is what must not be shown)."""
    text = str(detail).strip()
    if not text:
        return Text(N_("a detail to mask (%(option)s) cannot be empty: give the words to hide"), {"option": MASK_OPTION})
    weight = sum(2 if regex.match(r"\p{Han}", char) else 1 for char in text if char.isalnum())
    if weight < MIN_DETAIL_WEIGHT:
        return Text.counted(N_plural(
            "a detail to mask (%(option)s) needs at least %(least)s letter or digit (a Chinese character counts two): "
            "a shorter one would be masked inside every word that holds it; give the whole word",
            "a detail to mask (%(option)s) needs at least %(least)s letters or digits (a Chinese character counts "
            "two): a shorter one would be masked inside every word that holds it; give the whole word"),
            MIN_DETAIL_WEIGHT, {"least": MIN_DETAIL_WEIGHT, "option": MASK_OPTION})
    words = regex.findall(r"\w+", text.casefold())
    if words and all(word in stop_words() for word in words):
        return Text(N_("a detail to mask (%(option)s) made only of common words would mask them all through the text: "
                       "give the village, date or name to hide"), {"option": MASK_OPTION})
    return None


def _clean(details) -> list[str]:
    return [d.strip() for d in details if d and d.strip()]


def with_details(masking: Masking, details: list[str]) -> Masking:
    """The same name index with another reviewer's list of details (the index is shared, not copied;
    built again, from what it was built from, where the details name someone: `detail_names`)."""
    details = _clean(details)
    if detail_names(details) == detail_names(masking.details):
        return replace(masking, details=details)
    return build_masking(list(masking.withheld), list(masking.named), details)


# A part of a name a reviewer asked to mask (`detail_names`) is masked on its own from this many
# letters: "Dilnur" and "Qadirova" of "Dilnur Qadirova" wherever they stand, not "Ali" of "Ali Tursun".
MASKED_NAME_PART = 4
# A detail is read as a name when it is at most this many words of letters (RUN_PARTS: a name's
# parts a handle runs together).
MASKED_NAME_WORDS = RUN_PARTS
_NAME_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")


def detail_names(details) -> tuple[Withheld, ...]:
    """The details a reviewer asked to mask (`--mask`) that read as a person's name, as withheld
    names whose replacement is DETAIL: masked as withheld people's names are (`build_masking`, one
    rule), in every part on its own (`_masked_alone`), every case ending, every spelling and script
    the names layer reads as that name, every encoding, and whole wherever the parts stand together.
    A detail reads as a name when it is no date (`detail_spellings`' day or month), no place of the
    gazetteer (`_detail_places`: its own spellings are masked), and one to MASKED_NAME_WORDS words
    of letters only (a village the gazetteer lacks is read so too: its word is masked in its endings
    and spellings, which is the safe side)."""
    return tuple(Withheld(0, (detail,), DETAIL, asked=True) for detail in details if _reads_as_person(detail))


@functools.lru_cache(maxsize=4096)
def _reads_as_person(detail: str) -> bool:
    words = name_parts(detail)
    if not 1 <= len(words) <= MASKED_NAME_WORDS or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    return not _date_spellings(detail) and not _detail_places(detail)


@functools.lru_cache(maxsize=4096)
def _masked_alone(part: str) -> bool:
    """Whether a folded part of a name a reviewer asked to mask is masked on its own: at least
    MASKED_NAME_PART letters (a Chinese part: two characters, as `build_masking` reads Han names),
    and no common word (`_no_name`: a stop word, a kin word, a title, a role, a place's kind word
    such as "village") nor a place of the gazetteer (`_is_place`). Such a part is still masked beside
    the others, as a named person's part is: where the whole name stands, or next to a masked part."""
    if len(part) < (2 if _HAN.search(part) else MASKED_NAME_PART):
        return False
    return not _no_name(part) and not _is_place(part)


def _fuzzy_hits(stem: str, candidates_by_key: dict[str, set[str]]) -> set[str]:
    """The indexed parts that are `stem` in another script or spelling (Мехмет for Mehmet)."""
    from guwah.names import name_keys

    if len(stem) < _MIN_PART:
        return set()
    return {part for key in name_keys(stem) for part in candidates_by_key.get(key, ()) if _alike(stem, part)}


@functools.lru_cache(maxsize=262144)
def _alike(stem: str, part: str) -> bool:
    """Whether the names layer reads a word's stem and an indexed part as one name (kept per pair: a
    long text meets the same words again and again, and each comparison reads both in every script)."""
    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    return compare_names(stem, part) >= SAME_NAME


@functools.cache
def _feminine_surname_ending() -> regex.Pattern:
    from guwah.names.forms import FEMALE, SUFFIXES

    endings = [suffix for suffix, gender, patronymic in SUFFIXES if gender == FEMALE and not patronymic]
    return regex.compile(rf"\p{{Latin}}{{{_MIN_PART},}}(?:{'|'.join([*endings, 'ina', 'yna'])})")


# Honorifics Uyghur and Kazakh write onto a given name ("lady", "sir": Dilnurxan, Dilnurkhan,
# Dilnurxanim, Дилнурхан, Дилнурханым, دىلنۇرخان; the Uzbek -xon, Dilnurxon, Дилнурхон), folded as
# `stems` gives them; case endings before them are already taken off by `stems` (Dilnurxanning → dilnurxan).
_HONORIFIC = regex.compile(r"(?:(?:x|kh|h)an(?:im)?|(?:x|kh)on|хан(?:ым|ум)?|хон|خان(?:ىم)?)\Z")
# A family named in the English plural by a Russian-style surname (the Ekberovs, the Ekberovs' house, the
# Baqtins), folded; only these surname endings, so that no common plural loses its -s.
# Russian diminutives a speaker writes onto a given name (Зерепшанка, Зерепшаночка, a boy's Кайратик,
# Кайратчик, Кайратушка; in Latin letters too), folded, after `stems` gave the nominative back
# (Зерепшанку → зерепшанка).
_DIMINUTIVES = ("очка", "ечка", "ушка", "юшка", "ка", "чик", "ик",
                "ochka", "echka", "ushka", "ka", "chik", "ik")
_FAMILY_PLURAL = regex.compile(rf"\p{{Latin}}{{{_MIN_PART},}}(?:ov|ev|ow|ew|in|yn|ova|eva|owa|ewa)s\Z")


@functools.lru_cache(maxsize=65536)
def _mask_stems(word: str) -> frozenset[str]:
    """`stems` of a word of a text, and for each Latin stem with a feminine surname ending the
    masculine surname it is (Omarova → omarov, Abdullaeva → abdullaev, Baqtina → baqtin, Uyghur Latin
    Tursunowa → tursunow), as `stems` reads Cyrillic (Омарова → омаров). The endings: the feminine
    surname suffixes of `guwah.names.forms.SUFFIXES` (-ova, -eva, -owa, -ewa) and -ina/-yna, the
    feminine of the Russian surnames in -in/-yn (`guwah.names.inflection`'s Russian rules). A
    patronymic (-ovna, -ovich) is not a surname: it is the child of a man of that given name.
    A stem with an honorific written on (`_HONORIFIC`: Dilnurkhan) also gives the name before it
    (dilnur), when that keeps at least a name part's letters (not Orhan → "or"). A family's English
    plural (`_FAMILY_PLURAL`: Ekberovs, Ekberovas) gives the surname, a Russian diminutive
    (`_DIMINUTIVES`: Зерепшанка, Кайратик) the given name."""
    found = stems(_INVISIBLE.sub("", word))
    found |= {stem[:-1] for stem in found if _FAMILY_PLURAL.match(stem)}
    found |= {stem[:-len(ending)] for stem in found for ending in _DIMINUTIVES
              if stem.endswith(ending) and len(stem) - len(ending) >= _MIN_PART + 2}
    found |= {stem[:-1] for stem in found if _feminine_surname_ending().fullmatch(stem)}
    return found | {stem[:honorific.start()] for stem in found if (honorific := _HONORIFIC.search(stem, _MIN_PART))}


@functools.lru_cache(maxsize=65536)
def _reduced_forms(word: str) -> frozenset[str]:
    """The reduced forms (`guwah.names` `Part.reduced`) of a one-word name's readings of one part."""
    from guwah.names import name_forms

    return frozenset(reading[0].reduced for reading in name_forms(word).readings if len(reading) == 1)


def _jan_hits(stem: str, masking: Masking) -> set[str]:
    """The withheld parts that `stem` is with the affectionate ending -jan or the honorific -xan
    written on (`guwah.names.forms.jan_stems`, in every script: Mirzatjan, Мирзатжан, مىرزاتجان,
    Mirzatdzhan for a withheld Mirzat). The names layer scores such a pair JAN_SIMILARITY, below
    SAME_NAME ("one person's name, but not one name"), so `_fuzzy_hits` left the word shown: for a
    mask it is the withheld person's name all the same."""
    from guwah.names.forms import jan_stems

    if not masking.by_reduced or len(stem) < _MIN_PART:
        return set()
    return {part for reduced in _reduced_forms(stem) for base in jan_stems(reduced)
            for part in masking.by_reduced.get(base, ())}


def _part_match(word: str, masking: Masking) -> tuple[str | None, bool, set[str]]:
    """(replacement, shared, full-name parts) for one word of a text.

    replacement: set if the word is a withheld part; shared: a part a named person bears;
    full-name parts: the parts of withheld full names the word can stand for.
    """
    bare = word.strip("0123456789")
    if bare != word and len(bare) >= _MIN_PART and bare.isalpha():
        # A handle or a file's name: a name with a number joined to it ("gulsendem1985", "qorghanyari85"),
        # read as the name, written with its capital: no common word is written so.
        return _part_match(bare[:1].upper() + bare[1:], masking)
    word_stems = _mask_stems(word)
    name_hits = {stem for stem in word_stems if stem in masking.name_parts}
    for stem in word_stems:
        name_hits |= _fuzzy_hits(stem, masking.name_parts_by_key)
    replacement = None
    for stem in word_stems:
        if stem in masking.parts:
            replacement = _stricter(replacement, masking.parts[stem])
    if replacement is not None:
        return replacement, False, name_hits
    if any(stem in masking.named_parts for stem in word_stems):
        return None, True, name_hits
    shared = False
    # A word in lower case ("said") is not masked alone for being another spelling of a withheld
    # part (Сейіт, read "seyit"): in a cased script a name is written with its capital, while
    # such a reading turns common words into masks in every released text of the archive. Its
    # exact spellings are still masked in any case (above), and it still completes a full name.
    fuzzy_stems = () if word.islower() else word_stems
    for stem in fuzzy_stems:
        for part in _fuzzy_hits(stem, masking.by_key) | _jan_hits(stem, masking):
            replacement = _stricter(replacement, masking.parts[part])
        shared = shared or bool(_fuzzy_hits(stem, masking.named_by_key))
    return replacement, shared and replacement is None, name_hits


@functools.lru_cache(maxsize=4096)
def detail_spellings(detail: str) -> tuple[str, ...]:
    """A detail to mask and the other spellings the gazetteer has for it, longest first.

    A detail that is one of the written forms of a place `guwah.places.resolve_place` reads it as
    (a score of FUZZY_BEST or more, so never from its fuzzy pass; compared by `exact_key`) brings every written form of that place
    (`PlaceEntry.all_names`, its Uyghur Cyrillic form) and each form without its kind word
    (塔城市 → 塔城, "Tacheng City" → "Tacheng"); where several places have that form (a city and
    its prefecture: 塔城), the forms of all of them (masking more is the safe side). Forms shorter than a name part (_MIN_PART letters; a Han form
    two characters) are left out. Returns (detail,) for anything else (a date, an unknown village).
    """
    dates = _date_spellings(detail)
    if dates:
        return tuple(sorted({detail, *dates}, key=lambda form: (-len(form), form)))
    found = {detail}
    for _place, forms in _detail_places(detail):
        found |= forms
    return tuple(sorted(found, key=lambda form: (-len(form), form)))


@functools.lru_cache(maxsize=4096)
def _detail_places(detail: str) -> tuple:
    """The gazetteer places a detail is one of the written forms of, each with its forms
    (`detail_spellings` says which); () for a date or a place the gazetteer does not have."""
    from guwah.errors import InputError
    from guwah.places import resolve_place
    from guwah.places.gazetteer import exact_key, strip_kind_words, uyghur_cyrillic
    from guwah.places.resolve import FUZZY_BEST

    if _date_spellings(detail):
        return ()
    try:
        resolution = resolve_place(detail, at_least=FUZZY_BEST)
    except InputError:
        return ()
    places = [c.entry for c in resolution.candidates if c.score >= FUZZY_BEST]
    if resolution.match is not None:
        places.append(resolution.match)
    written_keys = {exact_key(detail), exact_key(strip_kind_words(detail, local=True)[0])}
    found = []
    for place in places:
        forms = set()
        for written in [*place.all_names(), uyghur_cyrillic(place)]:
            if not written:
                continue
            for form in (written, strip_kind_words(written)[0]):
                form = unicodedata.normalize("NFC", form.strip())
                if len(form) >= (2 if _HAN.search(form) else _MIN_PART):
                    forms.add(form)
        # Only a place that has the detail as written is meant (not "Aksou", read as Aksu), with or
        # without the word for its kind ("托克扎克镇", "Toqquzaq town": the gazetteer has "托克扎克").
        if not written_keys.isdisjoint(exact_key(form) for form in forms) and place.id not in {p.id for p, _ in found}:
            found.append((place, frozenset(forms)))
    return tuple(found)


def counties_left(texts: list[str], details: list[str]) -> list[tuple[int, str]]:
    """The counties that still name where a masked place is: for each detail (numbered from 1)
    that is a gazetteer place inside a county (a town, a village the gazetteer has), the county's
    name when one of `texts` (the redacted release) still writes it in any spelling
    (`detail_found`). Masking is left to the drafter: a county is often a fact the account needs,
    and one county holds hundreds of villages; but with a landmark beside it ("a village of Niya
    county near the crossing") it may single the village out. Returns (detail number, county's
    display name), in the details' order."""
    from guwah.places.resolve import gazetteer

    left = []
    for number, detail in enumerate(details, 1):
        counties = {}
        for place, _forms in _detail_places(detail.strip()):
            county = gazetteer().county_of(place.id)
            if county is not None and county.id != place.id:
                counties[county.id] = county
        left.extend((number, county.name) for county in counties.values() if detail_found(texts, county.name))
    return left


# A detail that names a year (1900-2099) or is written with 年 may be a date.
_YEARISH = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|年")
# The languages whose ways of writing a day (CLDR's, through Babel) a date detail is masked in:
# those testimonies are written in, and those of the countries where witnesses live.
DATE_LOCALES = ("en", "fr", "de", "tr", "ru", "kk", "ky", "uz", "ug", "zh")
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _date_spellings(detail: str) -> set[str]:
    """The ways of writing the day a detail names, when it names a whole date (day, month, year,
    read by `dateparser` in any language; a numeric day and month that could be either way round,
    12.05.2018, gives both days): ISO, dotted, slashed and dashed digits, CLDR's long and medium
    forms and "d MMMM y" in DATE_LOCALES (Babel), English ordinals, 2018年5月12日 and the Uyghur
    2018-يىلى 5-ئاينىڭ 12-كۈنى. Empty for anything else (a place, a month, a year)."""
    if not _YEARISH.search(detail):
        return set()
    import dateparser
    from babel.dates import format_date

    days = set()
    for order in ("DMY", "MDY"):
        parsed = dateparser.parse(detail, settings={"STRICT_PARSING": True, "DATE_ORDER": order,
                                                     "REQUIRE_PARTS": ["day", "month", "year"]})
        if parsed is not None:
            days.add(parsed.date())
    if not days:
        return _month_spellings(detail)
    forms = set()
    for day in days:
        d, m, y = day.day, day.month, day.year
        forms |= {day.isoformat(), f"{y}/{m}/{d}", f"{y}/{m:02}/{d:02}", f"{y}.{m:02}.{d:02}",
                  f"{y}年{m}月{d}日", f"{y}-يىلى {m}-ئاينىڭ {d}-كۈنى", f"{y}-يىلى {m}-ئاينىڭ {d}"}
        for a, b in ((d, m), (m, d)):
            for sep in ".-/":
                forms |= {f"{a:02}{sep}{b:02}{sep}{y}", f"{a}{sep}{b}{sep}{y}"}
        for locale in DATE_LOCALES:
            for pattern in ("long", "medium", "d MMMM y", "MMMM d, y", "d MMM y"):
                form = format_date(day, pattern, locale=locale).replace("\u202f", " ").replace("\xa0", " ")
                forms.add(form)
                forms.add(regex.sub(r"\s*(?:г|ж)\.$", "", form))  # "12 мая 2018 г." also as "12 мая 2018"
        ordinal = f"{d}{_ORDINAL.get(d, 'th')}"
        # English as people write it: full or short month (Sept too), with or without an ordinal or a comma.
        for month in _english_months(day):
            for number in (str(d), ordinal):
                forms |= {f"{number} {month} {y}", f"{number} {month}, {y}", f"{month} {number} {y}",
                          f"{month} {number}, {y}", f"{number} of {month} {y}", f"{number} of {month}, {y}"}
        # Two-digit years (12/5/18, 12.05.18) and year-first digits without zeros (2018.5.12, 2018-5-12).
        for a, b in ((d, m), (m, d)):
            for sep in ".-/":
                forms |= {f"{a:02}{sep}{b:02}{sep}{y % 100:02}", f"{a}{sep}{b}{sep}{y % 100:02}"}
        forms |= {f"{y}.{m}.{d}", f"{y}-{m}-{d}"}
        # Chinese: zero-padded, 号 for 日, and in Han numerals (二〇一八年五月十二日).
        han_year = "".join(_HAN_DIGITS[int(c)] for c in str(y))
        forms |= {f"{y}年{m:02}月{d:02}日", f"{y}年{m}月{d}号", f"{y}年{m:02}月{d:02}号",
                  f"{han_year}年{_han_number(m)}月{_han_number(d)}日", f"{han_year}年{_han_number(m)}月{_han_number(d)}号"}
        # Kazakh year first («2018 жылғы 12 мамырда»: the ending is read as names' are), Uyghur with
        # the month's name (2018-يىلى 12-ماي) and in Latin letters, Uzbek (2018 yil 12 may).
        kk, ug, uz = (format_date(day, "MMMM", locale=loc) for loc in ("kk", "ug", "uz"))
        forms |= {f"{y} жылғы {d} {kk}", f"{y} жылы {d} {kk}", f"{y}-يىلى {d}-{ug}",
                  f"{y}-yili {m}-ayning {d}-küni", f"{y}-yili {m}-ayning {d}", f"{y} yil {d} {uz}",
                  f"{y}-yil {d}-{uz}"}
    return forms


def _month_spellings(detail: str) -> set[str]:
    """The ways of writing the month a detail names when it names a month of a year and no day
    ("May 2018", «май 2018», 2018年5月: the precision the extractor reads most dates at): the ISO
    month (2018-05, as an entry's event dates are stored), digits (05/2018, 5.2018), CLDR's month
    and year in DATE_LOCALES (its stand-alone form too: «май 2018» beside «мая 2018»), Chinese with
    digits or Han numerals, Kazakh and Uyghur year first, Uyghur Latin. Empty for anything else."""
    import dateparser
    from babel.dates import format_date

    parsed = dateparser.parse(detail, settings={"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return set()
    day = parsed.date()
    m, y = day.month, day.year
    han_year = "".join(_HAN_DIGITS[int(c)] for c in str(y))
    forms = {f"{y}-{m:02}", f"{y}/{m:02}", f"{m:02}/{y}", f"{m}/{y}", f"{m:02}.{y}", f"{m}.{y}", f"{y}.{m:02}",
             f"{y}年{m}月", f"{y}年{m:02}月", f"{han_year}年{_han_number(m)}月", f"{y}-يىلى {m}-ئاي",
             f"{y}-yili {m}-ay"}
    for locale in DATE_LOCALES:
        for pattern in ("MMMM y", "LLLL y", "MMM y", "LLL y", "MMMM, y", "yMMMM"):
            forms.add(format_date(day, pattern, locale=locale).replace("\u202f", " ").replace("\xa0", " "))
    for month in _english_months(day):
        forms |= {f"{month} {y}", f"{month}, {y}", f"{month} of {y}"}
    kk, ug = format_date(day, "LLLL", locale="kk"), format_date(day, "LLLL", locale="ug")
    forms |= {f"{y} жылғы {kk}", f"{y} жылы {kk}", f"{y}-يىلى {ug}"}
    return {form for form in forms if _YEARISH.search(form) or "年" in form}


def _english_months(day) -> set[str]:
    """A date's month as English writes it: full, short, and "Sept" for September."""
    from babel.dates import format_date

    return {format_date(day, "MMMM", locale="en"), format_date(day, "MMM", locale="en")} | ({"Sept"} if day.month == 9 else set())


_HAN_DIGITS = "〇一二三四五六七八九"


def _han_number(n: int) -> str:
    """1-31 in Han numerals as dates write them: 五, 十, 十二, 二十, 三十一."""
    tens, units = divmod(n, 10)
    return (("" if tens < 2 else _HAN_DIGITS[tens]) + ("十" if tens else "") + (_HAN_DIGITS[units] if units else ""))


def _detail_spans(text: str, details: list[str]) -> list[tuple[int, int]]:
    """Where reviewer-chosen details occur in any of their spellings (`detail_spellings`), matched
    after folding, on word boundaries (a Han form anywhere: Han text has no spaces)."""
    if not details:
        return []
    folded_chars, origin = [], []
    for index, char in enumerate(text):
        for piece in fold(char):
            folded_chars.append(piece)
            origin.append(index)
    folded = "".join(folded_chars)
    spellings = [form for detail in details for form in detail_spellings(detail)]
    spans = []
    for detail in spellings:
        needle = fold(detail)
        anywhere = bool(_HAN.search(detail))
        start = folded.find(needle)
        while start != -1 and needle:
            end = start + len(needle)
            first, last = origin[start], origin[end - 1] + 1
            before_ok = anywhere or first == 0 or not text[first - 1].isalnum()
            after_ok = anywhere or last >= len(text) or not (
                text[last].isalnum() or unicodedata.category(text[last]) == "Mn")
            if before_ok and after_ok:
                spans.append((first, last))
            start = folded.find(needle, start + 1)
    spans.extend(_joined_detail_spans(text, folded, origin, spellings))
    spans.extend(_inflected_detail_spans(text, spellings, details))
    spans.extend(_camel_detail_spans(text, spellings))
    return spans


def _camel_detail_spans(text: str, spellings: list[str]) -> list[tuple[int, int]]:
    """Words run together from capitalised pieces (a hashtag or account name: "YengisheherVillage",
    "FriendsOfYengisheher") whose consecutive pieces spell a detail: the whole word, as a withheld
    name run together so is masked (`_camel_case_match`)."""
    wanted = {" ".join(fold(form).split()) for form in spellings if not _HAN.search(form)}
    spans = []
    for match in _WORD.finditer(text):
        pieces = [fold(piece) for piece in _CAMEL.split(_INVISIBLE.sub("", match.group())) if piece]
        if len(pieces) < 2:
            continue
        if any(" ".join(pieces[i:j]) in wanted for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)):
            spans.append((match.start(), match.end()))
    return spans


# A hyphen that ends a line (a word broken over two lines), and a run of spaces or hyphens.
_LINE_HYPHEN = regex.compile(r"[-\u00ad\u2010\u2011][ \t]*\r?\n\s*")
_SEPARATORS = regex.compile(r"[\s\-\u2010\u2011]+")


def _joined_detail_spans(text: str, folded: str, origin: list[int], spellings: list[str]) -> list[tuple[int, int]]:
    """Where a detail stands with its words joined by a hyphen or broken over lines
    ("Yengisheher-Village", "Yengisheher\\n Village" for "Yengisheher Village") or one of its words
    hyphenated at a line's end ("Yengi-\\nsheher"), on word boundaries of the text."""
    pieces, where = [], []
    position = 0
    for match in _LINE_HYPHEN.finditer(folded):
        pieces.append(folded[position:match.start()])
        where.extend(origin[position:match.start()])
        position = match.end()
    pieces.append(folded[position:])
    where.extend(origin[position:])
    joined_text = "".join(pieces)
    squeezed, squeezed_origin, position = [], [], 0
    for match in _SEPARATORS.finditer(joined_text):
        squeezed.append(joined_text[position:match.start()] + " ")
        squeezed_origin.extend(where[position:match.start()] + [where[match.start()]])
        position = match.end()
    squeezed.append(joined_text[position:])
    squeezed_origin.extend(where[position:])
    haystack = "".join(squeezed)
    spans = []
    for detail in spellings:
        needle = _SEPARATORS.sub(" ", fold(detail)).strip()
        if not needle or _HAN.search(needle):
            continue
        start = haystack.find(needle)
        while start != -1:
            first, last = squeezed_origin[start], squeezed_origin[start + len(needle) - 1] + 1
            if (first == 0 or not text[first - 1].isalnum()) and (last >= len(text) or not (
                    text[last].isalnum() or unicodedata.category(text[last]) == "Mn")):
                spans.append((first, last))
            start = haystack.find(needle, start + 1)
    return spans


def _inflected_detail_spans(text: str, details: list[str], typed: list[str] = ()) -> list[tuple[int, int]]:
    """Where a detail stands with a case or possessive ending (в Чугучаке, Aksuda, Ghuljidiki,
    قەشقەردىكى): its words in order, separated by spaces only, each the word of the text or one of
    its stems (`guwah.names.inflection.stems`, the endings names are masked with). A detail of
    `typed` (as the reviewer wrote it, not a gazetteer spelling) also matches a word with a stem the
    names layer reads as the same name (`guwah.names.compare_names` at SAME_NAME or more, as names
    are masked: Мехмет for "Mehmet"). The whole words are masked, endings included."""
    words = [(m.start(), m.end(), _mask_stems(m.group())) for m in _WORD.finditer(text)]
    spans = []
    for detail in details:
        wanted = [fold(part) for part in detail.split()]
        if not wanted or any(_HAN.search(want) for want in wanted):
            continue
        read_as_name = detail in typed
        for index in range(len(words) - len(wanted) + 1):
            run = words[index:index + len(wanted)]
            if all(want in word_stems or (read_as_name and _same_name(want, word_stems))
                   for want, (_, _, word_stems) in zip(wanted, run, strict=True)) and all(
                    not text[a[1]:b[0]].strip() for a, b in zip(run, run[1:], strict=False)):
                spans.append((run[0][0], run[-1][1]))
    return spans


def _same_name(want: str, word_stems: frozenset[str]) -> bool:
    """Whether a stem of a word is the folded detail word `want` as a name in another script or
    spelling (blocked by `name_keys`, then `compare_names` >= SAME_NAME)."""
    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    keys = _name_keys(want)
    if not keys or not regex.fullmatch(r"[\p{L}\p{M}]+", want):
        return False
    return any(keys & _name_keys(stem) and compare_names(want, stem) >= SAME_NAME for stem in word_stems)


@functools.lru_cache(maxsize=65536)
def _name_keys(word: str) -> frozenset[str]:
    from guwah.names import name_keys

    return frozenset(name_keys(word)) if len(word) >= _MIN_PART else frozenset()


def detail_found(texts: list[str], detail: str) -> bool:
    """Whether a reviewer's detail would mask something in one of `texts` (as `redact` matches it:
    a detail that reads as a name in any part, ending, spelling or encoding, `detail_names`)."""
    detail = detail.strip()
    for text in texts:
        text = unicodedata.normalize("NFC", text or "")
        if _detail_spans(text, [detail]):
            return True
        if _reads_as_person(detail) and any(
                kind in ("detail", "name") for *_, kind in _found(text, _detail_masking(detail))):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _detail_masking(detail: str) -> Masking:
    """The masks of one detail alone, no named person's part set apart (the safe side for
    `detail_found`: an entry cites a testimony less, a draft refuses a detail less)."""
    return build_masking([], [], [detail])


def _rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


def redact(text: str, masking: Masking, passages: list[tuple[int, int]] = (),
           pseudonyms: frozenset[str] | None = None, accounts: bool = False) -> Redacted:
    """The text with every withheld name, chosen detail and contact detail replaced.

    The text is first brought to Unicode NFC (a decomposed "ü" is one letter, as a reader sees
    it). `passages`: [start, end) spans of that NFC text, not overlapping, to replace whole by QUOTED
    (kind "quotation"; they win over any other mask they overlap). `pseudonyms`: the pseudonyms this
    text may show (`guwah.publish.own_pseudonyms`); any other person's stands as WITHHELD here, since a
    pseudonym shown in another text would join what that text tells of her to her own account (None:
    every one). `accounts`: mask every account handle and profile address as a contact detail
    (`_ACCOUNT`). Returns the redacted text and where each replacement stands in it.
    """
    text = unicodedata.normalize("NFC", text or "")
    found = _found(text, masking, passages, accounts=accounts)
    # A name written into a handle, a chat's label, an e-mail's local part or a file name ("Saltanat_K",
    # "saltanat.k.1987", "gulnar_abl1988") is masked with the rest of that token, in every text: a piece of
    # a surname, an initial or a year left beside the mask points to its bearer.
    found = _widened_to_tokens(text, found)
    if pseudonyms is not None:
        found = [(start, end, _shown_replacement(replacement, pseudonyms), kind)
                 for start, end, replacement, kind in found]
    return _apply(text, found)


# A token's letters and digits, in a script written with spaces between words (not characters nor kana:
# there letters run on into the sentence), and what joins its pieces: "_" (one or more), ".", a hyphen.
_TOKEN_CHAR = r"[\p{L}\p{M}\p{N}\p{Cf}--[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]]"
_TOKEN_JOIN = r"(?:_+|[.\-\u2010\u2011])"
_TOKEN_AFTER = regex.compile(rf"{_TOKEN_CHAR}*(?:{_TOKEN_JOIN}{_TOKEN_CHAR}+)*", regex.V1)
# \Z, not $: "$" also matches before a final line break, and the token was read back into the line before.
_TOKEN_BEFORE = regex.compile(rf"(?:{_TOKEN_CHAR}+{_TOKEN_JOIN})*{_TOKEN_CHAR}*\Z", regex.V1)
_TOKEN_EDGE = regex.compile(_TOKEN_CHAR, regex.V1)
_TOKEN_JOINED = regex.compile(r"[_.\-\u2010\u2011\p{N}]")


def _widened_to_tokens(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """`found` with each name mask widened to its token (`_whole_token`), taking in the masks it then overlaps
    (a detail in the same handle: "gulnar_aksu88"), so that neither shows a piece of the other; a widened mask
    that would reach into a quoted passage stays as it was."""
    quoted = _Taken([span for span in found if span[3] == "quotation"])
    tokens = []
    for start, end, replacement, kind in found:
        if kind != "name" or (start, end) == (wide := _whole_token(text, start, end)):
            continue
        start, end = wide
        for other_start, other_end, _, other_kind in found:
            if other_kind != "quotation" and other_start < end and start < other_end:
                start, end = min(start, other_start), max(end, other_end)
        if not quoted.overlaps(start, end):
            tokens.append((start, end, replacement, kind))
    if not tokens:
        return found
    inside = _Taken(tokens)
    return ([span for span in found if span[3] == "quotation"] + tokens
            + [span for span in found if span[3] != "quotation" and not inside.overlaps(span[0], span[1])])


def _whole_token(text: str, start: int, end: int) -> tuple[int, int]:
    """A name mask [start, end) that starts or ends inside a token joined by "_", "." or a hyphen, or by
    digits (a handle, an e-mail's local part, a file name: "gulnar_abl1988", "abl.gulnar88"), widened to
    the whole token. A name's edge beside a sentence's full stop or a lone "_" is no token's (a piece must
    follow the joint at once); a token of letters alone is left as the name layer read it (a hyphenated
    name it reads is masked whole already); characters and kana, written without spaces, are not widened."""
    after = before = ""
    if end > start and _TOKEN_EDGE.fullmatch(text[end - 1]):
        after = _TOKEN_AFTER.match(text, end).group()
    if end > start and _TOKEN_EDGE.fullmatch(text[start]):
        before = _TOKEN_BEFORE.search(text[max(0, start - 64):start]).group()
    if not _TOKEN_JOINED.search(before + after):
        return start, end
    return start - len(before), end + len(after)


def names_found(text: str, masking: Masking) -> list[tuple[int, int, str]]:
    """Where `redact` masks a withheld name in an NFC text: (start, end, replacement), in text
    order (every spelling, ending, script and encoding the masks read; overlapping spans chosen
    as `redact` chooses them)."""
    return [(start, end, replacement) for start, end, replacement, kind in sorted(_chosen(_found(text, masking)))
            if kind == "name"]


def _found(text: str, masking: Masking, passages: list[tuple[int, int]] = (),
           rot13: bool = True, accounts: bool = False) -> list[tuple[int, int, str, str]]:
    """Every mask `redact` may put in an NFC text, as (start, end, replacement, kind); earlier
    entries win where spans overlap (`_chosen`). `rot13`: whether a text read in rot13 is read so
    (`_rot13_spans`; not the text so read again)."""
    found: list[tuple[int, int, str, str]] = [(start, end, QUOTED, "quotation") for start, end in passages]
    for start, end in _detail_spans(text, masking.details):
        found.append((start, end, DETAIL, "detail"))
    contacts = [(match.start(), match.end(), DETAIL, "contact") for match in _EMAIL.finditer(text)]
    phones = list(_PHONE_LIKE.finditer(text))
    stamps = [(match.start(), match.end()) for match in _DATE_OR_TIME.finditer(text)] if phones else []
    for match in phones:
        if sum(text[at].isdigit() and not any(start <= at < end for start, end in stamps)
               for at in range(match.start(), match.end())) >= _PHONE_DIGITS:
            contacts.append((match.start(), match.end(), DETAIL, "contact"))
    for pattern in (_DOCUMENT_NUMBER, _PLATE):
        contacts.extend((match.start(), match.end(), DETAIL, "contact") for match in pattern.finditer(text)
                        if not any(start < match.end() and match.start() < end for start, end, *_ in contacts))
    if accounts:
        contacts.extend((match.start(), match.end(), DETAIL, "contact") for match in _ACCOUNT.finditer(text)
                        if not any(start <= match.start() < end for start, end, *_ in contacts))
    if contacts and (runs := _hex_text_runs(text)):
        contacts = [span for span in contacts if not any(start <= span[0] and span[1] <= end for start, end in runs)]
    # A contact detail with a masked detail inside it is masked whole: the detail alone would leave the
    # rest of the address beside it ("instagram.com/[detail withheld].88.toqsu": her year and her village).
    contacts = [span for span in contacts if not any(start <= span[0] and span[1] <= end for start, end, *_ in found)]
    if contacts and found:
        widened = []
        for start, end, replacement, kind in contacts:
            for detail_start, detail_end, _, detail_kind in found:
                if detail_kind != "quotation" and detail_start < end and start < detail_end:
                    start, end = min(start, detail_start), max(end, detail_end)
            widened.append((start, end, replacement, kind))
        contacts, inside = widened, _Taken(widened)
        found = [span for span in found if span[3] == "quotation" or not inside.overlaps(span[0], span[1])]
    han = _han_spans(text, masking, found + contacts)
    encoded = _encoded_spans(text, masking, rot13)
    # An encoded run masked whole wins over a contact detail its digits read as ("…007900610072006…" in
    # hexadecimal is no phone number), and takes that detail in, so that neither shows a piece of the other.
    over = _Taken(contacts)
    ahead = [span for span in encoded if over.overlaps(span[0], span[1])]
    if ahead:
        encoded = [span for span in encoded if not over.overlaps(span[0], span[1])]
        for start, end, replacement, kind in ahead:
            for contact_start, contact_end, *_ in contacts:
                if contact_start < end and start < contact_end:
                    start, end = min(start, contact_start), max(end, contact_end)
            found.append((start, end, replacement, kind))
    found.extend(contacts)
    found.extend(han)
    found.extend(encoded)
    zones = _Taken(found)
    found.extend(span for span in _zone_spans(text, masking) if not zones.overlaps(span[0], span[1]))
    taken = _Taken(found)
    runs = [span for span in [*_run_together_spans(text, masking), *_spaced_spans(text, masking)]
            if not taken.overlaps(span[0], span[1])]
    found.extend(_union(_name_spans(text, masking, taken) + runs))
    return found


def _zone_spans(text: str, masking: Masking) -> list[tuple[int, int, str, str]]:
    """The masks of the names a machine-readable zone (`_ZONE`) writes, read with its document code and
    issuing state blanked and each "<" a space: a withheld name, a chosen detail (a nickname), as
    (start, end, replacement, kind) in `text`."""
    spans = []
    for match in _ZONE.finditer(text):
        start, view = match.start(), " " * len(match["code"]) + match["names"].replace("<", " ")
        spans.extend((start + begin, start + end, replacement, kind)
                     for begin, end, replacement, kind in _chosen(_found(view, masking)))
    return spans


# A run of single characters each set apart by one space (热 西 提: a letter-spaced heading, a PDF's
# text layer, or a name spaced out past a keyword filter), three characters at least: read as one run.
_HAN_SPACED = regex.compile(r"\p{Han}(?:[ \u3000]\p{Han}){2,}")
# One line break between two characters: Chinese wraps a line anywhere, inside a name too, with no
# hyphen (热西\n提); a blank line ends a paragraph and is kept, and so does the end of a line shorter than
# HAN_WRAPPED_LINE characters (a heading, a form's line: 签收人, "signed by", after a name), as
# `WRAPPED_LINE` says of a line in letters, whose characters are about half as wide.
_HAN_WRAP = regex.compile(r"(?<=\p{Han})[ \t\u3000]*\r?\n[ \t\u3000]*(?=\p{Han})")
HAN_WRAPPED_LINE = 20  # half of WRAPPED_LINE


def _han_view(text: str) -> tuple[str, list[int]]:
    """The text as the masks of names in characters read it, and where each of its characters stands
    in `text`: without invisible format characters (a zero-width space or joiner inside 热\u200b西提,
    which a reader does not see), the spaces of a letter-spaced run (`_HAN_SPACED`) and a line break
    inside a run (`_HAN_WRAP`). Chinese runs were read as split there, and the name they write was
    shown whole."""
    origin = [at for at, char in enumerate(text) if not _INVISIBLE.match(char)]
    view = "".join(text[at] for at in origin)
    for pattern, within in ((_HAN_WRAP, False), (_HAN_SPACED, True)):
        drop = {match.start() + at for match in pattern.finditer(view)
                if within or match.start() - view.rfind("\n", 0, match.start()) - 1 >= HAN_WRAPPED_LINE
                for at, char in enumerate(match.group()) if not (within and _HAN.match(char))}
        if drop:
            origin = [at for index, at in enumerate(origin) if index not in drop]
            view = "".join(text[at] for at in origin)
    return view, origin


def _han_spans(text: str, masking: Masking, taken) -> list[tuple[int, int, str, str]]:
    """`_han_surface_spans`, then `_han_name_spans`, read on `_han_view` of the text; spans of `text`
    (a mask takes the invisible characters and spaces inside the name with it)."""
    view, origin = _han_view(text)
    if len(view) == len(text):
        surfaces = _han_surface_spans(text, masking, taken)
        return surfaces + _han_name_spans(text, masking, [*taken, *surfaces])
    kept = bytearray(len(text))
    for at in origin:
        kept[at] = 1
    at_view = [len(view)] * (len(text) + 1)  # index in `text` -> the view's index of the next character kept
    index = len(view)
    for at in range(len(text) - 1, -1, -1):
        index -= kept[at]
        at_view[at] = index
    seen = [(at_view[start], at_view[end], *rest) for start, end, *rest in taken]
    surfaces = _han_surface_spans(view, masking, seen)
    spans = surfaces + _han_name_spans(view, masking, [*seen, *surfaces])
    return [(origin[start], origin[end - 1] + 1, *rest) for start, end, *rest in spans if end > start]


def _han_surface_spans(text: str, masking: Masking, taken) -> list[tuple[int, int, str, str]]:
    """Where a withheld name, or a part of it, written in characters as the archive holds it
    (`Masking.han`) stands in the text, widened to the rest of the name written beside it
    (`_han_widened`: 艾合买提·霍修尔 where the archive holds 霍修尔), longest surfaces first; spans that
    overlap are joined into one (`_union`), so that which of two surfaces of one length is found first
    (the archive's order) never decides how much of a name is masked: 库尔班 found before 托合提 in
    库尔班江·托合提 masked only 库尔班 and showed the rest, while found after it the whole was masked."""
    if not masking.han:
        return []
    kept = bytearray(len(text))
    for start, end, *_ in [*taken, *((m.start(), m.end()) for m in _han_words().finditer(text))]:
        kept[start:end] = b"\1" * (end - start)
    spans = []
    for surface in sorted(masking.han, key=len, reverse=True):
        for match in re.finditer(re.escape(surface), text):
            start, end = match.span()
            if _HAN.search(surface):
                start, end = _han_widened(text, start, end, kept)
            spans.append((start, end, masking.han[surface], "name"))
    return _union(spans)


# Characters of Chinese grammar, kinship and a few everyday verbs, which no transcribed Uyghur or
# Kazakh name begins or ends with: a stretch that does ("吐尔逊于", "Tursun on …"; "叫阿依", "named
# Ay…"; "其子伊力亚尔", "his son Ilyar") is not read as a name, which keeps them out of masks.
_HAN_FUNCTION = frozenset("于有一和已也被在的是说叫与系了把对从向给让将又还就她他我你们之及或因为到去等这那个"
                          "其子妻妹姐兄弟哥嫂父母女儿孙叔姨舅家户次长走访找见看问住带抓关判送押名称")
_HAN_RUN = regex.compile(r"\p{Han}+")
# The longest stretch of characters read as one name part: 阿不都热合曼 (Abdurehman) is 6.
_HAN_PART = 6
# What may stand between two parts of one name in characters: nothing, or a middle dot.
_HAN_JOINER = regex.compile(r"[·•・‧]?")


def _han_name_spans(text: str, masking: Masking, taken) -> list[tuple[int, int, str, str]]:
    """Withheld names written in Chinese characters that the archive knows in other scripts only.

    Chinese writes a Uyghur or Kazakh name by sound (卡哈尔 for Qahar) and puts no spaces around it,
    so a run of characters is no word `_name_spans` could match: a withheld "Qahar Hasan" written
    卡哈尔 inside a sentence was shown wherever the extractor missed it. Every stretch of 2 to
    _HAN_PART characters that may write a name by sound (`_transcribed`) and is no part of a place
    the curated gazetteer names or of an ethnonym (`_han_words`: 新疆维吾尔自治区 reads close to names) is read
    as a word (`_han_reading`: the same name in another script, as Мехмет is read for Mehmet). Of
    overlapping stretches the one read most like a withheld part is taken (阿依努尔, not 与阿依, "with
    Ay…"), the longer on a tie, so that no character of the name is left (阿依努尔 and 依努尔 read
    alike: masking more is the safe side, and a character after a name may go with it: 祖丽皮耶也,
    "Zulpiye too"), unless a named person's part reads better, or as well and longer (哈萨诺娃,
    Hasanova, beside a withheld Hasan): that is shown, as its Latin spelling is. Stretches masked
    side by side (or across a middle dot) are one mask."""
    if not masking.parts:
        return []
    # Characters no stretch may take: those of earlier masks, places and ethnonyms (an array, not a
    # list of spans to look through for each stretch: a long text has thousands of both).
    kept = bytearray(len(text))
    for start, end, *_ in [*taken, *((m.start(), m.end()) for m in _han_words().finditer(text))]:
        kept[start:end] = b"\1" * (end - start)
    candidates = []  # (score, length, start, end, replacement or None for a named person's part)
    read: dict[str, tuple[float, str | None, float]] = {}
    for run in _HAN_RUN.finditer(text):
        chars, base = run.group(), run.start()
        for i in range(len(chars) - 1):
            for size in range(2, min(_HAN_PART, len(chars) - i) + 1):
                stretch, start, end = chars[i:i + size], base + i, base + i + size
                if any(kept[start:end]):
                    continue
                if stretch[-1] in _HAN_FUNCTION:
                    # A kinship noun at the end is a name's own only where the name reads better
                    # with it (吐尔孙 Tursun, not 吐尔 and 孙 shown): `_han_edge_reading`.
                    score, replacement = _han_edge_reading(stretch, masking, read)
                    if replacement is not None:
                        candidates.append((score, size, start, end, replacement))
                    continue
                # A stretch of _MIN_PART characters or more with a character kept for transcribing names
                # is read as a name part. Any other (two characters, or no such character) is read only
                # as a Chinese name whole (`_han_plain_reading`; its family name may be a character of
                # grammar too: 孙, 于), or, of two characters, as a part where the text sets it apart
                # (`_stands_apart`): 哈桑 written alone, not 建国 in 建国以来.
                grammar_first = stretch[0] in _HAN_FUNCTION
                if not grammar_first and size >= _MIN_PART and _transcribed(stretch):
                    key = (stretch, None, None)  # marked: read as a transcription
                elif size <= _HAN_FULL_NAME:
                    key = (stretch, size == 2 and not grammar_first and _stands_apart(text, start, end),
                           _may_be_chinese_name(stretch, masking))
                    if key[1:] == (False, False):
                        continue
                else:
                    continue
                if key not in read:
                    read[key] = _han_reading(stretch, masking) if key[1] is None else \
                        _han_plain_reading(stretch, masking, *key[1:])
                score, replacement, named = read[key]
                if named:
                    candidates.append((named, size, start, end, None))
                if replacement is not None:
                    candidates.append((score, size, start, end, replacement))
    chosen: list[tuple[int, int, str | None]] = []
    taken_here = bytearray(len(text))
    for _, _, start, end, replacement in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
        if not any(taken_here[start:end]):
            chosen.append((start, end, replacement))
            taken_here[start:end] = b"\1" * (end - start)
    for start, end, replacement in chosen:
        if replacement is None:  # a named person's part is kept whole too
            kept[start:end] = b"\1" * (end - start)
    spans: list[list] = []
    for start, end, replacement in sorted(chosen):
        if replacement is None:  # a named person's part: shown
            continue
        start, end = _han_widened(text, start, end, kept)
        if spans and (start <= spans[-1][1] or _HAN_JOINER.fullmatch(text[spans[-1][1]:start])):
            spans[-1][1], spans[-1][2] = max(end, spans[-1][1]), _same_person(spans[-1][2], replacement)
        else:
            spans.append([start, end, replacement, "name"])
    return [tuple(span) for span in spans]


def _han_edge_reading(stretch: str, masking: Masking, read: dict) -> tuple[float, str | None]:
    """How a stretch of characters that ends in a kinship noun (`_HAN_KIN`) reads as a withheld name
    part: (score, replacement) where it is a transcription (`_transcribed`) read as a withheld part
    (`_han_reading`) better than the stretch without that noun is, else (0.0, None). 孙 and 子 are
    kinship nouns and also write sun and zi in transcriptions (吐尔孙 Tursun): a withheld Tursun so
    written was masked as 吐尔 with 孙 left shown. A noun that adds nothing to the reading stays out
    of the mask, and so does any other character of grammar (吐尔逊于, "Tursun on", 艾山一个人 "Hasan
    alone", where 于 and 一 read on may happen to come nearer another withheld part). `read` caches
    readings by (stretch, None, None), as `_han_name_spans` does."""
    inner = stretch[:-1]
    if stretch[-1] not in _HAN_KIN or len(inner) < 2 or inner[0] in _HAN_FUNCTION or not _transcribed(stretch):
        return 0.0, None
    readings = []
    for part in (stretch, inner):
        if (part, None, None) not in read:
            read[(part, None, None)] = _han_reading(part, masking)
        readings.append(read[(part, None, None)])
    (score, replacement, _), (inside, _, _) = readings
    return (score, replacement) if replacement is not None and score > inside else (0.0, None)


def _han_widened(text: str, start: int, end: int, kept: bytearray) -> tuple[int, int]:
    """A mask of a name part in characters, [start, end), widened to the other parts of the name beside
    it (`_han_beside`): written with a middle dot (玛依热·阿卜杜拉) or without (迪力木拉提霍修尔), as a word
    read as a name beside a masked one goes with it in any other script (`_reads_as_name`)."""
    dotted = start > 0 and text[start - 1] in _HAN_DOTS
    first = _han_beside(text, start - dotted, kept, before=True, dotted=dotted)
    dotted = end < len(text) and text[end] in _HAN_DOTS
    last = _han_beside(text, end + dotted, kept, before=False, dotted=dotted)
    return (start if first is None else first), (end if last is None else last)


_HAN_DOTS = "·•・‧"
_HAN_NAME_CHARS = regex.compile(rf"(?:(?![{''.join(sorted(_HAN_FUNCTION))}])\p{{Han}})+")


def _han_beside(text: str, at: int, kept: bytearray, before: bool, dotted: bool) -> int | None:
    """Where the other part of a name in characters written beside a mask begins (`before`: it ends
    at `at`) or ends (it begins at `at`), or None for none: the longest stretch of up to _HAN_PART
    characters with none of grammar (`_HAN_FUNCTION`) and none the extractor never reads inside a
    transcribed name (`guwah.extract.han.NOT_IN_NAMES`: 居 of 邻居, 夫 of 丈夫, "neighbour",
    "husband"), not begun inside a word written before names (`WORDS_BEFORE_NAME`: 生 of 学生,
    "student"), none `kept` (an ethnonym, a named person's part, a place of the text) and no place of
    the curated gazetteer in it (`_is_place`: 喀什 in 在喀什霍修尔). After a middle dot any such stretch
    (the dot says a name part stands there); run on without the dot, one of two characters or more
    that may write a name by sound (`_transcribed`)."""
    from guwah.extract.han import NOT_IN_NAMES, WORDS_BEFORE_NAME

    # A kinship noun that ends the part before a middle dot is the part's own (吐尔孙·米尔扎特): the dot
    # says the part ends there (`_han_kin_end` for the part after a mask).
    kin = int(before and dotted and at > 0 and text[at - 1] in _HAN_KIN)
    for size in range(_HAN_PART, 0 if dotted else 1, -1):
        start, end = (at - size, at) if before else (at, at + size)
        if (start >= 0 and end <= len(text) and _HAN_NAME_CHARS.fullmatch(text, start, end - kin)
                and not any(kept[start:end]) and not NOT_IN_NAMES.intersection(text[start:end - kin])
                and not (start > 0 and WORDS_BEFORE_NAME.fullmatch(text, start - 1, start + 1))
                and (dotted or _transcribed(text[start:end]))
                and not any(_is_place(text[a:b]) for a in range(start, end - 1) for b in range(a + 2, end + 1))):
            return start if before else _han_kin_end(text, end, kept)
    return None


# Kinship nouns of `_HAN_FUNCTION`, some of which also write a syllable of a transcribed name
# (孙 sun of 吐尔孙 Tursun, 子 zi, 儿 er).
_HAN_KIN = frozenset("子妻妹姐兄弟哥嫂父母女儿孙叔姨舅")


def _han_kin_end(text: str, end: int, kept: bytearray) -> int:
    """Where a name part found beside a mask (`_han_beside`, after it) ends: at `end`, or one
    character further where a kinship noun (`_HAN_KIN`) stands there alone, with a character of
    grammar (`_HAN_APART`: 被, 的, 在), punctuation, a space or the end of the text after it: a
    kinship noun alone after a name is the name's last syllable (米尔扎特·吐尔孙被带走, where 吐尔
    was masked and 孙 shown), while "his son" is written with two characters (吐尔逊儿子, 吐尔逊的
    儿子) or before the name (其子吐尔逊), and the noun is then left out."""
    if end >= len(text) or text[end] not in _HAN_KIN or kept[end]:
        return end
    after = text[end + 1] if end + 1 < len(text) else ""
    if after in _HAN_KIN or (after not in _HAN_APART if _HAN.match(after or " ") else after.isalnum()):
        return end
    return end + 1


# Words in characters that read like names and are none: ethnonyms (维吾尔 reads close to a name).
_HAN_ETHNONYMS = ("维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "锡伯")


# The words a Chinese place name ends with by its level (县 county, 乡 township, 镇 town, 村 village …).
_HAN_LEVEL_WORDS = ("自治州", "自治县", "地区", "市", "县", "州", "区", "乡", "镇", "村", "牧场", "农场")


@functools.cache
def _han_words() -> regex.Pattern:
    """The curated gazetteer's place names in characters (a GeoNames town's with its level word
    only, `_HAN_LEVEL_WORDS`) and the ethnonyms, longest first, as one pattern: stretches inside them
    are never read as names (`_han_name_spans`)."""
    from guwah.places import gazetteer

    # the curated gazetteer's, as `_is_place` reads a word in letters; a GeoNames town's only with its
    # level word (吐尔洪乡): they are many, and some bear a name (吐尔洪, a township, is Turghun)
    names = {form for place in gazetteer().entries.values() for form in place.all_names()
             if (place.source == "curated" or form.endswith(_HAN_LEVEL_WORDS))
             and len(form) >= 2 and all(_HAN.match(c) for c in form)}
    names.update(_HAN_ETHNONYMS)
    return regex.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))


@functools.lru_cache(maxsize=65536)
def _transcribed(stretch: str) -> bool:
    """Whether a stretch of characters may write a Uyghur or Kazakh name by sound: it has a
    character Chinese uses for that where it writes its sound (`transcription_marked`, the search's
    rule, `guwah.search.han_name_forms`). Ordinary words read alike otherwise (疆维吾尔 in 新疆维吾尔
    自治区 reads close to a name), and every release in Chinese would lose them."""
    from guwah.names.chinese import transcription_marked

    return transcription_marked(stretch)


def _han_reading(stretch: str, masking: Masking) -> tuple[float, str | None, float]:
    """How a stretch of characters reads against the archive's name parts, by the rule `_part_match`
    reads a word in another script by (`_fuzzy_hits`: blocking keys, then `compare_names` at least
    SAME_NAME), its keys made once: (the best score against a withheld part, the replacement when
    one is read, the best score against a named person's part; 0 for none)."""
    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    keys = _name_keys(stretch)
    best, replacement = 0.0, None
    for part in {part for key in keys for part in masking.by_key.get(key, ())}:
        score = compare_names(stretch, part)
        best = max(best, score)
        if score >= SAME_NAME:
            replacement = _stricter(replacement, masking.parts[part])
    named = max((compare_names(stretch, part) for part in {p for key in keys for p in masking.named_by_key.get(key, ())}),
                default=0.0)
    return (best if replacement is not None else 0.0), replacement, (named if named >= SAME_NAME else 0.0)


# Characters that end a word before a name or start one after it, besides `_HAN_FUNCTION`: aspect
# particles (见过哈桑, "have seen Hasan") and the characters that end a date (二〇一八年哈桑).
_HAN_APART = _HAN_FUNCTION | frozenset("过着年月日号")
# The longest Chinese name read whole: a compound family name and a given name of two (司马相如).
_HAN_FULL_NAME = 4


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether a stretch of characters stands apart from the words around it: at each end the text
    ends, or a character that is not Han (punctuation, a middle dot, a space, a digit) or one of
    grammar (`_HAN_APART`) stands. Chinese writes no spaces: a stretch that runs on into other
    characters may be part of a word (建国 in 建国以来), and without a dictionary of words the names
    layer cannot tell; set apart, it is a word alone, which a name part read from it is."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return all(not char or not _HAN.match(char) or char in _HAN_APART for char in (before, after))


def _may_be_chinese_name(stretch: str, masking: Masking) -> bool:
    """Whether an unmarked stretch of up to _HAN_FULL_NAME characters may write a whole name of the
    masking as a Chinese name (family name first or last): its first character's (or first two's,
    a compound family name) reading is a part of a withheld or named whole name. A cheap look before
    `_han_plain_reading`, for the many stretches of a Chinese text."""
    from guwah.names.chinese import han_syllable

    if len(stretch) > _HAN_FULL_NAME:
        return False
    family = (han_syllable(stretch[0]), han_syllable(stretch[0]) + han_syllable(stretch[1]))
    return any(f in masking.name_parts or f in masking.named_full_names or f in masking.named_ends for f in family)


def _han_plain_reading(stretch: str, masking: Masking, apart: bool, whole: bool) -> tuple[float, str | None, float]:
    """How a stretch of characters with no character kept for transcriptions (or of two characters)
    reads against the archive's names, as `_han_reading` does for a marked one: (best score against a
    withheld name, its replacement, best score against a named one). Read as a whole Chinese name
    (`names.chinese.han_name_parts`: 王建国, family name and given name) against whole names (Wang
    Jianguo, Jianguo Wang, 王建国); and, when `apart` (`_stands_apart`), a stretch of two characters
    also as one name part, by its pinyin and its Uyghur-style reading (哈桑: hasang, hasan), against
    name parts, as `_han_reading` does; `whole`: whether `_may_be_chinese_name` let it be read whole."""
    from guwah.names import compare_names, name_keys
    from guwah.names.chinese import chunk_readings, han_name_parts
    from guwah.names.settings import SAME_NAME

    best, replacement, named = 0.0, None, 0.0
    pinyin, _, transcription = han_name_parts(stretch)
    if whole and not transcription and len(pinyin) == 2:
        family, given = pinyin
        for parts, shown in [*masking.full_names.get(family, ()), *masking.full_names.get(given, ())]:
            if len(parts) == 2 and (score := compare_names(stretch, " ".join(parts))) >= SAME_NAME:
                best, replacement = max(best, score), _stricter(replacement, shown)
        for parts in [*masking.named_full_names.get(family, ()), *masking.named_full_names.get(given, ())]:
            if len(parts) == 2:
                named = max(named, compare_names(stretch, " ".join(parts)))
    if apart and len(stretch) == 2:
        # Read closely: two characters read loosely match many parts (上午, "morning", shangwu, scores
        # as high against Shiaoyan as 哈桑, hasan, against Hasan), so a part must also be spelt as a
        # reading is, but for one letter (Hassan, Khasan).
        from rapidfuzz.distance import Levenshtein

        readings = [reading for reading in chunk_readings(stretch) if len(reading) >= _MIN_PART]
        keys = {key for reading in readings for key in name_keys(reading)}

        def close(part: str) -> float:
            return max([0.0, *(compare_names(reading, part) for reading in readings
                               if Levenshtein.distance(reading, part, score_cutoff=1) <= 1)])

        for part in {part for key in keys for part in masking.by_key.get(key, ())}:
            if (score := close(part)) >= SAME_NAME:
                best, replacement = max(best, score), _stricter(replacement, masking.parts[part])
        named = max([named, *(close(part) for part in {p for key in keys for p in masking.named_by_key.get(key, ())})])
    return (best if replacement is not None else 0.0), replacement, (named if named >= SAME_NAME else 0.0)


# A handle, an address's segment or a file name: letters and digits joined by ".", "_" or "-".
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}\p{Cf}]+(?:[._\-‐‑]+[\p{L}\p{M}\p{N}\p{Cf}]+)*")


def _run_together_spans(text: str, masking: Masking) -> list[tuple[int, int, str, str]]:
    """Where a token (`_TOKEN`) holds a withheld full name run together (`Masking.run_together`,
    compared as `_plain` letters, so whatever its case, separators, digits and accents): from its
    first letter to its last."""
    if not masking.run_together:
        return []
    spans = []
    for match in _TOKEN.finditer(text):
        letters, origin = [], []
        for offset, char in enumerate(match.group()):
            for letter in _plain_char(char):
                letters.append(letter)
                origin.append(match.start() + offset)
        letters = "".join(letters)
        for start in range(len(letters) - RUN_ALONE + 1):
            for form in masking.run_together_by_key.get(letters[start:start + RUN_KEY], ()):
                alone = start == 0 and len(form) == len(letters)
                if letters.startswith(form, start) and (alone or len(form) >= RUN_WITHIN):
                    end = start + len(form) - 1
                    spans.append((origin[start], origin[end] + 1, masking.run_together[form], "name"))
    return spans


# Letters written one by one, each set apart by a space, a hyphen or a dot (M i r z a t, T-U-R-S-U-N,
# M.I.R.Z.A.T., M. I. R. Z. A. T.: a letter-spaced heading, a PDF's text layer, a name spaced out past a
# keyword filter), three letters at least; characters are read so by `_han_view`. Up to three
# separators between two letters, so that a spaced full name (M i r z a t  T u r s u n) is one run.
_SPACED = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[^\P{L}\p{Han}]\p{M}*"
                        r"(?:[ \u00a0.\-\u2010\u2011]{1,3}[^\P{L}\p{Han}]\p{M}*(?![\p{L}\p{M}])){2,}\.?")


def _spaced_spans(text: str, masking: Masking) -> list[tuple[int, int, str, str]]:
    """Where letters written one by one (`_SPACED`) spell a withheld name: their letters run
    together read as a word (`_part_match`: MIRZAT, Mirzat), as its capitalised pieces
    (`_camel_case_match`: MirzatTursun) or as a withheld full name run together (`_run_together`:
    mirzattursun); the run is masked whole. A run that spells no withheld name (U.S.A., a b c) is
    left as it is."""
    spans = []
    for match in _SPACED.finditer(text):
        word = "".join(char for char in match.group() if regex.match(r"[\p{L}\p{M}]", char))
        plain = _plain(word)
        replacement = masking.run_together.get(plain)
        if replacement is None:
            replacement = _camel_case_match(word, masking, _part_match(word, masking))[0]
        if replacement is None and word.isupper():
            replacement = _part_match(word.capitalize(), masking)[0]
        if replacement is not None:
            spans.append((match.start(), match.end() - match.group().endswith("."), replacement, "name"))
    return spans


def _union(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Name spans with those that overlap joined into one, with the stricter replacement (the word
    masks of "@Memtimin_Ablet" and its run-together mask are one mask)."""
    joined: list[list] = []
    for start, end, replacement, kind in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
            joined[-1][2] = _same_person(joined[-1][2], replacement)
        else:
            joined.append([start, end, replacement, kind])
    return [tuple(span) for span in joined]


# A run of percent-encoded bytes in an address (%D0%9C%D0%B5…), "+" and "%20" spaces included. It is
# read with the plain letters joined to it on either side (`_ADDRESS_CHAR`, `_encoded_spans`): an
# address encodes only the letters outside ASCII, so "G%C3%BClnar" is "Gülnar" (read from its first
# "%" only, it was "ülnar", no one's name). Widened by a scan, not in the pattern: a pattern that may
# start inside any word was 20 times slower on a long text with many "%".
_PERCENT_RUN = regex.compile(r"(?:%[0-9A-Fa-f]{2})+(?:[+\w.\-]*(?:%[0-9A-Fa-f]{2})+)*")
_ADDRESS_CHAR = regex.compile(r"[+\w.\-]")
# "+" for a space between two words of a query string ("?q=Memtimin+Ablet"), widened likewise: read as
# a space, so that the words are one name, as a search box shows them.
_PLUS_SPACE = regex.compile(r"(?<=\w)\+(?=\w)")
# Encodings other than UTF-8 that a percent-encoded address may be in: an older site's or search
# engine's (Cyrillic cp1251 and KOI8-R, Kazakh, Western and Turkish Latin, Arabic script, Chinese GBK
# and Big5). A run that is not UTF-8 is read in each, as a decoder with a choice of charset shows it;
# bytes that happen to read as a withheld name in one of them are masked.
_OTHER_ENCODINGS = ("cp1251", "koi8_r", "kz1048", "cp1252", "cp1254", "cp1256", "gb18030", "big5")
# UTF-16, as Windows and Java write text (a CSV or a page saved in "Unicode", a program's escaped
# bytes), little- or big-endian (`_utf16_readings`). Its bytes of a Latin or Cyrillic name hold a zero
# byte beside every letter, which UTF-8 reads as a control character, so a run that UTF-8 reads so is
# read in UTF-16 too. Without its byte-order mark it is read only where it reads as characters below
# U+0800 (Latin, Cyrillic, Arabic script: every other byte 00, 04 or 06): other bytes read as UTF-16
# (a word, a code, text in an older charset) give characters from all over Unicode (Hangul, Han, Yi…),
# which the masks must not read, as Chinese characters are read by sound (`_han_name_spans`) and any
# three may sound like a name. A name in characters is read in UTF-16 with its mark.
_UTF16_UNMARKED = regex.compile(r"[\x00-\u07ff]+")
# … except a reading that is Chinese characters only (two at least, a name's middle dot or a space
# between them): read without its mark too (a Chinese name in UTF-16 hexadecimal, as a database's or
# a program's dump writes it), but masked only where it holds a withheld name's characters as they
# are written (`Masking.han`, `_HanReading`), never by their sound: other bytes read so are any
# characters, and any three may sound like a name.
_UTF16_HAN = regex.compile(r"[\p{Han}·•・‧ \u3000]*\p{Han}[\p{Han}·•・‧ \u3000]*\p{Han}[\p{Han}·•・‧ \u3000]*")


class _HanReading(str):
    """Chinese characters read from bytes without a byte-order mark (`_UTF16_HAN`)."""

# A run of quoted-printable bytes, as an e-mail's source writes letters outside ASCII ("G=C3=BClnar", in a
# header "=?UTF-8?Q?G=C3=BClnar?=", "_" a space there), with the letters joined to it, across a soft
# line break ("=" at a line's end, as a mail body's lines of 76 characters at most cut a name).
_QUOTED_PRINTABLE_RUN = regex.compile(r"(?:=[0-9A-F]{2})+(?:(?:[\w.\-]|=\r?\n)*(?:=[0-9A-F]{2})+)*")
_QUOTED_PRINTABLE_CHAR = regex.compile(r"[\w.\-]")

# A punycode label of a host name outside ASCII ("xn--glnar-kva" is "gülnar", as a browser shows it).
_PUNYCODE_LABEL = regex.compile(r"(?<![\w\-])xn--[A-Za-z0-9\-]+", regex.IGNORECASE)

# Base64 or base64url letters, four at least, set apart from other letters: a URL parameter's value or
# a path segment ("?n=R8O8bG5hcg==" is "Gülnar"), which any online decoder reads in one click.
# A path's run ("u/eyJ…In0=/about") is read segment by segment too (`_encodings`).
_BASE64_RUN = regex.compile(r"(?<![\w+/\-])[A-Za-z0-9+/_\-]{4,}+={0,2}+(?![\w+\-=])")
_BASE64_ALPHABETS = (None, b"-_")  # standard base64, then base64url
# What sets encoded letters apart from a word of a language (which base64 reads as bytes too): a digit, a
# sign of base64's alphabet or its padding, or a capital right after a small letter ("SwBvAGsA").
_ENCODED_MARK = regex.compile(r"[0-9+/=_\-]|[a-z][A-Z]")
_BASE64_SIGN = regex.compile(r"[0-9+/=_\-]")

# Hexadecimal bytes, six digits at least (three bytes: a name's part), set apart from other letters and
# with a digit in them (a word such as "facade" is no bytes): a database's or a log's dump, a
# hex-encoded URL parameter, "0x…" as a program writes it. Read in UTF-8, UTF-16 and the older charsets.
_HEX_RUN = regex.compile(r"(?<![\w+/\-])(?:0[xX])?(?=[A-Fa-f]*[0-9])(?P<hex>(?:[0-9A-Fa-f]{2}){3,}+)(?![\w+\-=])")
# A hex dump's bytes, each apart ("d0 96 d0 b0", "D0:96:D0:B0", as xxd, a debugger or a packet log
# writes them): four bytes at least, one separator throughout.
_SPACED_HEX_RUN = regex.compile(r"(?<![\w:])[0-9A-Fa-f]{2}(?:(?P<sep>[ :])[0-9A-Fa-f]{2})(?:(?P=sep)[0-9A-Fa-f]{2}){2,}+(?![\w:])")

# Base32 (RFC 4648: capitals and the digits 2 to 7, "=" padding; some tools write it in small
# letters), eight letters at least, set apart from other letters: a token, a file or an onion-style name.
_HEX_LETTER = regex.compile(r"[A-Fa-f]")
_BASE32_RUN = regex.compile(r"(?<![\w+/\-])(?:[A-Z2-7]{8,}+|[a-z2-7]{8,}+)={0,6}+(?![\w+\-=])")
_BASE32_MARK = regex.compile(r"[2-7=]")

# Base85 and Ascii85 (eight characters at least: a name's part of six bytes): Python's b85encode, git's and RFC
# 1924's alphabet, and Ascii85 (Adobe's and PostScript's, a85encode), bare or between "<~" and "~>".
# Their alphabets hold most signs, so a bare run is read only where it mixes small letters, capitals
# and a digit or a sign other than an apostrophe, a hyphen or a full stop, inside its signs that may
# be the text's (`_BASE85_MARK`, `_BASE85_EDGES`: "(see …)."), as encoded bytes do and words,
# names and numbers do not.
_BASE85_RUN = regex.compile(r"(?<![0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{8,}+")
_ASCII85_RUN = regex.compile(r"(?<![!-u])[!-u]{8,}+")
_ASCII85_BLOCK = regex.compile(r"<~(?P<data>[!-uz\s]{5,}?)~>")
_BASE85_MARK = regex.compile(r"(?=.*\p{Ll})(?=.*\p{Lu})(?=.*[^A-Za-z'.\-])", regex.DOTALL)
_BASE85_EDGES = "()[].,;:!?'\""
# Uuencoded text ("begin 644 name", lines each opening with its length, "`" or "end" closing), as
# uuencode and older mail write a file: the lines between read together; and a line alone whose first
# character says its length exactly (binascii.b2a_uu's one line), two bytes at least.
_UU_BLOCK = regex.compile(r"(?m)^begin(?:-base64)? [0-7]{3,4} [^\n]*\n(?P<body>(?:[!-`][ -`]*\r?\n)+?)(?:`\r?\n)?end$")
_UU_LINE = regex.compile(r"(?m)^[\"-M][ -`]{4,}$")

# A character reference of HTML: "&#252;", "&#xFC;", "&uuml;" (or "&uuml" without its semicolon, as
# browsers read it), escaped once more ("&amp;#252;", as a page's text shows markup). Kept markup in a
# page's text, or any HTML decoder, shows the character it stands for. And a JSON or JavaScript escape
# ("Z\u00f6rig\u00fcl", as JSON with ASCII only writes a name; "\u{1F600}"; a surrogate pair as one;
# "Z\xf6rig\xfcl", a script's hex escapes).
# A CSS escape ("\\f6 ", "\\0000fc", as a style sheet's `content` or a selector writes a letter: one to six
# hexadecimal digits and the one space that may end them). And a UTF-7 shift ("+BBMEQwQ7-", as a mail
# in UTF-7 writes letters outside ASCII: base64 of UTF-16), read where it decodes to letters of one script.
# Python's "\\U00000416" too, and a Unicode code point as written in prose or a table ("U+0416").
# Bytes escaped one by one ("\\xd0\\x96\\xd0\\xb0", as Python writes bytes and a C string UTF-8;
# "\\320\\226", as git and ls quote a file name), two or more together, read as UTF-8 where they are
# (`_escaped_bytes`).
_BYTE_ESCAPES = r"(?:\\x[0-9A-Fa-f]{2}|\\[0-3][0-7]{2}){2,}+"
_ESCAPES = (r"\\U[0-9A-Fa-f]{8}|(?<![\w+])[Uu]\+[0-9A-Fa-f]{4,6}(?![0-9A-Fa-f])"
            r"|\\u[dD][89abAB][0-9A-Fa-f]{2}\\u[dD][c-fC-F][0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]{1,6}\}"
            r"|\\x[0-9A-Fa-f]{2}|\\[0-9A-Fa-f]{1,6}(?:\r\n|[ \t\r\n\f])?")
_CHARACTER_REFERENCE = regex.compile(
    r"&(?:amp;)*(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|(?P<name>[A-Za-z][A-Za-z0-9]{0,31};?))"
    rf"|(?P<bytes>{_BYTE_ESCAPES})|(?P<escape>{_ESCAPES})|(?P<utf7>\+[A-Za-z0-9+/]{{3,}}+-?)")
# In a text that holds JavaScript's escape() ("%u0413%u0443%u043B…%20%u0422…", as an older site's
# address writes letters outside Latin-1, which unescape() or any decoder reads in one click): its
# "%uXXXX" and, beside them, the ASCII "%XX" it writes for spaces and signs, read in place too.
_UNESCAPE_REFERENCE = regex.compile(_CHARACTER_REFERENCE.pattern.replace(
    f"(?P<escape>{_ESCAPES})", f"(?P<escape>{_ESCAPES}|%u[0-9A-Fa-f]{{4}}|%[0-7][0-9A-Fa-f])"))
_ESCAPE_START = regex.compile(r"\\[0-9A-Fa-fuxU]|\+[A-Za-z0-9/]")
# Letters (with marks and spaces) of one script, as a UTF-7 shift writes a name: other bytes decoded
# (a phone number's "+7701…" read as UTF-7) are seldom that.
_ONE_SCRIPT = regex.compile(r"[\p{Latin}\p{M}\p{Zs}]*[^\x00-\x7f][\p{Latin}\p{M}\p{Zs}]*|[\p{Cyrillic}\p{M}\p{Zs}]+"
                            r"|[\p{Arabic}\p{M}\p{Zs}]+|[\p{Han}\p{Zs}]+")
# References that stand for markup only: no letter of a name, nor anything between two of its parts.
_MARKUP_ONLY = frozenset('&<>"')


def _encoded_spans(text: str, masking: Masking, rot13: bool = True) -> list[tuple[int, int, str, str]]:
    """Where the text holds something masked in an encoding a reader can undo in one click, masked
    there: percent-encoded runs of an address (in UTF-8, else in UTF-16 or `_OTHER_ENCODINGS`; "+" for
    a space), quoted-printable runs, punycode labels of a host name, base64, base64url, base32 and
    hexadecimal runs, each masked whole with the strictest of its decoded text's replacements; HTML
    character references, JSON, JavaScript and CSS escapes and UTF-7 shifts, read in place
    (`_reference_spans`); and, with `rot13`, words in rot13 (`_rot13_spans`). The one place every
    door's masks read encodings."""
    spans = []
    masked_reading: dict[str, tuple[str, str] | None] = {}
    for start, end, readings in _encodings(text):
        for decoded in readings:
            if decoded == text[start:end]:
                continue
            if isinstance(decoded, _HanReading) and not any(surface in decoded for surface in masking.han):
                continue
            if decoded not in masked_reading:
                inner = _chosen(_found(unicodedata.normalize("NFC", decoded), masking))
                kinds = {kind for *_, kind in inner}
                masked_reading[decoded] = (None if not inner else (WITHHELD, "name") if "name" in kinds
                                           else (DETAIL, "detail"))
            if masked_reading[decoded] is not None:
                spans.append((start, end, *masked_reading[decoded]))
                break
    return spans + _reference_spans(text, masking) + (_rot13_spans(text, masking) if rot13 else [])


# A word of Latin letters (with marks), as rot13 is written ("Xbxlneyv"). A withheld part shorter than
# ROT13_PART letters is not looked for in rot13: short ones are words in rot13 ("bin" is "ova", "tang"
# "gnat"); a full name in rot13 is still found by its longer part, and masked whole.
_LATIN_RUN = regex.compile(r"[\p{Latin}\p{M}]{5,}")
ROT13_PART = 5


def _rot13_spans(text: str, masking: Masking) -> list[tuple[int, int, str, str]]:
    """Masks of a text read in rot13 (as a forum's spoiler or a puzzle hides a word, and any rot13
    page reads back), where a word of it is a withheld part in rot13 (`Masking.rot13`): the text so
    read goes through every mask of `redact`, and each mask that takes such a word is kept. A text
    with no such word is not read again (most texts: rot13 of a name is seldom a word)."""
    if not masking.rot13:
        return []
    hits = [match.span() for match in _LATIN_RUN.finditer(text) if match.group().lower() in masking.rot13]
    if not hits:
        return []
    hit = _Taken(hits)
    return [span for span in _chosen(_found(_rot13(text), masking, rot13=False)) if hit.overlaps(span[0], span[1])]


def _encodings(text: str):
    """(start, end, readings) of each encoded stretch of the text (`_encoded_spans`)."""
    from urllib.parse import unquote_plus, unquote_to_bytes

    if "%" in text or "+" in text:
        runs = {_widened(text, match, _ADDRESS_CHAR): None
                for pattern in (_PERCENT_RUN, _PLUS_SPACE) for match in pattern.finditer(text)}
        for start, end in runs:
            run = text[start:end]
            if run.isascii():  # read as bytes whole: UTF-16 writes its letters' other byte as "%00", "%04"…
                data = unquote_to_bytes(run.replace("+", " "))
                yield start, end, _readings(data.decode)
            else:  # letters outside ASCII written as they are, among percent-encoded bytes
                yield start, end, _readings(lambda encoding, run=run: unquote_plus(run, encoding=encoding,
                                                                                   errors="strict"))
    if "=" in text:
        for match in _QUOTED_PRINTABLE_RUN.finditer(text):
            start, end = _widened(text, match, _QUOTED_PRINTABLE_CHAR)
            if text[start:end].isascii():
                yield start, end, _readings(quopri.decodestring(text[start:end].encode("ascii"), header=True).decode)
    if "xn--" in text.lower():
        for match in _PUNYCODE_LABEL.finditer(text):
            try:
                yield *match.span(), [match.group().encode("ascii").decode("idna")]
            except UnicodeError:  # not a host's label (in capitals, too long): decoded as punycode alone
                try:
                    yield *match.span(), [match.group()[4:].encode("ascii").decode("punycode")]
                except UnicodeError:
                    continue
    for match in _BASE64_RUN.finditer(text):
        run = match.group()
        pieces = [(match.start(), run)]
        if "/" in run:  # a path: each segment may be one
            at = match.start()
            for piece in run.split("/"):
                pieces.append((at, piece))
                at += len(piece) + 1
        for at, piece in pieces:
            readings = _base64_readings(piece)
            if readings:
                yield at, at + len(piece), readings
    for match in _BASE32_RUN.finditer(text):
        readings = _base32_readings(match.group())
        if readings:
            yield *match.span(), readings
    yield from _base85_encodings(text)
    yield from _uu_encodings(text)
    for match in _HEX_RUN.finditer(text):
        data = bytes.fromhex(match.group("hex"))
        readings = _text_readings(data, True, True)
        if readings:
            yield *match.span(), readings
    for match in _SPACED_HEX_RUN.finditer(text):
        data = bytes.fromhex(regex.sub(r"[ :]", "", match.group()))
        readings = _text_readings(data, True, True)
        if readings:
            yield *match.span(), readings


def _base85_encodings(text: str):
    """(start, end, readings) of base85 and Ascii85 runs that read as text (`_BASE85_RUN`)."""
    for match in _ASCII85_BLOCK.finditer(text):
        try:
            data = base64.a85decode(match.group(), adobe=True, ignorechars=b" \t\n\r\v")
        except ValueError:
            continue
        readings = _text_readings(data, True, True)
        if readings:
            yield *match.span(), readings
    seen = set()
    for pattern, decode in ((_BASE85_RUN, base64.b85decode), (_ASCII85_RUN, base64.a85decode)):
        for match in pattern.finditer(text):
            if not _BASE85_MARK.match(match.group().strip(_BASE85_EDGES)):
                continue  # a word, a number, a word with its comma ("Kashgar,"): no encoded bytes
            for start, end in _base85_pieces(match):
                if (start, end) in seen:
                    continue
                try:
                    data = decode(text[start:end].encode("ascii"))
                except ValueError:
                    continue
                # UTF-8 or UTF-16 only: base85 is a program's, and a word read in an older charset is letters
                readings = _text_readings(data, True, False)
                if readings:
                    seen.add((start, end))
                    yield start, end, readings


def _base85_pieces(match) -> list[tuple[int, int]]:
    """A base85 run's span without up to two signs at each edge that may be the text's
    (`_BASE85_EDGES`: "(see …).", most taken off first), or after an "=" (a parameter's name before
    it: "?n=…"), and whole; eight long at least."""
    start, end = match.span()
    run = match.group()
    left = len(run) - len(run.lstrip(_BASE85_EDGES))
    right = len(run) - len(run.rstrip(_BASE85_EDGES))
    pieces = sorted(((start + a, end - b) for a in range(min(left, 2) + 1) for b in range(min(right, 2) + 1)),
                    key=lambda span: span[1] - span[0])
    pieces.extend((start + at + 1, end) for at, sign in enumerate(run) if sign == "=")
    return [(a, b) for a, b in dict.fromkeys(pieces) if b - a >= 8]


def _uu_encodings(text: str):
    """(start, end, readings) of uuencoded text that reads as text (`_UU_BLOCK`, `_UU_LINE`)."""
    if "begin" in text:
        for match in _UU_BLOCK.finditer(text):
            try:
                data = b"".join(binascii.a2b_uu(line) for line in match.group("body").splitlines() if line)
            except (binascii.Error, UnicodeEncodeError):
                continue
            readings = _text_readings(data, True, True)
            if readings:
                yield *match.span(), readings
    for match in _UU_LINE.finditer(text):
        line = match.group().rstrip("\r")
        length = ord(line[0]) - 32
        expected = 1 + 4 * -(-length // 3)  # its trailing spaces (zero bits) may be cut off, or one more written
        if length < 2 or not expected - 3 <= len(line.rstrip()) <= len(line) <= expected + 1:
            continue
        try:
            data = binascii.a2b_uu(line)
        except binascii.Error:
            continue
        readings = _text_readings(data, True, True)
        if readings:
            yield match.start(), match.start() + len(line), readings


def _hex_text_runs(text: str) -> list[tuple[int, int]]:
    """Where the text holds hexadecimal bytes with a letter a to f among their digits that read as text:
    their digits are no phone number (UTF-16's "…0079006100…"; a phone number reading as text is
    written in digits alone), and a phone number in the text they read masks them whole."""
    return [match.span() for match in _HEX_RUN.finditer(text)
            if _HEX_LETTER.search(match.group("hex")) and _text_readings(bytes.fromhex(match.group("hex")), True, True)]


def _widened(text: str, match, joined: regex.Pattern) -> tuple[int, int]:
    """A match's [start, end) with the characters `joined` to it on either side."""
    start, end = match.span()
    while start > 0 and joined.match(text, start - 1):
        start -= 1
    while end < len(text) and joined.match(text, end):
        end += 1
    return start, end


def _readings(decode) -> list[str]:
    """What `decode(encoding)` reads in UTF-8, or where that fails (bytes of another encoding) or reads a
    zero byte (UTF-16's), in UTF-16 (`_utf16_readings`) and in each of `_OTHER_ENCODINGS` that reads it."""
    try:
        reading = decode("utf-8")
        if "\x00" not in reading:
            return [reading]
    except UnicodeDecodeError:
        pass
    readings = _utf16_readings(decode)
    for encoding in _OTHER_ENCODINGS:
        try:
            readings.append(decode(encoding))
        except UnicodeDecodeError:
            continue
    return list(dict.fromkeys(readings))


def _utf16_readings(decode) -> list[str]:
    """What `decode(encoding)` reads in UTF-16, little- and big-endian: after its byte-order mark, or
    without one where it reads as characters below U+0800 (`_UTF16_UNMARKED`)."""
    readings = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            reading = decode(encoding)
        except UnicodeDecodeError:
            continue
        if reading.startswith("\ufeff"):
            readings.append(reading[1:])
        elif _UTF16_UNMARKED.fullmatch(reading):
            readings.append(reading)
        elif _UTF16_HAN.fullmatch(reading):
            readings.append(_HanReading(reading))
    return readings


# Decoded base64 that is text: printable characters only, two letters together at least.
_PRINTED = regex.compile(r"[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\p{Cf}\n\t]*\p{L}{2}[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\p{Cf}\n\t]*")


def _base64_readings(run: str) -> list[str]:
    """The text a run of base64 (or base64url) letters encodes, if it is text (`_text_readings`)."""
    letters = run.rstrip("=")
    if (len(letters) < 4 or len(letters) % 4 == 1 or "=" in letters or len(run) - len(letters) > 2
            or ("-" in letters or "_" in letters) and ("+" in letters or "/" in letters)):
        return []
    padded = letters + "=" * (-len(letters) % 4)
    for alphabet in _BASE64_ALPHABETS:
        try:
            data = base64.b64decode(padded, altchars=alphabet, validate=True)
        except binascii.Error:
            continue
        marked = _ENCODED_MARK.search(run) is not None
        readings = _text_readings(data, marked, marked and len(letters) >= 8 and _BASE64_SIGN.search(run) is not None)
        if readings:
            return readings
    return []


def _base32_readings(run: str) -> list[str]:
    """The text a run of base32 letters encodes, if it is text (`_text_readings`)."""
    letters = run.rstrip("=")
    try:
        data = base64.b32decode(letters + "=" * (-len(letters) % 8), casefold=True)
    except binascii.Error:
        return []
    marked = _BASE32_MARK.search(run) is not None
    return _text_readings(data, marked, marked and len(letters) >= 8)


def _text_readings(data: bytes, marked: bool, other_charsets: bool) -> list[str]:
    """What decoded bytes (of base64, base32 or hexadecimal) read as, if it is text with two letters
    together at least (not bytes of something else, nor an ordinary word read as bytes): in UTF-8;
    else in UTF-16 with its byte-order mark, or without one for a `marked` run (one that is no word:
    `_ENCODED_MARK`; `_utf16_readings`); else, with `other_charsets` (a run that is not a word: a digit, "+", "/" or
    padding in it), in each of `_OTHER_ENCODINGS` that reads it (an e-mail's "=?windows-1251?B?…?="
    header or body in KOI8-R, ISO-8859-1 or GBK, which a mail client or decoder with a choice of
    charset shows)."""
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        decoded = None
    if decoded is not None and _PRINTED.fullmatch(decoded):
        return [decoded]
    readings = []
    if marked or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        readings.extend(_utf16_readings(data.decode))
    if decoded is None and other_charsets:
        for encoding in _OTHER_ENCODINGS:
            try:
                readings.append(data.decode(encoding))
            except UnicodeDecodeError:
                continue
    return list(dict.fromkeys(reading for reading in readings if _PRINTED.fullmatch(reading)))


def _reference_spans(text: str, masking: Masking) -> list[tuple[int, int, str, str]]:
    """Masks of a text read with its HTML character references and JSON escapes decoded in place
    ("G&#252;lnar" is "Gülnar", "Memtimin&nbsp;Ablet" one name, "G\\u00fclnar" "Gülnar"): the text so
    read goes through every mask of `redact`,
    and each mask that takes a decoded reference is put back over the references and letters it
    covers. Masks that take none are the text's own, found without this reading."""
    unescape = "%u" in text
    if "&" not in text and not unescape and not _ESCAPE_START.search(text):
        return []
    pieces, origin, references = [], [], []  # origin: for each character read, its [start, end) in text
    cursor = 0
    for match in (_UNESCAPE_REFERENCE if unescape else _CHARACTER_REFERENCE).finditer(text):
        start, end = match.span()
        if match.group("bytes"):
            decoded = _escaped_bytes(match.group())
        elif match.group("escape"):
            decoded = _unescaped(match.group())
        elif match.group("utf7"):
            decoded = _utf7_shift(match.group())
        else:
            if match.group("name"):
                end = start + _named_reference_length(match.group())
                if end == start:
                    continue
            decoded = match.group()[:end - start]
            while (unescaped := html.unescape(decoded)) != decoded:
                decoded = unescaped
        if not decoded or decoded in _MARKUP_ONLY or decoded == text[start:end]:
            continue
        pieces.append(text[cursor:start])
        origin.extend((at, at + 1) for at in range(cursor, start))
        pieces.append(decoded)
        origin.extend((start, end) for _ in decoded)
        references.append((start, end))
        cursor = end
    if not references:
        return []
    pieces.append(text[cursor:])
    origin.extend((at, at + 1) for at in range(cursor, len(text)))
    view = unicodedata.normalize("NFC", "".join(pieces))
    if len(view) != len(origin):  # composed by NFC ("u&#776;" is "ü"): read without the references' marks
        view = "".join(pieces)
    decoded_at = _Taken(references)
    spans = []
    for start, end, replacement, kind in _chosen(_found(view, masking)):
        if end > start:
            start, end = origin[start][0], origin[end - 1][1]
            if decoded_at.overlaps(start, end):
                spans.append((start, end, replacement, kind))
    return spans


def _unescaped(escape: str) -> str:
    """The character a JSON, JavaScript or CSS escape stands for ("\\u00fc" and "\\fc " are "ü", a
    surrogate pair one character); "" for a lone surrogate or the null character, which stand for none."""
    codes = [int(code, 16) for code in regex.findall(r"(?:\\u\{?|\\U|[Uu]\+|\\x|%u?|\\)([0-9A-Fa-f]+)", escape)]
    if len(codes) == 2:
        codes = [0x10000 + ((codes[0] - 0xD800) << 10) + (codes[1] - 0xDC00)]
    if 0xD800 <= codes[0] <= 0xDFFF or codes[0] > 0x10FFFF or codes[0] == 0:
        return ""
    return chr(codes[0])


def _escaped_bytes(run: str) -> str:
    """The text a run of byte escapes (`_BYTE_ESCAPES`) stands for: its bytes read as UTF-8, or where
    they are no UTF-8, each escape read alone as before (`_unescaped`: "\\xfc" is "ü")."""
    escapes = regex.findall(r"\\x[0-9A-Fa-f]{2}|\\[0-3][0-7]{2}", run)
    data = bytes(int(e[2:], 16) if e[1] == "x" else int(e[1:], 8) for e in escapes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(_unescaped(e) for e in escapes)


def _utf7_shift(shift: str) -> str:
    """The letters a UTF-7 shift ("+BBMEQwQ7-") stands for, if they are letters of one script
    (`_ONE_SCRIPT`); "" otherwise (a "+" before a word or a number, which no UTF-7 encoder wrote)."""
    try:
        decoded = codecs.decode(shift.encode("ascii"), "utf-7")
    except UnicodeDecodeError:
        return ""
    return decoded if _ONE_SCRIPT.fullmatch(decoded) else ""


def _named_reference_length(written: str) -> int:
    """How much of `written` ("&amp;uuml;lnar", "&uumllnar") is an HTML named character reference, as
    `html.unescape` reads it (the longest known name, with its semicolon or a legacy one without);
    0 if none."""
    from html.entities import html5

    amps = regex.match(r"&(?:amp;)*", written).end()
    name = written[amps:]
    for length in range(len(name), 1, -1):
        if name[:length] in html5:
            return amps + length
    return 0


class _Taken:
    """Spans already taken, asked whether a span overlaps any of them in O(log n) time, not one
    comparison per span (a long text with thousands of masks took half a minute): the spans sorted
    by start, with the furthest end reached so far; [start, end) overlaps one of them exactly when,
    among those starting before `end`, the furthest reaches past `start`."""

    __slots__ = ("reach", "starts")

    def __init__(self, spans=()):
        ordered = sorted((span[0], span[1]) for span in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


# A line shorter than this that ends inside a name ends a block (a heading, a list item, a line of
# a form: the HTML and DOCX readers write each block on a line); a longer one is running text
# wrapped at its width, whose next line goes on with the name.
WRAPPED_LINE = 40


def _split_parts(text: str, words: list, marks: list, run: list[int], masking: Masking) -> None:
    """Mark two words of a run that run together make a withheld part as that part: a compound name
    written split into its pieces, as a witness romanises it ("Abdu Salam", "Abdu-Salam", "Abdul Salam"
    for a withheld Abdusalam, "Qurban Niyaz" for Qurbanniyaz), which each piece alone does not match.
    Only words that may be a name's (a capital, or a script without capitals) and that are not both a
    named person's; a pair is taken once, left to right."""
    pos = 0
    while pos + 1 < len(run):
        first, second = words[run[pos]], words[run[pos + 1]]
        left, right = marks[run[pos]], marks[run[pos + 1]]
        between = text[first.end():second.start()]
        if (left[0] is None and right[0] is None and not (left[1] and right[1]) and _PIECES.fullmatch(between)
                and all(_may_be_name(word.group()) for word in (first, second))):
            found = _part_match(first.group() + second.group(), masking)
            if found[0] is not None:
                marks[run[pos]] = marks[run[pos + 1]] = (found[0], False, found[2])
                pos += 2
                continue
        pos += 1


# What may stand between the pieces of one name part written split: a space (a no-break one too, as
# Word and HTML's &nbsp; write it) or a hyphen.
_PIECES = regex.compile(r"[\p{Zs}\-‐‑]")


def _may_be_name(word: str) -> bool:
    """Whether a word may be a piece of a name: two letters or more, with a capital or in a script without."""
    written = _INVISIBLE.sub("", word)
    return len(written) >= 2 and written.isalpha() and (written[:1].isupper() or not written[:1].islower())


def _joined(text: str, before, after) -> bool:
    """Whether two words stand next to each other as parts of one name: not across a blank line,
    nor across the end of a short line (`WRAPPED_LINE`), so that a mask stays within its mention."""
    between = text[before.end():after.start()]
    if "\n" in between or "\u2029" in between:
        line_start = text.rfind("\n", 0, before.start()) + 1
        if between.count("\n") > 1 or "\u2029" in between or before.end() - line_start < WRAPPED_LINE:
            return False
    if _JOINER.fullmatch(between):
        return True
    # An initial: "M. Sabitjan", "د. خوشۇر" (a letter of Arabic script, which has no capitals);
    # not the last of initials written after a name («Турсун А.Б.»), which close that name.
    return bool(regex.fullmatch(r"\.\s{0,2}", between) and _INITIAL.fullmatch(before.group())
                and not _closes_name(text, before, after))


def _closes_name(text: str, initial, word) -> bool:
    """Whether `initial` is the last of two or more initials after a name's word, and `word` after it
    opens another name written the same way, a word and its initials («Ахметов Т.А. Турсун А.Б.»,
    «Ким О. В. Абенов Е. К.», "Tursun A.B.C. Karimov D."): the initials are the first name's, and a
    mask of either stops between them. A word after them with no initials of its own may be more of
    the same name ("Tursun A.B. Karimov", "George H. W. Bush"): it still joins, the safe side."""
    if len(word.group()) < 2 or not _INITIAL_AFTER.match(text, word.end()):
        return False
    chain = _INITIALS_AFTER_NAME.search(text, max(0, initial.start() - 60), initial.start())
    return chain is not None and not _no_name(chain.group("name"))


# A word that may be an initial before a full stop: a capital, or a letter of Arabic script.
_INITIAL = regex.compile(r"\p{Lu}|\p{Arabic}")
# A name's word, then initials ("Tursun A.B.C.", «Турсун А. Б.», the Russian order), up to the chain's
# last initial; and an initial after a word (`_closes_name`). Initials after a title («Следователь А.Б. …»)
# are left alone.
_INITIALS_AFTER_NAME = regex.compile(r"(?<!\p{L})(?P<name>\p{Lu}\p{L}+)[ \t]+(?:\p{Lu}\.[ \t]?)+\Z")
_INITIAL_AFTER = regex.compile(r"[ \t]+\p{Lu}\.")


def _broken_name(text: str, before, after, before_parts: set[str], after_parts: set[str], masking: Masking) -> bool:
    """Whether one line break between two words falls inside a withheld whole name: the words are two
    of its parts that follow each other in it (`Masking.name_pairs`; `_part_match`'s full-name
    parts). A narrow column, or a PDF's column break, ends a line of any length inside a name
    ("neighbour Aygul\nTursun"), which `_joined` does not read across when the line is short, so
    that a heading and the paragraph after it stay apart; two consecutive parts of one withheld
    name are one name however short the line. Never across a blank line or a paragraph break."""
    between = text[before.end():after.start()]
    if between.count("\n") != 1 or "\u2029" in between or not _JOINER.fullmatch(between.replace("\n", " ")):
        return False
    return any((first, second) in masking.name_pairs for first in before_parts for second in after_parts)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether a word begins a sentence (so its capital says nothing about being a name)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?…:;\"«»“”\n"


@dataclass(frozen=True)
class _JoinedWord:
    """Two pieces of one word broken over a line with a hyphen ("Ab-\\nlet"), read as the word
    ("Ablet") and spanning both pieces; quacks like the regex match of a word."""

    first: object
    second: object

    def group(self) -> str:
        return self.first.group() + self.second.group()

    def start(self) -> int:
        return self.first.start()

    def end(self) -> int:
        return self.second.end()


def _join_line_hyphens(text: str, words: list, masking: Masking) -> list:
    """The words, with two pieces joined by a hyphen at a line's end read as one word where the
    joined word is (a form of) a withheld or named name part; other hyphenations ("Kashgar-\\nbased")
    stay two words."""
    joined, index = [], 0
    while index < len(words):
        word = words[index]
        if index + 1 < len(words) and _LINE_HYPHEN.fullmatch(text[word.end():words[index + 1].start()]):
            candidate = _JoinedWord(word, words[index + 1])
            replacement, shared, name_hits = _part_match(candidate.group(), masking)
            if replacement is not None or shared or name_hits:
                joined.append(candidate)
                index += 2
                continue
        joined.append(word)
        index += 1
    return joined


# Where a word run together from capitalised pieces ("MemtiminAblet") splits, and where an initial or a
# run of capitals ends before one ("ARozibaqi", "NMQoyunbay": a signature, a file or account name).
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})")


def _camel_case_match(word: str, masking: Masking, mark: tuple) -> tuple:
    """`_part_match` of a word, or, for a word run together from capitalised pieces (an account or
    file name: "MemtiminAblet"), the strictest replacement of its pieces that are withheld name parts."""
    if mark[0] is not None:
        return mark
    pieces = [piece for piece in _CAMEL.split(_INVISIBLE.sub("", word)) if piece]
    if len(pieces) < 2:
        return mark
    replacement = None
    for piece in pieces:
        found = _part_match(piece, masking)[0]
        if found is not None:
            replacement = _same_person(replacement, found)
    return (replacement, False, mark[2]) if replacement is not None else mark


def _name_spans(text: str, masking: Masking, taken: _Taken) -> list[tuple[int, int, str, str]]:
    words = [m for m in _WORD.finditer(text) if not taken.overlaps(m.start(), m.end())]
    words = _join_line_hyphens(text, words, masking)
    marks = [_camel_case_match(m.group(), masking, _part_match(m.group(), masking)) for m in words]
    runs: list[list[int]] = []
    for index, match in enumerate(words):
        if runs and (_joined(text, words[index - 1], match)
                     or _broken_name(text, words[index - 1], match, marks[index - 1][2], marks[index][2], masking)):
            runs[-1].append(index)
        else:
            runs.append([index])
    spans = []
    for run in runs:
        _split_parts(text, words, marks, run, masking)
        replacements: list[str | None] = [marks[i][0] for i in run]
        # Whole withheld names, even when each part alone is borne by a named person.
        def stands_for(index: int, part: str) -> bool:
            word = words[index].group()
            # An initial ("M.") stands for any part it begins.
            return part in marks[index][2] or (len(word) == 1 and word.isupper() and part.startswith(fold(word)))

        claimed: list[tuple[int, int]] = []  # [start, end) positions of whole withheld names found
        for pos, i in enumerate(run):
            word = words[i].group()
            starts = ([entry for first in marks[i][2] for entry in masking.full_names.get(first, ())]
                      + (masking.by_initial.get(fold(word), []) if len(word) == 1 and word.isupper() else []))
            for parts, replacement in starts:
                end = pos + len(parts)
                if end <= len(run) and all(stands_for(run[pos + k], parts[k]) for k in range(len(parts))):
                    claimed.append((pos, end))
                    for k in range(pos, end):
                        replacements[k] = _stricter(replacements[k], replacement)
        masked = [r is not None for r in replacements]
        shown, reads = set(), [None] * len(run)
        if any(masked):
            reads = [_reads_as_name(text, words[i]) for i in run]
            may_join = [replacements[pos] is not None or marks[i][1] or reads[pos] is not None
                        for pos, i in enumerate(run)]
            shown = _set_apart_named(text, [words[i] for i in run], replacements, may_join, masking, claimed)
            for pos in shown:  # a named whole name written as such is its bearer's (`_set_apart_named`)
                masked[pos], replacements[pos] = False, None
        # Shared parts, initials and any word that reads as a name (`_reads_as_name`, one rule for
        # every script) touching a masked word join the mask: beside a masked name, such a word is
        # most likely more of the name (a given name the archive does not know yet: "Mon mari,
        # Memtimin Ablet", "دىلمۇرات خوشۇر"). A named person's whole name set apart
        # (`_set_apart_named`) neither joins it nor passes it on.
        # A place the gazetteer holds ("from Aksu, Rustem Hoshur"), or a sentence's first word read
        # as a name by its capital alone ("Later, Hoshur"), set apart from the mask by a comma or a
        # bracket is not more of the name either, unless it may be a withheld part.
        apart = [bool(_APART.search(text[words[i].end():words[j].start()])) for i, j in zip(run, run[1:], strict=False)]
        uncased: set[int] = set()  # positions masked as `_UNCASED` words: they pass no mask on
        changed = True
        while changed:
            changed = False
            for pos, i in enumerate(run):
                if pos in shown or masked[pos] or not (marks[i][1] or reads[pos] is not None):
                    continue
                if reads[pos] == _LOWER_GIVEN and not marks[i][1]:
                    if pos + 1 < len(run) and masked[pos + 1] and not apart[pos]:
                        masked[pos] = changed = True
                    continue
                if reads[pos] == _UNCASED and not marks[i][1]:
                    if _uncased_joins(text, words, marks, run, pos, masked, uncased, apart, masking):
                        masked[pos] = changed = True
                        uncased.add(pos)
                    continue
                loose = not marks[i][1] and not marks[i][2] and (
                    reads[pos] == _STARTS_SENTENCE or _is_place(words[i].group()))
                # A sentence's first word is read as a name only before the mask ("Zulpiqar Hoshur"),
                # not after it, where it opens the next line ("…Hoshur\nDate of birth").
                starts = reads[pos] == _STARTS_SENTENCE and not marks[i][1] and not marks[i][2]
                if ((pos > 0 and masked[pos - 1] and not (loose and apart[pos - 1]) and not starts)
                        or (pos + 1 < len(run) and masked[pos + 1] and not (loose and apart[pos]))):
                    masked[pos] = changed = True
        cuts = _cuts(run, words, marks, replacements, claimed, apart, masking)
        pos = 0
        while pos < len(run):
            if not masked[pos]:
                pos += 1
                continue
            end = pos
            replacement = None
            while end < len(run) and masked[end] and (end == pos or end not in cuts):
                if replacements[end] is not None:
                    replacement = _same_person(replacement, replacements[end])
                end += 1
            spans.append((words[run[pos]].start(), words[run[end - 1]].end(), replacement or WITHHELD, "name"))
            pos = end
    return spans


@functools.lru_cache(maxsize=65536)
def _is_place(word: str) -> bool:
    """Whether a word is a place of the curated gazetteer as written, in any script
    (`guwah.places.named_place`: how the linker and search read a place word). Not a GeoNames
    town alone: they are many and little known, and some bear a given name ("Nur", "Bostan")."""
    from guwah.places import gazetteer, named_place

    place = named_place(word)
    return place is not None and gazetteer().entries[place].source == "curated"


def _cuts(run: list[int], words: list, marks: list, replacements: list[str | None],
          claimed: list[tuple[int, int]], apart: list[bool], masking: Masking) -> set[int]:
    """The positions of a run where a new mask begins although the word before is masked too: two
    withheld names set apart by a comma or a bracket ("Rustem Hoshur, Eli Yasin") are two masks,
    each with its own replacement. Not where the two words may be one name: a whole withheld name
    found across them, or two parts that follow each other in one (either way round: "Kamal,
    Rayila"), or a word not withheld on its own (a shared part, a capitalised word beside a mask)."""
    cuts = set()
    for pos in range(1, len(run)):
        if not apart[pos - 1] or replacements[pos - 1] is None or replacements[pos] is None:
            continue
        if any(start < pos < end for start, end in claimed):
            continue
        left, right = marks[run[pos - 1]][2], marks[run[pos]][2]
        if any((a, b) in masking.name_pairs or (b, a) in masking.name_pairs for a in left for b in right):
            continue
        cuts.add(pos)
    return cuts


# What sets a name apart from the next one in a run of name words: a list's comma, a bracket. A
# space, a hyphen or a middle dot may join parts of one name.
_APART = regex.compile(r"[,()]")


def _capitalised(text: str, word) -> bool:
    """A word with a capital that is not there for beginning a sentence: likely a name."""
    return word.group()[:1].isupper() and not _starts_sentence(text, word.start())


# How `_reads_as_name` reads a word as a name: by its capital, as a listed given name, by a
# capital that may be the sentence's only, or, in Arabic script, for being no word known to be none.
_CAPITAL, _GIVEN, _STARTS_SENTENCE, _UNCASED = "capital", "given", "starts sentence", "uncased"
# … or, in lower case in Latin script (a chat: "dilmurat hoshur"), as a given name of the lexicon exactly.
_LOWER_GIVEN = "lower-case given"


def _reads_as_name(text: str, word) -> str | None:
    """Whether a word beside a mask reads as more of the name, and by what; None when it does not.

    One rule for every script, so that a mask covers as much of a name in a Uyghur text as in its
    Latin translation: a capital that is not the sentence's (`_CAPITAL`); else, a word not written
    in lower case (a script without capitals, Arabic or Han, or a sentence's capital) that the
    given-name lexicon reads in any of its inflected forms (`guwah.names.given.given_name`:
    دىلمۇراتنىڭ, «Дилмурата») or that a cue before it says is a name (`_cued`: ئاپام زىۋىدە, "my
    mother Ziwide"; not a word known to be none, nor one that ends as no name does), `_GIVEN`; else a sentence's first word with a capital that is no
    word known not to be a name (`_not_names`: "Zulpiqar Hoshur was taken", not "The", "Neighbour"),
    `_STARTS_SENTENCE`; else a word of Arabic script that is neither known to be no name (`_no_name`,
    `_uncased_ending`: a possessive, a verb form) nor a place, `_UNCASED`: that script has no capitals, so an unknown given name
    looks like any other word, and one beside a mask joins it on the side that may be more of the name
    (`_uncased_joins`). A word in lower case in a cased script ("said") is read as a name only when
    it is written as a Latin given name of the lexicon is, letter for letter bar accents
    (`_lexicon_names`: "dilmurat", "gulsum"; not "carpenter", which the lexicon reads loosely as Erpan),
    `_LOWER_GIVEN`, and joins a mask only right before it."""
    from guwah.names.given import given_name

    written = _INVISIBLE.sub("", word.group())
    if written[:1].isupper() and not _starts_sentence(text, word.start()):
        return _CAPITAL
    if _INITIAL.fullmatch(written) and text.startswith(".", word.end()):
        return _CAPITAL  # an initial, as "D." reads by its capital
    if written.islower() and _LATIN_WORD.fullmatch(written) and _plain(written) in _lexicon_names() \
            and not _no_name(written):
        return _LOWER_GIVEN
    if written.islower() or not any(c.isalpha() for c in written):
        return None
    if given_name(written) is not None or (_cued(text, word.start()) and not _no_name(written)
                                           and not _uncased_ending(written)):
        return _GIVEN
    if written[:1].isupper() and not _no_name(written):
        return _STARTS_SENTENCE
    if (_ARABIC_WORD.fullmatch(written) and not _no_name(written) and not _is_place(written)
            and not _uncased_ending(written)):
        return _UNCASED
    return None


def _uncased_ending(written: str) -> bool:
    """Whether a word of Arabic script ends as no Uyghur name does on either side of a mask: a possessive
    or a trade (`_NO_NAME_ENDING`), a verb form (`_VERB_FORM`). False for a word of any other script."""
    folded = fold(written)
    return bool(_ARABIC_WORD.fullmatch(written) and (_NO_NAME_ENDING.search(folded) or _VERB_FORM.search(folded)))


_LATIN_WORD = regex.compile(r"\p{Latin}+")


@functools.cache
def _lexicon_names() -> frozenset[str]:
    """The given-name lexicon's names written in Latin script, as `_plain` letters (gülsüm → gulsum)."""
    from guwah.names.given import lexicon

    return frozenset(_plain(entry.name) for entry in lexicon().values() if _LATIN_WORD.fullmatch(entry.name))


# A word of Arabic script (Uyghur), which has no capitals to tell a name from the words around it.
_ARABIC_WORD = regex.compile(r"[\p{Arabic}\p{M}]+")
# Uyghur endings below are grammar facts (Engesæth, Yakup & Dwyer, *Greetings from the Teklimakan: a
# handbook of Modern Uyghur*, 2009; Hahn, *Spoken Uyghur*, 1991): a suffix's first consonant agrees with
# the stem's last sound (-دا/-تا, -غا/-قا: the voiceless form after a voiceless consonant, پ ت چ خ س ش ف ق ك),
# its vowel with the stem's vowels (-دا/-دە, -غان/-گەن). Each table leaves out the endings a name may end
# in as written: a given name the lexicon lacks must never be read as a common word.
_VOICELESS = "پتچخسشفقك"
# Case endings after a possessive or a plural: -نى, -نىڭ, -غا/-قا/-گە/-كە, -دا/-تا/-دە/-تە, -دىكى.
_CASE_AFTER = r"(?:نى|نىڭ|[غقگك][اە]|[دت][اە]|[دت]ىكى)"
# Endings of a word for a person that no Uyghur name has: a possessive, "our", "your", "his" (-ىمىز,
# -ىڭىز, -ڭلار, -سى: ئۇستازىمىز "our teacher", ئوغلىڭىز "your son", ئەزاسى "its member"), and a trade's
# -چى (ناخشىچى "singer", -چىمىز "our …"), each perhaps with a case ending (جامائىتىمىزگە "to our
# community"; not -سى with -دىن: شەمسىدىن, Shemsidin), the plural possessive -لىرى ("their": دەرسلىرىنى),
# and -لىق/-لىك after a consonant, which makes adjectives and abstract nouns (ھۆرمەتلىك "respected"; after
# a vowel it is a name's: خالىق Xaliq, مەلىك Melik; not with -ىم: ئابلىكىم, Ablikim). Not -ىم "my" (ئىبراھىم, Ibrahim) nor -ى (روزى, Rozi).
_NO_NAME_ENDING = regex.compile(rf"(?<=\p{{Arabic}}{{2}})(?:(?:مىز|ڭىز|ڭلار|چى|لىرى)(?:{_CASE_AFTER}|دىن|تىن)?"
                                rf"|سى{_CASE_AFTER}?|چىم|چىڭ"
                                rf"|(?<=[^اەوۇۆۈېى])لى[قك]ى?(?:{_CASE_AFTER}|دىن|تىن)?)\Z")
# Endings of a verb form that no Uyghur name has, on either side of a mask (a relative clause before a
# name: ستوكھولمدا ياشاۋاتقان "living in Stockholm"; the verb after a subject: بولىمەن "I will be"):
# - participles: progressive -ۋاتقان, future -ىدىغان/-يدىغان, and past -غان/-قان/-گەن/-كەن after a stem
#   of three letters or more that does not end in ر (ئەركەن Erken, مەرگەن Mergen are names) or before
#   -لىق/-لىك (كۆرگەنلىكىنى "that he saw"), perhaps with a possessive and a case (ئۆتكەندە "when it passed");
# - the present-future with a person: -ىدۇ/-يدۇ (3rd), -ىمەن/-يمەن (1st singular), -ىسەن/-ىسىز (2nd)
#   after three letters or more (ئەيمەن, Eymen, is a name);
# - the past with a person after a consonant: -دىم/-تىم/-دۇم/-دۈم (1st singular), -دۇق/-تۇق/-دۈق/-تۈق
#   (1st plural), -دىڭ/-تىڭ (2nd), perhaps with -ىز/-لار (ھاتىم, Hatim, has a vowel before: a name);
# - the evidential -پتۇ, the purpose converb -غىلى/-قىلى/-گىلى/-كىلى, "since" -غاچ/-گەچ.
# Not the past -دى/-تى (تۇردى Turdi, توختى Toxti, سېتىۋالدى Setiwaldi are names), nor the converb -ىپ/-ۇپ
# (يۈسۈپ Yüsüp, ياقۇپ Yaqup), nor the conditional -سا/-سە (مۇسا Musa).
_VERB_FORM = regex.compile(
    r"(?:(?:ۋاتقان|[ىي]دىغان|(?<=\p{Arabic}{3})(?<!ر)(?:غان|قان|گەن|كەن))|(?<=\p{Arabic}{2})(?:غان|قان|گەن|كەن)(?=لى[قك]))"
    r"(?:لىق|لىك)?(?:ى|ىم|ىمىز|ىڭىز)?(?:" + _CASE_AFTER[3:-1] + r"|دىن|تىن|ىدى)?\Z"
    r"|(?<=\p{Arabic}{3})[ىي](?:دۇ|مەن|سەن|سىز)\Z"
    r"|(?<=\p{Arabic}[بجدرزژغفقكگڭلمنھۋيپتچخسش])(?:[دت](?:ىم|ۇم|ۈم|ۇق|ۈق|ىڭ)(?:ىز|لار)?)\Z"
    r"|(?<=\p{Arabic}{2})(?:پتۇ|[غقگك]ىلى|غاچ|گەچ)\Z")
# Endings no Uyghur name has, that a word before a name part cannot carry either (only a name's last
# word takes the name's case): the genitive (-نىڭ), -دىكى/-تىكى ("of … in"), -غىچە ("until"), the
# dative -غا/-گە and, after a voiceless consonant, -قا/-كە (مەكتەپكە "to school"), the locative -تا/-تە
# and the ablative -تىن after پ ت چ س ف ك (مەكتەپتە, not after خ ق ش: توختا, Toxta), the locative
# after the possessive -سى (يېزىسىدا "in its township") or -ى after پ ت چ ك ق ف (مەكتىپىدە "at his
# school"; not after ش: رەشىدە, Reshide), the accusative -نى after a consonant (نىكاھنى; not
# after ي, س or ھ: زەينى, ھۈسنى), the plural (-لار/-لەر, -لىرى, with a case: not دىلارا, Dilara), each
# perhaps with the clitic -مۇ. The endings a name may end in as written are left out: -دە/-دا after
# anything but -سى (پەرىدە Peride, زۇبەيدە Zubeyde, beside ئۆيدە "at home"), -دىن (نۇرىدىن Nuridin, نۇردىن
# Nurdin, ئايدىن Aydin), -كە after a vowel (مەلىكە), -نى after a vowel (غەنى, Ghenï), -ى.
_CASE_MARKED = regex.compile(
    rf"(?<=\p{{Arabic}}{{2}})(?:(?:نىڭ|[دت]ىكى|[غقگك]ىچە|غا|گە|(?<=[{_VOICELESS}])(?:قا|كە)|(?<=[پتچسفك])(?:تا|تە|تىن)|(?:سى|(?<=[پتچكقف])ى)[دت][اە]"
    r"|(?<=[بپتجچخدرزژشغفقكگڭلمنۋ])نى"
    r"|(?:ل[اە]ر|لىرى)(?:نى|نىڭ|غا|گە|دا|دە|دىن|دىكى)?)(?:مۇ)?|مۇ)\Z")


# A label's colon or a dash between two words: the one before is a label, not more of the name after it.
_LABEL_MARK = regex.compile(r"[:：—–]|(?<!\S)-(?!\S)")


def _uncased_joins(text: str, words: list, marks: list, run: list[int], pos: int, masked: list[bool],
                   uncased: set[int], apart: list[bool], masking: Masking) -> bool:
    """Whether an `_UNCASED` word at `pos` of a run goes with a mask beside it: right before a word
    masked otherwise (a withheld part, or a word read as a name by other means; not another `_UNCASED`
    word, so that a mask takes one unknown word on each side at most) when the word carries no case
    ending a name's first word cannot (`_CASE_MARKED`), or right after one that carries none itself
    (a case ending ends the name: خوشۇرنىڭ ئۆيى, "Hoshur's house") and that may be followed by more of
    a withheld name (`Masking.followed`, or a withheld name known as one word only). Not across a comma or a
    bracket, nor a label's colon or a dash (كۈندىلىك خاتىرە - …, "diary - …": the label stays).
    In a script without capitals, a given name the lexicon lacks looks like any other word: shown,
    it names the person beside the mask, so the word goes with the mask unless it is known to be no
    name (`_no_name`, a place: `_reads_as_name`); a common noun masked now and then is the price."""
    def plain(at: int) -> bool:
        return not _CASE_MARKED.search(fold(_INVISIBLE.sub("", words[run[at]].group())))

    def labelled(left: int) -> bool:  # a label's colon or a dash between run[left] and run[left + 1]
        return bool(_LABEL_MARK.search(text[words[run[left]].end():words[run[left + 1]].start()]))

    before = (pos + 1 < len(run) and masked[pos + 1] and pos + 1 not in uncased and not apart[pos] and plain(pos)
              and not labelled(pos))
    # After a word that stands only for the last part of withheld names (the family name of "Rexim
    # Hoshur"), the next word is the sentence going on, not more of the name; after a withheld name the
    # archive knows as one word only (a son read as ئابدۇۋەلى after "my son"), it may be his family name.
    hits = marks[run[pos - 1]][2] if pos > 0 else set()
    after = (pos > 0 and masked[pos - 1] and pos - 1 not in uncased and not apart[pos - 1] and plain(pos - 1)
             and not labelled(pos - 1)
             and bool(hits & masking.followed or (not hits and marks[run[pos - 1]][0] is not None)))
    return before or after


# A label's colon or a signature's dash right before a word: what follows is a name, as a kin word
# before it says (`_cued`); the mark reaches over a blank line too (a form's "Name:\n\nAhmet"), a kin
# word or a title only on the same line or at the end of the line before ("ئاكام\nAhmet").
_CUE_MARK = regex.compile(r"(?:[:：—–]|(?<=\s)-)\s{0,3}\Z")
_PREVIOUS_WORD = regex.compile(r"([\p{L}\p{M}]+)(?=\s)(?:[^\S\n]{0,3}\n)?[^\S\n]{0,3}\Z")


@functools.cache
def _cue_keys() -> frozenset[str]:
    """The keys of the words that say a name follows (`_cued`): kin words, "my name is", titles."""
    from guwah.extract.turkic import KIN_WORDS, NAME_BEFORE, TITLE_WORDS

    return KIN_WORDS | NAME_BEFORE | TITLE_WORDS


def _cued(text: str, start: int) -> bool:
    """Whether what stands right before position `start` says that a name begins there, as the
    extractor reads a name its lexicon lacks in Arabic script (`guwah.extract.turkic`): a kin word or
    a title with its possessive (ئاپام "my mother", قىزىمىز "our daughter", «әкем»), "my name is"
    (ئىسمىم), on the same line or at the end of the line before (not across a blank line), or a
    label's colon or a signature's dash."""
    from guwah.extract.turkic import keys_of

    before = text[max(0, start - 40):start]
    if _CUE_MARK.search(before):
        return True
    previous = _PREVIOUS_WORD.search(before)
    return bool(previous and set(keys_of(previous.group(1))) & _cue_keys())


@functools.lru_cache(maxsize=16384)
def _no_name(word: str) -> bool:
    """Whether a word is one known to be no name, in any of its inflected forms: a stop word
    (`stop_words`), a word the extractor never reads as part of a personal name, a kin word, a word
    for people, a role or a title (`guwah.extract.lexicon`: "Yesterday", "Neighbour", «Соседа»), or
    a Uyghur or Kazakh kin word or title with its possessive («Әкеміз», «Күйеуім»:
    `guwah.extract.turkic`)."""
    from guwah.extract.turkic import no_name

    written = _INVISIBLE.sub("", word)
    return bool(_mask_stems(word) & _not_names() or no_name(written))


@functools.cache
def _not_names() -> frozenset[str]:
    """The words of `_no_name` from `stop_words` and `guwah.extract.lexicon`, folded."""
    from guwah.extract.lexicon import NOT_NAME, OFFICIAL_TITLES, PEOPLE_NOUNS, PERSON_TITLES, ROLE_NOUNS

    words = (*stop_words(), *NOT_NAME, *PEOPLE_NOUNS, *PERSON_TITLES, *ROLE_NOUNS, *OFFICIAL_TITLES)
    return frozenset(fold(word) for word in words if " " not in word)


def _set_apart_named(text: str, words: list, replacements: list[str | None], may_join: list[bool],
                     masking: Masking, claimed: list[tuple[int, int]] = ()) -> set[int]:
    """The positions, in one run of words (`_joined`), of a named person's whole name
    (`Masking.named_full_names`, each word one of its parts in order, an inflected or possessive
    form or another script's spelling too) that no withheld name claims (no word of it has a
    replacement) and that is set apart, on either side, from a word that may join a mask
    (`may_join`: a withheld or shared part, a capitalised word) by a comma or a bracket
    (`_APART`): "Rayila Kamal, Adil Kamal" is two people, the second shown. Written with only a
    space or a hyphen beside such a word ("Rayila Adil Kamal") it may be more of the withheld
    name, and is masked as before.

    A word that a withheld part claims only through another reading of it (`_exact`: «Касымова»,
    the genitive of a withheld «Касымов», written as it stands in a named «Айгерим Касымова»)
    does not stop her whole name, written as it stands with her given name beside it, from being
    hers; written alone, or inside a whole withheld name found (`claimed`), it stays masked: where
    a word may be either, the withheld name wins."""
    shown: set[int] = set()
    stems = [_mask_stems(word.group()) for word in words]
    inside_withheld = {k for start, end in claimed for k in range(start, end)}

    def free(pos: int, part: str) -> bool:  # no withheld name claims the word as it stands
        return replacements[pos] is None or (pos not in inside_withheld and _exact(words[pos].group(), part, masking))

    def bears(pos: int, part: str) -> bool:
        return part in stems[pos] or (len(part) >= _MIN_PART and any(
            part in _fuzzy_hits(stem, masking.named_by_key) for stem in stems[pos]))

    def apart(left: int) -> bool:  # between words[left] and words[left + 1]
        return bool(_APART.search(text[words[left].end():words[left + 1].start()]))

    for pos in range(len(words)):
        firsts = {stem for stem in stems[pos] if stem in masking.named_full_names}
        if not firsts and not words[pos].group().islower():
            firsts = {hit for stem in stems[pos] for hit in _fuzzy_hits(stem, masking.named_by_key)
                      if hit in masking.named_full_names}
        for first in firsts:
            for parts in masking.named_full_names[first]:
                end = pos + len(parts)
                if (end <= len(words) and all(bears(pos + k, parts[k]) for k in range(len(parts)))
                        and all(free(k, parts[k - pos]) for k in range(pos, end))
                        and (pos == 0 or not may_join[pos - 1] or apart(pos - 1))
                        and (end == len(words) or not may_join[end] or apart(end - 1))):
                    shown.update(range(pos, end))
    return shown


def _exact(word: str, part: str, masking: Masking) -> bool:
    """Whether `word` is the named `part` exactly as written (folded), and not itself, as written,
    a withheld part (only one of its other readings is: an inflection, a feminine ending)."""
    folded = fold(_INVISIBLE.sub("", word))
    return folded == part and folded not in masking.parts


def _chosen(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The spans `redact` applies, in text order: each span of `found` that overlaps none before it.

    The chosen spans overlap no other, so sorted by start their ends rise too, and the last one
    starting before a span's end is the only one that may overlap it (a bisection, not a scan)."""
    keys: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str, str]] = []
    for span in found:
        start, end = span[0], span[1]
        before = bisect_left(keys, (end,))
        if before and keys[before - 1][1] > start:
            continue
        at = bisect_right(keys, (start, end))
        keys.insert(at, (start, end))
        chosen.insert(at, span)
    return chosen


def _apply(text: str, found: list[tuple[int, int, str, str]]) -> Redacted:
    chosen = sorted(_chosen(found))
    pieces, masks, cursor, length = [], [], 0, 0
    for start, end, replacement, kind in chosen:
        if kind == "name" and replacement == DETAIL:
            kind = "detail"  # a name a reviewer asked to mask (`detail_names`)
        pieces.append(text[cursor:start])
        length += start - cursor
        pieces.append(replacement)
        masks.append(MaskSpan(length, length + len(replacement), kind))
        length += len(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return Redacted("".join(pieces), tuple(masks))
