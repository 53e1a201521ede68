"""A person the extractor reads from a message's own furniture (a chat's sender label, a post's header
that ties a handle to a name) is a person like any other: with no naming basis their name is withheld in
a release, and so is their handle, which runs their name together (issue 11, h-persons72). Invented
people, our own words."""

from guwah.extract import extract_document
from guwah.publish import public_document
from guwah.storage.tables import PersonName
from tests.releasing import ingest_text, release_document

CHAT = ("Posted by @nurilarozi (Nurila Rozi) on 4 June 2022\n"
        "[04/06/2022 21:14] Nurila Rozi: My brother was taken to the camp in Aksu in 2018 and we have not heard "
        "from him since.\n"
        "[04/06/2022 21:20] Kashgar News Bot: This post was shared 12 times.\n"
        "[04/06/2022 21:25] Nurila Rozi: Please share it, @kashgar_news.\n")


def test_a_chat_sender_found_as_a_person_is_withheld_with_her_handle(store, tmp_path):
    document_id = ingest_text(store, tmp_path, "chat.txt", CHAT, "consent: public\n")
    extract_document(store, document_id)
    with store.session() as session:
        names = {n.name: n.person.consent for n in session.query(PersonName)}
    # the extractor reads the sender as a person (the positive control), with no naming basis of her own;
    # the bot's label is no one
    assert names.get("Nurila Rozi") == "confidential", names
    assert not any("News" in name or "Bot" in name for name in names), names
    release_document(store, document_id)
    with store.session() as session:
        shown = public_document(session, 1).text
    assert "Nurila" not in shown and "nurila" not in shown.lower() and "rozi" not in shown.lower(), shown
    assert "Posted by @[name withheld] ([name withheld])" in shown, shown
    # what names no one stays: the bot's label and another account's handle
    assert "Kashgar News Bot:" in shown and "@kashgar_news" in shown, shown
