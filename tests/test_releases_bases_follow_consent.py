"""A naming basis rests on the consent a testimony records: when that testimony's witness withdraws
or its consent is lowered, the basis goes with it (h-newcomer66).

Before: erasure withdrew the bases citing the erased testimony, but a withdrawal of the witness's
consent, or her testimony's consent lowered to confidential, left the basis of the brother she
reported approved, so every other release went on naming him on the strength of a consent she had
taken back; and a testimony lowered to pseudonymous left its witness's own-consent basis standing,
so another public text went on showing the name her account now withholds."""

import pytest

from guwah.publish import named_person_ids, public_documents
from guwah.releases import (
    approve_basis,
    propose_basis,
    request_consent_change,
    withdraw_witness_consent,
)
from guwah.storage.tables import NamingBasis, Person, PersonName, Testimony
from tests.releasing import ingest_text, mark_read, release_document

WITNESS = "Mahire Qasimjan"
BROTHER = "Ilham Qurbanjan"
OTHER = "Ekber Nurahun"


def _person(session, name: str, document_id: int) -> int:
    person = Person(consent="confidential")
    session.add(person)
    session.flush()
    session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document_id,
                           asserted_by_kind="user", asserted_by="reviewer"))
    return person.id


def _basis(store, person_id: int, basis: str, document_id: int) -> int:
    with store.session() as session:
        basis_id = propose_basis(session, person_id, basis, "drafter", note="agreed on the phone",
                                 document_id=document_id).id
    with store.session() as session:
        approve_basis(session, basis_id, "reviewer")
    return basis_id


def _archive(store, tmp_path):
    """Her public account names her brother; another public text names him, her and another man.
    Each name rests on an approved basis: the brother's and her own on her account, the other man's on
    the other text. The other text is released, showing all three (the control)."""
    account = ingest_text(store, tmp_path, "account.txt", f"I am {WITNESS}. My brother {BROTHER} was taken from Aksu.",
                          f"consent: public\nwitness: {{name: {WITNESS}, consent: public}}\n")
    other = ingest_text(store, tmp_path, "other.txt",
                        f"{BROTHER} and {OTHER} were held in the camp in Aksu; {WITNESS} spoke of it abroad.",
                        "consent: public\n")
    with store.session() as session:
        witness = session.query(Testimony).filter_by(document_id=account).one().witness_id
        brother = _person(session, BROTHER, account)
        other_man = _person(session, OTHER, other)
    for document_id in (account, other):
        mark_read(store, document_id)
    bases = {"witness": _basis(store, witness, "own_consent", account),
             "brother": _basis(store, brother, "reporting_relative", account),
             "other": _basis(store, other_man, "reporting_relative", other)}
    release_document(store, other)
    with store.session() as session:
        text = public_documents(session)[0].text
        assert BROTHER in text and OTHER in text and WITNESS in text  # control: all three named
    return account, {"witness": witness, "brother": brother, "other": other_man}, bases


def _withdrawn(store, bases: dict) -> set[str]:
    with store.session() as session:
        return {who for who, basis in bases.items() if session.get(NamingBasis, basis).withdrawn_at is not None}


@pytest.mark.parametrize("how", ["withdrawal", "lowered to confidential"])
def test_a_relative_named_on_a_testimony_made_confidential_is_withheld_again(store, tmp_path, how):
    account, people, bases = _archive(store, tmp_path)
    with store.session() as session:
        if how == "withdrawal":
            withdraw_witness_consent(session, people["witness"], "editor", "she asked on the phone")
        else:
            request_consent_change(session, account, "confidential", "editor")
    assert _withdrawn(store, bases) == {"witness", "brother"}  # the other man's rests on another text
    with store.session() as session:
        assert named_person_ids(session) == {people["other"]}
        for document in public_documents(session):  # the release naming him came down
            assert BROTHER not in document.text and WITNESS not in document.text


def test_a_testimony_lowered_to_pseudonymous_withdraws_its_witness_s_own_consent_only(store, tmp_path):
    account, people, bases = _archive(store, tmp_path)
    with store.session() as session:
        request_consent_change(session, account, "pseudonymous", "editor")
    # Her own word is now "under a pseudonym only"; what she agreed for her brother stands (a pseudonymous
    # witness may have her relative named: the shared-name rule guards her surname).
    assert _withdrawn(store, bases) == {"witness"}
    with store.session() as session:
        assert named_person_ids(session) == {people["brother"], people["other"]}
        for document in public_documents(session):
            assert WITNESS not in document.text


def test_a_basis_approved_after_the_testimony_was_lowered_stands(store, tmp_path):
    # Her later word (she agreed to be named after asking for a pseudonym) is the latest: only a
    # lowering after the approval withdraws a basis.
    account, people, bases = _archive(store, tmp_path)
    with store.session() as session:
        request_consent_change(session, account, "pseudonymous", "editor")
    again = _basis(store, people["witness"], "own_consent", account)
    with store.session() as session:
        assert session.get(NamingBasis, again).withdrawn_at is None
        assert people["witness"] in named_person_ids(session)


def test_a_raise_leaves_its_witness_withheld_until_a_basis_of_her_own_is_approved(store, tmp_path):
    # h-safety68: a raise (a second reviewer's approval) changes the testimony's level and drafts a
    # release; it does not raise the witness's own recorded consent nor restore the basis a lowering
    # withdrew, since neither is what the reviewers decided. Before, nothing said so: the commands read as
    # if the witness would now be named.
    from guwah.publish import withheld_replacement
    from guwah.redaction import pseudonym
    from guwah.releases import WitnessWithheld, decide_consent_change, witness_withheld
    from guwah.storage.tables import Release

    account, people, bases = _archive(store, tmp_path)
    with store.session() as session:
        request_consent_change(session, account, "pseudonymous", "editor")
    with store.session() as session:
        change = request_consent_change(session, account, "public", "editor", "she agreed again on 4 May")
    with store.session() as session:
        decide_consent_change(session, change.id, "reviewer", True)
    with store.session() as session:
        witness = session.get(Person, people["witness"])
        shown = pseudonym(store.ring, witness.id)
        assert session.query(Testimony).filter_by(document_id=account).one().consent == "public"
        assert (witness.consent, witness.consent_recorded) == ("pseudonymous", True)  # her own word, kept
        assert withheld_replacement(store.ring, witness) == shown
        assert witness_withheld(session, account) == WitnessWithheld(witness.id, shown, "pseudonymous",
                                                                     [bases["witness"]])
        assert people["witness"] not in named_person_ids(session)
        [draft] = session.query(Release).filter_by(subject_id=account, state="draft").all()
        assert shown in draft.content["text"] and WITNESS not in draft.content["text"]
        for document in public_documents(session):  # nothing published by the raise
            assert WITNESS not in document.text
    assert _withdrawn(store, bases) == {"witness"}  # not restored
    # Control: a basis of her own consent, approved by a second reviewer, names her.
    _basis(store, people["witness"], "own_consent", account)
    with store.session() as session:
        assert witness_withheld(session, account) is None
        assert people["witness"] in named_person_ids(session)


def test_a_raise_of_a_confidential_witness_s_testimony_shows_her_withheld_not_by_a_pseudonym(store, tmp_path):
    from guwah.redaction import WITHHELD
    from guwah.releases import decide_consent_change, witness_withheld

    account = ingest_text(store, tmp_path, "quiet.txt", f"I am {WITNESS}. I was held in Aksu.",
                          f"consent: confidential\nwitness: {{name: {WITNESS}, consent: confidential}}\n")
    mark_read(store, account)
    with store.session() as session:
        change = request_consent_change(session, account, "pseudonymous", "editor", "she agreed to a pseudonym")
    with store.session() as session:
        assert witness_withheld(session, account).own_consent == "confidential"  # asked, not decided
        decide_consent_change(session, change.id, "reviewer", True)
    with store.session() as session:
        left = witness_withheld(session, account)
        assert (left.shown, left.own_consent, left.bases_withdrawn) == (WITHHELD, "confidential", [])
