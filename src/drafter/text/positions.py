"""Positions in a text as 1-based line and column."""

from __future__ import annotations

import re
from bisect import bisect_right


class Lines:
    """Line and column of an offset in a text (whose line breaks do not move afterwards)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def locate(self, position: int) -> tuple[int, int]:
        line = bisect_right(self.starts, position)
        return line, position - self.starts[line - 1] + 1


def line_span(text: str, position: int) -> tuple[int, int]:
    """Where the line that holds `position` starts and ends (its line break not included)."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end == -1 else end


def locate(text: str, position: int) -> tuple[int, int]:
    """Line and column of one offset."""
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1
