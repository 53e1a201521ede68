"""h-newcomer73: a person page's heading lists the entry's names in every script; a name in Chinese
characters was cut anywhere between two characters at the line's end ("亚力" on one line, the rest on
the next, with the Latin names between them on a right-to-left page), so that a family reading it saw
two names. Each name in the heading is now broken only where it has a space or a mark (the middle dot
between its parts), never between two characters of one part. Invented names."""

import pytest
from sqlalchemy import select

from guwah.releases import approve_basis, approve_release, draft_entry_release, propose_basis
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, release_document
from tests.web.conftest import serving

pytestmark = pytest.mark.browser

NAMES = [("Nurmemet Qadirjan", "Latn"), ("Nurmemet Kadirjan", "Latn"), ("Нурмемет Кадиржан", "Cyrl"),
         ("نۇرمەمەت قادىرجان", "Arab"), ("努尔麦麦提·卡迪尔江", "Hani")]
HAN_PARTS = ["努尔麦麦提", "卡迪尔江"]

# Each name's text in the heading: the lines it takes, and those of each part of the Han name.
LINES = """(wanted) => [...document.querySelectorAll('h1 bdi')].map(bdi => {
    const parts = [];
    const text = bdi.firstChild;
    for (const part of wanted) {
        const at = text.data.indexOf(part);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(text, at); range.setEnd(text, at + part.length);
        parts.push(new Set([...range.getClientRects()].map(r => Math.round(r.top))).size);
    }
    return {name: bdi.textContent, lines: new Set([...bdi.getClientRects()].map(r => Math.round(r.top))).size, parts};
})"""


@pytest.fixture
def entry_site(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    document = ingest_text(store, folder, "t.txt", "Synthetic example. A neighbour was taken in 2018.\n",
                           "consent: public\ntitle: Neighbours\n")
    facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t", "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add_all([PersonName(person_id=person.id, name=name, script=script, **facts) for name, script in NAMES])
        session.flush()
        person_id, number = person.id, person.entry.number
    release_document(store, document)
    with store.session() as session:
        basis = propose_basis(session, person_id, "reporting_relative", "drafter", "his sister asked us to name him")
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")
    with store.session() as session:
        approve_release(session, draft_entry_release(session, number, "drafter").id, "reviewer")
    with store.session() as session:
        assert len(list(session.scalars(select(PersonName)))) == len(NAMES)
    with serving(store) as url:
        yield url


def test_a_han_name_in_the_heading_is_never_cut_inside_a_part(entry_site, page):
    page.goto(f"{entry_site}/persons")
    href = page.locator("a[href*='/persons/']").first.get_attribute("href")
    cut, wrapped = [], 0
    for code in ("ug", "en"):
        for width in range(560, 1241, 40):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{href.split('?')[0]}?lang={code}")
            names = page.evaluate(LINES, HAN_PARTS)
            assert {name["name"] for name in names} == {name for name, _ in NAMES}
            wrapped += sum(name["lines"] > 1 for name in names)
            cut += [(code, width, name["parts"]) for name in names if any(lines > 1 for lines in name["parts"])]
    assert cut == []
    # control: at these widths the heading's names do run over lines (a Latin one breaks at its space)
    assert wrapped > 0
