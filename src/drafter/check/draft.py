"""A draft as `check` reads it: numbered paragraphs of visible text, each able to say where a
character of it stands in the writer's file — `稿子.docx:第12段:第34字` in a DOCX (paragraphs
counted from the title, empty ones skipped, as she sees them in Word), `稿子.md:12:34` in
Markdown (line and column of the file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.errors import InputError

MAX_DRAFT_BYTES = 20_000_000
_MD_HEADER = re.compile(r"^(#{1,3})\s+")
_MD_FENCE = re.compile(r"^:::")
_BOLD_OPENING = re.compile(r"\*\*((?:\\.|[^*])+)\*\*(?=\S)")


@dataclass
class Paragraph:
    number: int  # 1-based: the paragraph (DOCX) or line (Markdown) of the file
    text: str  # what the reader sees
    kind: str  # title | heading1 | heading2 | paragraph | right | center
    columns: list[int] = field(default_factory=list)  # file column of each character (Markdown)
    lead_in: int = 0  # length of a bold sentence header opening the paragraph
    source: Any = None  # the python-docx paragraph (DOCX)

    @property
    def header(self) -> str:
        """The header this paragraph is or opens with ("" for none)."""
        if self.kind.startswith("heading"):
            return self.text
        return self.text[: self.lead_in]


@dataclass
class Draft:
    path: Path
    format: str  # docx | md
    paragraphs: list[Paragraph]
    document: Any = None  # the python-docx Document, for the house format checks

    def where(self, paragraph: Paragraph, offset: int = 0) -> str:
        """`稿子.docx:第12段:第34字` or `稿子.md:12:34` for a character of a paragraph."""
        if self.format == "md":
            column = paragraph.columns[offset] if offset < len(paragraph.columns) else offset + 1
            return f"{self.path}:{paragraph.number}:{column}"
        return f"{self.path}:第{paragraph.number}段:第{offset + 1}字"

    def headers(self, level: int) -> list[Paragraph]:
        """Paragraphs that are, or open with, a header of `level` (sentence headers are
        first-level)."""
        return [
            p
            for p in self.paragraphs
            if p.kind == f"heading{level}" or (level == 1 and p.kind == "paragraph" and p.lead_in)
        ]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def read_draft(path: str | Path) -> Draft:
    """Read a DOCX or Markdown draft; InputError for anything else, located where possible."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path)
    if suffix in (".md", ".markdown", ".txt"):
        return _read_markdown(path)
    raise InputError(
        f"不认识的稿子格式“{path.suffix or '（无扩展名）'}”。",
        file=path,
        hint="给出 Word 文稿（.docx）或 Markdown（.md）；.doc 请先在 Word 或 WPS 里另存为 .docx。",
    )


def _read_markdown(path: Path) -> Draft:
    from drafter.files import decode, read_bytes

    text = decode(read_bytes(path, limit=MAX_DRAFT_BYTES), path).text
    paragraphs = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip() or _MD_FENCE.match(line):
            continue
        kind, start = "paragraph", 0
        if header := _MD_HEADER.match(line):
            kind = {1: "title", 2: "heading1", 3: "heading2"}[len(header.group(1))]
            start = header.end()
        visible, columns = _visible(line, start)
        bold = _BOLD_OPENING.match(line, start)
        lead_in = len(_visible(bold.group(1), 0)[0]) if bold and kind == "paragraph" else 0
        paragraphs.append(Paragraph(number, visible, kind, columns, lead_in))
    return Draft(path, "md", paragraphs)


def _visible(line: str, start: int) -> tuple[str, list[int]]:
    """The text of a Markdown line without its markup (`**`, backslash escapes), and the file
    column of each character kept."""
    chars: list[str] = []
    columns: list[int] = []
    index = start
    while index < len(line):
        char = line[index]
        if char == "\\" and index + 1 < len(line):
            chars.append(line[index + 1])
            columns.append(index + 2)
            index += 2
            continue
        if line.startswith("**", index):
            index += 2
            continue
        chars.append(char)
        columns.append(index + 1)
        index += 1
    return "".join(chars), columns


_KIND_OF_STYLE = {
    "title": "title",
    "heading 1": "heading1",
    "heading 2": "heading2",
    "signature": "right",
    "author": "center",
}


def _bold_opening(paragraph: Any) -> int:
    """Characters of the bold runs that open a paragraph and stop before its end."""
    length = 0
    for run in paragraph.runs:
        if not run.bold:
            break
        length += len(run.text)
    return length if length < len(paragraph.text) else 0


def _read_docx(path: Path) -> Draft:
    from drafter.docxfile import open_docx

    document = open_docx(path)
    paragraphs = []
    number = 0
    for paragraph in document.paragraphs:
        text = paragraph.text
        if not text.strip():
            continue
        number += 1
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        kind = _KIND_OF_STYLE.get(style, "paragraph")
        lead_in = _bold_opening(paragraph) if kind == "paragraph" else 0
        paragraphs.append(Paragraph(number, text, kind, lead_in=lead_in, source=paragraph))
    return Draft(path, "docx", paragraphs, document)
