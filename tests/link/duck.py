"""Rows into a DuckDB table, for the link tests."""

from collections.abc import Sequence


def insert_rows(con, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert `rows` (tuples of Python values, one per column named) into `table`, through one Arrow
    table as the linker loads its mentions. executemany converts each value apart (DuckDB 1.5 tries
    to import pandas once per value): 1,000 rows of nine columns took seconds a call."""
    import pyarrow as pa

    rows = list(rows)
    data = pa.table({name: pa.array([row[i] for row in rows]) for i, name in enumerate(columns)})
    con.register("insert_rows_arrow", data)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM insert_rows_arrow")
    finally:
        con.unregister("insert_rows_arrow")
