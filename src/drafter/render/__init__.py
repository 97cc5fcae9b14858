"""Stage 5: fact sheets → drafts, as Markdown and as DOCX in the house format.

One fact sheet is loaded, composed with the schema into a Draft, rendered by the form's
template to Markdown; the DOCX is built from that Markdown. Scripts other than Simplified are
produced from the Markdown with OpenCC, so every output says the same thing.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import UserError
from drafter.render.compose import Draft, compose
from drafter.render.gbt9704 import FONT_PROFILES
from drafter.render.markdown import Block, parse_markdown
from drafter.render.templating import MAX_TEMPLATE_BYTES, render_markdown
from drafter.schema import Schema
from drafter.text.chars import NOT_XML
from drafter.text.positions import locate
from drafter.text.script import VARIANTS, to_variant
from drafter.yamldoc import FieldPath, format_path, locate_character

if TYPE_CHECKING:  # pydantic is imported by the commands that read sheets, not here
    from drafter.facts import FactSheet

__all__ = [
    "RenderOptions",
    "Rendered",
    "fact_sheet_paths",
    "render_facts",
    "render_file",
    "target_path",
]

# Characters XML 1.0 cannot hold: a DOCX with them is a corrupt file.
_NOT_XML = re.compile(f"[{NOT_XML}]")


@dataclass
class RenderOptions:
    format: str = "docx"  # docx | md
    variant: str = "zh-Hans"
    fonts: str = "gb2312"
    reference: Path | None = None
    templates: Path | None = None


@dataclass
class Rendered:
    draft: Draft
    markdown: str
    content: bytes
    todo: list[str] = field(default_factory=list)


def _strings(value: Any, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    """Every text in plain data (a dumped fact sheet or draft), with its field path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _holding(data: Any, char: str) -> FieldPath | None:
    return next((path for path, text in _strings(data) if char in text), None)


def _sheet_text(path: Path) -> str | None:
    """A fact sheet's text as the loader read it (for locating a problem found later)."""
    from drafter.facts.load import MAX_BYTES
    from drafter.files import decode, read_bytes

    try:
        text = decode(read_bytes(path, limit=MAX_BYTES), path).text
    except UserError:  # gone or changed since it was loaded
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _locate_in_templates(
    templates: Path, char: str, name: str
) -> tuple[Path, int | None, int | None]:
    """The first template file (in name order) holding `char` as it is, with line and column;
    else the form's template (it may write the character with an escape such as "\\x0b")."""
    from drafter.files import read_utf8

    candidates = sorted(p for p in itertools.islice(templates.rglob("*"), 1000) if p.is_file())
    for path in candidates:
        try:
            text = read_utf8(path, limit=MAX_TEMPLATE_BYTES)
        except UserError:
            continue
        if char in text:
            return path, *locate(text, text.index(char))
    form_template = templates / name
    return (form_template if form_template.is_file() else templates), None, None


def _check_xml_safe(
    text: str,
    sheet: FactSheet,
    draft: Draft,
    source: str | Path,
    templates: Path | None,
    sheet_text: Callable[[], str | None] | None,
) -> None:
    """Refuse a character XML cannot hold, blaming where it came from: the fact sheet (located
    in its file when `sheet_text` can give the text), the schema, or the user's templates."""
    match = _NOT_XML.search(text)
    if match is None:
        return
    char = match.group()
    code = f"U+{ord(char):04X}"
    field = _holding(sheet.model_dump(), char)
    if field is not None:
        line, column = locate_character(sheet_text() if sheet_text else None, char)
        raise UserError(
            f"事实表的 {format_path(field)} 里有 Word 文档不能保存的字符（{code}），请删除。",
            file=source,
            line=line,
            column=column,
            hint="这类字符通常是从网页或其他软件复制时带进来的不可见字符；"
            "双引号里的 \\v、\\x0b 一类转义也会写出它。",
        )
    if _holding(dataclasses.asdict(draft), char) is not None:
        raise UserError(
            f"schema 里有 Word 文档不能保存的字符（{code}）：在它提供的小标题或导语、结尾框架中，"
            "请从 schema 中删除。",
            hint="这是 --schema 指定的 schema 文件的问题；不加 --schema 则用内置 schema。",
        )
    name = f"{draft.form}.md.j2"
    if templates is None:  # the shipped templates write no such character
        raise UserError(f"文稿里有 Word 文档不能保存的字符（{code}）。", file=source)
    file, line, column = _locate_in_templates(templates, char, name)
    raise UserError(
        f"模板写出了 Word 文档不能保存的字符（{code}）：事实表里没有这个字符，"
        "是 --templates 目录中的模板写出的，请修改模板。",
        file=file,
        line=line,
        column=column,
        hint="模板里的 \\x0b、\\u000b 一类转义也会写出这类字符。",
    )


def _creator(sheet: FactSheet) -> str:
    """Who the DOCX says wrote it: the byline's author, else her unit, else the organization."""
    byline = sheet.byline
    names = (byline.author, byline.unit, sheet.organization)
    return next((name.strip() for name in names if name.strip()), "")


def render_facts(
    sheet: FactSheet,
    schema: Schema,
    options: RenderOptions,
    source: str | Path = "<事实表>",
    *,
    sheet_text: Callable[[], str | None] | None = None,
) -> Rendered:
    """Render one fact sheet to the requested format. `source`
    names the sheet in messages; `sheet_text`, when given, gives its text, to say where in it
    a problem is (called only then)."""
    if options.variant not in VARIANTS:
        raise UserError(f"不认识的字形“{options.variant}”。", hint=f"可选：{'、'.join(VARIANTS)}。")
    if options.fonts not in FONT_PROFILES:
        raise UserError(
            f"不认识的字体方案“{options.fonts}”。", hint=f"可选：{'、'.join(FONT_PROFILES)}。"
        )
    draft = compose(sheet, schema)
    markdown = to_variant(render_markdown(draft, options.templates), options.variant)
    # The creator is written into the DOCX's properties, so it must be storable there too.
    creator = to_variant(_creator(sheet), options.variant) if options.format != "md" else ""
    blocks = parse_markdown(markdown) if options.format != "md" else []
    # A character reference a template writes (`&#12;`) becomes its character in the blocks.
    written = "\n".join(block.text for block in blocks)
    _check_xml_safe(
        f"{markdown}\n{written}\n{creator}", sheet, draft, source, options.templates, sheet_text
    )
    if options.format == "md":
        content = markdown.encode("utf-8")
    else:
        content = _docx(blocks, options, creator)
    return Rendered(draft, markdown, content, draft.todo)


def _docx(blocks: list[Block], options: RenderOptions, author: str) -> bytes:
    """The DOCX bytes of the draft's blocks in the shipped house package, or with a reference
    document in that (only then is python-docx's code loaded). `author` (the writer, or her
    unit) is recorded as the document's creator."""
    title = next((block.text for block in blocks if block.kind == "title"), "")
    if options.reference is None:
        from drafter.render.house import write_draft

        return write_draft(blocks, options.fonts, title=title, author=author)
    from drafter.render.docx import reference_draft

    return reference_draft(options.reference, blocks, options.fonts, title=title, author=author)


def fact_sheet_paths(paths: list[Path]) -> list[Path]:
    """The fact sheets named by `paths`: files as given, directories as their .yaml files."""
    from drafter.files import expand_paths

    found = expand_paths(paths, (".yaml", ".yml"))
    if not found:
        raise UserError("没有找到事实表（.yaml）。", hint="先用 drafter new --region 地区名 生成。")
    return found


def target_path(sheet: Path, output: Path | None, count: int, suffix: str) -> Path:
    """Where a sheet's draft goes: beside it by default; into `output` when that is a folder
    (or several sheets are rendered); else `output` itself."""
    if output is None:
        return sheet.with_suffix(f".{suffix}")
    try:
        folder = count > 1 or output.is_dir()
    except OSError as error:  # a name too long, a folder she may not look into
        from drafter.files import os_reason

        raise UserError(f"无法使用这个输出路径：{os_reason(error)}。", file=output) from None
    if folder:
        return output / sheet.with_suffix(f".{suffix}").name
    if output.suffix.lower() in (".docx", ".md") and output.suffix.lower() != f".{suffix}":
        raise UserError(
            f"输出文件名是 {output.suffix}，格式却是 {suffix}：写出的文件会打不开。",
            file=output,
            hint=f"把文件名改成 .{suffix}，或用 --format {output.suffix.lower()[1:]}。",
        )
    return output


def render_file(
    sheet: Path, target: Path, schema: Schema, options: RenderOptions, *, force: bool = False
) -> Rendered:
    """Load a fact sheet, refuse it if unfinished, render it and write the draft atomically."""
    from drafter.facts.load import load_fact_sheet
    from drafter.files import write_atomic

    loaded = load_fact_sheet(sheet)
    missing = loaded.incomplete()
    if missing:
        lines = "\n".join("  " + problem.render(sheet) for problem in missing)
        raise UserError(f"事实表还没填完：\n{lines}", file=sheet)
    rendered = render_facts(
        loaded.sheet, schema, options, sheet, sheet_text=lambda: _sheet_text(sheet)
    )
    said = [loaded.encoding_note() or ""] + [
        "提醒：" + problem.render(sheet) for problem in loaded.unprinted()
    ]
    rendered.draft.notes[:0] = [note for note in said if note]
    write_atomic(target, rendered.content, force=force)
    return rendered


@dataclass
class Drafted:
    """What became of one sheet of a batch, for the command to say: the sheet's draft and
    what to fill in it, or the problem that stopped it, as printed."""

    sheet: Path
    target: Path
    todo: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem: str | None = None


_PARALLEL_FROM = 50  # sheets; below this, starting worker processes costs more than it saves
_SHARE = 25  # sheets per worker task: the schema and options travel once per share


def _drafted(
    sheet: Path, target: Path, schema: Schema, options: RenderOptions, force: bool
) -> Drafted:
    try:
        rendered = render_file(sheet, target, schema, options, force=force)
    except UserError as error:
        return Drafted(sheet, target, problem=str(error))
    return Drafted(sheet, target, rendered.todo, rendered.draft.notes)


def _share(task: tuple[list[tuple[Path, Path]], Schema, RenderOptions, bool]) -> list[Drafted]:
    import os

    from drafter.workers import orphaned

    pairs, schema, options, force = task
    done = []
    for sheet, target in pairs:
        if orphaned():
            os._exit(1)
        done.append(_drafted(sheet, target, schema, options, force))
    return done


def render_files(
    pairs: list[tuple[Path, Path]],
    schema: Schema,
    options: RenderOptions,
    *,
    force: bool = False,
    jobs: int = 1,
) -> Iterator[Drafted]:
    """Render each (sheet, target) pair and write its draft, in order; a batch of many sheets
    is shared among `jobs` worker processes. A sheet's user error stops that sheet only."""
    if jobs <= 1 or len(pairs) < _PARALLEL_FROM:
        for sheet, target in pairs:
            yield _drafted(sheet, target, schema, options, force)
        return
    from drafter.workers import in_workers

    tasks = [
        (pairs[start : start + _SHARE], schema, options, force)
        for start in range(0, len(pairs), _SHARE)
    ]
    # No more workers than shares: a machine of many cores does not start idle ones.
    for share in in_workers(_share, tasks, min(jobs, len(tasks))):
        yield from share

