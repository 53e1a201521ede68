"""Attribution cases of h-attrib45 in English, French and Russian (invented texts; each negative
beside a positive control in the same text)."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_a_childs_age_is_no_description_of_her_and_last_year_is_not_the_child():
    # « Leyla (6 ans) »: « ans » in apposition is her age, so « l'an dernier » does not stand for
    # her; "the teacher" said in apposition to a name still does (`subjects._described`)
    codes = _codes("Je m'occupe seule de notre petite fille Leyla (6 ans) et je travaille.\n\n"
                   "Ma belle-sœur, Gulbahar Tursun, qui vit toujours à Ghulja, n'a pas été internée, mais la police "
                   "lui a retiré son passeport l'an dernier. Ablet Yasin, ancien professeur à Ghulja, vivait près "
                   "d'elle. En 2018, le professeur a été arrêté.\n", "fr")
    assert "movement.passport_confiscation" in codes["Gulbahar Tursun"], codes
    assert not codes["Leyla"], codes
    assert "detention.arbitrary_arrest" in codes["Ablet Yasin"], codes
