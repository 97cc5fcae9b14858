"""What the page and the API do with a sheet, apart from HTTP: check it with the loader
`validate` uses, draft it with `render`'s own code, open a YAML sheet into the form.

The form's answers are written out as YAML (sheets.plain_yaml) and read back by
facts.load.read_fact_sheet, so a problem is found and worded exactly as `validate` finds and
words it in a file; only the place is given as a field path instead of line:column.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from drafter.errors import UserError
from drafter.facts.load import FactSheetError, Loaded, read_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.render.markdown import Run, parse_markdown
from drafter.schema import Schema
from drafter.serve.form import answers, fit, form_tree
from drafter.serve.sheets import plain_yaml
from drafter.yamldoc import MAX_DEPTH, Numeral, Problem, Reader, compose, format_path

_TODO = re.compile(r"【待补：[^】]*】")


@dataclass
class Checked:
    """A sheet as checked: the model when it loads, and every problem with its field path."""

    loaded: Loaded | None
    problems: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.loaded is not None and not self.problems


def _said(problem: Problem, with_place: bool) -> dict[str, Any]:
    said: dict[str, Any] = {"path": problem.path, "message": problem.message}
    if with_place and problem.line:
        said.update(line=problem.line, column=problem.column)
    return said


def check_text(text: str, *, from_form: bool = False) -> Checked:
    """Check a sheet's YAML; a sheet that loads but is unfinished has problems, not an error.
    Lines and columns are given only for YAML a person wrote (not for the form's answers)."""
    try:
        loaded = read_fact_sheet(text)
    except FactSheetError as error:
        return Checked(None, [_said(p, not from_form) for p in error.problems])
    return Checked(
        loaded,
        [_said(p, not from_form) for p in loaded.incomplete()],
        [_said(p, not from_form) for p in loaded.unprinted()],
    )


def check_answers(data: Any) -> Checked:
    """Check the form's answers (JSON as the page sends it)."""
    return check_text(plain_yaml(answers(data, form_tree())), from_form=True)


_SURROGATE = re.compile("[\ud800-\udfff]")


class TooDeep(ValueError):
    """JSON nested deeper than any fact sheet."""

    def __init__(self) -> None:
        super().__init__(f"请求内容嵌套超过 {MAX_DEPTH} 层，不像是事实表。")


def read_json(body: bytes) -> Any:
    """JSON with numbers kept as typed (`12.50`, and integers of any length), and NaN or
    Infinity kept as text (so the check refuses them in its own words). ValueError for bytes
    that are not JSON, and TooDeep for nesting deeper than a sheet (the parser, and every walk
    after it, would overflow). A lone surrogate (`\\ud800`, which a browser's string may hold)
    becomes U+FFFD: no file can store it, and YAML would refuse the whole sheet for it."""
    try:
        data = json.loads(body, parse_float=Numeral, parse_int=Numeral, parse_constant=str)
    except RecursionError:
        raise TooDeep from None
    return _checked(data)


def _checked(data: Any) -> Any:
    """`data` with lone surrogates replaced, walked without recursion; ValueError when it
    nests deeper than MAX_DEPTH."""
    root = [data]
    todo: list[tuple[Any, int]] = [(root, 0)]
    while todo:
        holder, depth = todo.pop()
        if depth > MAX_DEPTH:
            raise TooDeep
        keys = list(holder) if isinstance(holder, dict) else range(len(holder))
        for key in keys:
            value = holder[key]
            if isinstance(value, str):
                holder[key] = _SURROGATE.sub("\ufffd", value)
            elif isinstance(value, dict | list):
                todo.append((value, depth + 1))
        if isinstance(holder, dict) and any(_SURROGATE.search(k) for k in keys):
            fixed = {_SURROGATE.sub("\ufffd", k): v for k, v in holder.items()}
            holder.clear()
            holder.update(fixed)
    return root[0]


def check_body(body: bytes, content_type: str) -> Checked:
    """A sheet sent as YAML (text/yaml, application/x-yaml) or as JSON."""
    if "yaml" in content_type:
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("事实表应以 UTF-8 编码发送。") from None
        return check_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    try:
        data = read_json(body)
    except ValueError:
        raise UserError(
            "请求内容不是 JSON，也没有注明是 YAML（Content-Type: text/yaml）。"
        ) from None
    return check_answers(data)


def draft(checked: Checked, schema: Schema, options: RenderOptions) -> Any:
    """render_facts on a checked sheet: the same code as `drafter render`."""
    assert checked.loaded is not None
    return render_facts(checked.loaded.sheet, schema, options)


def preview(data: Any, schema: Schema, variant: str, fonts: str) -> dict[str, Any]:
    """The draft as `render --format md` gives it, as safe HTML too, with every problem."""
    checked = check_answers(data)
    result: dict[str, Any] = {
        "markdown": "",
        "html": "",
        "problems": checked.problems,
        "warnings": checked.warnings,
        "todo": [],
        "notes": [],
    }
    if checked.loaded is None or not checked.loaded.sheet.sections:
        return result
    try:
        rendered = draft(checked, schema, RenderOptions("md", variant, fonts))
    except UserError as error:
        result["problems"] = [*checked.problems, {"path": "", "message": error.message}]
        return result
    result.update(
        markdown=rendered.markdown,
        html=markdown_html(rendered.markdown),
        todo=list(rendered.todo),
        notes=list(rendered.draft.notes),
    )
    return result


def _text_html(text: str) -> str:
    """Text escaped first, then its 【待补：…】 marks wrapped so they stand out."""
    return _TODO.sub(lambda m: f'<mark class="todo">{m.group()}</mark>', html.escape(text))


_TAGS = {"title": "h1", "heading1": "h2", "heading2": "h3"}


def _run_html(run: Run) -> str:
    html_text = _text_html(run.text)
    if run.dots:
        html_text = f"<em>{html_text}</em>"
    return f"<strong>{html_text}</strong>" if run.bold else html_text


def markdown_html(markdown: str) -> str:
    """The draft's Markdown as simple, safe HTML: every character of the writer's text is
    escaped; only the tags written here are markup."""
    out = []
    for block in parse_markdown(markdown):
        if block.kind in _TAGS:
            tag = _TAGS[block.kind]
            out.append(f"<{tag}>{_text_html(block.text)}</{tag}>")
            continue
        runs = "".join(_run_html(run) for run in block.runs)
        css = f' class="{block.kind}"' if block.kind in ("center", "right") else ""
        out.append(f"<p{css}>{runs.replace(chr(10), '<br>')}</p>")
    return "\n".join(out)


def open_text(text: str) -> dict[str, Any]:
    """A YAML sheet into the form: what the form can show, the keys and values it cannot
    (listed with their YAML, never dropped silently), and the sheet's problems."""
    from drafter.facts.load import MAX_BYTES

    root = compose(text, "<事实表>", max_bytes=MAX_BYTES)  # a syntax error: FactSheetError
    reader = Reader()
    data = reader.plain(root) if root is not None else {}
    sheet, rest = fit(data, form_tree())
    unknown = [
        {
            "path": format_path(path),
            "yaml": plain_yaml(value).strip(),
            "line": reader.position(path)[0],
        }
        for path, value in rest
    ]
    checked = check_answers(sheet)  # what the form now holds; the rest is listed above
    return {
        "sheet": sheet,
        "unknown": unknown,
        "problems": checked.problems,
        "warnings": checked.warnings,
    }
