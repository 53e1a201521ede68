"""Open data tables: released person entries, released testimonies and public-dataset facilities
as flat tables (CSV on the site), rebuilt from current releases through guwah.publish only.

Each table is a header and rows; `DICTIONARY` describes every column (English, marked for
gettext: the site shows it in the reader's language), and a test fails if a column is missing
from it. Every row carries its licence: person entries the archive's open data licence (the
setting GUWAH_OPEN_DATA_LICENCE, CC BY 4.0 unless set), testimonies their own (never a blank:
`LICENCE_NOT_GIVEN` where the source states none, `LICENCE_NOT_SHOWN` for a pseudonymous one),
facility rows their dataset's with its attribution.

`build_open_data` builds every file once and says what is in it (rows, entries, testimonies,
facilities, bytes, SHA-256, the facility datasets with rows): the page, /api/open-data and
datapackage.json all show its answer, and the files are the same pieces (`open_data_csv_chunks`).
They read it through `cached_open_data`, which builds it once per change of what the public sees
(`guwah.publish.public_change_marker`): a release approved, withdrawn or taken down shows at the next
request, and requests in between build nothing.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from guwah.config import DEFAULT_OPEN_DATA_LICENCE
from guwah.domain import ConsentLevel
from guwah.errors import N_
from guwah.export.csv import csv_rows, csv_text
from guwah.publish import (
    PUBLIC_FACILITY_DATASETS,
    credited_datasets,
    iter_public_entries,
    public_change_marker,
    public_documents,
    public_entries,
    public_facilities,
    status_sources,
)

DICTIONARY: dict[str, list[tuple[str, str]]] = {
    "persons": [
        ("entry", N_("Public entry number: given at the entry's first release; /persons/<entry>.")),
        ("fact", N_("name, status, event, violation or attribute.")),
        ("value", N_("The name; the status (detained, released, …); the event type; the violation code; "
                     "the attribute's name.")),
        ("detail", N_("The script of a name; the precision of an event's date (year, month, day); "
                      "the attribute's value.")),
        ("date", N_("The date of a status or event, as precise as its source (2018, 2018-03, 2018-03-26).")),
        ("end_date", N_("When an event that lasted ended (a detention held until 2019-02), as precise as its "
                        "source; blank if its source states no end.")),
        ("end_precision", N_("The precision of that end date (year, month, day).")),
        ("sources", N_("Public numbers of the released testimonies that support the fact, space-separated; "
                       "/documents/<number>.")),
        ("corroboration", N_("How many independent released sources support the fact (one witness, or one "
                             "text republished, counts once).")),
        ("place", N_("Where an event took place, or the place a hometown, birthplace or residence names: the "
                     "gazetteer's name of it (blank if none was released).")),
        ("gazetteer_id", N_("The identifier of that place in the gazetteer.")),
        ("facility", N_("The public facility number of the facility where an event took place: "
                        "/facilities/<facility> (blank if none, or if the facility is not public).")),
        ("licence", N_("The licence this archive publishes its entries under.")),
    ],
    "documents": [
        ("id", N_("Public number of the released testimony: /documents/<id>.")),
        ("title", N_("Its title as released (names of people not named on an approved basis masked).")),
        ("consent", N_("public or pseudonymous (pseudonymous testimonies show no metadata).")),
        ("publisher", N_("Who published it first, if public.")),
        ("author", N_("Its author, if public.")),
        ("url", N_("Where it was first published, if public.")),
        ("published_on", N_("When it was first published (ISO date), if known.")),
        ("licence", N_("The licence it was published under, as its source states it. Never blank: where the "
                       "source states none, or the testimony is pseudonymous, it says whom to ask (see Licence "
                       "above).")),
        ("language", N_("Language tag (BCP 47) of its text.")),
        ("media_type", N_("The media type of the original file.")),
        ("sha256", N_("SHA-256 of the original file; blank when anything in the release was masked (a name, a "
                      "detail, a passage, a field) and for every pseudonymous testimony, since it could be used to "
                      "test guesses at what was masked.")),
        ("text", N_("The released, redacted text.")),
    ],
    "facilities": [
        ("facility", N_("Public facility number (given at first publication): /facilities/<facility>. A "
                        "facility may have several rows (sites).")),
        ("name", N_("The site's name in its dataset.")),
        ("type", N_("internment_camp, detention_centre, prison, police_station, hospital_or_clinic or other "
                    "(normalised from the dataset's type).")),
        ("place", N_("The county-level division it lies in, from the gazetteer (blank if not placed).")),
        ("gazetteer_id", N_("The identifier of that division in the gazetteer.")),
        ("lat", N_("Latitude (WGS 84), as given by the dataset.")),
        ("lon", N_("Longitude (WGS 84), as given by the dataset.")),
        ("dataset", N_("The dataset the row comes from.")),
        ("dataset_key", N_("The row's key in that dataset.")),
        ("external_ids", N_("Identifiers in the dataset and other lists (name=value; …).")),
        ("licence", N_("The licence of the dataset the row comes from.")),
        ("attribution", N_("The credit that the dataset's licence asks for.")),
    ],
}


# What the licence column of documents.csv says where a testimony shows no licence: a blank
# cell read as "free to reuse" (or as a fault). This archive has no licence of its own for
# testimonies (GUWAH_OPEN_DATA_LICENCE covers what it compiles), so it says who to ask.
LICENCE_NOT_GIVEN = "no licence given: ask the publisher"
# A pseudonymous testimony shows no source (publisher, licence…): nothing that leads to its witness.
LICENCE_NOT_SHOWN = "not shown (pseudonymous testimony): ask this archive"
# What the rows of each table are, and the column whose distinct values count the things they
# describe (None: one row each).
COUNTED = {"persons": ("facts", "entry", "entries"), "documents": ("testimonies", None, None),
           "facilities": ("sites", "facility", "facilities")}
DATASET_COLUMN = [c for c, _ in DICTIONARY["facilities"]].index("dataset")


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


def _place(gazetteer_id: str | None) -> list[object]:
    """The place and gazetteer_id cells of a fact's released place (a gazetteer id, or none)."""
    from guwah.places import gazetteer

    place = gazetteer().entries.get(gazetteer_id) if gazetteer_id else None
    return [place.name if place is not None else None, gazetteer_id or None]


def person_rows(entry, licence: str = DEFAULT_OPEN_DATA_LICENCE,
                facilities: Collection[int] = ()) -> list[list[object]]:
    """The persons table's rows of one released entry: one per fact, each under `licence`; an
    event's place and facility, a place-valued attribute's place, as the release froze them (the
    facility's number only where it is in `facilities`, the public ones: `public_facility_numbers`)."""
    rows: list[list[object]] = []
    for name in entry.names:
        rows.append([entry.id, "name", name["name"], name.get("script"), None, None, None, _sources(name["sources"]),
                     name["corroboration"], None, None, None])
    status = entry.status
    rows.append([entry.id, "status", status["status"], None, status.get("date"), None, None,
                 _sources(status_sources(status)), None, None, None, None])
    for event in entry.timeline:
        facility = event.get("facility")
        rows.append([entry.id, "event", event["event"], event.get("precision"), event.get("date"),
                     event.get("end_date"), event.get("end_precision"),
                     _sources(event["sources"]), event["corroboration"], *_place(event.get("place")),
                     facility if facility in facilities else None])
    for violation in entry.violations:
        rows.append([entry.id, "violation", violation["code"], None, None, None, None,
                     _sources(violation["sources"]), violation["corroboration"], None, None, None])
    for attribute in entry.attributes:
        rows.append([entry.id, "attribute", attribute["attribute"], attribute["value"], None, None, None,
                     _sources(attribute["sources"]), attribute["corroboration"], *_place(attribute.get("place")),
                     None])
    return [[*row, licence] for row in rows]


def public_facility_numbers(session: Session) -> set[int]:
    """The public facility numbers (`guwah.publish.public_facilities`): the facility cells of the
    persons table name no other."""
    return {facility.id for facility in public_facilities(session)}


def persons_table(session: Session, licence: str = DEFAULT_OPEN_DATA_LICENCE) -> Table:
    """One row per fact of every released person entry, each under `licence` (in memory:
    `persons_csv_chunks` streams)."""
    facilities = public_facility_numbers(session)
    rows = [row for entry in public_entries(session) for row in person_rows(entry, licence, facilities)]
    return Table("persons", [c for c, _ in DICTIONARY["persons"]], rows)


def persons_csv_chunks(store, licence: str = DEFAULT_OPEN_DATA_LICENCE, batch: int = 500) -> Iterator[str]:
    """The persons table as CSV text in pieces (the header, then one piece per `batch` entries),
    read a page at a time (`guwah.publish.iter_public_entries`): memory stays bounded at any size.
    Joined, the pieces are `persons_table(…, licence).csv()`."""
    return open_data_csv_chunks(store, "persons", licence, batch)


def _pieces(store, name: str, licence: str, batch: int = 500) -> Iterator[tuple[list[list[object]], str]]:
    """A table's rows and their CSV text, a piece at a time: the header (no rows) first, then the
    persons table a page of `batch` entries at a time, the others whole. KeyError for another name."""
    header = [c for c, _ in DICTIONARY[name]]
    yield [], csv_text(header, [])
    if name != "persons":
        with store.session() as session:
            rows = TABLES[name](session, licence).rows
        if rows:
            yield rows, csv_rows(rows)
        return
    with store.session() as session:
        facilities = public_facility_numbers(session)
    rows = []
    count = 0
    for entry in iter_public_entries(store, batch):
        rows.extend(person_rows(entry, licence, facilities))
        count += 1
        if count % batch == 0:
            yield rows, csv_rows(rows)
            rows = []
    if rows:
        yield rows, csv_rows(rows)


def open_data_csv_chunks(store, name: str, licence: str = DEFAULT_OPEN_DATA_LICENCE,
                         batch: int = 500) -> Iterator[str]:
    """One open data file (persons, documents, facilities) as CSV text in pieces, the archive's
    own rows under `licence`: what /open-data/<name>.csv serves and `build_open_data` counts.
    KeyError for another name."""
    for _, text in _pieces(store, name, licence, batch):
        yield text


def documents_table(session: Session, licence: str = DEFAULT_OPEN_DATA_LICENCE) -> Table:
    """One row per released testimony, its text included, under its own licence (`licence`
    unused): `document_licence`."""
    header = [c for c, _ in DICTIONARY["documents"]]
    rows = [[document_licence(document) if column == "licence" else getattr(document, column) for column in header]
            for document in public_documents(session)]
    return Table("documents", header, rows)


def document_licence(document) -> str:
    """The licence cell of a released testimony (a PublicDocument): its licence as released, else
    LICENCE_NOT_SHOWN for a pseudonymous one, LICENCE_NOT_GIVEN for another."""
    if document.licence and document.licence.strip():
        return document.licence
    return LICENCE_NOT_SHOWN if document.consent == ConsentLevel.PSEUDONYMOUS.value else LICENCE_NOT_GIVEN


def facilities_table(session: Session, licence: str = DEFAULT_OPEN_DATA_LICENCE) -> Table:
    """One row per site of every public facility, under its dataset's licence and attribution; a
    site testimonies name (no dataset, accepted by a reviewer) under `licence`, the archive's own,
    without its coordinates where they are only an estimate (a table has no column to say so)."""
    def terms(site: dict) -> list:
        if site["dataset"] is None:
            return [licence, ""]
        return [PUBLIC_FACILITY_DATASETS[site["dataset"]]["licence"], PUBLIC_FACILITY_DATASETS[site["dataset"]]["credit"]]

    rows = [[facility.id, site["name"], site["type"], site["place"], site["gazetteer_id"],
             None if site.get("approximate") else site["lat"], None if site.get("approximate") else site["lon"],
             site["dataset"], site["dataset_key"], "; ".join(f"{k}={v}" for k, v in site["external_ids"].items()),
             *terms(site)]
            for facility in public_facilities(session) for site in facility.sites]
    return Table("facilities", [c for c, _ in DICTIONARY["facilities"]], rows)


TABLES = {"persons": persons_table, "documents": documents_table, "facilities": facilities_table}


def open_data_table(session: Session, name: str, licence: str = DEFAULT_OPEN_DATA_LICENCE) -> Table:
    """One open data table by name (persons, documents, facilities), the archive's own rows under
    `licence` (Settings.open_data_licence); KeyError for another name."""
    return TABLES[name](session, licence)


@dataclass(frozen=True)
class FileSummary:
    """What one open data file holds: `rows` (the header not counted), `counts` (the rows under
    their name, and the things they describe where one has several rows: {"facts": 12, "entries":
    3}), its size in `bytes` (UTF-8) and its `sha256`."""

    name: str
    rows: int
    counts: dict[str, int]
    bytes: int
    sha256: str


@dataclass(frozen=True)
class OpenData:
    """The open data as built now: its version date, the archive's licence, each file's summary,
    and the facility datasets that have rows in it (`datasets`: key → credit, licence, released),
    the only ones to credit."""

    version: str
    licence: str
    files: dict[str, FileSummary]
    datasets: dict[str, dict] = field(default_factory=dict)


def build_open_data(store, licence: str = DEFAULT_OPEN_DATA_LICENCE, batch: int = 500) -> OpenData:
    """Build every open data file once, as /open-data/<name>.csv serves it (`open_data_csv_chunks`),
    and say what it holds: rows, the things counted (`COUNTED`), bytes and SHA-256; and which
    facility datasets its facility rows come from. Memory stays bounded (a page of entries).

    Args:
        store: the archive.
        licence: the archive's open data licence (Settings.open_data_licence).
        batch: person entries read at a time.
    Returns:
        An OpenData; its `files` in DICTIONARY's order.
    """
    files, used = {}, set()
    for name in DICTIONARY:
        rows_name, key, things = COUNTED[name]
        digest, size, count, keys = hashlib.sha256(), 0, 0, set()
        column = [c for c, _ in DICTIONARY[name]].index(key) if key else None
        for rows, text in _pieces(store, name, licence, batch):
            data = text.encode("utf-8")
            digest.update(data)
            size += len(data)
            count += len(rows)
            if column is not None:
                keys.update(row[column] for row in rows)
            if name == "facilities":
                used.update(row[DATASET_COLUMN] for row in rows)
        counts = {rows_name: count, **({things: len(keys)} if things else {})}
        files[name] = FileSummary(name, count, counts, size, digest.hexdigest())
    return OpenData(version_date(), licence, files, credited_datasets(used))


def version_date() -> str:
    """The tables are rebuilt from the current releases: their version is today's date."""
    return date.today().isoformat()


# The last build per database (its engine): (marker, OpenData); one build at a time, so that
# requests arriving together while it runs wait for it and build nothing themselves.
_BUILT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_BUILDING = threading.Lock()


def cached_open_data(store, licence: str = DEFAULT_OPEN_DATA_LICENCE) -> OpenData:
    """`build_open_data(store, licence)`, built again only when what the public sees may have
    changed (`guwah.publish.public_change_marker`: any release step, an erasure, a public number
    given, a facility changed, a new day) or `licence` differs. The marker is read before the build:
    a change during it makes the next request build again, never keeps a build under a later marker."""
    with store.session() as session:
        marker = (public_change_marker(session), licence)
    with _BUILDING:
        kept = _BUILT.get(store.engine)
        if kept is not None and kept[0] == marker:
            return kept[1]
        built = build_open_data(store, licence)
        _BUILT[store.engine] = (marker, built)
        return built


# Columns that are whole numbers in every row (public numbers, counts); the rest are text (CSV
# cells are defused, so a value starting with - or + is no longer a number).
INTEGER_COLUMNS = {"persons": {"entry", "corroboration", "facility"}, "documents": {"id"}, "facilities": {"facility"}}


def package_licence(licence: str) -> dict:
    """A Data Package `licenses` item for a licence as written: {"name": its Open Definition id,
    "path": its deed, "title": its name} where licences.yaml knows it (`guwah.vocab.licence_id`);
    else {"title": the licence as written}, never a `name` that is no Open Definition id."""
    from guwah.vocab import licence_id, licences

    key = licence_id(licence)
    if key is None:
        return {"title": licence}
    return {"name": key, "path": licences()[key]["path"], "title": licences()[key]["title"]}


def datapackage(built: OpenData) -> dict:
    """A Frictionless Data Package descriptor (tabular-data-package, v1) of the open data as
    `build_open_data` built it: each CSV beside it (relative paths, as served under /open-data/)
    with its columns, types and the data dictionary's descriptions (English), its `bytes` and
    `hash` ("sha256:…", as the spec allows) and, a custom property, its `counts` (as on the page);
    the version date and the licences (`package_licence`); `sources`, the facility datasets with rows in it. Person
    entries are under the archive's licence; testimonies and facility rows carry their own in their
    `licence` column."""
    descriptions = {
        "persons": "Released person entries, one row per fact.",
        "documents": "Released testimonies, redacted; each row's licence column gives its own licence, or says "
                     f"'{LICENCE_NOT_GIVEN}' where its source states none.",
        "facilities": "Public facility datasets' sites; each row's licence and attribution columns "
                      "give its dataset's.",
    }
    licence = built.licence
    resources = []
    for name, columns in DICTIONARY.items():
        summary = built.files[name]
        resource = {
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": descriptions[name],
            "bytes": summary.bytes, "hash": f"sha256:{summary.sha256}", "counts": summary.counts,
            "schema": {"fields": [{"name": column, "description": text,
                                   "type": "integer" if column in INTEGER_COLUMNS[name] else "string"}
                                  for column, text in columns]},
        }
        if name == "persons":
            resource["licenses"] = [package_licence(licence)]
        resources.append(resource)
    package = {"profile": "tabular-data-package", "name": "guwah-open-data", "title": "Guwah open data",
               "version": built.version, "created": built.version,
               "description": "Released person entries, released testimonies and public facility datasets, rebuilt "
                              "from the current releases (a release approved or withdrawn shows at the next "
                              "request). Each resource's custom `counts` property says how many rows it has and, "
                              "where several rows describe one thing, how many things (entries, facilities).",
               "licenses": [package_licence(licence)], "resources": resources}
    if built.datasets:
        package["sources"] = [{"title": f"{value['credit']} (dataset {key}, {value['licence']})"}
                              for key, value in built.datasets.items()]
    return package

