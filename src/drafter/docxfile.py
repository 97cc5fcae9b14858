"""Opening a DOCX someone gave us (a draft to check, a reference document to copy styles
from) without trusting it: a regular file of modest size, a zip that is no bomb, XML parts that
are well-formed and declare no DTD or entity, nothing python-docx would choke on — each refusal
a Chinese user error naming the file. Word's older formats and encrypted files (both OLE
compound files, not zips) are told apart, so the message says what to do.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from drafter.errors import UserError

MAX_BYTES = 50_000_000
MAX_UNPACKED = 50_000_000
MAX_MEMBERS = 1000
# zipfile reads the whole central directory before it can count members; a small directory
# per member keeps that prompt.
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 1024
MAX_RATIO = 200  # deflate packs XML 5-20 times; a bomb about a thousand
_RATIO_FLOOR = 1_000_000  # below this a member may compress as it likes
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and .docx files protected by a password


class _NotWellFormed(ValueError):
    pass


class _Declares(ValueError):
    """An XML part with a DOCTYPE (and so perhaps entities)."""


class DocxRefused(UserError):
    """A DOCX drafter will not open, and why."""


def _refuse(what: str, message: str, path: Path, hint: str) -> DocxRefused:
    return DocxRefused(f"{what}{message}", file=path, hint=hint)


def _directory_size(data: bytes) -> int | None:
    """The size the zip's end record gives its central directory; None without an end record
    (zipfile then says it is not a zip)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))  # 22 bytes + a comment
    if end < 0 or end + 22 > len(data):
        return None
    return int.from_bytes(data[end + 12 : end + 16], "little")


def parse_xml(data: bytes) -> Any:
    """The root of an XML part, parsed without DTDs, entities or the network."""
    from lxml import etree

    if _DECLARATION.search(data):
        raise _Declares()
    parser = etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise _NotWellFormed() from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:  # declared in an encoding not searched
        raise _Declares()
    return root


class _Checker:
    def __init__(self, path: Path, what: str, hint: str) -> None:
        self.path, self.what, self.hint = path, what, hint

    def refuse(self, message: str) -> DocxRefused:
        return _refuse(self.what, message, self.path, self.hint)

    def not_docx(self) -> DocxRefused:
        return self.refuse("打不开：它不是 Word 文档（.docx）。")

    def sizes(self, archive: zipfile.ZipFile) -> None:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise self.refuse(
                f"里的文件过多（{len(members)} 个，上限 {MAX_MEMBERS} 个），不像是一份文稿。"
            )
        unpacked = sum(member.file_size for member in members)
        if unpacked > MAX_UNPACKED:
            raise self.refuse(
                f"解压后过大（{unpacked // 1_000_000} MB，上限 {MAX_UNPACKED // 1_000_000} MB），"
                "可能是“压缩炸弹”。"
            )
        for member in members:
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                raise self.refuse(
                    f"里的 {member.filename} 压缩比异常（{ratio:.0f} 倍），可能是“压缩炸弹”。"
                )

    def xml_part(self, archive: zipfile.ZipFile, name: str) -> Any:
        try:
            return parse_xml(archive.read(name))
        except _Declares:
            raise self.refuse(
                f"里的 {name} 含有 DOCTYPE 或 ENTITY 声明：Word 文档不用这些，"
                "drafter 不读这样的文件。"
            ) from None
        except _NotWellFormed:
            raise self.refuse(f"已损坏：其中的 {name} 不是完好的 XML。") from None
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            RuntimeError,
            NotImplementedError,
        ):
            # a bad checksum or stream, encryption, a compression zipfile cannot read
            raise self.refuse(f"已损坏：其中的 {name} 无法解压。") from None

    def xml_names(self, archive: zipfile.ZipFile) -> list[str]:
        """The package's XML parts: .xml and .rels members, and any member
        [Content_Types].xml declares XML (python-docx goes by the declared type)."""
        if "[Content_Types].xml" not in archive.namelist():
            raise self.not_docx()
        extensions, parts = set(), set()
        for entry in self.xml_part(archive, "[Content_Types].xml"):
            if not isinstance(entry.tag, str):  # a comment
                continue
            kind = str(entry.get("ContentType", ""))
            if kind.startswith("application/") and kind.endswith("xml"):
                if entry.get("Extension"):
                    extensions.add(str(entry.get("Extension")).lower())
                if entry.get("PartName"):
                    parts.add(str(entry.get("PartName")).lstrip("/"))
        return [
            name
            for name in archive.namelist()
            if name.lower().endswith((".xml", ".rels"))
            or name in parts
            or name.rsplit(".", 1)[-1].lower() in extensions
        ]

    def package(self, data: bytes) -> None:
        """Refuse a package that is not a sound, modest DOCX."""
        if data.startswith(_OLE):
            raise self.refuse(
                "是旧版 Word 文档（.doc），或设了打开密码：drafter 只读没有密码的 .docx。"
            )
        directory = _directory_size(data)
        if directory is not None and directory > MAX_DIRECTORY_BYTES:
            raise self.refuse("的目录过大：里面的文件过多，不像是一份文稿。")
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            raise self.not_docx() from None
        with archive:
            self.sizes(archive)
            for name in self.xml_names(archive):
                self.xml_part(archive, name)


def open_docx(path: str | Path, what: str = "稿子", hint: str = "") -> Any:
    """A python-docx Document of the file at `path`, checked first; DocxRefused (a user error)
    saying why it cannot be used. `what` names the file in messages (稿子, 参考文档)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from drafter.files import read_bytes

    path = Path(path)
    hint = hint or "在 Word 或 WPS 中打开它，另存为 .docx（Word 文档）后再试。"
    checker = _Checker(path, what, hint)
    data = read_bytes(path, hint="检查文件路径是否写对。", limit=MAX_BYTES)
    checker.package(data)
    from docx.oxml.exceptions import InvalidXmlError

    try:
        document = Document(io.BytesIO(data))
        _touch(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError):
        raise checker.not_docx() from None
    except (InvalidXmlError, ValueError, AttributeError, TypeError, IndexError, LookupError):
        raise checker.refuse("的结构 drafter 读不懂。") from None
    return document


def _touch(document: Any) -> None:
    """Read what drafter reads of any DOCX — body, styles, the first section's page — so a
    part python-docx cannot make sense of fails here, as the user's error, not later."""
    list(document.paragraphs)
    for style in document.styles:
        style.name  # noqa: B018 - raises on a style without a name
    section = document.sections[0]
    for length in (section.page_width, section.page_height, section.top_margin):
        length  # noqa: B018 - raises on a length that is not a number
