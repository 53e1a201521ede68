"""One entry per real person (issue 10): the hand-checked persons of the corpus and demo gold,
each a mention, plus hand-written mentions of some of them in other documents and scripts, link
into exactly one entry per person; siblings and namesakes sharing a name part stay apart."""

import json
from pathlib import Path

from guwah.registry import link_archive, resolve
from guwah.storage.tables import Person, PersonAttribute, PersonName

GOLD = Path(__file__).parents[2] / "bench" / "data" / "extract-gold"

# The same persons as another document would name them (written for this test): identity key
# "gold file stem/person id" -> (names, gender, birth year).
OTHER_DOCUMENTS = [
    ("omir-bekali-100-camp-testimonies/p1", ["Омир Бекали"], "male", "1976"),
    ("demo-01-camp-testimony/e1", ["ئەركىن تۇرسۇنجان"], "male", None),
    ("demo-06-rasskaz-brata/n1", ["Nurlan Omarov"], "male", None),
    ("demo-06-rasskaz-brata/n2", ["Serik Omarov"], None, None),
    ("demo-02-relative-disappearance/d2", ["Alimjan Abdukerim", "Alimjan"], "male", "1988"),
    ("demo-03-report-several-detainees/t3", ["Patigül Rozi"], "female", "1972"),
]


def _mention(session, names, gender=None, birth_year=None):
    person = Person()
    session.add(person)
    session.flush()
    for name in names:
        session.add(PersonName(person_id=person.id, name=name, asserted_by_kind="user", asserted_by="t"))
    for attribute, value in (("gender", gender), ("birth_year", birth_year)):
        if value:
            session.add(PersonAttribute(person_id=person.id, attribute=attribute, value=str(value),
                                        asserted_by_kind="user", asserted_by="t"))
    session.flush()
    return person.id


def _gold_persons():
    for path in sorted(GOLD.glob("*.json")):
        for person in json.loads(path.read_text(encoding="utf-8"))["persons"]:
            if person["names"]:
                yield f"{path.stem}/{person['id']}", person["names"], person.get("gender"), person.get("birth_year")


def test_hand_checked_mentions_give_one_entry_per_real_person(any_store):
    identity_of: dict[int, str] = {}
    with any_store.session() as session:
        for identity, names, gender, birth_year in [*_gold_persons(), *OTHER_DOCUMENTS]:
            identity_of[_mention(session, names, gender, birth_year)] = identity
    assert len(set(identity_of.values())) >= 40  # the gold is there
    with any_store.session() as session:
        link_archive(session, "linker-test")
        entry_of = {person_id: resolve(session, session.get(Person, person_id).entry.number).number
                    for person_id in identity_of}
    entries_of_identity: dict[str, set[int]] = {}
    identities_of_entry: dict[int, set[str]] = {}
    for person_id, identity in identity_of.items():
        entries_of_identity.setdefault(identity, set()).add(entry_of[person_id])
        identities_of_entry.setdefault(entry_of[person_id], set()).add(identity)
    split = {identity: entries for identity, entries in entries_of_identity.items() if len(entries) > 1}
    lumped = {entry: identities for entry, identities in identities_of_entry.items() if len(identities) > 1}
    assert split == {} and lumped == {}
    # The hard cases are in the set: brothers sharing a surname, siblings sharing their father's name.
    family = {identity_of[p]: entry_of[p] for p in identity_of}
    assert family["demo-06-rasskaz-brata/n1"] != family["demo-06-rasskaz-brata/n2"]
    assert len({family[f"demo-02-relative-disappearance/{i}"] for i in ("d1", "d2", "d4")}) == 3


# A further testimony, written for this test (invented, like the demo's people): a cellmate names
# two people of the demo report in other spellings and scripts, and a brother and his father.
FURTHER = (
    "Statement of a former cellmate, written in Almaty.\n\n"
    "In the camp in Ghulja I shared a cell with Nurmemet Yassin, who was born in 1965. "
    "In the women's block, I was told, was Patigül Rozi, born in 1972.\n\n"
    "Я также видел Алимжана Абдукерима. Его отец Абдукерим Мамут был задержан в 2018 году.\n"
)
# Identity of each name as written in FURTHER: gold file stem / person id.
FURTHER_IDENTITIES = {
    "Nurmemet Yassin": "demo-03-report-several-detainees/t1",
    "Patigül Rozi": "demo-03-report-several-detainees/t3",
    "Алимжана Абдукерима": "demo-02-relative-disappearance/d2",
    "Абдукерим Мамут": "demo-02-relative-disappearance/d4",
}


def _gold_spans() -> dict[str, list[tuple[str, int, int]]]:
    """Original file name -> [(identity, start, end)] of the named gold persons' mentions."""
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for path in sorted(GOLD.glob("demo-*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for person in gold["persons"]:
            if person["names"]:
                spans.setdefault(Path(gold["path"]).name, []).extend(
                    (f"{path.stem}/{person['id']}", start, end) for start, end in person["mentions"])
    spans["further.txt"] = [(identity, FURTHER.index(name), FURTHER.index(name) + len(name))
                            for name, identity in FURTHER_IDENTITIES.items()]
    return spans


def test_the_extractors_own_output_gives_one_entry_per_real_person(store, tmp_path):
    """Demo testimonies + FURTHER, ingested, extracted and linked with no hand in between: every
    named gold person is found, each in exactly one entry, and no entry holds two of them."""
    from sqlalchemy import select

    from guwah.demo import demo_folder
    from guwah.extract import extract_all
    from guwah.ingest import ingest_paths
    from guwah.storage.tables import Document

    further = tmp_path / "further.txt"
    further.write_text(FURTHER, encoding="utf-8")
    with demo_folder() as folder:
        assert all(o.document_id for o in ingest_paths(store, [folder, further]))
    extract_all(store)
    spans = _gold_spans()
    with store.session() as session:
        link_archive(session, "linker-test")
        file_of = {d.id: d.original_name for d in session.scalars(select(Document))}
        identities_of_person: dict[int, set[str]] = {}
        for name in session.scalars(select(PersonName).where(PersonName.evidence_start.is_not(None))):
            for identity, start, end in spans.get(file_of[name.evidence_document_id], []):
                if start < name.evidence_end and name.evidence_start < end:
                    identities_of_person.setdefault(name.person_id, set()).add(identity)
        entry_of = {person_id: resolve(session, session.get(Person, person_id).entry.number).number
                    for person_id in identities_of_person}
    entries_of_identity: dict[str, set[int]] = {}
    identities_of_entry: dict[int, set[str]] = {}
    for person_id, identities in identities_of_person.items():
        for identity in identities:
            entries_of_identity.setdefault(identity, set()).add(entry_of[person_id])
            identities_of_entry.setdefault(entry_of[person_id], set()).add(identity)
    expected = {identity for file_spans in spans.values() for identity, _, _ in file_spans}
    assert set(entries_of_identity) == expected  # every named person was extracted
    assert {i: e for i, e in entries_of_identity.items() if len(e) > 1} == {}  # none split
    assert {e: i for e, i in identities_of_entry.items() if len(i) > 1} == {}  # none lumped
