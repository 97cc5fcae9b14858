"""Drafts in the house format without python-docx: the shipped house package plus two parts.

A draft differs from the empty house document only in `word/document.xml` (its paragraphs)
and `docProps/core.xml` (title, author, dates). Rebuilding the whole package for each draft
(a 344 KB styles part among 19) is what made a draft cost tens of milliseconds, so the other
parts are shipped once, compressed, and each draft appends its two parts to a copy of them.
The parts written here are the ones python-docx writes for the same blocks, byte for byte:
`tests/test_house.py` compares the two routes, and the shipped files with a fresh build.

Maintainers regenerate the shipped files after changing the house format in
`drafter.render.docx` with `python -m drafter.render.house`.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from drafter.render.markdown import Block

DOCUMENT = "word/document.xml"
CORE = "docProps/core.xml"
_FOLDER = "house"
# As python-docx writes them (lxml): only these need escaping in element text.
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_DOTS = '<w:em w:val="dot"/>'  # 着重号: a dot under each character, after w:b in w:rPr
_HEADER_FONTS = (
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
    'w:eastAsia="{font}" w:hint="eastAsia"/>'
)
_CORE = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{title}{creator}{modified_by}'
    "<cp:revision>1</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
    "</cp:coreProperties>"
)


@dataclass(frozen=True)
class HousePackage:
    """One font profile's house document: every part but the two a draft writes, compressed
    as a ZIP; the document part around its body's paragraphs; the style ids of block kinds."""

    parts: bytes
    document_head: str
    document_tail: str
    style_ids: dict[str, str]
    header_font: str


def _files(fonts: str) -> tuple[str, str]:
    return f"{fonts}.parts.zip", f"{fonts}.json"


@lru_cache(maxsize=4)
def house_package(fonts: str) -> HousePackage:
    """The shipped house package of a font profile, read once per process."""
    folder = Path(__file__).parents[1] / "data" / _FOLDER
    parts_name, about_name = _files(fonts)
    about = json.loads(folder.joinpath(about_name).read_text(encoding="utf-8"))
    return HousePackage(
        parts=folder.joinpath(parts_name).read_bytes(),
        document_head=about["document_head"],
        document_tail=about["document_tail"],
        style_ids=about["style_ids"],
        header_font=about["header_font"],
    )


def _text(text: str) -> str:
    """A `w:t` element as python-docx writes it: white space at either end is preserved."""
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{text.translate(_TEXT_ESCAPES)}</w:t>"


def _paragraph(block: Block, style_id: str | None, keep: bool, header_fonts: str) -> str:
    properties = (f'<w:pStyle w:val="{style_id}"/>' if style_id else "") + (
        "<w:keepNext/>" if keep else ""
    )
    runs = []
    for run in block.runs:
        content = "<w:br/>".join(_text(line) for line in run.text.split("\n"))
        marks = (f"{header_fonts}<w:b/>" if run.bold else "") + (_DOTS if run.dots else "")
        run_properties = f"<w:rPr>{marks}</w:rPr>" if marks else ""
        runs.append(f"<w:r>{run_properties}{content}</w:r>")
    inner = (f"<w:pPr>{properties}</w:pPr>" if properties else "") + "".join(runs)
    return f"<w:p>{inner}</w:p>" if inner else "<w:p/>"


def document_xml(blocks: list[Block], package: HousePackage) -> str:
    """The document part: the house document's body with the blocks as its paragraphs."""
    from drafter.render.gbt9704 import kept_with_next

    keep = kept_with_next(blocks)
    header_fonts = _HEADER_FONTS.format(font=package.header_font.translate(_TEXT_ESCAPES))
    body = "".join(
        _paragraph(
            block,
            package.style_ids[block.kind] if block.kind != "paragraph" else None,
            index in keep,
            header_fonts,
        )
        for index, block in enumerate(blocks)
    )
    return package.document_head + body + package.document_tail


def core_xml(title: str, author: str, now: datetime | None = None) -> str:
    """The core properties python-docx writes for the draft's title and author."""
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(tag: str, value: str) -> str:
        value = value[:255].translate(_TEXT_ESCAPES)  # the format's limit for a property
        return f"<{tag}>{value}</{tag}>"

    return _CORE.format(
        title=element("dc:title", title),
        creator=element("dc:creator", author),
        modified_by=element("cp:lastModifiedBy", author),
        now=moment,
    )


def write_draft(blocks: list[Block], fonts: str, *, title: str, author: str) -> bytes:
    """The DOCX bytes of `blocks` in the house format of the `fonts` profile."""
    package = house_package(fonts)
    output = io.BytesIO(package.parts)
    output.seek(0, io.SEEK_END)
    # Appending keeps the shipped parts' compressed bytes: only the two new parts are
    # compressed, and the central directory is written again.
    with zipfile.ZipFile(output, "a", compression=zipfile.ZIP_DEFLATED) as package_zip:
        package_zip.writestr(DOCUMENT, document_xml(blocks, package).encode("utf-8"))
        package_zip.writestr(CORE, core_xml(title, author).encode("utf-8"))
    return output.getvalue()


def build_house_files(fonts: str) -> dict[str, bytes]:
    """The shipped files of a font profile, built from python-docx's house document."""
    from docx import Document

    from drafter.render.docx import house_document
    from drafter.render.gbt9704 import FONT_PROFILES, STYLE_OF

    built = house_document(fonts)
    source = zipfile.ZipFile(io.BytesIO(built))
    parts = io.BytesIO()
    with zipfile.ZipFile(parts, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in (DOCUMENT, CORE):
                # A fixed date: the shipped file changes only when a part does.
                fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(fixed, source.read(info))
    document = source.read(DOCUMENT).decode("utf-8")
    body_start = document.index("<w:body>") + len("<w:body>")
    styles = Document(io.BytesIO(built)).styles
    about = {
        "document_head": document[:body_start],
        "document_tail": document[body_start:],
        "style_ids": {kind: styles[name].style_id for kind, name in STYLE_OF.items()},
        "header_font": FONT_PROFILES[fonts].heading1,
    }
    parts_name, about_name = _files(fonts)
    text = json.dumps(about, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return {parts_name: parts.getvalue(), about_name: text.encode("utf-8")}


def _regenerate() -> None:
    from drafter.render.gbt9704 import FONT_PROFILES

    folder = Path(__file__).resolve().parents[1] / "data" / _FOLDER
    folder.mkdir(exist_ok=True)
    for fonts in FONT_PROFILES:
        for name, content in build_house_files(fonts).items():
            (folder / name).write_bytes(content)
            print(folder / name)


if __name__ == "__main__":
    _regenerate()
