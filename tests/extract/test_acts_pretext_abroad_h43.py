"""A court's sentence whose clause names a country abroad only as its pretext (a trip there, a return
from there) is a sentence passed in China; one passed by a court abroad is not a violation
(`violations._sentenced_abroad`, h-codes43). Invented texts, the control beside each."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, language, None).persons if p.name}


def test_english_a_trip_abroad_as_the_pretext_and_a_court_abroad():
    codes = _codes("My brother Arslan Nur lived in Kashgar. In March 2018 a court sentenced him to twelve years "
                   "for a family visit to Istanbul.\n\n"
                   "Our cousin Dilmurat Yasin moved to Oslo in 2015. In 2019 Dilmurat Yasin was sentenced to two years "
                   "in Norway for fraud.", "en")
    assert "detention.prison_sentence" in codes["Arslan Nur"], codes
    assert "detention.prison_sentence" not in codes["Dilmurat Yasin"], codes


def test_french_a_trip_abroad_as_the_pretext_and_a_court_abroad():
    codes = _codes("En 2018, Arslan Nur a été condamné à dix ans de prison pour un séjour en Turquie.\n\n"
                   "Son cousin Dilmurat Yasin vit à Oslo. En 2019, Dilmurat Yasin a été condamné à deux ans de prison "
                   "en Norvège pour fraude.", "fr")
    assert "detention.prison_sentence" in codes["Arslan Nur"], codes
    assert "detention.prison_sentence" not in codes["Dilmurat Yasin"], codes
