"""vocab/euphemisms.yaml is the one home of the state's words for a camp (issue 11): extraction (acts,
events, facilities, the custody-place test), facility naming and linking all read it, so a euphemism a
volunteer adds there reaches each of them. The loader refuses what it cannot read with one line.
Invented words ("harmonisation centre", 和美中心) and invented place names."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import guwah
from guwah.vocab import euphemism, euphemism_words, parse_euphemisms

# What each reader makes of the invented euphemism, printed as JSON by a fresh interpreter (the
# readers build their lists when imported, so the copy must be read from the start).
_READERS = r"""
import json, re
from guwah.extract import events, facilities, han, lexicon
from guwah.extract.document import Doc
from guwah.link import features
from guwah.vocab import act_patterns

english = Doc(text="She was taken to the Qorgan harmonisation centre in May.")
facilities.find_facilities(english)
chinese = Doc(text="她被送往和美中心。")
han.find_facilities(chinese)
print(json.dumps({
    "acts": any(e["pattern"] and re.search(e["pattern"], "sent to a harmonisation camp", re.I)
                and "harmonisation" in e["pattern"] for e in act_patterns()),
    "facility": [(f.name, f.facility_type) for f in english.facilities],
    "han_facility": [f.facility_type for f in chinese.facilities],
    "school": bool(re.search(events._SCHOOL, "a harmonisation school")),
    "centre_kind": "harmonisation" in lexicon.CENTRE_KINDS,
    "name": facilities.distinctive_name("Qorgan harmonisation centre"),
    "link_cell": features.facility_key("harmonisation centre"),
    "link_han_cell": features.facility_key("和美中心"),
}, ensure_ascii=False))
"""


def _readers(src: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", _READERS], env={"PYTHONPATH": str(src), "PYTHONHASHSEED": "0",
                                                                   "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True, check=True, timeout=300)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _add(entry: dict, field: str, alternative: str) -> None:
    """`alternative` added to one field of an entry: a word to a word list, else a branch of the regex."""
    value = entry[field]
    if isinstance(value, list):
        value.append(alternative)
    elif value.startswith("(?:") and value.endswith(")"):
        entry[field] = f"{value[:-1]}|{alternative})"
    else:
        entry[field] = f"{value}|{alternative}"


def test_a_new_euphemism_added_to_the_yaml_reaches_every_reader(tmp_path):
    package = Path(guwah.__file__).parent
    copy = tmp_path / "src" / "guwah"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    lists = yaml.safe_load((copy / "vocab" / "euphemisms.yaml").read_text(encoding="utf-8"))
    kind = lists["en"]["camp_kind"]
    _add(kind, "pattern", "harmonisation")
    _add(kind, "facility", "harmonisation cent(?:er|re)s?")
    _add(kind, "before_school", "harmonisation")
    _add(kind, "kind_words", "harmonisation")
    place = lists["zh"]["camp_place"]
    _add(place, "pattern", "和美中心")
    _add(place, "facility", "和美中心")
    _add(place, "kind_words", "和美")
    (copy / "vocab" / "euphemisms.yaml").write_text(yaml.safe_dump(lists, allow_unicode=True), encoding="utf-8")

    before, after = _readers(package.parent), _readers(copy.parent)
    # the shipped file knows none of it (the control): each reader changes by the YAML alone
    assert before == {"acts": False, "facility": [], "han_facility": [], "school": False, "centre_kind": False,
                      "name": "Qorgan harmonisation centre", "link_cell": "harmonisation centre",
                      "link_han_cell": "和美中心"}
    assert after["acts"]  # the acts files' {{en.camp_kind}}
    assert after["facility"] == [["Qorgan harmonisation centre", "internment_camp"]]
    assert after["han_facility"] == ["internment_camp"]
    assert after["school"] and after["centre_kind"]
    assert after["name"] == "Qorgan"  # facility naming: the kind words are no part of the site's name
    assert after["link_cell"] is None and after["link_han_cell"] is None  # a cell naming only a kind links nothing


def test_the_readers_take_their_lists_from_the_yaml():
    from guwah.extract import events, facilities, han, lexicon
    from guwah.link import features

    assert euphemism("en", "camp_kind", "facility") in facilities._TYPES[0][0]
    assert euphemism("fr", "camp_kind", "facility") in facilities._TYPES[0][0]
    assert events._SCHOOL.startswith(euphemism("en", "camp_kind", "before_school"))
    assert han.TYPES[0] == (euphemism("zh", "camp_place", "facility"), "internment_camp")
    assert set(euphemism_words("kind_words", ("en", "fr", "ru"))) <= lexicon.CENTRE_KINDS
    assert set(euphemism_words("noun_words", ("en", "fr", "ru"))) <= lexicon.CENTRE_NOUNS
    assert {"vocational", "перевоспитания", "school"} <= features.FACILITY_KIND_WORDS
    assert all(word in features.HAN_FACILITY_WORDS for word in euphemism_words("kind_words", ("zh",)))
    assert euphemism("en", "camp_noun") == "(?:camp|cent(?:er|re)|school|facility|class)"  # a plain string entry


@pytest.mark.parametrize(("text", "message"), [
    ("xx:\n  camp: '(?:a)'\n", "unknown language 'xx'"),
    ("en:\n  camp:\n    pattern: '(?:a)'\n    facilities: 'a'\n", "en.camp: unknown field facilities"),
    ("en:\n  camp:\n    facility: 'a'\n", "en.camp: no pattern"),
    ("en:\n  camp:\n    pattern: '(?:a)'\n    kind_words: 'a'\n", "en.camp: kind_words is no list of words"),
    ("en:\n  camp: '(?:a'\n", "en.camp: pattern does not compile"),
    ("- en\n", "no mapping of languages"),
])
def test_the_loader_refuses_an_unknown_language_or_field_with_one_line(text, message):
    with pytest.raises(ValueError, match=message) as refused:
        parse_euphemisms(text, "t.yaml")
    assert "\n" not in str(refused.value) and str(refused.value).startswith("t.yaml")
    # the same file with the fault mended is read (a positive control for each refusal)
    assert parse_euphemisms("en:\n  camp:\n    pattern: '(?:a)'\n    kind_words: [a]\n", "t.yaml") == \
        {"en": {"camp": {"pattern": "(?:a)", "kind_words": ["a"]}}}
