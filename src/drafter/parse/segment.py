"""Paragraphs as the author wrote them, whatever the page did to the line breaks.

Real pages arrive in three broken shapes: hard-wrapped copies of print or PDF layouts (a break
every 25–30 characters, mid-sentence), pages whose breaks were lost (the whole article on one
line, headers glued to the sentence before them), and pages whose paragraphs are separated by
spaces inside one line. Each is recognised by its shape, never by its words.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.text.chars import HAN
from drafter.vocabulary import NUMERALS

_SENTENCE_END = "。！？；：…”’）)】"
# Breaks inside a line: before a numbered header or measure run that follows a sentence end or a
# space (`…提质增效。一、筑先锋堡垒…`, `…发展 一是锚定…`, `…。（一）科学划分…`).
_NUMBER = rf"(?:[{NUMERALS}]{{1,3}}、|[（(][{NUMERALS}]{{1,3}}[)）]|第[{NUMERALS}]{{1,3}}[，、,])"
_GLUED_HEADER = re.compile(rf"(?:(?<=[。！？”])|[ \u3000]+)(?={_NUMBER}[{HAN}“])")
# A space between two sentences of a long line: the page's paragraph break.
_SPACED_PARAGRAPH = re.compile(rf"(?<=[。！？”])[ \u3000]+(?=[{HAN}“（])")
# A title glued to the body by a space, where the page lost its line breaks.
_GLUED_TITLE = re.compile(r"^(?P<title>[^。！？，\s]{6,60})[ \u3000]+(?=\S)")
_TABLE_PIPES = re.compile(r"^\|\s*|\s*\|$")
_LONG_LINE = 200
_WRAP_MIN = 15


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at, if it was: most long lines have the same
    length (±1) and do not end a sentence."""
    long_lines = [line for line in lines if len(line) >= _WRAP_MIN]
    if len(long_lines) < 6:
        return None
    width, _ = Counter(len(line) for line in long_lines).most_common(1)[0]
    near = [line for line in long_lines if abs(len(line) - width) <= 1]
    open_near = [line for line in near if line[-1] not in _SENTENCE_END]
    if len(near) >= 0.4 * len(long_lines) and len(open_near) >= 0.5 * len(near):
        return width
    return None


def reflow(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text back into paragraphs: a line broken at the wrap
    width that does not end a sentence continues on the next line."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    joined: list[str] = []
    carry = False
    for line in lines:
        if carry and joined:
            joined[-1] += line
        else:
            joined.append(line)
        carry = abs(len(line) - width) <= 1 and line[-1] not in _SENTENCE_END
    return joined


def split_glued(line: str) -> list[str]:
    """A line holding several paragraphs: split before numbered headers glued to the previous
    sentence, and, in a long line, at spaces between sentences."""
    line = _TABLE_PIPES.sub("", line)
    pieces = [p.strip() for p in _GLUED_HEADER.split(line) if p.strip()]
    if len(line) >= _LONG_LINE:
        title = _GLUED_TITLE.match(pieces[0]) if pieces else None
        if title:
            pieces[0:1] = [title["title"], pieces[0][title.end() :]]
        pieces = [q for p in pieces for q in _SPACED_PARAGRAPH.split(p) if q.strip()]
    return pieces


def paragraphs(lines: list[str]) -> list[str]:
    """The article's paragraphs from its non-empty lines."""
    return [piece for line in reflow(lines) for piece in split_glued(line)]
