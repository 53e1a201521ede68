"""A bare "they tortured (him)" / «пытали» (issue 11, h-x32c's decision): vocab/violations.yaml has no
code for torture as such, only its methods (beating, tiger chair, stress position, electric shock,
nails, sleep deprivation, exposure), so a sentence that names no method gives no torture code —
not a guessed method, for the one named nor for the narrator. Its control: the same sentence with
the method named gives that method's code to him.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def torture_codes(text: str, language: str) -> dict[str, set[str]]:
    out = extract_text(text, language=language)
    return {p["name"]: {v["code"] for v in p["violations"] if v["code"].startswith("torture.")} for p in out["persons"]}


@pytest.mark.parametrize(("bare", "method", "language"), [
    ("My brother Arslan Yusup was detained in 2018. In the detention centre they tortured him for weeks.",
     "My brother Arslan Yusup was detained in 2018. In the detention centre they beat him with batons for weeks.",
     "en"),
    ("Мой брат Арслан Юсуп был задержан в 2018 году. В изоляторе его пытали, он вернулся другим человеком.",
     "Мой брат Арслан Юсуп был задержан в 2018 году. В изоляторе его били дубинками, он вернулся другим человеком.",
     "ru"),
])
def test_torture_without_a_method_gives_no_code_and_a_method_gives_its_code(bare, method, language):
    assert not any(torture_codes(bare, language).values())
    assert "torture.beating" in next(c for name, c in torture_codes(method, language).items() if name and "Арслан" in name
                                     or name and "Arslan" in name)
