"""Whom a Kazakh chat's answer tells of (issue 11, h-attrib44): a turn that answers another writer's
question about one person («X ол жақта қалай болыпты?») tells that person's acts, not its writer's; a turn that
answers nothing keeps its writer. Invented chat, names and sentences."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, "kk", None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


CHAT = ("[03.05.2021, 18:02] Данияр Асқарұлы: Сәлем, жаңалық бар ма?\n"
        "[03.05.2021, 18:05] Мәдина Оралқызы: Менің ағам Нұрбол Оралұлы 2018 жылы лагерьге алынды.\n"
        "[03.05.2021, 18:07] Данияр Асқарұлы: Нұрбол ол жақта қалай болыпты?\n"
        "[03.05.2021, 18:10] Мәдина Оралқызы: Лагерьде күніне бір ғана мезгіл ас беріпті.\n"
        "[04.05.2021, 09:12] Мәдина Оралқызы: Бүгін таңертең Қытай полициясы маған хабарласып, елге қайтуды талап етті.\n")


def test_an_answer_tells_of_the_one_the_question_asks_about():
    codes = _codes(CHAT)
    assert "ill_treatment.food_deprivation" in codes["Нұрбол Оралұлы"], codes
    assert "ill_treatment.food_deprivation" not in codes.get("Мәдина Оралқызы", set()), codes


def test_a_turn_that_answers_no_question_keeps_its_writer():
    codes = _codes(CHAT)
    assert "transnational.harassment" in codes["Мәдина Оралқызы"], codes
    assert "transnational.harassment" not in codes["Нұрбол Оралұлы"], codes
