"""A person mention as the linker takes it, and the readers of its loosely written fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from guwah.domain import Gender
from guwah.errors import InputError
from guwah.names.placeholders import UNKNOWN

EARLIEST_YEAR = 1880  # a birth or detention year before this is a typing error
LATEST_YEAR = 2100
APPROXIMATE_SPAN = 2  # "c. 1975" is read as 1973-1977

# Words that mark a year as approximate, in the languages of the spreadsheets we receive (a whole
# word: "ок" is not the start of "октябрь"; 约 and 大约 stand before digits).
APPROXIMATE = re.compile(
    r"^(?:circa|ca\.?|c\.?|about|around|approximately|approx\.?|~|≈|abt\.?|est\.?|"
    r"около|примерно|приблизительно|ок\.?|бл\.?|шамамен|تەخمىنەن|yaklaşık|tahminen|约|大约)(?![^\W\d_])\s*",
    re.IGNORECASE,
)
# The same, written after the year ("1974 civarı", "1974-yillar etrapida", "1975年左右", "1975 approx."),
# or in brackets after it as spreadsheets note it ("1975 (approx)", "1975 (ca.)", "1970 (около)", "1970 (?)").
APPROXIMATE_AFTER = re.compile(
    r"\s*(?:civarı|civarında|civari|etrapida|ätrapida|ئەتراپىدا|шамасында|шамамен|или около того|左右|前后|上下"
    r"|(?<=\s)(?:approx\.?|approximately|circa|ca\.?|est\.?)"
    r"|\(\s*(?:approx\.?|approximately|circa|ca\.?|c\.?|about|est\.?|около|примерно|прибл\.?|бл\.?|\?)\s*\))$",
    re.IGNORECASE,
)
# An age in a birth-year cell (see `parse_age`): the words said before and after the number, in
# the languages of the spreadsheets we receive (English, Russian, Turkish, Uyghur Latin and Arabic
# script, Kazakh, Kyrgyz, Chinese, French, German).
AGE_SPAN = 2       # years either side of the detention year that an age may have been said in
MAX_AGE = 120
AGE_BEFORE = re.compile(
    r"^(?:aged?|age\s*:|возраст(?:\s*:)?|в\s+возрасте|yaşı|yaşında|yéshi|yeshi|yashi|жасы|жашы|年龄|年齡|年纪|"
    r"âgée?\s+de|âge|im\s+alter\s+von|alter)(?![^\W\d_])\s*:?\s*",
    re.IGNORECASE,
)
AGE_AFTER = re.compile(
    r"\s*-?\s*(?:years?[\s-]+old|years?|yrs?|y\.?\s*o|y/o|周岁|岁|歲|лет|года?|год|yaşında|yaşinda|yaşlarında|"
    r"yaş|yashta|yashda|yash|yeshida|yéshida|yeshta|yéshta|жаста|жасында|жас|жашта|жаш|ياشتا|ياش|ans|jahre(?:\s+alt)?)$",
    re.IGNORECASE,
)
AGE_DIGITS = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
AGE_NUMBER = re.compile(r"^(\d{1,3})(?:\s*(?:-|–|—|to|до)\s*(\d{1,3}))?$", re.IGNORECASE)
# Words that frame a year without changing it: "b. 1975", "born 1975", "since 2017", "в 2017",
# "с 2017 г." before it; "2017'de" (Turkish: in), "2017'den beri", "2017 жылдан бері" (since) after.
# "Since 2017" as a detention year is read as the year the detention began.
FRAME_BEFORE = re.compile(
    r"^(?:b\.|born|née?|since|from|in|род\.|родился|родилась|в|во|с|со|depuis|dès|seit|ab|doğum|tuğulghan)\s*(?=\d|c\.|ca|~|около|примерно|early|mid|late)",
    re.IGNORECASE,
)
FRAME_AFTER = re.compile(
    r"(?<=\d)(?:\s*'\s*(?:de|da|te|ta|den\s+beri|dan\s+beri|ten\s+beri|tan\s+beri|den\s+itibaren|dan\s+itibaren)"
    r"|\s*(?:жылдан\s+бері|жылдан\s+бастап|yildin\s+b[eé]ri|yılından\s+beri|onwards|年?以来|年?起))$",
    re.IGNORECASE,
)
DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}
DECADE = re.compile(r"^(?:(early|mid|late)[\s-]+)?(\d{3})0\s*(?:'?s|-?е|-?х|-?ые|-?ых|年代|'?l[ea]r|'?l[ea]rda|-?\s*yıll[ae]r[ıi]?|-?\s*yillar[ıi]?|-?\s*жылдар(?:ы)?|-?\s*жж\.?)$", re.IGNORECASE)
# A decade written short ("80s", "'90s", "mid-70s", «80-е»): 1920s to 1990s, and 2000s and 2010s for
# "00s" and "10s" (a birth or detention year in these archives is no earlier than 1900).
SHORT_DECADE = re.compile(r"^(?:(early|mid|late)[\s-]+)?['’]?(\d)0\s*(?:'?s|-?е|-?х|-?ые|-?ых)$", re.IGNORECASE)
# A range written with a dash or a word whose two-digit end is below its start crosses a century
# ("1999–03": 1999 to 2003). Not with a hyphen or a slash: "1999-03" and "1999/03" are months.
CENTURY_RANGE = re.compile(r"^(\d{4})\s*(?:–|—|to|bis|до)\s*(\d{2})$", re.IGNORECASE)
# A number alone of up to three digits in a birth-year cell: an age or a year written with two digits.
BARE_NUMBER = re.compile(r"^\d{1,3}$")
YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:-|–|—|/|to|bis|до)\s*(\d{2}|\d{4})$", re.IGNORECASE)
# A full date in any common order: the year is the four-digit group.
DATE = re.compile(r"^(?:(\d{4})[-./]\d{1,2}(?:[-./]\d{1,2})?(?:[ T].*)?|\d{1,2}[-./]\d{1,2}[-./](\d{4}))$")
# A date written as eight digits, as identity numbers and some lists give it: 19820122.
COMPACT_DATE = re.compile(r"^(\d{4})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# A resident identity number of the People's Republic (GB 11643-1999: six digits for the place
# of registration, the birth date as eight, three of sequence and a check character; the older
# fifteen-digit form writes the date as six, YYMMDD in the 1900s). Lists give it where the birth
# year belongs; only the year is read, the number is neither kept nor shown.
RESIDENT_ID = re.compile(r"^\d{6}(?:(\d{8})\d{3}[\dXx]|(\d{6})\d{3})$")
# A date in Chinese order: 2018年3月, 2018年3月5日.
HAN_DATE = re.compile(r"^(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?$")
# A part of a year ("early 2018", «в начале 2018 года», "2018 yılı sonunda", "2018年初"): that year.
PART_OF_YEAR = re.compile(
    r"^(?:(?:in|в|во|en|im)\s+)?(?:the\s+)?(?:early|mid|middle\s+of|late|beginning\s+of|start\s+of|end\s+of|"
    r"spring|summer|autumn|fall|winter|начало|начале|середина|середине|конец|конце|весна|весной|лето|летом|"
    r"осень|осенью|зима|зимой|début|fin|mi)[\s-]*(?:of\s+)?(\d{4})\b\s*(?:г\.?|года?|году)?$"
    r"|^(\d{4})\s*(?:yılı|yili|жылдың|жылы)?\s*(?:başı|başında|ortası|ortasında|sonu|sonunda|басы|басында|соңы|"
    r"соңында)$"
    r"|^(\d{4})\s*年\s*(?:初|中|底|末|春|夏|秋|冬|春天|夏天|秋天|冬天|上半年|下半年)$",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(\d{4})\s*(\?)?\s*-?\s*(?:г\.?|года?|году|г\.\s*р\.?|y\.?|yil|yili|yillar[ıi]?|yılı|yılında|"
                  r"doğumlu|жылы?|ж\.?|ж\.\s*т\.?|жылы\s+туған|года\s+рождения|يىلى|年|年生|年出生|出生)?$", re.IGNORECASE)
# A month and a year: "05/2017", "05.2017", "2017-05" (a two-digit tail that cannot end a range).
MONTH_YEAR = re.compile(r"^(?:(?:0?[1-9]|1[0-2])[-./](\d{4})|(\d{4})-(?:0[1-9]|1[0-2]))$")
# A year and a month in Uyghur Latin ("2017-yili 5-ay") or Turkish ("2017 yılı 5. ay").
YEAR_MONTH_WORDS = re.compile(r"^(\d{4})\s*-?\s*(?:yili|yılı|жылы)\s+\d{1,2}\s*[-.]?\s*(?:ay|айы?)$", re.IGNORECASE)
# A month named in words and a year, perhaps after a day: "May 2017", "мая 2017 г.", "12 Ekim 2017".
NAMED_MONTH = re.compile(r"^(?:\d{1,2}\.?\s+)?([^\W\d_]+\.?)\s+(\d{4})\s*(?:г\.?|года?|y\.?|yılı|жылы)?$", re.IGNORECASE)
# Several years in one cell ("2017, 2018", "2017、2018", "2017; 2019"): the span they cover.
YEAR_LIST = re.compile(r"^\d{4}(?:\s*[,;、，]\s*\d{4})+$")
# Month names come from the CLDR data in Babel, in the languages of the spreadsheets we receive.
MONTH_LOCALES = ("en", "ru", "kk", "ky", "tr", "uz", "ug", "fr", "de")
# The markers of an unknown year: UNKNOWN but "x", which says nothing of a year (a tick, a typing
# slip) and is refused with the other unreadable cells rather than read as no year unsaid (issue 10).
YEAR_UNKNOWN = UNKNOWN - {"x"}

MALE = {"m", "male", "man", "men", "er", "erkek", "ər", "м", "муж", "муж.", "мужской", "мужчина", "ер",
        "еркек", "男", "ئەر", "boy"}
FEMALE = {"f", "female", "woman", "w", "ayal", "kadın", "kadin", "ж", "жен", "жен.", "женский", "женщина",
          "әйел", "айел", "女", "ئايال", "girl", "k"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a person in someone's records: what the linker compares.

    Years are ranges (lo, hi), both ends included; a known year is (y, y). A mention may tell of
    several detentions or arrests (a 2017 detention, a 2020 re-arrest): `detained_years` holds each
    range and `detained_year` the span of them all; a row of a spreadsheet states one range, in
    `detained_year` alone (`detention_years` reads both shapes).
    """

    mention_id: str
    name: str
    gender: str | None = None             # "male" | "female" | None
    birth_year: tuple[int, int] | None = None
    hometown: str | None = None
    facility: str | None = None
    detained_year: tuple[int, int] | None = None
    detained_years: tuple[tuple[int, int], ...] = ()

    def detention_years(self) -> tuple[int, ...]:
        """Every year of detention or arrest the mention states, each range read as its years,
        ascending and once each; () when none is known."""
        ranges = self.detained_years or ((self.detained_year,) if self.detained_year else ())
        return tuple(sorted({year for lo, hi in ranges for year in range(lo, hi + 1)}))


@cache
def month_names() -> frozenset[str]:
    """Month names, wide and abbreviated, in every grammatical context CLDR gives (Russian
    nominative "май" and genitive "мая"), casefolded and without a final dot, for MONTH_LOCALES."""
    names = set()
    for code in MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(name.casefold().rstrip(".") for name in months[context][width].values())
    return frozenset(names)


def parse_years(text: str | None) -> tuple[int, int] | None:
    """Read a year as spreadsheets write it into an inclusive range.

    Args:
        text: "1975", "c. 1975", "1975?", "1980s", "early 1980s", "80s", "1970-75", "1975/76",
            a full date ("1975-03-02", "02.03.1975", "1975年3月2日"), a month and a year ("05/2017",
            "2017-05", "May 2017", "мая 2017", "Ekim 2017", "2017-yili 5-ay"), several years
            ("2017, 2018": the span they cover), a part of a year ("early 2018",
            «в начале 2018 года», "2018年初": that year), any of these framed by a word that
            leaves the year as it is ("b. 1975", "since 2017", "с 2017 г.", "2017'de",
            "2017 жылдан бері"); approximate ("c. 1975", "бл. 1970", "approx. 1975", "1975 (approx)",
            "около 1970", "1970年左右": widened by APPROXIMATE_SPAN either side); or an empty or
            unknown marker (YEAR_UNKNOWN: "?", "n/a", "unknown", ...).
    Returns:
        (lo, hi), or None for an empty or unknown value.
    Raises:
        InputError: when the text is not a year, a range of years or a date.
    """
    value = (text or "").strip().rstrip(".").strip()
    if value.lower() in YEAR_UNKNOWN:
        return None
    value = FRAME_AFTER.sub("", FRAME_BEFORE.sub("", value, count=1), count=1).strip()
    approximate = False
    stripped = APPROXIMATE.sub("", value, count=1)
    if stripped != value:
        approximate, value = True, stripped.strip()
    stripped = APPROXIMATE_AFTER.sub("", value, count=1)
    if stripped != value:
        approximate, value = True, stripped.strip()
    if value.endswith("?"):
        approximate, value = True, value[:-1].strip()
    years: tuple[int, int] | None = None
    if match := DECADE.match(value):
        start = int(match.group(2)) * 10
        low, high = DECADE_PARTS.get((match.group(1) or "").lower(), (0, 9))
        years = (start + low, start + high)
    elif match := SHORT_DECADE.match(value):
        start = (2000 if int(match.group(2)) < 2 else 1900) + int(match.group(2)) * 10
        low, high = DECADE_PARTS.get((match.group(1) or "").lower(), (0, 9))
        years = (start + low, start + high)
    elif (match := CENTURY_RANGE.match(value)) and int(match.group(1)[:2] + match.group(2)) < int(match.group(1)):
        years = (int(match.group(1)), int(match.group(1)[:2] + match.group(2)) + 100)
    elif (match := YEAR_RANGE.match(value)) and not _year_and_month(match):
        first, last = match.group(1), match.group(2)
        end = int(first[:2] + last) if len(last) == 2 else int(last)
        years = (int(first), end)
    elif YEAR_LIST.match(value):
        listed = [int(year) for year in re.findall(r"\d{4}", value)]
        years = (min(listed), max(listed))
    elif (match := NAMED_MONTH.match(value)) and match.group(1).casefold().rstrip(".") in month_names():
        years = (int(match.group(2)), int(match.group(2)))
    elif match := YEAR.match(value):
        years = (int(match.group(1)), int(match.group(1)))
    elif match := (DATE.match(value) or HAN_DATE.match(value) or COMPACT_DATE.match(value) or PART_OF_YEAR.match(value)
                   or MONTH_YEAR.match(value) or YEAR_MONTH_WORDS.match(value)):
        year = int(next(group for group in match.groups() if group))
        years = (year, year)
    if years is None or years[0] > years[1]:
        raise InputError("not a year, a range of years or a date", value=text)
    if years[0] < EARLIEST_YEAR or years[1] > LATEST_YEAR:
        raise InputError(f"a year outside {EARLIEST_YEAR}–{LATEST_YEAR} (a typing error?)", value=text)
    if approximate:
        years = (years[0] - APPROXIMATE_SPAN, years[1] + APPROXIMATE_SPAN)
    return years


def parse_birth_years(text: str | None, detained: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """`parse_years` for a birth column, which may also hold a resident identity number
    (RESIDENT_ID, 18 or 15 characters): the year of the birth date in it; or an age ("age 59",
    "about 45", "59 years old", "59岁", «59 лет», "59 yaşında": see `parse_age`).

    An age is not a birth year until one knows when it was said. The lists that give one give it
    about the detention, so it is counted from `detained` (the row's detention year): someone
    A years old in year D was born in D - A - 1 or D - A (before or after that year's birthday),
    and the age may have been taken down up to AGE_SPAN years before or after the detention year
    the row gives (a list drawn up when the person was taken, a relative's account some years
    later). So an exact age gives a range of 2·AGE_SPAN + 2 years; an approximate one ("about 45",
    an age range) that much wider. Wider, and the range would agree with nearly every birth year
    of the person's generation; narrower, and a true pair whose age was said two years after the
    detention would disagree (`linker.agreeing_edges` allows 3 years between two birth years).
    Without `detained` an age gives no birth year (None): the caller may count those cells
    (`parse_age` tells them apart from empty ones). A number alone of up to three digits ("41")
    gives no birth year either (None; the caller may count them with `is_bare_number`): it may be an
    age or a year written with two digits, and either reading would be a guess.

    Args:
        text: the cell.
        detained: the row's detention year range (lo, hi), or None.
    Returns:
        (lo, hi), or None for an empty or unknown value, or an age without `detained`.
    Raises:
        InputError: as `parse_years`, for a value that is neither a year, a range, a date,
            an identity number nor an age.
    """
    match = RESIDENT_ID.match((text or "").strip())
    if match:
        date = match.group(1) or "19" + match.group(2)
        year = int(date[:4])
        if COMPACT_DATE.match(date) and EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year, year
    if is_bare_number(text):
        return None
    try:
        return parse_years(text)
    except InputError:
        ages = parse_age(text)
        if ages is None:
            raise
    if detained is None:
        return None
    years = (detained[0] - ages[1] - 1 - AGE_SPAN, detained[1] - ages[0] + AGE_SPAN)
    if years[0] < EARLIEST_YEAR or years[1] > LATEST_YEAR:
        raise InputError(f"an age that puts the birth outside {EARLIEST_YEAR}–{LATEST_YEAR} (a typing error?)",
                         value=text)
    return years


def is_bare_number(text: str | None) -> bool:
    """True for a birth-year cell that holds a number alone of up to three digits ("41", " 7 ")."""
    return bool(BARE_NUMBER.match((text or "").strip()))


def parse_age(text: str | None) -> tuple[int, int] | None:
    """An age in years as lists write it into a birth-year cell, as an inclusive range.

    Args:
        text: "age 59", "aged 59", "59 years old", "59 y.o.", "59 yrs", "59岁", "年龄59",
            «59 лет», «в возрасте 59 лет», "59 yaşında", "59 yash", "59 жаста"; approximate
            ("about 45", "около 45 лет", "约45岁", "45? years": widened by APPROXIMATE_SPAN);
            a range of ages ("40-45 years old"). A bare number ("59") is not read as an age:
            it may as well be a year written with two digits.
    Returns:
        (youngest, oldest), or None when the text is not an age (nothing is raised).
    """
    value = (text or "").strip().rstrip(".").strip()
    if not AGE_DIGITS.search(value):  # most cells are years: leave them at once
        return None
    marked = approximate = False
    for _ in range(2):  # "aged about 45", "about 45 years old": the words in either order
        for pattern, is_age in ((AGE_BEFORE, True), (APPROXIMATE, False), (AGE_AFTER, True),
                                (APPROXIMATE_AFTER, False)):
            stripped = pattern.sub("", value, count=1).strip()
            if stripped != value:
                value = stripped
                marked = marked or is_age
                approximate = approximate or not is_age
    worded = marked or approximate  # a word says this is an age ("45?" alone may be a year)
    if value.endswith("?"):
        approximate, value = True, value[:-1].strip()
    match = AGE_NUMBER.match(value)
    if not match or not worded:
        return None
    youngest = int(match.group(1))
    oldest = int(match.group(2) or youngest)
    if youngest > oldest or oldest > MAX_AGE:
        return None
    if approximate:
        youngest, oldest = max(0, youngest - APPROXIMATE_SPAN), oldest + APPROXIMATE_SPAN
    return youngest, oldest


def _year_and_month(match: re.Match) -> bool:
    """"2017-05" is May 2017, not a range: a two-digit tail that would end before the start and
    is a month number."""
    first, last = match.group(1), match.group(2)
    return len(last) == 2 and int(first[:2] + last) < int(first) and 1 <= int(last) <= 12


def parse_gender(text: str | None) -> str | None:
    """A `guwah.domain.Gender` value ("male", "female"), or None for an empty, unknown or
    unrecognised value (`gender_unread` tells the last apart)."""
    value = (text or "").strip().lower()
    if value in MALE:
        return Gender.MALE.value
    if value in FEMALE:
        return Gender.FEMALE.value
    return None


def gender_unread(text: str | None) -> bool:
    """Whether a gender cell says something `parse_gender` cannot read: neither a spelling of
    male or female nor of unknown (UNKNOWN) nor blank ("blue", "2")."""
    value = (text or "").strip().lower()
    return value not in UNKNOWN and parse_gender(value) is None
