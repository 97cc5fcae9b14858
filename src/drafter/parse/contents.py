"""A table of contents printed above the text: `目录/提纲：…` outlines closed by a line of dots,
and blocks of numbered header lines that the article prints again further on. Both are page
furniture: the headers are read where the text prints them.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.parse import headers
from drafter.parse.furniture import SENTENCE_MARK
from drafter.text.punctuation import is_open_line

# `目录/提纲:……` on 范文 sites, `本文目录导读：` on explainers: what follows, up to a line of
# dots, is the outline.
_CONTENTS_LABEL = re.compile(
    r"^(?:目\s*录|提\s*纲|目录/提纲|内容提纲|(?:本文)?目录导读)[:：]?[…. ]*$"
)
_DOTS = re.compile(r"^[…. ]+$")


def without_contents(lines: list[str]) -> tuple[list[str], list[str]]:
    """Take out a table of contents: a block of short numbered header lines, two or more of
    which the article prints again further on, whole or as the start of a longer header. The
    rest of the block goes with them: a stored page may stop before it reaches those headers
    (then a contents label before the block is enough)."""
    outline = _dotted_outline(lines)
    lines = [line for i, line in enumerate(lines) if i not in outline]
    keys = [_header_key(line) for line in lines]
    repeated = [False] * len(lines)
    later: Counter[str] = Counter()  # prefixes of the keys of the lines after this one
    for index in reversed(range(len(lines))):
        if key := keys[index]:
            repeated[index] = later[key] > 0
            later.update(key[:end] for end in range(1, len(key) + 1))
    contents: set[int] = set()
    block: list[int] = []
    block_keys: set[str] = set()
    labelled = False
    for index, key in enumerate([*keys, None]):
        # The block ends where a line repeats one of its own: there the article begins.
        if key and len(lines[index]) <= 60 and key not in block_keys:
            block.append(index)
            block_keys.add(key)
            continue
        if len(block) >= 2 and (
            labelled or sum(repeated[i] for i in block) >= 2 or _over_title(lines, block, index)
        ):
            contents.update(block)
            if labelled:
                contents.add(block[0] - 1)
                if index < len(lines) and _DOTS.match(lines[index]):
                    contents.add(index)
        labelled = index < len(lines) and bool(_CONTENTS_LABEL.match(lines[index]))
        block = [index] if key and len(lines[index]) <= 60 else []
        block_keys = {key} if block and key else set()
    kept = [line for i, line in enumerate(lines) if i not in contents]
    return kept, [*outline.values(), *(lines[i] for i in sorted(contents))]


def _over_title(lines: list[str], block: list[int], end: int) -> bool:
    """Header lines that open the page, over a title-shaped line and the text: an outline
    printed above the document (its headers would come after its title), where the page stops
    before them."""
    return (
        block[0] == 0
        and end + 1 < len(lines)
        and is_open_line(lines[end])
        and len(lines[end]) <= _OUTLINE_LINE_MAX
        and len(lines[end + 1]) > _OUTLINE_LINE_MAX
    )


_OUTLINE_REACH = 80  # lines from a contents label to the dots that close its outline
_OUTLINE_LINE_MAX = 60


def _dotted_outline(lines: list[str]) -> dict[int, str]:
    """A labelled outline closed by a line of dots (`目录/提纲：……` … `……`), whatever its lines
    are, headers or the `一是` points under them, so long as none of them is a sentence."""
    start = None  # the label of the outline being read (one pass: a label starts another)
    for index, line in enumerate(lines):
        if _CONTENTS_LABEL.match(line):
            start = index
        elif start is None:
            continue
        elif _DOTS.match(line):
            if index > start + 1:
                return {i: lines[i] for i in range(start, index + 1)}
            start = None
        elif (
            len(line) > _OUTLINE_LINE_MAX
            or SENTENCE_MARK.search(line)
            or index - start >= _OUTLINE_REACH
        ):
            start = None
    return {}


# A contents line may list the `1.` level too.
_ARABIC_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.．、](?P<header>[^\d].*)$")
_KEY_MAX = 40  # what a contents line and its header must share, at most


def _header_key(line: str) -> str | None:
    if found := headers.numbered(line):
        number, header = found.number, found.header
    elif found := _ARABIC_NUMBERED.match(line):
        number, header = found["number"], found["header"]
    else:
        return None
    return f"{number}{header.rstrip('。；')}"[:_KEY_MAX]
