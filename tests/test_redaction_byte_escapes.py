"""A withheld name behind an elided French word, in byte escapes, Python's long escapes, a code point
list or a hex dump is masked (h-adversary69).

Before, "le fils d'Erkin" was one word to the masks and showed the name (so did Python's b'…'
around a name); bytes escaped one by one as Python writes bytes and C a UTF-8 string ("\\xd0\\x96…"),
or in octal as git and ls quote a file name ("\\320\\226…"), were read one character each, never as
UTF-8; "\\U00000416", "U+0416 U+0430 …" and a hex dump with its bytes apart ("d0 96 d0 b0 …") were not
read at all. Each test carries its controls: a named person's name in the same form stays, and so do
words that name no one. Every name here is invented.
"""

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

WITHHELD_PEOPLE = [Withheld(1, ("Erkinjan Qorghanyari",), WITHHELD), Withheld(2, ("Жаннұр Тебекқызы",), WITHHELD),
                   Withheld(3, ("Ilnurbek Sayaqqashi",), WITHHELD)]
NAMED = ["Bahargül Tashyarqi", "Нұрсұлу Бектемісова"]


@pytest.fixture(scope="module")
def masking():
    return build_masking(WITHHELD_PEOPLE, NAMED, [])


@pytest.mark.parametrize("text", ["Le fils d'Erkinjan a été arrêté.", "la maison d’Ilnurbek, vide depuis",
                                  "qu'Erkinjan Qorghanyari revienne", "L'ILNURBEK", "name = b'Ilnurbek'"])
def test_a_name_after_an_elided_word_is_masked(masking, text):
    out = redact(text, masking).text
    assert "Erkinjan" not in out and "Ilnurbek" not in out.replace("ILNURBEK", "Ilnurbek") and "[name withheld]" in out
    # The control: the named person's name after the same word stays, and so does the elided word.
    named = text.replace("Erkinjan Qorghanyari", "Bahargül Tashyarqi").replace("Erkinjan", "Bahargül") \
        .replace("Ilnurbek", "Bahargül").replace("ILNURBEK", "BAHARGÜL")
    assert redact(named, masking).text == named


def python_bytes(text: str) -> str:
    return repr(text.encode())


def byte_escapes(text: str) -> str:
    return "".join(f"\\x{byte:02x}" for byte in text.encode())


def octal(text: str) -> str:
    return '"' + "".join(f"\\{byte:03o}" for byte in text.encode()) + '.txt"'


def long_escapes(text: str) -> str:
    return "".join(f"\\U{ord(c):08x}" for c in text)


def code_points(text: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in text)


def hex_dump(text: str) -> str:
    return text.encode().hex(" ")


def hex_colons(text: str) -> str:
    return text.encode().hex(":").upper()


@pytest.mark.parametrize("encode", [python_bytes, byte_escapes, octal, long_escapes, code_points, hex_dump,
                                    hex_colons])
def test_a_name_in_escaped_bytes_or_code_points_is_masked(masking, encode):
    text = f"log: {encode('Жаннұр Тебекқызы')} end"
    out = redact(text, masking).text
    assert "[name withheld]" in out and out.startswith("log: ") and out.endswith(" end"), out
    assert encode("Жаннұр") not in out and encode("Тебекқызы") not in out
    # Controls: a named person's name and words that name no one, in the same encoding, stay.
    for kept in ("Нұрсұлу Бектемісова", "город Алматы"):
        text = f"log: {encode(kept)} end"
        assert redact(text, masking).text == text


def test_escapes_that_are_no_utf8_still_read_as_before(masking):
    # "\xfc" is "ü" in a script's string; a CSS escape of three digits stays one.
    assert redact("with Erkinj\\x61n", masking).text == "with [name withheld]"
    for kept in ("\\xfc\\xe9 ok", "e\\301 here", "MAC 00:1a:2b:3c:4d:5e up", "the ad be ef fa ce 12 report"):
        assert redact(kept, masking).text == kept


def test_a_name_quoted_printable_across_a_soft_line_break_is_masked_whole(masking):
    import quopri

    def mail(name: str) -> str:  # a mail body's soft line break ("=" at the line's end) inside the surname
        body = quopri.encodestring(f"Хат: {name}".encode()).decode()
        return body.replace("=D0=B5=D0=BA", "=D0=B5=\n=D0=BA", 1)

    text = mail("Жаннұр Тебекқызы")
    assert "=\n=D0=BA" in text
    out = redact(text, masking).text
    assert out.endswith("[name withheld]") and "=D0=BA" not in out, out  # before, the surname showed whole
    kept = mail("Нұрсұлу Бектемісова")
    assert redact(kept, masking).text == kept


@pytest.mark.parametrize("handle", ["erkinjan1985", "qorghanyari85", "Ilnurbek2019", "2019ilnurbek"])
def test_a_name_with_a_number_joined_to_it_is_masked(masking, handle):
    # A handle or a file's name: before, in lower case, it showed ("erkinjan" alone is masked, so was "Erkinjan1985").
    assert redact(f"wrote as {handle} online", masking).text == "wrote as [name withheld] online"
    for kept in ("bahargul1985", "tashyarqi85", "kashgar2019", "said1985", "report2019"):
        assert redact(f"wrote as {kept} online", masking).text == f"wrote as {kept} online"
