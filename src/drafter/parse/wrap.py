"""Hard-wrapped text: lines a print or PDF layout broke at one width, joined back into
paragraphs.

A layout breaks lines at a width on the page, not after a sentence: a line as wide as most
long lines that does not end a sentence goes on in the next one. What is not a paragraph
broken at the width stays apart: a line of names or fields, and a header as wide as the wrap
over a line that runs to the width itself.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.parse.byline import REPORTER_ROLES
from drafter.parse.continuation import ends_wanting_more, goes_on_below
from drafter.parse.furniture import FIELDS_RUN
from drafter.parse.headers import is_line_header
from drafter.parse.salutation import ADDRESS_OPENING, is_salutation
from drafter.text.chars import HAN, NUMERALS

_STOP = "。！？；：…"
_CLOSING = "”’）)】"
# The marks that number a part: `一、`, `（一）`.
CHINESE_NUMBER_MARK = rf"[{NUMERALS}]{{1,3}}、|[（(][{NUMERALS}]{{1,3}}[)）]"
WRAP_MIN = 30  # columns of a print or PDF page's lines, at least
# The narrowest column whose wrap is joined back: a newspaper's or a phone's column holds eight
# Han characters or more.
_COLUMN_MIN = 16
WORD_GAP = re.compile(rf"(?<=[{HAN}])[ \u3000]+(?=[{HAN}])")
# (a news item's dateline names its reporters in brackets, spaced: `(通讯员 邹畅宁 刘文)`)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# (or in brackets the wrap has not closed yet: `11月5日电（鱼娇 金虹 张野 记者` over `金宗明）…`)
_CREDITS = re.compile(r"[（(][^（）()]*(?:[）)]|$)")
# A reporter's role at a line's end, the name on the next line: `…记者 袁宇 通讯员` over `李丽莎…`.
_ROLE_AT_END = re.compile(rf"(?:{REPORTER_ROLES})\s*$")
# A print layout breaks lines at a width on the page, not at a count of characters: Han, full-
# width marks and quotes take two columns, half-width digits, letters and spaces one (so a line
# with `197 户` holds more characters than one without).
_WRAP_SLACK = 4  # columns a wrapped line may fall short of the width or pass it by


def ends_sentence(text: str) -> bool:
    """`…。` or `…。”` ends a sentence; a quotation or bracket closed mid-sentence
    (`…在宅基地“三权分置”`, wrapped there) does not."""
    if text[-1] in _CLOSING:
        if _BRACKETED.fullmatch(text):  # a note in brackets on a line of its own
            return True
        text = text.rstrip(_CLOSING)
    return bool(text) and text[-1] in _STOP


def _columns(line: str) -> int:
    # In UTF-8 those take three bytes and these one: the mean of bytes and characters.
    return (len(line.encode()) + len(line)) // 2


def _wrap_width(widths: list[int], lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at, if it was: most long lines are about as
    wide and do not end a sentence."""
    long_lines = [(w, line) for w, line in zip(widths, lines, strict=True) if w >= _COLUMN_MIN]
    if len(long_lines) < 6:
        return None
    width, _ = Counter(w for w, _ in long_lines).most_common(1)[0]
    near = [line for w, line in long_lines if abs(w - width) <= _WRAP_SLACK]
    open_near = [line for line in near if not ends_sentence(line)]
    # Wrapping leaves no line longer than the width: a few such lines say it is not wrapped
    # (a title and a breadcrumb of the same length above long paragraphs).
    longer = [w for w, _ in long_lines if w > width + _WRAP_SLACK]
    if (
        len(near) >= 0.4 * len(long_lines)
        and len(open_near) >= 0.5 * len(near)
        and len(longer) <= 0.1 * len(long_lines)
    ):
        return width
    return None


def reflow(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text back into paragraphs: a line broken at the wrap
    width that does not end a sentence continues on the next line."""
    if sum(1 for line in lines if len(line) >= _COLUMN_MIN // 2) < 6:
        return lines  # too few long lines to tell a wrap by
    widths = [_columns(line) for line in lines]
    width = _wrap_width(widths, lines)
    if width is None:
        return lines
    joined: list[list[str]] = []  # each paragraph in pieces: adding to a string is quadratic
    carry = False
    for at, (line, columns) in enumerate(zip(lines, widths, strict=True)):
        if carry and joined:
            joined[-1].append(line)
        else:
            joined.append([line])
        # A printed paragraph has no spaces between its words: a line of names or fields is the
        # page's front, not a paragraph broken at the wrap; nor is a line opening on the page's
        # dates and labelled fields (`2023-05-06 10:20:31 来源：…`).
        carry = (
            abs(columns - width) <= _WRAP_SLACK
            and not ends_sentence(line)
            and (len(WORD_GAP.findall(_CREDITS.sub("", line))) < 2 or _ROLE_AT_END.search(line))
            and not FIELDS_RUN.match(line)
            # (a title as wide as a narrow column over its salutation: `同志们：` stands alone)
            and not (at + 1 < len(lines) and _opens_salutation(lines[at + 1]))
            and not _whole_header_at_width(line, lines[at + 1 : at + 1 + _HEADER_REST], width)
        )
    return ["".join(pieces) for pieces in joined]


def _opens_salutation(line: str) -> bool:
    """A salutation on a line of its own, from its first word (`同志们：`, `各位代表：`): not the
    rest of one the wrap broke (`科长、各位同志：`), nor a title run on into one."""
    return bool(ADDRESS_OPENING.match(line)) and is_salutation(line)


_HEADER_REST = 2  # lines under a header's first line that may hold the rest of it


def _whole_header_at_width(line: str, below: list[str], width: int) -> bool:
    """A numbered header as wide as the wrap, over a line that runs to the width as well and
    starts on a word of its own: a header is a paragraph of its own, so had it gone on, the line
    under it would hold only the rest of it and be short (`一、把握形势、胸怀全局，充分认识培训的
    目的意义` over `县委一贯重视…`); a word broken at the wrap goes on (`…增强党员示` `范性…`), and
    so does a header in a narrow column whose rest fills a line or two and stops short of the
    width unended, as no paragraph does (`一、统一思想，充分认识乡村` over
    `建设行动的内涵及其对村级党` `组织的新要求`)."""
    next_line = below[0] if below else ""
    return (
        _columns(next_line) >= width - _WRAP_SLACK
        and bool(_CHINESE_NUMBER.match(line))
        and is_line_header(line)
        and not WORD_GAP.search(line)  # (the text run on after a space: `一、…战场 贵州…`)
        # (`…乡村振兴不仅包括经济建设` over `，也涉及…`)
        and not goes_on_below(line, next_line)
        and not ends_wanting_more(line)  # (`（一）“强村帮带”工程是`)
        and not _ends_open(below, width)
    )


def _ends_open(lines: list[str], width: int) -> bool:
    """Whether `lines`, read as a wrap reads them, end short of the width without ending a
    sentence."""
    for line in lines:
        if ends_sentence(line):
            return False
        if abs(_columns(line) - width) > _WRAP_SLACK:
            return True
    return False


_CHINESE_NUMBER = re.compile(CHINESE_NUMBER_MARK)
