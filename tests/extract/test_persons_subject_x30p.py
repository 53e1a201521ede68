"""The person a whole text is about, named once and then called only by a role noun ("client",
"the applicant", « le requérant », «заявитель»), is one person with the acts told of him (issue 11,
h-x30p: a lawyer's memo named its client once, in capitals on its "Re:" line, and then wrote "Client
states …", "He was held …"; the person model dropped the one-mention name, and his acts went to a
cellmate or to nobody). Invented texts; the controls in each: another person of the same text keeps
only his own act, "a client" (indefinite) is no mention of the subject, and a text that introduces
nobody with the noun gives its "client" to nobody."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

MEMO = ("NORTHGATE LEGAL AID CLINIC\n"
        "FILE NOTE\n\n"
        "Date: 3 March 2023\n"
        "Re: First meeting with client AIBEK TOLOMUSH UULU\n"
        "Present: client; caseworker; interpreter\n\n"
        "1. Client is a Kyrgyz farmer from Ulugqat county, born 1979. He came to Toronto in 2022 and lives "
        "with a friend.\n\n"
        "2. Client states that police detained him at his home in October 2018. He was held in a camp in "
        "Artux for fourteen months and was beaten during interrogations. His passport was confiscated by "
        "the county police.\n\n"
        "3. Another man from his village, Nurlan Sadyk, was sentenced to ten years in prison.\n\n"
        "4. We met a client from another office in the waiting room; he was not part of this meeting.\n\n"
        "5. Ask client for photographs of his release paper and the names of his cellmates.\n")

NOBODY = ("NORTHGATE LEGAL AID CLINIC\n"
          "FILE NOTE\n\n"
          "Date: 3 March 2023\n"
          "Re: Opening hours of the clinic\n\n"
          "1. The clinic will open at nine in the morning from next week. Client meetings take place in "
          "room 4 and the caseworker keeps the diary. Client files stay in the locked cabinet.\n\n"
          "2. Nurlan Sadyk, who used to volunteer here, was detained in a camp in Artux in 2018 and "
          "sentenced to ten years in prison. The clinic wrote to his family in 2021.\n\n"
          "3. The interpreter's invoices go to the office manager every Friday, with the date of each "
          "meeting and the language used, so that the accounts can be closed at the end of the month.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


def test_a_memos_client_named_once_is_one_person_with_his_acts_and_a_cellmate_keeps_his_own():
    assert len(MEMO) >= roles_model.MIN_CHARS  # the person model runs on this text
    doc = run_pipeline(MEMO, "en", None)
    client = _person(doc, "Aibek")
    assert client is not None, [p.names for p in doc.persons]
    assert "victim" in client.roles
    codes = {v.code for v in client.violations}
    assert "detention.internment_camp" in codes or "detention.arbitrary_arrest" in codes, codes
    assert "movement.passport_confiscation" in codes, codes
    # "Client states", "Ask client": mentions of him; "a client from another office": not
    mentioned = {MEMO[s:e] for s, e in client.mentions}
    assert "Client" in mentioned and "client" in mentioned
    other_office = MEMO.index("a client from") + 2
    assert not any(s <= other_office < e for s, e in client.mentions)
    # the control: the other man keeps his sentence and not the client's camp or passport
    other = _person(doc, "Nurlan")
    assert other is not None
    other_codes = {v.code for v in other.violations}
    assert "detention.prison_sentence" in other_codes, other_codes
    assert "movement.passport_confiscation" not in other_codes


def test_client_in_a_text_that_introduces_no_client_is_nobody():
    doc = run_pipeline(NOBODY, "en", None)
    other = _person(doc, "Nurlan")
    assert other is not None  # positive control: the named man is found
    for s, e in (span for p in doc.persons for span in p.mentions):
        assert NOBODY[s:e].casefold() != "client"
