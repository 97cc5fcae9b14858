"""Fact sheets in the folder `drafter serve --sheets` names, and nowhere else.

A sheet is asked for by a plain file name; anything that could reach another folder (a
separator, `..`, a drive letter, an absolute path, a link pointing out) is refused before the
file system is touched. Every write goes through files.write_atomic: whole or not at all, and
an existing file only when the caller says so.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from drafter.errors import OverwriteRefused, UserError
from drafter.facts.scaffold import yaml_string
from drafter.files import is_windows_device
from drafter.yamldoc import Numeral

SUFFIXES = (".yaml", ".yml")
MAX_NAME = 120
MAX_LISTED = 500
_BAD_NAME = re.compile(r"[/\\:\x00-\x1f<>\"|?*]")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_NAME_RULE = (
    "文件名只能是 .yaml 文件本身的名字，例：船营区.yaml（不能含文件夹、“..”、斜杠或盘符）。"
)


class SheetNameError(UserError):
    """A sheet name that is not a plain .yaml file name in the sheets folder."""


class SheetChanged(UserError):
    """The file was written by someone else (another tab, WPS) since this form read or saved it."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"“{name}”在这个表单之外被改过（可能是另一个标签页或别的程序）。要用表单里的内容覆盖它吗？"
        )


def sheet_path(folder: Path, name: object) -> Path:
    """The file `name` in `folder`, or SheetNameError."""
    if not isinstance(name, str) or not name.strip():
        raise SheetNameError("没有给出事实表的文件名。", hint=_NAME_RULE)
    if (
        len(name) > MAX_NAME
        or _BAD_NAME.search(name)
        or ".." in name
        or name.startswith((".", " "))
        or not name.lower().endswith(SUFFIXES)
        # CON.yaml, com1.yml: Windows opens the device, whatever the suffix.
        or is_windows_device(name)
    ):
        raise SheetNameError(f"不能用这个文件名：“{name[:MAX_NAME]}”。", hint=_NAME_RULE)
    path = folder / name
    if path.is_symlink():
        # A link may stay inside the folder (a writer's own shortcut), never lead out of it.
        target = path.resolve()
        if not target.is_relative_to(folder.resolve()):
            raise SheetNameError(f"“{name}”指向事实表文件夹以外的文件，不能打开。", hint=_NAME_RULE)
    return path


def list_sheets(folder: Path) -> list[dict[str, Any]]:
    """The sheets in `folder`, newest first: name, modified (ISO time), size in bytes."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError as error:  # deleted or moved away while serving
        from drafter.files import os_reason

        raise UserError(
            f"事实表文件夹打不开了：{os_reason(error)}。",
            file=folder.name or folder,
            hint="它可能被删除或移走了。下次自动保存时会重新建立它；也可以重新运行 drafter serve。",
        ) from None
    for path in entries:
        if not path.name.lower().endswith(SUFFIXES) or path.name.startswith("."):
            continue
        try:
            sheet_path(folder, path.name)
            info = path.stat()
        except (UserError, OSError):
            continue
        if path.is_file():
            found.append((info.st_mtime, path.name, info.st_size))
        if len(found) >= MAX_LISTED:
            break
    found.sort(reverse=True)
    return [
        {
            "name": name,
            "modified": datetime.fromtimestamp(mtime).isoformat(timespec="seconds"),
            "size": size,
        }
        for mtime, name, size in found
    ]


def version(data: bytes) -> str:
    """What a sheet's bytes are, to tell later whether the file was written since."""
    return hashlib.sha256(data).hexdigest()[:20]


def read_sheet(folder: Path, name: object) -> tuple[str, str]:
    """A sheet's text, in whatever encoding an editor saved it, and its version."""
    from drafter.facts.load import MAX_BYTES
    from drafter.files import decode, read_bytes

    path = sheet_path(folder, name)
    data = read_bytes(path, limit=MAX_BYTES)
    return decode(data, path).text.replace("\r\n", "\n").replace("\r", "\n"), version(data)


def save_sheet(
    folder: Path, name: object, text: str, *, overwrite: bool, seen: str | None = None
) -> str:
    """Write a sheet atomically; its version. An existing file only with `overwrite`
    (else OverwriteRefused), and, when `seen` is given, only while it is still that version
    (else SheetChanged): another tab or program may have written it since."""
    from drafter.facts.load import MAX_BYTES
    from drafter.files import read_bytes, write_atomic

    path = sheet_path(folder, name)
    if overwrite and seen is not None and path.exists():
        try:
            now = version(read_bytes(path, limit=MAX_BYTES))
        except UserError:  # no longer a file we could have written: not ours either
            now = None
        if now != seen:
            raise SheetChanged(str(name))
    data = text.encode("utf-8")
    write_atomic(path, data, force=overwrite)
    return version(data)


def save_new_sheet(folder: Path, name: str, text: str) -> tuple[str, str]:
    """Write a new sheet under `name`, or `name-2`, `name-3`… when that is taken (two tabs
    autosaving new drafts in the same second): never over another file. Name and version."""
    stem, dot, suffix = name.rpartition(".")
    for number in range(1, 100):
        candidate = name if number == 1 else f"{stem}-{number}{dot}{suffix}"
        try:
            return candidate, save_sheet(folder, candidate, text, overwrite=False)
        except OverwriteRefused:
            continue
    raise OverwriteRefused(folder / name)


def autosave_name(region: str, now: datetime | None = None) -> str:
    """`草稿-船营区-20261120-1530.yaml`; without the region when it cannot name a file."""
    from drafter.facts.scaffold import _region_problem

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    region = region.strip() if isinstance(region, str) else ""
    if region and _region_problem(region) is None and len(region) <= 30:
        return f"草稿-{region}-{stamp}.yaml"
    return f"草稿-{stamp}.yaml"


def plain_yaml(value: Any, indent: str = "") -> str:
    """Plain data (the form's answers, maybe unfinished) as YAML that reads back as the same
    data: every text double-quoted and escaped, numbers as their literal, so nothing typed in
    the form can add a key or change a type."""
    return "\n".join(_lines(value, indent)) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, Numeral):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return yaml_string(str(value))


def _key(key: object) -> str:
    text = str(key)
    return text if _PLAIN_KEY.fullmatch(text) else yaml_string(text)


def _lines(value: Any, indent: str) -> list[str]:
    if isinstance(value, dict):
        if not value:
            return [f"{indent}{{}}"]
        out = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                out += [f"{indent}{_key(key)}:", *_lines(item, indent + "  ")]
            else:
                out += [f"{indent}{_key(key)}: {_inline(item)}"]
        return out
    if isinstance(value, list):
        if not value:
            return [f"{indent}[]"]
        out = []
        for item in value:
            if isinstance(item, dict | list) and item:
                first, *more = _lines(item, indent + "  ")
                out += [f"{indent}- {first.lstrip()}", *more]
            else:
                out.append(f"{indent}- {_inline(item)}")
        return out
    return [f"{indent}{_scalar(value)}"]


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value)
