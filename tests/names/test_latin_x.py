"""h-names48: Latin x was read only as kh (Uyghur Latin) or sh (pinyin), never as the ks of Latin
spellings of Russian and Kazakh names: Alexeyev and Alekseyev scored 0.625, Maxim and Maksim 0.65.
An x after a vowel and before a vowel or at the word's end is also read ks, unless the word shows
Uyghur Latin by a q or gh; the better reading counts, as for q and ch. Each pair has a control: a
name of other sounds stays apart, and Uyghur Latin x is still kh."""

import pytest

from guwah.names import compare_many, compare_names
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


def score(a: str, b: str) -> float:
    """compare_names, checked equal to compare_many's vectorised path."""
    value = compare_names(a, b)
    assert compare_many([(a, b)]) == pytest.approx([value])
    return value


# (spelt with x, spelt with ks, in Cyrillic, a name of other sounds)
@pytest.mark.parametrize(("x", "ks", "cyrillic", "other"), [
    ("Alexei", "Aleksei", "Алексей", "Alisher"),
    ("Alexeyev", "Alekseyev", "Алексеев", "Aliyev"),  # was 0.625
    ("Maxim", "Maksim", "Максим", "Hakim"),           # was 0.65
    ("Alexandr", "Aleksandr", "Александр", "Iskander"),
])
def test_latin_x_after_a_vowel_is_also_ks(x, ks, cyrillic, other):
    assert score(x, ks) >= SAME_NAME
    assert score(x, cyrillic) >= SAME_NAME
    assert score(x, other) < SIMILAR_NAME
    assert score(ks, other) < SIMILAR_NAME  # the control, in the ks spelling


@pytest.mark.parametrize(("uly", "kh"), [
    ("Xalmurat", "Khalmurat"), ("Muxtar", "Mukhtar"), ("Axunjan", "Akhunjan"), ("Ixlasqan", "Ikhlasqan"),
])
def test_uyghur_latin_x_is_still_kh(uly, kh):
    assert score(uly, kh) >= SAME_NAME


def test_x_is_not_ks_at_a_word_start_nor_in_a_word_with_a_q():
    assert score("Xalmurat", "Khalmurat") >= SAME_NAME  # the control
    assert score("Xalmurat", "Ksalmurat") < SAME_NAME
    assert score("Taxir", "Takhir") >= SAME_NAME        # the control
    assert score("Taxiq", "Taksiq") < SAME_NAME         # a q: Uyghur Latin, whose x is kh
    assert score("Taxir", "Taksir") >= SAME_NAME        # no q: ks as well
