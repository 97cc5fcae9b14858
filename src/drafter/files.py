"""Reading articles in whatever encoding they arrived in, and writing outputs safely.

Scraped Chinese text arrives as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5.
We never assume: BOMs decide first, then strict UTF-8, then the legacy encodings, judged by how
many of the decoded Han characters are common ones.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import unicodedata
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
        raise InputError(f"无法读取：{os_reason(exc)}。", file=path) from None
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
            raise InputError(f"无法读取：{os_reason(exc)}。", file=path) from None
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
    """Files as given, and each folder as its entries with one of `suffixes` (any case: B.TXT
    is a .txt), in name order. Entries that are not regular files (a pipe, a link to a device)
    are kept, so that reading them says why they cannot be used instead of passing them over."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if has_suffix(p, suffixes))
        else:
            found.append(path)
    return found


def has_suffix(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.suffix.lower() in suffixes and not path.is_dir()


def distinct_files(paths: Iterable[Path]) -> list[Path]:
    """`paths` without repeats of one file (named twice, or by two spellings), in order."""
    seen: set[str] = set()
    kept = []
    for path in paths:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _target_key(path: Path) -> str:
    # Folded as Windows and macOS fold names: drafts usually end up on such a disk, where
    # 船营区.docx and 船营区.DOCX, or two Unicode spellings of one name, are one file.
    name = os.path.normcase(os.path.abspath(path))
    return unicodedata.normalize("NFC", name).casefold()


def refuse_shared_targets(pairs: Iterable[tuple[Path, Path]]) -> None:
    """Raise a UserError when two sources would be written to one target: in a batch the later
    would silently replace the earlier, even with --force. Called before anything is written."""
    first: dict[str, Path] = {}
    for source, target in pairs:
        earlier = first.setdefault(_target_key(target), source)
        if earlier is not source:
            raise UserError(
                f"“{earlier}”和“{source}”会写到同一个文件，后一份会覆盖前一份；没有写出任何文件。",
                file=target,
                hint="把其中一份改名，或分两次运行并用 -o 指定不同的输出目录。",
            )


def _new_file_mode() -> int:
    """The permissions a new file gets from the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _mode_for(path: Path) -> int:
    """The permissions of the regular file being replaced, else those of a new file. A link is
    not followed: it is replaced, and the file it points to is none of our business."""
    try:
        info = os.lstat(path)
    except OSError:
        return _new_file_mode()
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else _new_file_mode()


_WINDOWS_DEVICES = frozenset(
    [
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(1, 10)),
        *(f"LPT{i}" for i in range(1, 10)),
    ]
)


def is_windows_device(name: str) -> bool:
    """A name Windows opens as a device, not a file: CON, con.txt and COM¹ alike (Windows
    reads the part before the dot, digits folded)."""
    return unicodedata.normalize("NFKC", name).split(".")[0].strip().upper() in _WINDOWS_DEVICES


def write_atomic(path: str | Path, content: str | bytes, *, force: bool = False) -> None:
    """Write a whole file or nothing, through a temporary file beside it.

    Without `force` the file is created exclusively: anything already at `path` (a file, a
    folder, even a dangling symlink), or appearing there while we write, is left alone and
    OverwriteRefused raised. With `force` the entry at `path` is replaced (a symlink itself,
    never the file it points to). Folders made for the file are removed again if it fails."""
    path = Path(path)
    if path.name == "-":  # what some tools read as "the screen"
        raise UserError(
            "“-”不是文件名：drafter 不把它当作屏幕，也不写出名叫“-”的文件。",
            file=path,
            hint="给 -o 一个文件名；不给 -o 时，能打印的命令打印到屏幕，其余写在输入文件旁边。",
        )
    if not force and os.path.lexists(path):
        raise OverwriteRefused(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        _write_in_new_folders(path, data, force)
    except FileExistsError:
        raise OverwriteRefused(path) from None
    except _HeldOpen:
        raise UserError(
            "文件可能正在被 WPS 或 Word 打开：请先关闭它，或换一个文件名。",
            file=path,
            hint="如果文件没有打开，请检查是否有权限修改它。",
        ) from None
    except OSError as exc:  # a folder where a file should go, a full disk
        raise UserError(
            f"无法写入：{os_reason(exc)}。",
            file=path,
            hint="换一个输出位置，或检查权限和磁盘空间。",
        ) from None


class _HeldOpen(PermissionError):
    """The finished file could not be put in place over an existing one: on Windows, because
    another program holds that one open."""


# The operating system's reasons, which it gives in English, in the writer's words.
_REASONS = {
    getattr(errno, name): reason
    for name, reason in (
        ("ENOSPC", "磁盘已满"),
        ("EDQUOT", "超出了磁盘配额"),
        ("EACCES", "没有权限"),
        ("EPERM", "没有权限"),
        ("EROFS", "所在的磁盘是只读的"),
        ("ENOTDIR", "路径中有一段是文件而不是目录"),
        ("EISDIR", "这是一个目录"),
        ("ENAMETOOLONG", "文件名太长"),
        ("ENOENT", "路径不存在"),
        ("EIO", "设备读写出错"),
        ("EFBIG", "文件太大"),
        ("EMFILE", "打开的文件太多"),
        ("ELOOP", "路径中的符号链接太多或成环"),
    )
    if hasattr(errno, name)
}


def os_reason(exc: OSError) -> str:
    """Why an operation failed, in Chinese when the error is a common one."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return "没有权限"
    return exc.strerror or str(exc) or type(exc).__name__


def _write_in_new_folders(path: Path, data: bytes, force: bool) -> None:
    made: list[Path] = []
    try:
        _make_folders(path.parent, made)
        _publish(path, data, force)
    except BaseException:  # also on Ctrl-C or SIGTERM: leave no empty folders behind
        for folder in reversed(made):
            with contextlib.suppress(OSError):  # not empty: someone else is using it
                folder.rmdir()
        raise


def _make_folders(folder: Path, made: list[Path]) -> None:
    """Create `folder` and its missing parents, adding each one made to `made` at once (so
    an interruption half-way still knows them), outermost first."""
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError:  # made meanwhile by someone else: theirs, not ours to remove
            if not each.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "", str(each)) from None
            continue
        made.append(each)


def _publish(path: Path, data: bytes, force: bool) -> None:
    """Write `data` to a temporary file beside `path`, then put it in place: replacing what is
    there with `force`, else only if nothing is. The temporary file never survives: its name
    is chosen before the file is made, so a signal at any moment after (Ctrl-C, a batch's
    workers being ended) leaves nothing the `finally` does not remove."""
    tmp = _temporary_name(path)
    try:
        _write_new(tmp, data, _mode_for(path))
        if force:
            os.replace(tmp, path)
        else:
            _link_exclusive(tmp, path)
    except PermissionError as exc:
        if os.path.lexists(path):
            raise _HeldOpen(exc.errno, exc.strerror) from None
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


_STALE_SECONDS = 600  # a temporary file this old was left by a writer killed outright


def _remove_stale(path: Path, prefix: str) -> None:
    """A writer killed with SIGKILL cannot clean up: the next write of the same file removes
    the temporary files such a writer left (ours by their name, old enough to be no one's)."""
    stale = _stale_in(str(path.parent))
    for name in [name for name in stale if name.startswith(prefix)]:
        with contextlib.suppress(OSError):
            os.unlink(stale.pop(name))


@cache
def _stale_in(folder: str) -> dict[str, str]:
    """The temporary files in `folder` old enough to be left by a killed writer, by name: the
    folder is looked through once per process (a batch writes a thousand files into one),
    and a temporary file made later belongs to a writer still at work."""
    import time

    found = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.endswith(".tmp") and entry.name.startswith("."):
                with contextlib.suppress(OSError):
                    if entry.is_file() and time.time() - entry.stat().st_mtime > _STALE_SECONDS:
                        found[entry.name] = entry.path
    return found


# Made exclusively, through no symbolic link, binary and not inherited by child processes.
_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def _temporary_name(path: Path) -> str:
    """A free name for the temporary file beside `path` (64 random bits: no writer picks it
    again); a short prefix, since the name must fit where the target's name just fits."""
    import secrets

    prefix = f".{path.name[:40]}."
    _remove_stale(path, prefix)
    while True:
        name = os.path.join(path.parent, f"{prefix}{secrets.token_hex(8)}.tmp")
        if not os.path.lexists(name):
            return name


def _write_new(name: str, data: bytes, mode: int) -> None:
    with os.fdopen(os.open(name, _NEW_FILE, 0o600), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(name, mode)  # made readable by its owner only until it is whole


# errno values by which link() says the file system has no hard links (FAT, exFAT, some
# network and FUSE file systems), as opposed to "the name is taken".
_NO_HARD_LINKS = {
    getattr(errno, name)
    for name in ("EPERM", "EOPNOTSUPP", "ENOTSUP", "ENOSYS", "EXDEV")
    if hasattr(errno, name)
}


def _link_exclusive(tmp: str, path: Path) -> None:
    """Give the finished temporary file the name `path`, failing with FileExistsError if the
    name is taken, even by an entry that appeared a moment ago: link() never replaces."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except (OSError, AttributeError) as exc:
        if isinstance(exc, OSError) and exc.errno not in _NO_HARD_LINKS and os.name != "nt":
            raise
        _claim_then_replace(tmp, path)


def _claim_then_replace(tmp: str, path: Path) -> None:
    """Without hard links: claim the name with O_CREAT|O_EXCL (which also fails on a
    dangling symlink), then atomically put the finished file over our own empty claim."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, 0o600))
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
