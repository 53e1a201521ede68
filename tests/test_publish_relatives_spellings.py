"""The hold on a pseudonymous witness's relatives (`guwah.publish.relatives_telling_witness`) reads a
relative's name as the masks do, through the names layer (another spelling, script, case ending,
capitals: «с мужем, Ильясом Курбановым» for the registry's "Ilyas Qurbanov"), knows the kin words
of a spouse, a child, a betrothed, the in-laws and the step-family (English, French, Russian), and
a kin word anywhere in the name's sentence (h-safety70). Before, each of these released the name
with no reviewer's choice and the public page showed it. Controls: a named buyer with no kin word
in his sentence is no relative; a public testimony holds nothing. Invented people, our own words."""

import pytest

from guwah.errors import ReviewRequired
from guwah.releases import approve_basis, approve_release, propose_basis
from tests.test_publish import add, name_person
from tests.test_publish_relatives import SIDECAR, _draft

BUYER = "Rahila Mutallip"
TAIL = " The shop was sold that winter, and the new owner is Rahila Mutallip, who keeps it open late."
TEXTS = {
    "russian instrumental": "Я родилась в Кашгаре. Мы жили с мужем, Ильясом Курбановым, над лавкой.",
    "capitals": "I was born in Kashgar. My husband ILYAS QURBANOV was taken in 2017.",
    "another spelling": "I was born in Kashgar. My husband Ilyas Kurbanov was taken in 2017.",
    "spouse": "I was born in Kashgar. My spouse, Ilyas Qurbanov, was taken in 2017.",
    "children": "Ilyas Qurbanov and the others, my children, were taken in 2017.",
    "fiancé": "I was born in Kashgar. My fiancé Ilyas Qurbanov was taken in 2017.",
    "in-laws": "I was born in Kashgar. Ilyas Qurbanov, of my in-laws, was taken in 2017.",
    "stepson": "I was born in Kashgar. My stepson Ilyas Qurbanov was taken in 2017.",
    "french": "Je suis née à Kachgar. Mon conjoint, Ilyas Qurbanov, a été arrêté en 2017.",
    "russian stepson": "Я родилась в Кашгаре. Его взяли вместе с пасынком Ильясом Курбановым в 2017 году.",
    "far in the sentence": ("Ilyas Qurbanov, who ran the bakery on the corner of our street for twenty-two "
                            "years before they came, is my husband."),
}


def _archive(store, tmp_path, text, consent="pseudonymous"):
    """The testimony, the relative and the buyer each named on a public role (no word of this witness)."""
    text = text + TAIL
    document = add(store, tmp_path, "r.txt", SIDECAR.format(consent=consent), text=text)
    relative = name_person(store, document, "Ilyas Qurbanov", "public", text=text)
    buyer = name_person(store, document, BUYER, "public", text=text)
    for person in (relative, buyer):
        with store.session() as session:
            basis = propose_basis(session, person, "public_role", "drafter")
        with store.session() as session:
            approve_basis(session, basis.id, "reviewer")
    return document, relative, buyer


@pytest.mark.parametrize("case", sorted(TEXTS))
def test_a_relative_in_another_form_or_kin_word_needs_the_choice(store, tmp_path, case):
    from guwah.publish import relatives_telling_witness
    from guwah.storage.tables import Release

    document, relative, buyer = _archive(store, tmp_path, TEXTS[case])
    draft, notes = _draft(store, document)
    with store.session() as session:
        shown = relatives_telling_witness(session, document, session.get(Release, draft).content)
    assert relative in shown and shown[relative], shown
    assert buyer not in shown, shown  # the control: the same ground, no kin word in his sentence
    assert any(f"M-{relative}" in note for note in notes) and not any(f"M-{buyer}" in note for note in notes)
    with store.session() as session, pytest.raises(ReviewRequired, match=f"shows M-{relative} by name"):
        approve_release(session, draft, "reviewer")


def test_the_public_page_shows_the_relative_only_on_the_choice(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    document, relative, _ = _archive(store, tmp_path, TEXTS["russian instrumental"])
    draft, _ = _draft(store, document)
    with store.session() as session, pytest.raises(ReviewRequired):
        approve_release(session, draft, "reviewer")
    client = TestClient(create_app(store))
    assert "Курбанов" not in client.get("/documents/1").text
    assert "Курбанов" not in client.get("/open-data/documents.csv").text
    draft, _ = _draft(store, document, ["Ilyas Qurbanov"])  # masked: no choice needed
    with store.session() as session:
        approve_release(session, draft, "reviewer")
    for path in ("/documents/1", "/open-data/documents.csv"):
        body = client.get(path).text
        assert BUYER in body and "лавкой" in body, path  # the control: the testimony and the buyer shown
        assert "Ильяс" not in body and "Курбанов" not in body, path
    assert 'href="http://testserver/documents/1"' not in client.get("/search?q=Курбановым").text


def test_a_public_testimony_holds_no_relative(store, tmp_path):
    document, relative, _ = _archive(store, tmp_path, TEXTS["far in the sentence"], consent="public")
    draft, notes = _draft(store, document)
    assert not any(f"M-{relative}" in note for note in notes), notes
    with store.session() as session:
        approve_release(session, draft, "reviewer")


def test_a_kin_word_in_another_sentence_beyond_the_reach_tells_nothing(store, tmp_path):
    from guwah.publish import relatives_telling_witness
    from guwah.storage.tables import Release

    text = ("My husband was taken in 2017, and we never heard from him again after that day. "
            "Later a man called Ilyas Qurbanov bought the house.")
    document, relative, _ = _archive(store, tmp_path, text)
    draft, _ = _draft(store, document)
    with store.session() as session:
        assert relative not in relatives_telling_witness(session, document, session.get(Release, draft).content)


def test_a_kin_word_beyond_the_reach_is_about_the_name_before_another(store, tmp_path):
    # "my elder sister [name withheld] …, with Ilyas Qurbanov": the kin word is the masked sister's, not his;
    # with no other name between, the same sentence holds him (`far in the sentence`, the positive control).
    from guwah.publish import relatives_telling_witness
    from guwah.storage.tables import Release

    text = ("My elder sister Gulnar Yasinova, whom they took first that spring, was held for a year "
            "together with Ilyas Qurbanov.")
    document, relative, _ = _archive(store, tmp_path, text)
    name_person(store, document, "Gulnar Yasinova", "public", text=text + TAIL)  # no basis: masked
    draft, _ = _draft(store, document)
    with store.session() as session:
        content = session.get(Release, draft).content
        assert "Gulnar" not in content["text"] and "Ilyas Qurbanov" in content["text"]
        assert relative not in relatives_telling_witness(session, document, content)
