"""A pseudonymous witness's pseudonym is shown only in her own testimony (and the texts that translate
or copy it), never in another testimony that writes her name (h-adversary72). Before, the archive-wide
masks put her stable pseudonym wherever her name was written: a neighbour's public testimony that
the extractor had not read her name in ("the teacher Kurmangazykyzy from the village by the river")
was published as "the teacher Person ABCD from the village by the river", and a reader joined that
village to the account she gave under that pseudonym, whose village the reviewer had masked. The
control: her own testimony still shows her pseudonym. Through the public page and API. Invented
people."""

from html import unescape

import pytest
from sqlalchemy import select

from guwah.redaction import PSEUDONYM_FORM, WITHHELD
from guwah.releases import approve_basis, propose_basis
from guwah.storage.tables import Testimony
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


ACCOUNTS = ("I am Saltanat Kurmangazykyzy. In June they took my husband from our house at night. I write about "
            "it on my channel @saltik_river and at t.me/saltik_kz, and my daughter posts on "
            "https://www.instagram.com/aru.river.2009 every week.")
HANDLES = ("@saltik_river", "saltik_kz", "aru.river.2009")


@pytest.mark.parametrize("witness", ["pseudonymous", "public"])
def test_a_pseudonymous_testimony_shows_no_account_handle(store, tmp_path, witness):
    """An account's handle or profile address leads to the person who writes there: in the account of a
    witness shown under a pseudonym it is masked as a contact detail, as her e-mail and phone are. The
    control: a public witness's own testimony shows her channel as before (h-adversary72)."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    sidecar = HERS_SIDECAR.replace("consent: pseudonymous\n", f"consent: {witness}\n", 1).replace(
        "consent: pseudonymous}", f"consent: {witness}}}")
    document = add(store, tmp_path, "hers.txt", sidecar, text=ACCOUNTS)
    if witness == "public":  # her own consent, approved by a second reviewer
        with store.session() as session:
            witness_id = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document))
            basis = propose_basis(session, witness_id, "own_consent", "drafter", document_id=document).id
        with store.session() as session:
            approve_basis(session, basis, "reviewer")
    release(store, document)
    client = TestClient(create_app(store))
    shown = client.get("/api/documents/1").json()["text"]
    page = unescape(client.get("/documents/1").text)
    assert "I write about it on my channel" in shown  # the text around them stays
    for text in (shown, page):
        if witness == "public":
            assert all(handle in text for handle in HANDLES), text
        else:
            assert not any(handle in text for handle in HANDLES), text
            assert "saltik" not in text.lower() and "instagram.com/aru" not in text


NICKNAMES = ("I am Saltanat Kurmangazykyzy; in the family everyone calls me Saltik. In June they took my husband "
             "from our house; at home we called him Qarlighach, and nobody has heard from Qarlighach since. "
             "Дома мы звали его Чапаем. О Чапае ничего не известно. Оны үйде Көкжал деп атайтынбыз. "
             "ئۇنى ئۆيدە «بۇلبۇل» دەپ چاقىراتتۇق. 我们在家里叫他“小狼”。")
NICKS = ("Saltik", "Qarlighach", "Чапа", "Көкжал", "بۇلبۇل", "小狼")


@pytest.mark.parametrize("witness", ["pseudonymous", "public"])
def test_a_pseudonymous_testimony_shows_no_nickname_it_gives(store, tmp_path, witness):
    """A nickname a testimony gives ("everyone calls me Saltik", «звали его Чапаем», «بۇلبۇل» دەپ
    چاقىراتتۇق, 叫他“小狼”) points to its bearer as a name does: in the account of a witness shown under a
    pseudonym it is masked wherever written, with its endings. The control: a public witness's own
    testimony shows them as before, the reviewer's choice (h-adversary72)."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    sidecar = HERS_SIDECAR.replace("consent: pseudonymous\n", f"consent: {witness}\n", 1).replace(
        "consent: pseudonymous}", f"consent: {witness}}}")
    document = add(store, tmp_path, "hers.txt", sidecar, text=NICKNAMES)
    if witness == "public":
        with store.session() as session:
            witness_id = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document))
            basis = propose_basis(session, witness_id, "own_consent", "drafter", document_id=document).id
        with store.session() as session:
            approve_basis(session, basis, "reviewer")
    release(store, document)
    client = TestClient(create_app(store))
    shown = client.get("/api/documents/1").json()["text"]
    page = unescape(client.get("/documents/1").text)
    assert "everyone calls me" in shown and "Дома мы звали его" in shown and "دەپ چاقىراتتۇق" in shown
    for text in (shown, page):
        for nick in NICKS:
            assert (nick in text) == (witness == "public"), (nick, text)


CHAT = ("[21:02] Saltanat_K: they took my husband from our house in June\n"
        "[21:03] Volunteer: thank you\n"
        "[21:04] Saltanat_K: I am Saltanat Kurmangazykyzy, and my old account was saltanat.k.1987\n")


def test_a_chat_label_keeps_no_piece_of_her_handle(store, tmp_path):
    """A chat's speaker label or a handle written from her name ("Saltanat_K", "saltanat.k.1987") is masked
    whole in her pseudonymous account: the initial and the year left beside the mask point to her. The
    control: the other speaker's label and the words stay (h-adversary72)."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    document = add(store, tmp_path, "chat.txt", HERS_SIDECAR, text=CHAT)
    release(store, document)
    shown = TestClient(create_app(store)).get("/api/documents/1").json()["text"]
    assert "[21:03] Volunteer: thank you" in shown and "they took my husband" in shown, shown
    assert "_K" not in shown and ".k" not in shown and "1987" not in shown, shown
    assert "Saltanat" not in shown, shown


OWN = ("My name is Nurbiye Qasimjan. In March they took my husband from our house at night. I, Nurbiye, went "
       "to the police station every day. My neighbour Nurbiye Tokhtiyeva was taken in April.")
OWN_SIDECAR = ("consent: pseudonymous\ntitle: A wife's account\n"
               "witness: {name: Nurbiye Qasimjan, consent: pseudonymous}\n")
CONFIDENTIAL = "My name is Gulbahar Ismayil. My neighbour Nurbiye came to see me after the arrests."
PUBLIC = ("My name is Ablikim Tokhtasun. Nurbiye Qasimjan, the seamstress from our street, was questioned too; "
          "Nurbiye sewed my coat.")


def test_her_own_testimony_shows_her_pseudonym_though_another_testimony_withholds_her_first_name(store, tmp_path):
    """Her first name is also a withheld mention in another, confidential testimony ("my neighbour
    Nurbiye", hers or a namesake's), and her whole name a mention of a public one (read there as no one
    known to be her): a part two people bear with different replacements was masked as
    "[name withheld]" everywhere, her own pseudonymous testimony included, against her consent to be shown
    under her pseudonym. Her own text shows her pseudonym for her whole name and her first name alone;
    the controls: a third person's full name there beginning with her first name stays "[name withheld]"
    (not her pseudonym), and a public testimony that writes her name still shows "[name withheld]",
    never her pseudonym (h-adversary72). Through the public page and API. Invented people."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app
    from tests.test_publish import name_person

    hers = add(store, tmp_path, "hers.txt", OWN_SIDECAR, text=OWN)
    name_person(store, hers, "Nurbiye Tokhtiyeva", "confidential", text=OWN)
    for folder, name, text, sidecar, people in (
            ("confidential", "gulbahar.txt", CONFIDENTIAL, "consent: confidential\n", ("Gulbahar Ismayil", "Nurbiye")),
            ("public", "ablikim.txt", PUBLIC, "consent: public\ntitle: A neighbour\n",
             ("Ablikim Tokhtasun", "Nurbiye Qasimjan"))):
        (tmp_path / folder).mkdir()
        document = add(store, tmp_path / folder, name, sidecar, text=text)
        for person in people:
            name_person(store, document, person, "confidential", text=text)
    release(store, hers)
    release(store, document)  # the public one: public number 2
    client = TestClient(create_app(store))
    own = client.get("/api/documents/1").json()["text"]
    pseudonyms = set(PSEUDONYM_FORM.findall(own))
    assert len(pseudonyms) == 1, own
    (mine,) = pseudonyms
    assert f"My name is {mine}." in own and f"I, {mine}, went" in own, own
    assert f"My neighbour {WITHHELD} was taken" in own, own  # the third person is not her
    shown = client.get("/api/documents/2").json()["text"]
    page = unescape(client.get("/documents/2").text)
    assert f"{WITHHELD}, the seamstress" in shown and f"; {WITHHELD} sewed" in shown, shown
    assert f"My name is {WITHHELD}." in shown, shown
    for text in (own, shown, page):
        assert not any(part in text for part in ("Nurbiye", "Qasimjan", "Tokhtiyeva", "Ablikim", "Tokhtasun")), text
    for text in (shown, page):
        assert mine not in text, text
