"""An invisible character inside an e-mail address (h-adversary76): a soft hyphen or a zero-width space
that a copy from a web page or a hyphenating editor leaves in "memtimin\u00adablet@mail.example" ended the
address for the contact rule, so only "ablet@mail.example" was masked and the withheld given name before
the soft hyphen stayed shown beside the mask. The address is read through such characters and masked whole.
The controls: the same address without them is masked whole, and the sentence around it stays."""

import pytest

from guwah.redaction import DETAIL, WITHHELD, Withheld, build_masking, redact


def _shown(text: str) -> str:
    return redact(text, build_masking([Withheld(1, ("Memtimin Ablet",), WITHHELD)], ["Nurgul Sabir"])).text


@pytest.mark.parametrize("address", [
    "memtimin.ablet@mail.example",          # the control: no invisible character
    "memtimin\u00adablet@mail.example",     # a soft hyphen
    "memtimin\u200b.ablet@mail.example",    # a zero-width space
    "memtimin.ablet@mail\u00ad.example",    # in the domain
    "tursun\u00adqadir@mail.example",       # no withheld name in it: an address all the same
])
def test_an_address_with_an_invisible_character_is_masked_whole(address):
    shown = _shown(f"Write to {address} if you hear of him. Nurgul Sabir saw it.")
    assert shown == f"Write to {DETAIL} if you hear of him. Nurgul Sabir saw it.", shown


@pytest.mark.parametrize("phone", [
    "+7 701 555 0199",                          # the control: plain spaces
    "+7\u00a0701\u00a0555\u00a00199",           # no-break spaces, as Word and French typography write them
    "+7\u202f701\u202f555\u202f0199",           # narrow no-break spaces
    "+7\u2011701\u2011555\u20110199",           # non-breaking hyphens
    "+7 701\u00ad555 0199",                     # a soft hyphen
])
def test_a_phone_number_with_other_spaces_or_hyphens_is_masked(phone):
    shown = _shown(f"Call {phone} if you hear of him. Nurgul Sabir saw it.")
    assert shown == f"Call {DETAIL} if you hear of him. Nurgul Sabir saw it.", shown


@pytest.mark.parametrize("account", ["@memtimin_ablet", "@memtimin\u00adablet", "@memtimin\u200bablet",
                                     "t.me/memtimin\u00adablet"])
def test_a_handle_with_an_invisible_character_is_masked_whole(account):
    masking = build_masking([Withheld(1, ("Memtimin Ablet",), WITHHELD)], ["Nurgul Sabir"])
    shown = redact(f"Find {account} there. Nurgul Sabir saw it.", masking, accounts=True).text
    assert "ablet" not in shown.lower() and shown.endswith(" there. Nurgul Sabir saw it."), shown


def test_a_year_range_with_a_non_breaking_hyphen_stays():
    text = "From 2017\u20112018 he was held. Nurgul Sabir saw it."
    assert _shown(text) == text
