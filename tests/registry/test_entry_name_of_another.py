"""A name added to a named person's mention at the very words where the text names someone withheld is
not shown by the person's entry (h-adversary75). Before, `guwah review add DOC --kind name --person E-N`
citing another man's name ("He saw Kamal Yasinov there": a reviewer's slip, the extractor's too) was
accepted at once, the entry's next release listed "Kamal Yasinov" among the named person's names, and the
public person page, persons.csv and the search showed the withheld man's name, which every released
text masks. The control: the named person's own name from the same testimony is shown. Invented people."""

from guwah.publish import entry_content, public_document
from guwah.review.addition import add_fact
from guwah.storage.tables import Event, Person, PersonName
from tests.registry.test_entry_release import _document
from tests.releasing import name_person, release_document, release_entry

TEXT = "My brother Tursun Ehmet was detained in 2018. In the camp he saw Kamal Yasinov, our neighbour."


def _person(store, document_id, name, accepted=True):
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted" if accepted else "proposed"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = TEXT.index(name)
        session.add(PersonName(person_id=person.id, name=name, evidence_start=start, evidence_end=start + len(name),
                               **facts))
        session.add(Event(person_id=person.id, event_type="detention", date_value="2018", date_precision="year",
                          **facts))
        return person.id, person.entry.number


def test_a_name_added_where_the_text_names_a_withheld_person_is_not_shown_by_the_entry(store, tmp_path):
    document = _document(store, tmp_path, "p.txt", "public", text=TEXT)
    brother, number = _person(store, document, "Tursun Ehmet")
    _person(store, document, "Kamal Yasinov")  # no basis: withheld
    name_person(store, brother)
    with store.session() as session:
        add_fact(store, session, document, "name", "Kamal Yasinov", "editor1", {"name": "Kamal Yasinov"},
                 person=f"M-{brother}")
    release_document(store, document)
    with store.session() as session:
        assert "Kamal" not in public_document(session, 1).text  # the text masks him
        names = [row["name"] for row in entry_content(session, session.get(Person, brother).entry_id)["names"]]
    assert names == ["Tursun Ehmet"], names
    release_entry(store, number)
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    client = TestClient(create_app(store))
    for path in ("/persons/1", "/api/persons/1", "/open-data/persons.csv"):
        answer = client.get(path)
        assert answer.status_code == 200 and "Yasinov" not in answer.text, (path, answer.text[:300])
    assert client.get("/api/search?q=Kamal%20Yasinov").json()["persons"]["count"] == 0
    assert client.get("/api/search?q=Tursun%20Ehmet").json()["persons"]["count"] == 1  # control
    assert "Tursun Ehmet" in client.get("/persons/1").text  # control: his own name is shown


def test_a_name_added_that_a_withheld_person_of_the_same_text_bears_is_not_shown_when_cited_elsewhere(store, tmp_path):
    """h-adversary76: the extractor cites a relative's name at the kin words before it (Russian «Моего мужа
    Кайрата Сейткалиева»: the span is «Моего мужа»), so the name added at the name itself overlapped no
    withheld person's span, and the entry of the named man it was added to published the withheld husband's
    name (person page, search) while the text masked it. The same name as a withheld person's of the same
    text is that person's words wherever each is cited. The control: the named man's own name is shown."""
    document = _document(store, tmp_path, "p.txt", "public", text=TEXT)
    brother, number = _person(store, document, "Tursun Ehmet")
    withheld, _ = _person(store, document, "Kamal Yasinov")
    with store.session() as session:  # his name cited at the kin words, as the extractor cites a relative
        row = session.query(PersonName).filter_by(person_id=withheld).one()
        row.evidence_start = TEXT.index("our neighbour")
        row.evidence_end = row.evidence_start + len("our neighbour")
    name_person(store, brother)
    with store.session() as session:
        add_fact(store, session, document, "name", "Kamal Yasinov", "editor1", {"name": "Kamal Yasinov"},
                 person=f"M-{brother}")
    release_document(store, document)
    with store.session() as session:
        assert "Kamal" not in public_document(session, 1).text  # the text masks him
        names = [row["name"] for row in entry_content(session, session.get(Person, brother).entry_id)["names"]]
    assert names == ["Tursun Ehmet"], names
    release_entry(store, number)
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    client = TestClient(create_app(store))
    assert client.get("/api/search?q=Kamal%20Yasinov").json()["persons"]["count"] == 0
    assert "Yasinov" not in client.get("/persons/1").text
    assert "Tursun Ehmet" in client.get("/persons/1").text  # control: his own name is shown
