"""Boilerplate: a passage an organisation registers as shared by its testimonies (an intake
template's consent paragraph) is no evidence that one text copies, repeats or quotes another
(`guwah.registry.corroboration.boilerplate`)."""

import re

from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import ingest_text, mark_read, release_document

# An invented intake template: a header and consent paragraph of ~150 words in every testimony.
TEMPLATE = (
    "Intake record of the Northern Valleys Documentation Circle. This account was taken down by a "
    "volunteer of the circle in a private room, in the language the person chose, and read back to "
    "them before they agreed to it. The person was told what the circle does with the accounts it "
    "keeps, where the written copy is stored, who may read it and for what purpose, and that nothing "
    "in it will be shown to anyone outside the circle without their agreement given in writing. They "
    "were told that they may change their mind at any time, by any means they choose, and that the "
    "circle will then take their account down from anything it has published and tell them when that "
    "is done. They were told that the circle cannot promise that no harm will come from speaking, and "
    "that they may stop the interview at any moment without giving a reason. What follows is their "
    "account in their own words, as agreed at the end of the interview.")
FIRST = ("My brother Ilham was a driver for the bus company in our town and in the summer of 2017 he was "
         "taken from the depot by two policemen and we have not seen him since.")
SECOND = ("I taught mathematics at the middle school until the spring of 2018, when the director told me "
          "that I had to attend classes at a school outside the city and I was held there for a year.")


def _testimonies(store, tmp_path, texts: dict[str, str]) -> dict[str, int]:
    from guwah.storage.tables import Person, PersonName, Testimony

    ids = {}
    for name, text in texts.items():
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, "consent: public\n")
        mark_read(store, ids[name])
        with store.session() as session:  # a witness of her own for each
            witness = Person(consent="public")
            session.add(witness)
            session.flush()
            session.add(PersonName(person_id=witness.id, name=f"Witness {name.upper()}ova", asserted_by_kind="user",
                                   asserted_by="tester", evidence_document_id=ids[name]))
            session.query(Testimony).filter_by(document_id=ids[name]).one().witness_id = witness.id
    return ids


def _register(store, text: str = TEMPLATE) -> int:
    from guwah.registry.corroboration import register_boilerplate

    with store.session() as session:
        return register_boilerplate(session, "intake template 2024", text, "editor").id


def test_two_testimonies_of_one_intake_template_stay_independent(store, tmp_path):
    # Before: the two short testimonies share the template's 150 words, so each carries 85 % of the
    # other's shingles: one source for corroboration, and one witness's withdrawal took the other's
    # testimony down as "a copy". With the template registered, they are two sources, and withdrawing
    # one leaves the other public; nothing of the template is masked in the other as a quotation.
    from guwah.publish import draft_content, public_documents
    from guwah.registry.corroboration import independent_count, source_groups, texts_following
    from guwah.releases import copies_of, withdraw_witness_consent
    from guwah.storage.tables import Testimony

    ids = _testimonies(store, tmp_path, {"a": TEMPLATE + " " + FIRST, "b": TEMPLATE + " " + SECOND})
    with store.session() as session:  # unregistered, the template is evidence of copying (the old rule)
        assert texts_following(session, ids["a"]) == [ids["b"]]
    _register(store)
    with store.session() as session:
        assert copies_of(session, [ids["a"]]) == [] and copies_of(session, [ids["b"]]) == []
        groups = source_groups(session, {ids["a"], ids["b"]})
        assert independent_count(groups, {ids["a"], ids["b"]}) == 2
    for document_id in ids.values():
        release_document(store, document_id)
    with store.session() as session:
        witness = session.query(Testimony).filter_by(document_id=ids["a"]).one().witness_id
        withdraw_witness_consent(session, witness, "editor", "she asked")
    with store.session() as session:
        shown = public_documents(session)
        assert [d.text for d in shown] == [TEMPLATE + " " + SECOND]
        content, masks = draft_content(session, ids["b"])
        assert not [m for m in masks if m["kind"] == "quotation"] and content["text"] == TEMPLATE + " " + SECOND


def test_a_true_republication_still_follows_its_original_with_the_template_registered(store, tmp_path):
    # Positive control: an outlet's republication of testimony A (template and account, under an
    # editor's note) still carries A once the template is registered: A's own words are all there.
    # A's witness withdraws: the republication comes down with it and cannot be drafted again; a
    # report quoting only A's account (without the template) has that passage masked.
    from guwah.errors import ConsentRefused
    from guwah.publish import draft_content
    from guwah.releases import copies_of, withdraw_witness_consent
    from guwah.storage.tables import Testimony

    note = "Reprinted with the circle's permission from its collection of accounts, as sent to us last month. "
    # about half of A's own words: a quotation, not a copy
    report = ("A short report on arrests of drivers in the region. One family told the circle: My brother Ilham "
              "was a driver for the bus company in our town and in the summer of 2017 he was taken. We have asked "
              "the bus company for its records of that summer and have had no answer from anyone there.")
    ids = _testimonies(store, tmp_path, {"a": TEMPLATE + " " + FIRST, "r": note + TEMPLATE + " " + FIRST,
                                         "q": report})
    _register(store)
    with store.session() as session:
        assert ids["r"] in copies_of(session, [ids["a"]]) and ids["q"] not in copies_of(session, [ids["a"]])
        witness = session.query(Testimony).filter_by(document_id=ids["a"]).one().witness_id
        withdraw_witness_consent(session, witness, "editor", "she asked")
    with store.session() as session:
        consent = {t.document_id: t.consent for t in session.query(Testimony)}
        assert consent[ids["r"]] == "confidential" and consent[ids["q"]] == "public"
        content, masks = draft_content(session, ids["q"])
        assert "Ilham" not in content["text"] and "[quoted passage withheld]" in content["text"]
        assert "bus company for its records" in content["text"]
    with store.session() as session:
        try:
            draft_content(session, ids["r"])
        except ConsentRefused:
            pass
        else:
            raise AssertionError("the republication of a withdrawn testimony drafted")


def test_a_registered_template_is_not_masked_as_a_quotation(store, tmp_path):
    # Before: a public testimony shares the template with a confidential one; its whole consent
    # paragraph was masked as a "quotation". Registered, it stays; the testimony's own words too.
    from guwah.publish import draft_content

    folder = tmp_path / "c"
    folder.mkdir()
    confidential = ingest_text(store, folder, "c.txt", TEMPLATE + " " + SECOND + " " + SECOND.replace("2018", "2019"),
                               "consent: confidential\n")
    own = (" She added that her mother still lives in the old house by the river and waits every evening for a "
           "letter or a call that does not come, and that the neighbours no longer visit.")
    ids = _testimonies(store, tmp_path, {"p": "Account given in 2023. " + TEMPLATE + " " + FIRST + own})
    with store.session() as session:
        content, _ = draft_content(session, ids["p"])
        assert "Northern Valleys" not in content["text"]  # unregistered: masked as quoted from it
    _register(store)
    with store.session() as session:
        content, masks = draft_content(session, ids["p"])
    assert TEMPLATE in content["text"] and FIRST in content["text"]
    assert not [m for m in masks if m["kind"] == "quotation"] and confidential


def test_boilerplate_commands_add_list_and_remove_with_an_audit(store, tmp_path, monkeypatch):
    from sqlalchemy import select

    from guwah.storage.tables import AuditEntry
    from tests.shared import point_cli_at

    path = tmp_path / "template.txt"
    path.write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Intake record of the circle.", encoding="utf-8")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    added = runner.invoke(app, ["boilerplate", "add", str(path), "--name", "intake template 2024"])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["boilerplate", "list"])
    words = len(re.findall(r"\w+", TEMPLATE))
    assert "intake template 2024" in listed.stdout and f"{words} words" in listed.stdout, listed.output
    short = runner.invoke(app, ["boilerplate", "add", str(tmp_path / "short.txt"), "--name", "too short"])
    assert short.exit_code != 0 and "at least 12 words" in short.output
    removed = runner.invoke(app, ["boilerplate", "remove", "1"])
    assert removed.exit_code == 0, removed.output
    assert "intake template" not in runner.invoke(app, ["boilerplate", "list"]).stdout
    again = type(store)(store.settings)
    try:
        with again.session() as session:
            steps = [a.detail.get("step") for a in session.scalars(select(AuditEntry).where(AuditEntry.action == "boilerplate"))]
        assert steps == ["registered", "removed"]
    finally:
        again.close()


def test_registering_a_passage_records_why_releases_came_down_as_a_message(store, tmp_path, monkeypatch):
    # A public testimony released with the template masked as quoted from a confidential one comes down
    # when the template is registered (it would now show it). Why is kept as the message it was written
    # from (`Release.withdraw_message`, h-product48; the registry CLI wrote English text), said by the
    # CLI in English and by a page in its reader's language.
    from typer.testing import CliRunner

    from guwah.releases import BOILERPLATE_REGISTERED, withdrawal_reason
    from guwah.storage.tables import Release
    from guwah.web.i18n import localize, translations
    from tests.shared import point_cli_at

    folder = tmp_path / "c"
    folder.mkdir()
    ingest_text(store, folder, "c.txt", TEMPLATE + " " + SECOND + " " + SECOND.replace("2018", "2019"),
                "consent: confidential\n")
    own = (" She added that her mother still lives in the old house by the river and waits every evening for a "
           "letter or a call that does not come, and that the neighbours no longer visit.")
    ids = _testimonies(store, tmp_path, {"p": "Account given in 2023. " + TEMPLATE + " " + FIRST + own})
    release = release_document(store, ids["p"])
    with store.session() as session:
        assert "Northern Valleys" not in session.get(Release, release).content["text"]  # masked as quoted
    path = tmp_path / "template.txt"
    path.write_text(TEMPLATE, encoding="utf-8")
    point_cli_at(store, monkeypatch)
    added = CliRunner().invoke(app, ["boilerplate", "add", str(path), "--name", "intake template 2024"])
    assert added.exit_code == 0, added.output
    assert f"withdrew release {release} of document {ids['p']}" in added.output
    assert BOILERPLATE_REGISTERED in added.output  # the CLI's English
    again = type(store)(store.settings)
    try:
        with again.session() as session:
            taken = session.get(Release, release)
            assert taken.state == "withdrawn" and taken.withdraw_reason is None
            assert taken.withdraw_message == {"message": BOILERPLATE_REGISTERED, "values": {}}
            said = translations("ru").gettext(BOILERPLATE_REGISTERED)
            assert said != BOILERPLATE_REGISTERED and localize(withdrawal_reason(taken), "ru") == said
    finally:
        again.close()
