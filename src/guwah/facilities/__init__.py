"""Facilities: import detention-facility datasets (BuzzFeed News 2021) and link them to places."""

from guwah.facilities.importer import ImportReport, import_facilities

__all__ = ["ImportReport", "import_facilities"]
