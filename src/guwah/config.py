"""Settings, read once from GUWAH_* environment variables."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

# name, default, help — the README's configuration table is checked against this list.
SETTINGS: list[tuple[str, str, str]] = [
    ("GUWAH_DATA_DIR", "./guwah-data", "Folder holding the SQLite database and the originals."),
    ("GUWAH_DATABASE_URL", "sqlite:///<data dir>/guwah.sqlite3",
     "SQLAlchemy URL; `postgresql+psycopg://user@host/db` for a team deployment."),
    ("GUWAH_MAX_FILE_BYTES", "52428800", "Largest file ingest accepts (bytes)."),
    ("GUWAH_MAX_UNPACKED_BYTES", "209715200",
     "Largest total a DOCX may unpack to (bytes); more is treated as a zip bomb."),
    ("GUWAH_MAX_HTML_BYTES", "5242880",
     "Largest HTML page ingest reads (bytes; at most 10000000); reading takes up to ~5 s per MB."),
    ("GUWAH_ACTOR", "<login name>",
     "Who the custody log names for CLI actions (one line, at most 200 characters). Once the archive has accounts it must name an active one whose role may do the command, as on the web (`guwah.accounts.permissions.PERMISSIONS`, one table for both: reading commands any member, changes to records, consent, releases and erasure an editor, accounts and keys an admin): a disabled, locked-out or unknown account, or too small a role, is refused in one line and nothing is done. With no account, it is only a label, except for drafting and approving releases, naming bases and consent: there it must be the system login running the command (by user id), so that a second reviewer is a second person."),
    ("GUWAH_KEY_FILE", "~/.config/guwah/master.key",
     "The master key (mode 0600); refused inside the data directory."),
    ("GUWAH_PASSPHRASE", "(unset)", "Derive the master key from this passphrase (Argon2id) instead of a key file."),
    ("GUWAH_SINGLE_REVIEWER", "0",
     "`1` lets a one-person group approve its own releases and consent changes, with a written reason."),
    ("GUWAH_SECURE_COOKIES", "auto", "Mark session cookies Secure: `auto` (when served over HTTPS), `1` or `0`."),
    ("GUWAH_SESSION_IDLE_MINUTES", "30",
     "A workspace session left unused this many minutes ends (1 to 720; each request renews it): a computer "
     "left open shows the next person the login page, which says why. A session ends after 12 hours in any case."),
    ("GUWAH_CACHE_DIR", "~/.cache/guwah",
     "Folder for rebuildable caches of public data (the place index); `$XDG_CACHE_HOME/guwah` when that is set."),
    ("GUWAH_TRUSTED_PROXIES", "(none)",
     "Addresses or networks (comma-separated) of reverse proxies whose X-Forwarded-For and "
     "X-Forwarded-Proto `guwah serve` believes; otherwise those headers are ignored."),
    ("GUWAH_PUBLIC_HOSTS", "localhost,127.0.0.1,[::1]",
     "Host names (comma-separated) the web app answers to; a request whose Host header names another is "
     "refused (400), so that no link or form action it writes points elsewhere. Add the site's public name "
     "(`guwah.example.org`); `*.example.org` covers its subdomains."),
    ("GUWAH_OPEN_DATA_LICENCE", "CC BY 4.0",
     "The licence of the open data this archive compiles (person entries, the data dictionary): shown on "
     "/open-data, in /api/open-data and in each row of `persons.csv`. Testimonies and facility rows keep "
     "their own, with the facility dataset's attribution."),
    ("GUWAH_PUBLIC_CONTACT", "(unset)",
     "How the public reaches the group that runs the site, for corrections and removals (an e-mail address, a "
     "web address or a phone number; one line): shown on /corrections. Unset, that page sends people to the "
     "report form."),
    ("GUWAH_WEB_WORKERS", "<CPU cores, at most 4>",
     "Server processes `guwah serve` runs (`--workers` overrides); the login and report rate limits are shared "
     "out among them."),
]

DEFAULT_OPEN_DATA_LICENCE = "CC BY 4.0"
# The names of this machine: `guwah serve` (127.0.0.1 by default) works as it is.
DEFAULT_PUBLIC_HOSTS = ("localhost", "127.0.0.1", "[::1]")
MAX_LICENCE_CHARS = 200


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    max_file_bytes: int
    max_unpacked_bytes: int
    max_html_bytes: int
    actor: str
    key_file: Path
    passphrase: str | None = field(default=None, repr=False)
    secure_cookies: str = "auto"
    session_idle_minutes: int = 30
    single_reviewer: bool = False
    cache_dir: Path = Path("~/.cache/guwah").expanduser()
    trusted_proxies: tuple[str, ...] = ()
    public_hosts: tuple[str, ...] = DEFAULT_PUBLIC_HOSTS
    open_data_licence: str = DEFAULT_OPEN_DATA_LICENCE
    web_workers: int | None = None
    public_contact: str | None = None

    @property
    def originals_dir(self) -> Path:
        return self.data_dir / "originals"

    @property
    def session_idle(self) -> timedelta:
        """How long a browser session may go unused (GUWAH_SESSION_IDLE_MINUTES)."""
        return timedelta(minutes=self.session_idle_minutes)


# The widest name the custody log and every reviewer column hold (String(200) in guwah.storage.tables).
ACTOR_MAX = 200


def _check_actor(actor: str) -> None:
    """InputError for an actor name the custody log cannot hold as one line: over ACTOR_MAX
    characters (a database error on PostgreSQL), or with a control or format character (a newline,
    an escape: it would be printed raw in every listing that names who acted)."""
    import unicodedata

    from guwah.errors import InputError

    if len(actor) > ACTOR_MAX:
        raise InputError(f"GUWAH_ACTOR is at most {ACTOR_MAX} characters, got {len(actor)}")
    if any(unicodedata.category(char).startswith("C") for char in actor):
        raise InputError("GUWAH_ACTOR has a control or invisible character (a newline, an escape)")


def _int_env(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        from guwah.errors import InputError

        raise InputError(f"{name} must be a whole number of bytes, got {raw!r}") from None
    return value


def _idle_minutes(env: dict[str, str]) -> int:
    """GUWAH_SESSION_IDLE_MINUTES: whole minutes from 1 to 720 (a session's absolute lifetime)."""
    raw = (env.get("GUWAH_SESSION_IDLE_MINUTES") or "").strip()
    if not raw:
        return 30
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= 720:
        from guwah.errors import InputError

        raise InputError(f"GUWAH_SESSION_IDLE_MINUTES takes whole minutes from 1 to 720, got {raw!r}", value=raw)
    return int(raw)


def _workers(raw: str) -> int | None:
    if not raw.strip():
        return None
    if not raw.strip().isdecimal() or not 1 <= int(raw) <= 64:
        from guwah.errors import InputError

        raise InputError(f"GUWAH_WEB_WORKERS must be a whole number from 1 to 64, got {raw!r}")
    return int(raw)


def _proxies(raw: str) -> tuple[str, ...]:
    import ipaddress

    proxies = []
    for item in raw.replace(",", " ").split():
        try:
            proxies.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            from guwah.errors import InputError

            raise InputError(f"GUWAH_TRUSTED_PROXIES takes IP addresses or networks, not {item!r}",
                             value=item) from None
    return tuple(proxies)


_HOST = re.compile(r"(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\]")


def _hosts(raw: str) -> tuple[str, ...]:
    """GUWAH_PUBLIC_HOSTS as lower-case host names (DEFAULT_PUBLIC_HOSTS when blank); InputError for
    an item that is no host name, IP address or `*.domain` (a port, a scheme, a bare `*`)."""
    hosts = tuple(item.lower() for item in raw.replace(",", " ").split())
    for item in hosts:
        if not _HOST.fullmatch(item):
            from guwah.errors import InputError

            raise InputError(f"GUWAH_PUBLIC_HOSTS takes host names such as guwah.example.org, 127.0.0.1 or "
                             f"*.example.org (no scheme or port), not {item!r}", value=item)
    return hosts or DEFAULT_PUBLIC_HOSTS


# libxml2 silently cuts a text run longer than this, so a larger HTML page could lose its text.
HTML_BYTES_CEILING = 10_000_000


def os_login() -> str | None:
    """The operating-system account running this process, by its user id: not USER nor LOGNAME,
    which anyone may set on a command line (`guwah.accounts.check_cli_actor`); None where the system
    names none (no passwd entry, or no user ids)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        return None


def _login_name() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry for this uid
        return None


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read the settings from the environment (or the mapping given, for tests)."""
    from_process = env is None
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("GUWAH_DATA_DIR") or "./guwah-data").expanduser().resolve()
    database_url = env.get("GUWAH_DATABASE_URL") or f"sqlite:///{data_dir / 'guwah.sqlite3'}"
    # The login name, as the README says, also where USER is unset (a container, a cron job).
    actor = (env.get("GUWAH_ACTOR") or env.get("USER") or env.get("LOGNAME")
             or (_login_name() if from_process else None) or "cli")
    _check_actor(actor)
    max_html_bytes = _int_env(env, "GUWAH_MAX_HTML_BYTES", 5 * 1024 * 1024)
    if max_html_bytes > HTML_BYTES_CEILING:
        from guwah.errors import InputError

        raise InputError(f"GUWAH_MAX_HTML_BYTES can be at most {HTML_BYTES_CEILING:,} (the HTML parser's "
                         f"limit), got {max_html_bytes:,}")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        max_file_bytes=_int_env(env, "GUWAH_MAX_FILE_BYTES", 50 * 1024 * 1024),
        max_unpacked_bytes=_int_env(env, "GUWAH_MAX_UNPACKED_BYTES", 200 * 1024 * 1024),
        max_html_bytes=max_html_bytes,
        actor=actor,
        key_file=Path(env.get("GUWAH_KEY_FILE") or "~/.config/guwah/master.key").expanduser(),
        passphrase=env.get("GUWAH_PASSPHRASE") or None,
        secure_cookies=(env.get("GUWAH_SECURE_COOKIES") or "auto").lower(),
        session_idle_minutes=_idle_minutes(env),
        single_reviewer=(env.get("GUWAH_SINGLE_REVIEWER") or "0").strip().lower() in ("1", "true", "yes"),
        cache_dir=_cache_dir(env),
        trusted_proxies=_proxies(env.get("GUWAH_TRUSTED_PROXIES") or ""),
        public_hosts=_hosts(env.get("GUWAH_PUBLIC_HOSTS") or ""),
        open_data_licence=_one_line(env, "GUWAH_OPEN_DATA_LICENCE") or DEFAULT_OPEN_DATA_LICENCE,
        web_workers=_workers(env.get("GUWAH_WEB_WORKERS") or ""),
        public_contact=_one_line(env, "GUWAH_PUBLIC_CONTACT"),
    )


def _one_line(env: dict[str, str], name: str) -> str | None:
    """A setting shown on public pages (the open data licence, the public contact): one line of
    printable text, its spaces collapsed; None when unset or blank; InputError otherwise."""
    import unicodedata

    text = " ".join((env.get(name) or "").split())
    if not text:
        return None
    if len(text) > MAX_LICENCE_CHARS or any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        from guwah.errors import InputError

        raise InputError(f"{name} must be one line of at most {MAX_LICENCE_CHARS} printable characters",
                         value=env.get(name))
    return text


def _cache_dir(env: dict[str, str]) -> Path:
    if env.get("GUWAH_CACHE_DIR"):
        return Path(env["GUWAH_CACHE_DIR"]).expanduser()
    # The XDG base-directory convention, as other command-line tools on Linux follow it.
    base = env.get("XDG_CACHE_HOME") or "~/.cache"
    return (Path(base) / "guwah").expanduser()
