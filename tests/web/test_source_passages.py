"""A public fact's source link goes to the passage it rests on (h-lawyer65): `/documents/N?passage=
START-END#p-START-END`, offsets into the *published* text, which the page marks and scrolls to; the
API's entry gives the same. A passage holding a masked name gets no anchor (its offsets or length
would tell about what the mask hides): its link goes to the whole text. Invented names and text."""

import json

import pytest
from sqlalchemy import select

from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

# Long enough before the passages that the document page must scroll to reach them.
OPENING = "".join(f"Synthetic paragraph {n} of an invented account, about an ordinary street.\n\n" for n in range(60))
SENTENCED = "Timur Bakhtiyarov was sentenced in 2019 to eleven years."
DETAINED = "In 2018 Timur was detained together with Nargiza Olimova at her bakery."
TEXT = f"{OPENING}{DETAINED}\n\n{SENTENCED}\n"


def _entry(store, tmp_path) -> tuple[int, int]:
    """A released entry whose two events cite one released testimony: the sentencing's passage is
    public, the detention's names a person no one may name (masked). Returns (entry, document) numbers."""
    from guwah.storage.tables import Event, Person, PersonName, PublicNumber

    document = ingest_text(store, tmp_path, "account.txt", TEXT, "consent: public\nlanguage: en\n")
    with store.session() as session:
        timur, nargiza = Person(), Person()
        session.add_all([timur, nargiza])
        session.flush()
        common = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                  "review_state": "accepted", "reviewed_by": "reviewer"}

        def at(words: str) -> dict:
            start = TEXT.index(words)
            return {"evidence_start": start, "evidence_end": start + len(words)}

        session.add(PersonName(person_id=timur.id, name="Timur Bakhtiyarov", **at("Timur Bakhtiyarov"), **common))
        session.add(PersonName(person_id=nargiza.id, name="Nargiza Olimova", **at("Nargiza Olimova"), **common))
        session.add(Event(person_id=timur.id, event_type="sentencing", date_value="2019", date_precision="year",
                          **at(SENTENCED), **common))
        session.add(Event(person_id=timur.id, event_type="detention", date_value="2018", date_precision="year",
                          **at(DETAINED), **common))
        session.flush()
        timur_id, number = timur.id, timur.entry.number
    name_person(store, timur_id)
    mark_read(store, document)
    release_document(store, document)
    entry_id = release_entry(store, number)
    with store.session() as session:
        public = dict(session.execute(select(PublicNumber.subject_type, PublicNumber.number).where(
            PublicNumber.subject_id.in_([entry_id, document]))).all())
    return public["entry"], public["document"]


def _by_event(entry: dict) -> dict:
    return {item["event"]: item for item in entry["timeline"]}


def test_the_api_gives_each_public_passage_its_anchor_and_none_to_a_masked_one(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    entry, document = _entry(store, tmp_path)
    with TestClient(create_app(store)) as client:
        data = client.get(f"/api/persons/{entry}").json()
        published = client.get(f"/api/documents/{document}").json()["text"]
    events = _by_event(data)
    [passage] = events["sentencing"]["passages"]
    assert passage["source"] == document
    assert published[passage["start"]:passage["end"]] == SENTENCED  # offsets into the published text
    assert passage["href"] == f"/documents/{document}?passage={passage['start']}-{passage['end']}" \
                              f"#p-{passage['start']}-{passage['end']}"
    assert data["status"]["status"] == "sentenced" and data["status"]["passages"] == [passage]
    # the detention's passage holds a masked name: no anchor, no offsets, no length
    assert "[name withheld]" in published and "Nargiza" not in published
    assert events["detention"]["sources"] == [document] and events["detention"]["passages"] == []
    assert "Nargiza" not in json.dumps(data)


def test_a_document_page_marks_only_a_passage_that_cuts_no_mask(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.publish import asked_passage
    from guwah.web import create_app

    _, document = _entry(store, tmp_path)
    with TestClient(create_app(store)) as client:
        published = client.get(f"/api/documents/{document}").json()["text"]
        mask = published.index("[name withheld]")
        start = published.index(SENTENCED)
        marked = client.get(f"/documents/{document}?passage={start}-{start + len(SENTENCED)}").text
        cutting = client.get(f"/documents/{document}?passage={mask + 2}-{mask + 30}").text
        nonsense = client.get(f"/documents/{document}?passage=9-x").text
    assert f'<mark class="passage" id="p-{start}-{start + len(SENTENCED)}">{SENTENCED}</mark>' in marked
    assert '<mark class="passage"' not in cutting and '<mark class="passage"' not in nonsense
    assert asked_passage(published, f"{mask}-{mask + len('[name withheld]')}") is not None  # a whole mask is shown text
    assert asked_passage(published, f"0-{len(published) + 1}") is None


@pytest.mark.browser
def test_clicking_a_source_lands_on_the_marked_passage(store, tmp_path, page):
    from tests.web.conftest import serving

    entry, document = _entry(store, tmp_path)
    with serving(store) as url:
        page.goto(f"{url}/persons/{entry}")
        sentenced_row = page.locator("main tr", has_text="2019")
        detained_row = page.locator("main tr", has_text="2018")
        # the negative's link, on the same page, goes to the whole text
        assert detained_row.locator("a", has_text=f"{document}").get_attribute("href").endswith(f"/documents/{document}")
        sentenced_row.locator("a", has_text=f"{document}").click()
        page.wait_for_load_state()
        assert "#p-" in page.url and "passage=" in page.url
        mark = page.locator("mark.passage")
        assert mark.inner_text() == SENTENCED
        assert mark.get_attribute("id") == page.url.rsplit("#", 1)[1]
        # scrolled to it: the mark is in the window, and the page's start is not
        assert page.evaluate("() => { const r = document.querySelector('mark.passage').getBoundingClientRect();"
                             " return r.top >= 0 && r.bottom <= window.innerHeight; }")
        assert page.evaluate("() => window.scrollY") > 0
        page.goto(f"{url}/persons/{entry}")
        page.locator("main tr", has_text="2018").locator("a", has_text=f"{document}").click()
        page.wait_for_load_state()
        assert page.locator("mark.passage").count() == 0 and "Nargiza" not in page.content()
