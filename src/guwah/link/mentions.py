"""A person mention as the linker takes it, and the readers of its loosely written fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from guwah.errors import InputError

EARLIEST_YEAR = 1880  # a birth or detention year before this is a typing error
LATEST_YEAR = 2100
APPROXIMATE_SPAN = 2  # "c. 1975" is read as 1973-1977

# Words that mark a year as approximate, in the languages of the spreadsheets we receive (a whole
# word: "ок" is not the start of "октябрь"; 约 and 大约 stand before digits).
APPROXIMATE = re.compile(
    r"^(?:circa|ca\.?|c\.?|about|around|approximately|approx\.?|~|≈|abt\.?|est\.?|"
    r"около|примерно|приблизительно|ок\.?|шамамен|تەخمىنەن|yaklaşık|tahminen|约|大约)(?![^\W\d_])\s*",
    re.IGNORECASE,
)
# The same, written after the year ("1974 civarı", "1974-yillar etrapida", "1975年左右").
APPROXIMATE_AFTER = re.compile(
    r"\s*(?:civarı|civarında|civari|etrapida|ätrapida|ئەتراپىدا|шамасында|шамамен|или около того|左右|前后|上下)$",
    re.IGNORECASE,
)
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
                  r"doğumlu|жылы|ж\.?|ж\.\s*т\.?|жылы\s+туған|يىلى|年)?$", re.IGNORECASE)
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
UNKNOWN = {"", "?", "-", "—", "–", "unknown", "n/a", "na", "none", "null", "неизвестно", "нет", "bilinmiyor",
           "نامەلۇم", "namelum", "белгісіз", "белгисиз", "不详", "未知", "无", "x"}

MALE = {"m", "male", "man", "men", "er", "erkek", "ər", "м", "муж", "муж.", "мужской", "мужчина", "ер",
        "еркек", "男", "ئەر", "boy"}
FEMALE = {"f", "female", "woman", "w", "ayal", "kadın", "kadin", "ж", "жен", "жен.", "женский", "женщина",
          "әйел", "айел", "女", "ئايال", "girl", "k"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a person in someone's records: what the linker compares.

    Years are ranges (lo, hi), both ends included; a known year is (y, y).
    """

    mention_id: str
    name: str
    gender: str | None = None             # "male" | "female" | None
    birth_year: tuple[int, int] | None = None
    hometown: str | None = None
    facility: str | None = None
    detained_year: tuple[int, int] | None = None


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
        text: "1975", "c. 1975", "1975?", "1980s", "early 1980s", "1970-75", "1975/76",
            a full date ("1975-03-02", "02.03.1975", "1975年3月2日"), a month and a year ("05/2017",
            "2017-05", "May 2017", "мая 2017", "Ekim 2017", "2017-yili 5-ay"), several years
            ("2017, 2018": the span they cover), a part of a year ("early 2018",
            «в начале 2018 года», "2018年初": that year), any of these framed by a word that
            leaves the year as it is ("b. 1975", "since 2017", "с 2017 г.", "2017'de",
            "2017 жылдан бері"), or an empty/unknown marker.
    Returns:
        (lo, hi), or None for an empty or unknown value.
    Raises:
        InputError: when the text is not a year, a range of years or a date.
    """
    value = (text or "").strip().rstrip(".").strip()
    if value.lower() in UNKNOWN:
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


def parse_birth_years(text: str | None) -> tuple[int, int] | None:
    """`parse_years` for a birth column, which may also hold a resident identity number
    (RESIDENT_ID, 18 or 15 characters): the year of the birth date in it.

    Raises:
        InputError: as `parse_years`, for a value that is neither.
    """
    match = RESIDENT_ID.match((text or "").strip())
    if match:
        date = match.group(1) or "19" + match.group(2)
        year = int(date[:4])
        if COMPACT_DATE.match(date) and EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year, year
    return parse_years(text)


def _year_and_month(match: re.Match) -> bool:
    """"2017-05" is May 2017, not a range: a two-digit tail that would end before the start and
    is a month number."""
    first, last = match.group(1), match.group(2)
    return len(last) == 2 and int(first[:2] + last) < int(first) and 1 <= int(last) <= 12


def parse_gender(text: str | None) -> str | None:
    """"male", "female", or None for an empty or unrecognised value."""
    value = (text or "").strip().lower()
    if value in MALE:
        return "male"
    if value in FEMALE:
        return "female"
    return None
