"""The defences of a server that only its own machine's browser should talk to.

An ASGI middleware, in front of every route:
- the Host header must name the loopback address and our port (or the --host given), so a
  web page that rebinds its own name to 127.0.0.1 (DNS rebinding) is refused;
- a request that may change anything (every method but GET and HEAD) must carry the run's
  random token, which only our own page holds, and, when the browser says where it comes
  from (Origin), come from our own page;
- a body longer than the limit is refused by its Content-Length here, and by read_limited
  while it is being read (a chunked body has none).
"""

from __future__ import annotations

import hmac
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 1_000_000
TOKEN_HEADER = "x-drafter-token"
_SAFE_METHODS = ("GET", "HEAD")
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def allowed_hosts(port: int, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host headers a browser on this machine sends to us."""
    names = [*LOOPBACK, *extra]
    return frozenset(f"{name}:{port}".lower() for name in names)


async def _answer(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Guard:
    """The middleware; `hosts` from allowed_hosts, `token` the run's secret."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str], token: str, limit: int = MAX_BODY):
        self.app, self.hosts, self.token, self.limit = app, hosts, token, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # none is served; refused before any Host check
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            await _answer(send, 403, "拒绝访问：只接受本机浏览器打开的 drafter 页面。")
            return
        if scope["method"] not in _SAFE_METHODS:
            origin = headers.get("origin")
            if origin is not None and origin.lower() != f"http://{host}":
                await _answer(send, 403, "拒绝访问：请求不是从 drafter 自己的页面发出的。")
                return
            given = headers.get(TOKEN_HEADER, "").encode("latin-1")  # any bytes compare
            if not hmac.compare_digest(given, self.token.encode("ascii")):
                await _answer(send, 403, "拒绝访问：缺少本次运行的口令，请刷新页面后再试。")
                return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await _answer(send, 413, self._too_large())
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as error:
            # A bug: the app has answered it in Chinese and raised it again for the server,
            # which would print a traceback into the writer's window. One line says it there.
            print(
                f"drafter 内部错误（程序缺陷，请报告）：{type(error).__name__}：{error}",
                file=sys.stderr,
            )
            if not started:
                await _answer(send, 500, "drafter 内部错误（程序缺陷，请报告）。")

    def _too_large(self) -> str:
        return too_large(self.limit)


def too_large(limit: int) -> str:
    return f"内容太大（超过 {limit // 1_000_000} MB），事实表没有这么大。"


class BodyTooLarge(Exception):
    """A body that grew past the limit while it was read."""


async def read_limited(chunks: AsyncIterator[bytes], limit: int = MAX_BODY) -> bytes:
    """A request body, counted while it is read: a chunked body gives no Content-Length."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)
