"""Import the BuzzFeed News list of Xinjiang detention facilities into the database.

Data: "BuzzFeed News / Alison Killing, Megha Rajagopalan, Christo Buschek", released
21 July 2021 under CC BY 4.0 (`210720_all_locations_BFN.csv`). The file is read as published:
tab-separated despite its name, CP437, CRLF, blank rows after the header, a header with a
trailing space, and `id_sub` splitting one site into parts (106 A / 106 B).

Each facility is linked to a county-level division of the gazetteer, tried in this order:
  1. its Town, resolved among the county-level divisions (and GeoNames towns) inside its
     Prefecture;
  2. its Town anywhere in Xinjiang, when the division found lies within 100 km of the site
     (the Prefecture column sometimes names a neighbour, or "XPCC");
  3. the Prefecture itself when that is a county-level division (Shihezi);
  4. the nearest county-level seat inside the Prefecture (or anywhere in Xinjiang), within
     80 km of the site's coordinates: seats stand in for boundaries the gazetteer lacks.
A facility that none of these places is still imported, without a place, and reported with the
reason. Re-importing updates rows by their key ("bfn:106B") and changes nothing else.
"""

from __future__ import annotations

import csv
import io
import logging
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from guwah.errors import InputError
from guwah.places.gazetteer import (
    COUNTY_LEVEL,
    PREFECTURE_LEVEL,
    XINJIANG_BBOX,
    PlaceEntry,
    distance_km,
)
from guwah.places.geonames import nearest_towns
from guwah.places.resolve import gazetteer, resolve_place
from guwah.storage.tables import FACILITY_NAME_CHARS, Facility, Place

log = logging.getLogger(__name__)

DATASET = "bfn-2021-07-20"
CREDIT = "BuzzFeed News / Alison Killing, Megha Rajagopalan, Christo Buschek"
LICENCE = "CC BY 4.0"
COLUMNS = (
    "id", "Name", "id_sub", "Town", "Prefecture", "lat", "long", "facility type",
    "corroboration level", "ETNAM", "Shawn Zhang list", "Shawn Zhang #", "ASPI 2020 #",
    "XJVDB", "Media reports", "Researchers", "Links", "Links 2", "Links 3", "Links 4",
)
FACILITY_TYPES = {
    "camp": ("internment_camp", None),
    "detention center": ("detention_centre", None),
    "detention centre": ("detention_centre", None),
    "prison - medium security": ("prison", "medium"),
    "medium-security prison": ("prison", "medium"),
    "prison - high security": ("prison", "high"),
    "high-security prison": ("prison", "high"),
    "": ("other", None),
}
TOWN_FALLBACK_KM = 100.0
# A point farther than this from every Xinjiang town (and nearer a town elsewhere) is not in Xinjiang.
BORDER_KM = 150.0
SEAT_MAX_KM = 80.0
_TOWN_KINDS = COUNTY_LEVEL | {"town"}


@dataclass(frozen=True)
class FacilityRow:
    """One data row of the file, cleaned but not interpreted."""

    line: int
    cells: dict[str, str]

    @property
    def key(self) -> str:
        return f"bfn:{self.cells['id']}{self.cells['id_sub']}"


@dataclass(frozen=True)
class Unplaced:
    """A facility imported without a place, and why."""

    dataset_key: str
    name: str
    town: str
    prefecture: str
    reason: str


@dataclass
class ImportReport:
    """What an import did."""

    path: str
    dataset: str = DATASET
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_blank_rows: int = 0
    rejected: list[dict] = field(default_factory=list)  # rows not imported: line, reason
    unplaced: list[Unplaced] = field(default_factory=list)
    placed_by: dict[str, int] = field(default_factory=dict)
    credit: str = CREDIT
    licence: str = LICENCE

    def to_dict(self) -> dict:
        """The report as JSON-ready data."""
        data = asdict(self)
        data["unplaced"] = [asdict(u) for u in self.unplaced]
        return data


def read_facility_rows(path: Path) -> tuple[list[FacilityRow], int, list[dict]]:
    """The data rows of a BFN facilities file, the number of blank rows, and rejected rows.

    Raises:
        InputError: the file is missing, unreadable, or does not have the expected columns.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path} is a folder: give the facilities file (a CSV) itself", value=str(path))
    if not path.is_file():
        raise InputError(f"facilities file not found: {path}", value=str(path))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read facilities file {path}: {error.strerror}") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp437")  # the published encoding; never fails
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t")
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise InputError(f"facilities file is empty: {path}", value=str(path)) from None
    while header and not header[-1]:
        header.pop()
    if tuple(header) != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        detail = f"missing {', '.join(missing)}" if missing else "columns out of order"
        raise InputError(
            f"{path.name} is not the BuzzFeed News facilities table "
            f"(tab-separated, {len(COLUMNS)} columns): {detail}",
            value=str(path),
        )
    rows: list[FacilityRow] = []
    blank = 0
    rejected: list[dict] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            blank += 1
            continue
        if any(cell.strip() for cell in cells[len(COLUMNS):]):
            rejected.append({"line": line, "reason": "more cells than columns"})
            continue
        cells = [cell.strip() for cell in cells] + [""] * (len(COLUMNS) - len(cells))
        row = FacilityRow(line, dict(zip(COLUMNS, cells, strict=True)))
        if not row.cells["id"]:
            rejected.append({"line": line, "reason": "no id"})
            continue
        too_long = _too_long(row)
        if too_long:
            rejected.append({"line": line, "reason": too_long})
            continue
        bad_point = _bad_coordinate(row.cells)
        if bad_point:
            rejected.append({"line": line, "reason": bad_point})
            continue
        if row.key in seen:
            rejected.append({"line": line, "reason": f"same id as line {seen[row.key]}"})
            continue
        seen[row.key] = line
        rows.append(row)
    return rows, blank, rejected


def _too_long(row: FacilityRow) -> str | None:
    """Why a row's id or name cannot be stored (wider than Facility.dataset_key, which PostgreSQL
    refuses, or than FACILITY_NAME_CHARS), or None."""
    key_width, name_width = Facility.dataset_key.type.length, FACILITY_NAME_CHARS
    if len(row.key) > key_width:
        return f"id and id_sub are longer than {key_width - len('bfn:')} characters together"
    if len(row.cells["Name"]) + len(row.cells["id_sub"]) + 3 > name_width:
        return f"Name is longer than {name_width - 3 - len(row.cells['id_sub'])} characters"
    return None


def _bad_coordinate(cells: dict) -> str | None:
    """Why a row's `lat` and `long` are not a point (a cell that is no number, out of range, or a
    point outside Xinjiang's box, `XINJIANG_BBOX`), or None: both blank (no point) or both a coordinate. Half a point is never stored."""
    for column, limit in (("lat", 90), ("long", 180)):
        if not cells[column]:
            continue
        value = _float(cells[column])
        if value is None or abs(value) > limit:
            return f"{column} is not a coordinate (a number from -{limit} to {limit})"
    if bool(cells["lat"]) != bool(cells["long"]):
        return "lat and long must both be given, or both left blank"
    if cells["lat"]:
        # Every site of the dataset is in Xinjiang: a point elsewhere (swapped, a sign lost, 0, 0)
        # would be drawn on the public map far from the county its town names.
        lat, lon = _float(cells["lat"]), _float(cells["long"])
        if not _in_xinjiang(lat, lon):
            hint = "; lat and long swapped?" if _in_xinjiang(lon, lat) else ""
            return f"lat and long ({cells['lat']}, {cells['long']}) are outside Xinjiang{hint}"
        # The box holds Almaty, Bishkek and Dunhuang too: a point far from every Xinjiang town and
        # nearer a town elsewhere is across the border (every site of the 2021 dataset is within
        # 51 km of a Xinjiang town of GeoNames; a remote point in the Taklamakan is nearer those).
        xinjiang_km, elsewhere_km, town, country = nearest_towns(lat, lon)
        if xinjiang_km > BORDER_KM and elsewhere_km < xinjiang_km:
            return (f"lat and long ({cells['lat']}, {cells['long']}) are outside Xinjiang: {elsewhere_km:.0f} km "
                    f"from {town} ({country}), {xinjiang_km:.0f} km from the nearest Xinjiang town")
    return None


def _in_xinjiang(lat: float, lon: float) -> bool:
    return XINJIANG_BBOX[0][0] <= lat <= XINJIANG_BBOX[0][1] and XINJIANG_BBOX[1][0] <= lon <= XINJIANG_BBOX[1][1]


def _float(text: str) -> float | None:
    if "_" in text:  # float() reads "3_9.5" as 39.5: a typo, not a number
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if value == value else None  # NaN


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def facility_fields(row: FacilityRow) -> dict:
    """The Facility columns (all but the place) for one row."""
    c = row.cells
    raw_type = c["facility type"]
    facility_type, security = FACILITY_TYPES.get(raw_type.lower(), ("other", None))
    external_ids: dict = {"bfn": f"{c['id']} {c['id_sub']}".strip(), "bfn_id": c["id"]}
    if c["id_sub"]:
        external_ids["bfn_sub"] = c["id_sub"]
    if c["ETNAM"]:
        external_ids["etnam"] = _split(c["ETNAM"])
    if c["Shawn Zhang #"]:
        external_ids["shawn_zhang"] = c["Shawn Zhang #"]
    if c["ASPI 2020 #"]:
        external_ids["aspi_2020"] = c["ASPI 2020 #"]
    external_ids["xjvdb"] = bool(c["XJVDB"])
    attributes: dict = {
        "bfn_facility_type": raw_type or None,
        "corroboration": c["corroboration level"] or None,
        "bfn_town": c["Town"] or None,
        "bfn_prefecture": c["Prefecture"] or None,
        "media_reports": _split(c["Media reports"]),
        "researchers": _split(c["Researchers"]),
        "links": [c[k] for k in ("Links", "Links 2", "Links 3", "Links 4") if c[k]],
        "in_shawn_zhang_list": bool(c["Shawn Zhang list"]),
        "credit": CREDIT,
        "licence": LICENCE,
    }
    if security:
        attributes["security_level"] = security
    name = c["Name"] or f"BFN site {external_ids['bfn']}"
    if c["id_sub"]:
        name = f"{name} ({c['id_sub']})"
    return {
        "name": name,
        "facility_type": facility_type,
        "lat": _float(c["lat"]),
        "lon": _float(c["long"]),
        "external_ids": external_ids,
        "attributes": attributes,
        "dataset": DATASET,
        "dataset_key": row.key,
    }


def place_facility(row: FacilityRow, lat: float | None, lon: float | None):
    """The county-level entry for a facility and how it was found, or (None, reason)."""
    gaz = gazetteer()
    town, prefecture = row.cells["Town"], row.cells["Prefecture"]
    has_point = lat is not None and lon is not None and _in_xinjiang(lat, lon)
    pref: PlaceEntry | None = None
    if prefecture and prefecture.upper() != "XPCC":
        found = resolve_place(
            prefecture, within="xj", kinds=PREFECTURE_LEVEL | {"xpcc_city"}
        ).match
        pref = found
    tried: list[str] = []
    if town:
        scope = pref.id if pref else "xj"
        found = resolve_place(town, within=scope, kinds=_TOWN_KINDS).match
        county = gaz.county_of(found.id) if found else None
        if county:
            return county, "town"
        tried.append(f"town {town!r} not found in {pref.name if pref else 'Xinjiang'}")
        if pref:
            found = resolve_place(town, within="xj", kinds=_TOWN_KINDS).match
            county = gaz.county_of(found.id) if found else None
            if county and has_point and county.lat is not None and (
                distance_km(lat, lon, county.lat, county.lon) <= TOWN_FALLBACK_KM
            ):
                return county, "town_outside_prefecture"
            if county:
                tried.append(f"{town!r} is {county.name}, too far from the coordinates")
    if pref and pref.kind in COUNTY_LEVEL:
        return pref, "prefecture"
    if not has_point:
        tried.append("no coordinates in Xinjiang")
        return None, "; ".join(tried)
    nearest = gaz.nearest(
        lat, lon, kinds=COUNTY_LEVEL, within=pref.id if pref else None, max_km=SEAT_MAX_KM
    )
    if nearest:
        return nearest[0], "nearest_seat"
    tried.append(f"no county seat within {SEAT_MAX_KM:.0f} km of the coordinates")
    return None, "; ".join(tried)


def import_facilities(store, path: Path | str) -> ImportReport:
    """Import (or re-import) the BFN facilities file into the store, in one transaction.

    Args:
        store: a guwah.storage.Store.
        path: the tab-separated BFN file.

    Returns:
        An ImportReport: counts, facilities without a place (with reasons), rejected rows.

    Raises:
        InputError: the file is missing or is not the expected table; nothing is stored.
    """
    path = Path(path)
    rows, blank, rejected = read_facility_rows(path)
    report = ImportReport(path=str(path), rows=len(rows) + len(rejected),
                          skipped_blank_rows=blank, rejected=rejected)
    planned: list[tuple[dict, PlaceEntry | None]] = []
    methods: Counter[str] = Counter()
    for row in rows:
        fields = facility_fields(row)
        entry, how = place_facility(row, fields["lat"], fields["lon"])
        if entry is None:
            report.unplaced.append(Unplaced(
                row.key, fields["name"], row.cells["Town"], row.cells["Prefecture"], how
            ))
            methods["unplaced"] += 1
        else:
            methods[how] += 1
            fields["attributes"]["placement"] = {"method": how, "gazetteer_id": entry.id}
        planned.append((fields, entry))
    report.placed_by = dict(methods)
    with store.session() as session:
        # The write lock first: another import at once would read "no place yet" too, then fail on
        # the place it inserted second (UNIQUE place.gazetteer_id). Now it waits, then finds them.
        store.hold_audit_lock(session)
        places = _upsert_places(session, [e for _, e in planned if e is not None])
        keys = [fields["dataset_key"] for fields, _ in planned]
        existing = {
            f.dataset_key: f
            for f in session.query(Facility).filter(Facility.dataset_key.in_(keys))
        }
        for fields, entry in planned:
            place = places[entry.id] if entry else None
            facility = existing.get(fields["dataset_key"])
            if facility is None:
                session.add(Facility(**fields, place=place))
                report.imported += 1
                continue
            changed = False
            for name, value in fields.items():
                if getattr(facility, name) != value:
                    setattr(facility, name, value)
                    changed = True
            if facility.place_id != (place.id if place else None):
                facility.place = place
                changed = True
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
    log.info(
        "facilities import %s: %d new, %d updated, %d unchanged, %d unplaced",
        path.name, report.imported, report.updated, report.unchanged, len(report.unplaced),
    )
    return report


def _upsert_places(session, entries: list[PlaceEntry]) -> dict[str, Place]:
    """Place rows for these gazetteer entries, created or brought up to date."""
    wanted = {entry.id: entry for entry in entries}
    rows = {
        p.gazetteer_id: p
        for p in session.query(Place).filter(Place.gazetteer_id.in_(list(wanted)))
    }
    for entry_id, entry in wanted.items():
        values = {"name": entry.name, "kind": entry.kind, "lat": entry.lat, "lon": entry.lon}
        place = rows.get(entry_id)
        if place is None:
            place = Place(gazetteer_id=entry_id, **values)
            session.add(place)
            rows[entry_id] = place
        else:
            for name, value in values.items():
                if getattr(place, name) != value:
                    setattr(place, name, value)
    session.flush()
    return rows
