"""A named companion inside the speaker's "we" (issue 11, h-x32c): once the speaker pairs herself
with someone ("Aynur and I", « elle … et moi », «мы с ней»), the acts told of "we" in that sentence and
the rest of its paragraph are the companion's too (v15 lost five codes so, French). Invented texts;
each with the control of the same "we" and nobody paired.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


PAIRED = {
    "fr": ("Je m'appelle Patigul Ablet. En 2018 j'ai été arrêtée et envoyée dans un camp à Hotan. Mme Zulfiya "
           "Osman, une voisine, y était aussi : elle dans le bâtiment B et moi dans le C, puis dans la même "
           "chambre. On nous obligeait à chanter l'hymne national chaque matin."),
    "en": ("My name is Patigul Ablet. In 2018 I was arrested and sent to a camp in Hotan. Mrs Zulfiya Osman, a "
           "neighbour, was there too, and she and I later shared a room. Every morning we were forced to "
           "sing the national anthem."),
}
ALONE = {
    "fr": ("Je m'appelle Patigul Ablet. En 2018 j'ai été arrêtée et envoyée dans un camp à Hotan. Mme Zulfiya "
           "Osman, une voisine, m'a écrit plus tard. On nous obligeait à chanter l'hymne national chaque matin."),
    "en": ("My name is Patigul Ablet. In 2018 I was arrested and sent to a camp in Hotan. Mrs Zulfiya Osman, a "
           "neighbour, wrote to me later. Every morning we were forced to sing the national anthem."),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_companion_shares_the_acts_of_we(language):
    found = codes(PAIRED[language], language)
    assert "indoctrination.political" in found["Patigul Ablet"]
    assert "indoctrination.political" in found["Zulfiya Osman"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_nobody_paired_keeps_we_the_speakers(language):
    found = codes(ALONE[language], language)
    assert "indoctrination.political" in found["Patigul Ablet"]  # control: the act is read
    assert "indoctrination.political" not in found.get("Zulfiya Osman", set())


def test_a_clause_after_a_comma_pairs_no_one():
    # "X wrote, and I …": two clauses, not a pair
    found = codes("My name is Patigul Ablet. In 2018 I was arrested and sent to a camp in Hotan. Mrs Zulfiya Osman "
                  "wrote to my mother, and I was moved to another block. Every morning we were forced to sing "
                  "the national anthem.", "en")
    assert "indoctrination.political" in found["Patigul Ablet"]
    assert "indoctrination.political" not in found.get("Zulfiya Osman", set())
