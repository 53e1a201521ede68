"""Response headers set on every answer, and HEAD answered with GET's headers, as pure ASGI
middleware.

Starlette's `BaseHTTPMiddleware` (`@app.middleware("http")`) runs each response through a
stream and a task group; a hook here only edits the response's start message on its way out,
which costs next to nothing per request.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HeaderHook = Callable[[Request, MutableHeaders], None]


class ResponseHeaders:
    """ASGI middleware that calls `hook(request, headers)` on every HTTP response's headers
    before they are sent; the hook edits them in place (it must not read the request body)."""

    def __init__(self, app: ASGIApp, hook: HeaderHook) -> None:
        self.app, self.hook = app, hook

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                self.hook(Request(scope), MutableHeaders(scope=message))
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """ASGI middleware, outermost: a HEAD request is answered as the same GET would be (status and
    every header, Content-Length and compression included) without the body (RFC 9110, 9.3.2), on
    every route, page, API and static file alike. The app inside sees a GET, so no route needs to
    list HEAD; the body it makes is dropped here."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # a streamed body's parts: only its end is sent, empty
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
