"""Fixtures for the facilities tests: files in the BFN file's quirky format.

The `store` and `settings` fixtures (a throwaway archive per test) come from tests/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REAL_FILE = (
    Path(__file__).parents[2] / ".." / "shared" / "data" / "facilities"
    / "210720_all_locations_BFN.csv"
)
HEADER = [
    "id", "Name", "id_sub", "Town", "Prefecture", "lat", "long", "facility type",
    "corroboration level", "ETNAM ", "Shawn Zhang list", "Shawn Zhang #", "ASPI 2020 #",
    "XJVDB", "Media reports", "Researchers", "Links", "Links 2", "Links 3", "Links 4",
]
# id, Name, id_sub, Town, Prefecture, lat, long, type, corroboration, ETNAM, SZ list, SZ #,
# ASPI #, XJVDB, media, researchers, links…
ROWS = [
    ["106", "Shufu - I", "A", "Shufu", "Kashgar", "39.3591", "75.8638", "camp", "corroborated",
     "P_QE04, C_QE05 ", "Shawn Zhang", "1", "336", "", "", "", "https://example.org/a", "", "", ""],
    ["106", "Shufu - I", "B", "Shufu", "Kashgar", "39.3595", "75.8640", "detention center",
     "corroborated", "", "", "", "", "XJV DB", "BBC, China Daily", "", "", "", "", ""],
    ["200", "Tianshan - II", "", "Tianshan", "Ürümqi", "43.79", "87.63",
     "prison - medium security", "Satellite - strong", "", "", "", "", "", "", "", "", "", "", ""],
    ["201", "Aksu - IX", "", "", "Aksu", "41.20", "80.30", "prison - high security",
     "Satellite - medium", "", "", "", "", "", "", "Laogai handbook", "", "", "", ""],
    ["202", "Tumxuk - I", "", "Tumxuk", "XPCC", "39.87", "79.07", "", "sub-compound",
     "", "", "", "", "", "", "", "", "", "", ""],
    ["203", "Nowhere - I", "", "Blorptown", "Kashgar", "", "", "camp", "closed",
     "", "", "", "", "", "", "", "", "", "", ""],
]


def write_bfn(path: Path, rows=ROWS, header=HEADER, blank_rows: int = 3) -> Path:
    """A file in the published format: tabs, CRLF, CP437, blank rows after the header."""
    lines = ["\t".join(header)]
    lines += ["\t" * (len(header) - 1)] * blank_rows
    lines += ["\t".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp437"))
    return path


@pytest.fixture
def bfn_file(tmp_path) -> Path:
    return write_bfn(tmp_path / "bfn.csv")


@pytest.fixture
def bfn_rows() -> list[list[str]]:
    return [list(row) for row in ROWS]


@pytest.fixture
def bfn_header() -> list[str]:
    return list(HEADER)


@pytest.fixture(name="write_bfn")
def write_bfn_fixture():
    return write_bfn


@pytest.fixture
def real_bfn_file() -> Path:
    if not REAL_FILE.is_file():
        pytest.skip(f"shared data absent: {REAL_FILE} (the BuzzFeed News file is not copied "
                    "into the repository)")
    return REAL_FILE
