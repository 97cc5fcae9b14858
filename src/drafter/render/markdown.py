"""Markdown: the one rendered form of a draft. The Jinja templates write it; the DOCX is built
by reading it back, so the two outputs never disagree.

The dialect is small: `# ` title, `## ` section header, `### ` sub-header, `::: center` and
`::: right` blocks, `**bold**` runs, blank lines between paragraphs. Every value a template
prints is escaped, so the writer's text is always text: `{{ 7*7 }}` in a point stays as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from drafter.errors import UserError

_LINE_START = re.compile(r"^(?=[#>:\\])", re.MULTILINE)


def shipped_templates() -> Path:
    """The templates inside the installed package (or, in a source checkout, the repo's)."""
    packaged = Path(str(files("drafter").joinpath("templates")))
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[3] / "templates"


def escape(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace("*", "\\*")
    return _LINE_START.sub("\\\\", text)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


@lru_cache(maxsize=8)
def _environment(templates: Path | None) -> Any:
    """One sandboxed environment per template folder: templates compile once per process."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    loaders = [FileSystemLoader(str(shipped_templates()))]
    if templates is not None:
        loaders.insert(0, FileSystemLoader(str(templates)))
    return ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        finalize=escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_markdown(draft: Any, templates: Path | None = None) -> str:
    """Render a Draft with the template for its form."""
    from jinja2 import TemplateError

    if templates is not None and not templates.is_dir():
        raise UserError("模板目录不存在。", file=templates)
    name = f"{draft.form}.md.j2"
    try:
        text = _environment(templates).get_template(name).render(draft=draft)
    except TemplateError as error:
        raise UserError(
            f"模板出错：{error.message or error}",
            file=getattr(error, "filename", None) or name,
            line=getattr(error, "lineno", None),
            hint="检查 --templates 目录中的模板；内置模板见 templates/。",
        ) from None
    except (TypeError, ValueError, AttributeError, ArithmeticError) as error:
        if templates is None:
            raise  # a fault in the shipped templates is ours
        raise UserError(
            f"模板运行出错：{error}",
            file=templates / name,
            hint="检查 --templates 目录中的模板；内置模板见 templates/。",
        ) from None
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


@dataclass
class Block:
    """One block of a rendered draft."""

    kind: str  # title | heading1 | heading2 | center | right | paragraph
    runs: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


def _runs(text: str) -> list[tuple[str, bool]]:
    """Split `**bold**` runs, honouring backslash escapes."""
    runs: list[tuple[str, bool]] = []
    current, bold, index = "", False, 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            current += text[index + 1]
            index += 2
        elif text.startswith("**", index):
            if current:
                runs.append((current, bold))
            current, bold, index = "", not bold, index + 2
        else:
            current += text[index]
            index += 1
    if current:
        runs.append((current, bold))
    return runs


def parse_markdown(text: str) -> list[Block]:
    """Read rendered Markdown back into blocks."""
    blocks: list[Block] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
        elif line.startswith("::: "):
            kind = line[4:].strip()
            index += 1
            while index < len(lines) and lines[index].strip() != ":::":
                if lines[index].strip():
                    blocks.append(Block(kind, [(unescape(lines[index]), False)]))
                index += 1
            index += 1
        elif line.startswith(("# ", "## ", "### ")):
            level = len(line) - len(line.lstrip("#"))
            kind = {1: "title", 2: "heading1", 3: "heading2"}[level]
            blocks.append(Block(kind, [(unescape(line[level + 1 :]), False)]))
            index += 1
        else:
            paragraph = []
            while index < len(lines) and lines[index].strip():
                paragraph.append(lines[index])
                index += 1
            blocks.append(Block("paragraph", _runs("\n".join(paragraph))))
    return blocks
