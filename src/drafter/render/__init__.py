"""Stage 5: fact sheets → drafts, as Markdown and as DOCX in the house format.

One fact sheet is loaded, composed with the schema into a Draft, rendered by the form's
template to Markdown; the DOCX is built from that Markdown. Scripts other than Simplified are
produced from the Markdown with OpenCC, so every output says the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.clean.script import VARIANTS, to_variant
from drafter.errors import UserError
from drafter.render.compose import Draft, compose
from drafter.render.docx import FONT_PROFILES, build_docx
from drafter.render.markdown import parse_markdown, render_markdown
from drafter.schema import Schema

__all__ = ["RenderOptions", "Rendered", "render_facts"]

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
