"""A detail a reviewer masked in a pseudonymous testimony's release (her village, the day of the arrest)
stays masked in the release of a text that carries it: a republication under an editor's note, a
near-duplicate, a translation (h-adversary70). Consent and embargoes already travelled with the text;
the masked details did not, so the republication's draft showed "the village of Beshkerem" and "3 April
2017" again, and one more approval published what the first release hid. The control: the rest of
the copy is shown, and a detail masked nowhere stays shown. Through the workspace's approval and the
public page and API. Invented people, our own words."""

from html import unescape

from guwah.releases import draft_release
from tests.releasing import release_document
from tests.test_publish import add

OWN = ("Synthetic example. My name is Mehriban Saydullaeva. I was born in the village of Beshkerem near the "
       "river. On 3 April 2017 the police came to our house and took my husband away to a camp in Kashgar. "
       "The guards beat him and kept him awake at night.")
COPY = "Editor's note: republished from an open source with the witness's permission.\n" + OWN


def test_a_republication_keeps_the_details_its_original_masks(store, tmp_path):
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    own = add(store, tmp_path, "own.txt", "consent: pseudonymous\nwitness: {name: Mehriban Saydullaeva, "
              "consent: pseudonymous}\n", text=OWN)
    release_document(store, own, ["Beshkerem", "3 April 2017"])
    copy = add(store, tmp_path, "copy.txt", "consent: public\ntitle: Republished\n", text=COPY)
    with store.session() as session:
        draft = draft_release(session, copy, "drafter").id
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    done = client.post(f"/workspace/releases/{draft}/approve", data={"csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303, done.text
    for number in (1, 2):
        page = unescape(client.get(f"/documents/{number}").text)
        text = client.get(f"/api/documents/{number}").json()["text"]
        for shown in (page, text):
            assert "Beshkerem" not in shown and "3 April" not in shown and "Mehriban" not in shown, (number, shown)
            # the control: the rest is shown, a place no one masked included
            assert "took my husband away to a camp in Kashgar" in shown, (number, shown)
    assert "Editor's note" in client.get("/api/documents/2").json()["text"]
