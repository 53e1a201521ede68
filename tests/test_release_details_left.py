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


def test_details_are_read_once_per_draft_text_and_extractor_version(store, tmp_path, monkeypatch):
    """h-workspace70: `details_left` runs the date and place steps once per release draft (about a second
    each time a page showed the draft); the reading is kept by draft, text and extractor version, so a
    draft whose text changes, another draft, or a new extractor version is read again (controls), and a
    mask added later still hides its detail."""
    from guwah.extract import pipeline
    from guwah.releases import forget_details

    document = add(store, tmp_path, "p.txt", WITNESS.format(c="pseudonymous"), text=TEXT)
    reads = []
    real = pipeline.find_details
    monkeypatch.setattr(pipeline, "find_details", lambda text, language=None: reads.append(text) or real(text, language))
    forget_details()
    with store.session() as session:
        draft = draft_release(session, document, "drafter")
        first = details_left(draft)
        assert len(reads) == 1 and any(words == "Kashgar" for _, _, _, words in first)
        assert details_left(draft) == first and drafting_notes(session, draft) and len(reads) == 1  # kept
        draft.masks = [*(draft.masks or []), {"field": "text", "start": first[0][1], "end": first[0][2]}]
        assert details_left(draft) == first[1:] and len(reads) == 1  # a mask needs no new reading
        draft.masks = [mask for mask in draft.masks if mask.get("start") != first[0][1]]
        draft.content = {**draft.content, "text": draft.content["text"].replace("Kashgar", "Kumul")}
        changed = details_left(draft)
        assert len(reads) == 2 and any(words == "Kumul" for _, _, _, words in changed)  # the text changed
        other = draft_release(session, document, "drafter")
        details_left(other)
        assert len(reads) == 3  # another draft
        monkeypatch.setattr(pipeline, "VERSION", "0.0.0-test")
        details_left(other)
        assert len(reads) == 4  # another extractor version
