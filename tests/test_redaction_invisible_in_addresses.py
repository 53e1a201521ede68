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
