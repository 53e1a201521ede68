"""A withheld name is masked alike in every script (h-mask54): a newly withheld "Rexim Hoshur" masked
"Dilmurat Hoshur" whole in a Latin testimony, but only خوشۇر in the same testimony in Uyghur, leaving the
given name دىلمۇرات beside the mask. Latin joined the given name to the mask by its capital; Arabic script
has none. One rule now reads a word beside a mask as more of the name in every script
(`redaction._reads_as_name`: a capital that is not the sentence's, else a given name of the lexicon in
any inflected form, else a sentence's first word with a capital that is no stop word), and in characters a
stretch written by sound touching the mask goes with it, with a middle dot or without. In each text a
named person stays shown (the positive control). Invented people, our own sentences."""

import pytest
from sqlalchemy import select

from guwah.redaction import WITHHELD, Withheld, build_masking, redact
from guwah.releases import current_release
from guwah.storage.tables import Testimony
from tests.factories import add_mention
from tests.releasing import ingest_text, mark_read, name_person, release_document

NAMED = "Nurgul Sabir"


def _shown(text: str) -> str:
    return redact(text, build_masking([Withheld(1, ("Rexim Hoshur",), WITHHELD)], [NAMED])).text


@pytest.mark.parametrize(("text", "hidden", "kept"), [
    # Latin, mid-sentence and at a sentence's start (its capital is the sentence's)
    ("My neighbour Dilmurat Hoshur was taken; Nurgul Sabir saw it.", ["Dilmurat"], "Nurgul Sabir saw it"),
    ("Dilmurat Hoshur was taken. Nurgul Sabir saw it.", ["Dilmurat"], "Nurgul Sabir saw it"),
    # a given name the lexicon does not know, at a sentence's start: not a stop word
    ("Zulpiqar Hoshur was taken. Nurgul Sabir saw it.", ["Zulpiqar"], "Nurgul Sabir saw it"),
    # Uyghur in Arabic script: no capitals; the given name plain and with a genitive ending
    ("قوشنام دىلمۇرات خوشۇر تۇتۇلدى، نۇرگۈل سابىر كۆردى.", ["دىلمۇرات"], "نۇرگۈل سابىر كۆردى"),
    ("دىلمۇراتنىڭ خوشۇرنىڭ ئۆيى ئاقسۇدا. نۇرگۈل سابىر كۆردى.", ["دىلمۇرات"], "نۇرگۈل سابىر كۆردى"),
    # a given name the lexicon lacks, told by a kin word or a label's colon before it
    ("ئاپام زىۋىدە خوشۇر تۇتۇلدى، نۇرگۈل سابىر كۆردى.", ["زىۋىدە"], "نۇرگۈل سابىر كۆردى"),
    ("خېرىدار: مۇيەسسەر خوشۇر\nنۇرگۈل سابىر كۆردى.", ["مۇيەسسەر"], "نۇرگۈل سابىر كۆردى"),
    # an initial: by its capital, and in Arabic script, which has none, by its full stop
    ("D. Hoshur was taken. Nurgul Sabir saw it.", ["D."], "Nurgul Sabir saw it"),
    ("قوشنام د. خوشۇر تۇتۇلدى، نۇرگۈل سابىر كۆردى.", ["د."], "نۇرگۈل سابىر كۆردى"),
    # Russian and Kazakh Cyrillic with case endings, mid-sentence and at the start
    ("Соседа Ахмета Хошура забрали, Нургуль Сабир видела.", ["Ахмет"], "Нургуль Сабир видела"),
    ("Ахмета Хошура забрали. Нургуль Сабир видела.", ["Ахмет"], "Нургуль Сабир видела"),
    ("Ахметтің Хошурдың үйі Ақсуда. Нұргүл Сәбир көрді.", ["Ахмет"], "Нұргүл Сәбир көрді"),
    # Chinese, with the middle dot and without it
    ("邻居艾合买提·霍修尔被带走了，努尔古丽·萨比尔看见了。", ["艾合买提", "霍修尔"], "努尔古丽·萨比尔看见了"),
    ("我的邻居迪力木拉提霍修尔被带走了，努尔古丽萨比尔看见了。", ["迪力木拉提", "木拉提", "霍修尔"], "努尔古丽萨比尔看见了"),
])
def test_the_given_name_beside_a_withheld_family_name_is_masked_in_every_script(text, hidden, kept):
    shown = _shown(text)
    assert WITHHELD in shown, shown
    for word in hidden:
        assert word not in shown, shown
    assert kept in shown, shown  # the named person stays


@pytest.mark.parametrize("text", [
    "The guards took Hoshur away. Nurgul Sabir saw it.",
    "Later, Hoshur was taken. Nurgul Sabir saw it.",
    "Neighbour Hoshur was taken. Nurgul Sabir saw it.",
    "Соседа Хошура забрали. Nurgul Sabir saw it.",
    "مەن ۋە خوشۇر كەلدۇق. Nurgul Sabir saw it.",
    "昨天霍修尔被带走了。努尔古丽·萨比尔看见了。",
    "在喀什霍修尔被带走了。努尔古丽·萨比尔看见了。",
])
def test_a_word_beside_the_mask_that_is_no_name_stays(text):
    """A stop word, a sentence's first word set apart by a comma, a word for a person opening the
    sentence, a Uyghur pronoun and conjunction, a Chinese word not written by sound and a place stay:
    only the family name is masked."""
    shown = _shown(text)
    family = ("Hoshur", "Хошура", "霍修尔", "خوشۇر")
    assert not any(name in shown for name in family), shown
    expected = text
    for name in family:
        expected = expected.replace(name, WITHHELD)
    assert shown == expected, shown


LATIN = "My name is Nurgul Sabir. My neighbour Dilmurat Hoshur was taken from his shop."
UYGHUR = "مېنىڭ ئىسمىم نۇرگۈل سابىر. قوشنام دىلمۇرات خوشۇر دۇكىنىدىن تۇتۇلدى."
SIDECAR = "consent: public\nwitness: {name: Nurgul Sabir, consent: public}\n"


def test_a_newly_withheld_name_redrafts_both_testimonies_with_the_same_mask(store, tmp_path):
    """The report's walk: two released testimonies, a Latin one and its Uyghur telling, name a
    "Dilmurat Hoshur" the archive holds no one for; a mention "Rexim Hoshur" with no naming basis is
    added. Both are redrafted, and both masks take the given name; the witness, named, is shown."""
    documents = [ingest_text(store, tmp_path, name, text, SIDECAR)
                 for name, text in (("latin.txt", LATIN), ("uyghur.txt", UYGHUR))]
    for document_id in documents:
        mark_read(store, document_id)
    with store.session() as session:
        witnesses = {testimony.witness_id for testimony in session.scalars(select(Testimony))}
    for witness in witnesses:
        name_person(store, witness)
    for document_id in documents:
        release_document(store, document_id)
    with store.session() as session:
        before = [current_release(session, d).content["text"] for d in documents]
    assert "Dilmurat Hoshur" in before[0] and "دىلمۇرات خوشۇر" in before[1]  # no one withheld yet

    with store.session() as session:
        add_mention(session, "Rexim Hoshur")
    with store.session() as session:
        after = [current_release(session, d, "draft").content["text"] for d in documents]
    assert "Dilmurat" not in after[0] and "Hoshur" not in after[0], after[0]
    assert "دىلمۇرات" not in after[1] and "خوشۇر" not in after[1], after[1]
    assert f"neighbour {WITHHELD} was taken" in after[0]
    assert f"قوشنام {WITHHELD} دۇكىنىدىن" in after[1]
    assert "Nurgul Sabir" in after[0] and "نۇرگۈل سابىر" in after[1]  # the named witness stays


@pytest.mark.parametrize("text", ["邻居艾合买提·霍修尔被带走了，努尔古丽·萨比尔看见了。",
                                  "我的邻居迪力木拉提霍修尔被带走了，努尔古丽·萨比尔看见了。"])
def test_a_name_the_archive_holds_in_characters_takes_the_given_name_beside_it(text):
    """A withheld name held in characters is masked where it is written so (`Masking.han`); the given
    name beside it went with it only when the names layer read it from another script."""
    masking = build_masking([Withheld(1, ("阿不都·霍修尔",), WITHHELD)], ["努尔古丽·萨比尔"])
    shown = redact(text, masking).text
    assert "霍修尔" not in shown and "艾合买提" not in shown and "木拉提" not in shown, shown
    assert shown.endswith("被带走了，努尔古丽·萨比尔看见了。"), shown
