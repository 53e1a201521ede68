"""A withheld name in UTF-16, hexadecimal, base32, CSS escapes, UTF-7, rot13 or an odd punycode label is masked.

Before, the masks read percent-encoding and base64 in UTF-8 and the older one-byte charsets only, so a
CSV or page saved in "Unicode" (UTF-16) and then percent- or base64-encoded kept the name; so did a
database dump or log in hexadecimal, a base32 token, a style sheet's escapes ("\\413 \\443 …"), a mail
in UTF-7 ("+BBMEQwQ7-"), a word in rot13, and a punycode label written in capitals or too long for a
host name. Each test carries its controls: the same encoding of a released (named) person's name and of
words that name no one stays as written. Every name here is invented.
"""

import base64
import codecs
import re
from urllib.parse import quote

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

WITHHELD_PEOPLE = [Withheld(1, ("Gülsendem Qorghanyari",), WITHHELD), Withheld(2, ("Жаннұр Тебекқызы",), WITHHELD),
                   Withheld(3, ("Nurbahar Yoqsulqashi", "努尔巴哈尔·约克苏勒"), WITHHELD)]
NAMED = ["Bahargül Tashyarqi", "Нұрсұлу Бектемісова"]
# The same shapes, naming no one: a city and a plain phrase.
NO_ONE = ["Kashgar", "the report"]


@pytest.fixture(scope="module")
def masking():
    return build_masking(WITHHELD_PEOPLE, NAMED, [])


def percent(data: bytes) -> str:
    return "".join(f"%{byte:02X}" for byte in data)


def css(text: str) -> str:
    """A style sheet's escapes: each letter outside ASCII, and every other one inside it, as "\\hex "."""
    return "".join(f"\\{ord(c):x} " if not c.isascii() or at % 2 else c for at, c in enumerate(text))


BOM_BE = codecs.BOM_UTF16_BE
ENCODINGS = {
    "percent UTF-16 LE": lambda text: percent(text.encode("utf-16-le")),
    "percent UTF-16 BE": lambda text: percent(text.encode("utf-16-be")),
    "percent UTF-16 with its mark": lambda text: percent(text.encode("utf-16")),
    "percent UTF-16 BE with its mark": lambda text: percent(BOM_BE + text.encode("utf-16-be")),
    "percent UTF-16, ASCII letters as they are": lambda text: quote(text.encode("utf-16-le")),
    "base64 UTF-16 LE": lambda text: base64.b64encode(text.encode("utf-16-le")).decode(),
    "base64 UTF-16 BE": lambda text: base64.b64encode(text.encode("utf-16-be")).decode(),
    "base64 UTF-16 with its mark": lambda text: base64.b64encode(text.encode("utf-16")).decode(),
    "base64url UTF-16 BE with its mark": lambda text: base64.urlsafe_b64encode(BOM_BE + text.encode("utf-16-be"))
    .decode().rstrip("="),
    "hex UTF-8": lambda text: text.encode().hex(),
    "HEX UTF-8 after 0x": lambda text: "0x" + text.encode().hex().upper(),
    "hex UTF-16 LE": lambda text: text.encode("utf-16-le").hex(),
    "hex UTF-16 BE": lambda text: text.encode("utf-16-be").hex(),
    "base32": lambda text: base64.b32encode(text.encode()).decode(),
    "base32 unpadded, small letters": lambda text: base64.b32encode(text.encode()).decode().rstrip("=").lower(),
    "CSS escapes": css,
    "UTF-7": lambda text: text.encode("utf-7").decode("ascii"),
    "rot13": lambda text: codecs.encode(text, "rot13"),
}


@pytest.mark.parametrize("how", list(ENCODINGS))
@pytest.mark.parametrize("withheld, named", [("Gülsendem Qorghanyari", "Bahargül Tashyarqi"),
                                             ("Жаннұр Тебекқызы", "Нұрсұлу Бектемісова"),
                                             ("Nurbahar Yoqsulqashi", "Bahargül Tashyarqi")])
def test_a_withheld_name_in_another_encoding_is_masked_and_a_released_one_stays(masking, how, withheld, named):
    hidden, shown = ENCODINGS[how](withheld), ENCODINGS[how](named)  # rot13 leaves Cyrillic as it is
    text = f'Saved with the statement: "{hidden}" and "{shown}".'
    redacted = redact(text, masking).text
    assert redacted == f'Saved with the statement: "{WITHHELD}" and "{shown}".', redacted


@pytest.mark.parametrize("how", list(ENCODINGS))
@pytest.mark.parametrize("no_one", NO_ONE)
def test_the_same_encoding_of_words_naming_no_one_stays(masking, how, no_one):
    # The control beside it: the withheld name in the same encoding is masked in the same text.
    hidden, shown = ENCODINGS[how]("Nurbahar Yoqsulqashi"), ENCODINGS[how](no_one)
    text = f'Saved with the statement: "{shown}" and "{hidden}".'
    assert redact(text, masking).text == f'Saved with the statement: "{shown}" and "{WITHHELD}".'


@pytest.mark.parametrize("label", ["Gülsendem", "GÜLSENDEM-QORGHANYARI",
                                   "gülsendem-qorghanyari-" + "-".join(["tells-of-the-camp"] * 3)])
def test_a_withheld_name_in_a_punycode_label_no_host_name_takes_is_masked(masking, label):
    # In capitals the label does not read back as IDNA writes it, and past 63 letters it is no host's
    # label; a decoder of punycode reads both.
    hidden = "xn--" + label.encode("punycode").decode("ascii")
    shown = "xn--" + "Bahargül".encode("punycode").decode("ascii")
    text = f"Linked as https://{hidden}.example/ and https://{shown}.example/."
    # The mask takes the rest of the host name it is joined into (h-handle74).
    assert redact(text, masking).text == f"Linked as https://{WITHHELD}/ and https://{shown}.example/."


def test_ordinary_words_numbers_and_codes_are_not_read_as_encoded(masking):
    text = ("On 12.03.2019 at 0930 the clerk (+7 701 123 45 67, ticket INTERNMENT, DEADBEEF, c0ffee, "
            "commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08) wrote C:\\data\\bed and "
            "a decade of facade work, the gnat and the tang, C++ and 1+1; Nurbahar Yoqsulqashi spoke.")
    assert redact(text, masking).text == text.replace("+7 701 123 45 67", "[detail withheld]").replace(
        "Nurbahar Yoqsulqashi", WITHHELD)


def test_a_hexadecimal_name_whose_digits_read_as_a_phone_number_is_masked_whole(masking):
    # UTF-16's zero bytes make long runs of digits ("…0079006100…"), which read as a phone number: before,
    # only those digits were masked, and the letters around them showed part of the name.
    hidden = "Nurbahar Yoqsulqashi".encode("utf-16-be").hex()
    assert re.search(r"[0-9]{9}", hidden)
    assert redact(f"dump: {hidden};", masking).text == f"dump: {WITHHELD};"


@pytest.mark.parametrize("encode", [
    lambda text: percent(text.encode("utf-16")),
    lambda text: base64.b64encode(BOM_BE + text.encode("utf-16-be")).decode(),
    lambda text: text.encode("utf-16").hex(),
], ids=["percent", "base64", "hex"])
def test_a_withheld_name_in_characters_is_read_in_utf16_with_its_mark(masking, encode):
    # Without its byte-order mark, UTF-16 is read only as letters below U+0800 (Latin, Cyrillic, Arabic):
    # any bytes read so give characters, which the masks read by sound.
    hidden, shown = encode("努尔巴哈尔·约克苏勒"), encode("喀什市")
    text = f"Exported: {hidden}, {shown}."
    assert redact(text, masking).text == f"Exported: {WITHHELD}, {shown}."
