"""Punctuation of Chinese text: ASCII marks become full-width, doubled marks become one.

A mark is "in Chinese text" when a Chinese character or full-width mark stands next to it,
looking through a run of other ASCII marks. Numbers, times, decimals, URLs and Latin text keep
their ASCII marks (`97.14%`, `10:30`, `1,000`, `http://`).

The rules, on each line:

- a pair of straight quotes (the 1st and 2nd `"` of the line, the 3rd and 4th…) becomes `“”`
  when its content or a neighbour is Chinese;
- a pair of parentheses (matched like brackets) becomes `（）` when every pair inside it did and
  its content or a neighbour is Chinese;
- any other `, ; : ? ! ( )` becomes full-width when a neighbour is Chinese;
- `...` becomes `……` when a neighbour is Chinese; `…` and `………` always do;
- a `.` after a Han character or a closing `”’）`, before a space, Chinese or the line's end,
  becomes `。` (not before a space and a Latin letter: an English sentence goes on); after a
  Chinese ordinal that opens the line and before Chinese, it numbers a point: `一.强化` →
  `一、强化`.

A widened mark is Chinese to its neighbours, so one change can allow the next (`中,"",(a)`).
The rules are applied by propagation, each mark looked at again only when a neighbour, its
content or a pair inside it changes: the work is linear in the text, however the marks are
arranged (re-running whole-text passes until nothing changes was quadratic on runs like
a line of straight quotes after a Chinese character, or `中(中(中(…)))`, one mark per pass).
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, field

from drafter.text.chars import CJK, HAN_CHAR, NUMERALS, is_cjk
from drafter.text.lazy import LazyPattern
from drafter.text.positions import line_span

# The marks that end a Chinese sentence.
SENTENCE_END = re.compile("[。！？]")
# A sentence is closed by one of these; a title or header line is not.
CLOSED = "。！？；：…"
# Marks that stand inside a sentence, after its words: no paragraph or header opens on one, so a
# line opening on one goes on from the line above (`、优美、文明…`).
MID_SENTENCE_MARKS = tuple("，,、。.；;：:）)”’！!？?")

WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# The characters `widen` may change: text without any is returned as it is.
WIDENED = ',;:?!()."…'

# A run of separators acts as one: all of it widens when either end touches Chinese. The
# units are `[,;:?!]+|[()"\n]|\.{3,}|\.`, written to start with one class: the regex engine then
# skips ahead to a mark (twice as fast as trying every alternative at every character).
_UNITS = re.compile(r'[,;:?!()"\n.](?:(?<=[,;:?!])[,;:?!]*|(?<=\.)\.{2,}|)')
# `…+`, spelled to start with the character: a pattern that starts with a repeat gives the regex
# engine nothing to skip ahead by, and it tries a match at every character (ten times slower).
_ELLIPSES = re.compile("……*")
_AFTER_CLOSING = frozenset("”’）")
# An English sentence goes on after the space: `…“the strategy”. The…` keeps its stop.
_LATIN_NEXT = LazyPattern(r"[ \t]+[A-Za-z]")
_SEPARATORS = frozenset(",;:?!")
_NONE = -1
_ORDINAL_MAX, _INDENT_MAX = 3, 8  # numerals of a point's ordinal; spaces that indent it

# An opening quote is never followed by a separator: `身手“,智”` was `身手，“智”`. All the
# separators move (`“，，` → `，，“`, which DOUBLED then makes one), or a second cleaning would
# move the next.
MISPLACED_QUOTE = LazyPattern("([“‘])([，、；：]+)")
# Doubled separators, as scrapers leave them: `，，` `，。` `，、` `，；`. A run of commas before
# another mark goes (group `commas`); a mark repeated is kept once. Every alternative starts
# with a literal character, so the regex engine skips ahead by the set of them and rejects
# each alternative at a glance (`，+(?=…)|([，、；：。])\1+` had no first character to skip
# ahead by and tried both alternatives at every character, three times slower).
DOUBLED = LazyPattern("，(?:(?P<commas>，*)(?=[、；：。！？])|，+)|、、+|；；+|：：+|。。+")
# Two marks side by side, which MISPLACED_QUOTE and DOUBLED need: a scan at two thirds the cost
# of DOUBLED's, so text without doubled marks (most of it) is passed over at that speed.
PAIR_FIRST, PAIR_SECOND = "“‘，、；：。", "，、；：。！？"
MARK_PAIR = LazyPattern(f"[{PAIR_FIRST}][{PAIR_SECOND}]")


# The patterns that name Chinese characters are compiled on first use: text with no mark that
# may change (most of a draft's facts) never needs them.
_HAS_CJK = LazyPattern(rf"[{CJK}]")
# A run of separators with a Chinese character before or after it: `[,;:?!]+` preceded or
# followed by one, written to start with the separator class so the engine skips to one.
# Captured, so that splitting on it keeps the runs.
_SEPARATORS_BY_CJK = LazyPattern(rf"([,;:?!](?:(?<=[{CJK}][,;:?!])[,;:?!]*|[,;:?!]*(?=[{CJK}])))")


@dataclass
class _Pair:
    """Two quotes or two parentheses that belong together, as unit indexes."""

    opening: int
    closing: int = _NONE
    paren: bool = False
    parent: int = _NONE
    children: int = 0
    children_done: int = 0
    chinese_inside: bool = False
    done: bool = False


@dataclass
class _Marks:
    """The marks of a text (units: a run of separators, a quote, a parenthesis, a run of
    dots, a dot) and what has been decided about each. Lists indexed by unit, for speed."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    wide: list[bool] = field(default_factory=list)
    pair_of: list[int] = field(default_factory=list)
    quote_around: list[int] = field(default_factory=list)
    paren_around: list[int] = field(default_factory=list)
    pairs: list[_Pair] = field(default_factory=list)
    ordinal: set[int] = field(default_factory=set)  # dots that number a point: `、`

    def after_ordinal(self, unit: int) -> bool:
        """The dot follows a Chinese ordinal that opens its line (`一.强化组织`): it marks a
        numbered point, as `、` does, not a sentence's end. (A bounded look back: a line of dots
        costs each one the same.)"""
        text, at = self.text, self.starts[unit]
        numerals = 0
        while at and text[at - 1] in NUMERALS and numerals < _ORDINAL_MAX:
            at, numerals = at - 1, numerals + 1
        spaces = 0
        while at and text[at - 1] in " \t\u3000" and spaces < _INDENT_MAX:
            at, spaces = at - 1, spaces + 1
        return numerals > 0 and (not at or text[at - 1] == "\n")

    def shown(self, unit: int) -> str:
        """A character of `unit` as it reads now: enough to tell its neighbours whether it is
        Chinese, and whether it closes (`”` `）`)."""
        kind = self.kinds[unit]
        if not self.wide[unit]:
            return kind[0]
        if kind == '"':
            return "“" if self.pairs[self.pair_of[unit]].opening == unit else "”"
        if kind[0] == ".":
            return "…" if len(kind) > 1 else "、" if unit in self.ordinal else "。"
        return WIDE[kind[0]]

    def neighbours(self, first: int, last: int) -> tuple[str, str]:
        """The characters just before unit `first` and just after unit `last`, as they read
        now ("" at the text's ends)."""
        text, starts, ends = self.text, self.starts, self.ends
        position = starts[first]
        if not position:
            before = ""
        elif first and ends[first - 1] == position:
            before = self.shown(first - 1)
        else:
            before = text[position - 1]
        position = ends[last]
        if position >= len(text):
            after = ""
        elif last + 1 < len(starts) and starts[last + 1] == position:
            after = self.shown(last + 1)
        else:
            after = text[position]
        return before, after

    def touches_chinese(self, first: int, last: int) -> bool:
        before, after = self.neighbours(first, last)
        return bool(before and is_cjk(before)) or bool(after and is_cjk(after))

    # --- deciding --------------------------------------------------------------------------

    def settle(self) -> None:
        """Apply the rules until nothing changes. Widening is never undone, so the order the
        marks are looked at does not change the result."""
        wide, kinds, pair_of, pairs = self.wide, self.kinds, self.pair_of, self.pairs
        queue = list(range(len(self.starts) - 1, -1, -1))
        while queue:
            unit = queue.pop()
            if wide[unit]:
                continue
            kind = kinds[unit]
            pair = pair_of[unit]
            if pair != _NONE and self.pair_ready(pairs[pair]):
                for end in (pairs[pair].opening, pairs[pair].closing):
                    if not wide[end]:
                        self.widen(end, queue)
            elif kind == '"':
                continue  # a quote widens with its pair only
            elif kind[0] != "." or len(kind) > 1:  # separators, a parenthesis, `...`
                if self.touches_chinese(unit, unit):
                    self.widen(unit, queue)
            else:
                before, after = self.neighbours(unit, unit)
                if after and is_cjk(after) and self.after_ordinal(unit):
                    self.ordinal.add(unit)
                    self.widen(unit, queue)
                elif (before in _AFTER_CLOSING or (before and HAN_CHAR.match(before))) and (
                    not after
                    or is_cjk(after)
                    or (after.isspace() and not _LATIN_NEXT.match(self.text, self.ends[unit]))
                ):
                    self.widen(unit, queue)

    def pair_ready(self, pair: _Pair) -> bool:
        if pair.done:
            return False
        if pair.paren and pair.children:
            # Every pair inside widened: the content now holds `（）`, which is Chinese.
            return pair.children_done == pair.children
        return pair.chinese_inside or self.touches_chinese(pair.opening, pair.closing)

    def widen(self, unit: int, queue: list[int]) -> None:
        self.wide[unit] = True
        # Neighbours may now be in Chinese text, and so may the pairs around this unit.
        if unit:
            queue.append(unit - 1)
        if unit + 1 < len(self.starts):
            queue.append(unit + 1)
        for around in (self.quote_around[unit], self.paren_around[unit]):
            if around != _NONE and not self.pairs[around].chinese_inside:
                self.pairs[around].chinese_inside = True
                queue += (self.pairs[around].opening, self.pairs[around].closing)
        index = self.pair_of[unit]
        if index == _NONE:
            return
        pair = self.pairs[index]
        if pair.done or not (self.wide[pair.opening] and self.wide[pair.closing]):
            return
        pair.done = True
        if pair.parent != _NONE:
            parent = self.pairs[pair.parent]
            parent.children_done += 1
            # Both ends: one may have been widened on its own already.
            queue += (parent.opening, parent.closing)

    # --- the result ------------------------------------------------------------------------

    def result(self) -> tuple[str, int]:
        """The text with the marks widened, and how many ASCII marks that took away."""
        pieces: list[str] = []
        cursor = 0
        widened = 0
        text, kinds = self.text, self.kinds
        for unit, start in enumerate(self.starts):
            if not self.wide[unit]:
                continue
            pieces.append(text[cursor:start])
            kind = kinds[unit]
            widened += len(kind)  # every ASCII mark of a unit becomes full-width
            if kind[0] in _SEPARATORS:
                pieces.append(_wide_separators(kind))
            elif len(kind) > 2:  # a run of dots
                pieces.append("……")
            else:
                pieces.append(self.shown(unit))
            cursor = self.ends[unit]
        pieces.append(text[cursor:])
        return "".join(pieces), widened


def _marks(text: str) -> _Marks:
    """The marks of `text`, with quotes paired, parentheses matched and the static facts
    (Chinese inside a pair) noted."""
    marks = _Marks(text)
    starts, ends, kinds = marks.starts, marks.ends, marks.kinds
    pair_of, quote_around, paren_around = marks.pair_of, marks.quote_around, marks.paren_around
    pairs = marks.pairs
    quote_pair = _NONE  # the pair of the line's unpaired quote, if it has one
    open_parens: list[int] = []  # pairs of the parentheses still open on this line
    for match in _UNITS.finditer(text):
        kind = match.group()
        if kind == "\n":  # pairs never cross a line
            quote_pair = _NONE
            open_parens.clear()
            continue
        unit = len(starts)
        starts.append(match.start())
        ends.append(match.end())
        kinds.append(kind)
        pair_of.append(_NONE)
        quote_around.append(quote_pair)
        paren_around.append(open_parens[-1] if open_parens else _NONE)
        if kind == '"':
            quote_around[unit] = _NONE
            if quote_pair == _NONE:
                quote_pair = len(pairs)
                pairs.append(_Pair(unit))
            else:
                pairs[quote_pair].closing = unit
                pair_of[pairs[quote_pair].opening] = pair_of[unit] = quote_pair
                quote_pair = _NONE
        elif kind == "(":
            open_parens.append(len(pairs))
            pairs.append(_Pair(unit, paren=True))
        elif kind == ")" and open_parens:
            index = open_parens.pop()
            pairs[index].closing = unit
            pair_of[pairs[index].opening] = pair_of[unit] = index
            paren_around[unit] = open_parens[-1] if open_parens else _NONE
    marks.wide = [False] * len(starts)
    _resolve(marks)
    return marks


def _resolve(marks: _Marks) -> None:
    """Drop the pairs that never closed, link each closed pair to its parent, and note which
    pairs have Chinese inside from the start."""
    pairs = marks.pairs
    closed = [pair.closing != _NONE for pair in pairs]
    # A unit inside an unclosed parenthesis is inside no pair: every parenthesis around an
    # unclosed one is unclosed too, so the nearest closed one is never further out.
    for around_list in (marks.paren_around, marks.quote_around):
        for unit, around in enumerate(around_list):
            if around != _NONE and not closed[around]:
                around_list[unit] = _NONE
    for index, pair in enumerate(pairs):
        if not closed[index]:
            pair.done = True  # never considered
        elif pair.paren:
            pair.parent = marks.paren_around[pair.opening]
            if pair.parent != _NONE:
                pairs[pair.parent].children += 1
    for pair in pairs:
        if not pair.done and not pair.children:  # childless pairs never overlap: linear
            start, end = marks.ends[pair.opening], marks.starts[pair.closing]
            pair.chinese_inside = _HAS_CJK.search(marks.text, start, end) is not None


def _widen_certain(text: str) -> tuple[str, int]:
    """Every run of separators next to a Chinese character widened, whatever else happens,
    and how many separators that was. All runs are translated at once (a call per run cost
    more than finding them)."""
    pieces = _SEPARATORS_BY_CJK.split(text)  # the runs at odd indexes
    if len(pieces) == 1:
        return text, 0
    runs = "\n".join(pieces[1::2])  # a run never holds a line break
    pieces[1::2] = _wide_separators(runs).split("\n")
    return "".join(pieces), len(runs) - runs.count("\n")


def _wide_separators(text: str) -> str:
    """`text` with its separators full-width: a replace per separator, twenty times faster than
    str.translate, which looks every character up in a table."""
    for mark in ",;:?!":
        text = text.replace(mark, WIDE[mark])
    return text


# A mark that may change: a separator or a dot between two ASCII letters or digits (`3.5`,
# `10:30`, `1,000`, `www.gov.cn`) never does, and no neighbour of it is a mark it could change.
_MARKS = ',;:?!.()"'  # the ASCII marks of WIDENED
_LIVE_MARK = re.compile(rf'[{re.escape(_MARKS)}](?:(?<=[()"])|(?<![0-9A-Za-z].)|(?![0-9A-Za-z]))')


def _lines_with_marks(text: str, chars: Set[str] | None) -> list[tuple[int, int]]:
    """Where each line that holds a mark that may change starts and ends. When the marks of
    `text` are known, each is looked for by str.find, which skips ahead many times faster than
    the regex engine tests every character against a class."""
    spans = []
    if chars is None:
        match = _LIVE_MARK.search(text)
        while match:
            spans.append(line_span(text, match.start()))
            match = _LIVE_MARK.search(text, spans[-1][1])
        return spans
    for mark in chars & set(_MARKS):
        at = text.find(mark)
        while at != -1:
            if _LIVE_MARK.match(text, at):
                spans.append(line_span(text, at))
                at = text.find(mark, spans[-1][1])
            else:
                at = text.find(mark, at + 1)
    return sorted(set(spans))


def widen(text: str, chars: Set[str] | None = None) -> tuple[str, int]:
    """Turn the ASCII marks of Chinese text full-width; return the text and how many changed.
    `chars`: the characters of WIDENED that `text` holds (or more), when the caller knows them."""
    spans = _lines_with_marks(text, chars)
    changed = 0
    if spans:
        # Pairs never cross a line, and a line's end reads as the text's end does: the lines
        # with marks are settled apart from the rest (most lines of most texts have none).
        lines = "\n".join(text[start:end] for start, end in spans)
        # Most marks touch a Chinese character: settle those in one regex pass, so that only
        # the few that depend on other marks are followed one by one.
        lines, certain = _widen_certain(lines)
        marks = _marks(lines)
        marks.settle()
        lines, settled = marks.result()
        changed = certain + settled
        pieces = []
        cursor = 0
        for (start, end), line in zip(spans, lines.split("\n"), strict=True):
            pieces += (text[cursor:start], line)
            cursor = end
        pieces.append(text[cursor:])
        text = "".join(pieces)
    if "…" in text:
        text = _ELLIPSES.sub("……", text)
    return text, changed


def is_open_line(line: str) -> bool:
    """A line that does not end a sentence: a title or a header of its own. A sentence closed
    inside a quotation is closed (`…老书记说：“…心情特别激动！”`)."""
    return bool(line) and line.rstrip("”’」』")[-1:] not in CLOSED


_QUOTING = (("“", "”"), ("「", "」"), ("《", "》"))


def quotation_balance(text: str) -> int:
    """How many quotations `text` opens and does not close (negative: closes more than it
    opens), in mainland `“”`, in `「」` as Traditional pages print them, or a work's name in
    `《》` (a cut inside one is as much a cut: `制定《铁林村党员“微积分”`)."""
    return sum(text.count(opening) - text.count(closing) for opening, closing in _QUOTING)
