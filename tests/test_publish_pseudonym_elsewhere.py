"""A pseudonymous witness's pseudonym is shown only in her own testimony (and the texts that translate
or copy it), never in another testimony that writes her name (h-adversary72). Before, the archive-wide
masks put her stable pseudonym wherever her name was written: a neighbour's public testimony that
the extractor had not read her name in ("the teacher Kurmangazykyzy from the village by the river")
was published as "the teacher Person ABCD from the village by the river", and a reader joined that
village to the account she gave under that pseudonym, whose village the reviewer had masked. The
control: her own testimony still shows her pseudonym. Through the public page and API. Invented
people."""

from html import unescape

from guwah.redaction import PSEUDONYM_FORM, WITHHELD
from tests.test_publish import add, release

HERS = ("I am Saltanat Kurmangazykyzy. In June they took my husband from our house at night, and "
        "nobody has told me where he is held.")
HERS_SIDECAR = ("consent: pseudonymous\ntitle: A wife's account\n"
                "witness: {name: Saltanat Kurmangazykyzy, consent: pseudonymous}\n")
NEIGHBOUR = ("My name is Abdusalam Qeyser. The teacher Kurmangazykyzy from the village by the river was "
             "questioned too.")


def test_her_pseudonym_is_not_shown_in_another_testimony_that_names_her(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    hers = add(store, tmp_path, "hers.txt", HERS_SIDECAR, text=HERS)
    other = tmp_path / "other"
    other.mkdir()
    neighbour = add(store, other, "neighbour.txt", "consent: public\ntitle: A neighbour\n", text=NEIGHBOUR)
    release(store, hers)
    release(store, neighbour)
    client = TestClient(create_app(store))
    own = client.get("/api/documents/1").json()["text"]
    pseudonyms = PSEUDONYM_FORM.findall(own)
    assert pseudonyms and "Kurmangazykyzy" not in own, own  # the control: her own text shows her pseudonym
    shown = client.get("/api/documents/2").json()["text"]
    page = unescape(client.get("/documents/2").text)
    assert f"The teacher {WITHHELD} from the village" in shown, shown
    for text in (shown, page):
        assert "Kurmangazykyzy" not in text
        assert not any(pseudonym in text for pseudonym in pseudonyms), text
