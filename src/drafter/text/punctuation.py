"""Punctuation of Chinese text: ASCII marks become full-width, doubled marks become one.

A mark is "in Chinese text" when a Chinese character or full-width mark stands next to it,
looking through a run of other ASCII marks. Numbers, times, decimals, URLs and Latin text keep
their ASCII marks (`97.14%`, `10:30`, `1,000`, `http://`).
"""

from __future__ import annotations

import re

from drafter.text.chars import CJK, HAN

WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# Parentheses left unpaired after the pair pass are treated like the other marks.
_MARKS = ",;:?!()"

# Every pattern starts with the mark it looks for, so the regex engine can skip ahead to it;
# the neighbours are checked after the mark (a leading lookbehind would be tried everywhere).
_RUN = re.compile(rf"[{re.escape(_MARKS)}]{{2,}}")
_SINGLE = re.compile(rf"[{re.escape(_MARKS)}](?:(?<=[{CJK}].)|(?=[{CJK}]))")
# An ASCII mark or quote still touching Chinese text: another widening pass is due.
_PENDING = re.compile(rf"[{re.escape(_MARKS)}\"](?:(?<=[{CJK}].)|(?=[{CJK}]))")
_PAREN_PAIR = re.compile(r"\(([^()\n]*)\)")
_QUOTE_PAIR = re.compile(r'"([^"\n]*)"')
_DOTS = re.compile(r"\.{3,}|…+")
_FULL_STOP = re.compile(rf"\.(?<=[{HAN}”’）]\.)(?=[\s{CJK}]|$)", re.MULTILINE)
_HAS_CJK = re.compile(rf"[{CJK}]")

# An opening quote is never followed by a separator: `身手“,智”` was `身手，“智”`.
MISPLACED_QUOTE = re.compile("([“‘])([，、；：])")
# Doubled separators, as scrapers leave them: `，，` `，。` `，、` `，；`.
DOUBLED = re.compile("，+(?=[、；：。！？])|([，、；：。])\\1+")


def _is_cjk(char: str) -> bool:
    return bool(char) and _HAS_CJK.match(char) is not None


def _touches_cjk(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    return _is_cjk(text[start - 1] if start else "") or _is_cjk(text[end : end + 1])


def _widen_run(match: re.Match[str]) -> str:
    if _touches_cjk(match):
        return "".join(WIDE[c] for c in match.group())
    return match.group()


def _ellipsis(match: re.Match[str]) -> str:
    """`...` in Chinese text, and a lone or tripled `…`, become the Chinese `……`."""
    if match.group()[0] == "…" or _touches_cjk(match):
        return "……"
    return match.group()


def _widen_pair(match: re.Match[str], opening: str, closing: str) -> str:
    if _HAS_CJK.search(match.group(1)) or _touches_cjk(match):
        return opening + match.group(1) + closing
    return match.group()


def _ascii_marks(text: str) -> int:
    return sum(text.count(c) for c in ',;:?!()."')


def _widen_once(text: str) -> str:
    previous = None
    while previous != text:  # nested parentheses widen one level per pass
        previous = text
        text = _PAREN_PAIR.sub(lambda m: _widen_pair(m, "（", "）"), text)
    text = _QUOTE_PAIR.sub(lambda m: _widen_pair(m, "“", "”"), text)
    text = _DOTS.sub(_ellipsis, text)
    text = _RUN.sub(_widen_run, text)
    text = _SINGLE.sub(lambda m: WIDE[m.group()], text)
    return _FULL_STOP.sub("。", text)


def widen(text: str) -> tuple[str, int]:
    """Turn the ASCII marks of Chinese text full-width; return the text and how many changed.

    A widened mark can make its ASCII neighbour part of Chinese text (`中,""`), so this runs
    until nothing changes; the second pass usually finds nothing.
    """
    before = _ascii_marks(text)
    text = _widen_once(text)
    while _PENDING.search(text) or any(_ellipsis(m) != m.group() for m in _DOTS.finditer(text)):
        previous, text = text, _widen_once(text)
        if text == previous:
            break
    return text, before - _ascii_marks(text)
