"""Languages: every catalogue complete and faithful to its placeholders and markup; the reader's
language chosen per request (?lang= and its cookie, Accept-Language, English by default); every
public page in it, with a switcher, the right direction, and dates in the reader's locale."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from guwah.web import create_app
from guwah.web.i18n import (
    CODES,
    LANGUAGE_COOKIE,
    LANGUAGES,
    SOURCE_LANGUAGE,
    catalog_path,
    format_date,
    format_number,
)
from guwah.web.labels import LABELS
from tests.web.routes import flat_routes

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in CODES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def extracted_ids() -> set:
    """Every message id `pybabel extract -F babel.cfg -k N_ -k N_plural:1,2` finds (a tuple for a plural)."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "N_plural": (1, 2)}
    return {message[2] if isinstance(message[2], str) else tuple(message[2])
            for message in extract_from_dir(str(ROOT), method_map, options_map, keywords=keywords)}


@pytest.fixture(scope="module")
def messages():
    return extracted_ids()


def catalog(code):
    with catalog_path(code).open("rb") as po:
        return read_po(po, locale=code)


def test_i18n_extraction_finds_the_page_strings(messages):
    assert {"Testimonies", "Methodology", "Corrections and removal", "detained"} <= messages
    assert ("%(count)s independent source", "%(count)s independent sources") in messages


def test_i18n_the_template_catalogue_is_current(messages):
    """messages.pot holds exactly what is extracted today (run pybabel extract, then update)."""
    with (catalog_path("en").parents[2] / "messages.pot").open("rb") as pot:
        assert {m.id for m in read_po(pot) if m.id} == messages


@pytest.mark.parametrize("code", TRANSLATED)
def test_i18n_every_catalogue_translates_every_message(code, messages):
    entries = {m.id: m for m in catalog(code) if m.id}
    missing = sorted(str(m) for m in messages if m not in entries)
    untranslated = sorted(str(m.id) for m in entries.values() if m.id in messages and (
        "fuzzy" in m.flags or not all(m.string if isinstance(m.string, tuple) else [m.string])))
    assert (missing, untranslated) == ([], [])


@pytest.mark.parametrize("code", TRANSLATED)
def test_i18n_translations_keep_placeholders_and_markup(code, messages):
    po = catalog(code)
    assert [error for _, errors in po.check() for error in errors] == []
    for message in po:
        if message.id not in messages:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert len(forms) == (po.num_plurals if len(ids) > 1 else 1), message.id
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        tags = sorted(TAG.findall(ids[0]))
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, (message.id, form)
            assert sorted(TAG.findall(form)) == tags, (message.id, form)
            assert form % {name: 1 for name in wanted}  # formats without error


def translated_forms(code) -> list[str]:
    """Every translation of a catalogue, plural forms one by one, placeholders and markup removed."""
    forms = []
    for message in catalog(code):
        if message.id:
            for form in message.string if isinstance(message.string, tuple) else (message.string,):
                forms.append(PLACEHOLDER.sub(" ", TAG.sub(" ", form)))
    return forms


# The Uyghur Arabic alphabet (UEY): 32 letters and the hamza carrier ئ; its punctuation ، ؛ ؟.
UEY_LETTERS = set("ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيە")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def test_i18n_uyghur_is_written_in_the_uyghur_arabic_alphabet():
    """No Persian or Arabic-only letter (ی ک ه ة, presentation forms) where UEY has its own, and
    Uyghur punctuation after a Uyghur word (a Latin comma there renders on the wrong side)."""
    foreign, punctuation = set(), []
    for form in translated_forms("ug"):
        foreign |= {ch for ch in ARABIC_LETTER.findall(form) if ch.isalpha() and ch not in UEY_LETTERS}
        punctuation += re.findall(r"[\u0600-\u06FF][,;?]", form)
    assert (sorted(foreign), punctuation) == ([], [])


@pytest.mark.parametrize("code", TRANSLATED)
def test_i18n_no_word_mixes_scripts(code):
    # A Latin "a" or "o" inside a Cyrillic word looks right to a reader and breaks search and copy.
    # (Chinese may run Latin letters into Han characters without a space: not a mixed word here.)
    scripts = (r"[A-Za-z]", r"[\u0400-\u04FF]", r"[\u0600-\u06FF]")
    mixed = sorted({word for form in translated_forms(code) for word in re.findall(r"\w+", form)
                    if sum(bool(re.search(pattern, word)) for pattern in scripts) > 1})
    assert mixed == []


def avoided_words() -> list[tuple[str, str]]:
    """(language, word) of the "Words to avoid" table of docs/translation-glossary.md."""
    text = (ROOT / "docs" / "translation-glossary.md").read_text(encoding="utf-8")
    section = text.split("## Words to avoid", 1)[1]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|")]
    return [(row[0], row[1]) for row in rows if row[0] in TRANSLATED]


def test_i18n_the_glossary_lists_words_to_avoid():
    assert {code for code, _ in avoided_words()} == set(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_i18n_catalogues_keep_the_glossary_terms(code):
    """Issue 12: one word per concept. No catalogue uses a word the glossary rules out."""
    avoided = [word for language, word in avoided_words() if language == code]
    found = sorted({word for word in avoided for form in translated_forms(code)
                    if word.casefold() in form.casefold()})
    assert found == []


def test_i18n_every_status_and_event_has_a_label():
    from guwah.domain import DatePrecision, EventType, FacilityType
    from guwah.registry import STATUS_OF_EVENT

    assert set(LABELS["status"]) == set(STATUS_OF_EVENT.values()) | {"unknown"}
    assert set(LABELS["event"]) == set(EventType)
    assert set(LABELS["precision"]) == set(DatePrecision)
    assert set(LABELS["facility_type"]) == set(FacilityType)


def test_i18n_languages_know_their_direction_and_own_name():
    assert [LANGUAGES[c].dir for c in CODES] == ["ltr", "rtl", "ltr", "ltr", "ltr"]
    assert LANGUAGES["ug"].name == "ئۇيغۇرچە" and LANGUAGES["zh"].name == "中文"
    assert LANGUAGES["ru"].name == "Русский" and LANGUAGES["kk"].name.startswith("Қазақ")


@pytest.mark.parametrize("value, code, expected", [
    ("2019-05-03", "en", "May 3, 2019"),
    ("2019-05-03", "ru", "3 мая 2019\u202fг."),  # CLDR: a narrow no-break space
    ("2019-05-03", "zh", "2019年5月3日"),
    (date(2019, 5, 3), "kk", "2019\u202fж. 3 мамыр"),
    ("2019", "ru", "2019"),          # a year alone stays a year
    ("2019-05", "zh", "2019年5月"),   # a month in the locale's month and year (CLDR yMMMM)
    ("2019-05", "en", "May 2019"),
    ("2019-05", "ru", "май 2019\u202fг."),
    ("2019-13", "en", "2019-13"),    # no such month: shown as given
    ("2019-02-30", "en", "2019-02-30"),  # no such day: shown as given
    (None, "en", ""),
])
def test_i18n_dates_in_the_readers_locale(value, code, expected):
    assert format_date(value, code) == expected


@pytest.mark.parametrize("value, code, expected", [
    (1234567, "en", "1,234,567"),
    (1234567, "ru", "1\xa0234\xa0567"),
    (1234567, "zh", "1,234,567"),
    (2.5, "kk", "2,5"),
    ("fewer than 5", "ru", "fewer than 5"),  # not a number: as given
    (True, "en", "True"),
])
def test_i18n_numbers_in_the_readers_locale(value, code, expected):
    assert format_number(value, code) == expected


# --- per request -----------------------------------------------------------------------------------

@pytest.fixture
def client(store):
    return TestClient(create_app(store))


def html_lang(page) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', page.text)
    return match.group(1), match.group(2)


def test_i18n_english_by_default(client):
    page = client.get("/methodology")
    assert html_lang(page) == ("en", "ltr")
    assert "<h1>Methodology</h1>" in page.text
    assert LANGUAGE_COOKIE not in page.headers.get("set-cookie", "")


def test_i18n_the_switcher_remembers_the_choice_in_a_cookie(client):
    page = client.get("/methodology?lang=ug")
    assert html_lang(page) == ("ug", "rtl")
    assert "<h1>مېتودولوگىيە</h1>" in page.text
    switch = re.search(r'<a href="([^"]+)" hreflang="ug"', page.text).group(1).replace("&amp;", "&")
    moved = client.get(switch, follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == "/methodology?lang=ug"
    cookie = moved.headers["set-cookie"]
    assert f"{LANGUAGE_COOKIE}=ug" in cookie and "samesite=lax" in cookie.lower()
    # The next page, without the parameter, stays in Uyghur (the client sends the cookie back).
    assert html_lang(client.get("/about")) == ("ug", "rtl")
    assert "<h1>Guwah ھەققىدە</h1>" in client.get("/about").text
    # Another choice with the switcher replaces it.
    client.get("/language?lang=zh&next=/about")
    assert "<h1>关于 Guwah</h1>" in client.get("/about").text


def test_i18n_a_shared_address_with_lang_does_not_replace_the_remembered_language(client):
    """A link someone shared (…?lang=ru) replaced the reader's own choice for every later visit
    (issue 12): the address governs its page and the links from it; only the switcher remembers."""
    client.get("/language?lang=kk&next=/about")
    shared = client.get("/about?lang=ru")
    assert html_lang(shared) == ("ru", "ltr") and LANGUAGE_COOKIE not in shared.headers.get("set-cookie", "")
    assert 'href="/methodology?lang=ru"' in shared.text or "/methodology?lang=ru" in shared.text
    assert html_lang(client.get("/about")) == ("kk", "ltr")


@pytest.mark.parametrize("target, landing", [("/about?x=1&lang=ru", "/about?x=1&lang=ug"), ("//evil.example/", "/?lang=ug"),
                                             ("https://evil.example/", "/?lang=ug"), ("/\\evil.example", "/?lang=ug"),
                                             ("", "/?lang=ug")])
def test_i18n_the_switcher_goes_back_only_to_this_site(client, target, landing):
    moved = client.get("/language", params={"lang": "ug", "next": target}, follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == landing


def test_i18n_the_switcher_with_an_unknown_language_remembers_nothing(client):
    moved = client.get("/language", params={"lang": "xx", "next": "/about"}, follow_redirects=False)
    assert moved.headers["location"] == "/about" and LANGUAGE_COOKIE not in moved.headers.get("set-cookie", "")


@pytest.mark.parametrize("header, expected", [
    ("ru-RU,ru;q=0.9,en;q=0.8", "ru"),
    ("kk-KZ", "kk"),
    ("zh-CN,zh;q=0.9", "zh"),
    ("de-DE,de;q=0.9,ug;q=0.5", "ug"),      # the first language the site has
    ("en;q=0.2,ru;q=0.8", "ru"),            # by quality, not by order
    ("ru;q=0,en", "en"),                    # q=0 means "not this one"
    ("fr-FR,de", "en"),                     # none offered: English
    ("ru;q=abc,,;", "en"),                  # nonsense is ignored
])
def test_i18n_accept_language_picks_the_language(client, header, expected):
    page = client.get("/corrections", headers={"Accept-Language": header})
    assert html_lang(page)[0] == expected
    assert "Accept-Language" in page.headers["vary"]


def test_i18n_the_cookie_wins_over_accept_language_and_the_parameter_over_both(client):
    client.cookies.set(LANGUAGE_COOKIE, "kk")
    assert html_lang(client.get("/", headers={"Accept-Language": "ru"}))[0] == "kk"
    assert html_lang(client.get("/?lang=ru", headers={"Accept-Language": "zh"}))[0] == "ru"


@pytest.mark.parametrize("value", ["xx", "", "ug<script>", "EN", "../../etc"])
def test_i18n_an_unknown_language_is_ignored_and_not_remembered(client, value):
    page = client.get("/about", params={"lang": value})
    assert page.status_code == 200 and html_lang(page) == ("en", "ltr")
    assert LANGUAGE_COOKIE not in page.headers.get("set-cookie", "")
    assert "<script>" not in page.text


def public_page_paths(app) -> list[str]:
    private = ("/workspace", "/admin", "/account", "/api", "/static", "/login/totp", "/logout")
    return sorted(route.path for route in flat_routes(app)
                  if "GET" in (getattr(route, "methods", None) or ()) and "{" not in route.path
                  and not route.path.startswith(private))


@pytest.mark.parametrize("code", CODES)
def test_i18n_every_public_page_has_the_switcher_and_the_direction(store, code):
    app = create_app(store)
    client = TestClient(app)
    paths = public_page_paths(app)
    assert {"/", "/about", "/methodology", "/corrections", "/open-data", "/login"} <= set(paths)
    for path in [*paths, "/no/such/page"]:
        page = client.get(path, params={"lang": code})
        if not page.headers["content-type"].startswith("text/html"):
            continue
        assert html_lang(page) == (code, LANGUAGES[code].dir), path
        for other in LANGUAGES.values():
            assert (f'hreflang="{other.code}" lang="{other.code}" dir="{other.dir}"' in page.text
                    and f">{other.name}</a>" in page.text), (path, other.code)
        assert 'aria-current="true">' + LANGUAGES[code].name in page.text.replace("\n", "")


def test_i18n_the_switcher_keeps_the_other_query_parameters(client):
    page = client.get("/about?x=1&lang=ru")
    assert 'href="/language?lang=ug&amp;next=%2Fabout%3Fx%3D1"' in page.text
    assert client.get("/language?lang=ug&next=%2Fabout%3Fx%3D1", follow_redirects=False).headers["location"] == \
        "/about?x=1&lang=ug"


@pytest.mark.parametrize("code", TRANSLATED)
def test_i18n_not_found_page_is_translated(client, code):
    page = client.get("/no/such/page", params={"lang": code})
    assert page.status_code == 404
    po = {m.id: m.string for m in catalog(code)}
    assert po["Not found."] in page.text and po["Not available"] in page.text
    assert "Not found." not in page.text


def test_i18n_open_data_version_date_in_the_readers_locale(client):
    page = client.get("/open-data?lang=ru")
    assert format_date(date.today(), "ru") in page.text


def test_i18n_methodology_and_corrections_say_what_the_software_does(client):
    from guwah.publish import SMALL_COUNT

    methodology = client.get("/methodology").text
    assert f"fewer than {SMALL_COUNT}" in methodology.replace("&#34;", '"')
    for words in ("approved by another", "masked", "independent", "never shown", "What is never published"):
        assert words in methodology
    corrections = client.get("/corrections").text
    assert 'href="/report"' in corrections
    assert 'href="http://testserver/methodology"' in corrections
    # The entry page and the about page send readers to the corrections page.
    assert 'href="http://testserver/corrections"' in client.get("/about").text


def test_i18n_a_failed_login_says_so_in_the_readers_language(store):
    from guwah.web.auth import LOGIN_CSRF_COOKIE

    client = TestClient(create_app(store))
    client.cookies.set(LOGIN_CSRF_COOKIE, "login-form-token")
    client.cookies.set(LANGUAGE_COOKIE, "ru")
    page = client.post("/login", data={"username": "nobody", "password": "not it", "csrf_token": "login-form-token"})
    assert page.status_code == 401
    assert "Неверное имя пользователя или пароль" in page.text and "Wrong username" not in page.text


# Pages still in English only: each must hold English, else it moves out. None now: a reviewer working
# in Russian or Uyghur moved from a translated review page to English workspace, release and account pages.
ENGLISH_ONLY: set[str] = set()
TRANSLATED_TEMPLATES = sorted(p for p in (ROOT / "src" / "guwah" / "web" / "templates").glob("*.html")
                              if p.name not in ENGLISH_ONLY)
# Text a page may show untranslated: names, formats and addresses.
UNTRANSLATED = re.compile(r"Guwah|TOTP|Frictionless Data Package|SHA-256|JSON|CSV|/[\w/.-]*|[\w-]*\.(?:json|csv)")


def bare_english(source: str) -> list[str]:
    """The texts of a template a reader would see in English whatever their language: outside
    `_()`, `{% trans %}`, expressions, tags, scripts and styles."""
    source = re.sub(r"{%-?\s*trans\b.*?endtrans\s*-?%}", " ", source, flags=re.S)
    source = re.sub(r"{{.*?}}|{%.*?%}|{#.*?#}", " ", source, flags=re.S)
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S)
    texts = {" ".join(t.split()) for t in re.sub(r"<[^>]+>", "\n", source).split("\n")}
    return sorted(t for t in texts if re.search(r"[A-Za-z]{2,}", UNTRANSLATED.sub(" ", t)))


def test_i18n_bare_english_finds_a_sentence_left_in_a_template():
    page = ('{% block title %}Releases{% endblock %}<p>{{ _("Withdrawn.") }} Nothing was released.</p>'
            '<dt>SHA-256</dt><p>{% trans id=3 %}Release {{ id }}{% endtrans %}</p>')
    assert bare_english(page) == ["Nothing was released.", "Releases"]
    assert bare_english('<h1>{{ _("Releases") }}</h1><dt>SHA-256</dt>') == []  # control: all wrapped


@pytest.mark.parametrize("template", TRANSLATED_TEMPLATES, ids=lambda p: p.name)
def test_i18n_no_translated_template_holds_bare_english(template):
    # Every sentence a reader sees goes through gettext: a newcomer found the search page's title,
    # prompt and "nothing found" paragraph in English on the Russian and Uyghur site.
    assert bare_english(template.read_text(encoding="utf-8")) == []


def test_i18n_the_english_only_pages_are_the_untranslated_ones():
    templates = ROOT / "src" / "guwah" / "web" / "templates"
    assert {"workspace.html", "workspace_document.html", "workspace_releases.html", "workspace_release.html",
            "workspace_review.html", "login.html", "totp.html", "account_password.html", "totp_enrol.html",
            "admin_users.html"} <= {p.name for p in TRANSLATED_TEMPLATES}
    assert {name for name in ENGLISH_ONLY if bare_english((templates / name).read_text(encoding="utf-8"))} \
        == ENGLISH_ONLY


# --- the address keeps the choice (issue 12) -------------------------------------------------------

@pytest.fixture
def peopled(store, tmp_path):
    """A released testimony, the facilities of the test file, and five released people from Ghulja
    held at one of them: pages with entries, facets and facility links."""
    from sqlalchemy import select

    from guwah.facilities.importer import import_facilities
    from guwah.storage.tables import Facility
    from tests.facilities.conftest import write_bfn
    from tests.releasing import ingest_text, release_document
    from tests.web.test_map_figures import GHULJA, _mention, _release_entry

    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    folder = tmp_path / "in"
    folder.mkdir()
    document = ingest_text(store, folder, "t.txt", "Five neighbours from Ghulja were taken in 2018.",
                           "consent: public\ntitle: Neighbours\n")
    with store.session() as session:
        site = session.scalar(select(Facility.id).where(Facility.dataset_key == "bfn:106A"))
        people = [_mention(session, document, name, "Ghulja", site, 2018) for name in GHULJA]
    release_document(store, document)
    for person_id, number in people:
        _release_entry(store, person_id, number)
    return store


# Pages with every kind of link: the menu, entries, facilities, testimonies, facets, chips, pages.
LINKED_PAGES = ["/", "/search", "/search?q=Ghulja", "/search?q=Mehmet+Imin", "/search?q=Mehmet+Imin&year=2018",
                "/search?q=xqzwv", "/persons/1", "/facilities", "/map", "/figures", "/documents/1", "/about",
                "/methodology", "/corrections", "/open-data", "/report", "/report/status", "/no/such/page"]
ATTRIBUTE = re.compile(r'\s(href|action|src|data-[a-z-]+)="([^"]*)"')
SWITCHER = re.compile(r'<nav class="languages".*?</nav>', re.S)


def internal_urls(html: str) -> list[str]:
    """The address of every link, form and asset of a page that leads to this site,
    the language switcher's left out; addresses unescaped, host dropped."""
    from html import unescape

    found = []
    for _, value in ATTRIBUTE.findall(SWITCHER.sub("", html)):
        url = unescape(value).removeprefix("http://testserver")
        if url.startswith("/"):
            found.append(url)
    return found


@pytest.mark.parametrize("how", ["parameter", "cookie"])
def test_i18n_a_chosen_language_stays_in_every_link_to_a_page(peopled, how):
    from urllib.parse import parse_qs, urlsplit

    from guwah.web.i18n import takes_language

    client = TestClient(create_app(peopled))
    if how == "cookie":
        client.cookies.set(LANGUAGE_COOKIE, "ug")
    kinds = set()
    for path in LINKED_PAGES:
        page = client.get(path + ("&" if "?" in path else "?") + "lang=ug" if how == "parameter" else path)
        assert html_lang(page) == ("ug", "rtl"), path
        assert not re.search(r'(?:href|action)="[^"]*&(?!amp;)', page.text), path  # escaped in attributes
        for url in internal_urls(page.text):
            parts = urlsplit(url)
            language = parse_qs(parts.query).get("lang")
            if takes_language(parts.path):
                assert language == ["ug"], (path, url)
                kinds.add(parts.path.split("/")[1])
            elif parts.path != "/api/map":  # the map's data asks for its labels in the page's language
                assert language is None, (path, url)
        # A form sent by GET replaces its action's query: the language goes in a hidden field.
        for form in re.findall(r'<form[^>]*method="get".*?</form>', page.text, re.S):
            assert '<input type="hidden" name="lang" value="ug">' in form, path
    assert {"", "search", "persons", "facilities", "documents", "report", "corrections", "login"} <= kinds
    # The shareable search addresses keep the facets, with the language last.
    page = client.get("/search?q=Mehmet+Imin&year=2018" + ("&lang=ug" if how == "parameter" else ""))
    assert 'href="/search?q=Mehmet+Imin&amp;lang=ug" aria-label=' in page.text  # the year's chip drops the year
    assert 'href="/search?q=Mehmet+Imin&amp;lang=ug" aria-current="true">' in page.text  # so does its value
    assert 'href="/search?q=Mehmet+Imin&amp;year=2018&amp;status=detained&amp;lang=ug"' in page.text


def strip_language(html: str, code: str) -> str:
    return re.sub(rf'(\?|&amp;)lang={code}"', '"', html).replace(f'<input type="hidden" name="lang" value="{code}">', "")


@pytest.mark.parametrize("code", ["en", "ru"])
def test_i18n_a_chosen_language_changes_nothing_but_the_addresses(peopled, code):
    """The same page for a reader who chose the language and one whose browser asks for it differs only
    by lang=… in its addresses; the second reader's links carry no language at all."""
    client = TestClient(create_app(peopled))
    for path in LINKED_PAGES:
        client.cookies.clear()
        default = client.get(path, headers={"Accept-Language": code})
        client.cookies.set(LANGUAGE_COOKIE, code)
        chosen = client.get(path)
        assert default.status_code == chosen.status_code and html_lang(default) == (code, "ltr"), path
        assert strip_language(chosen.text, code) == strip_language(default.text, code), path
        assert strip_language(chosen.text, code) != chosen.text or path == "/no/such/page", path
        assert [url for url in internal_urls(default.text) if "lang=" in url] in ([], [f"/api/map?lang={code}"])


def test_i18n_a_form_sent_by_post_keeps_the_language(store):
    from tests.reports.helpers import report_fields

    client = TestClient(create_app(store))
    page = client.get("/report?lang=ug")
    action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)
    assert action == "http://testserver/report?lang=ug"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    received = client.post(action, data={**report_fields(), "website": "", "csrf_token": token})
    assert received.status_code == 200 and html_lang(received) == ("ug", "rtl")
    assert 'href="http://testserver/report/status?lang=ug"' in received.text
    # Without cookies the form cannot be sent (its token lives in one), but the refusal is in Uyghur.
    refused = TestClient(create_app(store)).post(action, data={**report_fields(), "csrf_token": token})
    assert refused.status_code == 403 and html_lang(refused) == ("ug", "rtl")


def test_i18n_a_redirect_to_a_page_keeps_the_language(client):
    moved = client.get("/workspace?lang=ug", follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == "/login?next=/workspace%3Flang%3Dug&lang=ug"
    client.cookies.set(LANGUAGE_COOKIE, "kk")  # first to the address with the language, then as above
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/workspace?lang=kk"
    assert client.get("/workspace?lang=kk", follow_redirects=False).headers["location"] == \
        "/login?next=/workspace%3Flang%3Dkk&lang=kk"
    client.cookies.clear()
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/login?next=/workspace"


@pytest.mark.parametrize("url, code, expected", [
    ("/about", "ug", "/about?lang=ug"),
    ("/search?q=a+b&gender=f", "kk", "/search?q=a+b&gender=f&lang=kk"),
    ("/report#who-sees", "zh", "/report?lang=zh#who-sees"),
    ("/about?lang=ru", "ug", "/about?lang=ru"),  # a language already named stays
    ("/about", None, "/about"),
])
def test_i18n_with_language(url, code, expected):
    from guwah.web.i18n import with_language

    assert with_language(url, code) == expected


def test_i18n_only_pages_take_the_language():
    from guwah.web.i18n import takes_language

    assert takes_language("/") and takes_language("/persons/3") and takes_language("/open-data")
    assert not any(takes_language(p) for p in ("/static/guwah.css", "/api/search", "/open-data/persons.csv"))


def test_i18n_a_page_opened_without_the_language_a_cookie_holds_moves_to_an_address_with_it(client):
    client.cookies.set(LANGUAGE_COOKIE, "ug")
    moved = client.get("/search?q=Tursun+Ehmet&gender=female", follow_redirects=False)
    assert moved.status_code == 303
    assert moved.headers["location"] == "/search?q=Tursun+Ehmet&gender=female&lang=ug"
    assert moved.headers["content-security-policy"] and moved.headers["vary"] == "Cookie"
    assert client.get("/about", follow_redirects=False).headers["location"] == "/about?lang=ug"
    page = client.get("/about")
    assert str(page.url) == "http://testserver/about?lang=ug" and html_lang(page) == ("ug", "rtl")
    # Not for what is the same in every language, nor a request that names a language, nor a form.
    for path in ("/static/guwah.css", "/api/documents", "/open-data/facilities.csv", "/about?lang=ru", "/about?lang=xx"):
        assert client.get(path, follow_redirects=False).status_code == 200, path
    assert client.post("/report", follow_redirects=False).status_code != 303
    client.cookies.clear()  # a reader who chose nothing: no redirect
    assert client.get("/about", follow_redirects=False).status_code == 200


def test_i18n_the_login_steps_keep_the_readers_language(store):
    """A Russian reader sent to log in stays in Russian through the password, a wrong and a right
    second-factor code, and lands where they were going; a session with the password alone that is
    sent to its second factor keeps where it was going too (it was sent to the bare /login/totp and,
    after the code, to /workspace)."""
    from guwah.web.i18n import translations
    from tests.accounts.factories import PASSWORD, client_as, fast_hashing, make_user, next_code

    gettext = translations("ru").gettext
    with fast_hashing():
        user = make_user(store, "eldor", "editor", totp=True)
        app = create_app(store)
        client = TestClient(app)
        moved = client.get("/workspace/review?lang=ru", follow_redirects=False)
        assert moved.headers["location"] == "/login?next=/workspace/review%3Flang%3Dru&lang=ru"
        page = client.get(moved.headers["location"])
        assert html_lang(page) == ("ru", "ltr")
        action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        step = client.post(action, data={"username": "eldor", "password": PASSWORD, "csrf_token": token,
                                         "next": "/workspace/review?lang=ru"}, follow_redirects=False)
        assert step.headers["location"] == "/login/totp?next=/workspace/review%3Flang%3Dru&lang=ru"
        totp = client.get(step.headers["location"])
        assert html_lang(totp) == ("ru", "ltr")
        action = re.search(r'<form method="post" action="([^"]+)"', totp.text.split("<main", 1)[1]).group(1)
        token = re.search(r'name="csrf_token" value="([^"]+)"', totp.text.split("<main", 1)[1]).group(1)
        wrong = client.post(action, data={"code": "000000", "csrf_token": token, "next": "/workspace/review?lang=ru"})
        assert wrong.status_code == 401 and html_lang(wrong) == ("ru", "ltr")
        said = "That code is not right. Try the current one."
        assert gettext(said) != said and gettext(said) in wrong.text and said not in wrong.text
        done = client.post(action, data={"code": next_code(user.totp_secret), "csrf_token": token,
                                         "next": "/workspace/review?lang=ru"}, follow_redirects=False)
        assert done.headers["location"] == "/workspace/review?lang=ru"
        # the password alone: sent to the second factor, with where it was going and the language
        half, _ = client_as(app, store, user, second_factor=False)
        sent = half.get("/workspace/review?kind=event&lang=ru", follow_redirects=False)
        assert sent.headers["location"] == "/login/totp?next=/workspace/review%3Fkind%3Devent%26lang%3Dru&lang=ru"
        assert 'name="next" value="/workspace/review?kind=event&amp;lang=ru"' in half.get(sent.headers["location"]).text
        # an account page's refusal in the reader's language too
        full, token = client_as(app, store, user)
        differ = full.post("/account/password?lang=ru", data={"csrf_token": token, "current": PASSWORD,
                                                              "new": "a new long password", "again": "another one"})
        said = "The two new passwords differ."
        assert differ.status_code == 400 and gettext(said) != said and gettext(said) in differ.text


@pytest.mark.parametrize(("value", "precision", "said"), [
    ("2017-10", "month", True), ("2017", "year", True), ("2017-10-14", "day", True),
    # The date's form does not say it: the label stays (a season or "early 2017" kept at another precision).
    ("2017-03-21", "month", False), ("2017-01", "year", False), ("2017", "month", False),
    ("2017-13", "month", False), ("2017-02-30", "day", False), (None, "year", False), ("2017", None, False)])
def test_a_precision_label_is_shown_only_where_the_date_cannot_say_it(value, precision, said):
    from guwah.web.i18n import date_says_precision

    assert date_says_precision(value, precision) is said


# --- plural forms (h-messages52): a count put into a noun takes the form its language gives it ----------

@pytest.mark.parametrize("code, count, said", [
    ("en", 1, "for 1 minute,"), ("en", 5, "for 5 minutes,"),
    ("ru", 1, "пользовались 1 минуту:"), ("ru", 3, "пользовались 3 минуты:"), ("ru", 5, "пользовались 5 минут:"),
    ("ru", 11, "пользовались 11 минут:"), ("ru", 21, "пользовались 21 минуту:"), ("ru", 22, "пользовались 22 минуты:"),
    ("zh", 1, "已有 1 分钟"), ("zh", 30, "已有 30 分钟"),
    ("kk", 1, "1 минут бойы"), ("ug", 1, "1 مىنۇت"),
])
def test_i18n_a_counted_text_takes_the_form_of_its_count(code, count, said):
    from guwah.errors import Text
    from guwah.web.i18n import localize
    from guwah.web.routes.account import IDLE

    assert said in localize(Text.counted(IDLE, count, {"minutes": count}), code)


def test_i18n_a_counted_text_is_english_in_the_cli_and_keeps_its_forms_when_stored():
    from guwah.errors import N_plural, Text
    from guwah.web.i18n import localize

    forms = N_plural("%(count)s invented thing", "%(count)s invented things")
    assert [str(Text.counted(forms, n, {"count": n})) for n in (0, 1, 2)] == [
        "0 invented things", "1 invented thing", "2 invented things"]
    nested = Text("outer: %(inner)s", {"inner": Text.counted(forms, 1, {"count": 1})})
    assert Text.recorded(nested.record()) == nested and str(nested) == "outer: 1 invented thing"
    # A message no catalogue holds stays English in every language, in the form of its count.
    assert localize(Text.counted(forms, 3, {"count": 3}), "ru") == "3 invented things"


def test_i18n_no_message_puts_a_count_into_a_noun_without_plural_forms(messages):
    """A count before a noun ("%(limit)s characters", "%(count)s mention(s)") is a plural message: in
    Russian the noun has three forms after a number, and "(s)" is no form of any language."""
    nouns = r"(?:minutes?|characters?|names?|bytes?|letters?|mentions?|facts?|documents?|entries|entry|sources?)"
    bare = sorted(m for m in messages if isinstance(m, str)
                  and (re.search(r"%\((?:count|limit|most|least|minutes|size|total)\)s (?:\w+ )?" + nouns + r"\b", m)
                       or "(s)" in m))
    assert bare == []
