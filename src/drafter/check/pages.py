"""Page-level warnings, where LibreOffice is installed to lay the draft out: a paragraph whose
last line holds a single character (孤字), a header left alone at the foot of a page, the
signature and date alone on the last page. LibreOffice's layout is close to Word's and WPS's,
not the same: these are warnings."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.check.draft import Paragraph
    from drafter.check.findings import Finding
    from drafter.check.rules import Context, Rule

_PAGE_NUMBER = re.compile(r"^[—\-–]\s*\d+\s*[—\-–]$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TIMEOUT = 120


def available() -> bool:
    return shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def _pages(path: Path) -> list[list[str]]:
    """The text lines of each page, as LibreOffice lays the document out."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(path)],
            capture_output=True,
            timeout=_TIMEOUT,
            check=True,
        )
        pdf = Path(folder) / f"{path.stem}.pdf"
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=True,
        ).stdout
    pages = []
    for page in text.split("\f"):
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        pages.append([line for line in lines if not _PAGE_NUMBER.match(line.replace(" ", ""))])
    return [page for page in pages if page]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def layout(rule: Rule, context: Context) -> Iterator[Finding]:
    from drafter.errors import UserError

    try:
        pages = _pages(context.draft.path)
    except (OSError, subprocess.SubprocessError):
        raise UserError(
            "LibreOffice 排版这份稿子时出错，未能检查分页。",
            file=context.draft.path,
            hint="加 --skip 分页 跳过这项检查。",
        ) from None
    paragraphs = context.draft.paragraphs
    for page_number, lines in enumerate(pages, start=1):
        for previous, line in itertools.pairwise(lines):
            squeezed = _squeeze(line)
            if len(_HAN.findall(squeezed)) == 1 and len(squeezed) <= 2:
                owner = _ending_with(paragraphs, _squeeze(previous) + squeezed)
                if owner is not None:
                    yield context.finding(
                        rule,
                        owner,
                        len(owner.text) - len(squeezed),
                        len(squeezed),
                        "这一段的最后一行只有一个字（孤字）",
                        "删减或增加几个字，让最后一行多于一个字。",
                    )
        last = _squeeze(lines[-1])
        header = next((p for p in paragraphs if p.header and _squeeze(p.header) == last), None)
        if header is not None and page_number < len(pages):
            yield context.finding(
                rule,
                header,
                0,
                len(header.header),
                f"标题落在第 {page_number} 页的最后一行，正文在下一页",
                "调整前文长短，或在段落设置中勾选“与下段同页”。",
            )
    signature = [p for p in paragraphs if p.kind == "right"]
    if signature and len(pages) > 1:
        closing = {_squeeze(p.text) for p in signature}
        if all(_squeeze(line) in closing for line in pages[-1]):
            yield context.finding(
                rule,
                signature[0],
                0,
                len(signature[0].text),
                "落款和日期单独落在最后一页",
                "删减正文或调整段落，让落款与正文末段在同一页。",
            )


def _ending_with(paragraphs: list[Paragraph], tail: str) -> Paragraph | None:
    return next((p for p in paragraphs if _squeeze(p.text).endswith(tail)), None)
