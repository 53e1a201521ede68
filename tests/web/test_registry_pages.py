"""The workspace's registry screens (`guwah.web.routes.registry`): an entry with its mentions, a
mention with its names, and the steps the CLI takes there (a naming basis, an entry release, link,
unlink), each a thin shell over the registry's and the releases' functions: their rules, their
history (who linked and when) and their audit, a refusal in one line with what was typed kept."""

from __future__ import annotations

from html import unescape

import pytest
from sqlalchemy import select

from guwah.storage.tables import AuditEntry, Judgement, LinkChange, NamingBasis, Person, PersonName, Release
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.releasing import ingest_text, mark_read, release_document


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def add_two_mentions(store, folder) -> tuple[list[int], list[int]]:
    """Two released public testimonies, each naming one mention of the same invented man (two
    entries): (the mention ids, the document ids)."""
    facts = {"asserted_by_kind": "user", "asserted_by": "t", "review_state": "accepted"}
    mentions, documents = [], []
    for name, text in (("a.txt", "Our neighbour Qadir Yasin was taken away in spring."),
                       ("b.txt", "They say Qadir Yasin worked at the bakery for years.")):
        document_id = ingest_text(store, folder, name, text, "consent: public\n")
        start = text.index("Qadir")
        with store.session() as session:
            person = Person()
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name="Qadir Yasin", evidence_document_id=document_id,
                                   evidence_start=start, evidence_end=start + 11, **facts))
            mentions.append(person.id)
        mark_read(store, document_id)
        release_document(store, document_id)
        documents.append(document_id)
    return mentions, documents


@pytest.fixture
def two_mentions(store, tmp_path):
    return store, create_app(store), *add_two_mentions(store, tmp_path)


def _entry_of(store, mention: int) -> int:
    with store.session() as session:
        return session.get(Person, mention).entry.number


def test_registry_pages_show_an_entry_and_a_mention_and_audit_the_reads(two_mentions):
    store, app, (first, second), _ = two_mentions
    client, _ = client_as(app, store, make_user(store, "vera"))  # a viewer: reads, no forms
    listed = client.get("/workspace/entries")
    assert listed.status_code == 200 and f"M-{first}" in listed.text and "Qadir Yasin" in listed.text
    number = _entry_of(store, first)
    entry = client.get(f"/workspace/entries/{number}")
    assert entry.status_code == 200 and f'/workspace/mentions/{first}"' in entry.text
    assert "Unlink" not in entry.text and "Propose a release" not in entry.text  # a viewer's page
    mention = client.get(f"/workspace/mentions/{first}")
    assert mention.status_code == 200 and "Qadir Yasin" in mention.text
    assert "Record the naming basis" not in mention.text and 'name="entry"' not in mention.text
    with store.session() as session:
        reads = {(e.record_type, e.record_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.actor == "vera", AuditEntry.action == "read"))}
    assert {("entry_list", None), ("entry", str(number))} <= reads
    # a viewer may not send the forms
    _, token = client_as(app, store, make_user(store, "vika"))
    assert client.post(f"/workspace/mentions/{first}/link", data={"entry": "1", "csrf_token": token}).status_code == 403


def test_registry_link_and_unlink_record_who_and_when_through_the_registry(two_mentions):
    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    target = _entry_of(store, second)
    page = client.get(f"/workspace/mentions/{first}")
    assert "Link to entry" in page.text and "Make a new entry" not in page.text  # alone in its entry
    linked = client.post(f"/workspace/mentions/{first}/link", data={"entry": f"E-{target}", "csrf_token": token},
                         follow_redirects=False)
    assert linked.status_code == 303 and linked.headers["location"] == f"/workspace/mentions/{first}"
    assert _entry_of(store, first) == target
    with store.session() as session:
        moved = session.scalars(select(LinkChange).where(LinkChange.person_id == first,
                                                         LinkChange.action == "merge")).one()
        assert (moved.actor, moved.how) == ("eldor", "reviewer") and moved.at is not None
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "merge",
                                                        AuditEntry.actor == "eldor")).one().record_id == str(target)
    entry = client.get(f"/workspace/entries/{target}")
    assert entry.text.count("Unlink:") == 2  # both mentions, each with its button
    unlinked = client.post(f"/workspace/entries/{target}/unlink", data={"mention": f"M-{first}", "csrf_token": token},
                           follow_redirects=False)
    assert unlinked.status_code == 303 and unlinked.headers["location"] == f"/workspace/entries/{target}"
    new = _entry_of(store, first)
    assert new != target and _entry_of(store, second) == target
    with store.session() as session:
        split = session.scalars(select(LinkChange).where(LinkChange.person_id == first,
                                                         LinkChange.action == "split")).one()
        assert split.actor == "eldor"
        # the web's split binds the linker as the CLI's does: a "different" between the sides, by eldor
        recorded = session.scalars(select(Judgement).where(Judgement.act == "split")).one()
        assert (recorded.verdict, recorded.actor, {recorded.person_a_id, recorded.person_b_id}) == (
            "different", "eldor", {first, second})
    # "make a new entry" from the mention page is the same split
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "csrf_token": token})
    made = client.post(f"/workspace/mentions/{second}/new-entry", data={"csrf_token": token}, follow_redirects=False)
    assert made.status_code == 303 and _entry_of(store, second) not in (target, _entry_of(store, first))


@pytest.mark.parametrize("typed", ["banana-7", "M-3", "E-99999"])
def test_registry_a_bad_entry_number_is_one_line_with_what_was_typed_kept(two_mentions, typed):
    store, app, (first, _), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    with store.session() as session:
        before = session.scalar(select(LinkChange.id).order_by(LinkChange.id.desc()).limit(1))
    refused = client.post(f"/workspace/mentions/{first}/link", data={"entry": typed, "csrf_token": token})
    assert refused.status_code in (400, 404)
    assert f'value="{typed}"' in refused.text  # kept in the field
    [error] = [line for line in refused.text.splitlines() if 'role="alert"' in line]
    assert "entry" in unescape(error)
    with store.session() as session:  # nothing stored
        assert session.scalar(select(LinkChange.id).order_by(LinkChange.id.desc()).limit(1)) == before


def test_registry_a_naming_basis_goes_through_propose_basis(two_mentions):
    store, app, (first, _), (document, _) = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    page = client.get(f"/workspace/mentions/{first}")
    assert "No naming basis" in page.text and "Record the naming basis" in page.text
    sent = client.post(f"/workspace/mentions/{first}/naming", follow_redirects=False, data={
        "basis": "own_consent", "document": str(document), "note": "signed form in the intake folder",
        "csrf_token": token})
    assert sent.status_code == 303
    with store.session() as session:
        basis = session.scalars(select(NamingBasis).where(NamingBasis.person_id == first)).one()
        assert (basis.basis, basis.document_id, basis.proposed_by, basis.approved_at) == (
            "own_consent", document, "eldor", None)
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "naming")).one()
        assert audited.detail["step"] == "proposed" and "signed form" not in str(audited.detail)
    page = client.get(f"/workspace/mentions/{first}")
    assert f'id="naming-basis-{basis.id}"' in page.text
    assert "guwah naming" not in page.text  # the second reviewer's step is a form now, no CLI command
    assert f"/workspace/mentions/{first}/naming/{basis.id}/approve" in page.text
    assert "signed form" not in page.text  # the note is sealed: not on this page


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_registry_a_refused_naming_basis_is_said_in_the_readers_language(two_mentions, code):
    from guwah.web.i18n import translations

    gettext = translations(code).gettext
    store, app, (first, _), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    note = "asked twice, by phone"
    bad = client.post(f"/workspace/mentions/{first}/naming?lang={code}", data={
        "basis": "public_role", "document": "twelve", "note": note, "csrf_token": token})
    assert bad.status_code == 400
    said = gettext("a document is its number (the id the workspace shows)")
    assert code == "en" or said != "a document is its number (the id the workspace shows)"
    assert said in unescape(bad.text) and 'value="twelve"' in bad.text and note in bad.text
    assert '<option value="public_role" selected>' in bad.text
    assert gettext("Record the naming basis") in bad.text
    already = client.post(f"/workspace/mentions/{first}/naming?lang={code}", data={
        "basis": "already_named", "csrf_token": token})
    assert already.status_code == 400
    # the basis and the option are Terms (`guwah.releases.DOCUMENT_OPTION`): the page says them as its
    # form shows them, the CLI as the code and `--document`
    [line] = [unescape(line) for line in already.text.splitlines() if 'id="naming-refused"' in line]
    assert gettext("'%(basis)s' needs the released document that names the person (%(option)s)") % {
        "basis": gettext("named in public before"), "option": gettext("its document number in the naming form")} in line
    assert "--document" not in line and "already_named" not in line
    with store.session() as session:
        assert session.scalars(select(NamingBasis)).all() == []
    from guwah.errors import InputError
    from guwah.releases import propose_basis

    with store.session() as session, pytest.raises(InputError) as cli:
        propose_basis(session, first, "already_named", "eldor")
    assert cli.value.message == "'already_named' needs the released document that names the person (--document)"


def _proposed(store, mention: int, by: str = "eldor", basis: str = "reporting_relative") -> int:
    from guwah.releases import propose_basis

    with store.session() as session:
        return propose_basis(session, mention, basis, by, "the sister asked").id


def test_registry_a_second_reviewer_approves_a_naming_basis_on_the_mention_page(two_mentions):
    """The approval is `approve_naming`'s: the basis approved by the second reviewer, audited as the
    CLI's is, and the page the form leads back to shows it approved, with no form left."""
    store, app, (first, _), _ = two_mentions
    basis = _proposed(store, first)
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    page = client.get(f"/workspace/mentions/{first}")
    assert f"Approve naming basis {basis}" in page.text and "guwah naming" not in page.text
    unsent = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={}, follow_redirects=False)
    assert unsent.status_code == 403  # no CSRF token: refused, as every form of the workspace
    sent = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={"csrf_token": token},
                       follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith(f"/workspace/mentions/{first}")
    with store.session() as session:
        row = session.get(NamingBasis, basis)
        assert (row.approved_by, row.approval_basis) == ("zeynep", "second_reviewer") and row.approved_at
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "naming",
                                                           AuditEntry.actor == "zeynep")).one()
        assert audited.detail["step"] == "approved" and audited.detail["naming_basis"] == basis
        assert "the sister asked" not in str(audited.detail)
    after = client.get(sent.headers["location"])
    assert "(approved)" in after.text and f"Approve naming basis {basis}" not in after.text
    assert "yes: an approved naming basis stands" in after.text
    again = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={"csrf_token": token})
    assert again.status_code == 400 and "already decided" in unescape(again.text)


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_registry_the_proposer_may_not_approve_their_own_basis(two_mentions, code):
    """`_second_reviewer` refuses: one line in the reader's language and the web's words (no CLI
    option, no setting), the reason typed kept, nothing approved."""
    from guwah.web.i18n import translations

    store, app, (first, _), _ = two_mentions
    basis = _proposed(store, first, by="eldor")
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    refused = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve?lang={code}",
                          data={"reason": "I checked it twice", "csrf_token": token})
    assert refused.status_code == 409
    [line] = [unescape(line) for line in refused.text.splitlines() if 'role="alert"' in line]
    gettext = translations(code).gettext
    english = ("%(what)s was drafted by %(author)s: another editor or admin must approve it (a one-person group "
               "sets %(setting)s and gives a reason)")
    said = gettext(english)
    assert code == "en" or said != english  # translated
    assert said.split("%(author)s")[1][:20] in line and "eldor" in line
    assert gettext("the server's single-reviewer setting") in line  # the setting, as the page names it
    assert "GUWAH_" not in refused.text and "--reason" not in refused.text and "guwah naming" not in refused.text
    assert 'value="I checked it twice"' in refused.text
    with store.session() as session:
        assert session.get(NamingBasis, basis).approved_at is None


def test_registry_a_viewer_may_not_approve_or_withdraw_a_basis(two_mentions):
    store, app, (first, _), _ = two_mentions
    basis = _proposed(store, first)
    client, token = client_as(app, store, make_user(store, "vera"))
    page = client.get(f"/workspace/mentions/{first}")
    assert "Approve naming basis" not in page.text and "Withdraw every naming basis" not in page.text
    assert client.post(f"/workspace/mentions/{first}/naming/{basis}/approve",
                       data={"csrf_token": token}).status_code == 403
    assert client.post(f"/workspace/mentions/{first}/naming/withdraw", data={"csrf_token": token}).status_code == 403
    with store.session() as session:
        row = session.get(NamingBasis, basis)
        assert row.approved_at is None and row.withdrawn_at is None


def test_registry_a_witness_refusal_refuses_the_approval(two_mentions):
    """A refusal the person recorded after the basis was proposed (`refusal_of`, in `approve_basis`)
    refuses the approval: the page says why in one line, nothing is approved."""
    store, app, (first, _), _ = two_mentions
    basis = _proposed(store, first, basis="public_role")
    with store.session() as session:
        person = session.get(Person, first)
        person.consent_recorded, person.consent = True, "pseudonymous"
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    refused = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={"csrf_token": token})
    assert refused.status_code == 404
    [line] = [unescape(line) for line in refused.text.splitlines() if 'role="alert"' in line]
    assert "own refusal to be named" in line
    with store.session() as session:
        assert session.get(NamingBasis, basis).approved_at is None


def test_registry_an_approved_basis_says_when_the_entry_still_withholds_the_name(two_mentions):
    """Approved, but another mention of the entry records the person's own refusal
    (`refused_by_their_entry`): the page says the name is still not shown, and why."""
    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(_entry_of(store, second)),
                                                          "csrf_token": token})
    with store.session() as session:
        witness = session.get(Person, second)
        witness.consent_recorded, witness.consent = True, "pseudonymous"
    basis = _proposed(store, first)
    before = client.get(f"/workspace/mentions/{first}")
    assert "no: another mention of its entry records the person" in unescape(before.text)
    sent = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={"csrf_token": token},
                       follow_redirects=False)
    assert sent.status_code == 303
    after = unescape(client.get(sent.headers["location"]).text)
    assert "(approved)" in after and "no: another mention of its entry records the person" in after


def test_registry_a_basis_of_another_mention_is_not_approved_from_this_page(two_mentions):
    store, app, (first, second), _ = two_mentions
    basis = _proposed(store, second)
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    refused = client.post(f"/workspace/mentions/{first}/naming/{basis}/approve", data={"csrf_token": token})
    assert refused.status_code == 404 and 'role="alert"' in refused.text  # why, in one line
    with store.session() as session:
        assert session.get(NamingBasis, basis).approved_at is None


def test_registry_withdrawing_the_bases_goes_through_withdraw_bases(two_mentions):
    from guwah.releases import approve_basis

    store, app, (first, _), _ = two_mentions
    basis = _proposed(store, first)
    with store.session() as session:
        approve_basis(session, basis, "reviewer")
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    sent = client.post(f"/workspace/mentions/{first}/naming/withdraw", data={"csrf_token": token},
                       follow_redirects=False)
    assert sent.status_code == 303
    with store.session() as session:
        assert session.get(NamingBasis, basis).withdrawn_by == "zeynep"
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "naming",
                                                           AuditEntry.actor == "zeynep")).one()
        assert audited.detail["step"] == "withdrawn"
    page = client.get(sent.headers["location"])
    assert "(withdrawn)" in page.text and "Withdraw every naming basis" not in page.text


def test_registry_an_entry_release_is_proposed_and_leads_to_the_approval_page(two_mentions):
    from guwah.releases import approve_basis, propose_basis

    store, app, (first, _), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    number = _entry_of(store, first)
    refused = client.post(f"/workspace/entries/{number}/release", data={"csrf_token": token})
    assert refused.status_code == 404 and 'role="alert"' in refused.text  # no naming basis yet: why, in one line
    with store.session() as session:
        assert session.scalars(select(Release).where(Release.subject_type == "entry")).all() == []
        basis = propose_basis(session, first, "reporting_relative", "drafter", "the sister asked")
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")
    drafted = client.post(f"/workspace/entries/{number}/release", data={"csrf_token": token}, follow_redirects=False)
    assert drafted.status_code == 303, [line for line in drafted.text.splitlines() if "alert" in line]
    release_id = int(drafted.headers["location"].rsplit("/", 1)[1])
    with store.session() as session:
        release = session.get(Release, release_id)
        assert (release.subject_type, release.state, release.drafted_by) == ("entry", "draft", "eldor")
    approval = client.get(drafted.headers["location"])
    assert approval.status_code == 200 and f'/workspace/entries/{number}"' in approval.text
    second, second_token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    approved = second.post(f"/workspace/releases/{release_id}/approve", data={"csrf_token": second_token},
                           follow_redirects=False)
    assert approved.headers["location"] == f"/workspace/entries/{number}"  # back to the entry's page
    assert "approved" in second.get(f"/workspace/entries/{number}").text


def test_registry_a_merged_entry_number_leads_to_the_survivor(two_mentions):
    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    gone, kept = _entry_of(store, first), _entry_of(store, second)
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(kept), "csrf_token": token})
    moved = client.get(f"/workspace/entries/{gone}", follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == f"/workspace/entries/{kept}"


def test_registry_a_link_says_which_releases_came_down(two_mentions):
    """A merge that takes the survivor's entry release down (`guwah.releases.merge_entries`; since h-review73
    one bringing a recorded refusal to be named, as here: a mention merely unnamed leaves it up): the page the
    link leads to says so, by the release ids its sealed address carries; a forged seal is refused."""
    from tests.releasing import name_person, release_entry

    store, app, (first, second), _ = two_mentions
    survivor = _entry_of(store, first)
    name_person(store, first)
    release_entry(store, survivor)
    with store.session() as session:
        session.get(Person, second).consent_recorded = True
    with store.session() as session:
        [released] = session.scalars(select(Release.id).where(Release.subject_type == "entry",
                                                              Release.state == "approved"))
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    linked = client.post(f"/workspace/mentions/{second}/link", data={"entry": str(survivor), "csrf_token": token},
                         follow_redirects=False)
    assert linked.status_code == 303 and f"down={released}" in linked.headers["location"]
    told = client.get(linked.headers["location"])
    assert "These releases came down with this decision:" in told.text and f"Release {released} of" in told.text
    with store.session() as session:
        assert session.get(Release, released).state == "withdrawn"
    forged = client.get(f"/workspace/mentions/{second}?down={released}&seal=forged")
    assert forged.status_code == 400


@pytest.mark.parametrize("code", ["en", "ru"])
def test_registry_a_naming_approval_says_which_redrafts_wait_and_for_whom(store, tmp_path, code):
    """h-product53: `guwah naming approve` says which waiting redrafts it drafted again and who may approve
    them; the web's approval said nothing of them. The page its redirect leads to says it (by release ids,
    sealed to the page: a forged list is refused), the subject in the reader's language."""
    from guwah.registry import merge
    from guwah.releases import approve_naming
    from guwah.web.i18n import translations
    from tests.test_publish import add, name_person, release, witness_id

    text = "My name is Rayila Kamal; in the camp I was registered as Gulnar Tohti, and Tursun Ehmet was there."
    document = add(store, tmp_path, "a.txt", "consent: public\nwitness: {name: Rayila Kamal, consent: public}\n", text)
    witness = witness_id(store, document)
    alias = name_person(store, document, "Gulnar Tohti", "public", text)
    with store.session() as session:
        merge(session, session.get(Person, witness).entry.number, session.get(Person, alias).entry.number, "reviewer")
    release(store, document)
    from guwah.releases import propose_basis

    with store.session() as session:
        first = propose_basis(session, witness, "own_consent", "drafter").id
        second = propose_basis(session, alias, "own_consent", "drafter").id
    with store.session() as session:
        [change] = approve_naming(session, first, "reviewer").withdrawn
        waiting = change.redraft  # the first redraft, waiting for review
    app = create_app(store)
    client, token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    sent = client.post(f"/workspace/mentions/{alias}/naming/{second}/approve?lang={code}",
                       data={"csrf_token": token}, follow_redirects=False)
    assert sent.status_code == 303 and "waits=" in sent.headers["location"]
    with store.session() as session:
        [redraft] = session.scalars(select(Release).where(Release.subject_id == document,
                                                          Release.state == "draft")).all()
        assert redraft.id != waiting and redraft.drafted_by == "zeynep"  # it differs only by this name
    page = client.get(sent.headers["location"])
    gettext = translations(code).gettext
    said = unescape(page.text)
    assert gettext("These drafts wait because of this approval:") in said
    subject = gettext("document %(number)s") % {"number": document}
    drafted = gettext("Redraft %(release)s of %(subject)s, which waited for review, is drafted again as %(draft)s to "
                      "follow this approval too.")
    assert drafted.split("%(release)s")[0] + str(waiting) in said and subject in said
    assert f'/workspace/releases/{redraft.id}?lang={code}">' in page.text
    assert gettext("It differs only by the names approved, and is recorded as drafted by %(user)s: another reviewer "
                   "approves it as it stands.") % {"user": "zeynep"} in said
    assert code == "en" or "document " not in said.split(gettext("These drafts wait because of this approval:"))[1]
    forged = client.get(sent.headers["location"].replace(f"-{redraft.id}", f"-{redraft.id + 1}"))
    assert forged.status_code == 400
    assert gettext("these release ids were not told by a step on this page: nothing is shown as taken down") \
        in unescape(forged.text)
    plain = client.get(f"/workspace/mentions/{alias}")  # control: without the redirect's list, no such note
    assert gettext("These drafts wait because of this approval:") not in unescape(plain.text)
    # the other notes `naming approve` prints: a redraft dropped, and a release taken down with nothing to
    # show then whose redraft a person must draft again (recorded as the system's)
    from guwah.publish import SYSTEM
    from guwah.web.routes.registry import told_seal

    with store.session() as session:
        session.get(Release, redraft.id).drafted_by = SYSTEM
    waits = f"r{waiting}-0,v{change.release}-{redraft.id}"
    other = unescape(client.get(f"/workspace/mentions/{alias}", params={
        "waits": waits, "seal": told_seal(store, "mention", alias, f"|{waits}"), "lang": code}).text)
    assert gettext("Redraft %(release)s of %(subject)s, which waited for review, is dropped: nothing of it may be "
                   "shown now.") % {"release": waiting, "subject": subject} in other
    revived = gettext("Release %(release)s of %(subject)s, which the release check took down with nothing to show "
                      "then, may be shown again: its redraft is %(draft)s.")
    assert revived.split("%(draft)s")[0] % {"release": change.release, "subject": subject} in other
    assert gettext("Draft it again yourself on %(page)s and have a second reviewer approve it.").split("%(page)s")[0] \
        in other and "zeynep" not in other.split(gettext("These drafts wait because of this approval:"))[1]
    # h-review73: a redraft the system drafted again cannot be approved: the note said "is drafted again as",
    # as if it waited for a reviewer; it says so and names the command that drafts it by hand.
    waits = f"r{waiting}-{redraft.id}"
    system = unescape(client.get(f"/workspace/mentions/{alias}", params={
        "waits": waits, "seal": told_seal(store, "mention", alias, f"|{waits}"), "lang": code}).text)
    assert drafted.split("%(draft)s")[0] % {"release": waiting, "subject": subject} not in system
    automatic = gettext("Redraft %(release)s of %(subject)s, which waited for review, no longer follows this approval: "
                        "%(draft)s was redrafted automatically and cannot be approved; run %(command)s to draft it "
                        "again.")
    assert automatic.split("%(draft)s")[0] % {"release": waiting, "subject": subject} in system
    assert f"<code>guwah release propose {document}</code>" in system


@pytest.mark.parametrize("code", ["en", "ru"])
def test_registry_a_conflicting_link_says_what_the_page_offers_and_its_box_links_all_the_same(two_mentions, code):
    """h-product53: the merge refusal over conflicting assertions named `guwah persons show` and --force on
    the page; it names the entry's page and the link form's box, which links past the conflict (recorded
    as forced), and the CLI still says --force."""
    from guwah.errors import ReviewRequired
    from guwah.registry import merge
    from guwah.storage.tables import PersonAttribute
    from guwah.web.i18n import translations

    store, app, (first, second), _ = two_mentions
    with store.session() as session:
        for mention, gender in ((first, "female"), (second, "male")):
            session.add(PersonAttribute(person_id=mention, attribute="gender", value=gender, review_state="accepted",
                                        asserted_by_kind="user", asserted_by="t"))
    target = _entry_of(store, second)
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    refused = client.post(f"/workspace/mentions/{first}/link?lang={code}",
                          data={"entry": str(target), "csrf_token": token})
    assert refused.status_code == 409
    [line] = [unescape(line) for line in refused.text.splitlines() if 'id="link-refused"' in line]
    gettext = translations(code).gettext
    assert gettext("its page in the workspace") in line
    assert gettext("the box “Link although their records disagree” ticked") in line
    assert "--force" not in line and "guwah persons" not in line
    assert gettext("Link although their records disagree") in unescape(refused.text)  # the box it names
    with store.session() as session, pytest.raises(ReviewRequired) as cli:
        merge(session, target, _entry_of(store, first), "eldor")
    assert "merge with --force if they are one person" in cli.value.message
    assert "(guwah persons show N)" in cli.value.message
    forced = client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "force": "1",
                                                                    "csrf_token": token}, follow_redirects=False)
    assert forced.status_code == 303
    with store.session() as session:
        assert session.get(Person, first).entry.number == target
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert audited.detail["forced"] == ["gender"]


def test_registry_a_link_says_what_came_down_in_the_readers_language(two_mentions):
    """h-product53: "entry E-7" and the forged-seal refusal were English on a Russian page."""
    from guwah.web.i18n import translations
    from tests.releasing import name_person, release_entry

    store, app, (first, second), _ = two_mentions
    survivor = _entry_of(store, first)
    name_person(store, first)
    release_entry(store, survivor)
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    linked = client.post(f"/workspace/mentions/{second}/link?lang=ru",
                         data={"entry": str(survivor), "csrf_token": token}, follow_redirects=False)
    told = unescape(client.get(linked.headers["location"] + "&lang=ru").text)
    gettext = translations("ru").gettext
    assert gettext("entry %(number)s") % {"number": f"E-{survivor}"} in told and f"entry E-{survivor}" not in told
    forged = client.get(f"/workspace/mentions/{second}?down=1&seal=forged&lang=ru")
    assert forged.status_code == 400
    said = gettext("these release ids were not told by a step on this page: nothing is shown as taken down")
    assert said != "these release ids were not told by a step on this page: nothing is shown as taken down"
    assert said in unescape(forged.text)


def test_registry_pages_take_the_labels_they_print_in_their_address(two_mentions):
    """The pages print "E-7" and "M-12" (`guwah.domain`), and the CLI takes both forms: so does an
    address typed from them (h-newcomer61: /workspace/mentions/M-12 answered "not found"). Another
    kind's label, or no number, still names nothing."""
    store, app, (first, _), _ = two_mentions
    client, _ = client_as(app, store, make_user(store, "vera"))
    number = _entry_of(store, first)
    # the label leads to the page's own address (its links and language switcher name that one)
    labelled = client.get(f"/workspace/entries/E-{number}?lang=ru", follow_redirects=False)
    assert labelled.status_code == 303 and labelled.headers["location"] == f"/workspace/entries/{number}?lang=ru"
    assert client.get(f"/workspace/entries/e{number}").status_code == 200
    assert client.get(f"/workspace/entries/E-{number}").text == client.get(f"/workspace/entries/{number}").text
    mention = client.get(f"/workspace/mentions/M-{first}", follow_redirects=False)
    assert mention.status_code == 303 and mention.headers["location"] == f"/workspace/mentions/{first}"
    assert client.get(f"/workspace/mentions/M-{first}").text == client.get(f"/workspace/mentions/{first}").text
    # a mention's label on the entry page and an entry's on the mention page name nothing
    assert client.get(f"/workspace/entries/M-{number}").status_code == 404
    assert client.get(f"/workspace/mentions/E-{first}").status_code == 404
    assert client.get("/workspace/entries/E-").status_code == 404
    assert client.get("/workspace/entries/E-99999999999999999999").status_code == 404


def _reasons(store, mention: int, action: str) -> list[str | None]:
    """The reasons kept on the mention's acts of one kind (`LinkChange.reason`), oldest first."""
    with store.session() as session:
        return list(session.scalars(select(LinkChange.reason).where(LinkChange.person_id == mention,
                                                                    LinkChange.action == action)
                                    .order_by(LinkChange.id)))


def test_registry_the_link_forms_reason_reaches_the_merge_and_the_evidence_file(two_mentions):
    """The link form's reason is the CLI's `--reason`: kept on the merge, given by `export evidence`;
    an empty one stores none, as the CLI without `--reason`."""
    from guwah.export.evidence import NO_REASON, export_evidence

    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    assert 'name="reason"' in client.get(f"/workspace/mentions/{first}").text.split('class="stacked-form link-form"')[1]
    target = _entry_of(store, second)
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "reason": "  same bakery, same year ",
                                                           "csrf_token": token})
    assert _reasons(store, first, "merge") == ["same bakery, same year"]
    moves = {m["mention"]: m["moves"] for m in export_evidence(store, target, "eldor")["joined"]["mentions"]}
    assert [m["reason"] for m in moves[f"M-{first}"] if m["act"] == "merge"] == ["same bakery, same year"]
    # positive control: an empty reason stores none, and the file says none was recorded
    client.post(f"/workspace/entries/{target}/unlink", data={"mention": f"M-{first}", "csrf_token": token})
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "reason": " ", "csrf_token": token})
    assert _reasons(store, first, "merge") == ["same bakery, same year", None]
    moves = {m["mention"]: m["moves"] for m in export_evidence(store, target, "eldor")["joined"]["mentions"]}
    assert [m["reason"] for m in moves[f"M-{first}"] if m["act"] == "merge"][-1] == NO_REASON
    # a refused link shows the form again with the reason typed, and stores nothing
    refused = client.post(f"/workspace/mentions/{second}/link", data={"entry": "E-99999", "reason": "kept as typed",
                                                                     "csrf_token": token})
    assert refused.status_code == 404 and ">kept as typed</textarea>" in refused.text
    assert _reasons(store, second, "merge") == []


def test_registry_the_unlink_forms_reason_reaches_the_split(two_mentions):
    """The entry page's unlink form keeps its reason on the split; an empty one stores none."""
    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    target = _entry_of(store, second)
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "csrf_token": token})
    page = client.get(f"/workspace/entries/{target}").text
    assert page.count('name="reason"') >= 2  # each mention's unlink form has one
    client.post(f"/workspace/entries/{target}/unlink", data={"mention": f"M-{first}", "reason": "a namesake",
                                                             "csrf_token": token})
    assert _reasons(store, first, "split") == ["a namesake"]
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "csrf_token": token})
    client.post(f"/workspace/entries/{target}/unlink", data={"mention": f"M-{first}", "reason": "",
                                                             "csrf_token": token})
    assert _reasons(store, first, "split") == ["a namesake", None]


def test_registry_the_new_entry_forms_reason_reaches_the_split(two_mentions):
    """The mention page's "new entry" form keeps its reason on the split; an empty one stores none."""
    store, app, (first, second), _ = two_mentions
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    target = _entry_of(store, second)
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "csrf_token": token})
    assert 'name="reason"' in client.get(f"/workspace/mentions/{first}").text.split("new-entry-form")[1]
    client.post(f"/workspace/mentions/{first}/new-entry", data={"reason": "born a decade apart", "csrf_token": token})
    assert _reasons(store, first, "split") == ["born a decade apart"]
    client.post(f"/workspace/mentions/{first}/link", data={"entry": str(target), "csrf_token": token})
    client.post(f"/workspace/mentions/{first}/new-entry", data={"csrf_token": token})
    assert _reasons(store, first, "split") == ["born a decade apart", None]
