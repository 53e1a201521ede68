"""A building's name ("Bradford House", "Sheldon Chambers") in a hearing's header or in prose is no
person, and never the narrator of the transcript under it (issue 11, h-x27p: on the spent v13 set a
tribunal's building in the header line under the tribunal's name was made a person, and a victim).
Invented texts; the positive controls in the same text: the relatives named in the answers are
persons."""

import pytest

from guwah.extract.pipeline import run_pipeline

HEARING = ("FIRST-TIER TRIBUNAL\n{building}, Leeds\nHearing date: 3 March 2024\n\n"
           "Q. Where did you live before you came here?\n"
           "A. In Ghulja. My brother Adil Tursun was taken to a camp in 2018 and I have not heard from him since. "
           "The police in Ghulja also kept my passport for a month and called my mother Rozigul Tursun twice a "
           "week to ask where I was.\n"
           "Q. When did you leave?\n"
           "A. In the summer of 2019, through Almaty. My mother told me not to come back.\n")


@pytest.mark.parametrize("building", ["Bradford House", "Sheldon Chambers"])
def test_a_buildings_name_in_a_hearings_header_is_no_person(building):
    doc = run_pipeline(HEARING.format(building=building), "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert "Adil Tursun" in names and "Rozigul Tursun" in names
    assert not any(building.split()[0] in n for n in names), names
