"""A withheld name written in an encoding a reader undoes in one click is masked (`redaction._encoded_spans`).

Before, the masks read percent-encoded addresses in UTF-8 only, so an address of an older Russian,
Western or Chinese site (`%C3%F3%EB…` is Гулзийра in cp1251; `Z%F6rig%FCl` is Zörigül in cp1252;
GBK for characters) kept the withheld name for any decoder with a choice of charset; a "+" for a
space in a query string cut a name in two, so that a part a named person shares stayed shown
("?q=[name withheld]+Saypidin"); base64 in a URL parameter ("?n=WsO2cmlnw7xs") and HTML character
references ("Z&#246;rig&#252;l", "&#x413;&#x443;…", "Z&ouml;rig&uuml;l") in a page's kept markup
were not read at all. Each test carries its control: the same encoding of a named person's name,
or of words that name no one, stays as it is. Every name here is invented.
"""

import base64
import json
from urllib.parse import quote

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

# Withheld: a Russian spelling, a Latin one with letters outside ASCII, one the archive also holds in
# characters, one whose family name a named person shares.
WITHHELD_PEOPLE = [Withheld(1, ("Гулзийра Телликозова",), WITHHELD), Withheld(2, ("Zörigül Kokyarli",), WITHHELD),
                   Withheld(3, ("Qalbinur Tellikozi", "卡勒比努尔·铁力克孜"), WITHHELD),
                   Withheld(4, ("Mexrijan Saypidin",), WITHHELD)]
NAMED = ["Bekturdi Saypidin", "Айзибам Кокярова", "Yaltugül Mollaqari"]


@pytest.fixture(scope="module")
def masking():
    return build_masking(WITHHELD_PEOPLE, NAMED, [])


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("encoding, withheld, named", [
    ("cp1251", "Гулзийра Телликозова", "Айзибам Кокярова"),
    ("koi8_r", "Гулзийра", "Айзибам"),
    ("cp1252", "Zörigül-Kokyarli", "Yaltugül-Mollaqari"),
    ("cp1254", "Zörigül", "Yaltugül"),
    ("gbk", "卡勒比努尔", "喀什"),  # control: a city, in the same encoding
])
def test_a_withheld_name_percent_encoded_in_another_encoding_than_utf8_is_masked(masking, encoding, withheld, named):
    hidden, shown = quote(withheld, encoding=encoding), quote(named, encoding=encoding)
    text = f"Saved from https://old.example/news/{hidden}/ and https://old.example/news/{shown}/."
    redacted = redact(text, masking).text
    assert redacted == f"Saved from https://old.example/news/{WITHHELD}/ and https://old.example/news/{shown}/.", redacted


def test_a_plus_for_a_space_in_a_query_joins_the_parts_of_a_withheld_name(masking):
    # The family name is a named person's too: before, it stayed beside the mask of the given name.
    text = "Found by https://example.org/search?q=Mexrijan+Saypidin&page=2 and ?q=Bekturdi+Saypidin"
    assert redact(text, masking).text == (f"Found by https://example.org/search?q={WITHHELD}&page=2 and "
                                          "?q=Bekturdi+Saypidin")


@pytest.mark.parametrize("written", [
    b64("Zörigül"),
    b64url("Qalbinur Tellikozi"),
    b64("Гулзийра"),  # with its padding
    quote(b64("Гулзийра Телликозова")),  # "=" percent-encoded in a query
    b64(json.dumps({"name": "Zörigül Kokyarli"})),
])
def test_a_withheld_name_in_base64_in_an_address_is_masked(masking, written):
    text = (f"Shared as https://example.org/p?n={written}&lang=en, https://example.org/u/{written}/about, "
            f"https://example.org/p?n={b64('Yaltugül Mollaqari')} and https://example.org/p?t={b64url('the report')}.")
    redacted = redact(text, masking).text
    assert written not in redacted, redacted
    assert redacted.count(WITHHELD) == 2, redacted
    # Controls: a named person's name and words that name no one, in the same encoding, stay.
    assert b64("Yaltugül Mollaqari") in redacted and b64url("the report") in redacted, redacted


@pytest.mark.parametrize("written", [
    "Z&#246;rig&#252;l Kokyarli",  # decimal
    "Z&#xF6;rig&#xfc;l",  # hexadecimal
    "Z&ouml;rig&uuml;l",  # named
    "Z&oumlrig&uumll",  # named without its semicolon, as browsers still read it
    "&#x413;&#x443;&#x43b;&#x437;&#x438;&#x439;&#x440;&#x430;",  # every letter a reference
    "Z&amp;#246;rig&amp;#252;l",  # escaped twice: the page's text shows "Z&#246;rig&#252;l"
    "Mexrijan&nbsp;Saypidin",  # the family name a named person shares, joined by a no-break space
    "Qalbinur&#39;s",
])
def test_a_withheld_name_written_with_html_character_references_is_masked(masking, written):
    text = f"<p>Her daughter {written} &amp; Yaltug&uuml;l Mollaqari met at the Caf&eacute; Bekturdi&nbsp;Saypidin.</p>"
    redacted = redact(text, masking).text
    assert redacted == (f"<p>Her daughter {WITHHELD} &amp; Yaltug&uuml;l Mollaqari met at the Caf&eacute; "
                        "Bekturdi&nbsp;Saypidin.</p>"), redacted


@pytest.mark.parametrize("written", ["Z=C3=B6rig=C3=BCl", "=?UTF-8?Q?Z=C3=B6rig=C3=BCl_Kokyarli?=", "Z=F6rig=FCl"])
def test_a_withheld_name_quoted_printable_in_an_e_mails_source_is_masked(masking, written):
    text = f"To: {written} <x@example.org>\nCc: Yaltug=C3=BCl Mollaqari\nSize=3D4"
    redacted = redact(text, masking).text
    assert written not in redacted and WITHHELD in redacted, redacted
    assert redacted.endswith("\nCc: Yaltug=C3=BCl Mollaqari\nSize=3D4"), redacted  # controls


@pytest.mark.parametrize("written", ["Z\\u00f6rig\\u00fcl Kokyarli", "\\u0413\\u0443\\u043b\\u0437\\u0438\\u0439\\u0440\\u0430"])
def test_a_withheld_name_in_json_escapes_is_masked(masking, written):
    text = f'{{"who": "{written}", "other": "Yaltug\\u00fcl Mollaqari", "emoji": "\\ud83d\\ude00"}}'
    redacted = redact(text, masking).text
    assert redacted == f'{{"who": "{WITHHELD}", "other": "Yaltug\\u00fcl Mollaqari", "emoji": "\\ud83d\\ude00"}}'


def test_a_mask_read_through_references_keeps_its_pseudonym_and_the_text_around_it():
    masking = build_masking([Withheld(7, ("Zörigül Kokyarli",), "Person QXZT")], [], [])
    redacted = redact("AT&amp;T wrote: Z&ouml;rig&uuml;l Kokyarli &mdash; &copy; 2019", masking)
    assert redacted.text == "AT&amp;T wrote: Person QXZT &mdash; &copy; 2019"
    assert [(mask.start, mask.end, mask.kind) for mask in redacted.masks] == [(16, 27, "name")]


def test_every_public_door_shows_the_encoded_names_masked(store, tmp_path):
    # A public testimony whose text and source address hold withheld names in these encodings,
    # released: the page, the API (whose JSON escapes letters outside ASCII as \u: only the masked
    # text is so written), the open data and the search show the masks and no encoded name.
    from fastapi.testclient import TestClient

    from guwah.storage.tables import Person, PersonName
    from guwah.web import create_app
    from tests.releasing import ingest_text, mark_read, release_document

    address = quote("Гулзийра Телликозова", encoding="cp1251")
    text = (f"A public account from the Caf&eacute;. The guard told Z&#246;rig&#252;l Kokyarli to wait; her page "
            f"was https://old.example/{address}/ and https://example.org/p?n={b64('Zörigül')}.")
    document_id = ingest_text(store, tmp_path, "a.txt", text,
                              f"consent: public\nurl: https://example.org/p?n={b64url('Zörigül Kokyarli')}\n")
    mark_read(store, document_id)
    with store.session() as session:
        for name in ("Zörigül Kokyarli", "Гулзийра Телликозова"):  # no naming basis: both withheld
            person = Person(consent="public")
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document_id,
                                   asserted_by_kind="user", asserted_by="reviewer"))
    release_document(store, document_id)
    client = TestClient(create_app(store))
    api = client.get("/api/documents/1")
    assert api.json()["text"] == (f"A public account from the Caf&eacute;. The guard told {WITHHELD} to wait; her "
                                  f"page was https://old.example/{WITHHELD}/ and https://example.org/p?n={WITHHELD}.")
    assert api.json()["url"] is None
    hidden = ["Zörigül", "Z&#246;rig", "Z\\u00f6rig", "Kokyarli", "Гулзийра", address[:12], b64("Zörigül"),
              b64url("Zörigül Kokyarli"), "Z&amp;#246;rig"]
    for path in ("/documents/1", "/api/documents/1", "/open-data/documents.csv"):
        body = client.get(path).text
        assert "A public account" in body, path  # control: the door shows the testimony
        assert not [form for form in hidden if form in body], path
    # The search finds the testimony by its words (control), never by a masked name.
    found = 'href="http://testserver/documents/1"'
    assert found in client.get("/search?q=guard").text
    assert not [query for query in ("Zörigül", "Kokyarli", "Гулзийра") if found in client.get(f"/search?q={query}").text]
