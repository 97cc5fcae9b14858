"""Findings where the writer reads them: Word comments (批注) on the characters they concern,
and with `--fix` the mechanical corrections as tracked changes (修订) she accepts or rejects in
审阅 — in a copy of her file, never over it.

Comments go through python-docx's comment support (`Document.add_comment`). Tracked changes
have no python-docx API: they are written as WordprocessingML `w:del`/`w:ins` around the runs
concerned. To anchor a comment or a change on exact characters, the runs holding them are
split at the span's edges; each piece keeps its run's formatting, so the text, paragraphs,
styles and formatting of every character stay as she left them.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafter.check.draft import Draft, Paragraph
from drafter.check.findings import CheckReport, Finding

AUTHOR = "drafter"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT_ONLY = {f"{{{_W}}}t", f"{{{_W}}}rPr"}


def _qn(tag: str) -> str:
    prefix, name = tag.split(":")
    assert prefix == "w"
    return f"{{{_W}}}{name}"


@dataclass
class Annotated:
    target: Path
    comments: int
    changes: int


def default_target(path: Path) -> Path:
    return path.with_name(f"{path.stem}.批注{path.suffix}")


def annotate(
    draft: Draft, report: CheckReport, target: Path, *, fix: bool = False, force: bool = False
) -> Annotated:
    """Write `draft`'s document with a comment per finding (a tracked change instead, with
    `fix`, where the finding has a mechanical correction) to `target`."""
    from drafter.errors import UserError
    from drafter.files import write_atomic

    if draft.format != "docx":
        raise UserError("批注只能写进 Word 文稿（.docx）。", file=draft.path)
    if target.resolve() == draft.path.resolve():
        raise UserError(
            "批注稿不能写在原稿上。", file=target, hint="用 -o 给批注稿另起一个文件名。"
        )
    document = draft.document
    comments = changes = 0
    fallback = next((p for p in draft.paragraphs), None)
    # Right to left within a paragraph: a change wraps runs in w:del/w:ins, which takes their
    # text out of the paragraph's direct runs, so the offsets before it stay valid.
    ordered = sorted(
        report.findings,
        key=lambda f: (f.paragraph is None, f.paragraph or 0, -(f.offset or 0)),
    )
    revision = _next_id(document)
    for finding in ordered:
        paragraph = _paragraph(draft, finding) or fallback
        if paragraph is None:
            continue
        exact = finding.paragraph is not None and finding.length > 0
        runs = _isolate(paragraph, finding.offset or 0, finding.length) if exact else []
        if fix and finding.fix is not None and runs and _plain(runs):
            _track_change(runs, finding.fix, revision)
            revision += 2
            changes += 1
            continue
        runs = runs or list(paragraph.source.runs) or [paragraph.source.add_run("")]
        document.add_comment(runs, text=_comment(finding), author=AUTHOR, initials="DR")
        comments += 1
    output = io.BytesIO()
    document.save(output)
    write_atomic(target, output.getvalue(), force=force)
    return Annotated(target, comments, changes)


def _paragraph(draft: Draft, finding: Finding) -> Paragraph | None:
    if finding.paragraph is None:
        return None
    return next((p for p in draft.paragraphs if p.number == finding.paragraph), None)


def _comment(finding: Finding) -> str:
    quoted = f"“{finding.text}”" if finding.text else ""
    text = f"{quoted}{finding.message}。怎么办：{finding.advice}（规则：{finding.rule}）"
    return text.replace("。。", "。")


def _plain(runs: list[Any]) -> bool:
    return all({child.tag for child in run._r} <= _TEXT_ONLY for run in runs)


def _isolate(paragraph: Paragraph, start: int, length: int) -> list[Any]:
    """The runs covering exactly characters [start, start + length) of the paragraph, split
    off their neighbours where the span begins or ends inside a run; [] when the paragraph's
    runs do not add up to its text (hyperlinks, fields) and the span cannot be found."""
    end = start + length
    source = paragraph.source
    # Changes made so far lie to the right of this span (findings are taken right to left), so
    # up to its end the runs must still spell the paragraph as it was read.
    if "".join(run.text for run in source.runs)[:end] != paragraph.text[:end]:
        return []
    covering = []
    position = 0
    for run in list(source.runs):
        text = run.text
        run_start, run_end = position, position + len(text)
        position = run_end
        if run_end <= start or run_start >= end:
            continue
        if not _plain([run]):
            covering.append(run)  # a run with a tab or a field is taken whole
            continue
        if run_start < start:
            run = _split(run, start - run_start)
            run_start = start
        if run_end > end:
            _split(run, end - run_start)
        covering.append(run)
    return covering


def _split(run: Any, at: int) -> Any:
    """Split a text-only run at character `at`; return the second part (a new run after it,
    with the same formatting)."""
    from docx.text.run import Run

    text = run.text
    twin = copy.deepcopy(run._r)
    run._r.addnext(twin)
    run.text = text[:at]
    second = Run(twin, run._parent)
    second.text = text[at:]
    return second


def _next_id(document: Any) -> int:
    """A revision id above every one the document already uses (hers included)."""
    ids = [0]
    for element in document.element.iter(_qn("w:ins"), _qn("w:del")):
        value = element.get(_qn("w:id"))
        if value and value.isdigit():
            ids.append(int(value))
    return max(ids) + 1


def _track_change(runs: list[Any], replacement: str, revision: int) -> None:
    """Wrap `runs` in a tracked deletion, and insert `replacement` after it as a tracked
    insertion with the first run's formatting."""
    from docx.oxml import OxmlElement

    stamp = datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    deletion = OxmlElement("w:del")
    first = runs[0]._r
    first.addprevious(deletion)
    for run in runs:
        for text in run._r.findall(_qn("w:t")):
            text.tag = _qn("w:delText")
        deletion.append(run._r)
    for element, number in ((deletion, revision),):
        element.set(_qn("w:id"), str(number))
        element.set(_qn("w:author"), AUTHOR)
        element.set(_qn("w:date"), stamp)
    if not replacement:
        return
    insertion = OxmlElement("w:ins")
    insertion.set(_qn("w:id"), str(revision + 1))
    insertion.set(_qn("w:author"), AUTHOR)
    insertion.set(_qn("w:date"), stamp)
    new_run = copy.deepcopy(first)
    for child in list(new_run):
        if child.tag != _qn("w:rPr"):
            new_run.remove(child)
    text = OxmlElement("w:t")
    text.text = replacement
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    new_run.append(text)
    insertion.append(new_run)
    deletion.addnext(insertion)
