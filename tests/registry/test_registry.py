"""The registry: entries gather mentions; merge, split and undo with history; judgements bind
(issue 10). Storage behaviour runs on SQLite and on the real PostgreSQL server."""

import pytest

from guwah.domain import MAX_ID
from guwah.errors import InputError, NotFound, ReviewRequired
from guwah.registry import PairSeen, judge, list_entries, merge, resolve, split, undo, view_entry
from guwah.storage.tables import Entry, Event, Person, PersonName


def _mention(session, name, consent="confidential"):
    person = Person(consent=consent)
    session.add(person)
    session.flush()
    session.add(PersonName(person_id=person.id, name=name, asserted_by_kind="user", asserted_by="t"))
    session.flush()
    return person


def _state(session, numbers):
    """The registry as anyone can see it: each mention's entry, where each known number leads,
    and the standing entries. (An undone split's entry stays, redirecting: numbers are never reused.)"""
    return (sorted((p.id, p.entry.number) for p in session.query(Person)),
            {n: resolve(session, n).number for n in numbers},
            sorted(e.number for e in session.query(Entry) if e.merged_into_id is None
                   and session.query(Person).filter_by(entry_id=e.id).count()))


def test_every_mention_gets_an_entry_numbered_in_order(any_store):
    with any_store.session() as session:
        first, second = _mention(session, "Ilham Tohti"), _mention(session, "Илхам Тохти")
        numbers = [first.entry.number, second.entry.number]
    assert numbers == [1, 2]


def test_merge_moves_mentions_redirects_the_number_and_takes_the_stricter_consent(any_store):
    with any_store.session() as session:
        a = _mention(session, "Ilham Tohti", consent="public")
        b = _mention(session, "Илхам Тохти", consent="confidential")
        a_number, b_number = a.entry.number, b.entry.number
    with any_store.session() as session:
        merge(session, a_number, b_number, "rev")
    with any_store.session() as session:
        assert resolve(session, b_number).number == a_number
        view = view_entry(session, b_number)
        assert view.number == a_number and {n["name"] for n in view.names} == {"Ilham Tohti", "Илхам Тохти"}
        assert view.consent == "confidential" and view.merged_numbers == [b_number]
        assert [v.number for v in list_entries(session)] == [a_number]


def test_merge_split_undo_leave_the_registry_exactly_as_before(any_store):
    with any_store.session() as session:
        mentions = [_mention(session, n) for n in ("Ablet Tursun", "Ablet Tursunov", "Ablat Tursun")]
        numbers = [m.entry.number for m in mentions]
    with any_store.session() as session:
        before = _state(session, numbers)
        merge(session, numbers[0], numbers[1], "rev")
        merge(session, numbers[0], numbers[2], "rev")
    with any_store.session() as session:
        merged = _state(session, numbers)
        split(session, numbers[0], [mentions[2].id], "rev")
    with any_store.session() as session:
        undo(session, "rev")  # the split
        assert _state(session, numbers) == merged
        undo(session, "rev")
        undo(session, "rev")
        assert _state(session, numbers) == before
        with pytest.raises(InputError, match="nothing to undo"):
            undo(session, "rev")


def test_an_undone_split_leaves_no_redirect_on_the_entry_it_came_from(any_store):
    # Before: after merge → split → undo the split's new number was listed among the survivor's
    # merged numbers ("merged from [2, 4]"), as if an entry had been merged into it. Its number
    # stays spent (never reused; an old reference still leads to the mentions) but is no redirect.
    with any_store.session() as session:
        a, b = _mention(session, "Ablet Tursun"), _mention(session, "Ablet Tursunov")
        numbers = a.entry.number, b.entry.number
        merge(session, *numbers, "rev")
        assert view_entry(session, numbers[0]).merged_numbers == [numbers[1]]  # control: a merge is shown
    with any_store.session() as session:
        new = split(session, numbers[0], [b.id], "rev").number
        undo(session, "rev")
    with any_store.session() as session:
        assert view_entry(session, numbers[0]).merged_numbers == [numbers[1]]
        assert [v.merged_numbers for v in list_entries(session)] == [[numbers[1]]]
        assert resolve(session, new).number == numbers[0]
        assert _mention(session, "Ablat Tursun").entry.number == new + 1


def test_a_different_judgement_binds_merges_until_a_reviewer_says_same(any_store):
    with any_store.session() as session:
        father, son = _mention(session, "Memet Abdurehim"), _mention(session, "Abdurehim Memet")
        numbers = father.entry.number, son.entry.number
        judge(session, father.id, son.id, "different", "rev", "father and son")
    with any_store.session() as session, pytest.raises(ReviewRequired, match="different"):
        merge(session, *numbers, "linker", how="linker", score=0.99)
    with any_store.session() as session:
        judge(session, father.id, son.id, "same", "rev2", "one man, order swapped in a list", PairSeen(replace=True))
        merge(session, *numbers, "rev2")
        assert resolve(session, numbers[1]).number == numbers[0]


def _attribute(session, person, attribute, value, value_end=None, state="proposed"):
    from guwah.storage.tables import PersonAttribute

    session.add(PersonAttribute(person_id=person.id, attribute=attribute, value=value, value_end=value_end,
                                review_state=state, asserted_by_kind="user", asserted_by="t"))
    session.flush()


def test_a_merge_of_a_woman_and_a_man_is_refused_unless_forced_and_the_force_is_audited(any_store):
    from guwah.storage.tables import AuditEntry

    with any_store.session() as session:
        her, him = _mention(session, "Gulnar Tursun"), _mention(session, "Gulnar Tursun")
        _attribute(session, her, "gender", "female")
        _attribute(session, him, "gender", "male")
        numbers = her.entry.number, him.entry.number
    with any_store.session() as session, pytest.raises(ReviewRequired, match=r"disagree \(gender female / male\)"):
        merge(session, *numbers, "rev", store=any_store)
    with any_store.session() as session:
        assert resolve(session, numbers[1]).number == numbers[1]  # nothing moved
        merge(session, *numbers, "rev", store=any_store, force=True)
        assert resolve(session, numbers[1]).number == numbers[0]
    with any_store.session() as session:
        audited = [entry for entry in session.query(AuditEntry) if entry.action == "merge"]
        assert len(audited) == 1 and "forced" in str(audited[0].detail) and "female" not in str(audited[0].detail)


def test_birth_years_far_apart_conflict_and_near_ones_or_a_rejected_gender_do_not(any_store):
    with any_store.session() as session:
        a, b, c, d = (_mention(session, "Ablet Tursun") for _ in range(4))
        _attribute(session, a, "birth_year", "1961")
        _attribute(session, b, "birth_year", "1988")  # his son's generation
        _attribute(session, c, "birth_year", "1963", value_end="1966")  # "born in the mid-sixties"
        _attribute(session, d, "gender", "female", state="rejected")  # a reviewer threw it out
        _attribute(session, a, "gender", "male")
        numbers = [m.entry.number for m in (a, b, c, d)]
    with any_store.session() as session, pytest.raises(ReviewRequired, match="birth_year 1961 / 1988"):
        merge(session, numbers[0], numbers[1], "rev")
    with any_store.session() as session:
        merge(session, numbers[0], numbers[2], "rev")  # 1961 and 1963-1966: within the slack
        merge(session, numbers[0], numbers[3], "rev")  # the rejected gender says nothing
        assert {resolve(session, n).number for n in (numbers[2], numbers[3])} == {numbers[0]}


def test_a_mention_judged_against_itself_is_refused(any_store):
    # Before: `guwah persons judge 2 2 different` was recorded ("2 and 2 are different").
    from guwah.storage.tables import Judgement

    with any_store.session() as session:
        a, b = _mention(session, "Ablet Tursun"), _mention(session, "Ablet Tursunov")
        for verdict in ("same", "different", "unsure"):
            with pytest.raises(InputError, match="two different mentions"):
                judge(session, a.id, a.id, verdict, "rev", "the same words twice")
        assert session.query(Judgement).count() == 0
        judge(session, a.id, b.id, "different", "rev", "two villages")  # positive control: two mentions
        assert session.query(Judgement).count() == 1


def test_split_and_merge_refuse_what_makes_no_sense(any_store):
    with any_store.session() as session:
        a, b = _mention(session, "Ablet Tursun"), _mention(session, "Gulnar Tursun")
        with pytest.raises(InputError, match="already one entry"):
            merge(session, a.entry.number, a.entry.number, "rev")
        with pytest.raises(InputError, match="at least one"):
            split(session, a.entry.number, [a.id], "rev")
        # h-try49: it said "mentions [7] are not in entry 3", a Python list, neither M- nor E- labels
        said = f"M-{b.id} is not in entry E-{a.entry.number}, whose mentions are M-{a.id}"
        with pytest.raises(InputError, match=said):
            split(session, a.entry.number, [b.id], "rev")
        with pytest.raises(InputError, match="name the mentions to move out"):
            split(session, a.entry.number, [], "rev")
        with pytest.raises(NotFound):
            view_entry(session, 999)


def test_status_and_timeline_come_from_the_latest_dated_accepted_event(any_store):
    with any_store.session() as session:
        person = _mention(session, "Rahile Osman")
        facts = {"person_id": person.id, "asserted_by_kind": "user", "asserted_by": "t"}
        session.add_all([
            Event(event_type="detention", date_value="2018-04", date_precision="month", review_state="accepted", **facts),
            Event(event_type="release", date_value="2019", date_precision="year", review_state="accepted", **facts),
            Event(event_type="death", date_value="2020", date_precision="year", review_state="proposed", **facts),
        ])
        number = person.entry.number
    with any_store.session() as session:
        view = view_entry(session, number)
    assert [(t.event_type, t.date) for t in view.timeline] == [("detention", "2018-04"), ("release", "2019")]
    assert view.status["status"] == "released" and view.status["date"] == "2019"  # the proposal does not count


def test_list_finds_an_entry_by_a_name_in_another_script(any_store):
    with any_store.session() as session:
        _mention(session, "Ilham Tohti")
        _mention(session, "Gulnar Yasin")
        assert [v.names[0]["name"] for v in list_entries(session, "Илхам Тохти")] == ["Ilham Tohti"]


@pytest.mark.parametrize(("query", "found"), [
    ("Omarov", ["Нурлан Омаров", "Omarov Serik"]),
    ("Омаров", ["Нурлан Омаров", "Omarov Serik"]),
    ("Erkin", ["Erkin Tursunjan"]),
    ("Tursunjan", ["Erkin Tursunjan"]),
    ("Nurlan Omarov", ["Нурлан Омаров"]),  # a whole name still finds only its own
    ("Yasin", []),
])
def test_list_finds_an_entry_by_one_word_of_its_name(any_store, query, found):
    # `persons list --query Omarov` found nothing: a surname alone (or "Erkin") was held against whole names.
    with any_store.session() as session:
        for name in ("Нурлан Омаров", "Omarov Serik", "Erkin Tursunjan", "Gulnar Memet"):
            _mention(session, name)
        assert [v.names[0]["name"] for v in list_entries(session, query)] == found


def test_the_migration_gives_every_existing_person_an_entry_and_loses_nothing(tmp_path):
    from sqlalchemy import text

    from guwah.storage import Store
    from guwah.storage.engine import upgrade_schema
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data"), migrate=False)
    upgrade_schema(store.engine, "0006")
    with store.engine.begin() as connection:
        for consent in ("public", "confidential", "pseudonymous"):
            connection.execute(text("INSERT INTO person (consent, created_at) VALUES (:c, CURRENT_TIMESTAMP)"),
                               {"c": consent})
    upgrade_schema(store.engine)
    with store.engine.begin() as connection:
        rows = connection.execute(text(
            "SELECT p.id, p.consent, e.number FROM person p JOIN entry e ON e.id = p.entry_id ORDER BY p.id")).all()
        history = connection.execute(text("SELECT count(*) FROM link_change WHERE how = 'migration'")).scalar()
    assert rows == [(1, "public", 1), (2, "confidential", 2), (3, "pseudonymous", 3)] and history == 3
    store.close()


@pytest.mark.parametrize("query", ["", "   ", " \t "])
def test_list_with_a_blank_query_is_the_unfiltered_list(any_store, query):
    # `persons list --query "   "` printed 0 entries where --query "" printed them all: a query of
    # spaces is no query (positive control: a real query still filters)
    with any_store.session() as session:
        for name in ("Нурлан Омаров", "Erkin Tursunjan"):
            _mention(session, name)
        assert [v.names[0]["name"] for v in list_entries(session, query)] == ["Нурлан Омаров", "Erkin Tursunjan"]
        assert [v.names[0]["name"] for v in list_entries(session, " Erkin ")] == ["Erkin Tursunjan"]


def test_a_judgement_says_what_to_run_when_the_entries_disagree_with_it(store, monkeypatch):
    # Before: `guwah persons judge 3 5 different` on two mentions the linker had put in one entry
    # said only "judgement recorded", and the entry went on holding both (a re-link changes nothing):
    # the registry contradicted the reviewer without a word. Now it says which split separates them,
    # and for "same" across two entries which merge joins them; a judgement that agrees says neither.
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    with store.session() as session:
        a, b, c = _mention(session, "Ablimit Tursun"), _mention(session, "ئابلىمىت تۇرسۇن"), _mention(session, "Memet Ali")
        merge(session, a.entry.number, b.entry.number, "linker", how="linker", score=0.99)
        ids, numbers = (a.id, b.id, c.id), (a.entry.number, c.entry.number)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()

    def said(*args):
        result = runner.invoke(app, ["persons", "judge", *map(str, args), "--reason", "asked the interviewer"])
        assert result.exit_code == 0, result.output
        return " ".join(result.stderr.split())

    different = said(ids[0], ids[1], "different")
    assert f"both in entry E-{numbers[0]}" in different and f"guwah persons split {numbers[0]} --mentions {ids[1]}" in different
    same = said(ids[0], ids[2], "same")
    assert f"guwah persons merge {numbers[0]} {numbers[1]}" in same
    agrees = said(ids[1], ids[2], "different")  # control: already apart
    assert agrees == f"judgement recorded: mentions M-{ids[1]} and M-{ids[2]} are different"


def test_undo_says_which_act_it_undid(store, monkeypatch):
    # Before: `guwah persons undo` said only "undid operation 15", also when the latest act was a
    # colleague's facility merge (it undoes the latest registry act of either kind): the volunteer
    # could not tell what had just been reversed. Now it names the act; the older act is undone next.
    from typer.testing import CliRunner

    from guwah.cli import app
    from guwah.registry import FACILITY, next_number
    from tests.shared import point_cli_at

    with store.session() as session:
        a, b = _mention(session, "Ablet Tursun"), _mention(session, "Ablet Tursunov")
        merge(session, a.entry.number, b.entry.number, "rev")
        numbers = a.entry.number, b.entry.number
        split(session, numbers[0], [b.id], "rev")
        sites = []
        for _ in range(2):
            entry = Entry(kind=FACILITY, number=next_number(session, FACILITY))
            session.add(entry)
            session.flush()
            sites.append(entry.number)
    from guwah.facilities.entries import merge_facilities

    with store.session() as session:
        merge_facilities(session, sites[0], sites[1], "rev")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    said = [" ".join(runner.invoke(app, ["persons", "undo"]).stderr.split()) for _ in range(3)]
    assert said[0].startswith(f"undid the merge of facility entry {sites[1]} into {sites[0]} (operation ")
    assert said[1].startswith(f"undid the split of person entry E-{numbers[0]} (operation ")
    assert said[2].startswith(f"undid the merge of person entry E-{numbers[1]} into E-{numbers[0]} (operation ")


def test_undo_never_puts_back_together_two_mentions_judged_different_since(any_store):
    # Before: judged "different" while one entry held them, split apart, then `guwah persons undo`
    # put them back in one entry, and `guwah link` left them there ("0 blocked by judgements").
    with any_store.session() as session:
        a, b = _mention(session, "Tursunay Ablimit"), _mention(session, "Турсунай Аблимит")
        numbers = a.entry.number, b.entry.number
        merge(session, *numbers, "linker", how="linker", score=0.99)
    with any_store.session() as session:
        new = split(session, numbers[0], [b.id], "rev").number
        undo(session, "rev")  # control: with no judgement the split is undone
        assert resolve(session, new).number == numbers[0]
        assert session.get(Person, b.id).entry.number == numbers[0]
    with any_store.session() as session:
        judge(session, a.id, b.id, "different", "rev", "two women of one name")
        new = split(session, numbers[0], [b.id], "rev").number
    with any_store.session() as session, pytest.raises(ReviewRequired, match=f"mentions {a.id} and {b.id}"):
        undo(session, "rev")
    with any_store.session() as session:
        assert session.get(Person, b.id).entry.number == new  # nothing moved
        assert session.get(Person, a.id).entry.number == numbers[0]
        judge(session, a.id, b.id, "same", "rev2", "one woman after all", PairSeen(replace=True))
        undo(session, "rev2")
        assert session.get(Person, b.id).entry.number == numbers[0]


def test_persons_merge_on_the_command_line_names_the_conflict_and_takes_force(store, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    with store.session() as session:
        her, him = _mention(session, "Gulnar Tursun"), _mention(session, "Gulnar Tursun")
        _attribute(session, her, "gender", "female", state="accepted")
        _attribute(session, him, "gender", "male")
        numbers = [str(her.entry.number), str(him.entry.number)]
    point_cli_at(store, monkeypatch)
    refused = CliRunner().invoke(app, ["persons", "merge", *numbers])
    assert refused.exit_code != 0 and "disagree (gender female / male)" in refused.output
    assert "Traceback" not in refused.output and "--force" in refused.output
    forced = CliRunner().invoke(app, ["persons", "merge", *numbers, "--force"])
    assert forced.exit_code == 0, forced.output
    with store.session() as session:
        assert resolve(session, int(numbers[1])).number == int(numbers[0])


def test_person_number_takes_7_and_e_7_and_refuses_a_mention_id():
    """Before: `persons show E-7` was refused ('E-7' is not a valid integer) although the output
    printed entries and mentions alike as bare numbers."""
    from guwah.registry import entry_label, mention_label, person_number

    assert [person_number(typed) for typed in ("7", "E-7", "e7", " E-7 ", 7)] == [7] * 5
    assert (entry_label(7), mention_label(12)) == ("E-7", "M-12")
    for typed in ("M-12", "7a", "", "E-", "-7", "E-٧", str(MAX_ID + 1)):
        with pytest.raises(InputError) as refused:
            person_number(typed)
        assert "\n" not in refused.value.message
    with pytest.raises(InputError, match="M- is a mention id"):
        person_number("M-12")


def test_persons_commands_take_e_numbers_and_print_m_and_e(store, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app
    from tests.shared import point_cli_at

    with store.session() as session:
        first, second = _mention(session, "Gulnar Tursun"), _mention(session, "Gulnar Tursun")
        ids, numbers = (first.id, second.id), (first.entry.number, second.entry.number)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    merged = runner.invoke(app, ["persons", "merge", f"E-{numbers[0]}", str(numbers[1])])
    assert merged.exit_code == 0, merged.output
    assert f"entry E-{numbers[1]} merged into E-{numbers[0]}" in merged.stderr
    shown = runner.invoke(app, ["persons", "show", f"E-{numbers[1]}"])  # a merged number leads to the survivor
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith(f"entry E-{numbers[0]} ") and f"mentions M-{ids[0]}, M-{ids[1]}" in shown.stdout
    assert f"merged from E-{numbers[1]}" in shown.stdout
    listed = runner.invoke(app, ["persons", "list"])
    assert f"E-{numbers[0]}  " in listed.stdout
    refused = runner.invoke(app, ["persons", "show", f"M-{ids[0]}"])
    assert refused.exit_code == 1 and "M- is a mention id" in refused.output and "Traceback" not in refused.output


def test_a_merge_a_different_judgement_refuses_names_the_pair_and_the_judgement_to_record(any_store):
    # Before: the refusal said "a reviewer judged mentions of entries 5 and 10 to be different people;
    # record a 'same' judgement first": no mention ids, entry numbers without their E-, and nothing of
    # how to record it (the workspace's link form has no judgement to give: only `guwah persons judge`).
    # It now names the two mentions judged apart, the entries as E-N, and the command that records
    # "same"; a merge of two mentions no one judged goes through (control).
    with any_store.session() as session:
        older, younger = _mention(session, "Mirzat Tokhtiniyaz"), _mention(session, "Mirzat Tokhtiniyaz")
        other = _mention(session, "Mirzat Tokhtiniyaz")
        numbers = older.entry.number, younger.entry.number, other.entry.number
        ids = older.id, younger.id
        judge(session, younger.id, older.id, "different", "rev", "born 1961 and 1988")
    with any_store.session() as session, pytest.raises(ReviewRequired) as refused:
        merge(session, numbers[0], numbers[1], "rev2", how="linker")
    said = str(refused.value)
    assert f"M-{ids[1]}" in said and f"M-{ids[0]}" in said, said
    assert f"E-{numbers[0]}" in said and f"E-{numbers[1]}" in said, said
    assert f"guwah persons judge M-{ids[1]} M-{ids[0]} same" in said, said
    with any_store.session() as session:
        merge(session, numbers[0], numbers[2], "rev2")  # control: no judgement between them
        assert resolve(session, numbers[2]).number == numbers[0]
