"""Find dates and durations and normalise them, resolving relative dates.

Absolute dates: "March 23, 2017", "28 November 2025", "July 2009", "in 2006", French
("le 3 avril 2017", "avril 2017"), Russian ("3 апреля 2017 года", "в 2017 году") and day-first
dotted dates ("15.05.2017").

Two kinds of relative date, resolved from two different anchors:
- Said from the time of speaking ("last year", "this year", "last week", "December last year",
  "in December" with no year in its sentence, «в прошлом году», "l'année dernière"): counted
  from the document's own date (`Doc.document_date`, the interview or publication date), never
  from a date the text happens to give; with no document date they stay unresolved, not guessed.
- Chains ("the next day", "two days after", "a month later", «через два дня», "la semaine
  suivante"): counted from the previous date of the narrative, at a precision no finer than that
  date's. A background date ("since April 2017", «с 2017 года») and an aside in parentheses are
  no anchor. A day and month without a year ("On June 9") take the year of the previous date in
  their paragraph, else the latest such day up to the document's date, else the previous date's;
  "of that year" always the previous date's; a diary's entry headed by a day alone, the year of
  the entry before (the next year when it comes earlier in the year).

Qualifiers ("early 2017", "mid-2019", "the spring of 2018", "late March", "début 2017",
«в конце 2017 года») are kept in `DateMention.qualifier` beside the date's own precision.
Durations ("for eight days", "a year and two months") become ISO 8601 periods.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from guwah.errors import counted
from guwah.extract import alternation
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
    # Russian, abbreviated ("17 янв. 2020 г.", as web pages and forms print them)
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six_fr": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15,
    "двадцать": 20, "тридцать": 30, "сорок": 40,
}
# Days of the month written as ordinal words ("the twelfth of July 2018", «двенадцатого июля 2018
# года»: Russian writes a date's day in the genitive of the ordinal).
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "первого": 1, "второго": 2, "третьего": 3, "четвёртого": 4, "четвертого": 4, "пятого": 5, "шестого": 6,
    "седьмого": 7, "восьмого": 8, "девятого": 9,
}
ORDINAL_DAYS = {
    **_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "десятого": 10, "одиннадцатого": 11, "двенадцатого": 12, "тринадцатого": 13, "четырнадцатого": 14,
    "пятнадцатого": 15, "шестнадцатого": 16, "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19,
    "двадцатого": 20, "тридцатого": 30,
    **{f"{tens} {unit}": base + value for tens, base in (("twenty", 20), ("двадцать", 20), ("thirty", 30), ("тридцать", 30))
       for unit, value in _ORDINAL_UNITS.items() if base + value <= 31 and (unit.isascii() == tens.isascii())},
    **{f"twenty-{unit}": 20 + value for unit, value in _ORDINAL_UNITS.items() if unit.isascii()},
    "thirty-first": 31,
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
# "twenty-two" before "two", so that "Twenty-two years ago" is not read as "two years ago"
_NUM = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty)-(?:one|two|three|four|five|six|seven|eight|nine)|"
        + "|".join(sorted((k for k in NUMBERS if k != "six_fr"), key=len, reverse=True)) + r")")
_ORDINAL = "|".join(day.replace(" ", r"\s+") for day in sorted(ORDINAL_DAYS, key=len, reverse=True))
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_YEAR = r"(1[89]\d\d|20[0-4]\d)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# A year, and the time of speaking relative to it: "last year", «прошлого года», "l'an dernier".
_SPEAKING_YEAR = (r"(?:(?:of\s+)?(?:last|this|next)\s+year|(?:de\s+)?l['’]ann[ée]e\s+(?:derni[èe]re|prochaine)|(?:de\s+)?l['’]an\s+dernier"
                  r"|(?:de\s+)?cette\s+ann[ée]e|dernier|прошлого\s+года|этого\s+года|текущего\s+года|следующего\s+года)")

# "14 November of that year", «le 3 mai de la même année»: the year of the previous date (a chain).
_THAT_YEAR = r"(of\s+(?:that|the\s+same)\s+year|de\s+(?:la\s+même|cette)\s+ann[ée]e|того\s+же\s+года)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Weekday names as the patterns below take them (French; Russian after «в»), Monday first.
_WEEKDAY_NAMES = {name: i for names in (_WEEKDAYS, ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
                                        ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"))
                  for i, name in enumerate(names)}
_PATTERNS = [
    # 2024-06-05, 2018-04 (a record's field, a dateline)
    ("iso", re.compile(r"(?<![\w./-])(1[89]\d\d|20[0-4]\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\w/-]|\.\d)")),
    # 2019.04.11, 2017.06: a register's dates, year first with dots as Chinese forms and their
    # translations write them (no version number or amount: the year is 18xx–204x, the month two digits)
    ("iso", re.compile(r"(?<![\w./-])(1[89]\d\d|20[0-4]\d)\.(0[1-9]|1[0-2])(?:\.(0[1-9]|[12]\d|3[01]))?(?![\w/-]|\.\d)")),
    # 12-06-1986, 11/05/2010: a form's field; day first unless the text writes its dates month first
    # ("March 3, 2019" and no "3 March 2019": `find_dates`), and always when the first number cannot be a month
    ("numeric", re.compile(r"(?<![\w./-])(0?[1-9]|[12]\d|3[01])([-/])(0?[1-9]|[12]\d|3[01])\2(1[89]\d\d|20[0-4]\d)(?![\w/-]|\.\d)")),
    # 15.05.2017: day first, as Russian, French and German write dates with dots
    ("dotted", re.compile(r"(?<![\w./-])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(1[89]\d\d|20[0-4]\d)(?![\w/-]|\.\d)")),
    # March 23, 2017 / March 23rd 2017
    ("mdy", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I)),
    # The first day of a range whose month and year come after the second: "22-23 October 2025",
    # "7 and 14 May 2024", «du 3 au 5 mai 2019» (the span is the first day; the second is a "dmy")
    ("d_range", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s*(?:[-–]|and|&|to|et|au|и|по)\s*"
                           rf"(?=\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+{_YEAR})", re.I)),
    # The first month of a range whose year comes after the second: "between March and June 2025",
    # «de mars à juin 2019» (a month after the second belongs to the year before: "November to January 2024")
    ("m_range", re.compile(rf"\b({_MONTH})\s+(?:and|to|until|till|through|[-–]|et|à|au|и|по|до)\s+"
                           rf"(?=({_MONTH})\.?,?\s+{_YEAR})", re.I)),
    # 28 November 2025 / le 3 avril 2017 / 3 апреля 2017 года
    ("dmy", re.compile(rf"{_WEEKDAY}\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+{_YEAR}(?:\s+(?:года|г\.))?", re.I)),
    # the twelfth of July 2018 / двенадцатого июля 2018 года
    ("dmy_words", re.compile(rf"\b(?:the\s+)?({_ORDINAL})\s+(?:of\s+)?({_MONTH})\.?,?\s+{_YEAR}(?:\s+(?:года|г\.))?", re.I)),
    # "Navruz 2016", "the Nowruz festival of 2021", «Наурыз 2015 года»: the spring new year, 21 March
    ("nowruz", re.compile(rf"\b(?:Nowruz|Nauryz|Navruz|Nooruz|Norouz|Newroz|Наурыз\w*|Навруз\w*|Нооруз\w*|Nevruz)"
                          rf"(?:\s+(?:holidays?|festival|celebrations?|праздник\w*))?,?\s+(?:of\s+)?{_YEAR}\b(?:\s+(?:года|г\.))?", re.I)),
    # March 2017 / avril 2017 / в марте 2017 года
    ("my", re.compile(rf"\b({_MONTH})\.?,?\s+(?:of\s+)?{_YEAR}\b(?:\s+(?:года|г\.))?", re.I)),
    # October 15 last year
    ("md_rel", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(last|this|next)\s+year\b", re.I)),
    # 2 septembre dernier / 20 May last year: that day of the month the phrase names
    ("dm_rel", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+({_SPEAKING_YEAR})\b", re.I)),
    # December last year / March this year / décembre dernier / в декабре прошлого года
    ("m_rel", re.compile(rf"\b({_MONTH})\.?,?\s+({_SPEAKING_YEAR})\b", re.I)),
    # March 23 (no year)
    ("md", re.compile(rf"\b({_MONTH})\.?[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s+{_THAT_YEAR})?(?![,.]?\s*\d|\s*(?:%|kg|km|people|years|hours))", re.I)),
    # 23 March (no year)
    ("dm", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?:\s+{_THAT_YEAR})?(?!\.?,?\s+(?:of\s+)?\d)", re.I)),
    # The first days of a list or range of days that share one month and no year: "the 3rd and 5th of
    # May", "2, 4 and 6 July", «3 и 5 мая» (each day a date; the span is the day; the last is a "dm")
    ("dm_range", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s*(?:[-–,]|and|&|to|et|au|и|по)\s*"
                            rf"(?=(?:(?:the\s+)?\d{{1,2}}(?:er|st|nd|rd|th)?\s*(?:,|and|&|et|и)\s*)*(?:the\s+)?"
                            rf"\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?!\.?,?\s+(?:of\s+)?\d))", re.I)),
    # in December (no year; the span is the month)
    # ("the end of February", «в конце февраля»: the qualifier is kept by `_qualify`)
    ("m", re.compile(rf"\b(?:in|during|by|since|until|from|of|en|au\s+mois\s+de|в|во|с|конце|начале|середине)\s+"
                     rf"(?:(?:early|mid|late)[\s-]+)?({_MONTH})\b(?!\.?,?[ \t]*\d)", re.I)),
    # the second year of a life span or a term in parentheses: "(1931-2009)"
    ("y", re.compile(r"(?<=\([12]\d\d\d[-–])((?:1[89]|20)\d\d)(?=\))")),
    # in 2006 / 2019 (a bare year) / mid-2019
    ("y", re.compile(rf"(?:(?<=mid-)|(?<=mi-)|(?<![\d.,/:¥$€£#-]))(?<!No\. )(?<!cell )\b{_YEAR}\b(?![\d,.]\d|\s*(?:%|kg|km|people|men|internees|prisoners|square|-square))(?:\s+(?:года|году|г\.))?")),
]
_RELATIVE = [
    ("next_day", re.compile(r"\b(?:the\s+)?(?:next|following)\s+(day|morning|week|month|year)\b|\ble\s+lendemain\b|\bна\s+следующий\s+день\b", re.I)),
    ("next_day", re.compile(r"\b(?:la\s+|le\s+|l['’])(semaine|mois|année)\s+suivante?\b|\bна\s+следующ(?:ей|ий)\s+(неделе|месяц|год)\b", re.I)),
    # "the following spring", «le printemps suivant», «следующей весной»: the next such season
    ("next_season", re.compile(r"\b(?:the\s+)?(?:following|next)\s+(spring|summer|autumn|fall|winter)\b"
                               r"|\b(?:le\s+|l['’])(printemps|été|automne|hiver)\s+suivant\b"
                               r"|\bследующ(?:ей|им)\s+(весной|летом|осенью|зимой)\b", re.I)),
    ("day_before", re.compile(r"\b(?:the\s+)?(?:day|night)\s+before\b(?!\s+(?:the|my|his|her|I))|\bla\s+veille\b", re.I)),
    # "half a year later" (before "a year later" reads its end); «через полгода» below: six months
    # "a year and a half later", « un an et demi plus tard »: eighteen months
    ("later", re.compile(r"\b()(half\s+a\s+year|a\s+year\s+and\s+a\s+half|one\s+and\s+a\s+half\s+years|un\s+an\s+et\s+demi)\s+"
                         r"(?:later|after(?=\s*[,.;])|plus\s+tard)", re.I)),
    ("later", re.compile(rf"\b({_NUM})\s+({_UNIT})\s+(?:later|after(?=\s*(?:[,.;]|I\b|we\b|he\b|she\b|they\b))|plus\s+tard|après(?=\s*[,.;])|после\s+этого|спустя)", re.I)),
    ("later", re.compile(rf"\b(?:спустя|через)\s+({_NUM})\s+({_UNIT})\b", re.I)),
    # "a month before", "two weeks earlier": back from the anchor
    ("before", re.compile(rf"\b(a|an|one|{_NUM})\s+({_UNIT})\s+(?:before|earlier|plus\s+tôt|раньше)\b(?!\s+(?:my|his|her|their|our|I|we|he|she|they|you|the|a|an)\b)", re.I)),
    # "two weeks after the meeting", «trois semaines après le verdict»: after something told before
    ("later", re.compile(rf"\b({_NUM})\s+({_UNIT})\s+(?:after|après)(?=\s+(?:the|that|this|le|la|l['’]|ce|cette)\s)", re.I)),
    ("later", re.compile(r"\b()(?:через|спустя)\s+(неделю|месяц|год|полгода|полтора\s+года)\b(?!\s+после)", re.I)),
    # "the same day", "that year", «le même jour», «в том же году»: the anchor at that precision
    # "that autumn", "the same winter", «cet été-là»: the anchor's year, the season kept
    ("same_season", re.compile(r"\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+(?:that|the\s+same)\s+year\b"
                               r"|\b(весной|летом|осенью|зимой)\s+того\s+же\s+года\b"
                               r"|\b(?:au\s+|à\s+l['’]|en\s+)(printemps|été|automne|hiver)\s+de\s+la\s+même\s+année\b"
                               r"|\b(?:the\s+same|that(?:\s+same)?)\s+(spring|summer|autumn|fall|winter)\b|\bce(?:t|tte)?\s+(printemps|été|automne|hiver)(?:-là)?\b"
                               r"|\bтой\s+же\s+(весной|летом|осенью|зимой)\b", re.I)),
    # ("since that morning", "after that night" date no act: they open a time since)
    # ("seized on the same night in May 2019": the same as each other, dated by what follows, not by an anchor)
    ("same", re.compile(r"(?<!since )(?<!after )(?<!until )\b(?:the\s+same|that(?:\s+same)?)\s+(day|week|month|year|morning|evening|night)\b"
                        rf"(?!,?\s+(?:in|of|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{4}}|(?:{_MONTH})\b))"
                        r"|\b(?:le|la)\s+même\s+(jour|mois|année)\b"
                        r"|\b(?:в\s+)?(?:тот\s+же|том\s+же|тот\s+же\s+самый)\s+(день|вечер|месяце|году|месяц|год)\b", re.I)),
    # "that September": the month in the year of the date before
    ("that_month", re.compile(rf"\bthat\s+({_MONTH})\b(?!\.?,?\s+\d)", re.I)),
    # … "the previous month", "the preceding year", « le mois précédent », «в предыдущем месяце»
    ("month_before", re.compile(r"\bthe\s+(month|year|week)\s+before\b(?!\s+(?:the|my|his|her|I)\b)"
                                r"|\bthe\s+(?:previous|preceding)\s+(month|year|week)\b(?!['’]s?\b)"  # not "the previous week's grid"
                                r"|\b(?:le|l['’]|la)\s*(mois|année|semaine)\s+précédente?\b"
                                r"|\bв\s+предыдущ(?:ем|ей)\s+(месяце|году|неделе)\b", re.I)),
    # "the following March", «en mars suivant»: the next such month after the anchor
    ("following_month", re.compile(rf"\b(?:the\s+)?following\s+({_MONTH})\b|\ben\s+({_MONTH})\s+suivant\b", re.I)),
    # Said from the time of speaking, counted from the document's date: "last Friday", "yesterday",
    # "four years ago", "last spring", "last November".
    ("weekday", re.compile(r"\b(?:(last|this\s+past)\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+\d)", re.I)),
    ("weekday", re.compile(r"\b()(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(dernier)\b"
                           r"|\bв\s+()(прошл\w+)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)),
    # "said on Tuesday", "at Tuesday's vigil", «в субботу»: the latest such day up to the document's
    # (or its entry's) date
    # (not a habit, "on Tuesday and Thursday afternoons", nor what will be, "On Thursday, she will speak")
    ("weekday", re.compile(r"(?:(?<=\b[oO]n )|\b(?=\w+['’]s\s))()(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?!,?\s+(?:\d|the\s+\d)|\s+(?:and|or)\s+\w+day|[^.;\n]{0,40}\b(?:will|shall|is\s+going\s+to)\b)"
                           r"|\bв(?:о)?\s+()(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b(?!,?\s+\d)")),
    ("yesterday", re.compile(r"\b(yesterday|the\s+day\s+before\s+yesterday|hier|avant-hier|вчера|позавчера)\b", re.I)),
    ("ago", re.compile(rf"\b(?:(?:more\s+than|over|almost|nearly|about|some)\s+)?({_NUM})\s+({_UNIT})\s+ago(\s+today)?\b"
                       rf"|\bil\s+y\s+a\s+()({_NUM})\s+({_UNIT})\b|\b({_NUM})\s+({_UNIT})\s+назад\b", re.I)),
    # "today", "this morning", «сегодня»: the day of the entry they are written in, or the document's
    # ("aujourd'hui" and "tonight" are left out: in the tuning texts they say "nowadays" or frame a
    # speech far more often than they date an act)
    ("today", re.compile(r"\b(today|this\s+morning|ce\s+matin|сегодня)\b(?!['’]s)", re.I)),
    ("yesterday", re.compile(r"\b(last\s+night)\b", re.I)),
    ("last_season", re.compile(r"\blast\s+(spring|summer|autumn|fall|winter)\b|\b(?:l['’])?(printemps|été|automne|hiver)\s+derni(?:er|ère)\b"
                               r"|\bпрошл(?:ой|ым)\s+(весной|летом|осенью|зимой)\b|\bпрошлого\s+(лета)\b|\bпрошлой\s+(весны|осени|зимы)\b", re.I)),
    # "this summer", "this September": the document's year, when that season or month has begun by its date
    ("this_season", re.compile(rf"\bthis\s+(spring|summer|autumn|fall|winter|({_MONTH}))\b|\b(?:этой|этим)\s+(весной|летом|осенью)\b", re.I)),
    ("last_month", re.compile(rf"\blast\s+({_MONTH})\b", re.I)),
    ("last_month", re.compile(rf"\bв\s+прошлом\s+({_MONTH})\b", re.I)),  # «в прошлом ноябре»: "last November"
    ("speaking", re.compile(
        r"\b(?:(?:this|last|next)\s+year|(?:last|this)\s+month|(?<!the\s)(?:last|this)\s+week(?!\s+of\b))\b"
        r"|\bl['’]ann[ée]e\s+(?:derni[èe]re|prochaine)\b|\bl['’]an\s+dernier\b|\bcette\s+ann[ée]e\b"
        r"|\b(?:la\s+semaine|le\s+mois)\s+derni(?:er|ère)\b"
        r"|\bв\s+(?:прошлом|этом|следующем|текущем)\s+году\b|\b(?:прошлого|этого|текущего)\s+года\b"
        r"|\bна\s+прошлой\s+неделе\b|\bв\s+прошлом\s+месяце\b", re.I)),
]
_SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter",
            "printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter",
            "весной": "spring", "летом": "summer", "осенью": "autumn", "зимой": "winter",
            "весны": "spring", "лета": "summer", "осени": "autumn", "зимы": "winter"}
# What a phrase said from the time of speaking means, in the words dateparser reads.
_SPEAKING = [  # weeks and months first: "la semaine dernière" is no "last year"
    (re.compile(r"last\s+week|semaine\s+derni|прошлой\s+неделе", re.I), "last week"),
    (re.compile(r"last\s+month|mois\s+derni|прошлом\s+месяце", re.I), "last month"),
    (re.compile(r"this\s+month", re.I), "this month"),
    (re.compile(r"this\s+week", re.I), "this week"),
    (re.compile(r"last\s+year|derni|прошл\w*\s+год", re.I), "last year"),
    (re.compile(r"next\s+year|prochaine|следующ\w*\s+год", re.I), "next year"),
    (re.compile(r"this\s+year|cette|(?:этом|текущем)\s+году|(?:этого|текущего)\s+года", re.I), "this year"),
]
# A qualifier right before a year or month: (name, words). Seasons keep the year's precision.
_QUALIFIERS = [
    ("early", r"early|the\s+beginning\s+of|the\s+start\s+of|(?:au\s+)?d[ée]but(?:\s+d[e'’]\s*(?:l['’]ann[ée]e)?)?|в\s+начале"),
    ("mid", r"mid-?|the\s+middle\s+of|(?:à\s+la\s+)?mi-|au\s+milieu\s+d[e'’]\s*(?:l['’]ann[ée]e)?|в\s+середине"),
    ("late", r"late|the\s+end\s+of|the\s+last\s+(?:week|days|weeks|months?)\s+of|(?:à\s+la\s+)?fin(?:\s+d[e'’]\s*(?:l['’]ann[ée]e)?)?|в\s+конце"),
    ("spring", r"(?:the\s+)?spring(?:\s+of)?|(?:au\s+)?printemps(?:\s+d[e'’])?|весной"),
    ("summer", r"(?:the\s+)?summer(?:\s+of)?|(?:à\s+l['’]|en\s+)été(?:\s+d[e'’])?|летом"),
    ("autumn", r"(?:the\s+)?(?:autumn|fall)(?:\s+of)?|(?:à\s+l['’]|en\s+)automne(?:\s+d[e'’])?|осенью"),
    ("winter", r"(?:the\s+)?winter(?:\s+of)?|(?:à\s+l['’]|en\s+)hiver(?:\s+d[e'’])?|зимой"),
]
_QUALIFIER = re.compile(
    "(?:" + "|".join(rf"(?P<{name}>(?<![\w-])(?:{words}))" for name, words in _QUALIFIERS) + r")\s*$", re.I)
# A date that frames a general statement, not an event: "held thousands since April 2017".
_BACKGROUND = re.compile(r"(?:\bsince|\bdepuis|(?<!\w)с|\bначиная\s+с)\s+(?:(?:early|mid|late|the)\s+)?$", re.I)
_DURATION = re.compile(
    rf"\b(?:for|during|lasted|pendant|durant|в\s+течение)\s+(?:about\s+|almost\s+|over\s+|nearly\s+)?"
    rf"(({_NUM})\s+({_UNIT})(?:\s+(?:and|et|и)\s+(?:a\s+half|({_NUM})\s+({_UNIT})))?)\b"
    rf"|\b(({_NUM})\s+({_UNIT})\s+and\s+({_NUM})\s+({_UNIT}))\b"
    rf"|\bbeen\s+(?:detained|held|locked\s+up|imprisoned)\s+for\s+(({_NUM})\s+({_UNIT}))\b",
    re.I,
)
_STARTS_SENTENCE_MONTHS = ("may", "mar", "march")


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if "-" in token:  # "twenty-three"
        parts = [NUMBERS.get(part) for part in token.split("-")]
        return sum(parts) if len(parts) == 2 and None not in parts and parts[0] >= 20 and parts[1] < 10 else None
    return NUMBERS.get(token)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def calendar_mention(start: int, end: int, year: int, month: int | None = None, day: int | None = None,
                     relative: bool = False) -> DateMention | None:
    """A date mention at [start, end) at the precision its parts give (a year; a month; a day), or
    None for a day that does not exist (31 February)."""
    if month is None:
        return DateMention(start, end, f"{year:04d}", "year", relative)
    if day is None:
        return DateMention(start, end, f"{year:04d}-{month:02d}", "month", relative)
    try:
        return DateMention(start, end, date(year, month, day).isoformat(), "day", relative)
    except ValueError:
        return None


def shift(anchor: DateMention, amount: int, unit: str, exact: bool = False, within_year: bool = False) -> DateMention | None:
    """The anchor moved by amount units, at the coarser of the two precisions; weeks from a day
    give the month they fall in ("two weeks later" names no day; "the next week" does, and
    with `exact` so do weeks counted from an event, "two weeks after my arrest"), a few days or weeks from a month
    stay in that month ("two days later", after "in January"), longer from a month give the year;
    from a year, with `within_year` (the year told in the same sentence: "held in 2018 and released
    three months later"), a few days, weeks or (but from its late part) months later stay in that
    year, as the writers of every tuning set date them; otherwise, and further, a year gives nothing
    (a year in an earlier sentence is too often a background year to count from)."""
    parts = [int(x) for x in anchor.value.split("-")]
    if unit == "Y":
        return DateMention(0, 0, f"{parts[0] + amount:04d}", "year", True)
    if anchor.precision == "year":
        late = anchor.qualifier in ("late", "autumn", "winter")
        near = {"D": 31, "W": 6, "M": 0 if late else 3}[unit]
        return DateMention(0, 0, f"{parts[0]:04d}", "year", True) if within_year and 0 <= amount <= near else None
    if unit == "M":
        total = parts[0] * 12 + (parts[1] - 1) + amount
        return DateMention(0, 0, f"{total // 12:04d}-{total % 12 + 1:02d}", "month", True)
    if anchor.precision == "month":
        if (unit == "D" and abs(amount) <= 7) or (unit == "W" and abs(amount) <= 2):
            return DateMention(0, 0, anchor.value, "month", True)
        return DateMention(0, 0, f"{parts[0]:04d}", "year", True) if abs(amount) <= 8 else None
    days = amount * (7 if unit == "W" else 1)
    moved = date(*parts) + timedelta(days=days)
    if unit == "W" and abs(amount) > 1 and not exact:
        return DateMention(0, 0, f"{moved.year:04d}-{moved.month:02d}", "month", True)
    return DateMention(0, 0, moved.isoformat(), "day", True)


def _parse_speaking(phrase: str, document_date: date) -> tuple[date, str] | None:
    """(date, dateparser's period) of an English relative phrase, counted from the document's date."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(document_date.year, document_date.month, document_date.day),
        "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True})
    data = parser.get_date_data(phrase)
    return (data.date_obj.date(), data.period) if data.date_obj else None


def _speaking_year(words: str, document_date: date | None) -> int | None:
    """The year that "last year", «в этом году», "dernier" name, from the document's date."""
    if document_date is None:
        return None
    canonical = next((english for pattern, english in _SPEAKING if pattern.search(words)), None)
    if canonical is None or not canonical.endswith("year"):
        return None
    parsed = _parse_speaking(canonical, document_date)
    return parsed[0].year if parsed else None


def _speaking(words: str, document_date: date | None) -> DateMention | None:
    """A phrase said from the time of speaking ("last week"), at the precision it names."""
    if document_date is None:
        return None
    canonical = next((english for pattern, english in _SPEAKING if pattern.search(words)), None)
    parsed = _parse_speaking(canonical, document_date) if canonical else None
    if parsed is None:
        return None
    when, period = parsed
    if period == "year":
        return DateMention(0, 0, f"{when.year:04d}", "year", True)
    if period == "month":
        return DateMention(0, 0, f"{when.year:04d}-{when.month:02d}", "month", True)
    if period == "week":
        monday = when - timedelta(days=when.weekday())
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return DateMention(0, 0, f"{monday.year:04d}-{monday.month:02d}", "month", True)
        if monday.year == sunday.year:
            return DateMention(0, 0, f"{monday.year:04d}", "year", True)
    return None


def _latest_month(month: int, document_date: date | None, before: bool = False) -> DateMention | None:
    """The latest such month up to (or, with `before`, strictly before) the document's month."""
    if document_date is None:
        return None
    from calendar import month_name

    parsed = _parse_speaking(month_name[month], document_date)
    if parsed is None:
        return None
    year = parsed[0].year
    if before and (year, month) == (document_date.year, document_date.month):
        year -= 1
    return DateMention(0, 0, f"{year:04d}-{month:02d}", "month", True)


@cache
def _scanners() -> list[tuple[str, re.Pattern, alternation.Alternation | None]]:
    """(kind, pattern, scanner) of every date pattern, in order. The scanner, for a case-insensitive
    pattern whose first words can be read ("\\b(January|…)"), tries the pattern only where those
    words are (`guwah.extract.alternation`: the same matches as `pattern.finditer`); None scans the
    whole text."""
    found = []
    for kind, pattern in [*_PATTERNS, *_RELATIVE]:
        scanner = alternation.Alternation([pattern.pattern]) if pattern.flags & re.I else None
        found.append((kind, pattern, scanner if scanner and scanner.by_words else None))
    return found


def find_dates(doc: Doc) -> None:
    """Fill doc.dates (in text order, relative ones resolved) and doc.durations.

    A phrase said from the time of speaking is resolved from `doc.document_date`; without one it
    is left out, and a warning says how many were.
    """
    text = doc.text
    found: list[tuple[int, int, str, tuple]] = []
    taken = SpanSet()

    words = alternation.prepared(doc)
    for kind, pattern, scanner in _scanners():
        for match in (scanner.finditer(words) if scanner else pattern.finditer(text)):
            start, end = match.span()
            if kind in ("m", "d_range", "m_range", "dm_range"):
                start, end = match.span(1)
            if not taken.overlaps((start, end)):
                found.append((start, end, kind, match.groups()))
                taken.add((start, end))
    found.sort()

    dates: list[DateMention] = []
    anchor: DateMention | None = None
    entry: date | None = None  # the date heading the diary entry, log line or update being read
    month_first = any(kind == "mdy" for *_s, kind, _g in found) and not any(kind == "dmy" for *_s, kind, _g in found)
    unresolved = 0
    for start, end, kind, groups in found:
        paragraph_start = text.rfind("\n", 0, start) + 1
        same_paragraph = anchor is not None and (anchor.start >= paragraph_start or _same_interview(text, anchor, start))
        heading = not text[paragraph_start:start].strip() and not text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].strip(" .:")
        if kind == "numeric" and month_first and int(groups[0]) <= 12:
            groups = (groups[2], groups[1], groups[0], groups[3])
        # Said from the time of writing: from the entry's date when the text is dated entry by entry.
        # ("Five days ago" in a log's entry of 6 May counts from the 6th: h-x33p.)
        spoken = (entry or doc.document_date) if kind in ("today", "yesterday", "weekday", "ago") else doc.document_date
        same_sentence = anchor is not None and not _SENTENCE_END.search(text, anchor.end, start)
        after = text[end:end + 30] if kind == "m" else ""
        mention = _normalise(kind, groups, anchor, text[start:end], spoken, same_paragraph, heading, same_sentence,
                             that_year=bool(re.match(rf"\s+{_THAT_YEAR}", after, re.I)),
                             deadline=kind == "m" and bool(re.search(r"\bby\s+$", text[max(0, start - 4):start])))
        if mention is None:
            verb = kind == "m" and groups[0].lower() in _STARTS_SENTENCE_MONTHS and groups[0][0].islower()
            if kind in ("speaking", "m_rel", "md_rel", "dm_rel", "m", "weekday", "today", "yesterday", "ago", "last_season",
                        "last_month", "this_season") \
                    and not verb:
                unresolved += 1
            continue
        mention.start, mention.end = start, end
        _qualify(text, mention)
        dates.append(mention)
        if mention.precision == "day" and entry_heading(text, start, end):
            entry = date.fromisoformat(mention.value)
        # An aside ("(from June 10 to September 10)") and a background date are no anchor.
        if not _in_parentheses(text, start) and not _BACKGROUND.search(text[max(0, mention.start - 20):mention.start]):
            anchor = mention
    if unresolved and doc.document_date is None:
        doc.warnings.append(f"{counted(unresolved, 'date')} said from the time of speaking (\"last year\", \"in "
                            "December\") left unresolved: the document has no date")
    doc.dates = dates
    doc.durations = list(_durations(text))


_SENTENCE_END = re.compile(r"[.!?。！？؟]\s|\n")


def entry_heading(text: str, start: int, end: int) -> bool:
    """Whether a day heads what follows, as a diary entry's, a log line's or an update's date does
    ("2 December", "Update 2 · 20 November 2024"): a short line, with no field's label before the
    date ("Born: 12-06-1986" heads nothing), a log line's date before its fields ("WED 6 MAY 2020 | 09:30 |
    …"), or a chat message's stamp ("[03.05.2021, 18:10] Name: …",
    `_MESSAGE_STAMP`): the day its message speaks from (h-x33p)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    before = text[line_start:start]
    stamp = _MESSAGE_STAMP.match(text, line_start)
    if stamp and stamp.end() >= end or _LOG_LINE.fullmatch(before) and re.match(r"[ \t]*\|", text[end:end + 4]):
        return True
    return len(line.strip()) <= 60 and ":" not in before and not re.search(r"\b(?:born|née?|род)", before, re.I)


# What may open a log's line before its date ("WED 6 MAY 2020 | 09:30 | …"): a weekday, nothing else.
_LOG_LINE = re.compile(r"[ \t]*(?:[A-Za-zА-Яа-яЁё]{2,11}\.?,?[ \t]+)?")
# A message's stamp opening its line in an exported chat: "[03.05.2021, 18:10] Name: …", "03/05/2021, 18:10 - Name: …".
_MESSAGE_STAMP = re.compile(r"[ \t]*\[?[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:\]|[-–])")


# A line of an interview transcript: a speaker's tag ("Q:", "A:", "GQ:", "Interviewer:").
_TAGGED_LINE = re.compile(r"^\s*[A-Z][\w.]{0,14}:\s")


def _same_interview(text: str, anchor: DateMention, start: int) -> bool:
    """Whether a date follows its anchor in one interview transcript: the lines between are all
    questions and answers (each opens with a speaker's tag, at most four), so the answer goes on
    telling the story the earlier answer dated ("18 March 2017 … Q: Where were you taken? A: …
    In May they moved me" is May 2017)."""
    lines = [line for line in text[anchor.end:start].split("\n")[1:] if line.strip()]
    return 0 < len(lines) <= 4 and all(_TAGGED_LINE.match(line) for line in lines) \
        and bool(_TAGGED_LINE.match(text[text.rfind("\n", 0, anchor.start) + 1:anchor.start] or ""))


def _qualify(text: str, mention: DateMention) -> None:
    """Keep "early", "mid-", "spring of"… said right before a year or month, in the span too."""
    if mention.precision == "day":
        return
    match = _QUALIFIER.search(text[max(0, mention.start - 40):mention.start])
    if match is None:
        return
    mention.qualifier = match.lastgroup
    mention.start -= len(match.group())


def _in_parentheses(text: str, offset: int) -> bool:
    before = text[max(0, offset - 200):offset]
    before = before[before.rfind("\n") + 1:]
    return before.rfind("(") > before.rfind(")")


def _normalise(kind, groups, anchor, surface, document_date=None, same_paragraph=False, heading=False,
               same_sentence=False, that_year=False, deadline=False) -> DateMention | None:
    if kind == "mdy":
        month, day, year = MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        return _day(year, month, day)
    if kind == "dmy":
        day, month, year = int(groups[0]), MONTHS[groups[1].lower()], int(groups[2])
        return _day(year, month, day)
    if kind == "d_range":
        day, month, year = int(groups[0]), MONTHS[groups[1].lower()], int(groups[2])
        return _day(year, month, day)
    if kind == "m_range":
        if groups[0].lower() in _STARTS_SENTENCE_MONTHS and groups[0][0].islower():
            return None
        first, last, year = MONTHS[groups[0].lower()], MONTHS[groups[1].lower()], int(groups[2])
        return DateMention(0, 0, f"{year - (first > last):04d}-{first:02d}", "month")
    if kind == "dmy_words":
        day, month, year = ORDINAL_DAYS[" ".join(groups[0].lower().split())], MONTHS[groups[1].lower()], int(groups[2])
        return _day(year, month, day)
    if kind == "nowruz":
        return DateMention(0, 0, f"{int(groups[0]):04d}-03", "month")
    if kind == "my":
        month, year = MONTHS[groups[0].lower()], int(groups[1])
        if groups[0].lower() in ("may", "mar") and groups[0][0].islower():
            return None  # "may 2017" in lower case is rarely a month
        return DateMention(0, 0, f"{year:04d}-{month:02d}", "month")
    if kind == "dm_range":
        kind, groups = "dm", (groups[0], groups[1], None)
    if kind in ("md", "dm"):
        month_word, day = (groups[0], int(groups[1])) if kind == "md" else (groups[1], int(groups[0]))
        if month_word.lower() in _STARTS_SENTENCE_MONTHS and month_word[0].islower():
            return None  # the verb "may", "march"
        month = MONTHS[month_word.lower()]
        if groups[2]:  # "of that year": the previous date's year, wherever it was told
            return _day(int(anchor.value[:4]), month, day) if anchor else None
        if heading and anchor is not None and anchor.precision != "year":
            # a diary's or a log's entry headed "5 November": the year of the entry before, or the
            # next year when it comes earlier in the year than that entry
            year = int(anchor.value[:4])
            if anchor.precision == "day" and (month, day) < (int(anchor.value[5:7]), int(anchor.value[8:10])) \
                    or anchor.precision == "month" and month < int(anchor.value[5:7]):
                year += 1
            return _day(year, month, day)
        if not same_paragraph and document_date is not None:
            # A new paragraph's "On January 25": the latest January 25 up to the document's date.
            year = document_date.year - ((month, day) > (document_date.month, document_date.day))
            return _day(year, month, day)
        return _day(int(anchor.value[:4]), month, day) if anchor else None
    if kind == "m":
        month_word = groups[0]
        if month_word.lower() in _STARTS_SENTENCE_MONTHS and month_word[0].islower():
            return None
        month = MONTHS[month_word.lower()]
        # "Tohti was given nine years in 2017. We buried him in July.": the latest July by the
        # document's date, as the writers of the tuning sets date a month alone (10 in 10 where the
        # year of a date before it in its paragraph says otherwise, v7-v24). The year told stays for a
        # month in its own sentence ("in 2016, from October on"), the same month named just before
        # ("the shop is shut since May last year … went to Hotan in May"), a later month of a story
        # told month by month ("reached Aksu on 3 May 2017 … in September they moved her": not past the
        # document's date), and, with no document date, any month of its paragraph.
        # «в ноябре того же года», "in May of that year": the previous date's year, wherever it was told
        if anchor is not None and (that_year or same_sentence or same_paragraph and (
                document_date is None or _goes_on(anchor, month, document_date))):
            return DateMention(0, 0, f"{anchor.value[:4]}-{month:02d}", "month", True)
        if deadline:
            return None  # "will pay it by June": a limit to come, no date of the story
        return _latest_month(month, document_date)
    if kind == "y":
        return DateMention(0, 0, groups[0], "year")
    if kind == "dotted":
        return _day(int(groups[2]), int(groups[1]), int(groups[0]))
    if kind == "iso":
        return calendar_mention(0, 0, int(groups[0]), int(groups[1]), int(groups[2]) if groups[2] else None)
    if kind in ("weekday", "today", "yesterday", "ago", "last_season", "last_month", "this_season"):
        return _from_document(kind, groups, document_date)
    if kind == "numeric":
        return _day(int(groups[3]), int(groups[2]), int(groups[0]))
    if kind == "dm_rel":
        day, month = int(groups[0]), MONTHS[groups[1].lower()]
        if groups[2].lower() == "dernier":  # «le 2 septembre dernier»: the latest such day before the document's
            if document_date is None:
                return None
            year = document_date.year - ((month, day) >= (document_date.month, document_date.day))
        else:
            year = _speaking_year(groups[2], document_date)
        mention = _day(year, month, day) if year else None
        if mention:
            mention.relative = True
        return mention
    if kind == "md_rel":
        year = _speaking_year(groups[2] + " year", document_date)
        mention = _day(year, MONTHS[groups[0].lower()], int(groups[1])) if year else None
        if mention:
            mention.relative = True
        return mention
    if kind == "m_rel":
        month = MONTHS[groups[0].lower()]
        if groups[1].lower() == "dernier":  # "en décembre dernier": the latest December before
            return _latest_month(month, document_date, before=True)
        year = _speaking_year(groups[1], document_date)
        return DateMention(0, 0, f"{year:04d}-{month:02d}", "month", True) if year else None
    if kind == "speaking":
        return _speaking(surface, document_date)
    if anchor is None:
        return None
    if kind == "next_day":
        word = (groups[0] or "day").lower()
        unit = {"day": "D", "morning": "D", "week": "W", "month": "M", "year": "Y", "semaine": "W", "mois": "M",
                "année": "Y", "неделе": "W", "месяц": "M", "год": "Y"}.get(word, "D")
        return shift(anchor, 1, unit, within_year=same_sentence)
    if kind == "next_season":
        if anchor is None:
            return None
        word = next(g for g in groups if g).lower()
        season = _SEASONS[word]
        begins = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
        month = int(anchor.value[5:7]) if anchor.precision in ("month", "day") else 13
        year = int(anchor.value[:4]) + (month >= begins)
        mention = DateMention(0, 0, f"{year:04d}", "year", True)
        mention.qualifier = season
        return mention
    if kind == "day_before":
        return shift(anchor, -1, "D")
    if kind == "before":
        amount = 1 if groups[0].lower() in ("a", "an", "one") else _number(groups[0])
        return shift(anchor, -amount, UNITS[groups[1].lower()]) if amount else None
    if kind == "month_before":
        unit = {"month": "M", "year": "Y", "week": "W", "mois": "M", "année": "Y", "semaine": "W", "месяце": "M",
                "году": "Y", "неделе": "W"}[next(g for g in groups if g).lower()]
        return shift(anchor, -1, unit)
    if kind == "same_season":
        mention = DateMention(0, 0, anchor.value[:4], "year", True)
        mention.qualifier = _SEASONS[next(g for g in groups if g).lower()]
        return mention
    if kind == "same":
        precision = _SAME_PRECISION.get(next(g for g in groups if g).lower(), "month")
        if _PRECISIONS.index(precision) > _PRECISIONS.index(anchor.precision):
            precision = anchor.precision  # "the same day", after "in April 2018": that month
        value = anchor.value[:{"year": 4, "month": 7, "day": 10}[precision]]
        return DateMention(0, 0, value, precision, True)
    if kind == "that_month":
        if groups[0].lower() in _STARTS_SENTENCE_MONTHS and groups[0][0].islower():
            return None
        return DateMention(0, 0, f"{anchor.value[:4]}-{MONTHS[groups[0].lower()]:02d}", "month", True)
    if kind == "following_month":
        month = MONTHS[next(g for g in groups if g).lower()]
        anchor_month = int(anchor.value[5:7]) if anchor.precision != "year" else 12
        year = int(anchor.value[:4]) + (month <= anchor_month)
        return DateMention(0, 0, f"{year:04d}-{month:02d}", "month", True)
    if kind == "later":
        half = _HALF_YEARS.get(" ".join(groups[1].lower().split()))
        if half:  # «через полгода», "half a year later", «через полтора года», "a year and a half later"
            return shift(anchor, half, "M", within_year=same_sentence)
        amount = _number(groups[0]) if groups[0] else 1
        if amount is None:
            return None
        return shift(anchor, amount, UNITS[groups[1].lower()], within_year=same_sentence)
    return None


# Spans of time told in halves of a year, in months.
_HALF_YEARS = {"полгода": 6, "half a year": 6, "полтора года": 18, "a year and a half": 18, "one and a half years": 18,
               "un an et demi": 18}
_PRECISIONS = ("year", "month", "day")
_SAME_PRECISION = {"day": "day", "jour": "day", "день": "day", "morning": "day", "evening": "day", "night": "day",
                   "вечер": "day", "year": "year", "année": "year", "году": "year", "год": "year"}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _from_document(kind: str, groups: tuple, document_date: date | None) -> DateMention | None:
    """A phrase counted from the document's date: "last Friday" (the latest such day before it), "yesterday", "four years ago" (weeks ago name a month, "ago today" a day),
    "last spring" (the latest spring over before it, a year with the season kept), "last November".
    None without a document date."""
    if document_date is None:
        return None
    if kind == "weekday":
        # "last Friday", «vendredi dernier»: the latest Friday before the day; "on Friday": up to it
        words = [g.lower() for g in groups if g]
        weekday = next(_WEEKDAY_NAMES[w] for w in reversed(words) if w in _WEEKDAY_NAMES)
        strict = any(w.startswith(("last", "this", "dernier", "прошл")) for w in words)
        back = (document_date.weekday() - weekday) % 7 or (7 if strict else 0)
        return DateMention(0, 0, (document_date - timedelta(days=back)).isoformat(), "day", True)
    if kind == "today":
        return DateMention(0, 0, document_date.isoformat(), "day", True)
    if kind == "yesterday":
        word = groups[0].lower()
        back = 2 if word in ("avant-hier", "позавчера") or "before" in word else 1
        return DateMention(0, 0, (document_date - timedelta(days=back)).isoformat(), "day", True)
    if kind == "ago":
        number, unit, today = (groups[0], groups[1], groups[2]) if groups[1] else \
            (groups[4], groups[5], None) if groups[5] else (groups[6], groups[7], None)
        amount, unit = _number(number), UNITS[unit.lower()]
        if amount is None:
            return None
        if today and unit == "Y":
            moved = _valid(document_date.year - amount, document_date.month, document_date.day)
            return DateMention(0, 0, moved.isoformat(), "day", True) if moved else None
        if unit == "Y":
            return DateMention(0, 0, f"{document_date.year - amount:04d}", "year", True)
        if unit == "M":
            total = document_date.year * 12 + document_date.month - 1 - amount
            return DateMention(0, 0, f"{total // 12:04d}-{total % 12 + 1:02d}", "month", True)
        moved = document_date - timedelta(days=amount * (7 if unit == "W" else 1))
        if unit == "W":
            return DateMention(0, 0, f"{moved.year:04d}-{moved.month:02d}", "month", True)
        return DateMention(0, 0, moved.isoformat(), "day", True)
    if kind == "last_season":
        season = _SEASONS[next(g for g in groups if g).lower()]
        begins = _SEASON_MONTHS[season]
        # the latest such season over by the document's month (winter: the one begun a year before)
        year = document_date.year if document_date.month > begins + 2 else document_date.year - 1
        mention = DateMention(0, 0, f"{year:04d}", "year", True)
        mention.qualifier = season
        return mention
    if kind == "last_month":
        return _latest_month(MONTHS[groups[0].lower()], document_date, before=True)
    if kind == "this_season":
        word = next(g for g in groups if g).lower()
        if groups[1]:  # "this September": a month of the document's year up to its month
            month = MONTHS[word]
            if month > document_date.month or (groups[1].lower() in _STARTS_SENTENCE_MONTHS and groups[1][0].islower()):
                return None
            return DateMention(0, 0, f"{document_date.year:04d}-{month:02d}", "month", True)
        season = _SEASONS[word]
        if _SEASON_MONTHS[season] > document_date.month:
            return None  # not begun by the document's date: the one to come, or said loosely
        mention = DateMention(0, 0, f"{document_date.year:04d}", "year", True)
        mention.qualifier = season
        return mention
    return None


def _goes_on(anchor: DateMention, month: int, document_date: date) -> bool:
    """Whether a month alone goes on in the year of the month or day told before it: that month
    again, or a later one of that year not past the document's date (a year alone gives none)."""
    if anchor.precision == "year":
        return False
    told = int(anchor.value[5:7])
    return month == told or (month > told and (int(anchor.value[:4]), month) <= (document_date.year, document_date.month))


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
