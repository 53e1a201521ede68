"""A name never runs across a paragraph break (issue 11, h-kk62): two names on lines with a blank line
between are two persons, in Kazakh and in Uyghur; a name split only by spaces stays whole. Invented
texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str, language: str) -> list[str]:
    return [name for person in run_pipeline(text, language, None).persons for name in person.names]


def test_kazakh_names_on_two_paragraphs_are_two_persons():
    names = _names("Інім Бекзат Ерасылұлы 2019 жылы ұсталды.\n\nКуәгер: Нұрасыл\n\nАяжан полиция ұстады.", "kk")
    assert "Бекзат Ерасылұлы" in names  # the control: a name inside one line stays whole
    assert "Нұрасыл" in names and "Аяжан" in names
    assert not any("\n" in name for name in names)


def test_a_blank_line_with_spaces_is_a_paragraph_break_too():
    names = _names("Тізім:\nДиас \n \t\nБалнұр", "kk")
    assert "Диас" in names and "Балнұр" in names
    assert not any("\n" in name for name in names)


def test_uyghur_names_on_two_paragraphs_are_two_persons():
    names = _names("ئاكام ئىسكەندەر ئىليار 2018-يىلى تۇتۇلدى.\n\nئاكام مىرزات\n\nقەلبىنۇر 2019-يىلى تۇتۇلدى.", "ug")
    assert "ئىسكەندەر ئىليار" in names  # the control
    assert not any("\n" in name for name in names)
    assert "مىرزات" in names
