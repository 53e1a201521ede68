"""h-product54: a release's masks said in words a reviewer understands: whose names (how many persons,
and why each: their own refusal, or no approved naming basis), how many passages and details, never
a masked word (`guwah.publish.masked_people`, `withheld_reasons`; `guwah release propose` prints them,
the workspace's release page shows them)."""

from guwah.publish import NO_BASIS, OWN_REFUSAL, masked_people, withheld_reasons
from guwah.releases import draft_release
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, mark_read, name_person

TEXT = ("Synthetic example. My brother Nurmemet Qadirjan was taken from Yengiawat in 2018; Nurmemet Qadirjan "
        "wrote once. Our neighbour Gulbahar Tohtiniyaz saw it, and Dilnur Sabitjan told us.")


def _person(session, document: int, name: str, *, refused: bool = False) -> int:
    """A mention whose name was read in the text (its first place); `refused`: it records the
    person's own refusal to be named (a witness's confidential consent)."""
    person = Person(consent="confidential", consent_recorded=refused)
    session.add(person)
    session.flush()
    start = TEXT.index(name)
    session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document, evidence_start=start,
                           evidence_end=start + len(name), asserted_by_kind="user", asserted_by="t"))
    session.flush()
    return person.id


def _testimony(store, tmp_path) -> tuple[int, int]:
    document = ingest_text(store, tmp_path, "n.txt", TEXT, "consent: public\n")
    mark_read(store, document)
    with store.session() as session:
        _person(session, document, "Nurmemet Qadirjan")
        _person(session, document, "Gulbahar Tohtiniyaz", refused=True)
        named = _person(session, document, "Dilnur Sabitjan")
    return document, named


def test_masked_people_counts_persons_by_why_never_a_named_one(store, tmp_path):
    document, named = _testimony(store, tmp_path)
    with store.session() as session:
        assert masked_people(session, document) == {NO_BASIS: 2, OWN_REFUSAL: 1}
    name_person(store, named)  # a reviewer approved showing Dilnur's name: no longer counted
    with store.session() as session:
        assert masked_people(session, document) == {NO_BASIS: 1, OWN_REFUSAL: 1}


def test_the_reasons_say_persons_places_and_details_without_a_masked_word(store, tmp_path):
    document, named = _testimony(store, tmp_path)
    name_person(store, named)
    with store.session() as session:
        release = draft_release(session, document, "drafter", ["Yengiawat"])
        reasons = [str(reason) for reason in withheld_reasons(release.content, release.masks,
                                                              masked_people(session, document))]
        shown = release.content["text"]
    assert "Dilnur Sabitjan" in shown and "Nurmemet" not in shown  # named shown, withheld masked
    assert ("the names of 2 persons this testimony names are masked wherever they are written (3 places in all)"
            in reasons), reasons
    assert any(r.startswith("1 of them is a withheld person: their own refusal to be named") for r in reasons)
    assert "1 of them has no approved naming basis: no reviewer approved showing the name" in reasons
    assert any(r.startswith("details masked: 1 (a place, a date") for r in reasons), reasons
    assert not any(r.startswith("names masked:") for r in reasons)  # the old count of masks is gone
    said = " ".join(reasons)
    for word in ("Nurmemet", "Qadirjan", "Gulbahar", "Tohtiniyaz", "Yengiawat", "Dilnur"):
        assert word not in said


def test_names_read_only_in_other_testimonies_are_said_so(store, tmp_path):
    # A name the archive holds from another text is masked here too; no person of this text stands for it.
    other = ingest_text(store, tmp_path, "o.txt", "Nothing here.", "consent: confidential\n")
    document = ingest_text(store, tmp_path, "p.txt", "Synthetic example. Abdurehim Mijitjan was seen there.",
                           "consent: public\n")
    mark_read(store, document)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Abdurehim Mijitjan", evidence_document_id=other,
                               asserted_by_kind="user", asserted_by="t"))
        session.flush()
        release = draft_release(session, document, "drafter")
        people = masked_people(session, document)
        reasons = [str(r) for r in withheld_reasons(release.content, release.masks, people)]
    assert people == {}
    assert "a name the archive withholds, read in another testimony, is masked in 1 place" in reasons, reasons


def test_only_a_draft_or_the_approved_release_is_said_by_persons(store, tmp_path):
    # Who is named is read today: a superseded release's masks stay a count (names masked: N).
    from guwah.publish import release_masked_people

    document, _ = _testimony(store, tmp_path)
    with store.session() as session:
        first = draft_release(session, document, "drafter")
        second = draft_release(session, document, "drafter")
        assert first.state == "superseded" and release_masked_people(session, first) is None
        assert release_masked_people(session, second) == {NO_BASIS: 2, OWN_REFUSAL: 1}
        reasons = [str(r) for r in withheld_reasons(first.content, first.masks, release_masked_people(session, first))]
    assert any(r.startswith("names masked: 4 (") for r in reasons), reasons  # Nurmemet twice, 2 others
