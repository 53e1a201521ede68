"""One list of verbs of saying (issue 11, h-attrib47): `lexicon.SAYING_VERBS`, one table per language,
and every rule that asks who tells, who is told or who speaks reads a view of it (`lexicon.saying_forms`).

Before, the lexicon's teller alternation, the speaker rules of `persons` ("X said", "said X", "She said",
a given name before a verb of saying), the hearer of `subjects` and `violations`, the roles model's
"near speech" feature, the reported state of `events`, and the Chinese, Kazakh and Uyghur speaker rules
each kept a list of their own, each shorter than the union. Invented sentences.
"""

from __future__ import annotations

import re

import pytest

from guwah.extract import events, han, lexicon, persons, roles_model, subjects, turkic, violations
from guwah.extract.lexicon import SAYING, SAYING_THAT, SAYING_VERBS, Saying, saying_forms

# every rule that reads verbs of saying, and the view it reads
CONSUMERS = [
    (persons._SPEECH_AFTER, ("speaker", "inverted", "talk"), {"languages": ("en",)}),
    (persons._SPEECH_AFTER, ("speaker", "inverted"), {"languages": ("fr", "ru")}),  # past a quote's end only
    (persons._SPEECH_BEFORE, ("speaker", "talk"), {}),
    (persons._PRONOUN_SPEECH, ("speaker",), {}),
    (persons._UNNAMED_SPEAKER, ("speaker", "talk"), {}),
    (persons._GIVEN_CUES, ("speaker", "turn", "talk"), {}),
    (persons._WROTE, ("header",), {"other": True}),
    (subjects._HEARER_BEFORE, (), {"told": True}),
    (violations._TELL, (), {"told": True}),
    (roles_model._SPEECH, ("tells", "clause", "speaker", "inverted", "talk", "reports"), {}),
    (events._REPORTED_STATE, ("tells", "clause"), {"other": True}),
    (han._BEFORE_SAYING, ("speaker",), {"languages": ("zh",)}),
    (turkic._TELLING, ("speaker",), {"languages": ("kk",)}),
    (turkic.ACT_WORDS["ug"].telling, ("speaker",), {"languages": ("ug",)}),
]


# ids by position: a pattern built from a set of words has another order in each process (xdist workers)
@pytest.mark.parametrize(("pattern", "kinds", "options"), CONSUMERS, ids=[f"rule{i}" for i in range(len(CONSUMERS))])
def test_every_rule_reads_its_verbs_from_the_one_list(pattern, kinds, options):
    assert saying_forms(*kinds, **options) in pattern.pattern


def test_the_teller_alternations_are_views_of_the_one_list():
    assert saying_forms("tells") in SAYING and saying_forms("clause") in SAYING
    assert saying_forms("tells") in SAYING_THAT and saying_forms("clause") in lexicon.REPORTING


def test_a_verb_added_to_the_list_reaches_every_view(monkeypatch):
    """A verb added once, with its kinds, is in the view of each kind and of each language, and in no other."""
    monkeypatch.setitem(SAYING_VERBS["en"], "murmur", Saying("murmurs|murmured", frozenset({"tells", "speaker"}),
                                                             "murmured\\s+to"))
    monkeypatch.setitem(SAYING_VERBS["zh"], "嘟囔", Saying("嘟囔", frozenset({"speaker"})))
    for kinds, options in [(("speaker",), {}), (("tells",), {}), ((), {}), ((), {"told": True})]:
        assert "murmur" in saying_forms(*kinds, **options)
    assert "murmur" not in saying_forms("turn") and "murmur" not in saying_forms("clause")  # control: its kinds only
    assert re.search(saying_forms("speaker", languages=("zh",)), "阿依古丽嘟囔")
    assert "murmur" not in saying_forms("speaker", languages=("zh",))


@pytest.mark.parametrize(("kinds", "word", "read"), [
    (("tells",), "said", True), (("tells",), "continues", False),  # "he continues to work": no teller
    (("inverted",), "continues", True), (("speaker",), "called", False),  # "a village called X": no speaker
    (("turn",), "called", True), (("clause",), "confirmed", True), (("tells",), "confirmed", False),
])
def test_each_view_holds_the_verbs_of_its_kinds(kinds, word, read):
    assert bool(re.fullmatch(rf"(?:{saying_forms(*kinds)})", word)) is read


def test_a_clause_verb_tells_only_before_a_clause():
    saying_that = re.compile(rf"\b{SAYING_THAT}", re.I)
    assert saying_that.search("Her cousin confirmed that the police took him")
    assert not saying_that.search("Her cousin confirmed the arrest")  # control: no clause after it


@pytest.mark.parametrize(("language", "text", "verb"), [
    ("zh", "阿依古丽告诉我", "告诉"), ("kk", "– деді Айгүл", "деді"), ("ug", "دېدى ئايگۈل", "دېدى"),
])
def test_the_regional_speaker_rules_read_the_one_list(language, text, verb):
    view = re.compile(saying_forms("speaker", languages=(language,)))  # (Chinese has no word boundaries)
    found = view.search(text)
    assert found and found.group() == verb
    assert not view.search("Aynur said")  # control: English is not in that view


def test_the_hearer_of_a_telling_in_every_language():
    for before in ("a neighbour told ", "une voisine a dit à ", "соседка сказала ", "a neighbour wrote to "):
        assert subjects._HEARER_BEFORE.search(before)
    assert not subjects._HEARER_BEFORE.search("a neighbour saw ")  # control: no verb of saying


def test_a_russian_hearer_after_the_verb_is_no_speaker():
    """«…, — сказала Айгуль» names the speaker after the verb, «рассказал Айгуль, что …» the hearer."""
    speakers = [m.group(1) for m in persons._SPEECH_AFTER.finditer(
        "«Его не кормили», — сказала Айгуль Нурова. Сосед рассказал Гульнаре Тохти, что его увезли.")]
    assert speakers == ["Айгуль Нурова"]


def test_a_given_name_before_any_speaker_verb_is_cued():
    """A verb of the one list ("recalled", « a raconté », «рассказывает») cues a given name said alone, as
    the verbs the rule listed before did; a name before a verb not of saying is no cue."""
    for text in ("Later Aynur recalled the night.", "Plus tard Aynur a raconté la nuit.",
                 "Потом Айгуль рассказывает о ночи."):
        assert any(m.group("speaker") for m in persons._GIVEN_CUES.finditer(text))
    assert not any(m.group("speaker") for m in persons._GIVEN_CUES.finditer("Later Aynur cooked dinner."))
