"""Open data tables: released person entries, released testimonies and public-dataset facilities
as flat tables (CSV on the site), rebuilt from current releases through guwah.publish only.

Each table is a header and rows; `DICTIONARY` describes every column, and a test fails if a
column is missing from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from guwah.export.csv import csv_rows, csv_text
from guwah.publish import (
    PUBLIC_FACILITY_DATASETS,
    iter_public_entries,
    public_documents,
    public_entries,
    public_facilities,
)

# The licence of what this archive compiles (entries, this dictionary). Testimonies keep their
# own licence (column `licence`); facility rows keep their dataset's (see `facilities`).
LICENCE = "CC BY 4.0"

DICTIONARY: dict[str, list[tuple[str, str]]] = {
    "persons": [
        ("entry", "Public entry number: given at the entry's first release; /persons/<entry>."),
        ("fact", "name, status, event, violation or attribute."),
        ("value", "The name; the status (detained, released, …); the event type; the violation code; "
                  "the attribute's name."),
        ("detail", "The script of a name; the precision of an event's date (year, month, day); "
                   "the attribute's value."),
        ("date", "The date of a status or event, as precise as its source (2018, 2018-03, 2018-03-26)."),
        ("sources", "Public numbers of the released testimonies that support the fact, space-separated; "
                    "/documents/<number>."),
        ("corroboration", "How many independent released sources support the fact (one witness, or one text "
                          "republished, counts once)."),
    ],
    "documents": [
        ("id", "Public number of the released testimony: /documents/<id>."),
        ("title", "Its title as released (names of people not named on an approved basis masked)."),
        ("consent", "public or pseudonymous (pseudonymous testimonies show no metadata)."),
        ("publisher", "Who published it first, if public."),
        ("author", "Its author, if public."),
        ("url", "Where it was first published, if public."),
        ("published_on", "When it was first published (ISO date), if known."),
        ("licence", "The licence it was published under, if stated; blank means none stated."),
        ("language", "Language tag (BCP 47) of its text."),
        ("media_type", "The media type of the original file."),
        ("sha256", "SHA-256 of the original file; blank when the text was masked."),
        ("text", "The released, redacted text."),
    ],
    "facilities": [
        ("facility", "Facility entry number: /facilities/<facility>. A facility may have several rows (sites)."),
        ("name", "The site's name in its dataset."),
        ("type", "internment_camp, detention_centre, prison, police_station, hospital_or_clinic or other"
                 " (normalised from the dataset's type)."),
        ("place", "The county-level division it lies in, from the gazetteer (blank if not placed)."),
        ("gazetteer_id", "The identifier of that division in the gazetteer."),
        ("lat", "Latitude (WGS 84), as given by the dataset."),
        ("lon", "Longitude (WGS 84), as given by the dataset."),
        ("dataset", "The dataset the row comes from."),
        ("dataset_key", "The row's key in that dataset."),
        ("external_ids", "Identifiers in the dataset and other lists (name=value; …)."),
    ],
}


@dataclass(frozen=True)
class Table:
    """One open data table."""

    name: str
    header: list[str]
    rows: list[list[object]]

    def csv(self) -> str:
        """The table as CSV text, every cell defused (guwah.export.csv)."""
        return csv_text(self.header, self.rows)


def _sources(numbers) -> str:
    return " ".join(str(n) for n in numbers or [])


def person_rows(entry) -> list[list[object]]:
    """The persons table's rows of one released entry: one per fact."""
    rows: list[list[object]] = []
    for name in entry.names:
        rows.append([entry.id, "name", name["name"], name.get("script"), None, _sources(name["sources"]),
                     name["corroboration"]])
    status = entry.status
    rows.append([entry.id, "status", status["status"], None, status.get("date"),
                 _sources([status["source"]] if status.get("source") else []), None])
    for event in entry.timeline:
        rows.append([entry.id, "event", event["event"], event.get("precision"), event.get("date"),
                     _sources(event["sources"]), event["corroboration"]])
    for violation in entry.violations:
        rows.append([entry.id, "violation", violation["code"], None, None, _sources(violation["sources"]),
                     violation["corroboration"]])
    for attribute in entry.attributes:
        rows.append([entry.id, "attribute", attribute["attribute"], attribute["value"], None,
                     _sources(attribute["sources"]), attribute["corroboration"]])
    return rows


def persons_table(session: Session) -> Table:
    """One row per fact of every released person entry (in memory: `persons_csv_chunks` streams)."""
    rows = [row for entry in public_entries(session) for row in person_rows(entry)]
    return Table("persons", [c for c, _ in DICTIONARY["persons"]], rows)


def persons_csv_chunks(store, batch: int = 500) -> Iterator[str]:
    """The persons table as CSV text in pieces (the header, then one piece per `batch` entries),
    read a page at a time (`guwah.publish.iter_public_entries`): memory stays bounded at any size.
    Joined, the pieces are `persons_table(…).csv()`."""
    header = [c for c, _ in DICTIONARY["persons"]]
    yield csv_text(header, [])
    rows: list[list[object]] = []
    count = 0
    for entry in iter_public_entries(store, batch):
        rows.extend(person_rows(entry))
        count += 1
        if count % batch == 0:
            yield csv_rows(rows)
            rows = []
    if rows:
        yield csv_rows(rows)


def documents_table(session: Session) -> Table:
    """One row per released testimony, its text included."""
    header = [c for c, _ in DICTIONARY["documents"]]
    rows = [[getattr(document, column) for column in header] for document in public_documents(session)]
    return Table("documents", header, rows)


def facilities_table(session: Session) -> Table:
    """One row per site of every public-dataset facility."""
    rows = [[facility.id, site["name"], site["type"], site["place"], site["gazetteer_id"], site["lat"], site["lon"],
             site["dataset"], site["dataset_key"], "; ".join(f"{k}={v}" for k, v in site["external_ids"].items())]
            for facility in public_facilities(session) for site in facility.sites]
    return Table("facilities", [c for c, _ in DICTIONARY["facilities"]], rows)


TABLES = {"persons": persons_table, "documents": documents_table, "facilities": facilities_table}


def open_data_table(session: Session, name: str) -> Table:
    """One open data table by name (persons, documents, facilities); KeyError otherwise."""
    return TABLES[name](session)


def version_date() -> str:
    """The tables are rebuilt on every request: their version is today's date."""
    return date.today().isoformat()


def facility_datasets() -> dict[str, dict]:
    """The public facility datasets with their credit and licence."""
    return dict(PUBLIC_FACILITY_DATASETS)
