"""Acts told in Kazakh (src/guwah/vocab/acts/kk.yaml): detected, negated where Kazakh negates (a
suffix of the verb, «жоқ»/«емес» after it), and given to the person named with any case ending.

Invented sentences; every refusal has a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import negated_after, unreal_after

TEXT = (
    "Менің атым Айгүл Болатқызы. Інім Ерлан Болатұлы 2018 жылы Құлжада ұсталды. "
    "Әкем Болат Қасымұлы ұсталған жоқ, бірақ полиция оның төлқұжатын алып қойды. "
    "Ерланның әйелі Гүлнар ұсталмады.\n"
    "Полиция Нұрланды үйінен алып кетті. Кейін Асқардың паспортын тартып алды. "
    "Маған Қытай нөмірінен қоңырау шалды."
)


@pytest.fixture(scope="module")
def kazakh():
    return extract_text(TEXT, language="kk")


def codes(result: dict) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in result["persons"]}


def test_an_arrest_in_kazakh_is_the_named_persons(kazakh):
    assert codes(kazakh)["Ерлан Болатұлы"] == {"detention.arbitrary_arrest"}


def test_an_arrest_denied_by_joq_is_not_given_the_passport_taken_is(kazakh):
    # «ұсталған жоқ»: not detained; the passport taken in the same sentence is his (control)
    assert codes(kazakh)["Болат Қасымұлы"] == {"movement.passport_confiscation"}


def test_an_arrest_denied_by_the_negative_suffix_is_not_given(kazakh):
    # «ұсталмады»: not detained, and not a victim; the control is Ерлан's arrest above
    by_name = {p["name"]: p for p in kazakh["persons"]}
    assert by_name["Гүлнар"]["violations"] == []
    assert "victim" not in by_name["Гүлнар"]["roles"]
    assert "detention.arbitrary_arrest" in codes(kazakh)["Ерлан Болатұлы"]


def test_names_with_case_endings_get_their_acts(kazakh):
    # accusative «Нұрланды» taken away by the police; genitive «Асқардың» passport: the owner's
    assert codes(kazakh)["Нұрлан"] == {"detention.arbitrary_arrest"}
    assert codes(kazakh)["Асқар"] == {"movement.passport_confiscation"}


def test_to_me_is_the_narrator_named_after_my_name_is(kazakh):
    assert codes(kazakh)["Айгүл Болатқызы"] == {"transnational.harassment"}


def test_the_warning_says_violations_and_events_are_read():
    result = extract_text(TEXT, language="kk")
    (warning,) = [w for w in result["warnings"] if w.startswith("language kk")]
    covered, not_covered = warning.split("not covered")
    assert "violations" in covered and "events" in covered  # Kazakh events are read since 0.30.0
    assert not not_covered.startswith(": events") and "relations" in not_covered  # control: what is still not read


def test_heard_or_feared_after_the_act_is_not_the_act():
    text = ("Менің атым Айгүл Болатқызы. Інім Ерлан Болатұлы лагерьге жабылды. "
            "Ағам Нұрлан Болатұлы да ұсталды деп естідім.")
    result = codes(extract_text(text, language="kk"))
    assert result["Ерлан Болатұлы"] == {"detention.internment_camp"}  # control
    assert result.get("Нұрлан Болатұлы", set()) == set()


def test_a_teller_after_the_quote_is_not_the_one_it_happened_to():
    text = ("Менің атым Айгүл Болатқызы. Інім Ерлан Болатұлы 2019 жылы ұсталды. "
            "«Оны да «оқуға» жіберді», – дейді Гүлнар Қасымқызы.")
    result = codes(extract_text(text, language="kk"))
    assert "detention.arbitrary_arrest" in result["Ерлан Болатұлы"]  # control
    assert result.get("Гүлнар Қасымқызы", set()) == set()


def test_kazakh_entries_do_not_read_a_russian_text():
    # «лагерь» is a Kazakh and a Russian word: the Kazakh entry reads Kazakh texts only
    text = ("Лагерь закрыли в 2020 году, сказал Ерлан Касымов. "
            "Его брата Айдоса Касымова отправили в лагерь.")
    result = codes(extract_text(text, language="ru"))
    assert "detention.internment_camp" in result["Айдос Касымов"]  # control: the Russian rule
    assert "detention.internment_camp" not in result.get("Ерлан Касымов", set())


@pytest.mark.parametrize("text, end, negated", [
    ("ұсталмады", 5, True),          # ұстал|мады
    ("ұсталды", 5, False),
    ("ұсталған жоқ", 5, True),
    ("сотталған емес", 6, True),
    ("алып кетпеді", 8, True),        # алып кет|педі
    ("қамады", 4, False),             # қама|ды: locked up, no negation
    ("таяқпен ұрды", 4, False),       # таяқ|пен: "with a stick", not a negative suffix
    ("ұсталды, хабар жоқ", 5, False),  # «жоқ» of another clause
    ("лагерьде болмаған", 5, True),    # h-x33c: in the camp | was not (a negated copula after the place)
    ("лагерьде болған жоқ", 5, True),
    ("лагерьде болған", 5, False),     # was in the camp
    ("лагерьде болды", 5, False),
])
def test_kazakh_negation_after_the_stem(text, end, negated):
    assert negated_after(text, end, "kk") is negated


def test_kazakh_negation_is_read_only_in_kazakh():
    assert negated_after("ұсталмады", 5, "ru") is False
    assert unreal_after("ұсталды деп естідім", 5, "kk") is True
    assert unreal_after("ұсталды деп естідім", 5, "en") is False


def test_my_passport_is_the_narrators_and_a_hedge_or_thousands_are_no_ones():
    text = ("Менің атым Айгүл Болатқызы. 2019 жылы шекарада төлқұжатымды алып қойды. "
            "Бәлкім, інім Ерлан Болатұлы да ұсталған. Мыңдаған қазақтар лагерьге жабылды. "
            "Ағам Нұрлан Болатұлы лагерьге жабылды.")
    result = codes(extract_text(text, language="kk"))
    assert result["Айгүл Болатқызы"] == {"movement.passport_confiscation"}  # «төлқұжатымды»: my passport
    assert result["Ерлан Болатұлы"] == set()  # «бәлкім»: perhaps
    assert result["Нұрлан Болатұлы"] == {"detention.internment_camp"}  # control; thousands: background


@pytest.mark.parametrize("word, mine", [
    ("төлқұжатымды", True), ("телефонымды", True), ("қанымды", True),
    ("ешкімді", False), ("кімді", False), ("телефонды", False), ("ешкім", False),
])
def test_a_thing_of_mine_in_the_accusative(word, mine):
    from guwah.extract.turkic import _KK_MY_THING

    assert bool(_KK_MY_THING.search(word)) is mine


def test_not_in_the_camp_is_no_camp():
    # h-x33c: a negated copula after the place («лагерьде болмаған», was not in the camp) denies it
    text = ("Менің атым Айгүл Болатқызы. Інім Ерлан Болатұлы лагерьде болмаған. "
            "Ағам Нұрлан Болатұлы лагерьде болған.")
    result = codes(extract_text(text, language="kk"))
    assert "detention.internment_camp" in result["Нұрлан Болатұлы"]  # control
    assert not any("detention.internment_camp" in found for name, found in result.items() if name != "Нұрлан Болатұлы")
