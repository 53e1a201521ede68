"""A withheld name in base64 of a charset other than UTF-8, or in JavaScript's "\\x" escapes, is masked.

Before, a base64 run was read in UTF-8 only: an e-mail's header or body in windows-1251, KOI8-R,
ISO-8859-1 or GBK ("=?windows-1251?B?…?=", which every mail client shows decoded) kept a withheld name
as written, although the same bytes percent-encoded or quoted-printable were masked. And a JavaScript
string's hex escapes ("Z\\xf6rig\\xfcl", as a saved page's script writes letters outside ASCII) kept
the given name shown beside its masked family name. Each test carries its control: the same encoding of
a named person's name, or of words that name no one, stays as written. Every name here is invented.
"""

import base64

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

WITHHELD_PEOPLE = [Withheld(1, ("Гулзийра Телликозова",), WITHHELD), Withheld(2, ("Zörigül Kokyarli",), WITHHELD),
                   Withheld(3, ("卡勒比努尔·铁力克孜",), WITHHELD)]
NAMED = ["Bekturdi Saypidin", "Айзибам Кокярова", "Yaltugül Mollaqari"]


@pytest.fixture(scope="module")
def masking():
    return build_masking(WITHHELD_PEOPLE, NAMED, [])


def b64(text: str, encoding: str) -> str:
    return base64.b64encode(text.encode(encoding)).decode()


@pytest.mark.parametrize("charset, encoding, withheld, named", [
    ("windows-1251", "cp1251", "Гулзийра Телликозова", "Айзибам Кокярова"),
    ("koi8-r", "koi8_r", "Гулзийра Телликозова", "Айзибам Кокярова"),
    ("ISO-8859-1", "latin-1", "Zörigül Kokyarli", "Yaltugül Mollaqari"),
    ("GBK", "gbk", "卡勒比努尔", "喀什市"),  # control: a city, in the same encoding
])
def test_a_withheld_name_in_base64_of_another_charset_is_masked(masking, charset, encoding, withheld, named):
    hidden, shown = b64(withheld, encoding), b64(named, encoding)
    text = f"From: =?{charset}?B?{hidden}?=\nCc: =?{charset}?B?{shown}?="
    assert redact(text, masking).text == f"From: =?{charset}?B?{WITHHELD}?=\nCc: =?{charset}?B?{shown}?="


def test_a_base64_mail_body_in_cp1251_is_masked_and_one_naming_no_one_stays(masking):
    hidden = b64("Свидетель Гулзийра Телликозова рассказала о лагере.", "cp1251")
    shown = b64("Свидетель Айзибам Кокярова рассказала о лагере.", "cp1251")
    text = f"Content-Transfer-Encoding: base64\n\n{hidden}\n\n--\n\n{shown}\n"
    assert redact(text, masking).text == f"Content-Transfer-Encoding: base64\n\n{WITHHELD}\n\n--\n\n{shown}\n"


def test_ordinary_words_and_codes_are_not_read_as_base64_of_another_charset(masking):
    text = ("Version v2.3 of the form, case ABC123x9, file scan_0042.pdf and token Zm9vYmFy: "
            "the witness spoke of Zörigül Kokyarli and of Bekturdi Saypidin in 2019.")
    assert redact(text, masking).text == text.replace("Zörigül Kokyarli", WITHHELD)


def test_a_withheld_name_in_javascript_hex_escapes_is_masked(masking):
    text = ('var a = "Z\\xf6rig\\xfcl Kokyarli"; var b = "Yaltug\\xfcl Mollaqari"; '
            'var c = "\\x4b\\x6f\\x6b\\x79\\x61\\x72\\x6c\\x69";')
    assert redact(text, masking).text == (f'var a = "{WITHHELD}"; var b = "Yaltug\\xfcl Mollaqari"; '
                                          f'var c = "{WITHHELD}";')


def _js_escape(text: str) -> str:
    """JavaScript's escape(): "%uXXXX" beyond Latin-1, "%XX" for the rest but letters and digits."""
    return "".join(c if c.isascii() and c.isalnum() else f"%u{ord(c):04X}" if ord(c) > 0xFF else f"%{ord(c):02X}"
                   for c in text)


def test_a_withheld_name_in_javascript_escape_is_masked(masking):
    hidden, shown = _js_escape("Гулзийра Телликозова"), _js_escape("Айзибам Кокярова")
    assert "%u0413" in hidden and "%20" in hidden
    text = f"Saved from https://old.example/?who={hidden}&then={shown}&page=%u0032 (100%20 of them)."
    assert redact(text, masking).text == (f"Saved from https://old.example/?who={WITHHELD}&then={shown}"
                                          "&page=%u0032 (100%20 of them).")
