"""h-safety68: the document page says that a raise of consent leaves the witness withheld, shown as her
pseudonym or "[name withheld]", and that naming her needs a basis of her own consent approved by a second
reviewer (`guwah.releases.witness_withheld`), as `guwah consent set` and `consent approve` do."""

import re
from html import unescape

from guwah.redaction import WITHHELD
from guwah.web import create_app
from tests.accounts.factories import client_as, make_user
from tests.web.test_consent_bases_told import _archive


def test_the_document_page_says_a_raise_leaves_the_witness_withheld(store, tmp_path):
    (first, second), witness, basis = _archive(store, tmp_path)
    app = create_app(store)
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    named = unescape(client.get(f"/workspace/documents/{first}").text)
    assert "is withheld: releases show" not in named  # control: her basis of her own consent names her
    lowered = client.post(f"/workspace/documents/{first}/consent", data={"consent": "pseudonymous", "csrf_token": token},
                          follow_redirects=False)
    assert lowered.status_code == 303
    asked = client.post(f"/workspace/documents/{first}/consent",
                        data={"consent": "public", "reason": "she agreed again on 4 May", "csrf_token": token},
                        follow_redirects=False)
    assert asked.status_code == 303
    from guwah.releases import pending_consent_changes

    with store.session() as session:
        [change] = [c.id for c in pending_consent_changes(session)]
    other, other_token = client_as(app, store, make_user(store, "saule", "editor", totp=True))
    decided = other.post(f"/workspace/consent/{change}/decide", data={"decision": "approve", "csrf_token": other_token},
                         follow_redirects=False)
    assert decided.status_code == 303
    page = _text(other.get(f"/workspace/documents/{first}").text)
    shown = WITHHELD  # her sidecar recorded no consent of her own: withheld, not a pseudonym
    assert f"The witness, mention M-{witness}, is withheld: releases show “{shown}”" in page, page
    assert "naming the witness needs a naming basis of the witness's own consent" in page
    russian = _text(other.get(f"/workspace/documents/{first}?lang=ru").text)
    assert f"Свидетель, упоминание M-{witness}, скрыт: публикации показывают «{shown}»" in russian


def _text(page: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", page))
