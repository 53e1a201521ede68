"""The family search in the searcher's script, in the real server and headless Chromium
(h-search65): a person page shows the released name in the page's language's script first and
makes none up; a name typed in Chinese characters gets the same result sections as in other
scripts; a Latin phrase is echoed as typed. Invented names (`tests.search.test_family_scripts_h65`)."""

import re
from urllib.parse import quote

import pytest

from tests.search.test_family_scripts_h65 import (
    ARABIC_NAME,
    CYRILLIC_QUERY,
    HAN_QUERY,
    LATIN_NAME,
    release_abliz,
)
from tests.web.conftest import serving

pytestmark = pytest.mark.browser

HAN = re.compile("[\u3400-\u9fff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def abliz_site(shared_store, tmp_path_factory):
    """One released entry named in Latin letters and in Arabic script, served for the module."""
    number = release_abliz(shared_store, tmp_path_factory.mktemp("abliz"))
    with serving(shared_store) as url:
        yield url, number


def names_in_heading(page) -> list[str]:
    return page.locator("h1 bdi").all_inner_texts()


@pytest.mark.parametrize(("language", "first"), [("ug", ARABIC_NAME), ("en", LATIN_NAME)])
def test_person_page_shows_the_name_in_the_pages_script_first(abliz_site, page, language, first):
    """In Uyghur the Arabic-script name leads and the Latin one stands beside it (before: the Latin
    name first whatever the language); in English the Latin one leads."""
    url, number = abliz_site
    page.goto(f"{url}/persons/{number}?lang={language}")
    shown = names_in_heading(page)
    assert shown[0] == first
    assert sorted(shown) == sorted([LATIN_NAME, ARABIC_NAME])
    rows = page.locator("table.records").first.locator("td[dir=auto]").all_inner_texts()
    assert rows == shown  # the names table in the same order


@pytest.mark.parametrize("language", ["zh", "ru", "kk"])
def test_person_page_invents_no_name_in_a_script_the_sources_do_not_write(abliz_site, page, language):
    """No released name in Chinese characters or Cyrillic: the Latin name leads, the Arabic one
    beside it, and no transliteration is shown as a name."""
    url, number = abliz_site
    page.goto(f"{url}/persons/{number}?lang={language}")
    shown = names_in_heading(page)
    assert shown == [LATIN_NAME, ARABIC_NAME]
    heading = page.locator("h1").inner_text()
    assert not HAN.search(heading.split(":", 1)[1]) and not CYRILLIC.search(heading.split(":", 1)[1])


def search(page, url: str, query: str, language: str = "en") -> None:
    page.goto(f"{url}/search?q={quote(query)}&lang={language}")


def sections(page) -> list[str]:
    return page.locator("main h2").all_inner_texts()


def test_a_chinese_name_gets_the_testimonies_section_as_other_scripts_do(abliz_site, page):
    """The same entry and the same testimonies for the Latin, Cyrillic, Arabic-script and Chinese
    queries (before: the Chinese one had no Testimonies section)."""
    url, number = abliz_site
    search(page, url, LATIN_NAME)
    latin_sections = sections(page)
    latin_documents = page.locator("ul.documents a").all_inner_texts()
    assert "Testimonies" in latin_sections and len(latin_documents) == 2  # the control
    for query in (CYRILLIC_QUERY, ARABIC_NAME, HAN_QUERY):
        search(page, url, query)
        assert sections(page) == latin_sections, query
        assert page.locator("ul.documents a").all_inner_texts() == latin_documents, query
        assert page.locator(f"section.persons a[href*='/persons/{number}']").count() == 1, query


def test_a_latin_phrase_is_echoed_as_it_was_typed(abliz_site, page):
    """"forced injections" finds its testimony and the spellings tried are the phrase itself (before:
    also "forjed injejtions"); a Cyrillic name is still tried in its Latin reading (the control)."""
    url, _ = abliz_site
    search(page, url, "forced injections")
    echo = page.locator("p.meta").first.inner_text()
    assert "forced injections" in echo and "forjed" not in page.content() and "injejtions" not in page.content()
    assert page.locator("ul.documents a").count() == 1
    search(page, url, CYRILLIC_QUERY)
    assert "abliz yasin" in page.locator("p.meta").first.inner_text()


@pytest.mark.parametrize(("language", "first"), [("ug", ARABIC_NAME), ("zh", LATIN_NAME)])
def test_a_search_hit_shows_the_name_in_the_pages_script_first(abliz_site, page, language, first):
    """The search answers in the searcher's script: the hit's names in the page's script first (a
    Latin query in Uyghur shows the Arabic-script name first); no Han name is made up for zh."""
    url, number = abliz_site
    search(page, url, LATIN_NAME, language)
    hit = page.locator(f"section.persons a[href*='/persons/{number}'] span")
    assert hit.all_inner_texts() == [first, LATIN_NAME if first == ARABIC_NAME else ARABIC_NAME]
