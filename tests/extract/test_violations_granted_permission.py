"""A permission granted is no ban; a permission refused is one (issue 11, h-frames70).

The act model rated sentences of leave given ("she was allowed to pray", « les gardiens l'ont laissée
faire la prière », «ей позволили говорить по-уйгурски») as the ban of that practice. Each case runs
beside its negated twin, which must still tell the ban (the same path fires on the true case).
"""

import pytest

from guwah.extract import extract_text

_HELD = {
    "en": "Merjan Tokhtasun was held in the camp in Hotan in 2018. ",
    "fr": "Merjan Tokhtasun a été détenue dans le camp de Hotan en 2018. ",
    "ru": "Мержан Тохтасун содержали в лагере в Хотане в 2018 году. ",
}


def _codes(language: str, sentence: str) -> set[str]:
    out = extract_text(_HELD[language] + sentence, language=language)
    return {v["code"] for p in out["persons"] for v in p["violations"]}


@pytest.mark.parametrize(("language", "granted", "refused", "code"), [
    ("en", "After three months she was allowed to pray in her cell.",
     "After three months she was not allowed to pray in her cell.", "culture.religious_ban"),
    ("fr", "Les gardiens l'ont laissée faire la prière.",
     "Les gardiens ne l'ont pas laissée faire la prière.", "culture.religious_ban"),
    ("fr", "Elle a été autorisée à parler ouïghour avec sa mère.",
     "Elle n'a pas été autorisée à parler ouïghour avec sa mère.", "culture.language_ban"),
    ("ru", "Ей позволили говорить по-уйгурски с матерью.",
     "Ей не позволяли говорить по-уйгурски с матерью.", "culture.language_ban"),
    ("ru", "Через три месяца ей разрешили молиться в камере.",
     "Через три месяца ей не разрешали молиться в камере.", "culture.religious_ban"),
])
def test_violations_granted_permission_is_no_ban(language, granted, refused, code):
    assert code in _codes(language, refused)
    assert code not in _codes(language, granted)
