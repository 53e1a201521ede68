"""h-newcomer66 A: the document page's consent form says which naming bases a lowering withdrew, as
`guwah consent set` does (one note, `guwah.releases.basis_gone_note`), sealed against forged ids."""

from html import unescape

from guwah.web import create_app
from tests.accounts.factories import client_as, make_user


def _archive(store, tmp_path):
    from guwah.releases import approve_basis, propose_basis
    from tests.releasing import ingest_text

    ids = [ingest_text(store, tmp_path, f"w{n}.txt", f"Account number {n} of a detention in Korla.",
                       f"consent: public\nwitness: Gulbahar Ruzi{n}\n") for n in (1, 2)]
    from guwah.publish import _witness_mentions
    from guwah.storage.tables import Document

    with store.session() as session:
        witness = min(_witness_mentions(session, session.get(Document, ids[0])))
        basis = propose_basis(session, witness, "own_consent", "drafter", document_id=ids[0]).id
    with store.session() as session:
        approve_basis(session, basis, "reviewer")
    return ids, witness, basis


def test_the_consent_form_says_which_naming_bases_the_lowering_withdrew(store, tmp_path):
    from guwah.releases import basis_gone_note
    from guwah.web.i18n import localize

    (first, second), witness, basis = _archive(store, tmp_path)
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    # Control: no basis rests on the second testimony, nothing is said of bases.
    other = client.post(f"/workspace/documents/{second}/consent", data={"consent": "pseudonymous",
                                                                        "csrf_token": token}, follow_redirects=False)
    assert other.status_code == 303 and "bases=" not in other.headers["location"]
    lowered = client.post(f"/workspace/documents/{first}/consent", data={"consent": "pseudonymous",
                                                                         "csrf_token": token}, follow_redirects=False)
    assert lowered.status_code == 303 and "bases=" in lowered.headers["location"]
    note = basis_gone_note(basis, witness, first)
    page = unescape(client.get(lowered.headers["location"]).text)
    assert str(note) in page and f"withdrew naming basis {basis} of M-{witness}" in page
    russian = unescape(client.get(lowered.headers["location"] + "&lang=ru").text)
    assert localize(note, "ru") in russian
    # A forged list (another id, or the seal of another document) is refused, showing nothing.
    forged = client.get(lowered.headers["location"].replace(f"bases={basis}", f"bases={basis + 1}"))
    assert forged.status_code == 400 and "withdrew naming basis" not in unescape(forged.text)
