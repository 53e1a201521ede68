"""A withheld person's name in a Chinese testimony stays off the public side however the text writes
it (h-break57): the public search reads every 2-6 character stretch of a released text since
h-product57, so whatever the masks leave of a name there is found by the name in any script.

Two ways a name was left shown on the public page, and found there by the characters shown (吐尔洪 and
"Tuerhong" found the first text, 西提 the second; "Turghun" and "Reshit" did not):
- a name that is also a small town's name in characters (吐尔洪 is Turghun, and a GeoNames township):
  stretches inside every gazetteer place were kept from masks, where a word in letters is kept only as
  a place of the curated gazetteer (`redaction._is_place`); 吐尔洪 stayed shown even beside its masked
  family name, while "Turghun" and "Tuerhong" were masked. The town written with its level word
  (吐尔洪乡) stays a place;
- a name with an invisible character (a zero-width space, as texts copied past keyword filters carry),
  a space between each of its characters, or a line break inside it (Chinese wraps a line anywhere,
  with no hyphen): the characters were read as separate runs.
Each text also writes a named person (shown) and a curated place (shown): the controls. People and
sentences are invented."""

import pytest

from guwah.publish import public_documents, search_public
from guwah.redaction import WITHHELD, Withheld, build_masking, redact
from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, mark_read, release_document

WITHHELD_NAMES = ("Turghun Abliz", "Reshit Sawut")
NAMED = "Nurgul Sabir"
TEXTS = {
    # 吐尔洪 (Turghun) with its family name, then alone; 伊宁 a curated place, 努尔古丽 the named person
    "town.txt": "合成示例。吐尔洪·阿不力孜二〇一八年在伊宁被带走，努尔古丽看见了。后来吐尔洪的妻子也被叫去。",
    # 热西提 (Reshit) with a zero-width space, and written with a space between its characters
    "hidden.txt": "合成示例。我的叔叔热\u200b西提二〇一七年在伊宁被带走，努尔古丽看见了。邻居说热 西 提 是好人。二〇一九年以后我们没有再见过的热西\n提的妻子也被叫去。",
    "nowhere.txt": "合成示例。我的邻居二〇一九年在伊宁被带走，努尔古丽看见了。",
}


def _masking():
    return build_masking([Withheld(1, (name,), WITHHELD) for name in WITHHELD_NAMES], [NAMED])


@pytest.mark.parametrize("text, left", [
    ("后来吐尔洪被带走了。", "吐尔洪"),  # a given name that is also a township's name
    ("后来吐尔洪·阿不力孜被带走了。", "吐尔洪"),  # beside its masked family name
    ("我的叔叔热\u200b西提被带走。", "西提"),  # a zero-width space inside
    ("我的叔叔热\u2060西\u200d提被带走。", "西"),  # a word joiner and a zero-width joiner
    ("邻居说热 西 提 是好人。", "西"),  # spaced out, one space between each character
    # a line of running text wrapped inside the name, as Chinese wraps (a line of 21 characters)
    ("那年二〇一七年夏天在乌鲁木齐工作的叔叔热西\n提被带走。", "热西"),
    ("那年二〇一七年夏天在乌鲁木齐工作的叔叔热\r\n西提被带走。", "西提"),
])
def test_no_character_of_a_withheld_name_is_left(text, left):
    shown = redact(text, _masking()).text
    assert WITHHELD in shown and left not in shown, shown


def test_places_and_a_named_person_stay_shown():
    masking = build_masking([Withheld(1, WITHHELD_NAMES, WITHHELD)], [NAMED, "努尔古丽"])
    # a short line's end (a form's line, a heading) ends the name: 签收 ("signed for") is no part of it
    text = "吐尔洪乡在福海县。她在伊宁见过努尔古丽\n我 在 伊 宁。\n经办人：努尔古丽\n签收人：马建军"
    assert redact(text, masking).text == text


@pytest.fixture
def archive(store, tmp_path) -> dict[str, int]:
    ids = {}
    with store.session() as session:
        people = []
        for _ in WITHHELD_NAMES:
            person = Person()
            session.add(person)
            people.append(person)
        session.flush()
        withheld = [person.id for person in people]
    for file, text in TEXTS.items():
        ids[file] = ingest_text(store, tmp_path, file, text, "consent: public\n")
        mark_read(store, ids[file])
        with store.session() as session:  # the withheld people are read in a confidential record only
            for person_id, name in zip(withheld, WITHHELD_NAMES, strict=True):
                session.add(PersonName(person_id=person_id, name=name, asserted_by_kind="user", asserted_by="t",
                                       review_state="accepted"))
        release_document(store, ids[file])
    return ids


def _public(store, query: str) -> list[int]:
    with store.session() as session:
        return sorted(d.id for d in search_public(session, query).documents)


def test_the_public_side_neither_shows_nor_finds_the_withheld_names(store, archive):
    with store.session() as session:
        released = public_documents(session)
    assert len(released) == len(TEXTS)
    for document in released:
        shown = document.text.replace("\u200b", "").replace(" ", "").replace("\n", "")
        assert "吐尔洪" not in shown and "西提" not in shown, document.text
        assert "伊宁" in shown and "努尔古丽" in shown, document.text  # controls: a place, a named person
    everywhere = sorted(document.id for document in released)
    assert _public(store, "伊宁") == everywhere  # control: the words around the names are public
    for query in ("Turghun", "Тургун", "吐尔洪", "Reshit", "Rexit", "热西提", "西提", "Tursun Nowhere"):
        assert _public(store, query) == [], query
