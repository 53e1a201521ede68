"""A record's spouse field makes "her husband" told later that named person (issue 11, h-attrib48):
"APPLICANT: OSMAN, Zeynep" … "Spouse: KADIR, Tahir" then "Her husband … was detained" is one person,
and the acts go to him (`persons._field_spouses`, then `_named_relatives`), as "his wife, my aunt X" is
one person. Before, an unnamed "Osman's husband" took the acts and the named spouse had none
(tuning_v25, a charity's case summary). Invented sentences; a field that names no relative ("Referee:")
joins no one (the control).
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

RECORD = ("RELIEF FUND: CASE NOTE\n\nAPPLICANT: OSMAN, Zeynep\nDate of birth: 02/05/1984\n{label}: KADIR, Tahir\n\n"
          "Background\nMrs Osman is a Uyghur woman from Aksu. Her husband went back to Aksu in May 2018. He was "
          "detained at a checkpoint and held in a camp for two years.")
ACTS = {"detention.arbitrary_arrest", "detention.internment_camp"}


def test_her_husband_is_the_spouse_the_record_names():
    doc = doc_of(RECORD.format(label="Spouse"), "en")
    tahir = person_named(doc, "Tahir Kadir")
    assert ACTS <= codes_of(tahir)
    assert "victim" in tahir.roles
    assert not [p for p in doc.persons if not p.names and ACTS & codes_of(p)]
    assert {"arrest", "detention"} <= {e.type for e in doc.events if e.person == tahir.id}


def test_a_referee_is_not_her_husband():
    """Control: the same name in a referee's field is no relative; the husband stays unnamed."""
    doc = doc_of(RECORD.format(label="Referee"), "en")
    assert not ACTS & codes_of(person_named(doc, "Tahir Kadir"))
    assert [p for p in doc.persons if not p.names and ACTS <= codes_of(p)]
