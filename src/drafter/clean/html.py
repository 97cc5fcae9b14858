"""HTML source pasted or saved as text: keep the text, one line per block, drop the markup.

Scraped pages are often broken, and a browser's reading of broken markup hides text: an
unclosed `<script>` would swallow the rest of the page, and a `<` in running text starts a tag
that ends at the next `>`, lines away. Losing article text silently is worse than showing a
little markup, so the reading here is lenient where a browser is strict:

- a `<` starts markup only when a tag can be read from it before the next `<`: a name of ASCII
  letters then a space, `/` or `>` (`<p>`, `</div >`, `<a href="…">`), `<!--…-->`, `<!DOCTYPE…>`
  or `<?xml…?>`; any other `<` (`1 < 2`, `<第二句`, `<!第二句`) is text;
- the content of script, style, noscript, template and svg is skipped up to its closing tag;
  when that element is not closed (no closing tag before the next one opens), skipping ends at
  the next block-level tag, the next skipped element, or a line that starts with a Chinese
  character or mark (after a few letters or digits at most: `2020年`; code never does),
  whichever comes first (in noscript, template and svg, which hold markup rather
  than code, at their first Han character outside a tag too);
- an unclosed comment hides nothing;
- entities are decoded once, in text only.

The page is read left to right once; every search for what comes next resumes where the last
one stopped, so the work is linear in the page.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from html import unescape

from drafter.text.chars import CJK, HAN
from drafter.text.lazy import LazyPattern

_LOOKS_HTML = re.compile(
    r"<(?:html|body|div|p|br|span|table|td|li|script|meta|head|section|article|h[1-6])\b", re.I
)
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "title",
    "header",
    "footer",
    "td",
    "dd",
    "dt",
    "blockquote",
}
_SKIPPED = ("script", "style", "noscript", "template", "svg")

_NAME = r"[A-Za-z][A-Za-z0-9:-]*"
# Attribute values may hold `>` when quoted, never `<`: a quote left open ends at the next tag.
_START_TAG = re.compile(rf"<({_NAME})(?=[\s/>])(?:\"[^\"<]*\"|'[^'<]*'|[^\"'<>])*>")
_START_TAG_LOOSE = re.compile(rf"<({_NAME})(?=[\s/>])[^<>]*>")
_END_TAG = re.compile(rf"</({_NAME})[^<>]*>")
_DECLARATION = re.compile(r"<(?:![A-Za-z\[]|\?[A-Za-z])[^<>]*>")
# Where skipping an unclosed element stops.
_BOUNDARY = LazyPattern(
    rf"<(?:/?(?:{'|'.join(sorted(_BLOCKS))}|body|html)|{'|'.join(_SKIPPED)})(?=[\s/>])"
    rf"|\n[ \t\u3000]*(?=[0-9A-Za-z]{{0,8}}[{CJK}])",
    re.I,
)
_ANGLE_OR_HAN = LazyPattern(rf"[<>{HAN}]")


def looks_like_html(text: str) -> bool:
    """Three or more tags of the common block and head elements."""
    return "<" in text and len(_LOOKS_HTML.findall(text, 0, 200_000)) >= 3


class _Ahead:
    """The next match of a pattern at or after a position, for positions that only grow:
    each search starts where the last one found nothing or found its answer."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text
        self.asked: int | None = None  # the last position searched from
        self.found: int | None = None  # and what that search found

    def next(self, position: int) -> int | None:
        asked, found = self.asked, self.found
        if asked is not None and asked <= position and (found is None or position <= found):
            return found
        match = self.pattern.search(self.text, position)
        self.asked, self.found = position, match.start() if match else None
        return self.found


class _Reader:
    """One pass over a page: text goes to `parts`, markup becomes line breaks or nothing."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.comment_end = _Ahead(re.compile("-->"), source)
        self.boundary = _Ahead(_BOUNDARY, source)
        self.tags: dict[str, tuple[list[int], list[int]]] = {}

    def read(self) -> str:
        source, cursor = self.source, 0
        while (start := source.find("<", cursor)) != -1:
            self.text(source[cursor:start])
            cursor = self.markup(start)
        self.text(source[cursor:])
        return "".join(self.parts)

    def text(self, data: str) -> None:
        if data:
            self.parts.append(unescape(data.replace("\n", " ")))

    def markup(self, start: int) -> int:
        """Read the markup at `start` (a `<`); return where reading goes on."""
        source = self.source
        if source.startswith("<!--", start):
            end = self.comment_end.next(start + 4)
            return start + 4 if end is None else end + 3  # unclosed: hides nothing
        if match := _END_TAG.match(source, start):
            if match[1].lower() in _BLOCKS:
                self.parts.append("\n")
            return match.end()
        match = _START_TAG.match(source, start) or _START_TAG_LOOSE.match(source, start)
        if match:
            name = match[1].lower()
            if name in _SKIPPED:
                return self.skip(name, match.end())
            if name in _BLOCKS:
                self.parts.append("\n")
            return match.end()
        if match := _DECLARATION.match(source, start):
            return match.end()
        self.parts.append("<")  # a `<` of the text
        return start + 1

    def skip(self, name: str, start: int) -> int:
        """Skip the content of a script-like element that starts at `start`."""
        opens, closes = self.positions(name)
        close = _first_from(closes, start)
        reopen = _first_from(opens, start)
        if close is not None and (reopen is None or close < reopen):
            end = _END_TAG.match(self.source, close)
            return end.end() if end else close + len(name) + 2  # `</script` with no `>`
        # Not closed: stop at the first sign that the page goes on.
        stop = self.boundary.next(start)
        stop = len(self.source) if stop is None else stop
        # Not sure where an unclosed element ends: the first Chinese text outside a tag is the
        # page's, never skipped (code rarely holds Chinese; a lost sentence is worse).
        return _first_text_han(self.source, start, stop)

    def positions(self, name: str) -> tuple[list[int], list[int]]:
        """Where elements called `name` open and close, found once per page."""
        if name not in self.tags:
            opens, closes = [], []
            for match in re.finditer(rf"<(/?){name}(?=[\s/>])", self.source, re.I):
                (closes if match[1] else opens).append(match.start())
            self.tags[name] = (opens, closes)
        return self.tags[name]


def _first_text_han(source: str, start: int, stop: int) -> int:
    """The first Han character between `start` and `stop` that is not inside a tag, or
    `stop`."""
    inside = False
    for match in _ANGLE_OR_HAN.finditer(source, start, stop):
        char = match.group()
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            return match.start()
    return stop


def _first_from(positions: list[int], start: int) -> int | None:
    index = bisect_left(positions, start)
    return positions[index] if index < len(positions) else None


def to_text(source: str) -> str:
    """The visible text of an HTML page, a line per block element."""
    return _Reader(source).read()
