"""An entry is public only through an approved entry release: every mention named on a basis,
only accepted facts from released testimonies, never stale (issues 8 and 10)."""

import pytest

from guwah.errors import ConsentRefused
from guwah.ingest import ingest_file
from guwah.publish import public_entries
from guwah.registry import merge
from guwah.releases import approve_release, draft_entry_release
from guwah.storage.tables import Event, Person, PersonName
from tests.releasing import name_person, release_document

TEXT = "My brother Tursun Ehmet was detained in 2018."


def _document(store, tmp_path, name, consent, text=TEXT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (tmp_path / (path.stem + ".meta.yaml")).write_text(f"consent: {consent}\n", encoding="utf-8")
    return ingest_file(store, path).document_id


def _mention(store, document_id, name="Tursun Ehmet"):
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = TEXT.index("Tursun Ehmet")
        session.add(PersonName(person_id=person.id, name=name, evidence_start=start, evidence_end=start + 12, **facts))
        session.add(Event(person_id=person.id, event_type="detention", date_value="2018", date_precision="year",
                          **facts))
        return person.id, person.entry.number


def test_an_entry_is_public_only_through_an_approved_release_with_released_sources(store, tmp_path):
    public = _document(store, tmp_path, "p.txt", "public")
    hidden = _document(store, tmp_path, "c.txt", "confidential")
    person, number = _mention(store, public)
    hidden_person, hidden_number = _mention(store, hidden)
    with store.session() as session, pytest.raises(ConsentRefused, match="naming basis"):
        draft_entry_release(session, number, "drafter")
    name_person(store, person, "his sister asked us to name him")
    release_document(store, public)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        [entry] = public_entries(session)
    assert entry.id == 1 and entry.names == [{"name": "Tursun Ehmet", "script": None, "sources": [1],
                                              "corroboration": 1}]
    assert entry.status == {"status": "detained", "date": "2018", "source": 1}
    # A merge (a registry act: `persons merge`) with a mention recording its person's refusal to be named takes
    # the stricter consent: the entry comes down. (h-review73: one not yet named leaves what it shows up, as any
    # link does: tests/test_releases_entry_more.py.)
    from guwah.releases import merge_entries

    with store.session() as session:
        session.get(Person, hidden_person).consent_recorded = True
    with store.session() as session:
        merge_entries(session, number, hidden_number, "rev", store=store)
    with store.session() as session:
        assert public_entries(session) == []


def test_the_api_and_open_data_carry_released_entries_only(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.export.public import export_public
    from guwah.web import create_app

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person, "his sister asked us to name him")
    release_document(store, public)
    client = TestClient(create_app(store))
    assert client.get("/api/persons").json() == {"data": [], "count": 0, "next": None}
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    assert client.get("/api/persons/1").json()["names"][0]["name"] == "Tursun Ehmet"
    assert client.get("/api/persons/2").status_code == 404
    assert [p["id"] for p in export_public(store)["persons"]] == [1]
    # The family search finds him by a Cyrillic spelling, on the page and through the API.
    assert [p["id"] for p in client.get("/api/search", params={"q": "Турсун Эхмет"}).json()["persons"]["data"]] == [1]
    assert "Tursun Ehmet" in client.get("/search", params={"q": "Турсун Эхмет"}).text


def test_corroboration_counts_independent_sources_only(store, tmp_path):
    from guwah.registry.corroboration import independent_count, source_groups

    story = ("In the spring of 2018 my brother Tursun Ehmet was taken from our house in Aksu at night by "
             "four policemen and we have not heard from him since that day, although we asked everywhere.")
    ids = []
    for name, text, witness in [("a.txt", story, "Gulnar Ehmet"),
                                ("b.txt", story + " Republished by a second outlet.", None),  # same text
                                ("c.txt", "My cousin saw Tursun Ehmet in the camp in 2019, thin and silent.",
                                 "Gulnar Ehmet"),  # same witness
                                ("d.txt", "A cellmate: Tursun Ehmet shared my cell in the Aksu camp in 2019.",
                                 "Memet Yasin")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        sidecar = "consent: public\n" + (f"witness: {{name: {witness}, consent: public}}\n" if witness else "")
        (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
        ids.append(ingest_file(store, path).document_id)
    with store.session() as session:
        from guwah.registry import link_archive

        link_archive(session, "linker")  # the two mentions of Gulnar Ehmet become one entry
        groups = source_groups(session, set(ids))
    assert independent_count(groups, set(ids)) == 2  # {a, b, c}: one witness and a republication; {d}
    assert independent_count(groups, {ids[0], ids[3]}) == 2


def test_corroboration_counts_a_republication_under_an_editors_note_once(store, tmp_path):
    """One outlet republished a testimony under a preface of its own: the two texts are no
    near-duplicates (the preface lowers their Jaccard similarity), but the republication holds the
    whole testimony. Consent already follows such a copy (`texts_carrying`); corroboration counted
    it as a second, independent source. The same containment rule now joins them."""
    from guwah.registry.corroboration import NEAR_DUPLICATE, _shingles, independent_count, source_groups

    story = ("In the spring of 2018 my brother Tursun Ehmet was taken from our house in Aksu at night by "
             "four policemen and we have not heard from him since that day, although we asked everywhere.")
    preface = ("Editor's note: we publish below, with the family's permission, an account that reached our "
               "newsroom by post last winter from a reader who asked us to share it widely.")
    ids = []
    for name, text, witness in [("a.txt", story, "Gulnar Ehmet"),
                                ("b.txt", preface + "\n\n" + story, None),  # the same text, prefaced
                                ("d.txt", "A cellmate: Tursun Ehmet shared my cell in the Aksu camp in 2019.",
                                 "Memet Yasin")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        sidecar = "consent: public\n" + (f"witness: {{name: {witness}, consent: public}}\n" if witness else "")
        (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
        ids.append(ingest_file(store, path).document_id)
    a, b = _shingles(story), _shingles(preface + "\n\n" + story)
    assert len(a & b) / len(a | b) < NEAR_DUPLICATE and a <= b  # not a near-duplicate, but carried whole
    with store.session() as session:
        groups = source_groups(session, set(ids))
    assert independent_count(groups, {ids[0], ids[1]}) == 1  # the testimony and its republication
    assert independent_count(groups, {ids[0], ids[2]}) == 2  # control: another witness counts apart
    assert independent_count(groups, set(ids)) == 2


def test_corroboration_finds_its_lsh_bands_once_not_at_every_release_check(store, tmp_path, monkeypatch):
    """datasketch picks an LSH index's bands by numerical integration (~0.1 s, about 1,300 integrals):
    `source_groups` made a new index, so paid that at every entry's content, every release check.
    The bands depend only on NEAR_DUPLICATE and PERMUTATIONS: they are those datasketch picks, found once."""
    import datasketch.lsh

    from guwah.registry.corroboration import NEAR_DUPLICATE, PERMUTATIONS, source_groups

    picked = datasketch.lsh.MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=PERMUTATIONS)
    searches, search = [], datasketch.lsh._optimal_param
    monkeypatch.setattr(datasketch.lsh, "_optimal_param", lambda *a: searches.append(a) or search(*a))
    built, build = [], datasketch.lsh.MinHashLSH.__init__

    def spy(index, *args, **kwargs):
        build(index, *args, **kwargs)
        built.append((index.b, index.r))

    monkeypatch.setattr(datasketch.lsh.MinHashLSH, "__init__", spy)
    path = tmp_path / "a.txt"
    path.write_text("My brother Tursun Ehmet was taken from our house in Aksu in 2018.", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("consent: public\n", encoding="utf-8")
    document = ingest_file(store, path).document_id
    with store.session() as session:
        for _ in range(3):
            assert source_groups(session, {document}) == {document: document}
    assert len(searches) <= 1 and len(built) >= 3 and set(built) == {(picked.b, picked.r)}


def _public_answers(store) -> tuple:
    """What the public sees of the registry: every released entry, and a search for him."""
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    with store.session() as session:
        entries = public_entries(session)
    client = TestClient(create_app(store))
    return (entries, client.get("/api/persons").json(), client.get("/api/persons/1").json(),
            client.get("/api/search", params={"q": "Турсун Эхмет"}).json()["persons"])


@pytest.mark.parametrize("second_named", [False, True], ids=["merged-with-unnamed", "both-released"])
def test_merge_says_which_releases_it_withdrew_and_undo_puts_them_back(any_store, tmp_path, second_named):
    from guwah.releases import merge_entries, undo_registry_act
    from tests.releasing import release_entry

    store = any_store
    public = _document(store, tmp_path, "p.txt", "public")
    other = _document(store, tmp_path, "o.txt", "public", TEXT + " A cellmate saw him in 2019.")
    person, number = _mention(store, public)
    second, second_number = _mention(store, other)
    name_person(store, person)
    if second_named:  # before any release: a namesake with no basis keeps the name masked in the texts
        name_person(store, second)
    else:  # h-review73: the merged mention records its person's refusal (one merely unnamed leaves it up)
        with store.session() as session:
            session.get(Person, second).consent_recorded = True
    release_document(store, public)
    release_entry(store, number)
    if second_named:
        release_document(store, other)
        release_entry(store, second_number)
    before = _public_answers(store)
    assert before[0][0].names[0]["name"] == "Tursun Ehmet"
    with store.session() as session:
        act = merge_entries(session, number, second_number, "rev", store=store)
    withdrawn = {(c.subject_type, c.public_number): c for c in act.withdrawn}
    # h-review73: a merge into a published entry keeps its release up as approved (more to show) unless the
    # merged mention refuses to be named; the merged-away entry's own release comes down.
    assert set(withdrawn) == ({("entry", 2)} if second_named else {("entry", 1)})
    assert all("stricter consent" in str(c.reason) and c.redraft is None for c in act.withdrawn)
    with store.session() as session:
        assert public_entries(session) == (before[0][:1] if second_named else [])
    with store.session() as session:
        undone = undo_registry_act(session, "rev", store=store)
    assert undone.operation == act.operation and undone.withdrawn == []
    assert sorted(c.public_number for c in undone.restored) == ([2] if second_named else [1])
    assert _public_answers(store) == before
    # Why each came back is a Text kept as its message and values (h-product48b: was English), printed in
    # English by the CLI as before, said in each reader's language on the pages.
    from guwah.errors import Text
    from guwah.releases import RESTORED, approval_reason
    from guwah.web.i18n import localize, translations

    taken = {c.release for c in act.withdrawn}
    for change in undone.restored:
        assert isinstance(change.reason, Text) and change.reason.template == RESTORED
        assert change.reason.values["operation"] == act.operation and change.reason.values["release"] in taken
        assert str(change.reason) == (f"undo of registry act {act.operation} put back release "
                                      f"{change.reason.values['release']}")
        with store.session() as session:
            from guwah.storage.tables import Release as Stored

            back = session.get(Stored, change.release)
            assert (back.approval_reason, back.approval_message) == (None, change.reason.record())
            # an entry's source links come back as approved (frozen at its approval), not found afresh
            if back.subject_type == "entry":
                taken_down = session.get(Stored, change.reason.values["release"])
                assert back.passages == taken_down.passages and back.passages["documents"]
            assert approval_reason(back) == change.reason
        russian = translations("ru").gettext(RESTORED)
        assert russian != RESTORED and localize(change.reason, "ru") == russian % change.reason.values
    from html import unescape

    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    with fast_hashing():
        client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    page = unescape(client.get(f"/workspace/releases/{change.release}?lang=ru").text)
    assert localize(change.reason, "ru") in page and str(change.reason) not in page  # the release page
    with store.session() as session:  # the restoring is audited, and no redraft stays pending
        from sqlalchemy import select

        from guwah.storage.tables import Release

        assert session.scalars(select(Release).where(Release.state == "draft")).all() == []


def test_persons_merge_and_undo_say_what_they_withdrew_and_put_back(store, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.releasing import release_entry
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    hidden = _document(store, tmp_path, "c.txt", "confidential")
    person, number = _mention(store, public)
    hidden_person, hidden_number = _mention(store, hidden)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    with store.session() as session:  # h-review73: the merged mention refuses (one merely unnamed leaves it up)
        session.get(Person, hidden_person).consent_recorded = True
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    merged = runner.invoke(app, ["persons", "merge", str(number), str(hidden_number)])
    assert merged.exit_code == 0, merged.output
    assert "withdrew release" in merged.stderr and "public entry 1" in merged.stderr
    assert "the merged entry must be reviewed again" in merged.stderr and "stricter consent" in merged.stderr
    undone = runner.invoke(app, ["persons", "undo"])
    assert undone.exit_code == 0, undone.output
    assert "put back release" in undone.stderr and "public entry 1" in undone.stderr


def test_a_reopened_accepted_fact_leaves_the_public_view_until_accepted_again(store, tmp_path):
    from sqlalchemy import select

    from guwah.review import accept, reopen
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    with store.session() as session:
        [entry] = public_entries(session)
        event_id = session.scalar(select(Event.id).where(Event.person_id == person))
    assert [item["event"] for item in entry.timeline] == ["detention"]
    with store.session() as session:
        reopen(store, session, f"event:{event_id}", "rev", "the year is doubtful")
    with store.session() as session:
        assert all(item["event"] != "detention" for e in public_entries(session) for item in e.timeline)
    with store.session() as session:
        accept(store, session, f"event:{event_id}", "rev")
    release_entry(store, number)  # reviewed again: public again
    with store.session() as session:
        assert [item["event"] for item in public_entries(session)[0].timeline] == ["detention"]


def test_lowering_consent_and_withdrawing_a_naming_basis_say_which_releases_came_down(store, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from guwah.publish import public_documents
    from tests.releasing import release_entry
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    document_release = release_document(store, public)
    release_entry(store, number)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    named = runner.invoke(app, ["naming", "withdraw", str(person)])
    assert named.exit_code == 0, named.output
    said = " ".join(named.stderr.split())
    assert "1 naming basis withdrawn" in said and f"naming bases of person M-{person} were withdrawn" in said
    # The testimony stays public with the name masked (a redraft waits); the entry may not be shown.
    assert f"withdrew release {document_release} of document {public} (public document 1)" in said
    assert "a redraft (release" in said and "(public entry 1)" in said
    assert f"nothing of it may be shown now: entry E-{number} has 1 mention without an approved naming basis " \
           f"(M-{person})" in said, said
    with store.session() as session:
        assert public_entries(session) == [] and public_documents(session) == []
    masked = release_document(store, public)  # the masked redraft, approved by a second reviewer
    lowered = runner.invoke(app, ["consent", "set", str(public), "confidential"])
    assert lowered.exit_code == 0, lowered.output
    said = " ".join(lowered.stderr.split())
    assert "1 release that no longer fits it was withdrawn" in said
    assert f"withdrew release {masked} of document {public}" in said
    assert f"nothing of it may be shown now: document {public} is confidential" in said, said
    with store.session() as session:
        assert public_documents(session) == []
    # Setting the level it has says so, and withdraws nothing ("Consent changed" was said before).
    again = runner.invoke(app, ["consent", "set", str(public), "confidential"])
    assert again.exit_code == 0 and f"Document {public} is already confidential: nothing changed." in " ".join(
        again.stderr.split()) and "Consent changed" not in again.stderr


def test_withdrawing_a_testimony_says_which_entry_releases_came_down_with_it(store, tmp_path, monkeypatch):
    # Before: `guwah release withdraw DOC` said only "Withdrawn." while the release check also took
    # down every entry whose public facts rested on that testimony; the reviewer learnt it from the
    # site. Now it names each, as `naming withdraw` does; an entry sourced elsewhere stays (control).
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.releasing import release_entry
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    folder = tmp_path / "other"
    folder.mkdir()
    other = _document(store, folder, "o.txt", "public", "My sister Aygul Ehmet was detained in 2019.")
    kept, kept_number = _mention(store, other, "Aygul Ehmet")
    name_person(store, kept)
    release_document(store, other)
    release_entry(store, kept_number)
    point_cli_at(store, monkeypatch)
    result = CliRunner().invoke(app, ["release", "withdraw", str(public), "--reason", "the witness asked"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert said.startswith("Withdrawn.")
    assert f"of entry E-{number} (public entry 1)" in said and f"entry E-{kept_number} " not in said, said
    # Its last released source went: the follow-up line says so.
    assert f"nothing of it may be shown now: entry E-{number} has no accepted name from a released testimony" \
           in said, said
    with store.session() as session:
        assert [e.names[0]["name"] for e in public_entries(session)] == ["Aygul Ehmet"]


def test_withdrawing_a_testimony_on_the_workspace_page_says_which_entry_releases_came_down(store, tmp_path):
    # Before: the workspace's "Withdraw from the public site now" redirected to the document page,
    # which said nothing of the entry releases that came down with the testimony (the CLI says
    # them: `release withdraw`). Now the page names each; an entry sourced elsewhere stays (control).
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    folder = tmp_path / "other"
    folder.mkdir()
    other = _document(store, folder, "o.txt", "public", "My sister Aygul Ehmet was detained in 2019.")
    kept, kept_number = _mention(store, other, "Aygul Ehmet")
    name_person(store, kept)
    release_document(store, other)
    release_entry(store, kept_number)
    with fast_hashing():
        client, token = client_as(create_app(store), store, make_user(store, "vera", "editor"))
        page = client.post(f"/workspace/documents/{public}/withdraw",
                           data={"reason": "the witness asked", "csrf_token": token})
    assert page.status_code == 200, page.text[:300]
    said = " ".join(page.text.split())
    assert "Withdrawn." in said and f"of entry E-{number} (public entry 1)" in said, said
    assert "no released source left" in said, said
    assert f"of entry E-{kept_number} " not in said
    with store.session() as session:
        assert [e.names[0]["name"] for e in public_entries(session)] == ["Aygul Ehmet"]


def test_the_withdraw_form_answers_with_a_redirect_so_a_reload_withdraws_nothing_again(store, tmp_path):
    # A newcomer's report: the withdraw form answered the POST with a page, so a reload submitted it
    # again. Now it answers 303 to the document page, which carries only release numbers (never the
    # reason or a name) and says, on every reload, what came down (control: the same words as before).
    from sqlalchemy import select

    from guwah.storage.tables import Release
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    with fast_hashing():
        client, token = client_as(create_app(store), store, make_user(store, "vera", "editor"))
        answer = client.post(f"/workspace/documents/{public}/withdraw", follow_redirects=False,
                             data={"reason": "the witness asked", "csrf_token": token})
        assert answer.status_code == 303, answer.text[:300]
        where = answer.headers["location"]
        assert where.startswith(f"/workspace/documents/{public}?"), where
        assert "witness" not in where and "Ehmet" not in where and "Tursun" not in where, where
        with store.session() as session:
            releases = session.execute(select(Release.id, Release.state, Release.withdrawn_at)).all()
        for _reload in range(2):
            said = " ".join(client.get(where).text.split())
            assert "Withdrawn." in said and f"of entry E-{number} (public entry 1)" in said, said
        with store.session() as session:  # a reload takes nothing down again
            assert session.execute(select(Release.id, Release.state, Release.withdrawn_at)).all() == releases
        plain = " ".join(client.get(f"/workspace/documents/{public}").text.split())
        assert "Withdrawn." not in plain  # control: the page alone says nothing came down


def test_release_ids_forged_into_the_withdraw_answer_are_refused_showing_nothing(store, tmp_path):
    # Before: the page the withdraw form redirects to trusted the release ids in its address, so a
    # forged one (/workspace/documents/A?withdrawn=0&down=<B's release>) said "These releases came
    # down with it" of another testimony's withdrawn release. Now the form's redirect carries a seal
    # binding its ids to the document (`withdrawal_seal`): forged or moved ids are refused (400, one
    # clear line), nothing changes; the genuine redirect still says what came down (control).
    from sqlalchemy import select

    from guwah.storage.tables import Release
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    folder = tmp_path / "other"
    folder.mkdir()
    other = _document(store, folder, "o.txt", "public", "My sister Aygul Ehmet was detained in 2019.")
    _mention(store, other, "Aygul Ehmet")
    release_document(store, other)
    with fast_hashing():
        client, token = client_as(create_app(store), store, make_user(store, "vera", "editor"))
        genuine = client.post(f"/workspace/documents/{public}/withdraw", follow_redirects=False,
                              data={"reason": "the witness asked", "csrf_token": token}).headers["location"]
        said = " ".join(client.get(genuine).text.split())
        assert "Withdrawn." in said and f"of entry E-{number} (public entry 1)" in said, said  # control
        with store.session() as session:
            taken = session.scalars(select(Release.id).where(Release.state == "withdrawn")).all()
            states = session.execute(select(Release.id, Release.state)).all()
        assert len(taken) == 2  # the testimony's release and its entry's
        forged_paths = [f"/workspace/documents/{other}?withdrawn=0&down={','.join(map(str, taken))}",
                        f"/workspace/documents/{other}?" + genuine.split("?", 1)[1],  # moved to another document
                        genuine.replace("withdrawn=", "withdrawn=9"),
                        genuine + "&down=1"]
        for forged in forged_paths:
            answer = client.get(forged)
            assert answer.status_code == 400, (forged, answer.text[:300])
            text = " ".join(answer.text.split())
            assert "were not told by the withdraw form" in text and "came down with it" not in text, forged
        with store.session() as session:
            assert session.execute(select(Release.id, Release.state)).all() == states  # nothing changed


def test_a_merged_away_public_entry_redirects_to_the_survivor_while_it_is_public(store, tmp_path):
    # Issue 10: "a merged entry redirects to the survivor". Both entries were public (numbers 1, 2);
    # after the merge and the survivor's redraft approved, /persons/2 leads to /persons/1. Before the
    # redraft, and for a number never released, it is "not found" (controls).
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from guwah.releases import merge_entries
    from guwah.storage.tables import Release
    from guwah.web import create_app
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    other = _document(store, tmp_path, "o.txt", "public", TEXT + " A cellmate saw him in 2019.")
    person, number = _mention(store, public)
    second, second_number = _mention(store, other)
    for mention in (person, second):  # both named before any release (a namesake without one masks the name)
        name_person(store, mention)
    for document in (public, other):
        release_document(store, document)
    release_entry(store, number)
    release_entry(store, second_number)
    client = TestClient(create_app(store), follow_redirects=False)
    assert client.get("/persons/2").status_code == 200
    with store.session() as session:
        act = merge_entries(session, number, second_number, "rev", store=store)
    assert client.get("/persons/2").status_code == 404 and client.get("/api/persons/2").status_code == 404
    # h-review73: the survivor's release stays up as approved (more to show) and leads no bookmark of 2 to it
    assert [c.public_number for c in act.withdrawn if c.subject_type == "entry"] == [2]
    assert client.get("/persons/1").status_code == 200
    survivor = release_entry(store, number)  # drafted again by a person and approved by another
    with store.session() as session:
        assert session.scalars(select(Release).where(Release.subject_id == survivor,
                                                     Release.state == "approved")).first() is not None
    moved = client.get("/persons/2")
    assert moved.status_code == 308 and moved.headers["location"].endswith("/persons/1")
    assert client.get("/api/persons/2").headers.get("location", "").endswith("/api/persons/1")
    assert client.get("/persons/1").status_code == 200 and client.get("/persons/3").status_code == 404


def test_a_merged_entry_redirect_is_never_kept_by_a_browser_as_undo_can_part_them_again(store, tmp_path):
    """Before: the 308 carried no Cache-Control, and browsers keep a permanent redirect as long as
    they like: after `guwah persons undo` a family's bookmark of /persons/2 still led to someone
    else's page (/persons/1). Now the redirect says no-store, and after the undo /persons/2 is 200."""
    from fastapi.testclient import TestClient

    from guwah.releases import merge_entries, undo_registry_act
    from guwah.web import create_app
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    other = _document(store, tmp_path, "o.txt", "public", TEXT + " A cellmate saw him in 2019.")
    person, number = _mention(store, public)
    second, second_number = _mention(store, other)
    for mention in (person, second):  # both named before any release (a namesake without one masks the name)
        name_person(store, mention)
    for document in (public, other):
        release_document(store, document)
    release_entry(store, number)
    release_entry(store, second_number)
    client = TestClient(create_app(store), follow_redirects=False)
    with store.session() as session:
        merge_entries(session, number, second_number, "rev", store=store)
    release_entry(store, number)
    for path in ("/persons/2", "/api/persons/2"):
        moved = client.get(path)
        assert moved.status_code == 308, path
        assert "no-store" in moved.headers.get("cache-control", ""), moved.headers
    # control: the header is not on every answer (the unchanging assets may be kept)
    assert "no-store" not in client.get("/static/guwah.css").headers.get("cache-control", "")
    with store.session() as session:
        undo_registry_act(session, "rev", store=store)
    assert client.get("/persons/2").status_code == 200  # what a browser that kept the redirect never asks


def test_a_translation_is_not_an_independent_source(store, tmp_path):
    """A translation is the same witness's account in other words: before, a testimony and its
    translation (sidecar `translation_of`, no witness of its own) counted as two sources, so a fact
    stated once by one witness was shown as corroborated twice."""
    from guwah.registry.corroboration import independent_count, source_groups

    ids = []
    for name, text, extra in [
            ("a.txt", "In 2018 my brother Tursun Ehmet was taken from our house in Aksu at night.", ""),
            ("b.txt", "В 2018 году моего брата Турсуна Эхмета ночью забрали из нашего дома в Аксу.", "translation_of"),
            ("c.txt", "A cellmate: Tursun Ehmet shared my cell in the Aksu camp in 2019.", "")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        sidecar = "consent: public\n"
        if extra:
            import hashlib

            sidecar += f"translation_of: {hashlib.sha256((tmp_path / 'a.txt').read_bytes()).hexdigest()}\n"
        (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
        ids.append(ingest_file(store, path).document_id)
    with store.session() as session:
        groups = source_groups(session, set(ids))
    assert independent_count(groups, {ids[0], ids[1]}) == 1  # the original and its translation
    assert independent_count(groups, {ids[1], ids[2]}) == 2  # control: another witness counts apart
    assert independent_count(groups, set(ids)) == 2


def test_a_detail_masked_in_a_testimony_is_not_shown_by_an_entry_citing_it(store, tmp_path):
    """Before: a reviewer re-released testimony 1 with `--mask Aksu`, and the public entry of the
    man it names went on showing "detention, 2018, Aksu City — source: testimony 1": the masked
    detail, read back through the entry's timeline (and the search's places and the figures, built
    from it). Now a fact an entry takes from a testimony is not shown on its strength when its
    passage holds a detail masked in that testimony's release, or its place is one (in any of the
    gazetteer's spellings); the entry's release comes down and is redrafted without it. A fact of
    the same testimony that touches no masked detail stays (control)."""
    from guwah.publish import entry_content
    from guwah.storage.tables import Entry, Place

    text = "My brother Tursun Ehmet was detained in 2018. They held him in Aksu. He was sentenced in 2019."
    document = _document(store, tmp_path, "p.txt", "public", text)
    with store.session() as session:
        person = Person()
        place = Place(gazetteer_id="xj.aksu.aksu", name="Aksu City")
        session.add_all([person, place])
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "person_id": person.id}
        span = lambda words: {"evidence_start": text.index(words), "evidence_end": text.index(words) + len(words)}  # noqa: E731
        session.add(PersonName(name="Tursun Ehmet", **span("Tursun Ehmet"), **facts))
        # Its passage does not name Aksu; its place does.
        session.add(Event(event_type="detention", date_value="2018", date_precision="year", place_id=place.id,
                          **span("was detained in 2018"), **facts))
        session.add(Event(event_type="sentencing", date_value="2019", date_precision="year",
                          **span("He was sentenced in 2019"), **facts))
        session.flush()
        person_id, number = person.id, person.entry.number
    name_person(store, person_id)
    release_document(store, document)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        [entry] = public_entries(session)
    assert [(e["event"], e["place"]) for e in entry.timeline] == [("detention", "xj.aksu.aksu"), ("sentencing", None)]
    release_document(store, document, ["Aksu"])
    with store.session() as session:
        shown = [e for entry in public_entries(session) for e in entry.timeline]
        entry_id = session.query(Entry).filter_by(number=number).one().id
        content = entry_content(session, entry_id)
    assert all(e["place"] != "xj.aksu.aksu" for e in shown)
    assert [(e["event"], e["place"]) for e in content["timeline"]] == [("sentencing", None)]  # control: kept
    assert content["names"][0]["name"] == "Tursun Ehmet"


def test_a_date_masked_in_a_testimony_is_not_shown_by_an_entry_citing_it(store, tmp_path):
    """A date masked in a testimony's release ("12 May 2018") is not read back from an entry's
    timeline either, even where the event's passage does not write it (the date came from the
    sentence before); an event of another date stays (control)."""
    from guwah.publish import entry_content
    from guwah.storage.tables import Entry

    text = "It was 12 May 2018. That night my brother Tursun Ehmet was detained. He was sentenced in 2019."
    document = _document(store, tmp_path, "p.txt", "public", text)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "person_id": person.id}
        span = lambda words: {"evidence_start": text.index(words), "evidence_end": text.index(words) + len(words)}  # noqa: E731
        session.add(PersonName(name="Tursun Ehmet", **span("Tursun Ehmet"), **facts))
        session.add(Event(event_type="detention", date_value="2018-05-12", date_precision="day",
                          **span("That night my brother Tursun Ehmet was detained"), **facts))
        session.add(Event(event_type="sentencing", date_value="2019", date_precision="year",
                          **span("He was sentenced in 2019"), **facts))
        session.flush()
        person_id, number = person.id, person.entry.number
    name_person(store, person_id)
    release_document(store, document, ["12 May 2018"])
    with store.session() as session:
        entry_id = session.query(Entry).filter_by(number=number).one().id
        content = entry_content(session, entry_id)
    assert [(e["event"], e["date"]) for e in content["timeline"]] == [("sentencing", "2019")]


def test_corroboration_caches_hold_no_text(store, tmp_path):
    """The sketches and shingle counts were cached by (document id, text hash, text): every text
    read stayed in memory, up to 4,096 of them at a time, so the cache grew with the archive's
    texts. They are keyed by the document id and its text's hash alone now."""
    import sys

    from guwah.registry import corroboration

    text = " ".join(f"word{i}" for i in range(40))  # made here: only this test holds it
    held = sys.getrefcount(text)
    first = corroboration.sketch_of(7, "hash-of-seven", text)
    assert sys.getrefcount(text) == held  # no cache keeps a reference to it
    assert corroboration._summary(7, "hash-of-seven", text)[1] == 36  # its 5-word shingles
    # The cache still answers by the key: the same sketch without reading the text again.
    assert corroboration.sketch_of(7, "hash-of-seven", "") is first
    assert corroboration.sketch_of(7, "another hash", text) is not first  # control: a new text, a new sketch


def test_the_audit_names_an_entry_release_by_the_entry_number_merges_use(store, tmp_path):
    # A facility takes an entry row first, so the person entry's row id (2) is not its number (1):
    # the audit said 'release entry 2' for the entry its merges and reads call 'entry 1'.
    from sqlalchemy import select

    from guwah.storage.tables import AuditEntry, Facility

    with store.session() as session:
        session.add(Facility(name="a site", facility_type="internment_camp"))
    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    with store.session() as session:
        entry_id = session.get(Person, person).entry_id
    assert (number, entry_id) == (1, 2)  # control: the two differ
    name_person(store, person, "his sister asked us to name him")
    release_document(store, public)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        said = [(row.record_id, row.detail["step"]) for row in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "release", AuditEntry.record_type == "entry")
            .order_by(AuditEntry.id))]
    assert said == [("1", "drafted"), ("1", "approved")]


def test_withdrawing_the_naming_of_a_person_follows_her_registry_entry(store, tmp_path):
    # Before: with her two mentions in one entry, each named on a basis, `naming withdraw` of the
    # mention a reviewer looked up withdrew that one's basis only; the other's kept her name
    # unmasked in every release ("1 naming bases withdrawn.", nothing came down). Now the
    # withdrawal takes every mention of her entry, as a witness's consent withdrawal does; a person
    # of another entry stays named (control).
    from guwah.publish import named_person_ids, public_document
    from guwah.releases import withdraw_bases

    first = _document(store, tmp_path, "a.txt", "public")
    second = _document(store, tmp_path, "b.txt", "public", text=TEXT + " Tursun Ehmet was a teacher.")
    other = _document(store, tmp_path, "c.txt", "public", text="My brother Ablet Qadir was detained in 2018.")
    one, number = _mention(store, first)
    two, second_number = _mention(store, second)
    stranger, _ = _mention(store, other, name="Ablet Qadir")
    with store.session() as session:
        merge(session, number, second_number, "rev")
    for person in (one, two, stranger):
        name_person(store, person)
    release_document(store, first)
    with store.session() as session:
        assert "Tursun Ehmet" in public_document(session, 1).text  # control: named before
    with store.session() as session:
        withdraw_bases(session, two, "rev")
    with store.session() as session:
        named = named_person_ids(session)
        assert one not in named and two not in named and stranger in named


def test_an_entry_never_cites_the_pseudonymous_testimony_its_person_gave(store, tmp_path):
    # Before: a witness named on a basis for her public account, whose pseudonymous testimony was
    # released too, got an entry showing 'Dilnur Abdukerim — sources 1, 2' and her exit in 2019 from
    # both: public testimony 2 is the account she gave under a pseudonym, and the entry tied her name
    # to it. Now an entry leaves out what it would cite from a pseudonymous testimony (or a translation
    # of one) that its own person gave; her public account still supports it (control).
    from guwah.publish import entry_content
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text, mark_read

    told = "I am Dilnur Abdukerim and I live in Istanbul. My brother was taken in Kashgar in 2018."
    ids = {}
    for name, text, sidecar in [
            ("p", "I am Dilnur Abdukerim. I speak for my family in public.",
             "consent: public\nwitness: {name: Dilnur Abdukerim, consent: public}\n"),
            ("s", told, "consent: pseudonymous\nwitness: {name: Dilnur Abdukerim, consent: public}\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
        mark_read(store, ids[name])
    with store.session() as session:
        witnesses = []
        for key in ("p", "s"):
            person = session.get(Person, session.query(Testimony).filter_by(document_id=ids[key]).one().witness_id)
            facts = {"evidence_document_id": ids[key], "asserted_by_kind": "user", "asserted_by": "t",
                     "review_state": "accepted", "person_id": person.id}
            for row in session.query(PersonName).filter_by(person_id=person.id):
                row.review_state = "accepted"
            session.add(Event(event_type="exit", date_value="2019", date_precision="year", **facts))
            witnesses.append(person.id)
        session.flush()
        numbers = [session.get(Person, w).entry.number for w in witnesses]
    with store.session() as session:
        merge(session, *numbers, "rev")
    for witness in witnesses:
        name_person(store, witness, "her own consent")
    for key in ("p", "s"):
        release_document(store, ids[key])
    with store.session() as session:
        content = entry_content(session, numbers[0])
    assert content["names"] == [{"name": "Dilnur Abdukerim", "script": "Latn", "sources": [1], "corroboration": 1}]
    assert [e["sources"] for e in content["timeline"]] == [[1]]


def test_a_free_text_attribute_never_shows_the_name_of_someone_withheld(store, tmp_path):
    # Before: a reviewer's occupation "driver for Kamil Hesen" (Kamil Hesen: named in the archive, no
    # naming basis) was shown as written on the entry's public page, beside the testimony whose
    # release masks him. Now a free-text value passes through the archive's masks as a testimony
    # does; a value naming no withheld person ("driver for the school") is shown as written (control).
    from guwah.publish import WITHHELD
    from guwah.storage.tables import PersonAttribute

    text = "My brother Tursun Ehmet drove for Kamil Hesen and was detained in 2018."
    document = _document(store, tmp_path, "p.txt", "public", text)
    person, number = _mention(store, document)
    facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:
        kamil = Person()
        session.add(kamil)
        session.flush()
        session.add(PersonName(person_id=kamil.id, name="Kamil Hesen", **facts))
        session.add_all([PersonAttribute(person_id=person, attribute="occupation", value=value, **facts)
                         for value in ("driver for Kamil Hesen", "driver for the school")])
    name_person(store, person, "his sister asked us to name him")
    release_document(store, document)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        [entry] = public_entries(session)
    values = sorted(a["value"] for a in entry.attributes if a["attribute"] == "occupation")
    assert values == sorted(["driver for the school", f"driver for {WITHHELD}"]), values
    assert "Kamil" not in repr(entry)


def test_release_messages_write_entries_as_e_and_mentions_as_m_as_the_persons_commands_do(store, tmp_path, monkeypatch):
    # Before: `guwah persons` printed E-7 and M-12 while `guwah release` and the releases layer's
    # messages printed the same numbers bare ("release 3 of entry 7", "person 12").
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    release_document(store, public)
    with store.session() as session, pytest.raises(ConsentRefused) as refused:
        draft_entry_release(session, number, "drafter")
    assert f"entry E-{number} has 1 mention without an approved naming basis (M-{person})" in str(refused.value)
    name_person(store, person)
    release_document(store, public)  # again, now showing his name
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    runner = CliRunner()
    listed = runner.invoke(app, ["naming", "list"])
    assert f"person M-{person} " in listed.stdout, listed.output
    drafted = runner.invoke(app, ["release", "propose-entry", f"E-{number}"])
    assert drafted.exit_code == 0, drafted.output
    release_id = drafted.stderr.split("Draft ")[1].split(" ")[0]
    assert f"entry E-{number} " in runner.invoke(app, ["release", "list"]).stdout
    assert f"release {release_id} of entry E-{number}, version 1" in runner.invoke(app, ["release", "show", release_id]).stderr
    monkeypatch.setenv("GUWAH_ACTOR", "second reviewer")
    approved = runner.invoke(app, ["release", "approve", release_id])
    assert approved.exit_code == 0 and f"Released: entry E-{number} is public" in approved.stderr, approved.output


def test_subject_label_is_the_one_form_of_a_release_subject():
    from guwah.domain import subject_label
    from guwah.registry import entry_label, mention_label

    assert subject_label("entry", 7) == f"entry {entry_label(7)}" == "entry E-7"
    assert subject_label("person", 12) == f"person {mention_label(12)}" == "person M-12"
    assert subject_label("document", 3) == "document 3"


def test_a_merge_of_a_mention_without_a_basis_leaves_the_entry_up_as_approved(store, tmp_path, monkeypatch):
    # Before h-review73 merging into a released entry the mention of the same man that a confidential interview
    # gives took the entry down ("nothing of it may be shown now: entry E-N has 1 mention without an approved
    # naming basis"), though nothing of the interview would be shown and the same link committed alone left it
    # up. Now the merge is read as any link is: the release stays up as approved, and approving the mention's
    # basis later leaves it so (nothing of the interview is public: nothing more to show).
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.releasing import release_entry
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public", "My brother was detained in 2018.")
    hidden = _document(store, tmp_path, "c.txt", "confidential")
    person, number = _mention(store, public)
    interviewed, hidden_number = _mention(store, hidden)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    with store.session() as session:
        before = public_entries(session)
    point_cli_at(store, monkeypatch)
    merged = CliRunner().invoke(app, ["persons", "merge", str(number), str(hidden_number)])
    assert merged.exit_code == 0, merged.output
    said = " ".join(merged.stderr.split())
    assert "withdrew release" not in said and "nothing of it may be shown now" not in said, said
    assert "Tursun" not in merged.output and "Ehmet" not in merged.output
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    assert CliRunner().invoke(app, ["naming", "propose", f"M-{interviewed}", "--basis", "own_consent"]).exit_code == 0
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer")
    approved = CliRunner().invoke(app, ["naming", "approve", "2"])
    assert approved.exit_code == 0, approved.output
    store = type(store)(store.settings)
    with store.session() as session:
        assert public_entries(session) == before
        assert [n["name"] for n in before[0].names] == ["Tursun Ehmet"]
    store.close()


def test_propose_entry_refused_by_a_witness_own_refusal_suggests_no_basis_that_would_name_her(store, tmp_path,
                                                                                                 monkeypatch):
    # Before: `release propose-entry` of an entry holding the mention of a confidential interview's
    # witness said "entry E-1 has 2 mention(s) without an approved naming basis (M-1, M-2): propose one
    # for each with `guwah naming propose MENTION --basis BASIS`": a basis approved for her mention
    # publishes the name she withheld, and the first mention, which has a basis, was said to lack one.
    # Now it says what blocks the entry (her recorded refusal, which overrides the other mention's
    # basis) and only the safe path (split out someone else), by ids. Control: an entry whose
    # unnamed mention records no refusal is told how to propose a basis, and what a basis shows.
    from typer.testing import CliRunner

    from guwah.cli import app
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    interview = ingest_text(store, tmp_path, "c.txt", "I am Tursun Ehmet. I was detained in 2018.",
                            "consent: confidential\nwitness: {name: Tursun Ehmet, consent: confidential}\n")
    with store.session() as session:
        witness = session.query(Testimony).filter_by(document_id=interview).one().witness_id
        merge(session, number, session.get(Person, witness).entry.number, "reviewer")
    other_public, other_number = _mention(store, public, "Tursun Ehmet")  # the control's entry: no refusal
    hidden = _document(store, tmp_path, "h.txt", "confidential")
    unnamed, unnamed_number = _mention(store, hidden)
    name_person(store, other_public)
    with store.session() as session:
        merge(session, other_number, unnamed_number, "reviewer")
    point_cli_at(store, monkeypatch)
    refused = CliRunner().invoke(app, ["release", "propose-entry", f"E-{number}"])
    said = " ".join(refused.output.split())
    assert refused.exit_code == 1, refused.output
    assert f"M-{witness} records the person's own refusal to be named" in said, said
    assert f"M-{person} is not shown by name while" in said, said
    assert "naming propose" not in said and "consent set" not in said and "without an approved" not in said, said
    assert f"`guwah persons split E-{number} --mentions M-{witness}`" in said, said
    assert "Tursun" not in refused.output and "Ehmet" not in refused.output
    control = CliRunner().invoke(app, ["release", "propose-entry", f"E-{other_number}"])
    told = " ".join(control.output.split())
    assert control.exit_code == 1, control.output
    assert f"entry E-{other_number} has 1 mention without an approved naming basis (M-{unnamed})" in told, told
    assert "`guwah naming propose MENTION --basis BASIS`" in told, told
    assert "shows every name recorded for that mention in every released text and on this entry" in told, told
    assert "Tursun" not in control.output and "Ehmet" not in control.output


def test_an_entry_level_approval_never_unmasks_a_mention_that_a_confidential_text_gives(store, tmp_path):
    # h-fix45, checked: naming decisions are per mention. The man's entry holds his mention in a
    # public testimony, named on a relative's basis, and his mention in a confidential interview,
    # which records him also as "Ehmet Hoja" (a byname only that interview gives) and has no basis.
    # Approving the first (and drafting the entry) unmasks nothing of the second: a public text
    # writing the byname masks it; his name as the basis names him is shown (the interview's mention
    # records no refusal and is read in a confidential text only, so it does not take back a name a
    # basis gives: h-fix44's policy); the entry is refused by id, naming no one.
    # Control: once the interview's mention has a basis of its own, both are shown, and the entry
    # still shows only names from released testimonies (never the interview's byname).
    from guwah.publish import public_document
    from guwah.storage.tables import PersonName as Name
    from tests.releasing import mark_read

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    hidden = _document(store, tmp_path, "c.txt", "confidential", "Ehmet Hoja, also Tursun Ehmet, was taken in 2018.")
    interviewed, hidden_number = _mention(store, hidden)
    with store.session() as session:
        session.add(Name(person_id=interviewed, name="Ehmet Hoja", evidence_document_id=hidden,
                         asserted_by_kind="user", asserted_by="t", review_state="accepted"))
        merge(session, number, hidden_number, "reviewer")
    news = _document(store, tmp_path, "n.txt", "public", "The teacher Ehmet Hoja spoke. My brother Tursun Ehmet too.")
    mark_read(store, news)  # its names read by hand: none but these two
    name_person(store, person)
    release_document(store, public)
    release_document(store, news)
    with store.session() as session:
        shown = " ".join(public_document(session, n).text for n in (1, 2))
        with pytest.raises(ConsentRefused) as refused:
            draft_entry_release(session, number, "drafter")
    assert "Hoja" not in shown and "My brother Tursun Ehmet too" in shown, shown
    said = str(refused.value)
    assert f"without an approved naming basis (M-{interviewed})" in said and "Hoja" not in said, said
    name_person(store, interviewed, "he asked to be named, by both names")
    release_document(store, public)
    release_document(store, news)
    with store.session() as session:
        shown = " ".join(public_document(session, n).text for n in (1, 2))
        draft = draft_entry_release(session, number, "drafter")
        names = [n["name"] for n in draft.content["names"]]
    assert "Ehmet Hoja spoke" in shown and "Tursun Ehmet" in shown, shown
    assert names == ["Tursun Ehmet"], names  # the interview's byname is no released fact


def test_approving_an_entrys_automatic_redraft_names_the_command_that_drafts_the_entry(store, tmp_path):
    # Before: "draft it again yourself (guwah release propose)", which drafts a document: for the entry
    # it must be `guwah release propose-entry E-N`. Control: a document's redraft names `release propose D`.
    from guwah.errors import ReviewRequired
    from guwah.publish import SYSTEM
    from guwah.releases import draft_release, merge_entries
    from tests.releasing import release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    other = _document(store, tmp_path, "o.txt", "public", TEXT + " A cellmate saw him in 2019.")
    person, number = _mention(store, public)
    second, second_number = _mention(store, other)
    name_person(store, person)
    name_person(store, second)
    release_document(store, public)
    entry = release_entry(store, number)
    release_document(store, other)
    release_entry(store, second_number)
    with store.session() as session:
        merge_entries(session, number, second_number, "rev", store=store)
    # h-review73: the merge leaves the survivor's release up (more to show); its automatic redraft, drafted here
    with store.session() as session:
        redraft = draft_release(session, entry, SYSTEM, subject_type="entry").id
    with store.session() as session, pytest.raises(ReviewRequired) as refused:
        approve_release(session, redraft, "second")
    message = str(refused.value)
    assert f"(guwah release propose-entry E-{number})" in message, message
    # Control: a document's automatic redraft names the document.
    with store.session() as session:
        drafted = draft_release(session, public, SYSTEM).id
    with store.session() as session, pytest.raises(ReviewRequired) as refused:
        approve_release(session, drafted, "second")
    assert f"(guwah release propose {public})" in str(refused.value), str(refused.value)


def test_propose_entry_prints_a_readable_draft_and_json_on_request(store, tmp_path, monkeypatch):
    # h-try62: `guwah release propose-entry` printed the draft as raw JSON where `release propose`
    # prints a readable draft; the JSON is there with --json, the same document as before.
    import json

    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    runner = CliRunner()
    drafted = runner.invoke(app, ["release", "propose-entry", f"E-{number}"])
    assert drafted.exit_code == 0, drafted.output
    shown = drafted.stdout
    assert not shown.lstrip().startswith("{") and '"names"' not in shown, shown
    lines = [" ".join(line.split()) for line in shown.splitlines()]
    assert "names:" in lines and "Tursun Ehmet — source 1" in lines, shown
    assert "status: detained, 2018 — source 1" in lines, shown
    assert "2018 detention — source 1" in lines, shown
    assert "violations: none" in lines and "attributes: none" in lines, shown
    release_id = drafted.stderr.split("Draft ")[1].split(" ")[0].rstrip(";")
    assert runner.invoke(app, ["release", "show", release_id]).stdout == shown  # `release show` prints the same
    as_json = runner.invoke(app, ["release", "propose-entry", f"E-{number}", "--json"])
    assert as_json.exit_code == 0, as_json.output
    content = json.loads(as_json.stdout)
    assert content["names"] == [{"name": "Tursun Ehmet", "script": None, "sources": [1], "corroboration": 1}]
    assert content["status"] == {"status": "detained", "date": "2018", "source": 1}


def test_an_entry_merged_away_is_refused_by_its_number_not_its_row_id(store, tmp_path):
    # h-newcomer66: `persons merge` said "nothing of it may be shown now: no standing entry 16" of E-12,
    # the row id of an entry whose number is 12 (facility entries share the table).
    from guwah.publish import entry_content
    from guwah.registry import resolve
    from guwah.storage.tables import Entry

    public = _document(store, tmp_path, "p.txt", "public")
    _person, number = _mention(store, public)
    _other, other_number = _mention(store, public)
    with store.session() as session:
        merged_id = resolve(session, other_number).id
        merge(session, number, other_number, "rev")
    with store.session() as session:
        with pytest.raises(ConsentRefused) as refused:
            entry_content(session, merged_id)
        assert str(refused.value) == f"no standing entry E-{other_number}"
        # control: the survivor stands (refused for its missing naming basis, not as no entry)
        with pytest.raises(ConsentRefused) as survivor:
            entry_content(session, session.get(Entry, resolve(session, number).id).id)
        assert "no standing entry" not in str(survivor.value)


def test_the_redraft_command_after_a_merge_names_the_surviving_entry(store, tmp_path):
    # h-newcomer66 D: after `persons merge E-24 E-12`, "`guwah release propose-entry E-12` drafts it again"
    # named the merged-away entry; the survivor is what the reviewer types. Positive control: before the
    # merge, each entry's command names that entry itself.
    from guwah.registry import entry_label, resolve
    from guwah.releases import ENTRY, merge_entries, redraft_command

    public = _document(store, tmp_path, "p.txt", "public")
    other = _document(store, tmp_path, "o.txt", "public", TEXT + " A cellmate saw him in 2019.")
    _, number = _mention(store, public)
    _, second_number = _mention(store, other)
    with store.session() as session:
        survivor_id, merged_id = resolve(session, number).id, resolve(session, second_number).id
        assert redraft_command(session, ENTRY, merged_id) == f"guwah release propose-entry {entry_label(second_number)}"
    with store.session() as session:
        merge_entries(session, number, second_number, "rev", store=store)
    with store.session() as session:
        for entry_id in (survivor_id, merged_id):
            assert redraft_command(session, ENTRY, entry_id) == f"guwah release propose-entry {entry_label(number)}"


def test_a_testimony_masking_the_person_s_name_is_not_cited_by_their_entry(store, tmp_path):
    """Before (h-newcomer68): a reviewer released a pseudonymous wife's account with `--mask` on her
    husband's name ("my husband [detail withheld] was arrested"), and his entry, named from a
    report, went on citing that account for the facts whose passages do not write the name ("sentenced,
    2019 — source: testimony 2"): the entry told whom the mask hides, and so whose wife the witness
    is. Now an entry cites no testimony whose release masks one of its names as a detail; the other
    testimony stays cited (control), and so does the account before the name was masked."""
    from guwah.publish import entry_content
    from guwah.storage.tables import Entry

    report = "Ilyas Qurbanov, a shopkeeper, was detained in 2018."
    account = "My husband Ilyas Qurbanov was detained in 2018. He was sentenced in 2019."
    first = _document(store, tmp_path, "report.txt", "public", report)
    second = _document(store, tmp_path, "account.txt", "public", account)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()

        def fact(document, text, words):
            start = text.index(words)
            return {"evidence_document_id": document, "evidence_start": start, "evidence_end": start + len(words),
                    "asserted_by_kind": "user", "asserted_by": "t", "review_state": "accepted",
                    "person_id": person.id}

        session.add(PersonName(name="Ilyas Qurbanov", **fact(first, report, "Ilyas Qurbanov")))
        session.add(PersonName(name="Ilyas Qurbanov", **fact(second, account, "Ilyas Qurbanov")))
        session.add(Event(event_type="detention", date_value="2018", date_precision="year",
                          **fact(first, report, "was detained in 2018")))
        session.add(Event(event_type="sentencing", date_value="2019", date_precision="year",
                          **fact(second, account, "He was sentenced in 2019")))
        session.flush()
        person_id, number = person.id, person.entry.number
    name_person(store, person_id)
    release_document(store, first)
    release_document(store, second)
    with store.session() as session:
        entry_id = session.query(Entry).filter_by(number=number).one().id
        content = entry_content(session, entry_id)
    # Control: both testimonies show his name, and the entry cites both (public numbers 1 and 2).
    assert content["names"][0]["sources"] == [1, 2]
    assert [(e["event"], e["sources"]) for e in content["timeline"]] == [("detention", [1]), ("sentencing", [2])]
    release_document(store, second, ["Ilyas Qurbanov"])
    with store.session() as session:
        content = entry_content(session, entry_id)
    cited = {n for group in ("names", "timeline", "violations", "attributes") for item in content[group]
             for n in item["sources"]}
    assert cited == {1}
    assert [(e["event"], e["sources"]) for e in content["timeline"]] == [("detention", [1])]
    assert content["status"]["source"] == 1
