"""`pipeline.run_from`: the benches re-run the steps from one on; doing so on a finished document
gives the same violations as the whole run, and a name that is no step is refused."""

import copy

import pytest

from guwah.extract import pipeline


def test_running_again_from_the_violations_step_gives_the_same_violations():
    doc = pipeline.run_pipeline("My brother Erkin Tursun was arrested in Ghulja in 2018 and beaten.", "en")
    again = copy.deepcopy(doc)
    for person in again.persons:
        person.violations = []
    pipeline.run_from(again, "violations")
    codes = lambda d: sorted((p.name, v.code) for p in d.persons for v in p.violations)  # noqa: E731
    assert codes(doc) and codes(again) == codes(doc)


def test_a_name_that_is_no_step_is_refused():
    with pytest.raises(KeyError):
        pipeline.run_from(pipeline.run_pipeline("A short text.", "en"), "no such step")
