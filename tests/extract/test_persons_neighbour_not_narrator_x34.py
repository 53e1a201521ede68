"""A name given as the narrator's neighbour, friend or cellmate ("my neighbour X") is not the narrator,
so not a witness for being it (h-x34); invented sentences."""

from guwah.extract import extract_text
from tests.extract.spans import person


def test_my_neighbour_is_the_victim_only_not_the_narrator():
    result = extract_text("My neighbour Tursunay Ablimit, a teacher born in 1978, was arrested in March 2018 "
                          "and sent to a camp.")
    neighbour = person(result, "Tursunay Ablimit")
    assert neighbour["roles"] == ["victim"]
    assert neighbour["narrator"] is False
    assert neighbour["birth_year"] == 1978


def test_my_friend_with_a_comma_is_not_the_narrator():
    result = extract_text("My friend, Memet Tohti, was detained in May 2017 and we never saw him again.")
    assert person(result, "Memet Tohti")["narrator"] is False
    assert "witness" not in person(result, "Memet Tohti")["roles"]


def test_a_teller_of_what_she_saw_keeps_witness_control():
    result = extract_text("Tursunay Ablimit told me she saw her brother arrested in March 2018.")
    assert "witness" in person(result, "Tursunay Ablimit")["roles"]
    # and a narrator who names herself before her neighbour stays the narrator and the witness
    result = extract_text("My name is Tursunay Ablimit. My neighbour Memet Tohti was arrested in March 2018.")
    assert person(result, "Tursunay Ablimit")["narrator"] is True
    assert "witness" in person(result, "Tursunay Ablimit")["roles"]
    assert person(result, "Memet Tohti")["roles"] == ["victim"]
