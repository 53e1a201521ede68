"""Russian: a camp told as a "so-called" centre with an adjective between (в так называемом
«воспитательном центре»), and held or sent to a «учебный центр» (h-codes43); a driving school's
training centre someone finished is no camp. Invented texts, the control beside each."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> dict[str, set[str]]:
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, "ru", None).persons if p.name}


def test_a_so_called_centre_with_its_adjective_is_a_camp_a_drivers_training_centre_is_not():
    codes = _codes("В 2019 году мою тётю Гульнару Касымову увезли из дома и почти год продержали под Кульджой "
                   "в так называемом «воспитательном центре».\n\n"
                   "Её сосед Ерлан Нурланов в 2015 году окончил учебный центр водителей в Алматы.")
    assert "detention.internment_camp" in codes["Гульнара Касымова"], codes
    assert "detention.internment_camp" not in codes["Ерлан Нурланов"], codes
