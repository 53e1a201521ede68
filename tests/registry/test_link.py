"""`guwah link`: the linker merges the archive's entries in one undoable act, and never against a
reviewer's "different" (issue 10)."""

from guwah.registry import judge, link_archive, resolve, undo
from guwah.storage.tables import Person, PersonAttribute, PersonName


def _mention(session, name, **attributes):
    person = Person()
    session.add(person)
    session.flush()
    session.add(PersonName(person_id=person.id, name=name, asserted_by_kind="user", asserted_by="t"))
    for attribute, value in attributes.items():
        session.add(PersonAttribute(person_id=person.id, attribute=attribute, value=value,
                                    asserted_by_kind="user", asserted_by="t"))
    session.flush()
    return person.id, person.entry.number


def test_link_joins_one_person_across_scripts_and_keeps_siblings_apart(store):
    with store.session() as session:
        latin = _mention(session, "Ilham Tohti", gender="male", birth_year="1969")
        cyrillic = _mention(session, "Илхам Тохти", gender="male", birth_year="1969")
        arabic = _mention(session, "ئىلھام توختى", gender="male")
        brother = _mention(session, "Ablet Tursun", gender="male", birth_year="1980")
        sister = _mention(session, "Gulnar Tursun", gender="female", birth_year="1984")
    with store.session() as session:
        run = link_archive(session, "linker-test")
    with store.session() as session:
        one = {resolve(session, number).number for _, number in (latin, cyrillic, arabic)}
        assert one == {latin[1]}
        assert resolve(session, brother[1]).number != resolve(session, sister[1]).number
    assert run.merges == 2 and run.blocked == 0
    with store.session() as session:
        undo(session, "rev")  # the whole run, in one act
        assert {resolve(session, n).number for _, n in (latin, cyrillic, arabic)} == {latin[1], cyrillic[1], arabic[1]}


def test_a_different_judgement_survives_a_full_relink(store):
    with store.session() as session:
        first = _mention(session, "Ilham Tohti", gender="male", birth_year="1969")
        second = _mention(session, "Ilham Tohti", gender="male", birth_year="1969")
        judge(session, first[0], second[0], "different", "rev", "namesakes from two villages")
    for _ in range(2):
        with store.session() as session:
            run = link_archive(session, "linker-test")
        assert run.merges == 0 and run.blocked == 1
    with store.session() as session:
        assert resolve(session, first[1]).number != resolve(session, second[1]).number
