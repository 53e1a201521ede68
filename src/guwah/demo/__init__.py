"""Demo testimonies bundled with Guwah.

Every one is a SYNTHETIC EXAMPLE written for the demo: the people in them are invented (the
place names are real). They exist to show each consent level and each input format.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path


@contextmanager
def demo_folder() -> Iterator[Path]:
    """The folder of demo testimonies and their sidecars, as a real path."""
    with resources.as_file(resources.files(__package__).joinpath("testimonies")) as path:
        yield Path(path)


DEMO_DRAFTER = "guwah demo"
DEMO_REVIEWER = "demo reviewer (guwah demo)"
# Details the demo's pseudonymous testimony asks to mask, as a reviewer would.
_DEMO_DETAILS = {"04-temoignage-mere.txt": ["Aksou", "5 juin 2017"]}
# The demo's public report names its invented detainees at their families' request: each named
# person extracted from it gets a reporting relative's basis (every other name stays masked).
_DEMO_NAMED_BY_FAMILIES = {"03-report-several-detainees.html"}


def release_demo(store, document_ids: dict[str, int]) -> int:
    """Approve the demo's releases, so that `./dev run` shows its public testimonies.

    Only the demo may do this: it extracts each demo document (a release needs the names
    extraction finds, to mask them), then approves under a named demo reviewer (audited as such),
    after recording the naming basis of each witness who consented to be named. Testimonies already
    released are left alone. Returns how many releases it approved.

    Args:
        document_ids: original file name -> document id, for the demo's own documents.
    """
    from sqlalchemy import select

    from guwah.domain import ConsentLevel
    from guwah.extract import extract_document
    from guwah.publish import effective_consent
    from guwah.releases import approve_basis, approve_release, current_release, draft_release, propose_basis
    from guwah.storage.tables import NamingBasis, Person, PersonName, Testimony

    # The masks come from the names extraction finds: a release needs its document extracted.
    for document_id in document_ids.values():
        extract_document(store, document_id)
    approved = 0
    with store.session() as session:
        for document_id in document_ids.values():
            testimony = session.scalar(select(Testimony).where(Testimony.document_id == document_id))
            witness = session.get(Person, testimony.witness_id) if testimony and testimony.witness_id else None
            if (witness is not None and witness.consent == ConsentLevel.PUBLIC.value
                    and session.scalar(select(NamingBasis).where(NamingBasis.person_id == witness.id)) is None):
                basis = propose_basis(session, witness.id, "own_consent", DEMO_DRAFTER,
                                      "demo sidecar: the invented witness consents to be named", document_id)
                approve_basis(session, basis.id, DEMO_REVIEWER)
        for name, document_id in document_ids.items():
            if name not in _DEMO_NAMED_BY_FAMILIES:
                continue
            named = session.scalars(select(PersonName.person_id).where(PersonName.evidence_document_id == document_id)
                                    .distinct())
            for person_id in list(named):
                if session.scalar(select(NamingBasis).where(NamingBasis.person_id == person_id)) is None:
                    basis = propose_basis(session, person_id, "reporting_relative", DEMO_DRAFTER,
                                          "demo: the invented families asked that the names be published")
                    approve_basis(session, basis.id, DEMO_REVIEWER)
    with store.session() as session:
        for name, document_id in document_ids.items():
            if (effective_consent(session, document_id) == ConsentLevel.CONFIDENTIAL.value
                    or current_release(session, document_id) is not None):
                continue
            release = draft_release(session, document_id, DEMO_DRAFTER, _DEMO_DETAILS.get(name, []))
            approve_release(session, release.id, DEMO_REVIEWER)
            approved += 1
    return approved
