"""The web application: the page, and the small JSON API it (and any script) talks to.

Routes only translate HTTP to the work in drafting and sheets and back. Nothing is kept
between requests but what create_app was given (schema, folder, token), so two tabs, or a tab
and a script, never see each other's sheets.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from drafter.errors import OverwriteRefused, UserError
from drafter.facts.load import FactSheetError
from drafter.facts.scaffold import (
    blank_sections,
    closing_frames,
    default_topics,
    header_suggestions,
    lead_frames,
    sheet_yaml,
)
from drafter.render import RenderOptions
from drafter.render.gbt9704 import FONT_PROFILES
from drafter.schema import Schema
from drafter.serve import drafting, sheets
from drafter.serve.form import answers as read_answers
from drafter.serve.form import form_tree
from drafter.serve.security import (
    MAX_BODY,
    BodyTooLarge,
    Guard,
    allowed_hosts,
    read_limited,
    too_large,
)
from drafter.text.script import VARIANTS
from drafter.vocabulary import FORMS

HERE = Path(__file__).parent
RENDER_SECONDS = 10.0
_FORMATS = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_FORMATS["md"] = "text/markdown; charset=utf-8"
_FORMATS["yaml"] = "application/x-yaml; charset=utf-8"
_VARIANT_LABELS = {
    "zh-Hans": "简体",
    "zh-Hant": "繁体",
    "zh-TW": "繁体（台湾）",
    "zh-HK": "繁体（香港）",
}
_FONT_LABELS = {"gb2312": "仿宋_GB2312 等", "windows": "Windows 字体（仿宋、楷体等）"}
T = TypeVar("T")


class Failed(Exception):
    """A request that ends in an error answer: status and Chinese message."""

    def __init__(self, status: int, message: str, **more: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.more = status, message, more


def suggestions(schema: Schema) -> dict[str, Any]:
    """What `new` would suggest, for the page: headers by topic, lead and closing frames by
    form, the topics the corpus knows, and the sections a new sheet of each form starts with
    (those `new` writes)."""
    topics = list(dict.fromkeys(["组织", "人才", "产业", *schema.headers.by_topic]))
    return {
        "topics": topics,
        "sections": {
            form: [
                section.model_dump(include={"topic", "header"})
                for section in blank_sections(schema, form, default_topics(schema, form))
            ]
            for form in FORMS
        },
        "headers": {topic: header_suggestions(schema, topic) for topic in topics},
        "lead_frames": {form: lead_frames(schema, form) for form in FORMS},
        "closing_frames": {form: closing_frames(schema, form) for form in FORMS},
    }


_PLAIN_FILE_NAME = re.compile(r"[A-Za-z0-9_.\- ]+")


def _attachment(name: str, content: bytes, kind: str) -> Response:
    """The file to download; the Chinese name given as RFC 5987 `filename*`. The plain
    `filename` only when the name needs no quoting: a region's `"` or line break would break
    the header (or end it and start another)."""
    plain = name if _PLAIN_FILE_NAME.fullmatch(name) else f"drafter.{kind}"
    disposition = f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"
    return Response(
        content, media_type=_FORMATS[kind], headers={"content-disposition": disposition}
    )


def create_app(
    schema: Schema,
    sheets_dir: Path,
    token: str,
    *,
    port: int = 8765,
    hosts: tuple[str, ...] = (),
    render_seconds: float = RENDER_SECONDS,
    body_limit: int = MAX_BODY,
) -> Guard:
    """The application, guarded (security.Guard) for `port` on the loopback and `hosts`."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True
    )
    page_data = {
        "form": form_tree().to_json(),
        "suggestions": suggestions(schema),
        "variants": [[v, _VARIANT_LABELS.get(v, v)] for v in VARIANTS],
        "fonts": [[f, _FONT_LABELS.get(f, f)] for f in FONT_PROFILES],
    }

    # The app's own threads: a render that overruns its time keeps one of them until it ends,
    # without holding up the event loop or anything waiting for the loop's default threads.
    pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="drafter-render")

    async def body_of(request: Request) -> bytes:
        try:
            return await read_limited(request.stream(), body_limit)
        except BodyTooLarge:
            raise Failed(413, too_large(body_limit)) from None

    async def parsed(request: Request) -> Any:
        body = await body_of(request)
        try:
            return drafting.read_json(body)
        except drafting.TooDeep as error:
            raise Failed(400, str(error)) from None
        except ValueError:  # not UTF-8, not JSON, a number Python will not read
            raise Failed(400, "请求内容应是 JSON（UTF-8 编码）。") from None

    async def json_of(request: Request) -> dict[str, Any]:
        data = await parsed(request)
        if not isinstance(data, dict):
            raise Failed(400, "请求内容应是一组“键: 值”（JSON 对象）。")
        return data

    async def limited(work: Callable[[], T]) -> T:
        """Run a render in a thread, within the time allowed: a slow or failing render is an
        error answer, and the server goes on serving."""
        try:
            running = asyncio.get_running_loop().run_in_executor(pool, work)
            return await asyncio.wait_for(running, render_seconds)
        except TimeoutError:
            raise Failed(504, f"生成超时（超过 {render_seconds:g} 秒），请稍后再试。") from None
        except (UserError, Failed):
            raise
        except Exception as error:  # a bug: answered, never a dead server
            raise Failed(
                500, f"drafter 内部错误（程序缺陷，请报告）：{type(error).__name__}"
            ) from error

    def options(request: Request, kind: str) -> RenderOptions:
        variant = request.query_params.get("variant", "zh-Hans")
        fonts = request.query_params.get("fonts", "gb2312")
        if variant not in VARIANTS:
            raise Failed(400, f"不认识的字形“{variant}”。可选：{'、'.join(VARIANTS)}。")
        if fonts not in FONT_PROFILES:
            raise Failed(400, f"不认识的字体方案“{fonts}”。可选：{'、'.join(FONT_PROFILES)}。")
        return RenderOptions(kind, variant, fonts)

    async def page(request: Request) -> Response:
        opened: dict[str, Any] | None = None
        notice = ""
        name = request.query_params.get("sheet")
        if name:
            # A sheet that cannot be opened still gives the page (the writer's form is kept in
            # the browser), with why on top; never a bare JSON error instead of the page.
            try:
                text, seen = sheets.read_sheet(sheets_dir, name)
                opened = {
                    "name": name,
                    "version": seen,
                    **await limited(lambda: drafting.open_text(text)),
                }
            except (UserError, Failed) as error:
                notice = f"没有打开“{name[: sheets.MAX_NAME]}”：{_said(error)}"
        html = environment.get_template("page.html.j2").render(
            token=token,
            data=page_data,
            opened=opened,
            notice=notice,
            folder=sheets_dir.name or str(sheets_dir),
        )
        return HTMLResponse(html, headers={"cache-control": "no-store"})

    async def token_route(request: Request) -> Response:
        return JSONResponse({"token": token})

    async def form_route(request: Request) -> Response:
        return JSONResponse(page_data)

    async def list_route(request: Request) -> Response:
        return JSONResponse({"sheets": sheets.list_sheets(sheets_dir)})

    async def open_route(request: Request) -> Response:
        data = await json_of(request)
        seen = None
        if "text" in data:
            if not isinstance(data["text"], str):
                raise Failed(400, "“text”应是事实表的文字（YAML）。")
            text = data["text"].replace("\r\n", "\n").replace("\r", "\n")
        else:
            text, seen = sheets.read_sheet(sheets_dir, data.get("name"))
        opened = await limited(lambda: drafting.open_text(text))
        return JSONResponse({**opened, "version": seen})

    async def save_route(request: Request) -> Response:
        data = await json_of(request)
        answers = data.get("sheet")
        given = data.get("name")
        name = given or sheets.autosave_name(
            answers.get("region", "") if isinstance(answers, dict) else ""
        )
        sheets.sheet_path(sheets_dir, name)  # a name that is no plain file name: refused now
        checked = await limited(lambda: drafting.check_answers(answers))
        if checked.loaded is not None:
            text = sheet_yaml(checked.loaded.sheet, schema, _next_steps(name))
        else:  # not yet valid: kept as typed, with what is wrong said on top
            said = "；".join(f"{p['path']}：{p['message']}" for p in checked.problems[:5])
            text = "# 这份事实表还有问题，用 drafter serve 打开可接着填写：" + " ".join(
                said.split()
            )
            text += "\n" + sheets.plain_yaml(read_answers(answers, form_tree()))
        if not given:  # a new draft: under a free name, never over another tab's draft
            name, saved = sheets.save_new_sheet(sheets_dir, name, text)
            return JSONResponse({"name": name, "problems": checked.problems, "version": saved})
        seen = data.get("version")
        try:
            saved = sheets.save_sheet(
                sheets_dir,
                name,
                text,
                # Only a real `true`: the text "false" is no permission to overwrite.
                overwrite=data.get("overwrite") is True,
                seen=seen if isinstance(seen, str) else None,
            )
        except OverwriteRefused:
            raise Failed(
                409, f"“{name}”已存在，不是在这里打开的。要覆盖它吗？", name=name
            ) from None
        except sheets.SheetChanged as error:
            raise Failed(409, error.message, name=name, changed=True) from None
        return JSONResponse({"name": name, "problems": checked.problems, "version": saved})

    async def preview_route(request: Request) -> Response:
        chosen = options(request, "md")
        data = await parsed(request)
        result = await limited(lambda: drafting.preview(data, schema, chosen.variant, chosen.fonts))
        return JSONResponse(result)

    async def checked_body(request: Request) -> drafting.Checked:
        body = await body_of(request)
        kind = request.headers.get("content-type", "")
        return await limited(lambda: drafting.check_body(body, kind))

    async def validate_route(request: Request) -> Response:
        checked = await checked_body(request)
        warnings = [{**w, "warning": True} for w in checked.warnings]
        return JSONResponse([*checked.problems, *warnings])

    async def render_route(request: Request) -> Response:
        kind = request.query_params.get("format", "docx")
        if kind not in ("docx", "md"):
            raise Failed(400, f"不认识的格式“{kind}”。可选：docx、md。")
        chosen = options(request, kind)
        checked = await checked_body(request)
        if not checked.ready:
            raise Failed(422, "事实表还有问题，没有生成。", problems=checked.problems)
        rendered = await limited(lambda: drafting.draft(checked, schema, chosen))
        region = checked.loaded.sheet.region if checked.loaded else "drafter"
        return _attachment(f"{region}.{kind}", rendered.content, kind)

    async def yaml_route(request: Request) -> Response:
        checked = await checked_body(request)
        if checked.loaded is None:
            raise Failed(422, "事实表还有问题，先改好再下载。", problems=checked.problems)
        name = f"{checked.loaded.sheet.region}.yaml"
        text = sheet_yaml(checked.loaded.sheet, schema, _next_steps(name))
        return _attachment(name, text.encode("utf-8"), "yaml")

    async def failed(request: Request, error: Exception) -> Response:
        assert isinstance(error, Failed)
        return JSONResponse({"error": error.message, **error.more}, status_code=error.status)

    async def user_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, UserError)
        if isinstance(error, FactSheetError):
            problems = [drafting._said(p, True) for p in error.problems]
            return JSONResponse({"error": "事实表有问题。", "problems": problems}, 422)
        status = 409 if isinstance(error, OverwriteRefused) else 400
        message = error.message + (f"\n{error.hint}" if error.hint else "")
        return JSONResponse({"error": message}, status_code=status)

    async def http_error(request: Request, error: Exception) -> Response:
        # The framework's own answers (an unknown address, a method a route does not take)
        # are English pages; the writer gets them in Chinese.
        assert isinstance(error, HTTPException)
        if error.status_code == 404:
            message = "没有这个地址。请打开 drafter 的首页（启动时屏幕上显示的地址）。"
        elif error.status_code == 405:
            message = "这个地址不接受这种请求。"
        else:
            message = f"请求有误（HTTP {error.status_code}）。"
        return JSONResponse({"error": message}, error.status_code, headers=error.headers)

    async def bug(request: Request, error: Exception) -> Response:
        return JSONResponse(
            {"error": f"drafter 内部错误（程序缺陷，请报告）：{type(error).__name__}"}, 500
        )

    app = Starlette(
        routes=[
            Route("/", page),
            Route("/api/token", token_route),
            Route("/api/form", form_route),
            Route("/api/sheets", list_route),
            Route("/api/open", open_route, methods=["POST"]),
            Route("/api/save", save_route, methods=["POST"]),
            Route("/api/preview", preview_route, methods=["POST"]),
            Route("/api/validate", validate_route, methods=["POST"]),
            Route("/api/render", render_route, methods=["POST"]),
            Route("/api/yaml", yaml_route, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        exception_handlers={
            Failed: failed,
            UserError: user_error,
            HTTPException: http_error,
            Exception: bug,
        },
    )
    return Guard(app, allowed_hosts(port, hosts), token, body_limit)


def _said(error: Exception) -> str:
    """A refused sheet in the writer's words: the message, or each problem with its line."""
    if isinstance(error, FactSheetError):
        return "；".join(
            (f"第 {p.line} 行：" if p.line else "") + p.message for p in error.problems[:5]
        )
    if isinstance(error, UserError):
        return error.message + (f"（{error.hint}）" if error.hint else "")
    assert isinstance(error, Failed)
    return error.message


def _next_steps(name: str) -> tuple[str, str]:
    shown = f'"{name}"' if any(c.isspace() for c in name) else name
    return (f"drafter validate {shown}", f"drafter render {shown}")
