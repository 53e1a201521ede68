"""More to show, still up (`guwah.releases.still_allowed`): an approved entry release stays up when a reviewer
accepts one more fact from a testimony it already cites, and when a new mention is linked to the entry before the
naming basis that allows its name. What makes what it shows no longer allowed (a cited testimony withdrawn, its
consent lowered, a mention linked since that records its person's refusal) still takes it down at once. Invented
names and texts."""

import pytest
from sqlalchemy import select

from tests.releasing import ingest_text, name_person, release_document
from tests.test_releases_entry_stays import NAME, _approved, _entry_released, _events

LATER = f"Years later {NAME} was seen in a labour camp sewing gloves, thinner than before."


def _fact(session, table, document: int, person: int, **columns):
    session.add(table(evidence_document_id=document, asserted_by_kind="user", asserted_by="t",
                      review_state="accepted", person_id=person, **columns))


def _accept_more_from_first(store, first: int) -> None:
    """A reviewer accepts one more fact from testimony 1 (already cited): a sentencing in 2020."""
    from guwah.storage.tables import Event, PersonName

    with store.session() as session:
        mention = session.scalar(select(PersonName.person_id).where(PersonName.evidence_document_id == first))
        _fact(session, Event, first, mention, event_type="sentencing", date_value="2020", date_precision="year")


def test_a_fact_newly_accepted_from_a_cited_testimony_leaves_the_entry_up_with_more_to_show(store, tmp_path):
    # Before: the release check compared it whole with a release drafted today, which shows the sentencing too,
    # and withdrew it at the commit that accepted the fact.
    from guwah.releases import failing_releases, out_of_date_entries

    number, public, (first, _) = _entry_released(store, tmp_path)
    [(approved, content)] = _approved(store)
    _accept_more_from_first(store, first)
    assert _approved(store) == [(approved, content)]  # the same release, as approved, still served
    assert _events(store, public) == ["arrest", "detention"]
    with store.session() as session:
        checked, failing = failing_releases(session)
        [stale] = out_of_date_entries(session)
        reason = str(stale.reason)
        session.rollback()
    assert failing == [], failing
    assert stale.release == approved and [document for document, _ in stale.new_sources] == [first]
    assert reason.startswith("more to show: draft a new entry release"), reason
    assert f"document {first} now tells" in reason, reason


@pytest.mark.parametrize("step", ["withdraw testimony 1", "consent lowered", "fact reopened"])
def test_with_a_newly_accepted_fact_what_is_no_longer_allowed_still_takes_it_down(store, tmp_path, step):
    from guwah.releases import request_consent_change, withdraw_testimony
    from guwah.review import reopen
    from guwah.storage.tables import Event

    number, public, (first, _) = _entry_released(store, tmp_path)
    _accept_more_from_first(store, first)
    assert len(_approved(store)) == 1  # more to show: still up (the control of the same path)
    with store.session() as session:
        if step == "withdraw testimony 1":
            withdraw_testimony(session, first, "editor", "the witness asked")
        elif step == "consent lowered":
            request_consent_change(session, first, "confidential", "editor")
        else:  # the arrest it shows, from testimony 1, is no longer accepted
            arrest = session.scalar(select(Event.id).where(Event.event_type == "arrest"))
            reopen(store, session, f"event:{arrest}", "editor", "misread")
    assert _approved(store) == []


def _later_mention(store, tmp_path, consent: str = "public", recorded: bool = False) -> tuple[int, int, int]:
    """Testimony 4 tells of the same man: a new mention with an accepted event, no name nor basis yet;
    returns (document, mention, its own entry's number). `recorded`: the mention records its person's
    own consent decision (`consent`), as a sidecar's witness does."""
    from guwah.storage.tables import Event, Person

    document = ingest_text(store, tmp_path, "account-later.txt", LATER, "consent: public\n")
    with store.session() as session:
        person = Person(consent=consent, consent_recorded=recorded)
        session.add(person)
        session.flush()
        _fact(session, Event, document, person.id, event_type="transfer", date_value="2021",
              date_precision="year")
        session.flush()
        return document, person.id, person.entry.number


def _link(store, number: int, other: int) -> None:
    """The new mention's link to the entry, recorded in a commit of its own (no registry act's check)."""
    from guwah.registry import merge

    with store.session() as session:
        merge(session, number, other, "reviewer")


def test_a_new_mention_linked_before_its_naming_basis_leaves_the_entry_up(store, tmp_path):
    # Before: the entry's mention without a basis made a release drafted today impossible, and the commit that
    # linked it withdrew the entry, though nothing it shows came from that mention.
    from guwah.releases import failing_releases, out_of_date_entries
    from guwah.storage.tables import PersonName

    number, public, _ = _entry_released(store, tmp_path)
    [(approved, content)] = _approved(store)
    document, mention, other = _later_mention(store, tmp_path)
    _link(store, number, other)
    assert _approved(store) == [(approved, content)]
    with store.session() as session:  # and `release check` says so: it passes, nothing more to show yet
        assert failing_releases(session)[1] == [] and out_of_date_entries(session) == []
        session.rollback()
    name_person(store, mention)  # the basis follows
    with store.session() as session:
        start = LATER.index(NAME)
        _fact(session, PersonName, document, mention, name=NAME, evidence_start=start, evidence_end=start + len(NAME))
    release_document(store, document)
    assert _approved(store) == [(approved, content)]
    assert _events(store, public) == ["arrest", "detention"]
    with store.session() as session:
        [stale] = out_of_date_entries(session)
        session.rollback()
    assert [d for d, _ in stale.new_sources] == [document] and str(stale.reason).startswith("more to show")


@pytest.mark.parametrize("consent", ["confidential", "pseudonymous"])
def test_a_mention_linked_since_that_records_a_refusal_takes_the_entry_down(store, tmp_path, consent):
    # The control: the same link, of a mention recording the person's own refusal to be named (a witness's
    # confidential or pseudonymous consent), takes it down at once; with a public decision it stays up.
    number, _, _ = _entry_released(store, tmp_path)
    _, _, other = _later_mention(store, tmp_path, consent, recorded=True)
    _link(store, number, other)
    assert _approved(store) == []


def test_a_mention_linked_since_that_records_public_consent_leaves_it_up(store, tmp_path):
    number, _, _ = _entry_released(store, tmp_path)
    _, _, other = _later_mention(store, tmp_path, "public", recorded=True)
    _link(store, number, other)
    assert len(_approved(store)) == 1


def test_a_merge_linking_an_unnamed_mention_leaves_it_up_and_its_undo_too(store, tmp_path):
    # Before h-review73 `persons merge` (a registry act) took it down where the same link committed alone left it
    # up; now it is read as any link is, and its undo leaves the release as approved too.
    from guwah.releases import merge_entries, undo_registry_act

    number, _, _ = _entry_released(store, tmp_path)
    [(approved, content)] = _approved(store)
    _, _, other = _later_mention(store, tmp_path)
    with store.session() as session:
        act = merge_entries(session, number, other, "reviewer", store=store)
    assert act.withdrawn == [] and _approved(store) == [(approved, content)]
    with store.session() as session:
        undone = undo_registry_act(session, "reviewer", store=store)
    assert undone.withdrawn == [] and undone.restored == [] and _approved(store) == [(approved, content)]


def test_a_merge_bringing_a_named_mention_from_a_testimony_public_before_shows_more_and_a_split_takes_it_down(
        store, tmp_path):
    """A merge into a published entry of a mention named from a testimony released before the entry's
    approval: the release stays up as approved, "more to show" until a new draft is approved (before: down at
    once, redrafted). A split that removes what it shows (testimony 2's mention) still takes it down at once."""
    from guwah.releases import failing_releases, merge_entries, out_of_date_entries, split_entry
    from guwah.storage.tables import PersonName
    from tests.releasing import mark_read, release_entry

    number, public, (_, second) = _entry_released(store, tmp_path)
    document, mention, other = _later_mention(store, tmp_path)
    name_person(store, mention)
    mark_read(store, document)
    release_document(store, document)
    release_entry(store, number)  # approved again after testimony 4 was released
    [(approved, content)] = _approved(store)
    with store.session() as session:
        act = merge_entries(session, number, other, "reviewer", store=store)
    assert act.withdrawn == [] and _approved(store) == [(approved, content)]
    assert _events(store, public) == ["arrest", "detention"]  # the transfer it brought is not shown yet
    with store.session() as session:
        assert failing_releases(session)[1] == []
        [stale] = out_of_date_entries(session)
        session.rollback()
    assert [d for d, _ in stale.new_sources] == [document] and str(stale.reason).startswith("more to show")
    with store.session() as session:
        told = session.scalar(select(PersonName.person_id).where(PersonName.evidence_document_id == second))
        split = split_entry(session, number, [told], "reviewer", store=store)
    assert [c.subject_type for c in split.withdrawn] == ["entry"] and _approved(store) == []
