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
    text = ("MON 4 MARCH 2024 | 10:00-11:30 | county court, room 2 | hearing for a client\nA long morning.\n- The client said "
            "that six days ago her sister's shop was searched.\n- Three days later the shop was closed.\n\nFRI 8 MARCH 2024\nPaperwork only.")
    found = dates_of(text, date(2024, 3, 8))
    assert found["six days ago"] == ("2024-02-27", "day")
    assert found["Three days later"] == ("2024-03-01", "day")
    # the control: with no entry heading the same words count from the document's date
    plain = dates_of("The client said that six days ago her sister's shop was searched.", date(2024, 3, 8))
    assert plain["six days ago"] == ("2024-03-02", "day")


def test_a_chat_stamp_is_the_day_its_message_speaks_from():
    text = ("[10.05.2021, 20:03] Dana: Has anyone heard from Uncle Rustam today?\n"
            "[12.05.2021, 09:40] Marat: Yesterday two officers searched his flat.")
    found = dates_of(text, date(2021, 5, 14))
    assert found["Yesterday"] == ("2021-05-11", "day")
    assert found["today"] == ("2021-05-10", "day")  # the control: the first message's own day


def test_kazakh_this_year_this_month_and_the_year_words():
    text = ("Осы жылы ауылға жаңа дәрігер келді. Осы айда Ерболат Қанатұлы Құлжада ұсталды. "
            "Биылғы егін жақсы болды. Былтырдан бері інісінен хабар жоқ.")
    found = dates_of(text, date(2024, 2, 15), "kk")
    assert found["Осы жылы"] == ("2024", "year")
    assert found["Осы айда"] == ("2024-02", "month")
    assert found["Биылғы"] == ("2024", "year")
    assert found["Былтырдан"] == ("2023", "year")
    # the control: without a document date none is guessed
    assert not dates_of(text, None, "kk")


def test_kazakh_yesterday_and_tomorrow_from_the_message_they_are_in():
    text = ("[08.11.2021, 19:20] Мәди: Ағамның хабары жоқ.\n"
            "[09.11.2021, 08:15] Сәуле: Кеше полиция тағы үйге келді.\n"
            "[09.11.2021, 08:30] Мәди: Ертең адвокатқа барамын.")
    found = dates_of(text, date(2021, 11, 12), "kk")
    assert found["Кеше"] == ("2021-11-08", "day")
    assert found["Ертең"] == ("2021-11-10", "day")
    assert found["08.11.2021"] == ("2021-11-08", "day")  # the control: the stamps themselves
