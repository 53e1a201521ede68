"""A question about a relative of "you", answered yes (issue 11, h-attrib47): "Q: Was your father beaten?
A: Yes." tells of the answerer's father (`subjects.answerer`), the one the answerer named as such, never of
the answerer; a question about "you" stays the answerer's. Before, such an act went to nobody (spoken
records: interviews, hearings). Invented transcripts; each has its control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

TRANSCRIPTS = {
    "en": ("Interview transcript.\nINTERVIEWER: Please tell us your name.\n"
           "GULNAR TOHTI: My name is Gulnar Tohti. My father is Ablet Tohti, he was a teacher in Aksu.\n"
           "INTERVIEWER: Was your father beaten in the camp?\nGULNAR TOHTI: {answer}\n"
           "INTERVIEWER: Were you held in a camp too?\nGULNAR TOHTI: Yes, for a year.\n"),
    "ru": ("Расшифровка интервью.\nИНТЕРВЬЮЕР: Назовите себя.\n"
           "ГУЛЬНАР ТОХТИ: Меня зовут Гульнар Тохти. Мой отец Аблет Тохти работал учителем в Аксу.\n"
           "ИНТЕРВЬЮЕР: Вашего отца били в лагере?\nГУЛЬНАР ТОХТИ: {answer}\n"
           "ИНТЕРВЬЮЕР: А вас держали в лагере?\nГУЛЬНАР ТОХТИ: Да, год.\n"),
}
NAMES = {"en": ("Gulnar Tohti", "Ablet Tohti"), "ru": ("Гульнар Тохти", "Аблет Тохти")}
YES = {"en": "Yes. Every week, he told me later.", "ru": "Да. Каждую неделю."}
NO = {"en": "No, they did not beat him.", "ru": "Нет, его не били."}


def codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_relative_of_you_answered_yes_is_that_relative(language):
    answerer, father = NAMES[language]
    found = codes(TRANSCRIPTS[language].format(answer=YES[language]), language)
    assert "torture.beating" in found[father]
    assert "torture.beating" not in found.get(answerer, set())
    assert "detention.internment_camp" in found[answerer]  # control: a question about "you" is the answerer's


def test_a_relative_of_you_answered_no_is_nobodys():
    """Control: the same question answered no tells no beating of anyone."""
    answerer, father = NAMES["en"]
    found = codes(TRANSCRIPTS["en"].format(answer=NO["en"]), "en")
    assert "torture.beating" not in found.get(father, set()) | found.get(answerer, set())
