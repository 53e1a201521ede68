"""An entry cites no testimony whose release hides the entry's own name where that testimony wrote it
(h-adversary70). A pseudonymous witness writes "my father Abdusalam Eziziqari"; her surname is
masked, and his given name, a name beside the mask, with it: her release reads "my father Person
D2YF" (her pseudonym). His entry, named on her word, showed "Abdusalam — detained 2018, source: testimony 1":
what her release hid, and, to anyone who knows the family, whose daughter told it. The rule already
covered a name masked as a detail (`--mask`); in a testimony with a withheld witness a name masked by
any rule is now the same (a namesake masked in a testimony with no withheld witness stays cited:
tests/registry/test_entry_release.py). The control: another released testimony that shows his name
is cited still. Through the public person
page and its API. Invented people."""

from html import unescape

from guwah.storage.tables import Event, Person
from tests.releasing import release_document, release_entry
from tests.test_publish import add
from tests.test_publish_witness_surname_search import _named

OWN = ("Synthetic example. My name is Nurbiye Eziziqari. In May 2018 the police came to our home and took my "
       "father Abdusalam Eziziqari to a camp.")
OTHER = ("Synthetic example. I lived next to the family. In May 2018 the police took our neighbour Abdusalam "
         "to a camp.")


def _detained(store, person: int, document: int, text: str) -> None:
    """An accepted detention in 2018, cited at the sentence that tells it."""
    start = text.index("In May 2018")
    with store.session() as session:
        session.add(Event(person_id=person, event_type="detention", date_value="2018-05", date_precision="month",
                          evidence_document_id=document, evidence_start=start, evidence_end=len(text),
                          asserted_by_kind="user", asserted_by="t", review_state="accepted"))


def test_an_entry_does_not_cite_a_release_that_hides_its_name(store, tmp_path):
    from guwah.web import create_app
    from tests.accounts.factories import client_as

    own = add(store, tmp_path, "own.txt", "consent: pseudonymous\nwitness: {name: Nurbiye Eziziqari, "
              "consent: pseudonymous}\n", text=OWN)
    other = add(store, tmp_path, "other.txt", "consent: public\n", text=OTHER)
    father = _named(store, own, "Abdusalam", OWN)
    neighbour = _named(store, other, "Abdusalam", OTHER)
    _detained(store, father, own, OWN)
    _detained(store, neighbour, other, OTHER)
    with store.session() as session:  # the reviewer's word that both mentions are the one man
        entry = session.get(Person, father).entry
        session.get(Person, neighbour).entry_id = entry.id
        number = entry.number
    release_document(store, own)
    release_document(store, other)
    with store.session() as session:
        from guwah.publish import public_document

        shown = public_document(session, 1).text
        assert "took my father Person " in shown and "Abdusalam" not in shown, shown  # her release hides him
    release_entry(store, number)
    client, _ = client_as(create_app(store), store, None)
    api = client.get("/api/persons/1").json()
    page = unescape(client.get("/persons/1").text)
    sources = {source for section in ("names", "timeline") for fact in api[section] for source in fact["sources"]}
    assert sources == {2}, api  # the control: the testimony that shows his name is cited
    assert "Abdusalam" in page and "/documents/2" in page
    assert "/documents/1" not in page, page
