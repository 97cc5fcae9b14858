"""Markdown: the one rendered form of a draft. The templates write it (`render.templating`);
the DOCX is built by reading it back, so the two outputs never disagree.

The dialect is small: `# ` title, `## ` section header, `### ` sub-header, `::: center` and
`::: right` blocks, `**bold**` runs, blank lines between paragraphs. Every value a template
prints is escaped, so the writer's text is always text: `{{ 7*7 }}` in a point stays as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_LINE_START = re.compile(r"^(?=[#>:\\])", re.MULTILINE)


def escape(value: Any) -> str:
    text = str(value).replace("\\", "\\\\").replace("*", "\\*")
    return _LINE_START.sub("\\\\", text)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


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
