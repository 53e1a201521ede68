"""An act told of a group's noun whose apposition lists its members is each member's (issue 11, h-codes54):
"Three teachers from our school, A, B and C, were sent to an internment camp", "Two former detainees just
released from the camps, Norwegian citizen A and Danish citizen B, spoke …". Invented texts; controls: a
group with no list stays nobody's, and names after a relative clause or outside the apposition are no members."""

from guwah.extract.pipeline import run_pipeline


def _codes(doc, name: str) -> set[str]:
    person = next(p for p in doc.persons if any(name in n for n in p.names))
    return {v.code for v in person.violations}


def test_each_member_the_apposition_lists_has_the_act():
    text = ("Three teachers from our school, Halvard Brekke, Sune Holm and Maren Lund, were sent to an internment "
            "camp in 2018.\n")
    doc = run_pipeline(text, "en", None)
    for name in ("Halvard", "Sune", "Maren"):
        assert "detention.internment_camp" in _codes(doc, name)
    text = ("Two former detainees just released from the internment camps, Norwegian citizen Halvard Brekke and "
            "Danish citizen Sune Holm, spoke at the meeting in Oslo.\n")
    doc = run_pipeline(text, "en", None)
    assert "detention.internment_camp" in _codes(doc, "Halvard")
    assert "detention.internment_camp" in _codes(doc, "Sune")


def test_names_outside_the_apposition_are_no_members():
    text = ("The detainees were beaten every night. Halvard Brekke and Sune Holm, two lawyers, spoke at the "
            "meeting in Oslo.\n")
    doc = run_pipeline(text, "en", None)
    assert "torture.beating" not in _codes(doc, "Halvard")
    assert "torture.beating" not in _codes(doc, "Sune")
    text = ("Three teachers who had met Halvard Brekke, Sune Holm and Maren Lund, were sent to an internment "
            "camp in 2018. Later Ivo Rask was sent to an internment camp too.\n")
    doc = run_pipeline(text, "en", None)
    assert "detention.internment_camp" not in _codes(doc, "Halvard")
    assert "detention.internment_camp" in _codes(doc, "Ivo")  # the control: a person named for it has it
