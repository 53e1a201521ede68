"""The site's languages: gettext catalogues (Babel), the reader's choice, dates and numbers.

Catalogues are the `.po` files under `guwah/web/locale/<code>/LC_MESSAGES/messages.po`, read once
at start-up with Babel's `read_po` (no compile step: the package ships the `.po` files and nothing
else). English is the source language and needs no catalogue. To add or change a page string,
extract, update and translate (README.md, "Languages of the public site");
tests/web/test_i18n.py fails until every language has every message, with the same placeholders
and markup.

The reader's language, per request: `?lang=xx` (remembered in a cookie), else the cookie, else the
browser's Accept-Language, else English. A language the reader chose (by `?lang=` or the cookie)
stays in the address of every page: each link and form to a page keeps `lang=xx` (`url_for`,
`in_language`, `language_field`, `search_urls`), and so does a redirect to one (`remember_language`),
so that a copied address opens in that language and a browser without cookies keeps it from page to
page; a page opened by a bare address with the cookie moves to the address with the language
(`LanguageInAddress`). A reader who chose nothing gets bare links and no redirect, and their
language follows Accept-Language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations
from jinja2 import pass_context
from markupsafe import Markup, escape
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response

from guwah.errors import DATE_TERM, N_, Text

SOURCE_LANGUAGE = "en"
# English first (the source), then the languages of the people the site is for.
CODES = ("en", "ug", "zh", "ru", "kk")
LANGUAGE_COOKIE = "guwah_lang"
LANGUAGE_PARAMETER = "lang"
LOCALE_DIR = Path(str(resources.files("guwah.web"))) / "locale"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")


@dataclass(frozen=True)
class Language:
    """One language of the site: its code (BCP 47), its own name and its writing direction."""

    code: str
    name: str
    dir: str


def _language(code: str) -> Language:
    locale = Locale.parse(code)
    name = locale.get_display_name(locale)
    return Language(code, name[:1].upper() + name[1:],
                    "rtl" if locale.character_order == "right-to-left" else "ltr")


LANGUAGES: dict[str, Language] = {code: _language(code) for code in CODES}


def catalog_path(code: str) -> Path:
    """Where the catalogue of a language lives (English has none)."""
    return LOCALE_DIR / code / "LC_MESSAGES" / "messages.po"


@cache
def translations(code: str) -> NullTranslations:
    """The gettext translations of a language, read from its `.po` file once per process.

    Untranslated and fuzzy entries fall back to English. Raises KeyError for a code the site does
    not offer.
    """
    if code not in LANGUAGES:
        raise KeyError(code)
    if code == SOURCE_LANGUAGE:
        return NullTranslations()
    with catalog_path(code).open("rb") as po:
        catalog = read_po(po, locale=code)
    buffer = BytesIO()
    write_mo(buffer, catalog)  # in memory: the standard gettext machinery reads only .mo data
    buffer.seek(0)
    return Translations(buffer)


def _accepted(header: str) -> list[str]:
    """Language tags of an Accept-Language header, most preferred first (q=0 dropped)."""
    ranked = []
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        match = re.search(r"q\s*=\s*([^;\s]*)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    return [tag for *_, tag in sorted(ranked)]


def language_code(request: Request) -> str:
    """The language to answer `request` in: ?lang=, then the cookie, then Accept-Language, then en."""
    chosen = kept_language(request)
    if chosen is not None:
        return chosen
    preferred = _accepted(request.headers.get("accept-language", ""))
    found = Locale.negotiate(preferred, list(LANGUAGES), sep="-") if preferred else None
    return str(found.language) if found is not None and found.language in LANGUAGES else SOURCE_LANGUAGE


def chosen_language(request: Request) -> str | None:
    """The language ?lang= names on this request (one the site has), or None."""
    chosen = request.query_params.get(LANGUAGE_PARAMETER)
    return chosen if chosen in LANGUAGES else None


def kept_language(request: Request) -> str | None:
    """The language the reader chose (?lang=, else the cookie), which the page's links to pages keep
    in their addresses; None for a reader who chose none (their links stay as they were).

    Kept whenever chosen, even where Accept-Language would give the same: the address is for
    whoever opens it, whose browser may ask for another language."""
    scope = request.scope
    if "guwah.kept_language" not in scope:
        chosen = request.query_params.get(LANGUAGE_PARAMETER)
        if chosen not in LANGUAGES:
            chosen = request.cookies.get(LANGUAGE_COOKIE)
        scope["guwah.kept_language"] = chosen if chosen in LANGUAGES else None
    return scope["guwah.kept_language"]


# Paths whose answers are the same in every language: static files, the API's JSON and the open
# data downloads. Links to them never carry the reader's language.
UNLOCALIZED_PREFIXES = ("/static/", "/api/", "/open-data/", "/openapi.json")


def takes_language(path: str) -> bool:
    """Whether an address on this site (`path`, from its leading "/") is a page, whose links
    keep the reader's chosen language."""
    return not path.startswith(UNLOCALIZED_PREFIXES)


def with_language(url: str, code: str | None) -> str:
    """`url` with `lang=code` added to its query string (after its other parameters; before a
    fragment); `url` itself for no code, or one whose query already names a language."""
    if code is None:
        return url
    head, hash_, fragment = url.partition("#")
    base, question, query = head.partition("?")
    if question and any(key == LANGUAGE_PARAMETER for key, _ in parse_qsl(query, keep_blank_values=True)):
        return url
    joined = f"{base}?{query}&" if query else f"{base}?"
    return f"{joined}{LANGUAGE_PARAMETER}={code}{hash_}{fragment}"


def with_passage(url: str, passage: dict | None) -> str:
    """A document page's `url` (from `url_for`, its language kept) leading to `passage` ({"start",
    "end"}, `guwah.publish.with_passages`): `passage=START-END` added to its query (the page marks
    it) and `#p-START-END` (the page scrolls to the mark); `url` itself without a passage."""
    if not passage:
        return url
    span = f"{int(passage['start'])}-{int(passage['end'])}"
    head = url.partition("#")[0]
    base, question, query = head.partition("?")
    return f"{base}?{query + '&' if query else ''}passage={span}#p-{span}"


def in_language(request: Request, url: str) -> str:
    """`url` (a path on this site, or an absolute address of it) as a link of this request's page:
    with the reader's chosen language (`kept_language`) where it leads to a page."""
    code = kept_language(request)
    if code is None:
        return url
    path = urlsplit(url).path if "//" in url else url
    return with_language(url, code) if takes_language(path) else url


_COOKIE_NAMED = LANGUAGE_COOKIE.encode() + b"="  # looked for before a request is parsed: most have none


class LanguageInAddress:
    """ASGI middleware: a page asked for by GET without `lang=` from a reader whose cookie holds a
    chosen language is answered by a redirect (303) to the same address with `lang=xx` added, so the
    address bar shows the language from the first page on (a bookmark, a typed or a bare shared
    address), not only after the first click. A reader without the cookie, a request naming a
    language (even one the site lacks) and static files, the API and open data downloads
    (`takes_language`) pass through untouched."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if (scope["type"] == "http" and scope["method"] == "GET" and takes_language(scope["path"])
                and any(name == b"cookie" and _COOKIE_NAMED in value for name, value in scope["headers"])):
            request = Request(scope)
            if LANGUAGE_PARAMETER not in request.query_params and (code := kept_language(request)):
                from starlette.responses import RedirectResponse

                query = request.url.query
                address = request.url.path + (f"?{query}" if query else "")
                # Another reader (another cookie) gets another answer at this address.
                moved = RedirectResponse(with_language(address, code), status_code=303, headers={"Vary": "Cookie"})
                await moved(scope, receive, send)
                return
        await self.app(scope, receive, send)


@pass_context
def language_field(context) -> Markup:
    """For a form sent by GET (whose fields replace its action's query string): a hidden field
    keeping the reader's chosen language, or nothing for a reader who chose none."""
    code = kept_language(context["request"])
    return Markup(f'<input type="hidden" name="{LANGUAGE_PARAMETER}" value="{code}">') if code else Markup("")


def format_date(value: str | date | None, code: str) -> str:
    """A date for readers of language `code`: a full ISO date (or date) in the locale's long form, a
    year-month ("2017-10") as the locale's month and year (CLDR's yMMMM: "October 2017", "октябрь
    2017 г.", "2017年10月"); anything else (a year, an unknown or impossible date) as given."""
    if value is None:
        return ""
    if isinstance(value, str):
        if _ISO_MONTH.fullmatch(value) and 1 <= int(value[5:]) <= 12:
            return format_skeleton("yMMMM", date(int(value[:4]), int(value[5:]), 1), locale=code)
        if not _ISO_DATE.fullmatch(value):
            return value
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return str(value)
    return babel_format_date(value, "long", locale=code)


_ISO_YEAR = re.compile(r"\d{4}")


def date_says_precision(value: str | None, precision: str | None) -> bool:
    """Whether `format_date` of `value` already says its `precision`, so that a "(month)" beside
    "October 2017" would only repeat it: a year given as a year, a year-month as a month, a full
    date as a day. Where the date's form and its precision differ (a season or "early 2017" read
    as a month or a year, a day kept at a coarser precision) the text cannot say it: False."""
    if not value or not precision:
        return False
    if precision == "year":
        return bool(_ISO_YEAR.fullmatch(value))
    if precision == "month":
        return bool(_ISO_MONTH.fullmatch(value)) and 1 <= int(value[5:]) <= 12
    if precision == "day" and _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def format_number(value: Any, code: str) -> str:
    """A whole or decimal number in the locale's digits and grouping; anything else as given."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_decimal(value, locale=code)


# How a suppressed small count (`guwah.publish.suppress_small`) reads on a page.
FEWER_THAN = N_("fewer than %(number)s")


def format_count(value: Any, code: str) -> str:
    """A public count for readers of language `code`: a number in the locale's digits, or a small
    count that `guwah.publish.suppress_small` withheld said as "fewer than N" in that language."""
    from guwah.publish import SMALL_COUNT

    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, code)
    return translations(code).gettext(FEWER_THAN) % {"number": format_number(SMALL_COUNT, code)}


def _template_gettext(translation: NullTranslations):
    # The i18n extension's "newstyle" calls: autoescaped, %-formatted with keyword arguments.
    @pass_context
    def gettext(context, message: str, /, **variables) -> str:
        text = translation.gettext(message)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        # A message without placeholders or "%" is what %-formatting would give: a page calls
        # this tens of times, mostly for such messages.
        return text % variables if variables or "%" in text else text

    @pass_context
    def ngettext(context, singular: str, plural: str, num: int, /, **variables) -> str:
        variables.setdefault("num", num)
        text = translation.ngettext(singular, plural, num)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return gettext, ngettext


# The switcher's route: the one place that changes the remembered language (`switch_language`).
SWITCH_PATH = "/language"
NEXT_PARAMETER = "next"


# The longest page address (path and query string) the switcher's links come back to: a longer one
# (a pasted text as a search, refused as too long) is not echoed into the page once per language;
# its links come back to the page's path alone.
LONGEST_ADDRESS_KEPT = 2048


def language_links(request: Request) -> list[tuple[Language, str]]:
    """The switcher: each language with a link that remembers it and comes back to this page (the
    other query parameters kept, up to LONGEST_ADDRESS_KEPT) in it: SWITCH_PATH?lang=xx&next=<this
    page>. Only these links change the remembered language; a shared address with ?lang= shows its
    page and the links from it in that language and leaves the reader's own choice as it was."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != LANGUAGE_PARAMETER]
    here = request.url.path + ("?" + urlencode(kept) if kept else "")
    if len(here) > LONGEST_ADDRESS_KEPT:
        here = request.url.path
    # The page's address encoded once for every language (`urlencode` joins pairs with "&").
    tail = "&" + urlencode([(NEXT_PARAMETER, here)])
    return [(language, f"{SWITCH_PATH}?{urlencode([(LANGUAGE_PARAMETER, language.code)])}{tail}")
            for language in LANGUAGES.values()]


def switch_language(request: Request) -> Response:
    """The switcher's answer: a redirect (303) to `next` (a path on this site; "/" for anything
    else) with ?lang= the language chosen, remembering that language in a cookie (only the code;
    nothing about the reader). An unknown language changes nothing."""
    from starlette.responses import RedirectResponse

    target = request.query_params.get(NEXT_PARAMETER) or "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith(("//", "/\\")):
        target = "/"
        parts = urlsplit(target)
    code = chosen_language(request)
    if code is None:
        return RedirectResponse(target, status_code=303, headers={"Cache-Control": "no-store"})
    # Any language the target names gives way to the one chosen.
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != LANGUAGE_PARAMETER])
    moved = RedirectResponse(with_language(parts.path + (f"?{query}" if query else ""), code), status_code=303,
                             headers={"Cache-Control": "no-store"})
    moved.set_cookie(LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600, path="/", samesite="lax", httponly=True)
    return moved


def label(kind: str, code: Any, code_language: str) -> str:
    """The translated label of a code (`guwah.web.labels.LABELS[kind]`; a string also as its
    trimmed, case-folded form: "Female" is "female"; a kind's label for any code, `ANY_CODE`), or
    the code itself."""
    from guwah.web.labels import ANY_CODE, LABELS

    labels = LABELS.get(kind, {})
    known = (labels.get(code) or (labels.get(code.strip().casefold()) if isinstance(code, str) else None)
             or labels.get(ANY_CODE))
    return translations(code_language).gettext(known) if known else ("" if code is None else str(code))


def localize(message: str | Text, code: str) -> str:
    """A message for readers of language `code`: a `guwah.errors.Text` rendered through the catalogue,
    each `guwah.errors.Term` it names (a form's field, a precision, a state) as its label (`label`,
    as the forms show them), a string marked with N_ translated; a message the catalogue lacks stays
    in English. A Term of kind "date" (an ISO day) is the day in the locale's long form (`format_date`);
    a Text with plural forms (`Text.counted`) takes the form its count has in that language."""
    translation = translations(code)
    if isinstance(message, Text):
        return message.render(translation.gettext, lambda kind, value: format_date(value, code) if kind == DATE_TERM
                              else label(kind, value, code), translation.ngettext)
    return translation.gettext(message)


def localized_place(place_id: str | None, code: str, fallback: str | None = None) -> str:
    """The name of gazetteer place `place_id` for readers of language `code` (`guwah.places.place_name`);
    `fallback` (else the id itself) for an id the gazetteer does not hold, "" for no place at all."""
    from guwah.errors import NotFound
    from guwah.places import place_name

    if not place_id:
        return fallback or ""
    try:
        return place_name(place_id, code)
    except NotFound:
        return fallback or place_id


def facet_label(facet: str, value: str, shown: str, code: str) -> str:
    """A search facet's value for readers of language `code`: a place (county, prefecture) from the
    gazetteer, a coded value (`guwah.web.labels.CODED_FACETS`) through the catalogue, anything else
    as `shown` (the value's label as the library gives it)."""
    from guwah.web.labels import CODED_FACETS

    if facet in ("county", "prefecture"):
        return localized_place(value, code, shown)
    return label(facet, value, code) if facet in CODED_FACETS else shown


@pass_context
def place_name_filter(context, place_id: str | None, fallback: str | None = None) -> str:
    """The template filter `{{ gazetteer_id | place_name(fallback) }}`: the place in the page's language."""
    language = context.get("language")
    return localized_place(place_id, language.code if language else SOURCE_LANGUAGE, fallback)


@pass_context
def language_name_filter(context, tag: str | None) -> str:
    """The template filter `{{ document.language | language_name }}`: a text's language tag (BCP 47,
    "fr", "zh-Hans") named in the page's language by Babel ("French", "французский"); a tag Babel
    cannot read or name stays as it is."""
    if not tag:
        return ""
    language = context.get("language")
    try:
        locale = Locale.parse(tag, sep="-")
        name = locale.get_display_name(language.code if language else SOURCE_LANGUAGE)
    except (UnknownLocaleError, ValueError, TypeError, LookupError):  # "tlh": no locale data
        return tag
    # "und" (undetermined) parses as the likeliest locale, English (United States): no name then.
    return name if name and locale.language == tag.split("-")[0].lower() else tag


@pass_context
def masks_filter(context, text: str | None, tagged: bool = True) -> Markup:
    """The template filter `{{ document.text | masks }}`: a released text or title, escaped, with each
    mask that `guwah.redaction` writes into it ("[name withheld]", in English whatever the reader's
    language) said in the reader's language and tagged with it, so that a screen reader does not read
    it in the testimony's language. An English page shows the text as released. `tagged=False` for
    a place that holds text only (the page's <title>): the words alone."""
    language = context.get("language")
    escaped = escape(text or "")
    if language is None or language.code == SOURCE_LANGUAGE:
        return escaped
    gettext = context["gettext"]
    for mask, said, _why in _masks():
        words = f"[{gettext(context, said)}]"
        escaped = Markup(escaped.replace(escape(mask), Markup('<span class="withheld" lang="{}" dir="{}">{}</span>')
                                         .format(language.code, language.dir, words) if tagged else escape(words)))
    return escaped


@cache
def _masks() -> tuple[tuple[str, str, str], ...]:
    """Each mask `guwah.redaction` writes into a released text: (the mask, its words without the
    brackets, why a reader sees it: `masks_note_filter`)."""
    from guwah.redaction import DETAIL, QUOTED, WITHHELD

    return ((WITHHELD, N_("name withheld"),
             N_("%(mask)s stands for the name of a person who has not agreed to be named, or whose naming no "
                "reviewer has approved.")),
            (DETAIL, N_("detail withheld"),
             N_("%(mask)s stands for a detail that could identify the witness or their family, masked as a "
                "reviewer approved.")),
            (QUOTED, N_("quoted passage withheld"),
             N_("%(mask)s stands for a passage this text shares with a testimony the public may not read.")))


@pass_context
def masks_note_filter(context, text: str | None) -> Markup:
    """The template filter `{{ document.text | masks_note }}`: one short sentence per kind of mask the
    released text holds (`masks_filter`), saying why it is there, in the reader's language, escaped;
    "" for a text with no mask."""
    gettext = context["gettext"]
    return Markup(" ").join(gettext(context, why, mask=f"[{gettext(context, said)}]")
                            for mask, said, why in _masks() if text and mask in text)


def template_context(request: Request) -> dict[str, Any]:
    """What every page template gets: gettext/ngettext in the reader's language, the language and
    its direction, the switcher's links, code labels, and date and number formatting for that locale."""
    code = language_code(request)
    gettext, ngettext = _template_gettext(translations(code))
    from guwah.publish import DEFAULT_TITLES, status_sources
    from guwah.web.labels import CODED_FACETS, LABELLED_ATTRIBUTES, subject_text

    return {"label": lambda kind, value: label(kind, value, code), "labelled_attributes": LABELLED_ATTRIBUTES,
            # a release's subject ("entry E-7", "document 3") in the reader's language
            "subject_label": lambda kind, number: localize(subject_text(kind, number), code),
            "default_titles": DEFAULT_TITLES,
            "coded_facets": CODED_FACETS,
            # A message marked with N_ in Python, passed to the page as it is (no %-formatting), or a
            # `guwah.errors.Text` (`localize`).
            "translate": lambda message: localize(message, code),
        "gettext": gettext, "ngettext": ngettext, "language": LANGUAGES[code],
        "language_links": language_links(request),
        "format_date": lambda value: format_date(value, code),
        "date_says_precision": date_says_precision, "status_sources": status_sources,
        "format_number": lambda value: format_number(value, code),
        "format_count": lambda value: format_count(value, code),
    }


def remember_language(request: Request, headers: MutableHeaders) -> None:
    """Keep the reader's chosen language in a redirect to a page of this site (`in_language`), and
    tell caches that pages differ by language: edits a response's `headers` in place. (The
    remembered language is changed only by the switcher, `switch_language`.)"""
    location = headers.get("location")
    if location and location.startswith("/") and not location.startswith("//"):
        headers["location"] = in_language(request, location)
    if headers.get("content-type", "").startswith("text/html"):
        headers.append("Vary", "Accept-Language, Cookie")


URL_PATHS_KEPT = 8192


def _kept(app: Any, name: str) -> dict:
    """The dictionary `name` an app keeps in its state for its pages (a new one outside an app)."""
    kept = getattr(app.state, name, None) if app is not None else None
    if kept is None:
        kept = {}
        if app is not None:
            setattr(app.state, name, kept)
    return kept


def _base_url(request: Request) -> str:
    """The request's base URL as text: the same for every link of a page, so made once per request."""
    base = request.scope.get("guwah.base_url")
    if base is None:
        base = request.scope["guwah.base_url"] = str(request.base_url)
    return base


def _route_named(app: Any, name: str, params: frozenset) -> Any:
    """The plain route (`starlette.routing.Route`, not a mount) named `name` taking exactly these
    path parameters, or None."""
    from starlette.routing import Route

    from guwah.web import _flat_routes

    for found in _flat_routes(app):
        route = getattr(found, "original_route", found)  # FastAPI ≥ 0.160 gives each in a RouteContext
        if isinstance(route, Route) and route.name == name and set(route.param_convertors) == params:
            return route
    return None


@pass_context
def url_for(context, name: str, /, **path_params: Any) -> str:
    """`request.url_for(name, **path_params)` as a string (an absolute URL), with the reader's
    chosen language where it leads to a page (`in_language`); page templates call it as `url_for`."""
    request: Request = context["request"]
    url = absolute_url(request, name, path_params)
    code = kept_language(request)
    if code is None:
        return url
    return with_language(url, code) if takes_language(url[len(_base_url(request)) - 1:]) else url


def absolute_url(request: Request, name: str, path_params: dict[str, Any]) -> str:
    """`request.url_for(name, **path_params)` as a string, kept per app (the latest
    URL_PATHS_KEPT): finding a route's path walks every route, and making it absolute builds two URL
    objects, for each of the tens of links on a page. A link without parameters is kept whole per
    base URL; one with parameters (an entry's number) keeps its route and the absolute prefix, and
    only its parameters are put in per call."""
    from starlette.routing import replace_params

    app = request.scope.get("app")
    kept, base = _kept(app, "url_paths"), _base_url(request)
    if not path_params:
        whole_key = (name, base)
    else:
        shape = kept.get((name, frozenset(path_params), base))
        if shape is not None:  # a route and its absolute prefix: only the parameters put in
            route, prefix = shape
            return prefix + replace_params(route.path_format, route.param_convertors, dict(path_params))[0]
        whole_key = (name, tuple(sorted(path_params.items())), base)  # a mount's file, say
    url = kept.get(whole_key)
    if url is not None:
        return url
    router = request.scope.get("router") or app
    url = str(router.url_path_for(name, **path_params).make_absolute_url(base_url=base))
    if len(kept) >= URL_PATHS_KEPT:
        kept.clear()
    route = _route_named(app, name, frozenset(path_params)) if path_params and app is not None else None
    path = replace_params(route.path_format, route.param_convertors, dict(path_params))[0] if route else None
    if path is not None and url.endswith(path):
        kept[(name, frozenset(path_params), base)] = (route, url[:-len(path)])
    else:
        kept[whole_key] = url
    return url


# The site's header links for readers not logged in, per (language, kept language, base URL): at most
# SITE_NAVS_KEPT (the base URL comes from the request's Host header, so any number could arrive).
SITE_NAVS_KEPT = 64


@pass_context
def site_nav(context) -> Markup:
    """`_site_nav.html` (the brand, the site's links, "Log in") for a page whose reader is not
    logged in, made once per language, language kept in links (`kept_language`) and base URL and
    kept per app: it holds nothing of the request but those three (every link absolute, as
    `url_for` makes it), and rendering its tens of
    links and messages was ~0.1 ms of every page. A logged-in reader's header is made per page."""
    request: Request = context["request"]
    kept = _kept(request.scope.get("app"), "site_navs")
    key = (context["language"].code, kept_language(request), _base_url(request))
    found = kept.get(key)
    if found is None:
        found = Markup(context.environment.get_template("_site_nav.html").render(context.get_all()))
        if len(kept) >= SITE_NAVS_KEPT:
            kept.clear()
        kept[key] = found
    return found
