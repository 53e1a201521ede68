"""A survivor released at the end of a detention is published as released on every public page,
served by a real server: the person page (status and "from … to …" in the timeline), the search
result, the figures' current status, persons.csv, and the search's year-of-detention facet, which
counts detentions and never a sentencing (h-status65). Invented names and accounts."""

import csv
import io
import json
import urllib.parse
import urllib.request

from guwah.web.i18n import format_date
from tests.releasing import entry_told_by
from tests.web.conftest import serving

HELD = {"event_type": "detention", "date_value": "2018-03", "date_precision": "month",
        "end_date_value": "2019-02", "end_date_precision": "month"}
SENTENCED = {"event_type": "sentencing", "date_value": "2019", "date_precision": "year"}
# Five survivors (the figures count no fewer than five), each in an account of their own.
NAMES = ["Dilnur Rozi", "Abdusalam Nasir", "Guzelnur Qadir", "Mirzat Osman", "Patigul Hamit"]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def test_an_ended_detention_is_released_on_the_person_page_figures_csv_and_search(store, tmp_path):
    for index, name in enumerate(NAMES):
        folder = tmp_path / f"survivor-{index}"
        folder.mkdir()
        text = f"I am {name}. They held me in the camp from March 2018 for eleven months, then let me go."
        # the first survivor also tells of a sentencing in 2019 (after the release: a fine, say)
        events = [HELD, SENTENCED] if index == 0 else [HELD]
        entry_told_by(store, folder, [(text, events)], name=name)
    with serving(store) as site:
        page = _get(f"{site}/persons/2")
        status = page[page.index('class="status"'):page.index("</p>", page.index('class="status"'))]
        assert "released" in status and "February 2019" in status and "detained" not in status
        assert "from March 2018 to February 2019" in page
        russian = _get(f"{site}/persons/2?lang=ru")
        assert f"{format_date('2018-03', 'ru')} — {format_date('2019-02', 'ru')}" in russian

        figures = json.loads(_get(f"{site}/api/figures"))
        assert figures["status"] == {"released": 5}
        assert 'data-label="released" data-count="5"' in _get(f"{site}/figures")

        rows = list(csv.DictReader(io.StringIO(_get(f"{site}/open-data/persons.csv"))))
        assert rows and all(None not in row.values() and None not in row for row in rows)  # every row whole
        statuses = [(r["entry"], r["value"], r["date"]) for r in rows if r["fact"] == "status"]
        assert sorted(statuses) == [(str(n), "released", "2019-02") for n in range(1, 6)]
        events = [(r["value"], r["date"], r["end_date"], r["end_precision"]) for r in rows
                  if r["fact"] == "event" and r["entry"] == "1"]
        # the first survivor's entry: its sentencing, dated to the year only, is not known to follow the
        # release in February 2019 (it states nothing of custody after it)
        assert sorted(events) == [("detention", "2018-03", "2019-02", "month"), ("sentencing", "2019", "", "")]

        found = json.loads(_get(f"{site}/api/search?" + urllib.parse.urlencode({"q": NAMES[0]})))
        years = {v["value"]: v["count"] for v in found["facets"]["year"]}
        assert years == {"2018": 1}  # the 2019 sentencing is no year of detention
        hit = json.loads(_get(f"{site}/api/search?" + urllib.parse.urlencode({"q": NAMES[1]})))
        assert [p["status"]["status"] for p in hit["persons"]["data"]] == ["released"]
        result = _get(f"{site}/search?" + urllib.parse.urlencode({"q": NAMES[1]}))
        assert "— released (February 2019)</li>" in result and "— detained" not in result
