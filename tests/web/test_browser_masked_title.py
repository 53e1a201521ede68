"""A released testimony whose title names a withheld person (h-try50): the title's mask is said in
the reader's language, as the text's masks are, on the testimony's page (its heading and the
browser's title), in the list of testimonies and in the search's testimonies."""

import pytest

from guwah.web.i18n import translations
from tests.releasing import ingest_text, mark_read, release_document

pytestmark = pytest.mark.browser

TEXT = "My sister Aygul Tursun was taken from her school in Ghulja in May 2018."


@pytest.mark.parametrize("language", ["ru", "ug", "zh"])
def test_a_mask_in_a_released_title_is_said_in_the_readers_language(store, tmp_path, page, language):
    from guwah.storage.tables import Person, PersonName
    from tests.web.conftest import serving

    document = ingest_text(store, tmp_path, "a.txt", TEXT,
                           "consent: public\ntitle: What happened to Aygul Tursun\nlanguage: en\n")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = TEXT.index("Aygul")
        session.add(PersonName(person_id=person.id, name="Aygul Tursun", evidence_document_id=document,
                               evidence_start=start, evidence_end=start + 12, asserted_by_kind="user",
                               asserted_by="t", review_state="accepted"))
    mark_read(store, document)
    release_document(store, document)
    mask = f"[{translations(language).gettext('name withheld')}]"
    assert mask != "[name withheld]"
    with serving(store) as url:
        page.goto(f"{url}/?lang={language}")
        listed = page.locator("main a", has_text="What happened to")
        assert listed.inner_text() == f"What happened to {mask}"
        listed.click()
        page.wait_for_load_state()
        assert page.locator("main h1").inner_text() == f"What happened to {mask}"
        assert page.locator("main h1 span.withheld").get_attribute("lang") == language
        assert page.title().startswith(f"What happened to {mask}")
        assert mask in page.locator("div.text").inner_text()  # as the text says it
        page.goto(f"{url}/search?q=Ghulja&lang={language}")
        assert f"What happened to {mask}" in page.locator("main").inner_text()
        body = page.content()
    assert "Aygul" not in body and "[name withheld]" not in body
