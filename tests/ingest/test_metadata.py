"""Source metadata and consent come from a sidecar or flags; consent defaults to confidential."""

from datetime import date

import pytest
from sqlalchemy import func, select

from guwah.ingest import FAILED, INGESTED, ingest_file
from guwah.storage.tables import Document, Person, PersonName, Testimony

SIDECAR = """\
title: A relative's statement
publisher: Example Documentation Group
url: https://example.org/statements/1
author: Volunteer 12
published: 2021-05-03
retrieved: 2024-01-15
language: en
licence: CC BY 4.0
consent: public
consent_note: Agreed on the phone, 2021-04-30.
embargo_until: 2022-01-01
interview_date: 2021-04-30
interviewer: Volunteer 12
witness:
  name: Aynur Qadir
  consent: pseudonymous
  contact: +1 555 0100
submitter: Volunteer 12
submitter_contact: v12@example.org
"""


def write(tmp_path, name, text, sidecar=None, sidecar_name=None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / (sidecar_name or path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    return path


def test_sidecar_sets_source_consent_and_witness(store, tmp_path):
    path = write(tmp_path, "statement.txt", "My father was detained in Yining in 2018.", SIDECAR)
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED, outcome.reason
    with store.session() as session:
        document = session.get(Document, outcome.document_id)
        source, testimony = document.source, document.testimony
        assert (source.title, source.publisher, source.url, source.author, source.licence) == (
            "A relative's statement", "Example Documentation Group", "https://example.org/statements/1",
            "Volunteer 12", "CC BY 4.0")
        assert (source.published_on, source.retrieved_on) == (date(2021, 5, 3), date(2024, 1, 15))
        assert (testimony.consent, testimony.embargo_until, testimony.interview_date) == (
            "public", date(2022, 1, 1), date(2021, 4, 30))
        assert testimony.consent_note.startswith("Agreed")
        assert testimony.witness.consent == "pseudonymous"
        assert testimony.witness.contact == "+1 555 0100"
        assert (testimony.submitter, testimony.submitter_contact) == ("Volunteer 12", "v12@example.org")
        name = testimony.witness.names[0]
        assert name.name == "Aynur Qadir"
        assert name.evidence_document_id == document.id and name.asserted_by == "tester"


def test_sidecar_named_after_the_full_file_name_is_found(store, tmp_path):
    path = write(tmp_path, "statement.txt", "An account from Karamay.", "consent: public\n",
                 sidecar_name="statement.txt.meta.yaml")
    outcome = ingest_file(store, path)
    with store.session() as session:
        assert session.get(Document, outcome.document_id).testimony.consent == "public"


def test_consent_defaults_to_confidential(store, tmp_path):
    outcome = ingest_file(store, write(tmp_path, "plain.txt", "An account from Korla."))
    with store.session() as session:
        assert session.get(Document, outcome.document_id).testimony.consent == "confidential"


def test_flags_override_the_sidecar(store, tmp_path):
    path = write(tmp_path, "statement.txt", "An account from Hami.", "consent: public\ntitle: From the file\n")
    outcome = ingest_file(store, path, {"consent": "confidential", "title": "From the flag"})
    with store.session() as session:
        document = session.get(Document, outcome.document_id)
        assert (document.testimony.consent, document.source.title) == ("confidential", "From the flag")


@pytest.mark.parametrize("sidecar, flags, refused", [
    ("consent: confidential\n", {"consent": "public"}, "--consent public is looser than the sidecar's consent confidential"),
    ("consent: pseudonymous\n", {"consent": "public"}, "is looser than the sidecar's"),
    ("embargo_until: 2031-01-01\n", {"embargo_until": "2030-01-01"}, "earlier than the sidecar's 2031-01-01"),
])
def test_a_flag_may_not_loosen_the_witness_decision_a_sidecar_records(store, tmp_path, sidecar, flags, refused):
    path = write(tmp_path, "statement.txt", "An account from Hami.", sidecar)
    outcome = ingest_file(store, path, flags)
    assert outcome.status == FAILED and refused in outcome.reason
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0
    # control: the same flag where the sidecar says nothing of it, and a stricter one, are taken
    assert ingest_file(store, write(tmp_path, "other.txt", "An account from Korla.", "title: T\n"), flags).status == INGESTED
    stricter = {"consent": "confidential"} if "consent" in flags else {"embargo_until": "2032-01-01"}
    assert ingest_file(store, path, stricter).status == INGESTED


def test_two_sidecars_or_a_misspelt_one_are_refused_naming_them(store, tmp_path):
    path = write(tmp_path, "statement.txt", "An account from Hami.", "consent: public\n")
    (tmp_path / "statement.txt.meta.yaml").write_text("consent: confidential\n", encoding="utf-8")
    outcome = ingest_file(store, path)
    assert outcome.status == FAILED
    assert "two sidecars for statement.txt: statement.meta.yaml and statement.txt.meta.yaml" in outcome.reason
    misspelt = write(tmp_path, "memo.txt", "An account from Korla.", "embargo_until: 2031-01-01\n",
                     sidecar_name="memo.meta.yml")
    outcome = ingest_file(store, misspelt)
    assert outcome.status == FAILED and "memo.meta.yml is not read as a sidecar: rename it memo.meta.yaml" in outcome.reason
    (tmp_path / "memo.meta.yml").rename(tmp_path / "memo.meta.yaml")  # control: the right name is read
    assert ingest_file(store, misspelt).status == INGESTED


def test_a_symbolic_link_is_never_followed_so_a_folder_cannot_pull_in_a_file_from_elsewhere(store, tmp_path):
    """Before: a link in an ingested folder (an unpacked zip keeps its links) was followed, and the
    master key, a text file, was stored as a testimony that every member can read."""
    from guwah.ingest import ingest_paths

    secret = tmp_path / "outside" / "master.key"
    secret.parent.mkdir()
    secret.write_text("lqTHVDeMf+yfY3FlAiQe0123456789abcdefghijk=\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write(elsewhere, "other.txt", "An account from Turpan, held in a camp in 2017.")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notes.txt").symlink_to(secret)
    (inbox / "more").symlink_to(elsewhere, target_is_directory=True)
    write(inbox, "account.txt", "An account from Korla, held in a camp in 2018.")  # control
    outcomes = {o.path.name: o for o in ingest_paths(store, [inbox, inbox / "notes.txt"])}
    assert sorted(outcomes) == ["account.txt", "more", "notes.txt"]
    for name in ("more", "notes.txt"):
        assert outcomes[name].status == FAILED and "a symbolic link" in outcomes[name].reason
    assert outcomes["account.txt"].status == INGESTED
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_the_archives_own_master_key_and_files_are_never_ingested(store, tmp_path):
    """Before: `guwah ingest ~/.config/guwah/master.key` (named, not through a link) stored the master
    key, a short text file, as a testimony every member can read; so did a copy of it under another
    name, and a file from inside the data directory. Now each is refused; a testimony is taken (control)."""
    from guwah.ingest import ingest_paths

    key_file = store.settings.key_file
    assert key_file.is_file()
    copy = write(tmp_path, "notes.txt", key_file.read_text(encoding="ascii"))
    inside = store.settings.data_dir / "stray.txt"
    inside.write_text("An account from Aksu, held in a camp in 2018.", encoding="utf-8")
    account = write(tmp_path, "account.txt", "An account from Korla, held in a camp in 2018.")
    outcomes = {o.path.name: o for o in ingest_paths(store, [key_file, copy, inside, account])}
    for name in (key_file.name, "notes.txt"):
        assert outcomes[name].status == FAILED and "master key" in outcomes[name].reason, outcomes[name]
    assert outcomes["stray.txt"].status == FAILED and "GUWAH_DATA_DIR" in outcomes["stray.txt"].reason
    assert outcomes["account.txt"].status == INGESTED
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_a_sidecar_named_alone_is_reported_and_one_beside_its_testimony_is_read_with_it(store, tmp_path):
    from guwah.ingest import iter_files

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = write(inbox, "statement.txt", "An account from Hami.", "consent: public\n")
    sidecar = inbox / "statement.meta.yaml"
    assert list(iter_files([path, sidecar])) == [path]  # a shell's `inbox/*`
    assert list(iter_files([sidecar])) == [sidecar]
    outcome = ingest_file(store, sidecar)
    assert outcome.status == FAILED and "a sidecar (metadata) file, not a testimony" in outcome.reason
    assert list(iter_files([inbox])) == [path]


def test_a_folder_reports_its_orphan_sidecars_special_files_and_emptiness(store, tmp_path):
    """Nothing under a folder is passed over without a word: a sidecar no testimony beside it is
    named for (its consent and witness would be lost), a FIFO or a broken link, an empty folder."""
    import os

    from guwah.ingest import ingest_paths

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox, "interview.txt", "An account from Aksu.", "consent: public\n", sidecar_name="Interview.meta.yaml")
    write(inbox, "memo.txt", "An account from Hami.", "consent: public\n")  # control: its sidecar is read with it
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "empty").mkdir()
    outcomes = {o.path.name: o for o in ingest_paths(store, [inbox, tmp_path / "empty"])}
    assert sorted(outcomes) == ["Interview.meta.yaml", "empty", "gone.txt", "interview.txt", "memo.txt", "pipe.txt"]
    assert outcomes["Interview.meta.yaml"].status == FAILED
    assert "no testimony beside it has its name" in outcomes["Interview.meta.yaml"].reason
    assert outcomes["pipe.txt"].status == FAILED and outcomes["pipe.txt"].reason == "not a regular file"
    assert outcomes["gone.txt"].status == FAILED and "a symbolic link" in outcomes["gone.txt"].reason
    assert outcomes["empty"].status == FAILED and "a folder with no file to ingest" in outcomes["empty"].reason
    assert outcomes["interview.txt"].status == outcomes["memo.txt"].status == INGESTED
    with store.session() as session:
        consents = dict(session.execute(select(Document.original_name, Testimony.consent).join(
            Testimony, Testimony.document_id == Document.id)).all())
    assert consents == {"interview.txt": "confidential", "memo.txt": "public"}


@pytest.mark.parametrize("sidecar, reason", [
    ("consnet: public\n", "unknown key consnet"),
    ("consent: everyone\n", "consent must be one of"),
    ("published: last spring\n", "published must be a date"),
    ("title: [a, list]\n", "title must be a single value"),
    ("title: 'unclosed\n", "not valid YAML"),
    ("- just\n- a list\n", "expected a mapping"),
    ("witness: {consent: public}\n", "witness must be a name"),
    ("translation_of: 0123456789abcdef\n", "names no stored document"),
    ("language: klingon\n", "language must be a language code"),
    ("language: xx\n", "language must be a language code"),
    ("witness: {name: Aynur Qadir, language: klingon}\n", "witness language must be a language code"),
    ("published: 2999-01-01\n", "published 2999-01-01 is after today"),
    ("retrieved: 2999-01-01\n", "retrieved 2999-01-01 is after today"),
    ("interview_date: 2999-01-01\n", "interview_date 2999-01-01 is after today"),
    # YAML reads a date with a time as a datetime: it stopped the whole run with a TypeError
    ("published: 2021-05-03 10:00:00\n", "published must be a date as YYYY-MM-DD, without a time"),
    ("embargo_until: 2027-01-01T00:00:00Z\n", "embargo_until must be a date as YYYY-MM-DD, without a time"),
])
def test_bad_metadata_fails_and_stores_nothing(store, tmp_path, sidecar, reason):
    path = write(tmp_path, "statement.txt", "An account from Aksu.", sidecar)
    outcome = ingest_file(store, path)
    assert outcome.status == FAILED
    assert reason in outcome.reason
    with store.session() as session:
        for table in (Document, Testimony, Person, PersonName):
            assert session.scalar(select(func.count()).select_from(table)) == 0


def test_a_bad_value_is_one_line_naming_its_field_and_not_the_value_beyond_it(store, tmp_path):
    outcome = ingest_file(store, write(tmp_path, "statement.txt", "An account from Aksu.", "language: klingon\n"))
    assert outcome.status == FAILED and "\n" not in outcome.reason
    assert outcome.reason.startswith("statement.meta.yaml: language")


@pytest.mark.parametrize("field", ["consent", "published", "language", "retrieved"])
def test_a_name_typed_into_a_closed_field_is_refused_without_being_printed(store, tmp_path, field):
    outcome = ingest_file(store, write(tmp_path, "statement.txt", "An account from Aksu.", f"{field}: Mihray Tursun\n"))
    assert outcome.status == FAILED and outcome.reason.startswith(f"statement.meta.yaml: {field}")
    assert "Mihray" not in outcome.reason and "Tursun" not in outcome.reason


@pytest.mark.parametrize(("written", "stored"), [("en", "en"), ("EN", "en"), ("ug", "ug"), ("kk", "kk"),
                                                 ("zh-CN", "zh"), ("de", "de")])
def test_a_known_language_code_is_stored_as_its_language(store, tmp_path, written, stored):
    # the positive control of the refusals above: any language CLDR knows, not only those the
    # extractor reads, stored as the ISO 639 code that detection would give
    path = write(tmp_path, "statement.txt", "An account from Aksu.",
                 f"language: {written}\npublished: 2021-05-03\nembargo_until: 2999-01-01\n"
                 f"witness: {{name: Aynur Qadir, language: {written}}}\n")
    outcome = ingest_file(store, path)
    assert outcome.status == INGESTED, outcome.reason
    with store.session() as session:
        document = session.get(Document, outcome.document_id)
        assert (document.language, document.source.language, document.testimony.witness.names[0].language) == (
            stored, stored, stored)
        assert document.testimony.embargo_until == date(2999, 1, 1)  # an embargo is in the future


def test_translation_points_at_its_original(store, tmp_path):
    original = ingest_file(store, write(tmp_path, "ug.txt", "ئاكام 2017-يىلى تۇتۇلدى."))
    translation = ingest_file(store, write(tmp_path, "en.txt", "My brother was detained in 2017.",
                                           f"translation_of: {original.sha256[:12]}\n"))
    with store.session() as session:
        testimony = session.get(Document, translation.document_id).testimony
        assert testimony.translation_of_id == original.document_id


@pytest.mark.parametrize(("sidecar", "named"), [
    ("consent: public\nMihray Tursun: sister\nconsnet: public\n", "consnet"),
    ("witness:\n  name: A B\n  Mihray Tursun: sister\n  consnet: public\n", "consnet"),
    ("Mihray Tursun: sister\nMihray Tursun: aunt\n", None),
])
def test_a_name_written_as_a_key_is_refused_without_being_printed(store, tmp_path, sidecar, named):
    # An unknown key was printed back ("unknown key(s) Mihray Tursun"): a name typed as a key
    # reached the terminal and the log. A key written like a field name is still named (control).
    outcome = ingest_file(store, write(tmp_path, "statement.txt", "An account from Aksu.", sidecar))
    assert outcome.status == FAILED and "not printed" in outcome.reason
    assert "Mihray" not in outcome.reason and "Tursun" not in outcome.reason
    if named:
        assert named in outcome.reason


@pytest.mark.parametrize(("sidecar", "field", "what"), [
    ('title: "Account of \\u202eMihray Tursun"\n', "title", "text-direction"),
    ('title: "Account \\e]52;c;SGVsbG8=\\a of Mihray Tursun"\n', "title", "control character"),
    ('witness: "Mihray\\u2067 Tursun"\n', "witness name", "text-direction"),
    ('witness: {name: "Mihray\\tTursun"}\n', "witness name", "control character"),
    ('author: "Mihray Tursun\\nAksu"\n', "author", "control character"),
    ('consent_note: "\\u202dMihray Tursun said yes"\n', "consent_note", "text-direction"),
])
def test_a_sidecar_text_with_a_direction_or_control_character_is_refused_naming_the_field(
        store, tmp_path, sidecar, field, what):
    # Before: a bidi override (U+202E) or an escape sequence in a sidecar title or witness name was
    # stored as given (the public report form refuses both). Now one line names the field, not the value.
    outcome = ingest_file(store, write(tmp_path, "statement.txt", "An account from Aksu.", sidecar))
    assert outcome.status == FAILED, sidecar
    assert outcome.reason.startswith(f"statement.meta.yaml: {field} ") and what in outcome.reason
    assert "\n" not in outcome.reason and "Mihray" not in outcome.reason and "Tursun" not in outcome.reason
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_a_multi_line_consent_note_and_right_to_left_text_are_kept(store, tmp_path):
    # the control of the refusals above: Uyghur script and a note over several lines are text
    outcome = ingest_file(store, write(tmp_path, "statement.txt", "An account from Aksu.",
                                       "title: ئاكام ھەققىدە\nwitness: Aynur Qadir\n"
                                       "consent_note: |\n  agreed on the phone\n  and in writing\n"))
    assert outcome.status == INGESTED, outcome.reason


def _original_with_octal_looking_hash(tmp_path):
    """Text whose SHA-256 starts with eight digits that YAML 1.1 reads as an octal number (0[0-7]+)."""
    import hashlib

    for number in range(100_000):
        text = f"My brother was detained in 2017. ({number})"
        prefix = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        if prefix[0] == "0" and all(c in "01234567" for c in prefix):
            return text, prefix
    raise AssertionError("no such text in range")


def test_an_unquoted_all_digit_hash_is_read_as_written(store, tmp_path):
    # Before: `translation_of: 0XXXXXXX` unquoted was read by YAML as an octal number, so the
    # prefix looked up was another number's digits and the original was not found; now the
    # value's source text is taken. A quoted prefix (control) was always found.
    text, prefix = _original_with_octal_looking_hash(tmp_path)
    original = ingest_file(store, write(tmp_path, "ug.txt", text))
    assert original.status == INGESTED and original.sha256.startswith(prefix)
    for name, written in (("plain", prefix), ("quoted", f"'{prefix}'")):
        translation = ingest_file(store, write(tmp_path, f"{name}.txt", f"A translation, {name}.",
                                               f"translation_of: {written}\ntitle: 007\n"))
        assert translation.status == INGESTED, translation.reason
        with store.session() as session:
            document = session.get(Document, translation.document_id)
            assert document.testimony.translation_of_id == original.document_id
            assert document.source.title == "007"  # not 7


def test_an_unquoted_short_hash_is_refused_as_written(store, tmp_path):
    # Before: `translation_of: 00` was refused as "got '0'", a value nobody wrote.
    outcome = ingest_file(store, write(tmp_path, "en.txt", "A translation.", "translation_of: 00\n"))
    assert outcome.status == FAILED and "got '00'" in outcome.reason
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0
