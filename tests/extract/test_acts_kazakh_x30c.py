"""Kazakh acts a new writer loses (issue 11, h-x30c): codes no Kazakh entry reached (crowding,
shackles, a cell alone), food once a day, songs praising the party in another language, "missing
since", and two readings of the person: a chat's "[date] Name: Кеше …" (a capitalised word after
the label's colon starts the message, it is no unfound name) and «ол» after a person named earlier
in its own sentence.

Invented sentences; every refusal has a positive control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="kk")["persons"]}


def test_codes_kazakh_had_no_entry_for():
    found = codes("Інім Дәурен Серікұлы екі жыл лагерьде болды. Онда он адамдық бөлмеде отыз адам жатқан. "
                  "Дәурен Серікұлына түнде аяқ кісен салды. Кейін Дәурен Серікұлы карцерге жабылды.")
    assert {"detention.overcrowding", "detention.shackling", "detention.solitary_confinement"} <= found["Дәурен Серікұлы"]


def test_shackles_denied_are_not_given():
    found = codes("Інім Дәурен Серікұлы лагерьде болды. Дәурен Серікұлына кісен салмады. "
                  "Ағам Нұрлан Серікұлына кісен салды.")
    assert "detention.shackling" not in found.get("Дәурен Серікұлы", set())
    assert "detention.shackling" in found["Нұрлан Серікұлы"]  # positive control


def test_food_once_a_day_not_three_times():
    found = codes("Ағам Нұрлан Серікұлы лагерьде болды. Нұрлан Серікұлына тамақты күніне бір-ақ рет берді. "
                  "Інім Дәурен Серікұлы үйде тұрады, Дәурен Серікұлы тамақты күніне үш рет ішеді.")
    assert "ill_treatment.food_deprivation" in found["Нұрлан Серікұлы"]
    assert "ill_treatment.food_deprivation" not in found.get("Дәурен Серікұлы", set())


def test_songs_praising_the_party_with_a_word_between():
    found = codes("Ағам Нұрлан Серікұлы лагерьде болды. Онда Нұрлан Серікұлына партияны мадақтайтын "
                  "қытайша әндер айтқызды.")
    assert "indoctrination.political" in found["Нұрлан Серікұлы"]


def test_missing_since():
    found = codes("Ағам Нұрлан Серікұлы үш жылдан бері хабарсыз. Інім Дәурен Серікұлы кеше хабарласты.")
    assert "disappearance.enforced" in found["Нұрлан Серікұлы"]
    assert "disappearance.enforced" not in found.get("Дәурен Серікұлы", set())  # control: no one missing


def test_a_chat_label_then_a_capitalised_word():
    text = ("[01.02.2021, 10:00] Сәуле Жақыпқызы: Кеше бір бейтаныс нөмірден қоңырау шалды.\n"
            "[01.02.2021, 10:05] Айгүл Нұрқызы: Сәуле, қорықпа.")
    assert "transnational.harassment" in codes(text)["Сәуле Жақыпқызы"]
    # control: a name the persons did not find inside the sentence still gives it to no one
    text = ("[01.02.2021, 10:00] Сәуле Жақыпқызы: Кеше Бақытжанға бір бейтаныс нөмірден қоңырау шалды.\n"
            "[01.02.2021, 10:05] Айгүл Нұрқызы: Сәуле, қорықпа.")
    assert "transnational.harassment" not in codes(text).get("Сәуле Жақыпқызы", set())


def test_ol_after_a_person_named_in_its_own_sentence():
    text = ("Айгүл Нұрқызы бізге жазды. Менің нағашым Дәурен Серікұлы былтыр оралды, ол лагерьде екі жыл болған.")
    found = codes(text)
    assert "detention.internment_camp" in found["Дәурен Серікұлы"]
    assert "detention.internment_camp" not in found.get("Айгүл Нұрқызы", set())
