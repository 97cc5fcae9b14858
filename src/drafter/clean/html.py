"""HTML source pasted or saved as text: keep the text, one line per block, drop the markup."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_LOOKS_HTML = re.compile(r"<(?:html|body|div|p|br|span|table|td|li|script|meta|head)\b", re.I)
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
_SKIPPED = {"script", "style", "noscript", "template", "svg"}


def looks_like_html(text: str) -> bool:
    """Three or more tags of the common block and head elements."""
    return len(_LOOKS_HTML.findall(text, 0, 200_000)) >= 3


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def to_text(source: str) -> str:
    """The visible text of an HTML page, a line per block element."""
    parser = _TextOnly()
    parser.feed(source)
    parser.close()
    return unescape("".join(parser.parts))
