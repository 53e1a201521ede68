"""Find dates and durations and normalise them, resolving relative dates against earlier ones.

Absolute dates: "March 23, 2017", "28 November 2025", "July 2009", "in 2006", French
("le 3 avril 2017", "avril 2017") and Russian ("3 апреля 2017 года", "в 2017 году"). A day and
month without a year take the year of the latest date before them (or, failing that, the first
year the text gives). Relative dates ("the next day", "two days after", "three months later",
"last year") are resolved against the latest date before them, at a precision no finer than
that date's. Durations ("for eight days", "a year and two months") become ISO 8601 periods.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from guwah.extract.document import DateMention, Doc, Duration, SpanSet

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Russian, nominative and genitive
    "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3, "апрель": 4,
    "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7, "июля": 7, "август": 8,
    "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10, "октября": 10, "ноябрь": 11,
    "ноября": 11, "декабрь": 12, "декабря": 12,
    # Russian, prepositional ("в марте 2017")
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six_fr": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
}
UNITS = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y",
    "jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "mois": "M", "an": "Y", "ans": "Y",
    "année": "Y", "années": "Y",
    "день": "D", "дня": "D", "дней": "D", "неделю": "W", "недели": "W", "недель": "W",
    "месяц": "M", "месяца": "M", "месяцев": "M", "год": "Y", "года": "Y", "лет": "Y",
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM = r"(?:\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if k != "six_fr"), key=len, reverse=True)) + r")"
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_YEAR = r"(1[89]\d\d|20[0-4]\d)"
_DATELINE_CHARS = 600
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"

_PATTERNS = [
    # March 23, 2017 / March 23rd 2017
    ("mdy", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I)),
    # 28 November 2025 / le 3 avril 2017 / 3 апреля 2017 года
    ("dmy", re.compile(rf"{_WEEKDAY}\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+{_YEAR}(?:\s+(?:года|г\.))?", re.I)),
    # March 2017 / avril 2017 / в марте 2017 года
    ("my", re.compile(rf"\b({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b(?:\s+(?:года|г\.))?", re.I)),
    # October 15 last year
    ("md_rel", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(last|this|next)\s+year\b", re.I)),
    # March 23 (no year)
    ("md", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\s*\d|\s*(?:%|kg|km|people|years|hours))", re.I)),
    # 23 March (no year)
    ("dm", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?!\.?,?\s+(?:of\s+)?\d)", re.I)),
    # in 2006 / 2019 (a bare year)
    ("y", re.compile(rf"(?<![\d.,/:¥$€£#-])(?<!No\. )(?<!cell )\b{_YEAR}\b(?![\d,.]\d|\s*(?:%|kg|km|people|men|internees|prisoners|square|-square))(?:\s+(?:года|году|г\.))?")),
]
_RELATIVE = [
    ("next_day", re.compile(r"\b(?:the\s+)?(?:next|following)\s+(day|morning|week|month|year)\b|\ble\s+lendemain\b|\bна\s+следующий\s+день\b", re.I)),
    ("day_before", re.compile(r"\b(?:the\s+)?(?:day|night)\s+before\b(?!\s+(?:the|my|his|her|I))|\bla\s+veille\b", re.I)),
    ("later", re.compile(rf"\b({_NUM})\s+({_UNIT})\s+(?:later|after(?=\s*(?:[,.;]|I\b|we\b|he\b|she\b|they\b))|plus\s+tard|после\s+этого|спустя)", re.I)),
    ("later", re.compile(rf"\b(?:спустя|через)\s+({_NUM})\s+({_UNIT})\b", re.I)),
    ("this_year", re.compile(r"\b(this|last|next)\s+year\b|\b(l'année\s+dernière|l'an\s+dernier|cette\s+année)\b|\b(в\s+прошлом\s+году|в\s+этом\s+году)\b", re.I)),
]
_DURATION = re.compile(
    rf"\b(?:for|during|lasted|pendant|durant|в\s+течение)\s+(?:about\s+|almost\s+|over\s+|nearly\s+)?"
    rf"(({_NUM})\s+({_UNIT})(?:\s+(?:and|et|и)\s+(?:a\s+half|({_NUM})\s+({_UNIT})))?)\b"
    rf"|\b(({_NUM})\s+({_UNIT})\s+and\s+({_NUM})\s+({_UNIT}))\b"
    rf"|\bbeen\s+(?:detained|held|locked\s+up|imprisoned)\s+for\s+(({_NUM})\s+({_UNIT}))\b",
    re.I,
)


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBERS.get(token)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift(anchor: DateMention, amount: int, unit: str) -> DateMention | None:
    """The anchor moved by amount units, at the coarser of the two precisions."""
    parts = [int(x) for x in anchor.value.split("-")]
    if unit == "Y":
        return DateMention(0, 0, f"{parts[0] + amount:04d}", "year", True)
    if unit == "M":
        if anchor.precision == "year":
            return None
        total = parts[0] * 12 + (parts[1] - 1) + amount
        return DateMention(0, 0, f"{total // 12:04d}-{total % 12 + 1:02d}", "month", True)
    if anchor.precision != "day":
        return None
    days = amount * (7 if unit == "W" else 1)
    moved = date(*parts) + timedelta(days=days)
    return DateMention(0, 0, moved.isoformat(), "day", True)


def find_dates(doc: Doc) -> None:
    """Fill doc.dates (in text order, relative ones resolved) and doc.durations."""
    text = doc.text
    found: list[tuple[int, int, str, tuple]] = []
    taken = SpanSet()

    def free(start: int, end: int) -> bool:
        return not taken.overlaps((start, end))

    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                found.append((match.start(), match.end(), kind, match.groups()))
                taken.add((match.start(), match.end()))
    for kind, pattern in _RELATIVE:
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                found.append((match.start(), match.end(), kind, match.groups()))
                taken.add((match.start(), match.end()))
    found.sort()
    first_year = next((int(g[-1]) for s, e, k, g in found if k in ("mdy", "dmy", "my", "y")), None)
    # "this year", "last year" speak from the time of writing: a dateline near the top, if any.
    dateline = next((g for s, e, k, g in found if k in ("mdy", "dmy") and s < _DATELINE_CHARS), None)
    now_year = int(dateline[-1]) if dateline else None

    dates: list[DateMention] = []
    anchor: DateMention | None = None
    for start, end, kind, groups in found:
        mention = _normalise(kind, groups, anchor, first_year, text[start:end], now_year)
        if mention is None:
            continue
        mention.start, mention.end = start, end
        dates.append(mention)
        if not _in_parentheses(text, start):
            anchor = mention  # an aside such as "(from June 10 to September 10)" is no anchor
    doc.dates = dates
    doc.durations = list(_durations(text))


def _in_parentheses(text: str, offset: int) -> bool:
    before = text[max(0, offset - 200):offset]
    before = before[before.rfind("\n") + 1:]
    return before.rfind("(") > before.rfind(")")


def _normalise(kind, groups, anchor, first_year, surface, now_year=None) -> DateMention | None:
    if kind == "mdy":
        month, day, year = MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        return _day(year, month, day)
    if kind == "dmy":
        day, month, year = int(groups[0]), MONTHS[groups[1].lower()], int(groups[2])
        return _day(year, month, day)
    if kind == "my":
        month, year = MONTHS[groups[0].lower()], int(groups[1])
        if groups[0].lower() in ("may", "mar") and groups[0][0].islower():
            return None  # "may 2017" in lower case is rarely a month
        return DateMention(0, 0, f"{year:04d}-{month:02d}", "month")
    if kind in ("md", "dm"):
        month_word, day = (groups[0], int(groups[1])) if kind == "md" else (groups[1], int(groups[0]))
        if month_word.lower() in ("may", "mar", "march") and month_word[0].islower():
            return None  # the verb "may", "march"
        year = int(anchor.value[:4]) if anchor else first_year
        if year is None:
            return None
        return _day(year, MONTHS[month_word.lower()], day)
    if kind == "y":
        return DateMention(0, 0, groups[0], "year")
    if kind == "md_rel":
        year = now_year or (int(anchor.value[:4]) if anchor else None)
        if year is None:
            return None
        year += {"last": -1, "this": 0, "next": 1}[groups[2].lower()]
        mention = _day(year, MONTHS[groups[0].lower()], int(groups[1]))
        if mention:
            mention.relative = True
        return mention
    if anchor is None:
        if kind == "this_year" and first_year is not None:
            anchor = DateMention(0, 0, str(first_year), "year")
        else:
            return None
    lowered = surface.lower()
    if kind == "next_day":
        unit = {"day": "D", "morning": "D", "week": "W", "month": "M", "year": "Y"}.get(
            (groups[0] or "day").lower(), "D")
        return _shift(anchor, 1, unit)
    if kind == "day_before":
        return _shift(anchor, -1, "D")
    if kind == "later":
        amount = _number(groups[0])
        if amount is None:
            return None
        return _shift(anchor, amount, UNITS[groups[1].lower()])
    if kind == "this_year":
        year = now_year or int(anchor.value[:4])
        if "last" in lowered or "derni" in lowered or "прошл" in lowered:
            year -= 1
        elif "next" in lowered:
            year += 1
        return DateMention(0, 0, f"{year:04d}", "year", True)
    return None


def _day(year: int, month: int, day: int) -> DateMention | None:
    valid = _valid(year, month, day)
    return DateMention(0, 0, valid.isoformat(), "day") if valid else None


def _durations(text: str):
    for match in _DURATION.finditer(text):
        groups = [g for g in match.groups()]
        if groups[0]:
            core, n1, u1, n2, u2 = groups[0:5]
            start, end = match.span(1)
        elif groups[5]:
            core, n1, u1, n2, u2 = groups[5:10]
            start, end = match.span(6)
        else:
            core, n1, u1 = groups[10:13]
            n2 = u2 = None
            start, end = match.span(11)
        first = _number(n1)
        if first is None:
            continue
        amounts = {UNITS[u1.lower()]: first}
        if "half" in core.lower():
            half_unit = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3), "D": ("D", 0)}[UNITS[u1.lower()]]
            amounts[half_unit[0]] = amounts.get(half_unit[0], 0) + half_unit[1]
        elif n2 and u2 and _number(n2) is not None:
            unit = UNITS[u2.lower()]
            amounts[unit] = amounts.get(unit, 0) + _number(n2)
        value = "P" + "".join(f"{amounts[u]}{u}" for u in "YMWD" if amounts.get(u))
        days = amounts.get("Y", 0) * 365 + amounts.get("M", 0) * 30 + amounts.get("W", 0) * 7 + amounts.get("D", 0)
        yield Duration(start, end, value, days)
