"""Dates said from the time of writing (issue 11, h-x33p): "N days ago" inside a dated entry counts from
the entry's day, as "yesterday" there does; a chat message's stamp is the day its message speaks from;
Kazakh «осы жылы», «осы айда», «биылғы», «былтырдан», «кеше», «ертең» resolve against the document's date
(dateparser's Kazakh table, ours for the year words it lacks). Invented texts; controls beside."""

from datetime import date

from guwah.extract.pipeline import run_pipeline


def dates_of(text: str, document_date: date | None, language: str = "en") -> dict[str, tuple[str, str]]:
    doc = run_pipeline(text, language, document_date=document_date)
    return {doc.text[d.start:d.end]: (d.value, d.precision) for d in doc.dates}


def test_days_ago_in_a_dated_entry_count_from_the_entry():
    text = ("MON 4 MARCH 2024 | 10:00-11:30 | county court, room 2 | hearing for a client\nA long morning.\n- Six days ago a man phoned her from a foreign number.\n"
            "- Three days later she got a video of her brother.\n\nFRI 8 MARCH 2024\nPaperwork only.")
    found = dates_of(text, date(2024, 3, 8))
    assert found["Six days ago"] == ("2024-02-27", "day")
    assert found["Three days later"] == ("2024-03-01", "day")
    # the control: with no entry heading the same words count from the document's date
    plain = dates_of("Six days ago a man phoned her from a foreign number.", date(2024, 3, 8))
    assert plain["Six days ago"] == ("2024-03-02", "day")


def test_a_chat_stamp_is_the_day_its_message_speaks_from():
    text = ("[10.05.2021, 20:03] Dana: Did anyone reach Grandma today?\n"
            "[12.05.2021, 09:40] Marat: Yesterday the police came to her house.")
    found = dates_of(text, date(2021, 5, 14))
    assert found["Yesterday"] == ("2021-05-11", "day")
    assert found["today"] == ("2021-05-10", "day")  # the control: the first message's own day


def test_kazakh_this_year_this_month_and_the_year_words():
    text = ("Осы жылы ауылға жаңа дәрігер келді. Осы айда Асқар Нұрболатұлы Құлжада ұсталды. "
            "Биылғы жоспар бойынша мектеп жөнделеді. Былтырдан бері інісінен хабар жоқ.")
    found = dates_of(text, date(2024, 2, 15), "kk")
    assert found["Осы жылы"] == ("2024", "year")
    assert found["Осы айда"] == ("2024-02", "month")
    assert found["Биылғы"] == ("2024", "year")
    assert found["Былтырдан"] == ("2023", "year")
    # the control: without a document date none is guessed
    assert not dates_of(text, None, "kk")


def test_kazakh_yesterday_and_tomorrow_from_the_message_they_are_in():
    text = ("[16.04.2020, 20:03] Ерқанат: Апамен сөйлестім.\n"
            "[17.04.2020, 09:40] Толқын: Кеше кешке бір бейтаныс нөмірден қоңырау шалды.\n"
            "[17.04.2020, 09:45] Ерқанат: Ертең консулдыққа бірге барамыз.")
    found = dates_of(text, date(2020, 4, 20), "kk")
    assert found["Кеше"] == ("2020-04-16", "day")
    assert found["Ертең"] == ("2020-04-18", "day")
    assert found["16.04.2020"] == ("2020-04-16", "day")  # the control: the stamps themselves
