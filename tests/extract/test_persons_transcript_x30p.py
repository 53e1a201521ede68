"""A transcript's speaker named only in the labels of their turns («АЛМАС ЕРЖАНОВ: Я …», "MR
TURSUN: …") is a person, and the "I" of their turns is theirs, not the first speaker's (issue 11,
h-x30p: in a press conference's transcript the second speaker was never extracted, and every act he
told of himself went to the first speaker, who had introduced herself). Invented texts; the controls
in each: the first speaker keeps her own acts, and a moderator's or a question's label («ВЕДУЩАЯ»,
"Q") is no person."""

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

RU = ("СТЕНОГРАММА ВСТРЕЧИ С ЖУРНАЛИСТАМИ\n"
      "Алматы, 14 марта 2020 года\n\n"
      "ВЕДУЩАЯ: Здравствуйте. У нас сегодня два гостя.\n\n"
      "ГУЛЬНАР САДЫКОВА: Меня зовут Гульнар Садыкова. В 2018 году меня задержали в Текесе и держали в "
      "лагере восемь месяцев. Мой паспорт полиция забрала ещё в 2017 году.\n\n"
      "ВЕДУЩАЯ: Спасибо. Теперь второй гость.\n\n"
      "АЛМАС ЕРЖАНОВ: Я провёл в тюрьме в Кульдже два года. Меня приговорили к пяти годам за молитву. "
      "Там меня били дубинкой каждую неделю. В 2020 году меня отпустили по болезни.\n\n"
      "ВОПРОС ИЗ ЗАЛА: Алмас, вы знали других заключённых?\n\n"
      "АЛМАС ЕРЖАНОВ: Нет, с другими говорить не разрешали.\n")

EN = ("TRANSCRIPT OF A PUBLIC MEETING, LONDON, 2 MAY 2021\n\n"
      "CHAIR: Good evening and welcome. Our two speakers will each talk for ten minutes.\n\n"
      "MRS AYNUR QADIR: My name is Aynur Qadir. In 2017 I was detained in Hotan and held in a camp for "
      "a year. The police took my passport when I came back from Turkey.\n\n"
      "CHAIR: Thank you. Our second speaker.\n\n"
      "MR MEMETJAN HOSHUR: I spent two years in a prison in Aksu. I was sentenced to seven years for "
      "praying at home, and the guards beat me with batons during interrogations. I was released in 2020 "
      "because I was ill.\n\n"
      "Q: Did you meet other prisoners?\n\n"
      "MR MEMETJAN HOSHUR: No. We were not allowed to speak to each other.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


@pytest.mark.parametrize("language, text, first, second, asking", [
    ("ru", RU, "Гульнар", "Алмас", ("Ведущая", "Вопрос")),
    ("en", EN, "Aynur", "Memetjan", ("Chair", "Q")),
])
def test_a_transcript_speaker_named_only_in_labels_is_a_person_with_his_own_acts(language, text, first, second, asking):
    assert len(text) >= roles_model.MIN_CHARS  # the person model runs on this text
    doc = run_pipeline(text, language, None)
    names = [n for p in doc.persons for n in p.names]
    speaker = _person(doc, second)
    assert speaker is not None, names
    assert "victim" in speaker.roles
    codes = {v.code for v in speaker.violations}
    assert "detention.prison_sentence" in codes and "torture.beating" in codes, codes
    # the control: the first speaker keeps her camp and passport, and is given none of his acts
    her = _person(doc, first)
    assert her is not None, names
    her_codes = {v.code for v in her.violations}
    assert "movement.passport_confiscation" in her_codes, her_codes
    assert "detention.prison_sentence" not in her_codes and "torture.beating" not in her_codes, her_codes
    for word in asking:
        assert not any(word.casefold() in n.casefold().split() for n in names), names
