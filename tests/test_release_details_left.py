"""h-pseudo69: a pseudonymous release's reviewer is shown the places, dates and facilities left in
its text, by offset (`guwah.releases.details_left`, in the drafting notes `release propose` prints
and the workspace's release page shows), so that the public page's sentence — a reviewer read the
details the text still gives — is true. Control: a detail masked with --mask is not listed, and a
public testimony gets no such note. Invented text."""

from guwah.releases import details_left, draft_release, drafting_notes
from tests.test_publish import add

TEXT = ("Synthetic example. My husband was taken from our house in Kashgar on 5 June 2017. "
        "In March 2018 I heard he was held in Aksu.")
WITNESS = "consent: {c}\nwitness: {{name: Mahire Tohtiyeva, consent: {c}}}\n"


def test_the_reviewer_is_shown_the_places_and_dates_left_by_offset_and_not_a_masked_one(store, tmp_path):
    document = add(store, tmp_path, "p.txt", WITNESS.format(c="pseudonymous"), text=TEXT)
    with store.session() as session:
        draft = draft_release(session, document, "drafter", ["Aksu"])
        left = details_left(draft)
        notes = drafting_notes(session, draft)
        shown = draft.content["text"]
    kinds = {(kind, words) for kind, _, _, words in left}
    assert ("place", "Kashgar") in kinds and any(kind == "date" and "2017" in words for kind, words in kinds), left
    assert all(shown[start:end] == words for _, start, end, words in left)  # offsets in the shown text
    assert not any("Aksu" in words for _, _, _, words in left) and "Aksu" not in shown  # masked: not listed
    note = next(note for note in notes if "still shows" in note)
    start = shown.index("Kashgar")
    assert f'place "Kashgar" (characters {start}-{start + len("Kashgar")})' in note, note


def test_a_public_testimony_gets_no_such_note(store, tmp_path):
    document = add(store, tmp_path, "q.txt", "consent: public\n", text=TEXT)
    with store.session() as session:
        draft = draft_release(session, document, "drafter")
        assert details_left(draft) == [] and not any("still shows" in n for n in drafting_notes(session, draft))
