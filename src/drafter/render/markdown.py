"""Markdown: the one rendered form of a draft. The templates write it (`render.templating`);
the DOCX and the browser preview are built by reading it back with a CommonMark parser
(markdown-it-py), so the outputs never disagree and a template may write ordinary Markdown.

What the page gets: `#` the title, `##` a section header, `###` and deeper a sub-header,
`::: center` and `::: right` blocks (one line each, for the author and the signature),
paragraphs with `**bold**` (黑体, as sentence headers are set) and `*emphasis*` (着重号, the
emphasis of Chinese print), list items as paragraphs (`1.` numbered `1．`, `1)` numbered
`（1）`, bullets none: official documents carry no bullets), quotations and code as plain
paragraphs. Every value a template prints is escaped, so the writer's text is always text:
`{{ 7*7 }}`, `*`, `1. ` or `<` in a point stay as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from drafter.text.chars import is_cjk

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Marks that open Markdown syntax anywhere in a line (`#` also closes a header line). `&` only
# before what reads as an entity.
_INLINE = re.compile(r"[\\`*_\[\]<#]|&(?=#?[0-9A-Za-z]+;)")
# What opens a block at the start of a line: a quotation, list item, setext underline, code
# fence or container; and digits before `.` or `)` and a space (an ordered list item, where
# `1.5万亩` is none).
_LINE_OPENER = re.compile(r"^(?:[>+\-=~:]|(\d{1,9})(?=[.)](?:[ \t]|$)))", re.MULTILINE)
# White space at either end of a line is dropped by the parser (or makes a code block), a
# full-width space included, and a carriage return ends a line: they are written as character
# references, which it keeps.
_SPACE = "\t \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_EDGE_SPACE = re.compile(f"^[{_SPACE}]+|[{_SPACE}]+$|\r", re.MULTILINE)


def escape(value: Any) -> str:
    text = _INLINE.sub(lambda m: "\\" + m.group(), str(value))
    text = _EDGE_SPACE.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), text)
    return _LINE_OPENER.sub(_escaped_opener, text)


def _escaped_opener(match: re.Match[str]) -> str:
    # `2023.` stays a number: the mark after the digits is what gets the backslash.
    return match.group(1) + "\\" if match.group(1) else "\\" + match.group()


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    dots: bool = False  # 着重号 under each character


@dataclass
class Block:
    """One block of a rendered draft."""

    kind: str  # title | heading1 | heading2 | center | right | paragraph
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


_HEADINGS = {"h1": "title", "h2": "heading1"}
_CONTAINERS = ("center", "right")


@cache
def _parser() -> MarkdownIt:
    """CommonMark without raw HTML, with the two containers, and emphasis that closes beside
    Chinese punctuation (`**注重目标导向。**经过` — plain CommonMark leaves its marks)."""
    from markdown_it import MarkdownIt
    from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
    from markdown_it.parser_inline import ParserInline
    from markdown_it.rules_inline.state_inline import Scanned, StateInline
    from mdit_py_plugins.container import container_plugin

    def punctuation(char: str) -> bool:
        return isMdAsciiPunct(ord(char)) or isPunctChar(char)

    class ChineseState(StateInline):
        def scanDelims(self, start: int, canSplitWord: bool) -> Scanned:
            # CommonMark's flanking rules, except that a Chinese character or mark on either
            # side counts as the boundary they ask white space or punctuation for: Chinese
            # has no spaces between words, and its marks are never ambiguous.
            end = start
            while end < self.posMax and self.src[end] == self.src[start]:
                end += 1
            before = self.src[start - 1] if start > 0 else " "
            after = self.src[end] if end < self.posMax else " "
            space_before, space_after = isWhiteSpace(ord(before)), isWhiteSpace(ord(after))
            mark_before, mark_after = punctuation(before), punctuation(after)
            chinese = is_cjk(before) or is_cjk(after)
            left = not space_after and (
                not mark_after or space_before or mark_before or chinese
            )
            right = not space_before and (
                not mark_before or space_after or mark_after or chinese
            )
            return Scanned(
                left and (canSplitWord or not right or mark_before),
                right and (canSplitWord or not left or mark_after),
                end - start,
            )

    class ChineseInline(ParserInline):
        def parse(self, src: str, md: MarkdownIt, env: Any, tokens: list[Token]) -> list[Token]:
            state = ChineseState(src, md, env, tokens)
            self.tokenize(state)
            for rule in self.ruler2.getRules(""):
                rule(state)
            return state.tokens

    parser = MarkdownIt()
    parser.inline = ChineseInline()
    parser.configure("commonmark", {"html": False})
    for name in _CONTAINERS:
        parser.use(container_plugin, name)
    return parser


def _runs(children: list[Token], number: str = "") -> list[Run]:
    runs = [Run(number)] if number else []
    bold = dots = 0
    for token in children:
        if token.type in ("strong_open", "strong_close"):
            bold += 1 if token.type == "strong_open" else -1
            continue
        if token.type in ("em_open", "em_close"):
            dots += 1 if token.type == "em_open" else -1
            continue
        if token.type in ("softbreak", "hardbreak"):
            text = "\n"
        elif token.type in ("text", "code_inline", "image"):
            text = token.content  # an image by its description
        else:
            continue  # link marks: the link's text is its children's
        if not text:
            continue
        if runs and runs[-1].bold == (bold > 0) and runs[-1].dots == (dots > 0):
            runs[-1] = Run(runs[-1].text + text, bold > 0, dots > 0)
        else:
            runs.append(Run(text, bold > 0, dots > 0))
    return runs


def _item_number(token: Token) -> str:
    """A list item's own number as Chinese print sets it: `1.` → `1．`, `1)` → `（1）`."""
    if not token.info:
        return ""
    return f"（{token.info}）" if token.markup == ")" else f"{token.info}．"


def parse_markdown(text: str) -> list[Block]:
    """Read rendered Markdown back into blocks."""
    blocks: list[Block] = []
    container = ""
    number = ""  # a list item's number, for the item's first paragraph
    tokens = _parser().parse(text)
    for index, token in enumerate(tokens):
        if token.type.startswith("container_"):
            name = token.type.removeprefix("container_").rsplit("_", 1)[0]
            container = name if token.nesting == 1 else ""
        elif token.type == "list_item_open":
            number = _item_number(token)
        elif token.type == "inline" and tokens[index - 1].type == "heading_open":
            kind = _HEADINGS.get(tokens[index - 1].tag, "heading2")
            blocks.append(Block(kind, [Run("".join(r.text for r in _runs(token.children or [])))]))
        elif token.type == "inline":
            runs = _runs(token.children or [], number)
            number = ""
            if container:  # the author and the signature: a block for each line
                lines = "".join(run.text for run in runs).split("\n")
                blocks.extend(Block(container, [Run(line)]) for line in lines if line.strip())
            elif runs:
                blocks.append(Block("paragraph", runs))
        elif token.type in ("fence", "code_block"):
            blocks.append(Block("paragraph", [Run(number + token.content.rstrip("\n"))]))
            number = ""
    return blocks
