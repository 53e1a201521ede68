"""h-pseudo69: a named witness's Russian surname that is also the genitive of a withheld brother's
(«Касымова», «Касымов»). Where a word may be either, the withheld name wins: written alone it stays
masked. Her whole name written as it stands, her given name beside it, is hers and is shown; and
`naming approve` says what stays masked and why instead of blaming a namesake. Invented people."""

from guwah.redaction import Withheld, build_masking, redact
from guwah.releases import approve_naming, propose_basis
from guwah.releases.cli import _naming_approved
from guwah.storage.tables import Person, PersonName
from tests.test_publish import add

HERS, BROTHER = "Айгерим Касымова", "Ерлан Касымов"


def _masking():
    return build_masking([Withheld(1, (BROTHER,), "[name withheld]")], [HERS])


def test_her_whole_name_is_shown_where_it_stands_and_the_ambiguous_forms_stay_masked():
    text = ("Меня зовут Айгерим Касымова. Моего брата Ерлана Касымова забрали в 2018. "
            "Соседи говорили о семье Касымова.")
    shown = redact(text, _masking()).text
    assert shown.startswith("Меня зовут Айгерим Касымова."), shown
    assert "Ерлан" not in shown and "брата [name withheld]" in shown, shown  # his genitive: masked
    assert shown.endswith("о семье [name withheld]."), shown  # alone, either of them: the withheld wins
    assert redact("Я, Айгерим Касымова, видела это.", _masking()).text == "Я, Айгерим Касымова, видела это."


def test_with_no_one_named_her_name_is_masked_as_before():
    # Control: the same words with no basis for her are masked (the brother's surname claims them).
    masking = build_masking([Withheld(1, (BROTHER,), "[name withheld]")], [])
    assert "Касымова" not in redact("Меня зовут Айгерим Касымова.", masking).text


def test_naming_approve_says_which_part_stays_masked_alone_and_why(store, tmp_path):
    text = "Меня зовут Айгерим Касымова. Моего брата Ерлана Касымова забрали в 2018."
    document = add(store, tmp_path, "k.txt", "consent: public\n", text=text)
    with store.session() as session:
        for name in (HERS, BROTHER):
            person = Person(consent="public")
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document,
                                   asserted_by_kind="user", asserted_by="t", review_state="accepted"))
            if name == HERS:
                her = person.id
    with store.session() as session:
        basis = propose_basis(session, her, "own_consent", "drafter")
    with store.session() as session:
        done = approve_naming(session, basis.id, "reviewer")
        said = _naming_approved(basis.id, done)
    assert done.masked_names == 0 and done.masked_parts == 1, done
    assert "may now be shown by name" in said and "namesake" not in said, said
    assert "1 part of the name written alone" in said and "another form of a withheld person's name" in said
    assert "Касым" not in said and "Айгерим" not in said  # by ids, never a name
