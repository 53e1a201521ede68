"""A chat export's timestamps are no phone numbers: "[03/05/2019 12:41]" kept whole (before
h-review73 its date and hour read as ten digits of one and "03/05/2019 12" was masked), while a
real phone number in the same chat is still masked (the negative control's positive one)."""

import pytest

from guwah.redaction import DETAIL, build_masking, redact

NOBODY = build_masking([], [])
PHONE = "+7 701 482 3916"


@pytest.mark.parametrize("stamp", ["[03/05/2019 12:41]", "[12:41, 03/05/2019]", "[2019-05-03 12:41:07]",
                                   "03.05.2019 12 41", "12:41 03/05/2019 12:45"])
def test_a_chat_timestamp_stays_whole_and_a_phone_number_in_the_same_chat_is_masked(stamp):
    chat = (f"{stamp} Nurgul Tasbek: he called from a new number\n"
            f"{stamp} Nurgul Tasbek: {PHONE} write to him there")
    shown = redact(chat, NOBODY).text
    assert shown.count(stamp) == 2, shown
    assert PHONE not in shown and "482" not in shown and f"{DETAIL} write to him there" in shown


def test_a_phone_number_written_with_dashes_like_a_date_is_still_masked():
    """Only a date with its year in full is a date: a local number's "12-34-56" is part of the number."""
    shown = redact("call 8 701 12-34-56 after dark", NOBODY).text
    assert "12-34-56" not in shown and DETAIL in shown
