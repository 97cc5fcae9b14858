"""The project's error hierarchy.

`DrafterError` is the base. `UserError` is everything the user can fix (bad input, a refused
overwrite): the CLI prints it as `FILE:LINE:COL: message` and exits with code 2. Any other
exception is a bug and exits with code 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class DrafterError(Exception):
    """Base of every error drafter raises on purpose."""


@dataclass
class Location:
    """Where a problem is: a file, and a 1-based line and column when known."""

    file: str | Path | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [str(self.file)] if self.file is not None else []
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class UserError(DrafterError):
    """A problem in what the user gave us; the message says what was expected and what to do."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = Location(file, line, column)
        self.hint = hint

    def __str__(self) -> str:
        where = str(self.location)
        text = f"{where}：{self.message}" if where else self.message
        if self.hint:
            text += f"\n  提示：{self.hint}"
        return text


class InputError(UserError):
    """An input file that cannot be read as an article (encoding, binary content, missing)."""


class OverwriteRefused(UserError):
    """An output exists and --force was not given."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(
            "文件已存在，未覆盖。",
            file=path,
            hint="换一个输出路径，或加 --force 覆盖。",
        )
