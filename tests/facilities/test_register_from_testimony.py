"""A reviewer registers a facility a testimony names (issue 10, h-facility73): a new facility entry,
proposed until accepted, its source the passage; public (listed, mapped only with coordinates, its
sources as far as each testimony's consent allows) once accepted."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from guwah.errors import InputError
from guwah.facilities.entries import NewFacility, decide_facility, new_facility_from_text, view_facility
from guwah.review import edit
from guwah.storage.tables import Event, Facility, Person, PersonName
from tests.releasing import ingest_text, name_person, release_document, release_entry

NAME = "Ilyar Tokhsunjan"
PUBLIC_TEXT = (f"My cousin {NAME} was arrested in March 2018. He was held in the Kashgar No. 2 detention centre "
               "for eight months. Later he was sent home thin and silent.\n")
CONFIDENTIAL_TEXT = (f"I heard that {NAME} spent 2019 at the Barlik No. 9 camp near Kashgar. Nobody could "
                     "visit him there.\n")


def told(store, folder, text: str, consent: str, file: str = "account.txt") -> tuple[int, int, int]:
    """A testimony telling of NAME with one proposed detention citing the sentence that names the site:
    (document id, person id, event id)."""
    document = ingest_text(store, folder, file, text, f"consent: {consent}\n")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "person_id": person.id}
        start = text.index(NAME)
        session.add(PersonName(name=NAME, evidence_start=start, evidence_end=start + len(NAME),
                               review_state="accepted", **facts))
        sentence = text.index("He was held" if "held" in text else "spent")
        event = Event(event_type="detention", date_value="2018", date_precision="year", review_state="proposed",
                      evidence_start=sentence, evidence_end=text.index(".", sentence) + 1, **facts)
        session.add(event)
        session.flush()
        return document, person.id, event.id


def register(store, event_id: int, site: NewFacility) -> int:
    """`guwah review edit event:ID --new-facility …`: the new facility entry's number."""
    with store.session() as session:
        corrected = edit(store, session, f"event:{event_id}", "reviewer", {}, new_facility=site)
        event = session.get(Event, int(corrected.ref.split(":")[1]))
        return session.get(Facility, event.facility_id).entry.number


KASHGAR_NO_2 = NewFacility("Kashgar No. 2 detention centre", "detention_centre", "xj.kashgar.kashgar",
                           39.47, 75.99, approximate=True)


def test_register_facility_is_a_new_proposed_entry_citing_the_passage(store, tmp_path):
    _document, _person, event_id = told(store, tmp_path, PUBLIC_TEXT, "public")
    number = register(store, event_id, KASHGAR_NO_2)
    with store.session() as session:
        view = view_facility(session, number)
        [site] = view.sites
        assert site["name"] == "Kashgar No. 2 detention centre" and site["dataset"] is None
        assert site["review"] == "proposed" and site["approximate"] is True
        assert site["place"]["gazetteer_id"] == "xj.kashgar.kashgar"
        source = site["source"]
        assert PUBLIC_TEXT[source["start"]:source["end"]] == "Kashgar No. 2 detention centre"
        original = session.get(Event, event_id)
        assert original.review_state == "rejected" and original.corrected_id is not None
        corrected = session.get(Event, original.corrected_id)
        assert corrected.review_state == "accepted" and corrected.facility_id is not None
        from guwah.publish import public_facilities

        assert public_facilities(session) == []  # proposed: not public


@pytest.mark.parametrize("site, said", [
    (NewFacility("Kashgar No. 5 detention centre", "detention_centre"), "does not write this facility's name"),
    (NewFacility("Kashgar No. 2 detention centre", "barracks"), "facility type"),
    (NewFacility("Kashgar No. 2 detention centre", "detention_centre", lat=39.4), "give both"),
    (NewFacility("Kashgar No. 2 detention centre", "detention_centre", lat=139.4, lon=75.9), "out of range"),
    (NewFacility("Kashgar No. 2 detention centre", "detention_centre", approximate=True), "approximate"),
    (NewFacility("   ", "detention_centre"), "1 to"),
])
def test_register_facility_refuses_bad_input_and_stores_nothing(store, tmp_path, site, said):
    _document, _person, event_id = told(store, tmp_path, PUBLIC_TEXT, "public")
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(Facility))
    with pytest.raises(InputError, match=said), store.session() as session:
        edit(store, session, f"event:{event_id}", "reviewer", {}, new_facility=site)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Facility)) == before
        assert session.get(Event, event_id).review_state == "proposed"
    # the control: the same event takes a site the passage does write
    assert register(store, event_id, KASHGAR_NO_2)


def test_register_facility_form_text_reads_coordinates():
    site = new_facility_from_text("Kashgar No. 2 detention centre", "detention_centre", "", " 39.47, 75.99 ", True)
    assert (site.lat, site.lon, site.place, site.approximate) == (39.47, 75.99, None, True)
    assert new_facility_from_text("Kashgar No. 2 detention centre", "prison", " ", "").lat is None
    with pytest.raises(InputError, match="latitude, longitude"):
        new_facility_from_text("Kashgar No. 2 detention centre", "detention_centre", "", "north of Kashgar")


def test_accepted_facility_is_public_with_only_the_sources_consent_allows(store, tmp_path):
    from guwah.publish import facility_mentions, facility_testimonies, public_facilities, public_map

    public_document, person_id, event_id = told(store, tmp_path, PUBLIC_TEXT, "public", "public.txt")
    _secret, _other, secret_event = told(store, tmp_path, CONFIDENTIAL_TEXT, "confidential", "secret.txt")
    kashgar = register(store, event_id, KASHGAR_NO_2)
    barlik = register(store, secret_event, NewFacility("Barlik No. 9 camp", "internment_camp", "xj.kashgar"))
    name_person(store, person_id)  # named before the release, which otherwise masks the name
    release_document(store, public_document)
    with store.session() as session:
        assert public_facilities(session) == []
        with pytest.raises(InputError):
            decide_facility(store, session, kashgar, "maybe", "reviewer")
        decide_facility(store, session, kashgar, "accepted", "reviewer")
        decide_facility(store, session, barlik, "accepted", "reviewer")
    with store.session() as session:
        shown = {f.names[0]: f for f in public_facilities(session)}
        assert set(shown) == {"Kashgar No. 2 detention centre", "Barlik No. 9 camp"}
        site = shown["Kashgar No. 2 detention centre"].sites[0]
        assert site["dataset"] is None and site["approximate"] is True and "source" not in site
        sources = facility_testimonies(session)
        [cited] = sources[shown["Kashgar No. 2 detention centre"].id]
        assert shown["Barlik No. 9 camp"].id not in sources  # its only testimony is confidential
        assert [d["id"] for d in facility_mentions(session, shown["Kashgar No. 2 detention centre"].id).documents] \
            == [cited["id"]]
        assert facility_mentions(session, shown["Barlik No. 9 camp"].id).documents == []
        built = public_map(session)
        mapped = [f["properties"]["name"] for f in built["features"] if f["properties"]["kind"] == "facility"]
        assert mapped == ["Kashgar No. 2 detention centre"]  # with coordinates only
        assert [f["name"] for f in built["unmapped_facilities"]] == ["Barlik No. 9 camp"]
    with store.session() as session:
        decide_facility(store, session, barlik, "rejected", "reviewer")
    with store.session() as session:
        assert [f.names[0] for f in public_facilities(session)] == ["Kashgar No. 2 detention centre"]
    # the person's entry, released, shows the facility on its event (issue 10, part 3)
    with store.session() as session:
        entry_number = session.get(Person, person_id).entry.number
    public_number = release_entry(store, entry_number)
    with store.session() as session:
        from guwah.publish import public_entry

        entry = public_entry(session, public_number)
        assert [event["facility"] for event in entry.timeline] == [shown["Kashgar No. 2 detention centre"].id]


def test_register_and_accept_from_the_terminal(store, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    _document, _person, event_id = told(store, tmp_path, PUBLIC_TEXT, "public")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    refused = runner.invoke(app, ["review", "edit", f"event:{event_id}", "--new-facility", "Kashgar No. 2 detention "
                                  "centre", "--lat", "39.47"])
    assert refused.exit_code != 0 and "give both" in refused.stderr
    done = runner.invoke(app, ["review", "edit", f"event:{event_id}", "--new-facility", "Kashgar No. 2 detention centre",
                               "--facility-type", "detention_centre", "--facility-place", "xj.kashgar.kashgar"])
    assert done.exit_code == 0, done.output
    with store.session() as session:
        number = session.scalar(select(Facility)).entry.number
    assert f"registered facility entry {number} (proposed" in done.stderr
    assert "Kashgar No. 2" not in done.stderr  # the testimony's words are not printed
    shown = runner.invoke(app, ["facilities", "show", str(number)]).stdout
    assert "review: proposed" in shown and "(no coordinates)" in shown
    accepted = runner.invoke(app, ["facilities", "accept", str(number)])
    assert accepted.exit_code == 0 and f"facility entry {number} accepted" in accepted.stderr
    assert "review: accepted" in runner.invoke(app, ["facilities", "show", str(number)]).stdout


def test_a_testimony_whose_release_masks_the_name_is_not_cited_for_it(store, tmp_path):
    from guwah.publish import facility_mentions, facility_testimonies, public_facilities

    plain, plain_person, plain_event = told(store, tmp_path, PUBLIC_TEXT, "public", "plain.txt")
    masked_text = PUBLIC_TEXT.replace("Kashgar No. 2", "Tashmiliq No. 4")
    masked, masked_person, masked_event = told(store, tmp_path, masked_text, "public", "masked.txt")
    register(store, plain_event, KASHGAR_NO_2)
    register(store, masked_event, NewFacility("Tashmiliq No. 4 detention centre", "detention_centre"))
    for person in (plain_person, masked_person):
        name_person(store, person)
    release_document(store, plain)
    release_document(store, masked, details=["Tashmiliq No. 4 detention centre"])
    with store.session() as session:
        for number in (1, 2):
            decide_facility(store, session, number, "accepted", "reviewer")
    with store.session() as session:
        shown = {f.names[0]: f.id for f in public_facilities(session)}
        sources = facility_testimonies(session)
        assert shown["Kashgar No. 2 detention centre"] in sources  # the control: an unmasked release is cited
        assert shown["Tashmiliq No. 4 detention centre"] not in sources
        assert facility_mentions(session, shown["Tashmiliq No. 4 detention centre"]).documents == []


def test_a_refused_facility_decision_shows_the_page_again_and_stores_nothing(store, tmp_path):
    # a decision the form should never send ("maybe") is refused on the facility's page (it failed with a
    # server error before); the same form with "accepted" decides it (the control)
    from guwah.storage.tables import AuditEntry
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    _document, _person, event_id = told(store, tmp_path, PUBLIC_TEXT, "public")
    number = register(store, event_id, KASHGAR_NO_2)
    with fast_hashing():
        client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    with store.session() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
    refused = client.post(f"/workspace/facilities/{number}/decide", data={"decision": "maybe", "csrf_token": token},
                          follow_redirects=False)
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    with store.session() as session:
        assert view_facility(session, number).sites[0]["review"] == "proposed"
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited
    decided = client.post(f"/workspace/facilities/{number}/decide", data={"decision": "accepted", "csrf_token": token},
                          follow_redirects=False)
    assert decided.status_code == 303
    with store.session() as session:
        assert view_facility(session, number).sites[0]["review"] == "accepted"


def test_a_facility_named_after_a_withheld_person_shows_the_name_masked(store, tmp_path):
    """A site a testimony names after a person no basis names ("the Ilyar Tokhsunjan garage", h-adversary74)
    was listed with the name in the clear at /facilities, /api/facilities, /api/map and facilities.csv while
    every released text masked it. The control: a site named after no one keeps its name."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    garage_text = PUBLIC_TEXT.replace("the Kashgar No. 2 detention centre", f"the {NAME} garage")
    _garage_document, _person, garage_event = told(store, tmp_path, garage_text, "public", "garage.txt")
    _plain, _other, plain_event = told(store, tmp_path, PUBLIC_TEXT, "public", "plain.txt")
    register(store, garage_event, NewFacility(f"{NAME} garage", "detention_centre", "xj.kashgar.kashgar"))
    register(store, plain_event, KASHGAR_NO_2)
    with store.session() as session:
        for number in (1, 2):
            decide_facility(store, session, number, "accepted", "reviewer")
    client = TestClient(create_app(store))
    for address in ("/facilities", "/api/facilities", "/api/map", "/open-data/facilities.csv"):
        shown = client.get(address).text
        for part in NAME.split():
            assert part not in shown, (address, part)
        assert "Kashgar No. 2 detention centre" in shown, address  # the control
    assert "[name withheld] garage" in client.get("/api/facilities").text
