"""`drafter serve`: the fact sheet as a form in the browser, with the draft beside it.

A local web page for writers who never open a terminal: Starlette under uvicorn, listening on
this machine only. Everything is drawn from the same code as the command line: the form from
the fact-sheet model, the problems from `validate`'s loader, the draft from `render`.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import UserError

DEFAULT_PORT = 8765
_TRIES = 20
INSTALL_HINT = (
    "网页界面是可选部分，请在 drafter 文件夹里安装：pip install '.[web]'"
    "（用 pipx 装的：pipx install '.[web]' --force）。"
)


@dataclass
class Started:
    url: str
    port: int
    moved_from: int | None  # the default port was busy: where we wanted to be


def _require_web() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UserError(
            "drafter serve 需要的网页组件（starlette、uvicorn）没有安装。", hint=INSTALL_HINT
        ) from None


def check_folder(folder: Path) -> Path:
    """The sheets folder, or a UserError: it must exist, be a folder, and be writable."""
    if not folder.exists():
        raise UserError(
            "事实表文件夹不存在。", file=folder, hint="用 --sheets 指定一个已有的文件夹。"
        )
    if not folder.is_dir():
        raise UserError("--sheets 应是文件夹，这里是一个文件。", file=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError("事实表文件夹不能写入，无法自动保存。", file=folder, hint="换一个文件夹。")
    return folder


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":  # on Windows this would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def _refused(host: str, port: int, error: OSError) -> UserError:
    """Why a socket could not be opened, in Chinese: a busy port, or an address that is not
    this computer's (the OS says both in English)."""
    if error.errno == errno.EADDRINUSE:
        return UserError(
            f"端口 {port} 已被占用。",
            hint="换一个端口，例如 --port 8800；或不加 --port，由 drafter 自己找空闲端口。",
        )
    if isinstance(error, socket.gaierror) or error.errno == errno.EADDRNOTAVAIL:
        return UserError(
            f"--host {host} 不是这台电脑的地址，不能在上面监听。",
            hint="不加 --host（只有本机能打开）；确需让别的电脑访问时用 --host 0.0.0.0。",
        )
    from drafter.files import os_reason

    return UserError(
        f"不能在 {host} 的端口 {port} 上监听：{os_reason(error)}。",
        hint="换一个端口，例如 --port 8800；端口号小于 1024 的要管理员权限。",
    )


def open_socket(host: str, port: int | None) -> tuple[socket.socket, int | None]:
    """A listening socket: on `port` when given (busy: UserError), else on the default port
    or the next free one after it. Also says from which port it moved."""
    if port is not None:
        try:
            return _bind(host, port), None
        except OSError as error:
            raise _refused(host, port, error) from None
    for candidate in range(DEFAULT_PORT, DEFAULT_PORT + _TRIES):
        try:
            return _bind(host, candidate), (DEFAULT_PORT if candidate != DEFAULT_PORT else None)
        except OSError as error:
            if error.errno != errno.EADDRINUSE:  # not a busy port: the next will fail alike
                raise _refused(host, candidate, error) from None
    raise UserError(
        f"端口 {DEFAULT_PORT} 到 {DEFAULT_PORT + _TRIES - 1} 都被占用了。",
        hint="用 --port 指定一个空闲端口。",
    )


def run(
    schema: Path | None,
    sheets: Path,
    *,
    port: int | None = None,
    host: str = "127.0.0.1",
    browser: bool = True,
    say: Callable[[str], None] = print,
) -> None:
    """Serve until Ctrl-C. Checks come first (web parts installed, folder usable, port free),
    each a UserError in Chinese."""
    _require_web()
    folder = check_folder(sheets)
    if not host.strip("[] "):  # an empty address is every address of the machine
        raise UserError(
            "--host 不能为空。",
            hint="不加 --host 就只有本机能打开；要让别的电脑访问用 --host 0.0.0.0。",
        )
    if not is_loopback(host):
        say(
            f"警告：--host {host} 让同一网络里的其他电脑也能连到这个页面，"
            f"并读写 {folder} 里的事实表。只在确实需要时这样做；平时不加 --host。"
        )
    sock, moved_from = open_socket(host, port)
    bound = sock.getsockname()[1]
    import uvicorn

    from drafter.schema import load_schema
    from drafter.serve.app import create_app

    shown_host = f"[{host.strip('[]')}]" if ":" in host else host
    hosts = () if is_loopback(host) else (shown_host,)
    app = create_app(
        load_schema(schema), folder, secrets.token_urlsafe(24), port=bound, hosts=hosts
    )
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{bound}/"
    if moved_from is not None:
        say(f"端口 {moved_from} 已被占用，改用 {bound}。")
    # No proxy stands in front: X-Forwarded-* headers are not to be believed.
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=False,
        server_header=False,
    )
    server = uvicorn.Server(config)
    say(f"drafter 已启动：{url} （按 Ctrl+C 停止）")
    say(f"事实表保存在：{folder.resolve()}")
    if browser:
        threading.Thread(target=_open_browser, args=(url,), daemon=True).start()
    threading.Thread(target=_warm_up, daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def _open_browser(url: str) -> None:
    import webbrowser

    with contextlib.suppress(Exception):  # no browser: the URL is on screen
        webbrowser.open(url)


def _warm_up() -> None:
    """Draft the example once in the background, so the writer's first preview is as fast as
    the next (templates compiled, OpenCC and jieba loaded)."""
    with contextlib.suppress(Exception):
        from drafter.facts import FactSheet, Section
        from drafter.render import RenderOptions, render_facts
        from drafter.schema import load_schema

        sheet = FactSheet(region="某区", theme="示例", sections=[Section(points=["示例"])])
        render_facts(sheet, load_schema(), RenderOptions("md"))
