"""Stage 5: fact sheets → drafts, as Markdown and as DOCX in the house format.

One fact sheet is loaded, composed with the schema into a Draft, rendered by the form's
template to Markdown; the DOCX is built from that Markdown. Scripts other than Simplified are
produced from the Markdown with OpenCC, so every output says the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import UserError
from drafter.render.compose import Draft, compose
from drafter.render.docx import FONT_PROFILES, build_docx
from drafter.render.markdown import parse_markdown, render_markdown
from drafter.schema import Schema
from drafter.text.script import VARIANTS, to_variant

__all__ = [
    "RenderOptions",
    "Rendered",
    "fact_sheet_paths",
    "render_facts",
    "render_file",
    "target_path",
]

# Characters XML 1.0 cannot hold: a DOCX with them is a corrupt file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


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


def _check_xml_safe(markdown: str, source: str | Path) -> None:
    match = _NOT_XML.search(markdown)
    if match:
        raise UserError(
            f"事实表里有 Word 文档不能保存的字符（U+{ord(match.group()):04X}），请删除。",
            file=source,
            hint="这类字符通常是从网页或其他软件复制时带进来的不可见字符。",
        )


def render_facts(
    sheet: object, schema: Schema, options: RenderOptions, source: str | Path = "<事实表>"
) -> Rendered:
    """Render one fact sheet (a drafter.facts.FactSheet) to the requested format."""
    if options.variant not in VARIANTS:
        raise UserError(f"不认识的字形“{options.variant}”。", hint=f"可选：{'、'.join(VARIANTS)}。")
    if options.fonts not in FONT_PROFILES:
        raise UserError(
            f"不认识的字体方案“{options.fonts}”。", hint=f"可选：{'、'.join(FONT_PROFILES)}。"
        )
    draft = compose(sheet, schema)
    markdown = to_variant(render_markdown(draft, options.templates), options.variant)
    _check_xml_safe(markdown, source)
    if options.format == "md":
        content = markdown.encode("utf-8")
    else:
        content = build_docx(
            parse_markdown(markdown), fonts=options.fonts, reference=options.reference
        )
    return Rendered(draft, markdown, content, draft.todo)


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
    if count > 1 or output.is_dir():
        return output / sheet.with_suffix(f".{suffix}").name
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
    rendered = render_facts(loaded.sheet, schema, options, sheet)
    write_atomic(target, rendered.content, force=force)
    return rendered
