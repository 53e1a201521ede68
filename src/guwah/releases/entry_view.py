"""An entry release's public view as sections to read: names, status, timeline, violations and
attributes, each fact with the public numbers of its sources. The one builder of what `guwah release
propose-entry` and `guwah release show` print and of what the workspace's release page shows: the
CLI (`guwah.releases.cli.entry_release_lines`) and the template (`_entry_release.html`) only format it.

A draft shows only what approving it would publish: a fact of the draft that a release of the entry
would not show today, as drafted (`guwah.releases.content_today`, built by `guwah.publish.entry_content`:
a naming basis withdrawn, a testimony taken down, a fact no longer accepted), is held back: counted,
never shown. What a draft shows is therefore what the public's entry page would show once it is
approved (`guwah.publish.public_entries` reads the approved content's same fields).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from guwah.publish import ENTRY, status_sources
from guwah.storage.tables import Release

# The sections, in the order every reader gets them (the public entry page's order).
SECTIONS = ("names", "status", "timeline", "violations", "attributes")
# What a fact of an entry's content cites, apart from what it states.
_CITING = ("sources", "corroboration", "source")


@dataclass(frozen=True)
class EntryFact:
    """One fact of an entry release. `what`: what it states, as the release holds it (names: name,
    script; status: status, date; timeline: event, date, precision, facility (a public facility
    number), place (a gazetteer id); violations: code; attributes: attribute, value, place), any of
    them None; `sources`: the public numbers of the testimonies it cites; `corroboration`: how many
    of them are independent (None for the status, which the release does not count)."""

    what: dict
    sources: list[int]
    corroboration: int | None


@dataclass(frozen=True)
class EntrySection:
    """One section (`name`, one of SECTIONS) and its facts shown, in the release's order; `held_back`:
    how many of its facts are not shown (see `EntryReleaseView`)."""

    name: str
    facts: list[EntryFact]
    held_back: int = 0


@dataclass(frozen=True)
class EntryReleaseView:
    """An entry release as its readers get it: every section of SECTIONS, in that order.
    `held_back`: the facts of a draft that a release of the entry would not show today as drafted
    (in no section's facts); `refused`: nothing of the entry may be released today, so no fact is
    shown at all."""

    sections: list[EntrySection]
    held_back: int = 0
    refused: bool = False


AS_DRAFTED = object()  # `entry_release_view`: the content is what a release publishes as it stands
_READ = object()  # `release_entry_view`: what a release would show today not given, read it


def _items(content: dict, section: str) -> list[dict]:
    if section == "status":
        return [content.get("status") or {"status": "unknown", "date": None, "source": None}]
    return list(content.get(section) or [])


def _fact(section: str, item: dict) -> EntryFact:
    return EntryFact({k: v for k, v in item.items() if k not in _CITING},
                     status_sources(item) if section == "status" else list(item.get("sources") or []),
                     None if section == "status" else item.get("corroboration"))


def entry_release_view(content: dict, now: dict | None | object = AS_DRAFTED) -> EntryReleaseView:
    """An entry release's `content` (`guwah.publish.entry_content`'s shape) as sections to read.
    `now`: what a release of the entry would show today (`guwah.releases.content_today`), None when
    nothing may be; a fact of `content` that is not, whole (what it states, its sources and their
    count), a fact of `now` is held back. AS_DRAFTED (the default): `content` is what a release
    publishes as it stands (a draft made now, an approved release)."""
    sections, held = [], 0
    for name in SECTIONS:
        items = _items(content, name)
        publishable = items if now is AS_DRAFTED else _items(now, name) if now is not None else []
        shown = [item for item in items if item in publishable]
        held += len(items) - len(shown)
        sections.append(EntrySection(name, [_fact(name, item) for item in shown], len(items) - len(shown)))
    return EntryReleaseView(sections, held, now is None)


def release_entry_view(session: Session, release: Release, now: dict | None | object = _READ) -> EntryReleaseView:
    """`entry_release_view` of an entry release: a draft held to what a release of its entry would
    show today (`now`: `guwah.releases.content_today(session, release)`, read here unless given);
    any other release as it stands (an approved one is what the public sees; a withdrawn or
    superseded one, what it held). ValueError for a testimony's release."""
    if release.subject_type != ENTRY:
        raise ValueError(f"release {release.id} is not an entry's")
    if release.state != "draft":
        return entry_release_view(dict(release.content))
    if now is _READ:
        from guwah.releases import content_today

        now = content_today(session, release)
    return entry_release_view(dict(release.content), now)
