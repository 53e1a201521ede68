"""Held-out data kept in the repository, sealed until its first use.

A held-out set (extraction texts with their gold, a linkage generator) must reach the lead's next
session — which starts from a fresh clone of main — without being readable by the builders who
work on main in between: a plain folder would be found by any `grep` over the tree. So it is
committed as one file, a tar archive encrypted with AES-256-GCM under a key derived by Argon2id from
a passphrase that is kept outside the repository (in the project's closing notes). At first use the
lead opens it into its place (`bench/data/extract-heldout-vN`, `bench/linkgen-X`), and the sealed
file is removed in the same commit.

    GUWAH_SEALED_PASSPHRASE=... python bench/sealed.py seal /path/to/folder bench/sealed/NAME.sealed
    GUWAH_SEALED_PASSPHRASE=... python bench/sealed.py open bench/sealed/NAME.sealed DEST

File layout: the line `guwah-sealed/1\\n`, a 16-byte random salt, then the AES-GCM nonce and
ciphertext (`guwah.protection.keys.aes_seal`) of an uncompressed tar of the folder (entries sorted,
owners and times zeroed, `__pycache__` left out), with the file's name (without folder) as associated
data, so a renamed file does not open. Errors: a missing passphrase, a wrong passphrase or an altered
file, a destination that already exists: one line on stderr, exit 1, nothing written.
"""

from __future__ import annotations

import argparse
import io
import os
import secrets
import sys
import tarfile
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from guwah.errors import KeyProblem
from guwah.protection.keys import KEY_BYTES, aes_open, aes_seal

MAGIC = b"guwah-sealed/1\n"
SALT_BYTES = 16
PASSPHRASE = "GUWAH_SEALED_PASSPHRASE"


def _key(passphrase: str, salt: bytes) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=3, memory_cost=64 * 1024,
                           parallelism=2, hash_len=KEY_BYTES, type=Type.ID)


def _tar(folder: Path) -> bytes:
    """The folder as an uncompressed tar, the same bytes for the same files."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if "__pycache__" in relative.parts or not (path.is_file() or path.is_dir()) or path.is_symlink():
                continue
            info = tar.gettarinfo(str(path), arcname=str(relative))
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 0
            if path.is_file():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    return buffer.getvalue()


def seal(folder: Path, target: Path, passphrase: str) -> None:
    if not folder.is_dir():
        raise KeyProblem(f"{folder} is not a folder")
    salt = secrets.token_bytes(SALT_BYTES)
    sealed = aes_seal(_key(passphrase, salt), _tar(folder), target.name.encode("utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(MAGIC + salt + sealed)


def open_sealed(source: Path, destination: Path, passphrase: str) -> int:
    """Unpack `source` into the new folder `destination`; returns the number of files."""
    if destination.exists():
        raise KeyProblem(f"{destination} already exists; refusing to write into it")
    data = source.read_bytes()
    if not data.startswith(MAGIC):
        raise KeyProblem(f"{source} is not a sealed Guwah file")
    salt = data[len(MAGIC):len(MAGIC) + SALT_BYTES]
    plain = aes_open(_key(passphrase, salt), data[len(MAGIC) + SALT_BYTES:], source.name.encode("utf-8"))
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as tar:
        members = tar.getmembers()
        destination.mkdir(parents=True)
        tar.extractall(destination, members=members, filter="data")  # "data": no paths outside, no links
    return sum(1 for member in members if member.isfile())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sealing = commands.add_parser("seal", help="seal FOLDER into FILE")
    sealing.add_argument("folder", type=Path)
    sealing.add_argument("file", type=Path)
    opening = commands.add_parser("open", help="open FILE into the new folder DEST")
    opening.add_argument("file", type=Path)
    opening.add_argument("dest", type=Path)
    args = parser.parse_args(argv)
    passphrase = os.environ.get(PASSPHRASE, "")
    try:
        if not passphrase:
            raise KeyProblem(f"set {PASSPHRASE} (the passphrase is in the project's closing notes)")
        if args.command == "seal":
            seal(args.folder, args.file, passphrase)
            print(f"sealed {args.folder} into {args.file}")
        else:
            count = open_sealed(args.file, args.dest, passphrase)
            print(f"opened {args.file} into {args.dest} ({count} files)")
    except (KeyProblem, OSError, tarfile.TarError) as error:
        print(f"sealed.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
