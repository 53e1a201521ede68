"""Kazakh events dated "N years ago" (h-events43, issue 11): «үш жыл бұрын» (three years ago), counted from
the document's date (`turkic._relative_at`), unresolved without one; an arrest told by holding (a hand) is none. Invented sentences; each refusal beside its positive control."""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, when: str | None = "2024-02-19", language: str = "kk") -> set[tuple[str, str, str | None]]:
    out = extract_text(text, language=language, document_date=when)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


TOLD = ("Менің атым Жанар Төлеуқызы. 2019 жылдың қазанында полиция ағамды түнде үйден ұстап, Текестегі "
        "лагерьге апарды. Мен үш жыл бұрын Қорғас арқылы Қазақстанға көшіп келдім.")


def test_years_ago_count_from_the_documents_date_and_stay_unresolved_without_one():
    assert ("exit", "Жанар Төлеуқызы", "2021") in events(TOLD)
    assert ("exit", "Жанар Төлеуқызы", "2021") not in events(TOLD, when=None)
    assert ("exit", "Жанар Төлеуқызы", "2019") in events(TOLD, when="2022-06-01")
