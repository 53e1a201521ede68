"""Quotations: a passage of a testimony the public may not read, quoted in a public document below
the share that makes it a copy, is masked in that document's release (`guwah.publish.quoted_in`)."""

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import ingest_text, mark_read, release_document

# An invented confidential testimony of five paragraphs; the report below quotes two of them (~40 %).
ARREST = ("I was taken from my workshop in Yarkand on a cold morning in March 2018 by four men in plain "
          "clothes who did not say where they were taking me or why.")
ROOM = ("In the camp we slept twelve to a room under a light that was never switched off, and every week "
        "a woman from the next street was called out at night and did not come back.")
TESTIMONY = " ".join([
    ARREST,
    "My daughter was seven years old then and she has been living with my sister ever since, far from "
    "the town where she was born and where her grandparents are buried.",
    ROOM,
    "After eleven months they let me go home on the condition that I report to the neighbourhood office "
    "every Monday and tell them whom I had met and what we had spoken about.",
    "I left the country in the autumn of 2019 and I have not been able to call my daughter once since then, "
    "because my sister is afraid that the calls are listened to."])
OWN = "Report of a rights group on detention in the southern prefectures, written from interviews."
REPORT = " ".join([
    OWN, "One woman described her arrest:", ARREST, "Of the camp she said:", ROOM,
    # nine words in a row that the testimony holds too: a common phrase, not a quotation (control)
    "Many families told us the same: a child has been living with my sister ever since.",
    "We call on the authorities to release everyone who is still held and to let families speak."])


def _archive(store, tmp_path, testimony_sidecar: str = "consent: confidential\n") -> dict[str, int]:
    ids = {}
    for name, text, sidecar in [("t", TESTIMONY, testimony_sidecar), ("r", REPORT, "consent: public\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
        mark_read(store, ids[name])
    return ids


def test_a_passage_of_a_confidential_testimony_quoted_in_a_public_report_is_masked_in_its_release(store, tmp_path):
    # Before: the report holds 40 % of the testimony's shingles (under CARRIED, so no copy) and its
    # release showed both paragraphs of the confidential witness's words. Now each passage of 12 words
    # or more that the report shares with it is one mask, with its reason for the reviewer; the
    # report's own words and a shared 9-word phrase stay (controls).
    from guwah.releases import draft_release

    ids = _archive(store, tmp_path)
    with store.session() as session:
        draft = draft_release(session, ids["r"], "drafter")
        text = draft.content["text"]
        masks = [m for m in draft.masks if m["kind"] == "quotation"]
    assert "Yarkand" not in text and "switched off" not in text and "plain clothes" not in text, text
    assert text.count("[quoted passage withheld]") == 2, text
    assert OWN in text and "release everyone who is still held" in text
    assert "a child has been living with my sister ever since" in text
    assert [m["reason"] for m in masks] == [f"shares a passage with document {ids['t']} (confidential), which the public may not read"] * 2
    assert [text[m["start"]:m["end"]] for m in masks] == ["[quoted passage withheld]"] * 2
    assert draft.content["consent"] == "public"


def test_a_passage_of_a_public_testimony_quoted_in_a_report_stays(store, tmp_path):
    # Control of the test above: the same report quoting a public testimony shows the passages.
    from guwah.releases import draft_release

    ids = _archive(store, tmp_path, "consent: public\n")
    with store.session() as session:
        draft = draft_release(session, ids["r"], "drafter")
    assert ARREST in draft.content["text"] and ROOM in draft.content["text"]
    assert not [m for m in draft.masks if m["kind"] == "quotation"]


def test_a_passage_of_an_embargoed_testimony_is_masked_until_the_embargo_ends(store, tmp_path):
    from guwah.publish import draft_content

    day = date.today() + timedelta(days=90)
    ids = _archive(store, tmp_path, f"consent: public\nembargo_until: {day.isoformat()}\n")
    with store.session() as session:
        content, masks = draft_content(session, ids["r"])
        assert "Yarkand" not in content["text"]
        assert {m["reason"] for m in masks if m["kind"] == "quotation"} == {
            f"shares a passage with document {ids['t']} (embargoed until {day.isoformat()}), which the public "
            "may not read"}
    from guwah import publish

    with store.session() as session:  # the day after the embargo the passages show (control)
        hidden = publish._not_public(session, day + timedelta(days=1))
        assert ids["t"] not in hidden and ids["r"] not in hidden
        assert ids["t"] in publish._not_public(session, day - timedelta(days=1))


def test_a_public_testimony_quoted_whole_in_confidential_notes_keeps_its_words(store, tmp_path):
    # The other way round: the public text is the original, quoted whole by confidential notes
    # (`corroboration._carries`), and nothing of it is masked; the same notes quoting only a part of
    # another public text would mask that part (control: the report above).
    from guwah.releases import draft_release

    notes = ("Interview notes, never to be published. We met the family on a Tuesday in their flat near the "
             "market; the mother spoke first and asked that nothing she said be shown anywhere, and that we keep "
             "her address and the names of her children out of every report. Her son then read out aloud, from "
             "a printed page, the statement his aunt published last year, which we copy here for the file: "
             + TESTIMONY)
    ids = {}
    for name, text, sidecar in [("p", TESTIMONY, "consent: public\n"), ("n", notes, "consent: confidential\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
        mark_read(store, ids[name])
    with store.session() as session:
        draft = draft_release(session, ids["p"], "drafter")
    assert ARREST in draft.content["text"] and not [m for m in draft.masks if m["kind"] == "quotation"]


def test_release_check_flags_an_approved_release_that_quotes_a_confidential_testimony(store, tmp_path, monkeypatch):
    # Before: a report approved before this rule stayed up with the quoted passages, and `guwah
    # release check` passed it. Now it is listed with the reason (a document id and its consent,
    # never the words), and the next settling takes it down and redrafts it masked.
    from guwah import publish
    from guwah.releases import keep_releases_current
    from guwah.storage.tables import Release
    from tests.shared import point_cli_at

    ids = _archive(store, tmp_path)
    with monkeypatch.context() as earlier_rules:  # quotations were not looked for then
        earlier_rules.setattr(publish, "quoted_in", lambda session, document_id, today=None, index=None: [])
        released = release_document(store, ids["r"])
    with store.session() as session:
        assert "Yarkand" in session.get(Release, released).content["text"]
    point_cli_at(store, monkeypatch)
    checked = CliRunner().invoke(app, ["release", "check"])
    assert checked.exit_code == 1, checked.output
    said = " ".join(checked.stdout.split())
    assert f"release {released} of document {ids['r']}" in said, said
    assert (f"its text shares a passage with document {ids['t']} (confidential), which the public may not read: "
            "that passage would now be masked") in said
    for leak in ("Yarkand", "workshop", "switched"):
        assert leak not in checked.output
    store = type(store)(store.settings)
    with store.session() as session:
        assert keep_releases_current(session) == [ids["r"]]
    with store.session() as session:
        redraft = session.query(Release).filter_by(subject_id=ids["r"], state="draft").one()
        assert "Yarkand" not in redraft.content["text"] and OWN in redraft.content["text"]
    store.close()


def test_a_withdrawn_then_erased_testimony_stays_masked_where_it_was_quoted(store, tmp_path):
    # A public testimony quoted in a released report; its witness withdraws: the report's release
    # comes down and its redraft masks the passages. Erasure then empties the testimony's text; the
    # passages stay masked (its erased record keeps where they were quoted, not its words), and the
    # report, approved again, shows its own words (control) and none of hers.
    from guwah.protection.erasure import erase_testimony
    from guwah.publish import public_documents
    from guwah.releases import approve_release, withdraw_witness_consent
    from guwah.storage.tables import Person, PersonName, Release, Testimony

    ids = _archive(store, tmp_path, "consent: public\n")
    with store.session() as session:
        witness = Person(consent="public")
        session.add(witness)
        session.flush()
        session.add(PersonName(person_id=witness.id, name="Gulbahar Niyaz", evidence_document_id=ids["t"],
                               asserted_by_kind="user", asserted_by="tester"))
        session.query(Testimony).filter_by(document_id=ids["t"]).one().witness_id = witness.id
        witness_id = witness.id
    release_document(store, ids["r"])
    with store.session() as session:
        assert ARREST in public_documents(session)[0].text
    with store.session() as session:
        withdraw_witness_consent(session, witness_id, "editor", "she asked")
    with store.session() as session:
        assert public_documents(session) == []
        redraft = session.query(Release).filter_by(subject_id=ids["r"], state="draft").one()
        assert "Yarkand" not in redraft.content["text"]
    with store.session() as session:
        erase_testimony(store, session, ids["t"], "editor", "she asked to be erased")
    with store.session() as session:
        redraft = session.query(Release).filter_by(subject_id=ids["r"], state="draft").one()
        assert "Yarkand" not in redraft.content["text"], "the erasure unmasked the quoted passages"
        redraft.drafted_by = "drafter"  # drafted again by a person, as the release page asks
        redraft_id = redraft.id
    with store.session() as session:
        approve_release(session, redraft_id, "reviewer")
    with store.session() as session:
        shown = public_documents(session)[0].text
    assert OWN in shown and "Yarkand" not in shown and "switched off" not in shown


@pytest.mark.parametrize("words", [11, 12])
def test_a_shared_run_is_a_quotation_from_twelve_words(words):
    from guwah.registry.corroboration import quoted_passages

    shared = " ".join(f"w{i}" for i in range(words))
    text = f"alpha beta gamma. {shared}. delta epsilon"
    found = quoted_passages(text, [(7, f"other words first {shared} and after")])
    assert [(q.source_id, text[q.start:q.end]) for q in found] == ([(7, shared)] if words >= 12 else [])
    assert json.dumps([q.start for q in found])  # plain ints


def test_the_reviewer_sees_each_masked_quotation_with_its_words_and_why(store, tmp_path):
    # The workspace's release page shows the public text (the mask marked, its reason on it) and,
    # below, each masked passage as the document holds it with the document it quotes and why.
    from fastapi.testclient import TestClient

    from guwah.releases import draft_release
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    ids = _archive(store, tmp_path)
    with store.session() as session:
        draft_id = draft_release(session, ids["r"], "drafter").id
    app = create_app(store)
    with fast_hashing():
        client, _ = client_as(app, store, make_user(store, "vera", "viewer"))
    page = client.get(f"/workspace/releases/{draft_id}").text
    reason = f"shares a passage with document {ids['t']} (confidential), which the public may not read"
    assert f'<mark class="mask mask-quotation" title="{reason}">[quoted passage withheld]</mark>' in page
    assert "Quoted passages masked" in page and f"It {reason}" in page
    assert "Yarkand" in page and "switched off" in page  # the passages, for the reviewer only
    assert "Yarkand" not in TestClient(app).get(f"/workspace/releases/{draft_id}").text  # not logged in


def test_an_embargoed_report_or_one_quoted_whole_elsewhere_still_masks_what_it_quotes(store, tmp_path):
    # Before: the passages a text shares with every text the public may not read were joined into one
    # before the ones that do not count were dropped: a report under an embargo of its own (in the
    # index itself, covering all of its text) or quoted whole in confidential notes (a source that
    # does not count, covering it all too) lost every mask, and once its embargo ended it showed the
    # confidential passages. Now each source's passages are weighed apart, then joined.
    from guwah.publish import draft_content

    day = (date.today() + timedelta(days=30)).isoformat()
    ids = {}
    notes = ("Interview notes, never to be published. The organiser of the group asked us to keep a copy of "
             "its report with our notes of the meeting of the second week of May, which follows word for word: ")
    for name, text, sidecar in [("t", TESTIMONY, "consent: confidential\n"),
                                ("r", REPORT, f"consent: public\nembargo_until: {day}\n"),
                                ("n", notes + REPORT, "consent: confidential\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
        mark_read(store, ids[name])
    with store.session() as session:
        content, masks = draft_content(session, ids["r"])
    assert "Yarkand" not in content["text"] and OWN in content["text"], content["text"]
    assert {m["source"] for m in masks if m["kind"] == "quotation"} == {ids["t"]}


# An invented confidential Chinese testimony (Chinese is written without spaces between words).
ZH_ACCOUNT = ("我叫阿依努尔，一九九零年出生在乌鲁木齐。二零一八年三月的一个晚上，四个穿便衣的人来到我家，"
              "把我的父亲带到了乌鲁木齐的看守所，没有告诉我们原因。第二年年初他被判刑十年，至今关在监狱里，"
              "我们一次也没有见过他。我的母亲每个月都去派出所问，可是他们什么也不说。")
ZH_QUOTED = "四个穿便衣的人来到我家，把我的父亲带到了乌鲁木齐的看守所，没有告诉我们原因"


def _chinese_archive(store, tmp_path, texts) -> dict[str, int]:
    ids = {}
    for name, text, consent in texts:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, f"consent: {consent}\nlanguage: zh\n")
        mark_read(store, ids[name])
    return ids


@pytest.mark.parametrize("consent", ["confidential", "public"])
def test_a_chinese_passage_of_a_confidential_testimony_quoted_in_a_public_text_is_masked(store, tmp_path, consent):
    # Before: words were runs of `\w`, so a Chinese sentence was one word and no Chinese text ever
    # shared 12 words with another: a journalist's notes quoting a confidential Chinese testimony
    # released the quoted sentence. Now a Han character is a word (weighing half one), and the quoted
    # passage is masked; quoting a public testimony (control) shows it, and so does a shared run of
    # 20 characters, ten words' worth: a common phrase (control).
    from guwah.releases import draft_release

    common = "第二年年初他被判刑十年，至今关在监狱里"  # 18 Han characters and no more in a row
    notes = f"记者笔记。一位妇女告诉我们：“{ZH_QUOTED}。”另一位说：{common}。我们无法核实。"
    ids = _chinese_archive(store, tmp_path, [("t", ZH_ACCOUNT, consent), ("r", notes, "public")])
    with store.session() as session:
        draft = draft_release(session, ids["r"], "drafter")
    text = draft.content["text"]
    assert "记者笔记" in text and common in text and "我们无法核实" in text
    if consent == "confidential":
        assert "看守所" not in text and "便衣" not in text, text
        assert text.count("[quoted passage withheld]") == 1, text
        assert [m["reason"] for m in draft.masks if m["kind"] == "quotation"] == [
            f"shares a passage with document {ids['t']} (confidential), which the public may not read"]
    else:
        assert ZH_QUOTED in text and not [m for m in draft.masks if m["kind"] == "quotation"]


def test_a_chinese_republication_of_a_confidential_testimony_takes_its_consent(store, tmp_path):
    # Before: a Chinese outlet's republication of a confidential Chinese testimony under an editor's
    # note drafted as public (its text, a few dozen "words" of whole clauses, was too short to be
    # looked for as a copy). Now it is a copy and is refused; the testimony itself published (control)
    # lets the republication draft.
    from guwah.errors import ConsentRefused
    from guwah.releases import copies_of, draft_release

    note = "编者按：以下证词由一位现居伊斯坦布尔的妇女上周寄给本报，我们全文转载。"
    ids = _chinese_archive(store, tmp_path, [("a", ZH_ACCOUNT, "confidential"), ("d", note + ZH_ACCOUNT, "public")])
    with store.session() as session:
        assert ids["d"] in copies_of(session, [ids["a"]])
    with store.session() as session, pytest.raises(ConsentRefused, match="confidential"):
        draft_release(session, ids["d"], "drafter")


@pytest.mark.parametrize(("characters", "quoted"), [(23, False), (24, True)])
def test_a_shared_run_of_chinese_is_a_quotation_from_twenty_four_characters(characters, quoted):
    from guwah.registry.corroboration import quoted_passages

    shared = ZH_ACCOUNT.replace("，", "").replace("。", "")[:characters]
    text = f"开头的话。{shared}。结尾的话"
    found = quoted_passages(text, [(7, f"别的文字在前{shared}和在后")])
    assert [(q.source_id, text[q.start:q.end]) for q in found] == ([(7, shared)] if quoted else [])


# An invented public testimony of a named witness, and confidential interview notes received later
# that name him and repeat two of his sentences (the interviewer read his account to the witness).
OWN_ACCOUNT = ("My name is Erkin Tursunjan. I was taken from my home in Ghulja in March 2017. "
               "We were twenty men in a room made for eight, and we wore shackles on our legs even in class. "
               "Every morning we sang songs praising the Party and wrote self-criticism in Chinese. "
               "I was released in May 2018 after signing a paper saying I had been treated well.")
REPEATED = "We were twenty men in a room made for eight, and we wore shackles on our legs even in class."
LATER_NOTES = ("Interview notes, never to be published. The witness was held near Ghulja in 2018. We read her "
               f"the account Erkin Tursunjan published: \"{REPEATED}\" She said the women's block was the same, "
               "and asked that her village never be named.")


def test_confidential_notes_received_later_leave_a_public_testimony_they_repeat_up(store, tmp_path, monkeypatch):
    # Before: ingesting confidential notes that name a public witness and repeat two of his sentences
    # took his own released testimony down at that commit, silently, and redrafted it with his words
    # masked "[quoted passage withheld]" and the reason "quotes document 2 (confidential)": his account
    # quoted nothing; the notes repeat it. The public had read those words in his release before the
    # notes were received, so masking them now protects no one and only tells the public that a
    # non-public text shares them. Now the release stays up; the reviewer is told, by document ids,
    # never the words. Controls: a public report that repeats the notes' own words, drafted after
    # they were received, still has them masked, with a message that says what happened.
    from guwah.protection.erasure import erase_testimony
    from guwah.publish import public_documents
    from guwah.releases import approve_basis, draft_release, drafting_notes, propose_basis
    from guwah.storage.tables import Person, PersonName, Release, Testimony
    from tests.shared import point_cli_at

    folder = tmp_path / "d"
    folder.mkdir()
    own = ingest_text(store, folder, "own.txt", OWN_ACCOUNT, "consent: public\nwitness: {name: Erkin Tursunjan, "
                      "consent: public}\n")
    mark_read(store, own)
    with store.session() as session:
        witness = session.query(Testimony).filter_by(document_id=own).one().witness_id
        basis = propose_basis(session, witness, "own_consent", "drafter").id
    with store.session() as session:
        approve_basis(session, basis, "reviewer")
    released = release_document(store, own)
    with store.session() as session:
        before = public_documents(session)[0].text
    assert REPEATED in before and "Erkin Tursunjan" in before
    folder = tmp_path / "n"
    folder.mkdir()
    notes = ingest_text(store, folder, "notes.txt", LATER_NOTES, "consent: confidential\n")
    with store.session() as session:  # the notes' mention of him, withheld (no basis of its own)
        mention = Person(consent="confidential")
        session.add(mention)
        session.flush()
        start = LATER_NOTES.index("Erkin Tursunjan")
        session.add(PersonName(person_id=mention.id, name="Erkin Tursunjan", evidence_document_id=notes,
                               evidence_start=start, evidence_end=start + 15, asserted_by_kind="user",
                               asserted_by="reviewer"))
    with store.session() as session:
        assert session.get(Release, released).state == "approved"
        assert public_documents(session)[0].text == before
        redraft = draft_release(session, own, "drafter")
        assert REPEATED in redraft.content["text"] and not [m for m in redraft.masks if m["kind"] == "quotation"]
        said = " ".join(drafting_notes(session, redraft))
    assert f"also in document {notes} (confidential)" in said and "received after" in said, said
    assert "twenty men" not in said and "Erkin" not in said
    # The operator's check passes it, with a note naming the documents, never the words.
    point_cli_at(store, monkeypatch)
    checked = CliRunner().invoke(app, ["release", "check"])
    assert checked.exit_code == 0, checked.output
    noted = " ".join(checked.output.split())
    assert f"release {released} of document {own}" in noted and f"document {notes} (confidential)" in noted, noted
    for leak in ("twenty men", "shackles", "Erkin", "village"):
        assert leak not in checked.output
    # Control: a report drafted after the notes were received, repeating their own words, masks them.
    store = type(store)(store.settings)
    report_text = ("A rights group's report on camps in the north. One woman told us: \"She said the women's block "
                   "was the same, and asked that her village never be named.\" We call for the camps to close.")
    folder = tmp_path / "r"
    folder.mkdir()
    report = ingest_text(store, folder, "report.txt", report_text, "consent: public\n")
    mark_read(store, report)
    with store.session() as session:
        draft = draft_release(session, report, "drafter")
        masked = [m["reason"] for m in draft.masks if m["kind"] == "quotation"]
    assert "village" not in draft.content["text"] and "rights group" in draft.content["text"]
    assert masked == [f"shares a passage with document {notes} (confidential), which the public may not read"]
    # The workspace's page of the approved release says it too, to a member, by ids.
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    with fast_hashing():
        client, _ = client_as(create_app(store), store, make_user(store, "vera", "viewer"))
    page = " ".join(client.get(f"/workspace/releases/{released}").text.split())
    assert f"also in document {notes} (confidential), received after this text was public" in page
    # Erasing the notes keeps the witness's account whole (the erasure records no passage of it).
    with store.session() as session:
        erase_testimony(store, session, notes, "editor", "the witness asked")
    with store.session() as session:
        assert session.get(Release, released).state == "approved"
        assert REPEATED in public_documents(session)[0].text
    store.close()
