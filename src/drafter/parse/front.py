"""The front of an article: title, epigraph, dateline — each recognised by its shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.parse.byline import reporter_line

# A sentence is closed by one of these; a title or header line is not.
CLOSED = "。！？；：…"
_CLAUSES = re.compile("[，；、]")
# `琅琊新闻网讯 …`, `本报讯（记者 张三）…`, `新华社北京11月20日电 …`
_DATELINE = re.compile(
    r"^(?P<dateline>[\u4e00-\u9fff0-9]{2,24}?(?:讯|电))"
    r"(?:[\s　]*[（(](?P<credit>[^（）()]{2,40})[)）][\s　]*|[\s　]+)(?P<rest>\S.*)$"
)
_TITLE_MAX = 60


@dataclass
class Front:
    title: str | None = None
    epigraph: str | None = None
    dateline: str | None = None
    credit: str | None = None  # `记者 张三` given in the dateline's parentheses


def is_open_line(line: str) -> bool:
    """A line that does not end a sentence: a title or a header of its own."""
    return bool(line) and line[-1] not in CLOSED


def is_epigraph(line: str) -> bool:
    """A couplet: a closed line of two or more short clauses of equal length
    (`欲筑室者，先治其基；党建引领，稳舵奋楫。`). A header does not close its own line, and a
    lead's clauses differ in length."""
    if len(line) > 40 or line[-1] not in "。！":
        return False
    clauses = [c for c in _CLAUSES.split(line[:-1]) if c]
    return len(clauses) >= 2 and len({len(c) for c in clauses}) == 1 and len(clauses[0]) <= 9


def split_dateline(paragraph: str) -> tuple[str, str | None, str] | None:
    """(dateline, credit, rest of the paragraph) when the paragraph opens with a dateline."""
    match = _DATELINE.match(paragraph)
    return (match["dateline"], match["credit"], match["rest"]) if match else None


def read_front(lines: list[str]) -> tuple[Front, list[str]]:
    """Take title, epigraph and dateline off the start of `lines`; return them and the body."""
    front = Front()
    body = list(lines)
    if len(body) > 1 and is_open_line(body[0]) and len(body[0]) <= _TITLE_MAX:
        front.title = body.pop(0)
        if len(body) > 1 and body[0].startswith(("——", "—", "--")):  # a subtitle
            front.title += body.pop(0)
    if len(body) > 1 and is_epigraph(body[0]):
        front.epigraph = body.pop(0)
    if body and (found := split_dateline(body[0])):
        front.dateline, front.credit, body[0] = found
        if front.credit and not reporter_line(front.credit):
            front.credit = None
    return front, body
