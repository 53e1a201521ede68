"""Places: the curated Xinjiang gazetteer (joined with GeoNames towns) and name resolution.

GeoNames data (https://www.geonames.org/) is used under CC BY 4.0; see data/README.md.
"""

from guwah.places.gazetteer import PlaceEntry, curated_gazetteer, place_name
from guwah.places.resolve import Candidate, Resolution, gazetteer, named_place, resolve_place

__all__ = [
    "Candidate", "PlaceEntry", "Resolution", "curated_gazetteer", "gazetteer", "named_place", "place_name",
    "resolve_place",
]
