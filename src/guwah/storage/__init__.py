"""Storage: the only package that talks to the database and the originals folder."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session, sessionmaker

from guwah.config import Settings
from guwah.storage.blobs import BlobStore
from guwah.storage.engine import make_engine, upgrade_schema


class Store:
    """One database plus one originals folder; opened once per process."""

    def __init__(self, settings: Settings, *, migrate: bool = True):
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(settings.database_url)
        if migrate:
            upgrade_schema(self.engine)
        self.blobs = BlobStore(settings.originals_dir)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back whole."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(settings: Settings | None = None) -> Store:
    from guwah.config import load_settings

    return Store(settings or load_settings())
