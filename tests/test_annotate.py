"""`drafter check --annotate [--fix]`: findings as Word comments on their characters, mechanical
fixes as tracked changes, in a copy of her file that otherwise equals it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafter.check import CheckOptions, check_draft
from drafter.check.annotate import annotate
from drafter.check.draft import read_draft
from drafter.render import RenderOptions, render_file
from drafter.schema import load_schema
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _planted(tmp_path: Path) -> Path:
    """A rendered draft edited as a writer would: a changed figure, Traditional characters,
    a half-width comma, doubled marks, a leftover placeholder."""
    from docx import Document

    draft = tmp_path / "稿子.docx"
    render_file(EXAMPLE, draft, load_schema(), RenderOptions())
    document = Document(str(draft))
    edits = {
        "副书记4名": "副书记6名",
        "统筹推进": "統籌推進,",
        "明确以": "明确以，，",
        "激励干部": "激励干部{{",
    }
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            for old, new in edits.items():
                if old in run.text:
                    run.text = run.text.replace(old, new, 1)
    document.save(str(draft))
    return draft


def _report(draft: Path):
    return check_draft(draft, CheckOptions(facts=EXAMPLE))


def _anchored(path: Path) -> dict[str, str]:
    """comment id → the text between its range start and end, in document order."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    open_ids: set[str] = set()
    texts: dict[str, str] = {}
    for element in root.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.add(element.get(f"{W}id"))
            texts.setdefault(element.get(f"{W}id"), "")
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.discard(element.get(f"{W}id"))
        elif element.tag == f"{W}t":
            for comment in open_ids:
                texts[comment] += element.text or ""
    return texts


def _paragraph_view(path: Path) -> list[tuple[str, str, list[bool | None]]]:
    """Text, style and the boldness of every character, paragraph by paragraph."""
    from docx import Document

    view = []
    for paragraph in Document(str(path)).paragraphs:
        bold = [run.bold for run in paragraph.runs for _ in run.text]
        view.append((paragraph.text, paragraph.style.name, bold))
    return view


def test_one_comment_per_finding_on_its_characters(tmp_path: Path) -> None:
    draft = _planted(tmp_path)
    report = _report(draft)
    target = tmp_path / "批注.docx"
    done = annotate(read_draft(draft), report, target)
    assert done.comments == len(report.findings) and done.changes == 0
    anchored = _anchored(target)
    assert len(anchored) == len(report.findings)
    spans = [f.text for f in report.findings if f.length]
    assert sorted(t for t in anchored.values() if t in spans) == sorted(spans)
    assert _paragraph_view(target) == _paragraph_view(draft)
    assert all(c.author == "drafter" for c in __import__("docx").Document(str(target)).comments)


def _accept_all(path: Path) -> list[str]:
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    for deleted in root.iter(f"{W}del"):
        deleted.getparent().remove(deleted)
    for inserted in list(root.iter(f"{W}ins")):
        parent = inserted.getparent()
        for child in list(inserted):
            inserted.addprevious(child)
        parent.remove(inserted)
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def test_fix_writes_tracked_changes_that_give_the_fixed_text(tmp_path: Path) -> None:
    draft = _planted(tmp_path)
    report = _report(draft)
    target = tmp_path / "修订.docx"
    done = annotate(read_draft(draft), report, target, fix=True)
    fixable = [f for f in report.findings if f.fix is not None]
    assert done.changes == len(fixable) >= 6
    assert done.comments == len(report.findings) - len(fixable)
    accepted = "\n".join(_accept_all(target))
    assert "统筹推进，" in accepted and "明确以，" in accepted and "激励干部担当作为" in accepted
    assert "{{" not in accepted and "統" not in accepted
    digits = re.findall(r"\d+", "\n".join(p[0] for p in _paragraph_view(draft)))
    assert re.findall(r"\d+", accepted) == digits  # no number changed, 6 stays 6
    assert "副书记6名" in accepted


def test_her_comments_and_changes_are_kept(tmp_path: Path) -> None:
    from docx import Document

    draft = _planted(tmp_path)
    document = Document(str(draft))
    first = next(p for p in document.paragraphs if p.text.strip())
    document.add_comment(first.runs, text="主任：标题再斟酌", author="王主任", initials="W")
    document.save(str(draft))
    target = tmp_path / "批注.docx"
    annotate(read_draft(draft), _report(draft), target, fix=True)
    authors = [c.author for c in Document(str(target)).comments]
    assert authors.count("王主任") == 1 and "drafter" in authors


def test_the_original_is_never_overwritten(tmp_path: Path) -> None:
    draft = _planted(tmp_path)
    before = draft.read_bytes()
    done = drafter("check", draft, "--annotate", "-o", draft)
    assert done.returncode == 2 and "原稿" in done.stderr
    assert draft.read_bytes() == before
    first = drafter("check", draft, "--facts", EXAMPLE, "--annotate")
    assert first.returncode == 3 and (tmp_path / "稿子.批注.docx").exists()
    again = drafter("check", draft, "--annotate")
    assert again.returncode == 2 and "--force" in again.stderr
    assert drafter("check", draft, "--fix").returncode == 2


def test_render_keeps_heading_styles_with_outline_levels(tmp_path: Path) -> None:
    """WPS's navigation pane and 引用 → 目录 need numbered headers in heading styles that carry
    outline levels."""
    from docx import Document

    draft = tmp_path / "发言.docx"
    sheet = tmp_path / "发言.yaml"
    sheet.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("form: experience", "form: speech"),
        encoding="utf-8",
    )
    render_file(sheet, draft, load_schema(), RenderOptions())
    document = Document(str(draft))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) >= 2
    style = document.styles["Heading 1"].element
    level = style.find(f"{W}pPr/{W}outlineLvl")
    assert level is not None and level.get(f"{W}val") == "0"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_counts_the_comments_and_changes(tmp_path: Path) -> None:
    draft = _planted(tmp_path)
    report = _report(draft)
    target = tmp_path / "修订.docx"
    done = annotate(read_draft(draft), report, target, fix=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "fodt", "--outdir", str(tmp_path), str(target)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "修订.fodt").read_text(encoding="utf-8")
    assert len(re.findall(r"<office:annotation[ >]", text)) == done.comments
    assert len(re.findall(r"<text:changed-region", text)) >= done.changes


def test_page_warnings_from_the_laid_out_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Layout as LibreOffice would give it: a lone last character, a header at a page's foot,
    the signature alone on the last page — each located at its paragraph."""
    from drafter.check import pages

    draft = tmp_path / "稿子.docx"
    render_file(EXAMPLE, draft, load_schema(), RenderOptions())
    read = read_draft(draft)
    body = next(p for p in read.paragraphs if p.kind == "paragraph" and len(p.text) > 30)
    header = next(p for p in read.paragraphs if p.header)
    signature = [p.text for p in read.paragraphs if p.kind == "right"]
    laid_out = [
        ["标题", body.text[:-2], body.text[-2:]],  # the paragraph's last line: one character + 。
        ["正文", header.header],
        ["正文"],
        signature,
    ]
    monkeypatch.setattr(pages, "available", lambda: True)
    monkeypatch.setattr(pages, "_pages", lambda path: laid_out)
    found = [f for f in check_draft(draft).findings if f.rule == "分页"]
    wheres = {f.message[:6]: f.where for f in found}
    assert any("孤字" in f.message and f.paragraph == body.number for f in found), wheres
    assert any("页的最后一行" in f.message and f.paragraph == header.number for f in found)
    assert any("单独落在最后一页" in f.message for f in found)


def test_without_libreoffice_page_checks_are_said_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.check import pages

    draft = tmp_path / "稿子.docx"
    render_file(EXAMPLE, draft, load_schema(), RenderOptions())
    monkeypatch.setattr(pages, "available", lambda: False)
    report = check_draft(draft)
    assert any("LibreOffice" in reason and "分页" in reason for reason in report.skipped)


def test_her_tracked_changes_are_kept_and_ids_stay_unique(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import OxmlElement

    draft = _planted(tmp_path)
    document = Document(str(draft))
    paragraph = next(p for p in document.paragraphs if len(p.text) > 20)
    insertion = OxmlElement("w:ins")
    for key, value in (("w:id", "7"), ("w:author", "王主任"), ("w:date", "2026-11-30T09:00:00Z")):
        insertion.set(f"{W}{key.split(':')[1]}" if key != "w:id" else f"{W}id", value)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "（主任补充）"
    run.append(text)
    insertion.append(run)
    paragraph._p.append(insertion)
    document.save(str(draft))
    target = tmp_path / "修订.docx"
    annotate(read_draft(draft), _report(draft), target, fix=True)
    root = etree.fromstring(zipfile.ZipFile(target).read("word/document.xml"))
    changes = list(root.iter(f"{W}ins", f"{W}del"))
    authors = [c.get(f"{W}author") for c in changes]
    assert authors.count("王主任") == 1 and "drafter" in authors
    ids = [c.get(f"{W}id") for c in changes]
    assert len(ids) == len(set(ids))
