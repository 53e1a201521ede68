"""The Kazakh act classifier beside the lexicon (h-codes43, `acts.kazakh`,
`violations._kazakh_classified`): the shipped model loads; a model in its place proposes a code the
lexicon does not read, at the word it rates highest, for the person named there, and not where a
negative suffix on that word denies it. The model here is trained on invented sentences (the
shipped one is trained on the tuning sets); each negative beside a positive control."""

import sys
from pathlib import Path

from guwah.extract import acts
from guwah.extract.pipeline import run_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import train_acts  # noqa: E402

# "was made to plant cotton" (a paraphrase no entry of kk.yaml reads), beside sentences of nothing
_TRAINING = [
    ("Ол күні бойы мақта егуге айдалды.", ["labour.forced_labour"]),
    ("Інім далада мақта егуге айдалды.", ["labour.forced_labour"]),
    ("Оларды таңертең мақта егуге айдады.", ["labour.forced_labour"]),
    ("Ағам мақта егуге айдалды.", ["labour.forced_labour"]),
    ("Ол дүкенге нан алуға барды.", []),
    ("Біз кешке шай іштік.", []),
    ("Апам бақшада гүл өсірді.", []),
    ("Ол мектепте сабақ берді.", []),
]


def _model():
    items = [{"text": text, "lang": "kk", "codes": codes} for text, codes in _TRAINING]
    model = train_acts.train(items, train_acts.labels_of(items), features=(("chars", "char_wb", (3, 5)),))
    return model.with_settings(0.5)


def _codes(text: str) -> dict[str, set[str]]:
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, "kk", None).persons if p.names}


def test_the_shipped_kazakh_model_loads_with_its_codes():
    model = acts.kazakh()
    assert model is not None and "detention.internment_camp" in model.codes
    assert [name for name, _a, _n in model.features] == ["chars"]


def test_a_code_the_lexicon_does_not_read_and_its_denial_by_a_suffix():
    text = "2019 жылы Ерлан Серікұлы мақта егуге айдалды. Ал Бауыржан Серікұлы мақта егуге айдалмады.\n"
    with acts.using_kazakh(None):
        assert "labour.forced_labour" not in _codes(text).get("Ерлан Серікұлы", set())  # the lexicon alone
    with acts.using_kazakh(_model()):
        codes = _codes(text)
    assert "labour.forced_labour" in codes["Ерлан Серікұлы"], codes
    assert "labour.forced_labour" not in codes.get("Бауыржан Серікұлы", set()), codes
