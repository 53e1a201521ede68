"""Importing the BuzzFeed News facilities table (guwah.facilities.importer)."""

from __future__ import annotations

import pytest

from guwah.errors import InputError
from guwah.facilities import importer
from guwah.facilities.importer import import_facilities
from guwah.storage.tables import Facility, Place


def facilities(store) -> dict[str, Facility]:
    with store.session() as session:
        rows = session.query(Facility).all()
        for row in rows:
            _ = row.place  # load before the session closes
        return {row.dataset_key: row for row in rows}


def test_importer_small_file_counts(store, bfn_file, bfn_rows):
    report = import_facilities(store, bfn_file)
    assert report.rows == len(bfn_rows)
    assert report.imported == len(bfn_rows)
    assert report.skipped_blank_rows == 3
    assert report.rejected == []
    assert [u.dataset_key for u in report.unplaced] == ["bfn:203"]
    assert "Blorptown" in report.unplaced[0].reason
    assert "no coordinates" in report.unplaced[0].reason
    assert len(facilities(store)) == len(bfn_rows)


def test_importer_type_mapping_and_attributes(store, bfn_file):
    import_facilities(store, bfn_file)
    rows = facilities(store)
    assert rows["bfn:106A"].facility_type == "internment_camp"
    assert rows["bfn:106B"].facility_type == "detention_centre"
    assert rows["bfn:200"].facility_type == "prison"
    assert rows["bfn:200"].attributes["security_level"] == "medium"
    assert rows["bfn:201"].attributes["security_level"] == "high"
    assert rows["bfn:202"].facility_type == "other"
    assert rows["bfn:106A"].external_ids == {
        "bfn": "106 A", "bfn_id": "106", "bfn_sub": "A", "etnam": ["P_QE04", "C_QE05"],
        "shawn_zhang": "1", "aspi_2020": "336", "xjvdb": False,
    }
    assert rows["bfn:106B"].external_ids["xjvdb"] is True
    assert rows["bfn:106B"].attributes["media_reports"] == ["BBC", "China Daily"]
    assert rows["bfn:106A"].attributes["corroboration"] == "corroborated"
    assert rows["bfn:106A"].attributes["links"] == ["https://example.org/a"]
    assert rows["bfn:200"].attributes["bfn_prefecture"] == "Ürümqi"  # CP437 read correctly


def test_importer_split_sites_kept_distinct(store, bfn_file):
    import_facilities(store, bfn_file)
    rows = facilities(store)
    assert rows["bfn:106A"].name == "Shufu - I (A)"
    assert rows["bfn:106B"].name == "Shufu - I (B)"
    assert rows["bfn:106A"].id != rows["bfn:106B"].id


def test_importer_places(store, bfn_file):
    import_facilities(store, bfn_file)
    rows = facilities(store)
    assert rows["bfn:106A"].place.gazetteer_id == "xj.kashgar.shufu"
    assert rows["bfn:106A"].place_id == rows["bfn:106B"].place_id
    assert rows["bfn:200"].place.gazetteer_id == "xj.urumqi.tianshan"
    assert rows["bfn:201"].place.gazetteer_id == "xj.aksu.aksu"  # nearest seat in Aksu
    assert rows["bfn:201"].attributes["placement"]["method"] == "nearest_seat"
    assert rows["bfn:202"].place.gazetteer_id == "xj.tumxuk"
    assert rows["bfn:203"].place is None
    with store.session() as session:
        assert session.query(Place).count() == 4


def test_importer_reimport_is_idempotent(store, bfn_file, tmp_path, bfn_rows, write_bfn):
    import_facilities(store, bfn_file)
    before = {k: (f.id, f.place_id) for k, f in facilities(store).items()}
    again = import_facilities(store, bfn_file)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, len(bfn_rows))
    assert {k: (f.id, f.place_id) for k, f in facilities(store).items()} == before
    changed = [list(row) for row in bfn_rows]
    changed[0][7] = "detention center"
    report = import_facilities(store, write_bfn(tmp_path / "changed.csv", changed))
    assert (report.imported, report.updated) == (0, 1)
    assert facilities(store)["bfn:106A"].facility_type == "detention_centre"


def test_importer_missing_file(store, tmp_path):
    with pytest.raises(InputError, match="not found"):
        import_facilities(store, tmp_path / "absent.csv")


def test_importer_given_a_folder_says_it_is_a_folder(store, tmp_path):
    # h-try28: a folder was "file not found", as if the path were wrong
    with pytest.raises(InputError, match="is a folder: give the facilities file"):
        import_facilities(store, tmp_path)


@pytest.mark.parametrize("defect", ["missing last column", "renamed id", "renamed lat"])
def test_importer_wrong_columns_stores_nothing(
    store, tmp_path, defect, bfn_header, bfn_rows, write_bfn
):
    header = {
        "missing last column": bfn_header[:-1],
        "renamed id": ["ID", *bfn_header[1:]],
        "renamed lat": [h.replace("lat", "latitude") for h in bfn_header],
    }[defect]
    path = write_bfn(tmp_path / "bad.csv", [row[: len(header)] for row in bfn_rows], header)
    with pytest.raises(InputError) as caught:
        import_facilities(store, path)
    assert "\n" not in caught.value.message
    assert facilities(store) == {}


def test_importer_comma_separated_file_rejected(store, tmp_path, bfn_header):
    path = tmp_path / "commas.csv"
    path.write_text(",".join(h.strip() for h in bfn_header) + "\n1,a,,b,c,1,2\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_facilities(store, path)


def test_importer_all_or_nothing(store, bfn_file, monkeypatch):
    real = importer.facility_fields

    def broken(row):
        fields = real(row)
        if fields["dataset_key"] == "bfn:202":
            fields["name"] = None  # the database refuses it when the transaction commits
        return fields

    monkeypatch.setattr(importer, "facility_fields", broken)
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        import_facilities(store, bfn_file)
    assert facilities(store) == {}
    with store.session() as session:
        assert session.query(Place).count() == 0


def test_importer_duplicate_and_blank_id_rows_rejected(store, tmp_path, bfn_rows, write_bfn):
    rows = [bfn_rows[0], bfn_rows[0], ["", *bfn_rows[2][1:]]]
    report = import_facilities(store, write_bfn(tmp_path / "dup.csv", rows))
    assert report.imported == 1
    assert [r["reason"] for r in report.rejected] == ["same id as line 5", "no id"]


def test_importer_real_file_every_row_accounted(store, real_bfn_file):
    report = import_facilities(store, real_bfn_file)
    assert report.rows == 551
    assert report.skipped_blank_rows == 3
    assert report.imported + len(report.rejected) == 551
    assert all(u.reason for u in report.unplaced)
    rows = facilities(store)
    assert len(rows) == report.imported
    placed = [f for f in rows.values() if f.place is not None]
    assert len(placed) + len(report.unplaced) == report.imported
    assert {"bfn:106B", "bfn:107A"} <= set(rows)
    assert rows["bfn:106B"].place.gazetteer_id == "xj.kashgar.shufu"
    assert rows["bfn:108"].place.gazetteer_id == "xj.kashgar.kashgar"
    types = {f.facility_type for f in rows.values()}
    assert types == {"internment_camp", "detention_centre", "prison", "other"}
    again = import_facilities(store, real_bfn_file)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, report.imported)


@pytest.mark.parametrize(("lat", "lon"), [("abc", "75.8638"), ("39.3591", "seventy"), ("95", "75.8638"),
                                          ("39.3591", "181"), ("3_9.3591", "75.8638"), ("75.8638", "39.3591"),
                                          ("0", "0"), ("-39.3591", "-75.8638")])
def test_importer_rejects_a_row_whose_coordinates_are_not_a_point(store, tmp_path, bfn_rows, write_bfn, lat, lon):
    # A latitude that was no number ("abc") became null while its longitude was kept: a site with
    # half a point, imported without a word. Now the row is rejected, naming the column; a row
    # with both coordinates blank is still imported without a point (control).
    bad, blank = bfn_rows[0], bfn_rows[1]
    bad[5], bad[6] = lat, lon
    blank[5], blank[6] = "", ""
    report = import_facilities(store, write_bfn(tmp_path / "coords.csv", [bad, blank]))
    assert [r["line"] for r in report.rejected] == [5]
    assert "lat" in report.rejected[0]["reason"] or "long" in report.rejected[0]["reason"]
    rows = facilities(store)
    assert list(rows) == ["bfn:106B"] and (rows["bfn:106B"].lat, rows["bfn:106B"].lon) == (None, None)


def test_importer_names_a_point_outside_xinjiang_and_a_swapped_pair(store, tmp_path, bfn_rows, write_bfn):
    # Before: lat and long swapped (75.86, 39.36: the Arctic), a (0, 0) or a sign lost was stored as
    # the site's point and drawn on the public map thousands of kilometres from Shufu, the county its
    # town gave, without a word. Now the row is rejected saying so; a point in Xinjiang imports (control).
    swapped, zero, good = bfn_rows[0], bfn_rows[1], bfn_rows[2]
    swapped[5], swapped[6] = swapped[6], swapped[5]
    zero[5], zero[6] = "0", "0"
    report = import_facilities(store, write_bfn(tmp_path / "swapped.csv", [swapped, zero, good]))
    reasons = [r["reason"] for r in report.rejected]
    assert [r["line"] for r in report.rejected] == [5, 6]
    assert all("outside Xinjiang" in reason for reason in reasons)
    assert "swapped" in reasons[0] and "swapped" not in reasons[1]
    assert report.imported == 1 and facilities(store)[f"bfn:{good[0]}{good[2]}"].lat == float(good[5])


def test_importer_names_a_point_across_xinjiangs_border_inside_its_box(store, tmp_path, bfn_rows, write_bfn):
    # Before: a point inside Xinjiang's bounding box but not in Xinjiang passed the check: Almaty's
    # (43.24, 76.95) for a site whose town is Yining, Dunhuang's (40.14, 94.66) in Gansu for a
    # Kashgar site, were imported and drawn on the public map in Kazakhstan and Gansu. Now a point
    # farther than 150 km from every Xinjiang town GeoNames lists and nearer a town elsewhere is
    # rejected, naming that town; points in Xinjiang import, a remote one in the Taklamakan too
    # (controls).
    almaty, dunhuang, good, desert = bfn_rows[0], bfn_rows[1], bfn_rows[2], bfn_rows[3]
    almaty[5], almaty[6] = "43.24", "76.95"
    dunhuang[5], dunhuang[6] = "40.14", "94.66"
    desert[5], desert[6] = "38.9", "83.5"
    report = import_facilities(store, write_bfn(tmp_path / "border.csv", [almaty, dunhuang, good, desert]))
    reasons = [r["reason"] for r in report.rejected]
    assert [r["line"] for r in report.rejected] == [5, 6], reasons
    assert all("outside Xinjiang" in reason for reason in reasons)
    assert "Almaty" in reasons[0] and "(KZ)" in reasons[0]
    assert report.imported == 2


def test_importer_rejects_a_row_too_long_to_store_naming_the_column(store, tmp_path, bfn_rows, write_bfn):
    # Before: an id (with its id_sub) over 96 characters or a Name over 500 went to the database as
    # they were: on PostgreSQL the whole import ended in a screen of traceback (value too long for
    # character varying), on SQLite they were stored whole. Now such a row is rejected with the
    # column named, and the other rows import (control).
    long_id, long_name, good = bfn_rows[0], bfn_rows[1], bfn_rows[2]
    long_id[0] = "9" * 120
    long_name[1] = "N" * 600
    report = import_facilities(store, write_bfn(tmp_path / "long.csv", [long_id, long_name, good]))
    reasons = [r["reason"] for r in report.rejected]
    assert [r["line"] for r in report.rejected] == [5, 6], reasons
    assert "id" in reasons[0] and "Name" in reasons[1] and all("characters" in r for r in reasons)
    assert report.imported == 1


def test_importer_holds_the_write_lock_before_it_reads_the_places(store, bfn_file, monkeypatch):
    # Session 44: two first imports at once (two terminals, a scheduled job) both read "no place
    # yet", and the second failed with a traceback: UNIQUE constraint failed: place.gazetteer_id.
    # The import takes the database's write lock first (as every writer that reads then inserts
    # does: `Store.hold_audit_lock`), so the second waits, then finds the places made by the first.
    import guwah.facilities.importer as importer

    locked = []
    upsert = importer._upsert_places

    def watching(session, entries):
        locked.append(bool(session.info.get("holds_audit_lock")))
        return upsert(session, entries)

    monkeypatch.setattr(importer, "_upsert_places", watching)
    import_facilities(store, bfn_file)
    import_facilities(store, bfn_file)  # the second finds the places
    assert locked == [True, True]
