"""Who says "I" in a Russian application whose «от» phrase runs over lines, and whom it is written to
(issue 11, h-codes52): «от выпускницы педагогического колледжа,» with the sender's name on the line below, in
the same heading block, is the sender, not the addressee above it; the acts the letter tells of "me" («у меня
забрали паспорт») are hers; the name in the dative above the «от» line is the addressee. Invented texts;
controls: the name on the «от» line itself, a date line «от 3 мая» with a name below it, a blank line between
the description and a name, a name in a block of its own above the sender's."""

from guwah.extract import persons
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


def _codes(person) -> set[str]:
    return {v.code for v in person.violations}


_BODY = ("ЗАЯВЛЕНИЕ\n\n"
         "Прошу восстановить мне справку об окончании колледжа. В 2019 году я поехала к родителям в Кульджу. "
         "Там у меня забрали паспорт, и вернуться в Алматы я смогла только через два года.\n")


def test_a_sender_description_that_runs_to_the_next_line_names_the_writer():
    text = ("Директору колледжа\n"
            "Серикову А. Б.\n"
            "от выпускницы педагогического колледжа 2015 года,\n"
            "Турдыбековой Айжан Маратовны\n\n" + _BODY)
    names = _by_name(run_pipeline(text, "ru", None))
    writer = next(p for n, p in names.items() if "Айжан" in n)
    addressee = next(p for n, p in names.items() if "Серик" in n)
    assert writer.narrator and not addressee.narrator
    assert "movement.passport_confiscation" in _codes(writer)
    assert "movement.passport_confiscation" not in _codes(addressee)


def test_the_name_on_the_sender_line_itself_is_kept():
    text = ("Директору колледжа\n"
            "Серикову А. Б.\n"
            "от Турдыбековой Айжан Маратовны,\n"
            "проживающей в г. Алматы\n\n" + _BODY)
    names = _by_name(run_pipeline(text, "ru", None))
    writer = next(p for n, p in names.items() if "Айжан" in n)
    assert writer.narrator
    assert "movement.passport_confiscation" in _codes(writer)


def test_a_date_line_or_a_blank_line_does_not_run_on_to_a_name():
    dated = ("Справка\n"
             "от 3 мая 2021 года\n"
             "Серикову А. Б.\n\n"
             "Я подтверждаю, что я училась в колледже.\n")
    assert persons._sender(run_pipeline(dated, "ru", None)) is None
    apart = ("Директору колледжа\n"
             "от выпускницы педагогического колледжа\n\n"
             "Серикову А. Б. известно, что я училась здесь.\n")
    assert persons._sender(run_pipeline(apart, "ru", None)) is None
    below = ("Директору колледжа\n"
             "от выпускницы педагогического колледжа\n"
             "Турдыбековой Айжан Маратовны\n\n"
             "Я училась здесь.\n")
    doc = run_pipeline(below, "ru", None)
    assert "Айжан" in " ".join(doc.person(persons._sender(doc)).names)  # the positive control


def test_the_name_above_the_sender_line_in_its_block_is_the_addressee():
    text = ("Директору колледжа\n"
            "Серикову А. Б.\n"
            "от выпускницы педагогического колледжа 2015 года,\n"
            "Турдыбековой Айжан Маратовны\n\n" + _BODY)
    doc = run_pipeline(text, "ru", None)
    addressed = {name for pid in persons.named_as_addressee(doc) for name in doc.person(pid).names}
    assert any("Серик" in name for name in addressed)
    assert not any("Айжан" in name for name in addressed)  # the sender is no addressee
    # the control: a name in a block of its own above the sender's is no one the letter is written to
    apart = ("Дело № 12/2021, судья Серикову А. Б.\n\n"
             "от Турдыбековой Айжан Маратовны\n\n" + _BODY)
    doc = run_pipeline(apart, "ru", None)
    assert not persons.named_as_addressee(doc)
