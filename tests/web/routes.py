"""Every route of the app, for tests that walk them all."""

from __future__ import annotations


def flat_routes(app) -> list:
    """Every route of the app, with included routers opened up (FastAPI ≥ 0.160 nests them)."""
    from fastapi import routing

    iterate = getattr(routing, "iter_route_contexts", None)
    return list(iterate(app.routes)) if iterate else list(app.routes)
