"""Storage: the only package that talks to the database and the originals folder."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session, sessionmaker

from guwah.config import Settings
from guwah.protection.keys import KeyRing, master_key, open_keyring
from guwah.protection.sealing import Sealer
from guwah.storage.blobs import BlobStore
from guwah.storage.engine import database_kind, make_engine, upgrade_schema


class Store:
    """One database plus one originals folder, opened with the archive's keys."""

    def __init__(self, settings: Settings, *, create_keys: bool = False, migrate: bool = True):
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        master, self.created_key = master_key(settings.key_file, settings.passphrase, settings.data_dir,
                                              create=create_keys)
        self.ring: KeyRing = open_keyring(settings.data_dir, master, create=create_keys)
        sealer = Sealer(self.ring)
        sqlcipher_key = self.ring.subkey("sqlcipher") if database_kind(settings.database_url) == "sqlite" else None
        self.engine = make_engine(settings.database_url, sealer=sealer, sqlcipher_key=sqlcipher_key)
        if migrate:
            upgrade_schema(self.engine)
        self.blobs = BlobStore(settings.originals_dir, self.ring, sealer)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back whole."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(settings: Settings | None = None, *, create_keys: bool = False) -> Store:
    from guwah.config import load_settings

    return Store(settings or load_settings(), create_keys=create_keys)
