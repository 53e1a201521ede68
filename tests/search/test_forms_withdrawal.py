"""Issues 10/12: a withdrawn name leaves the disk at once. The search name forms file holds
released spellings unencrypted (SECURITY.md); the commit that takes a spelling off a released
entry removes it from the data directory, and every process still answers correctly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guwah.publish import search_public
from guwah.releases import approve_release, draft_entry_release, withdraw_release
from guwah.search import forms as forms_module
from guwah.search.forms import ensure_forms_file, forms_path, open_forms
from guwah.search.public import ENTRY, _index_view, rebuild
from tests.search.test_public_index import archive  # noqa: F401  (the fixture)

WITHDRAWN = "Gulnar Tursun"


def _files_holding(folder: Path, text: str) -> list[str]:
    """Every file under the data folder whose bytes hold the text's UTF-8 bytes."""
    needle = text.encode()
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")
                  if path.is_file() and needle in path.read_bytes())


def _numbers(session, query: str) -> list[int]:
    return sorted(person.id for person in search_public(session, query).persons)


def _fresh_process(store, queries: list[str]) -> dict[str, list[int]]:
    """The entries each query finds in a new Python process on the same archive."""
    settings = store.settings
    script = (
        "import json, sys\n"
        "from guwah.config import load_settings\n"
        "from guwah.publish import search_public\n"
        "from guwah.search.forms import open_forms\n"
        "from guwah.storage import Store\n"
        "values = json.loads(sys.argv[1])\n"
        "store = Store(load_settings(values['env']))\n"
        "out = {'mapped': open_forms(store.settings.data_dir) is not None}\n"
        "with store.session() as session:\n"
        "    for q in values['queries']:\n"
        "        out[q] = sorted(p.id for p in search_public(session, q).persons)\n"
        "store.close()\n"
        "print(json.dumps(out))\n")
    env = {"GUWAH_DATA_DIR": str(settings.data_dir), "GUWAH_ACTOR": "tester",
           "GUWAH_KEY_FILE": str(Path(settings.data_dir).parent / "keys" / "master.key"),
           "GUWAH_DATABASE_URL": str(store.engine.url.render_as_string(hide_password=False))}
    result = subprocess.run([sys.executable, "-c", script, json.dumps({"env": env, "queries": queries})],
                            capture_output=True, text=True, timeout=300, env=dict(os.environ))
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_withdrawal_removes_the_name_from_the_disk_and_every_process_still_answers(archive):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    assert ensure_forms_file(store, force=True) is not None
    # positive control: before the withdrawal the file holds the spelling in clear
    assert _files_holding(folder, WITHDRAWN) == [forms_path(folder).name]
    with store.session() as session:  # this process maps the file and serves from it
        assert _numbers(session, WITHDRAWN) == [1]
        assert _index_view(session) is not None
    mapped = open_forms(folder)

    with store.session() as session:
        withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)

    assert _files_holding(folder, WITHDRAWN) == []
    assert not list(folder.glob("search-forms-*"))
    # The process that had it mapped keeps its copy in memory, and never finds the entry.
    forms_module._OPEN.clear()  # looked for again now, not CHECK_SECONDS later
    assert open_forms(folder) is None or open_forms(folder) is mapped
    forms_module._OPEN[forms_path(folder)] = (0.0, mapped)  # as a process that looked before
    with store.session() as session:
        view = _index_view(session)
        assert view is not None and view.deltas is not None  # answered from the kept copy
        assert _numbers(session, WITHDRAWN) == []
        assert _numbers(session, "Memet Tohti") == [2, 3]
    # A new process finds no file, reads the index tables, and finds the remaining entries.
    fresh = _fresh_process(store, [WITHDRAWN, "Memet Tohti"])
    assert fresh == {"mapped": False, WITHDRAWN: [], "Memet Tohti": [2, 3]}
    # `guwah serve` at start makes it again, without the withdrawn spelling
    assert ensure_forms_file(store) is not None
    assert _files_holding(folder, WITHDRAWN) == []
    assert _files_holding(folder, "Memet Tohti") == [forms_path(folder).name]
    assert _fresh_process(store, [WITHDRAWN, "Memet Tohti"]) == {"mapped": True, WITHDRAWN: [], "Memet Tohti": [2, 3]}


def test_a_release_that_keeps_every_name_keeps_the_file_and_a_rebuild_removes_it(archive):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    path = ensure_forms_file(store, force=True)
    written = path.stat().st_ino
    # A new version of entry 2 with the same names: nothing leaves the index, the file stays.
    with store.session() as session:
        draft = draft_entry_release(session, 2, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    assert path.exists() and path.stat().st_ino == written
    assert ensure_forms_file(store) is None  # and it is current
    with store.session() as session:
        rebuild(session)
    assert not list(folder.glob("search-forms-*"))


@pytest.mark.parametrize("when", ["before the file is written", "after it is in place"])
def test_a_build_overtaken_by_a_withdrawal_leaves_no_file_holding_it(archive, monkeypatch, when):  # noqa: F811
    """A withdrawal committed after a build read the index: before the file was written (the
    build's own check finds the withdrawn pair, removes the file and builds again), or after it
    was renamed into place (the withdrawal's commit removes it; the build sees it gone and builds
    again)."""
    store, entries = archive
    folder = Path(store.settings.data_dir)
    real = forms_module._write
    written = []

    def withdraw():
        with store.session() as session:
            withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)

    def write_overtaken(path, arrays):
        if not written and when.startswith("before"):
            withdraw()
        real(path, arrays)
        if not written and when.startswith("after"):
            withdraw()
        written.append(path)

    monkeypatch.setattr(forms_module, "_write", write_overtaken)
    path = ensure_forms_file(store, force=True)
    assert len(written) == 2 and path == forms_path(folder) and path.exists()
    assert _files_holding(folder, WITHDRAWN) == []
    with store.session() as session:
        assert _numbers(session, WITHDRAWN) == [] and _numbers(session, "Memet Tohti") == [2, 3]


@pytest.fixture(autouse=True)
def _forget_mapped():
    forms_module._OPEN.clear()
    yield
    forms_module._OPEN.clear()
