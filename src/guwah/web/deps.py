"""Typed dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.store.session() as session:
        yield session


# Committed before the response goes out, so that the next request (a redirect after login,
# say) sees what this one wrote.
SessionDep = Annotated[Session, Depends(_session, scope="function")]


# Ids the databases can hold (64-bit); anything outside names no record. A path that fails this
# check answers 404 like any unknown record (see create_app), never a server error.
MAX_ID = 2**63 - 1
DocumentId = Annotated[int, Path(ge=0, le=MAX_ID)]
