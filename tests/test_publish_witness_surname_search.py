"""h-pseudo69: a public search for a pseudonymous witness's own surname must not find her account.

A wife testifies under a pseudonym; her husband is named in the archive (another testimony, a
reporting relative's basis) and her release masks his whole name as a detail. Her text also writes
his surname alone ("The Sawutbek family"), the masculine form of hers (Sawutbekova). Shown, that
word put her account in the public index under every spelling the person search takes for it, and
a search for her surname found it: a search confirmed who told it. Such a part is masked there
like a part her name shares exactly (`guwah.publish.parts_alike`), unless a reviewer confirmed it.
Invented people."""

from guwah.publish import parts_alike, search_public
from guwah.releases import approve_basis, propose_basis
from guwah.storage.tables import Person, PersonName
from tests.releasing import release_entry
from tests.test_publish import add, release

OWN = ("Synthetic example. My name is Gulnar Sawutbekova. My husband Eziz Sawutbek was detained at his "
       "workplace in 2018. The Sawutbek family has not seen him since.")
OTHER = "Synthetic example. My cousin Eziz Sawutbek was detained in 2018 and his shop was closed."
PUBLIC = "Synthetic example. I am Rahile Qurbanova and I saw the raid in 2018."
WITNESS = "consent: {c}\nwitness: {{name: {name}, consent: {c}}}\n"


def _named(store, document: int, name: str, text: str) -> int:
    """A person named in `text` on a reporting relative's basis citing it, the name accepted."""
    with store.session() as session:
        person = Person(consent="public")
        session.add(person)
        session.flush()
        start = text.index(name)
        session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document, evidence_start=start,
                               evidence_end=start + len(name), asserted_by_kind="user", asserted_by="t",
                               review_state="accepted"))
        person_id = person.id
    with store.session() as session:
        basis = propose_basis(session, person_id, "reporting_relative", "drafter", document_id=document)
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")
    return person_id


def test_a_search_for_her_surname_finds_neither_her_account_nor_the_form_it_masked(store, tmp_path):
    own = add(store, tmp_path, "own.txt", WITNESS.format(c="pseudonymous", name="Gulnar Sawutbekova"), text=OWN)
    other = add(store, tmp_path, "other.txt", "consent: public\n", text=OTHER)
    husband = _named(store, other, "Eziz Sawutbek", OTHER)
    release(store, other)
    with store.session() as session:
        release_entry(store, session.get(Person, husband).entry.number)
    release(store, own, ["Eziz Sawutbek"])
    # Positive control: a public witness named on a basis is found by her surname.
    public = add(store, tmp_path, "public.txt", "consent: public\n", text=PUBLIC)
    _named(store, public, "Rahile Qurbanova", PUBLIC)
    release(store, public)
    with store.session() as session:
        from guwah.storage.tables import Release

        shown = {r.subject_id: r.content["text"] for r in session.query(Release).filter_by(state="approved")
                 if r.subject_type == "document"}
        assert "Sawutbek" not in shown[own] and "Gulnar" not in shown[own], shown[own]
        assert "Eziz Sawutbek" in shown[other]  # he is named where his family named him
        found = {q: sorted(d.id for d in search_public(session, q).documents)
                 for q in ("Sawutbekova", "Sawutbek", "Gulnar Sawutbekova", "Qurbanova", "workplace")}
    workplace = found["workplace"]  # her account is public and found by its own words
    assert len(workplace) == 1
    assert workplace[0] not in found["Sawutbekova"] + found["Sawutbek"] + found["Gulnar Sawutbekova"], found
    assert found["Sawutbek"], found  # the cousin's public testimony is still found by his surname
    assert len(found["Qurbanova"]) == 1 and found["Qurbanova"] != workplace, found


def test_parts_alike_reads_another_gender_form_and_not_another_name():
    assert parts_alike({"sawutbekova"}, {"sawutbek", "sawutbekov", "eziz"}) == {"sawutbek", "sawutbekov"}
    assert parts_alike({"gulnar"}, {"gulnar", "gulnur", "nurgul"}) == {"gulnar"}
    assert parts_alike(set(), {"gulnar"}) == set()
