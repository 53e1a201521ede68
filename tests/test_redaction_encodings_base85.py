"""Withheld names in the encodings last round left open (h-safety70): a Chinese name in UTF-16
hexadecimal without its byte-order mark (read only as the characters are written, never by sound),
base85 (Python's b85encode, git's), Ascii85 (bare, or Adobe's <~…~>) and uuencode (a begin…end block,
or binascii's one line). Before, each showed the name on every public door. Controls: a named
person's name in the same encodings, and bytes that read as other characters, stay. Invented people."""

import base64
import binascii

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

WITHHELD_NAMES = ("Zörigül Kokyarli", "热西提·库尔班")
NAMED = ("Qalbinur Tellikozi", "买买提·吐尔逊")


@pytest.fixture(scope="module")
def masking():
    return build_masking([Withheld(i, (name,), WITHHELD) for i, name in enumerate(WITHHELD_NAMES, 1)], list(NAMED))


def _encoded(name: str) -> dict[str, str]:
    data = name.encode()
    return {
        "utf-16-le hex": name.encode("utf-16-le").hex(),
        "utf-16-be hex": name.encode("utf-16-be").hex().upper(),
        "base85": f"(see {base64.b85encode(data).decode()}).",
        "base85 parameter": f"?n={base64.b85encode(data).decode()}",
        "ascii85": f"({base64.a85encode(data).decode()}),",
        "adobe ascii85": base64.a85encode(data, adobe=True).decode(),
        "uu line": f"\n{binascii.b2a_uu(data).decode()}",  # as uuencode writes it: lines of their own
        "uu block": f"\nbegin 644 name.txt\n{binascii.b2a_uu(data).decode()}`\nend\n",
    }


# (A Latin name in UTF-16 without its mark was masked before: letters below U+0800.)
@pytest.mark.parametrize("name, how", [(name, how) for name in WITHHELD_NAMES for how in sorted(_encoded("x"))
                                       if not (how.startswith("utf-16") and name == "Zörigül Kokyarli")])
def test_a_withheld_name_so_encoded_is_masked(masking, name, how):
    written = _encoded(name)[how]
    shown = redact(f"The guard wrote {written} on the list.", masking).text
    assert WITHHELD in shown, shown
    assert shown.startswith("The guard wrote ") and shown.endswith(" on the list."), shown


@pytest.mark.parametrize("name", NAMED)
@pytest.mark.parametrize("how", sorted(_encoded("x")))
def test_a_named_persons_name_so_encoded_stays(masking, name, how):
    text = f"The guard wrote {_encoded(name)[how]} on the list."
    assert redact(text, masking).text == text


@pytest.mark.parametrize("text", [
    "Record 4e2d6587e5ad97 and 0x8bf765e5 stayed.",  # hexadecimal that reads as other Chinese characters
    "The code Xk3#pQ9!wZ and the tag Hello2World stay.",  # signs and digits among letters: no name
    "M at the start of a line\nand a heading\nTHE END\n",
    "begin 644 empty.txt\n`\nend\n",
])
def test_bytes_that_read_as_no_withheld_name_stay(masking, text):
    assert redact(text, masking).text == text


def test_every_public_door_shows_these_encodings_masked(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.storage.tables import Person, PersonName
    from guwah.web import create_app
    from tests.releasing import ingest_text, mark_read, release_document

    han, latin = "热西提·库尔班", "Zörigül Kokyarli"
    hidden = [han.encode("utf-16-le").hex(), base64.b85encode(latin.encode()).decode(),
              base64.a85encode(han.encode()).decode(), binascii.b2a_uu(latin.encode()).decode().strip()]
    text = (f"A public account. The guard kept a dump {hidden[0]} and a note {hidden[1]} beside "
            f"{hidden[2]}, and a mail:\n{hidden[3]}\nThe end.")
    document_id = ingest_text(store, tmp_path, "a.txt", text, "consent: public\n")
    mark_read(store, document_id)
    with store.session() as session:
        for name in (han, latin):  # no naming basis: both withheld
            person = Person(consent="public")
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document_id,
                                   asserted_by_kind="user", asserted_by="reviewer"))
    release_document(store, document_id)
    client = TestClient(create_app(store))
    for path in ("/documents/1", "/api/documents/1", "/open-data/documents.csv"):
        body = client.get(path).text
        assert "A public account" in body and "The guard kept a dump" in body, path  # control
        assert not [form for form in hidden if form in body], path
    found = 'href="http://testserver/documents/1"'
    assert found in client.get("/search?q=guard").text
    assert not [query for query in ("热西提", "Zörigül", "Kokyarli") if found in client.get(f"/search?q={query}").text]
