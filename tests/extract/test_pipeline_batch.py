"""Several texts analysed in one batch (extract_texts) give what each gives alone (extract_text)."""

import pytest

from guwah.errors import InputError
from guwah.extract import extract_person_names, extract_text, extract_texts
from tests.shared import REPO

DEV = REPO / "bench" / "data" / "extract-dev"


def test_extract_texts_are_extract_text_one_by_one():
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))][:7]
    texts.append("Kanat Abenov\n\nMy brother was detained in March last year.")
    texts.append("ئابدۇرېھىم 2017-يىلى قەشقەردە تۇتۇلدى.")  # Uyghur: the regional rules, no analysis
    dates = [None] * (len(texts) - 2) + ["2019-04-18", None]
    assert {extract_text(t)["extractor"]["model"] is None for t in texts[:7]} == {False}
    batched = extract_texts(texts, document_dates=dates)
    assert batched == [extract_text(text, document_date=when) for text, when in zip(texts, dates, strict=True)]
    assert any(d["value"] == "2018-03" for d in batched[-2]["dates"])


def test_extract_texts_needs_one_date_per_text():
    with pytest.raises(InputError):
        extract_texts(["a", "b"], document_dates=["2019-01-01"])



def test_extract_person_names_are_the_names_extract_texts_shows_and_skip_the_later_steps_where_they_can():
    # The metadata name check (guwah.publish.unread_names) ran the whole extractor over a release's
    # title and author; it needs the persons' names only. They must be those of the full run: in
    # titles, where a relative is named through a named person (the passing-kin step drops some
    # that the persons step found), in texts long enough for the person model, in French, Russian,
    # Chinese and Uyghur.
    from guwah.extract.document import Doc
    from guwah.extract.pipeline import COMPONENTS, run_pipelines

    passing = "Rayila Kamal said her brother visited her uncle."
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))][:4]
    texts += ["Interview with Tashpolat Yunusbek", "Radio Free Asia", "CC BY 4.0", "https://example.org/a",
              passing, "Rayila Kamal said that police took her brother to the camp in Aksu in 2018.",
              "Kanat Abenov\n\nMy brother was detained in March last year.",
              "Témoignage de Gulbahar Qasimi", "Рассказ Айнагуль Турсынбаевой",
              "阿不都热依木的证词", "ئابدۇرېھىم 2017-يىلى قەشقەردە تۇتۇلدى."]
    full = [[p["name"] for p in result["persons"] if p["name"]] for result in extract_texts(texts)]
    assert extract_person_names(texts) == full
    assert full[4] == ["Tashpolat Yunusbek"] and full[8] == ["Rayila Kamal"]
    assert full[9] == ["Rayila Kamal", "Rayila Kamal's brother"]  # a relative told of stays (control)
    # The persons step alone still holds the passing relatives that the full run drops (so stopping
    # after it everywhere would name "Rayila Kamal's uncle")
    doc = Doc(text=passing, language="en")
    for component in COMPONENTS[:[c.name for c in COMPONENTS].index("persons") + 1]:
        component.run(doc)
    assert {p.kin_of[1] for p in doc.persons if p.kin_of} == {"brother", "uncle"}
    # ... and the short path is shorter: in a short text without relatives it stops after the
    # persons, where the full run goes on to find the events (control)
    short = "Police detained Tashpolat Yunusbek in Aksu in 2018."
    quick, whole = (run_pipelines([(short, "en", None)], **how)[0] for how in ({"persons_only": True}, {}))
    assert whole.events and not quick.events
    assert [p.name for p in quick.persons] == [p.name for p in whole.persons] == ["Tashpolat Yunusbek"]
