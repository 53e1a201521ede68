"""The Kazakh victim role read on each side of a colon (issue 11, h-persons43): the one who tells («Анасы X
хабарлады: …», "his mother X reported: …") is not the one held in what she told; the one named on the side
of the act is. Invented text; the control: an act before the colon still makes its person a victim."""

from guwah.extract.pipeline import run_pipeline


def _roles(text: str) -> dict:
    doc = run_pipeline(text, "kk", None)
    return {name: person.roles for person in doc.persons for name in person.names}


def test_the_teller_before_a_colon_is_not_the_victim_of_what_she_told():
    roles = _roles("Анасы Гүлнар Серікқызы телефон арқылы хабарлады: баланың әкесі Алмас Нұрланұлы 2018 жылы "
                   "Құлжада ұсталып, лагерьге жіберілген. Ағасы Ерлан 2019 жылы ұсталды: оны түрмеге жапты.")
    assert "victim" in roles["Алмас Нұрланұлы"], roles
    assert "victim" not in roles["Гүлнар Серікқызы"], roles
    assert "victim" in roles["Ерлан"], roles  # the act on his side of the colon
