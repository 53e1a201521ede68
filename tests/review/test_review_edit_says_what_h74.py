"""h-newcomer74: `guwah review edit` says what the corrected fact now holds in each field it changed.
A place typed by name is resolved by the gazetteer, and "Kulja County" (the county, to a reader of a
Russian text's «Кульджинского уезда») resolves to Yining City, whose aliases hold Kulja: the command
said only "event:25 edited into event:35 (accepted)", and a reviewer learned where the event now
stood only by `review show`. Now it names the place and the other fields it set."""

from typer.testing import CliRunner

from guwah.ingest import ingest_file
from guwah.storage.tables import Event, Person

TEXT = "In 2018 my cousin Nurbek Yolwas was taken to the detention centre of Ghulja County."


def _events(store, tmp_path) -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    start = TEXT.index("was taken")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        events = [Event(event_type="detention", person_id=person.id, date_value="2018", date_precision="year",
                        evidence_document_id=document_id, evidence_start=start, evidence_end=len(TEXT) - 1,
                        asserted_by_kind="extractor", asserted_by="guwah.extract", asserted_by_version="0.1.0")
                  for _ in range(2)]
        session.add_all(events)
        session.flush()
        return [f"event:{event.id}" for event in events]


def test_review_edit_names_the_place_it_resolved_and_the_fields_it_set(store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    ref, other = _events(store, tmp_path)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    runner = CliRunner()
    edited = runner.invoke(app, ["review", "edit", ref, "--place", "Ghulja County", "--set", "event_type=transfer"])
    assert edited.exit_code == 0, edited.output
    said = " ".join(edited.stderr.split())
    assert "(accepted): " in said
    assert "place=Yining County (xj.ili.yining_county)" in said
    assert "event_type=transfer" in said
    assert "date_value" not in said  # only what the reviewer changed, not every field
    again = runner.invoke(app, ["review", "edit", other, "--place", "Kulja", "--set", "date_value=2018-07",
                                "--set", "date_precision=month"])
    assert again.exit_code == 0, again.output
    said = " ".join(again.stderr.split())
    assert "place=Yining City (xj.ili.yining)" in said and "date_value=2018-07" in said


def test_review_edit_says_a_cleared_field_is_cleared_not_none(store, tmp_path, monkeypatch):
    # h-newcomer75: clearing an event's facility (`--facility ""`) was said "facility=None", Python's word.
    from guwah.cli import app
    from tests.shared import point_cli_at

    ref, _ = _events(store, tmp_path)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    edited = CliRunner().invoke(app, ["review", "edit", ref, "--set", "date_value=", "--set", "event_type=transfer"])
    assert edited.exit_code == 0, edited.output
    said = " ".join(edited.stderr.split())
    assert "date_value cleared" in said and "None" not in said
    assert "event_type=transfer" in said  # control: a field given a value is said with it
