"""A transcript's speaker label is who speaks the line, not whom a "he" or "she" of it stands for
(issue 11, h-attrib48): in "ROSA: … they chained her wrists", "her" is not Rosa, who would say "me",
and a label of another turn ("LIAM:") names the one spoken to. Before, a label nearer than the patient
named in the handover took the act when neither's gender was known (tuning_v24, a ward handover).
Invented sentences.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

HEADER = "WARD 6 HANDOVER, TRANSCRIBED\nHanding over: Rosa Price RN (nights) | Receiving: Liam Grant RN (days)\n\n"


def test_her_in_a_speakers_own_line_is_not_the_speaker():
    doc = doc_of(HEADER + "ROSA: Bed 4, TOHTI, Meryem, 60, admitted with a fall.\nLIAM: Anything I should know?\n"
                 "ROSA: Yes. In 2018 they chained her wrists at night in a camp in Hotan.\nLIAM: Understood.", "en")
    assert "detention.shackling" not in codes_of(person_named(doc, "Rosa Price"))
    assert "detention.shackling" not in codes_of(person_named(doc, "Liam Grant"))
    # control: the patient the line tells of has it
    assert "detention.shackling" in codes_of(person_named(doc, "Meryem Tohti"))


def test_his_after_a_named_husband_is_the_husband():
    """Control: a man named in the line before the pronoun is still whom "his" stands for."""
    doc = doc_of(HEADER + "ROSA: Bed 4, TOHTI, Meryem, 60, admitted with a fall.\nLIAM: Anything I should know?\n"
                 "ROSA: Her husband, Ekrem, is still in Hotan. They kept his passport, so he cannot come.\n"
                 "LIAM: Understood.", "en")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Ekrem"))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Rosa Price"))
