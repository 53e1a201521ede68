"""Settings of the archive's way of working, kept in the archive itself and changed by an admin.

The server's settings (`guwah.config.SETTINGS`, GUWAH_* variables) say how this machine runs Guwah;
these say how the group reviews, so they travel with the archive (a backup, a second server) and
every change is audited with who and when (`guwah settings set`, permission "archive_settings").
One table, ARCHIVE_SETTINGS, names each with its values, default and meaning; a setting with no row
in the archive has its default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.errors import N_, InputError, Text


@dataclass(frozen=True)
class ArchiveSettingSpec:
    """One archive setting: its name, the values it takes (the first is the default), its meaning."""

    name: str
    values: tuple[str, ...]
    meaning: str

    @property
    def default(self) -> str:
        return self.values[0]


FOUR_EYES = "four_eyes"
ARCHIVE_SETTINGS: tuple[ArchiveSettingSpec, ...] = (
    ArchiveSettingSpec(FOUR_EYES, ("off", "on"),
                       "`on`: a fact a reviewer edits, adds or moves to another person (`guwah review edit`, "
                       "`guwah review add`, `guwah review reassign`, the workspace's forms) stays proposed, its "
                       "author recorded, until another reviewer accepts it; its author cannot. `off`: such a fact is accepted at once by its author. Turned on "
                       "only in an archive with accounts, where two reviewers are two accounts."),
)
_SPECS = {spec.name: spec for spec in ARCHIVE_SETTINGS}


def _spec(name: str) -> ArchiveSettingSpec:
    spec = _SPECS.get(name)
    if spec is None:
        raise InputError(Text(N_("%(name)s is no archive setting (they are: %(names)s)"),
                              {"name": name, "names": ", ".join(_SPECS)}), value=name)
    return spec


def archive_setting(session: Session, name: str) -> str:
    """The value of archive setting `name` (its default where never set). InputError for an unknown name."""
    from guwah.storage.tables import ArchiveSetting

    spec = _spec(name)
    row = session.get(ArchiveSetting, name)
    return row.value if row is not None else spec.default


def four_eyes(session: Session) -> bool:
    """Whether a reviewer's own edits and additions wait for a second reviewer (FOUR_EYES "on")."""
    return archive_setting(session, FOUR_EYES) == "on"


def list_settings(session: Session) -> list[dict]:
    """Every archive setting: {name, value, default, values, meaning, changed_by, changed_at} (the
    last two None for one never set)."""
    from guwah.storage.tables import ArchiveSetting

    rows = {row.name: row for row in session.scalars(select(ArchiveSetting))}
    return [{"name": spec.name, "value": rows[spec.name].value if spec.name in rows else spec.default,
             "default": spec.default, "values": list(spec.values), "meaning": spec.meaning,
             "changed_by": rows[spec.name].changed_by if spec.name in rows else None,
             "changed_at": rows[spec.name].changed_at if spec.name in rows else None} for spec in ARCHIVE_SETTINGS]


def change_setting(store, session: Session, name: str, value: str, actor: str) -> bool:
    """Set archive setting `name` to `value`, audited (the old and new values). Returns whether it
    changed (setting the value it has already changes and audits nothing).

    Raises InputError for an unknown name or value, and for four eyes turned on in an archive with
    no accounts: there a reviewer's name is only a label anyone can type (GUWAH_ACTOR), so a second
    name would not be a second person."""
    from guwah.storage.tables import ArchiveSetting, UserAccount

    spec = _spec(name)
    value = (value or "").strip().lower()
    if value not in spec.values:
        raise InputError(Text(N_("%(name)s is one of %(values)s, not '%(value)s'"),
                              {"name": name, "values": ", ".join(spec.values), "value": value}), value=value)
    if name == FOUR_EYES and value == "on" and session.scalar(select(UserAccount.id).limit(1)) is None:
        raise InputError(Text(N_("four eyes needs accounts: in an archive without them a reviewer's name is a "
                                 "label anyone can type, so a second name is no second person (add accounts with "
                                 "guwah users add first)")), value=value)
    was = archive_setting(session, name)
    if was == value:
        return False
    row = session.get(ArchiveSetting, name)
    if row is None:
        row = ArchiveSetting(name=name, value=value, changed_by=actor)
        session.add(row)
    row.value, row.changed_by, row.changed_at = value, actor, datetime.now(UTC)
    store.audit(session, actor, "setting", "archive_setting", name, value=value, was=was)
    session.flush()
    return True
