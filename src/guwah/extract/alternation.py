"""An alternation of many case-insensitive regular expressions, scanned from the words that can
start a match instead of from every character.

The act rules of one kind (several dozen expressions of `vocab/acts/<language>.yaml` joined
with "|") are scanned over a testimony of ~14,000 characters: Python's `re` tries every
alternative at every position, which cost 60 ms of CPU per testimony for the 66 kinds.
Almost every alternative starts with a word it names ("\\bbeaten", "\\b(?:taken|sent) to"), so
`Alternation` reads, once, the words each alternative must start with (from the parsed
expression), finds where those words occur in the text (an index of its words, built once per
text by `Text`), and tries the alternatives only there, in their order. The matches are the
ones `re.finditer` gives for the joined expression — same starts, ends and text, in the same
order — because an alternative can only match where its first words are, and at one position
the first alternative that matches wins, as in the joined expression. An alternative whose
start cannot be read (a character class, `\\w+`, a possibly empty match) makes the kind fall back
to the joined expression.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from re import _constants as _sre  # the parser's opcodes (Python 3.11+)
from re import _parser as _sre_parse

try:  # the extra case-insensitive equivalences of `re` ("i" and dotless "ı", "s" and long "ſ" …)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - older or other Pythons: every kind uses the joined expression
    _EXTRA_CASES = None

_MAX_STARTS = 256  # more possible starting strings than this: read fewer characters of them
# Stands, in a starting string, for "a decimal digit (\\d) comes here": "\\b\\d{1,3}" starts with a word
# that starts with a digit. Never a character of an expression read here (checked).
DIGIT = "\x00"
_DIGIT_CHAR = re.compile(r"\d")
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def _fold_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for lower, others in (_EXTRA_CASES or {}).items():
        first = min((lower, *others))
        for code in (lower, *others):
            if code != first:
                table[code] = first
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """The text with each character replaced by one representative of the characters `re.IGNORECASE`
    takes for it (lower case, and "ı" as "i", "ſ" as "s" …); same length as the text, except where
    `str.lower` lengthens a character, which `Text` checks."""
    return text.replace("\u0130", "i").lower().translate(_FOLD)


def _starts(items) -> tuple[set[str], bool] | None:
    """(the strings every match of the parsed sequence `items` starts with, whether those strings
    are the whole of every match); None when no string can be read (a class, a repeat, …)."""
    out = {""}
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # assertions consume nothing: the consumed text starts after them
        if op is _sre.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        alternatives = None
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            alternatives = _starts(av[3].data)
        elif op is _sre.BRANCH:
            branches = [_starts(branch.data) for branch in av[1]]
            if all(branches):
                alternatives = (set().union(*(s for s, _whole in branches)), all(w for _s, w in branches))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:  # "(?:with )?"
            inner = _starts(av[2].data)
            if inner and inner[1]:
                alternatives = (inner[0] | {""}, True)
            elif inner:  # "(?:(?:more\s+than|over)\s+)?(\d+)": the group's starts, or what follows it
                rest = _starts(items[index + 1:])
                strings = inner[0] | (rest[0] if rest else {""})
                if len(out) * len(strings) > _MAX_STARTS:
                    return out, False
                return {a + b for a in out for b in strings}, False
        elif op is _sre.IN and av and all(kind is _sre.LITERAL for kind, _value in av):  # "[ьеи]"
            alternatives = ({chr(value) for _kind, value in av}, True)
        elif _is_digit(op, av):  # "\d", "\d{1,3}", "\d+": a digit, then anything
            alternatives = ({DIGIT}, False)
        if alternatives is None:
            return out, False
        strings, whole = alternatives
        if len(out) * len(strings) > _MAX_STARTS:
            return out, False
        out = {a + b for a in out for b in strings}
        if not whole:
            return out, False
    return out, True


def _is_digit(op, av) -> bool:
    """Whether the parsed item is "\\d" or a repeat of it at least once."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1:
        op, av = av[2].data[0]
    return op is _sre.IN and list(av) == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]


def _begins_at_word(items) -> bool:
    """Whether the expression asserts a word boundary before its first consumed character."""
    for op, av in items:
        if op is _sre.AT:
            if av is _sre.AT_BOUNDARY:
                return True
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:
            return _begins_at_word(av[3].data)
        return False
    return False


class Text:
    """One text prepared for `Alternation.finditer`: folded, with an index of its words."""

    def __init__(self, text: str):
        self.text = text
        folded = fold(text)
        # Exact only where folding keeps each character one character, and a word character a word
        # character (then "\b" and the word index see the same words in both).
        self.usable = _EXTRA_CASES is not None and len(folded) == len(text) and all(
            bool(_WORD_CHAR.match(c)) == bool(_WORD_CHAR.match(fold(c))) for c in set(text) if c != fold(c))
        self.folded = folded
        self._positions: dict[str, list[int]] | None = None
        self._words: list[str] = []
        self._with_prefix: dict[str, list[int]] = {}
        self._found: dict[str, list[int]] = {}

    def _index(self) -> dict[str, list[int]]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            folded = self.folded
            for match in _WORD.finditer(self.text):  # word runs of the text itself, as "\b" sees them
                positions.setdefault(folded[match.start():match.end()], []).append(match.start())
            self._positions = positions
            self._words = sorted(positions)
        return self._positions

    def word_starts(self, word: str, whole: bool) -> list[int]:
        """Where a word of the text starts that is `word` (whole) or begins with it."""
        positions = self._index()
        if whole:
            return positions.get(word, [])
        found = self._with_prefix.get(word)
        if found is None:
            words = self._words
            found = []
            for i in range(bisect_left(words, word), len(words)):
                if not words[i].startswith(word):
                    break
                found += positions[words[i]]
            self._with_prefix[word] = found
        return found

    def digit_word_starts(self) -> list[int]:
        """Where a word of the text starts whose first character is a decimal digit (`\\d`)."""
        found = self._with_prefix.get(DIGIT)
        if found is None:
            positions = self._index()
            found = [p for word in self._words if _DIGIT_CHAR.match(word) for p in positions[word]]
            self._with_prefix[DIGIT] = found
        return found

    def occurrences(self, string: str) -> list[int]:
        """Every position where the folded text has `string` (overlapping ones too)."""
        found = self._found.get(string)
        if found is None:
            found = []
            folded = self.folded
            i = folded.find(string)
            while i >= 0:
                found.append(i)
                i = folded.find(string, i + 1)
            self._found[string] = found
        return found


def prepared(doc) -> Text:
    """The `Text` of a document's text, made once per document and shared by every component
    that scans it (kept on the document, and made again if its text changes)."""
    found = doc.__dict__.get("_alternation_text")
    if found is None or found.text is not doc.text:
        found = doc.__dict__["_alternation_text"] = Text(doc.text)
    return found


class Alternation:
    """Regular expressions joined with "|" (case-insensitive), scanned as `finditer` scans the
    joined expression (`pattern`), but only from where an alternative's first words occur.

    Args:
        patterns: the alternatives, in order (each a Python regular expression).
    """

    def __init__(self, patterns: list[str]):
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        self._parts = [re.compile(p, re.I) for p in patterns]
        self._anchors: list[tuple] | None = []
        for pattern in patterns:
            anchors = self._read(pattern)
            if anchors is None:
                self._anchors = None  # this kind scans with the joined expression
                break
            self._anchors.append(anchors)

    @property
    def parts(self) -> list[re.Pattern]:
        """The alternatives, each compiled alone (case-insensitive), in their order."""
        return self._parts

    @staticmethod
    def _read(pattern: str) -> tuple | None:
        """How to find where the alternative can start: ("word", ((word, whole), …)) when it begins
        at a word boundary with known words, ("string", (string, …)) when it begins with known
        strings; None when neither is known or it can match the empty string."""
        if _EXTRA_CASES is None or DIGIT in pattern:
            return None
        parsed = _sre_parse.parse(pattern, re.I)
        if parsed.getwidth()[0] == 0:
            return None
        found = _starts(parsed.data)
        if found is None:
            return None
        strings = {fold(s) for s in found[0]}
        if "" in strings:
            return None
        at_word = _begins_at_word(parsed.data)
        if any(DIGIT in s for s in strings):  # up to the digit; a digit first: a word that starts with one
            if not at_word:
                return None
            strings = {s[:s.index(DIGIT)] if DIGIT in s else s for s in strings}
            words = {(DIGIT, False)} if "" in strings else set()
            strings.discard("")
            if not all(_WORD_CHAR.match(s) for s in strings):
                return None
            for string in strings:
                word = _WORD.match(string).group()
                # a word up to a digit goes on with the digit: a prefix of the word, unless a
                # non-word character follows it
                words.add((word, len(word) < len(string)))
            return ("word", tuple(sorted(words)))
        if at_word and all(_WORD_CHAR.match(s) for s in strings):
            words = set()
            for string in strings:
                word = _WORD.match(string).group()
                words.add((word, len(word) < len(string)))  # a non-word character follows: the whole word
            return ("word", tuple(sorted(words)))
        return ("string", tuple(sorted(strings)))

    @property
    def by_words(self) -> bool:
        """Whether the alternatives are tried only where their first words are (else `finditer`
        scans with the joined expression)."""
        return self._anchors is not None

    def candidates(self, text: Text) -> dict[int, list[int]] | None:
        """Where a match can start in `text.text`: position -> the alternatives (their numbers)
        whose first words are there; None when that cannot be told (then any position can)."""
        if self._anchors is None or not text.usable:
            return None
        candidates: dict[int, list[int]] = {}
        for number, (how, values) in enumerate(self._anchors):
            if how == "word":
                for word, whole in values:
                    for position in (text.digit_word_starts() if word == DIGIT else text.word_starts(word, whole)):
                        candidates.setdefault(position, []).append(number)
            else:
                for string in values:
                    for position in text.occurrences(string):
                        candidates.setdefault(position, []).append(number)
        return candidates

    def finditer(self, text: Text):
        """The matches of the joined expression in `text.text` (a `Text`), in order, as
        `self.pattern.finditer(text.text)` gives them (re.Match objects of the alternatives)."""
        candidates = self.candidates(text)
        if candidates is None:
            yield from self.pattern.finditer(text.text)
            return
        source, parts, after = text.text, self._parts, 0
        for position in sorted(candidates):
            if position < after:
                continue
            numbers = candidates[position]
            for number in (sorted(set(numbers)) if len(numbers) > 1 else numbers):
                match = parts[number].match(source, position)
                if match:
                    yield match
                    after = match.end()
                    break
