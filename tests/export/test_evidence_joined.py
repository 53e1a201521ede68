"""The evidence file says how an entry's mentions were joined (issue 10): the linker's merges with their
probability, link and version; a reviewer's merge with who and why; pair judgements; the mentions a
split or an undo took out. All through the CLI, on an invented archive."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import ingest_text

NAME = "Zulpiyam Oqtemirova"          # one woman, named in three testimonies
NAMESAKE_TEXT = "another woman of this name"
CONTACT = "zulpiyam.contact@example.invalid"
SUBMITTER_CONTACT = "+00 555 0199 (submitter)"
MERGE_REASON = "same hometown, same birth year and both give her sister's name"
SPLIT_REASON = "a namesake: her testimony says she was born in another county"
UNDO_REASON = "merged by mistake: a cousin, not her"
DIFFERENT_REASON = "two women: the dates of arrest are years apart"
OTHER_REASON = "the two Baqitjan records are one man: the same shop and street"


def _cli(*args: str) -> str:
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.output


def _testimony(store, tmp_path, label: str, name: str, gender: str, born: str, consent: str = "public",
               contact: str | None = None) -> tuple[int, int]:
    """A testimony whose sidecar names its witness `name`, and that witness's accepted gender and birth
    year: (document id, mention id)."""
    from guwah.storage.tables import PersonAttribute, Testimony

    folder = tmp_path / label
    folder.mkdir()
    sidecar = (f"consent: {consent}\nsubmitter_contact: \"{SUBMITTER_CONTACT}\"\nwitness:\n  name: {name}\n"
               f"  consent: {consent}\n" + (f"  contact: {contact}\n" if contact else ""))
    text = f"Synthetic example written for this test ({label}). My name is {name}. I was taken from home by police."
    document = ingest_text(store, folder, f"{label}.txt", text, sidecar)
    with store.session() as session:
        mention = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document))
        for attribute, value in (("gender", gender), ("birth_year", born)):
            session.add(PersonAttribute(person_id=mention, attribute=attribute, value=value, asserted_by_kind="user",
                                        asserted_by="intake", review_state="accepted", reviewed_by="intake",
                                        evidence_document_id=document))
    return document, mention


def _entry(store, mention: int) -> int:
    from guwah.registry import resolve
    from guwah.storage.tables import Person

    with store.session() as session:
        return resolve(session, session.get(Person, mention).entry.number).number


def _evidence(store, tmp_path, number: int, said: str | None = None) -> dict:
    output = tmp_path / f"evidence-{number}.json"
    printed = _cli("export", "evidence", f"E-{number}", "-o", str(output))
    assert said is None or said in " ".join(printed.split()), printed
    return json.loads(output.read_text())


@pytest.fixture
def archive(store, tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.setenv("GUWAH_ACTOR", "rev-amina")
    ids = {}
    ids["first"] = _testimony(store, tmp_path, "first", NAME, "female", "1979", contact=CONTACT)
    ids["second"] = _testimony(store, tmp_path, "second", NAME, "female", "1979", consent="confidential")
    ids["namesake"] = _testimony(store, tmp_path, "namesake", NAME, "female", "1979")
    ids["alone"] = _testimony(store, tmp_path, "alone", "Qeyser Tohtiniyaz", "male", "1961")
    monkeypatch.setenv("GUWAH_ACTOR", "linker-run")
    _cli("link")
    ids["third"] = _testimony(store, tmp_path, "third", "Z. Oqtemirova", "female", "1979")
    ids["cousin"] = _testimony(store, tmp_path, "cousin", "Zulpiye Oqtemirqizi", "female", "1981")
    ids["judged"] = _testimony(store, tmp_path, "judged", "Mahinur Yarmuhemmet", "female", "1990")
    ids["other_a"] = _testimony(store, tmp_path, "other_a", "Baqitjan Osmanqul", "male", "1970")
    ids["other_b"] = _testimony(store, tmp_path, "other_b", "Bakhytzhan Osmankul", "male", "1970")
    entry = _entry(store, ids["first"][1])
    monkeypatch.setenv("GUWAH_ACTOR", "rev-amina")
    _cli("persons", "merge", str(entry), str(_entry(store, ids["third"][1])), "--reason", MERGE_REASON)
    _cli("persons", "split", str(entry), "--mentions", f"M-{ids['namesake'][1]}", "--reason", SPLIT_REASON)
    monkeypatch.setenv("GUWAH_ACTOR", "rev-bolat")
    _cli("persons", "merge", str(entry), str(_entry(store, ids["cousin"][1])), "--reason", "looked alike")
    _cli("persons", "undo", "--reason", UNDO_REASON)
    _cli("persons", "judge", str(ids["first"][1]), str(ids["judged"][1]), "different", "--reason", DIFFERENT_REASON)
    _cli("persons", "merge", str(_entry(store, ids["other_a"][1])), str(_entry(store, ids["other_b"][1])),
         "--reason", OTHER_REASON)
    ids["entry"] = entry
    return ids


def test_the_evidence_file_says_how_each_mention_was_joined_and_which_left(store, tmp_path, archive):
    data = _evidence(store, tmp_path, archive["entry"], said="(3 mentions, with how they were joined)")
    joined = data["joined"]
    mentions = {m["mention"]: m for m in joined["mentions"]}
    first, second, third = (f"M-{archive[key][1]}" for key in ("first", "second", "third"))
    assert set(mentions) == {first, second, third}
    # each mention by the document it is read in, as the facts name documents, and that document listed
    for key, label in (("first", first), ("second", second), ("third", third)):
        assert mentions[label]["documents"] == [archive[key][0]]
    assert {archive[key][0] for key in ("first", "second", "third")} <= {d["id"] for d in data["documents"]}
    # the linker's merge: its probability, the link it rests on, its version, who ran it and when
    [linked] = [move for move in mentions[second]["moves"] if move["act"] == "merge"]
    assert linked["how"] == "linker" and linked["said"] == "joined by the linker's merge"
    assert isinstance(linked["probability"], float) and 0.5 < linked["probability"] <= 1
    assert set(linked["link"]) == {first, second} and linked["linker_version"]
    assert linked["by"] == "linker-run" and linked["at"].endswith("+00:00") and linked["undone"] is False
    assert mentions[second]["joined"] == "joined by the linker's merge"
    # the reviewer's merge: who and why
    [merged] = [move for move in mentions[third]["moves"] if move["act"] == "merge"]
    assert (merged["how"], merged["by"], merged["reason"]) == ("reviewer", "rev-amina", MERGE_REASON)
    assert "probability" not in merged
    assert mentions[first]["joined"] == "made as a mention of its own entry"
    # left out: the split's namesake and the undone merge's cousin, each with who, why and where now
    left = {m["mention"]: m for m in joined["left_out"]}
    namesake, cousin = f"M-{archive['namesake'][1]}", f"M-{archive['cousin'][1]}"
    assert set(left) == {namesake, cousin}
    assert (left[namesake]["act"], left[namesake]["by"], left[namesake]["reason"]) == ("split", "rev-amina", SPLIT_REASON)
    assert left[namesake]["now_in"] == f"E-{_entry(store, archive['namesake'][1])}" != f"E-{archive['entry']}"
    assert left[namesake]["documents"] == [archive["namesake"][0]]
    assert (left[cousin]["act"], left[cousin]["by"], left[cousin]["reason"]) == ("undo", "rev-bolat", UNDO_REASON)
    # the judgements: the reviewer's "different" with its reason, and the split's with the split's reason
    judgements = joined["judgements"]
    [different] = [j for j in judgements if j["recorded_by_act"] is None]
    assert different["mentions"] == [first, f"M-{archive['judged'][1]}"] and different["verdict"] == "different"
    assert (different["by"], different["reason"], different["standing"]) == ("rev-bolat", DIFFERENT_REASON, True)
    assert different["other_entries"] == [f"E-{_entry(store, archive['judged'][1])}"]
    split = [j for j in judgements if (j["recorded_by_act"] or {}).get("act") == "split"]
    assert split and all(j["reason"] == SPLIT_REASON and namesake in j["mentions"] for j in split)
    undone = [j for j in judgements if (j["recorded_by_act"] or {}).get("act") == "undone"]
    assert undone and all(j["reason"] == UNDO_REASON and cousin in j["mentions"] for j in undone)


def test_another_entrys_links_never_appear_and_one_mention_makes_no_section(store, tmp_path, archive):
    mine = json.dumps(_evidence(store, tmp_path, archive["entry"]), ensure_ascii=False)
    other = _evidence(store, tmp_path, _entry(store, archive["other_a"][1]))
    # positive control: the other entry's own file has its merge and reason
    assert OTHER_REASON in json.dumps(other, ensure_ascii=False)
    assert {m["mention"] for m in other["joined"]["mentions"]} == {f"M-{archive['other_a'][1]}",
                                                                    f"M-{archive['other_b'][1]}"}
    assert OTHER_REASON not in mine and f"M-{archive['other_a'][1]}\"" not in mine
    assert f"M-{archive['other_b'][1]}\"" not in mine
    # the judged woman's file has the judgement on her mention, not the entry's merges and reasons
    judged = json.dumps(_evidence(store, tmp_path, _entry(store, archive["judged"][1])), ensure_ascii=False)
    assert DIFFERENT_REASON in judged and MERGE_REASON not in judged and SPLIT_REASON not in judged
    assert MERGE_REASON in mine  # control
    # an entry of one mention, untouched by any judgement: no section
    alone = _evidence(store, tmp_path, _entry(store, archive["alone"][1]), said="(1 mention),")
    assert alone["joined"] is None and len(alone["mentions"]) == 1


def test_the_joined_section_carries_no_contact_and_a_confidential_witness_as_the_file_does(store, tmp_path, archive):
    from guwah.storage.tables import Person, Testimony

    data = _evidence(store, tmp_path, archive["entry"])
    with store.session() as session:  # control: the contacts are stored
        assert session.get(Person, archive["first"][1]).contact == CONTACT
        assert session.scalar(select(Testimony.submitter_contact)
                              .where(Testimony.document_id == archive["first"][0])) == SUBMITTER_CONTACT
    text = json.dumps(data, ensure_ascii=False)
    assert CONTACT not in text and SUBMITTER_CONTACT not in text
    # the confidential testimony's mention is there, and its document with the consent it has
    documents = {d["id"]: d for d in data["documents"]}
    assert documents[archive["second"][0]]["consent"] == "confidential"
    assert data["consent"] == "confidential"


def test_older_acts_say_what_was_not_recorded(store, tmp_path, archive):
    # Before migration 0042 a merge kept no reason and the linker's no probability: the file says so.
    from guwah.storage.tables import LinkChange

    with store.session() as session:
        for change in session.scalars(select(LinkChange)):
            change.reason, change.pair, change.score = None, None, None
    joined = _evidence(store, tmp_path, archive["entry"])["joined"]
    moves = [move for m in joined["mentions"] for move in m["moves"] if move["act"] == "merge"]
    assert {move["how"] for move in moves} == {"linker", "reviewer"}
    for move in moves:
        if move["how"] == "linker":
            assert move["probability"].startswith("not recorded") and move["link"] is None
        else:
            assert move["reason"].startswith("no reason recorded")
