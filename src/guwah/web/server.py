"""How `guwah serve` runs the app under uvicorn."""

from __future__ import annotations

import uvicorn

from guwah.storage import Store
from guwah.web import create_app


def server_config(store: Store, host: str, port: int) -> uvicorn.Config:
    """Uvicorn's configuration for `store` on `host`:`port`.

    Proxy headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from the proxies in
    GUWAH_TRUSTED_PROXIES. Uvicorn's own default trusts them from 127.0.0.1, so anyone who can
    reach the port from that machine could pose as any address and escape the login rate limit.
    No access log is written: a family's search for a name travels in the query string, and the
    server keeps no record of who looked for whom.
    """
    proxies = store.settings.trusted_proxies
    return uvicorn.Config(create_app(store), host=host, port=port, log_level="warning", access_log=False,
                          proxy_headers=bool(proxies), forwarded_allow_ips=list(proxies) or None)
