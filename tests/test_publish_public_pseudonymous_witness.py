"""A public testimony whose witness chose a pseudonym for herself (`witness: {consent: pseudonymous}`,
the intake form's "witness consent") must not lead back to her (h-adversary70). Before, only her own
name was masked: "my elder brother Erkinjan Hamdulla", named on her word, showed her surname beside
the kin word on the public page, and "my husband Abdurehim Tursun" went out with no reviewer asked.
Her text is now drafted as a pseudonymous testimony's is for her: the part of a relative's name that
is hers stays masked, and a relative shown beside a kin word needs the reviewer's choice. The
controls: the same testimony whose witness is public shows both relatives whole with no choice
asked, and the reviewer's choice still publishes her husband. Through the workspace's approval and the public page and API. Invented people."""

from html import unescape

import pytest

from guwah.releases import approve_basis, draft_release, propose_basis
from tests.test_publish import add, name_person

TEXT = ("My name is Gulzire Hamdulla. I lived in a village near the river. In summer my elder brother "
        "Erkinjan Hamdulla was taken from his shop by the police. He is still held in a prison. In the autumn "
        "they came back for my husband Abdurehim Tursun, who had asked at the police station where he was.")
SIDECAR = "consent: public\ntitle: An account\nwitness: {{name: Gulzire Hamdulla, consent: {witness}}}\n"


def _drafted(store, tmp_path, witness):
    document = add(store, tmp_path, "a.txt", SIDECAR.format(witness=witness), text=TEXT)
    relatives = [name_person(store, document, name, "public", text=TEXT)
                 for name in ("Erkinjan Hamdulla", "Abdurehim Tursun")]
    for person in relatives:
        with store.session() as session:
            row = propose_basis(session, person, "reporting_relative", "drafter", document_id=document)
        with store.session() as session:
            approve_basis(session, row.id, "reviewer")
    with store.session() as session:
        draft = draft_release(session, document, "drafter").id
    return document, relatives, draft


@pytest.mark.parametrize("witness", ["pseudonymous", "public"])
def test_a_public_testimony_of_a_pseudonymous_witness_does_not_show_her_through_her_brother(store, tmp_path, witness):
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    document, (_, husband), draft = _drafted(store, tmp_path, witness)
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    first = client.post(f"/workspace/releases/{draft}/approve", data={"csrf_token": token}, follow_redirects=False)
    if witness == "public":  # the control: she agreed to be public; her relatives tell nothing more
        assert first.status_code == 303, first.text
        page = unescape(client.get("/documents/1").text)
        assert "my elder brother Erkinjan Hamdulla" in page and "my husband Abdurehim Tursun" in page
        return
    # her husband beside "my husband" is the reviewer's choice (her brother's name bears hers: masked whole)
    assert first.status_code == 409 and f"shows M-{husband} by name" in unescape(first.text), first.text
    assert client.get("/documents/1").status_code == 404  # nothing was published
    done = client.post(f"/workspace/releases/{draft}/approve",
                       data={"csrf_token": token, "keep_relative_names": "1", "reason": "the family asked"},
                       follow_redirects=False)
    assert done.status_code == 303, done.text
    page = unescape(client.get("/documents/1").text)
    api = client.get("/api/documents/1").json()
    # the positive control: the husband shown as the reviewer chose
    assert "my husband Abdurehim Tursun" in page and "my husband Abdurehim Tursun" in api["text"]
    assert api["title"] == "An account"  # a public testimony's metadata, as her consent chose
    for shown in (page, api["text"]):
        assert "Hamdulla" not in shown and "Gulzire" not in shown, shown
