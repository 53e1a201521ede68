"""Finding facts of an extraction result by the words a test names."""


def span_of(text: str, words: str, occurrence: int = 1) -> dict:
    """The span of the n-th occurrence of words in text."""
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words)}


def place(result: dict, gazetteer_id: str | None, name: str | None = None) -> dict:
    for found in result["places"]:
        if found["gazetteer_id"] == gazetteer_id and (name is None or found["name"] == name):
            return found
    raise AssertionError(f"no place {gazetteer_id}: {result['places']}")


def person(result: dict, name: str) -> dict:
    for found in result["persons"]:
        if name in found["names"]:
            return found
    raise AssertionError(f"no person {name}: {[p['names'] for p in result['persons']]}")
