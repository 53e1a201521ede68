"""The state's side of a call (`violations._STATE_SIDE`) reads the one list of the doers' titles
(`lexicon.OFFICIAL_TITLES_EN`) besides the institutions: no second list to keep in step."""

from __future__ import annotations

from guwah.extract import violations
from guwah.extract.lexicon import OFFICIAL_TITLES, OFFICIAL_TITLES_EN


def test_a_title_of_the_one_list_is_the_states_side():
    assert violations._STATE_SIDE.search("Calls from her cousin and the village chief asked her to come home.")
    assert violations._STATE_SIDE.search("Messages from his brother, passed on by two officers.")
    # control: a call from family alone names no one of the state
    assert not violations._STATE_SIDE.search("She received calls from a cousin about a wedding.")


def test_every_english_title_is_read_and_the_list_is_one():
    assert set(OFFICIAL_TITLES_EN) <= set(OFFICIAL_TITLES)
    for title in OFFICIAL_TITLES_EN:
        assert violations._STATE_SIDE.search(f"A call came from the {title} yesterday."), title


def test_a_message_for_me_through_a_relative_is_the_speakers_harassment():
    # h-x27c's left list: the pressure passes through the mother and is for the one abroad who tells it
    from guwah.extract import extract_text

    text = ("My name is Aynur Tohti and I live in Oslo. My mother, Gulbahar Tohti, lives in Ghulja. "
            "In May an officer called my mother and left a message for me to return to China. "
            "My brother, Erkin Tohti, lives in Almaty. In May the police called Erkin Tohti and told him to come home.")
    result = {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="en")["persons"]}
    assert "transnational.harassment" in result["Aynur Tohti"]
    assert "transnational.harassment" not in result["Gulbahar Tohti"]
    assert "transnational.harassment" in result["Erkin Tohti"]  # control: called himself, in Almaty
