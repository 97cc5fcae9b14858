"""Reading articles in whatever encoding they arrived in, and writing outputs safely.

Scraped Chinese text arrives as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5.
We never assume: BOMs decide first, then strict UTF-8, then the legacy encodings, judged by how
many of the decoded Han characters are common ones.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.errors import InputError, OverwriteRefused, UserError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")
_MIN_COMMONNESS = 0.6
# Larger than any article, fact sheet or schema a person writes; a bound on what is read.
MAX_INPUT_BYTES = 20_000_000


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


@cache
def _common_han() -> frozenset[str]:
    """The everyday Han characters of both scripts, taken from the encodings themselves:
    GB2312 level 1 (3,755 Simplified) and Big5's frequently used block (5,401 Traditional)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.add(bytes((lead, trail)).decode("gb2312", errors="ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            chars.add(bytes((lead, trail)).decode("big5", errors="ignore"))
    chars.discard("")
    return frozenset(chars)


def _commonness(text: str) -> float:
    """Share of non-ASCII characters that are everyday Han characters or CJK punctuation."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    common = _common_han()
    hits = sum(
        1 for c in wide if c in common or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
    )
    return hits / len(wide)


def _best_reading(data: bytes, codecs_to_try: tuple[str, ...]) -> tuple[str, str] | None:
    """The decoding that reads most like Chinese text, among those that decode cleanly and
    produce no control characters."""
    readings = []
    for codec in codecs_to_try:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 9 or 0x0E <= ord(c) < 0x20 for c in text):
            continue
        readings.append((_commonness(text), codec, text))
    if not readings:
        return None
    score, codec, text = max(readings)
    # Nearly any bytes "decode" as GB18030 or UTF-16; real Chinese reads as mostly common
    # characters (over 90 % in practice), misread bytes as mostly rare ones.
    return (text, codec) if score >= _MIN_COMMONNESS else None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode(data: bytes, name: str | Path = "<输入>") -> DecodedText:
    """Decode raw bytes of an article; raise InputError naming the file when it cannot be done."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec.replace("-sig", "") + "（带 BOM）")
            except UnicodeDecodeError as exc:
                line, column = _position(data, exc.start)
                raise InputError(
                    f"文件以 {codec} 的字节序标记开头，但第 {exc.start} 字节起无法按该编码解读。",
                    file=name,
                    line=line,
                    column=column,
                    hint="文件可能已损坏；请用编辑器另存为 UTF-8 后重试。",
                ) from None
    utf16 = ("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ()
    if b"\x00" in data:
        reading = _best_reading(data, utf16)
        if reading:
            return DecodedText(*reading)
        line, column = _position(data, data.index(b"\x00"))
        raise InputError(
            "这不是文本文件（含有 NUL 字节）。",
            file=name,
            line=line,
            column=column,
            hint="请提供 .txt 文本；Word、PDF 等请先另存为纯文本。",
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    reading = _best_reading(data, (*_LEGACY, *utf16))
    if reading:
        return DecodedText(*reading)
    line, column = _position(data, utf8_error.start)
    raise InputError(
        "无法识别文件编码：既不是 UTF-8/UTF-16，也不是 GB18030（GBK）或 Big5。",
        file=name,
        line=line,
        column=column,
        hint="请用编辑器另存为 UTF-8 后重试；drafter 不会丢弃无法解读的字节。",
    )


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 1_000_000 else f"{count / 1000:.0f} KB"


def read_bytes(
    path: str | Path, hint: str = "检查路径是否写对。", limit: int = MAX_INPUT_BYTES
) -> bytes:
    """A regular file's bytes, at most `limit` of them, or an InputError naming it (missing, a
    folder, a pipe or device, too large, unreadable). Never blocks: a FIFO is refused before
    anything is read from it."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("文件不存在。", file=path, hint=hint) from None
    except IsADirectoryError:
        raise InputError("这是一个目录，不是文件。", file=path) from None
    except OSError as exc:
        raise InputError(f"无法读取：{exc.strerror or exc}。", file=path) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("这是一个目录，不是文件。", file=path)
        raise InputError(
            "这不是普通文件（可能是管道、设备或套接字），drafter 只读普通文件。",
            file=path,
            hint="请先把内容保存为文件，再把文件交给 drafter。",
        )
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            raise InputError(
                f"文件过大（{_size(info.st_size)}，上限 {_size(limit)}）。",
                file=path,
                hint="请确认选对了文件；很长的材料请分成几个文件。",
            )
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"无法读取：{exc.strerror or exc}。", file=path) from None
    if len(data) > limit:  # the file grew while we read it
        raise InputError(f"文件过大（超过 {_size(limit)}）。", file=path)
    return data


def read_utf8(
    path: str | Path, hint: str = "检查路径是否写对。", limit: int = MAX_INPUT_BYTES
) -> str:
    """A UTF-8 text file (BOM allowed), or an InputError naming the line that is not UTF-8."""
    data = read_bytes(path, hint, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        raise InputError(
            "不是 UTF-8 编码。",
            file=path,
            line=line,
            column=column,
            hint="请在编辑器里另存为 UTF-8。",
        ) from None


def read_article(path: str | Path) -> DecodedText:
    """Read one article file of any supported encoding."""
    return decode(read_bytes(path), path)


def expand_paths(paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Files as given, and each folder as its files with one of `suffixes`, in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix in suffixes)
        else:
            found.append(path)
    return found


def _mode_for(path: Path) -> int:
    """The permissions a new file gets from the user's umask, or those of the file replaced."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | Path, content: str | bytes, *, force: bool = False) -> None:
    """Write a whole file or nothing: a temporary file beside it, then an atomic rename.
    An existing file is never replaced unless `force` is set."""
    path = Path(path)
    if path.exists() and not force:
        raise OverwriteRefused(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        _replace(path, data)
    except OSError as exc:  # a folder where a file should go, no permission, a full disk
        raise UserError(
            f"无法写入：{exc.strerror or exc}。",
            file=path,
            hint="换一个输出位置，或检查权限和磁盘空间。",
        ) from None


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))  # mkstemp makes files only their owner can read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
