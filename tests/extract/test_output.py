"""The `guwah extract --json` contract and the evidence behind every fact."""

import hashlib
import json

import pytest

from guwah.extract import extract_file, extract_text, ner
from tests.extract.helpers import TESTIMONY
from tests.extract.support import unsupported
from tests.shared import shared_path

ROLES = {"victim", "witness", "relative", "official", "perpetrator", "other"}
EVENT_TYPES = {"arrest", "interrogation", "detention", "transfer", "sentencing", "release", "death",
               "exit", "return", "disappearance", "other"}
FACILITY_TYPES = {"internment_camp", "detention_centre", "prison", "police_station", "hospital_or_clinic", "other"}


def check_contract(result: dict) -> None:
    from guwah.vocab import violation_codes

    codes = violation_codes()
    assert set(result["document"]) >= {"sha256", "language", "title", "text_chars"}
    person_ids = {p["id"] for p in result["persons"]}
    place_ids = {p["id"] for p in result["places"]}
    facility_ids = {f["id"] for f in result["facilities"]}
    for person in result["persons"]:
        assert set(person) >= {"id", "name", "names", "roles", "gender", "ethnicity", "birth_year", "age",
                               "citizenship", "mentions", "relations", "attributes_evidence", "violations"}
        assert set(person["roles"]) <= ROLES and person["roles"]
        assert person["gender"] in ("male", "female", None)
        assert isinstance(person["citizenship"], list)
        for relation in person["relations"]:
            assert relation["person"] in person_ids and relation["relation"]
        for violation in person["violations"]:
            assert violation["code"] in codes
            assert set(violation["evidence"]) == {"start", "end"}
    for place in result["places"]:
        assert set(place) >= {"id", "name", "gazetteer_id", "kind", "mentions"}
    for facility in result["facilities"]:
        assert facility["type"] in FACILITY_TYPES
        assert facility["place"] is None or facility["place"] in place_ids
    for event in result["events"]:
        assert event["type"] in EVENT_TYPES
        assert event["person"] is None or event["person"] in person_ids
        assert event["place"] is None or event["place"] in place_ids
        assert event["facility"] is None or event["facility"] in facility_ids
        for key in ("date", "end_date"):
            if event[key] is not None:
                value, precision = event[key]["value"], event[key]["precision"]
                assert len(value) == {"day": 10, "month": 7, "year": 4}[precision]
    json.dumps(result)  # serialisable


def test_output_contract_shape(tmp_path):
    path = tmp_path / "testimony.txt"
    path.write_text(TESTIMONY, encoding="utf-8")
    result = extract_file(path)
    check_contract(result)
    assert result["document"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result["document"]["language"] == "en"
    assert result["document"]["text_chars"] == len(TESTIMONY)


def test_output_evidence_supports_every_fact():
    result = extract_text(TESTIMONY)
    assert result["persons"] and result["events"]
    assert unsupported(result, TESTIMONY) == []


@pytest.mark.parametrize("name", [
    "omir-bekali-100-camp-testimonies.txt", "kalbinur-sidik-mare-2025.txt", "atajurt-round-table-2018.txt"])
def test_output_evidence_supports_every_fact_in_the_corpus(name):
    from guwah.ingest.readers import read_document

    path = shared_path("corpus", name)
    text = read_document(path.name, path.read_bytes(), max_unpacked_bytes=10**8).text
    result = extract_text(text)
    check_contract(result)
    assert result["persons"]
    assert unsupported(result, text) == []


@pytest.mark.parametrize("text", ["", "   \n\n ", "%%%% 1234 ;;;; \x01\x02", "ab" * 5000, "Ä" * 3000])
def test_output_garbage_gives_an_empty_result(text):
    result = extract_text(text)
    check_contract(result)
    assert result["persons"] == [] and result["events"] == []


def test_output_model_missing_still_extracts(monkeypatch):
    monkeypatch.setattr(ner, "analyse", lambda text, language: None)
    result = extract_text(TESTIMONY)
    assert any(w.startswith(ner.MODEL_MISSING) for w in result["warnings"])
    assert result["extractor"]["model"] is None
    assert any(p["name"] == "Nurlan Tursunov" for p in result["persons"])


def test_output_model_entities_are_used_when_present(monkeypatch):
    text = "Yesterday Zhanar Ospanova was detained in Kara Tash."
    person, place = text.index("Zhanar"), text.index("Kara")
    analysis = ner.Analysis(model="test_model-0", entities=[
        ner.Entity(person, person + 15, "PERSON", "Zhanar Ospanova", "Zhanar Ospanova"),
        ner.Entity(place, place + 9, "GPE", "Kara Tash", "Kara Tash")])
    monkeypatch.setattr(ner, "analyse", lambda text, language: analysis)
    result = extract_text(text)
    assert result["extractor"]["model"] == "test_model-0"
    assert not any(w.startswith(ner.MODEL_MISSING) for w in result["warnings"])
    assert [p["name"] for p in result["persons"]] == ["Zhanar Ospanova"]
