"""h-product54: the release check's redraft, refused on approval, is said in the reader's language with
the page's "Draft it again" button for the command, and the page comes back with its status; the CLI's
refusal still names the command (a page test; the browser walk is test_browser_release_refusals)."""

import re
from html import unescape

import pytest

from guwah.web import create_app
from tests.accounts.factories import client_as, make_user


@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_the_checks_redraft_is_refused_in_place_naming_the_button_not_the_command(store, tmp_path, code):
    from guwah.errors import ReviewRequired
    from guwah.publish import SYSTEM
    from guwah.releases import approve_release, draft_release
    from guwah.storage.tables import Release
    from guwah.web.i18n import translations
    from tests.releasing import ingest_text, mark_read

    document = ingest_text(store, tmp_path, "a.txt", "Synthetic example. Nothing here names anyone.",
                           "consent: public\n")
    mark_read(store, document)
    with store.session() as session:
        draft = draft_release(session, document, "drafter").id
        session.get(Release, draft).drafted_by = SYSTEM
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    refused = client.post(f"/workspace/releases/{draft}/approve?lang={code}", data={"csrf_token": token})
    gettext = translations(code).gettext
    assert refused.status_code == 409
    said = unescape(refused.text)
    expected = gettext("%(what)s was redrafted automatically: draft it again yourself (%(again)s), so that a second "
                       "reviewer checks what you chose to mask") % {
        "what": gettext("release %(release)s") % {"release": draft},
        "again": gettext("the button “Draft it again” on this page")}
    assert expected in said and 'id="release-refused"' in refused.text
    assert "guwah release" not in said
    assert re.search(rf'<form [^>]*action="[^"]*/workspace/documents/{document}/release[?"][^>]*draft-again',
                     refused.text)  # the button's form
    assert gettext("Draft it again") in said and (code == "en" or gettext("Draft it again") != "Draft it again")
    with store.session() as session, pytest.raises(ReviewRequired, match=f"guwah release propose {document}"):
        approve_release(session, draft, "eldor")  # the CLI's words: the command
    with store.session() as session:
        assert session.get(Release, draft).state == "draft"
