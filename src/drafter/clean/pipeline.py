"""The cleaning pipeline: scraped text → clean Simplified Chinese, with a report.

The steps run on the whole text and never add or remove a line break until the last one, so a
position's line number is the line it had in the input:

1. HTML markup (when the text is a page's source), control characters and line endings;
2. mojibake (GBK decoded one byte off) — spans that cannot be repaired are set aside untouched;
3. pinyin readings glued to characters;
4. Traditional → Simplified, line by line, only where a line is Traditional;
5. punctuation: full-width in Chinese text, misplaced quotes, doubled marks;
6. web boilerplate lines, blank lines and indentation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from itertools import islice
from operator import attrgetter
from pathlib import Path

from drafter.clean import boilerplate, html, mojibake, pinyin
from drafter.clean.report import CleanResult, Removed, Repair, Unrepaired
from drafter.files import expand_paths, read_article
from drafter.text import punctuation, script
from drafter.text.positions import Lines

# A Unicode noncharacter stands in for a span set aside; input never keeps one (step 1).
_HELD = "\ufdd0"
# Control and invisible characters, and noncharacters: removed (step 1).
_CONTROL_RANGES = (
    (0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x200B, 0x200D), (0x2060, 0x2060),
    (0xFEFF, 0xFEFF), (0xFDD0, 0xFDEF), (0xFFFE, 0xFFFF),
)  # fmt: skip
_CONTROL_CHARS = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _CONTROL_RANGES)
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
_LEFTOVERS = (
    # `\ufffd+`, spelled to start with the character, which the regex engine then skips ahead
    # to (a pattern that starts with a repeat is tried at every character)
    ("replacement", re.compile("\ufffd\ufffd*"), "原文已丢失的字符（�），无法恢复"),
    (
        "pinyin",
        re.compile(rf"[{pinyin.TONED_VOWELS}][a-z]*(?<=[a-z{pinyin.TONED_VOWELS}])"),
        "残留的拼音，未能确定归属",
    ),
)
_LEFTOVER_CHARS = frozenset("\ufffd" + pinyin.TONED_VOWELS)
_WIDENED = frozenset(punctuation.WIDENED)
_ADDRESS_MARKS = frozenset(":.")  # both among the characters of `_WIDENED`
_POSITION = attrgetter("line", "column")  # of a repair or what was left unrepaired
# Past this many, the characters some pass needs are too many to collect: text like that
# needs most passes, and each looks for its own.
_FEW = 64


@cache
def _survey() -> re.Pattern[str]:
    """Any character that a pass needs (a control character, what mojibake needs: `?` and the
    readings of a UTF-8 lead byte, a Traditional character, an ASCII mark, a leftover), or two
    marks side by side (`punctuation.MARK_PAIR`, which no such character is part of). One scan
    for both, written to start with one class for the regex engine to skip ahead by."""
    chars = mojibake.trigger_chars() | script.tables().traditional_chars
    chars |= _WIDENED | _LEFTOVER_CHARS
    needed = _CONTROL_CHARS + re.escape("".join(sorted(chars)))
    first, second = punctuation.PAIR_FIRST, punctuation.PAIR_SECOND
    return re.compile(f"[{needed}{first}](?:[{second}](?<=[{first}].)|(?<=[{needed}]))")


@cache
def _control_chars() -> frozenset[str]:
    """Every character `_CONTROL` removes."""
    return frozenset(chr(c) for a, b in _CONTROL_RANGES for c in range(a, b + 1))


class _Present:
    """What the passes need to know of a text, found in one scan (one scan for them all costs
    what each pass's own scan did): the characters of it that some pass needs, for a pass runs
    only when one of its own is there, and whether two marks stand side by side. Unknown (None)
    when there are many: every pass then looks for its own."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars, self.pair = _survey_of(text)

    def any_of(self, chars: frozenset[str]) -> bool:
        return self.chars is None or not self.chars.isdisjoint(chars)

    def add(self, text: str) -> None:
        """Note the characters of `text`, which a pass brought in."""
        if text and self.chars is not None:  # most often nothing was brought in
            more = _survey_of(text)[0]
            self.chars = None if more is None else self.chars | more

    def has_pair(self, text: str) -> bool:
        """Whether `text` holds two marks side by side: known from the scan while the text is
        still the one scanned (most texts, which need no pass)."""
        if self.pair is not None and text == self.text:
            return self.pair
        return punctuation.MARK_PAIR.search(text) is not None


def _survey_of(text: str) -> tuple[set[str] | None, bool | None]:
    """The characters of `text` that some pass needs and whether two marks stand side by side,
    or None for both past `_FEW` of them."""
    # The matches are taken by map and islice, not a loop of ours: a text that needs many
    # passes has its `_FEW` at hand in a few dozen characters, and the loop cost more than that.
    found = list(islice(map(re.Match.group, _survey().finditer(text)), _FEW + 1))
    if len(found) > _FEW:
        return None, None
    chars = set(found)
    pairs = {match for match in chars if len(match) > 1}
    return chars - pairs, bool(pairs)


def _normalize(text: str, result: CleanResult) -> tuple[str, _Present]:
    """The text with its markup, control characters and line endings normalized, and the
    characters in it that a later pass needs."""
    if "\r" in text:  # one fast look, where two replaces each searched the text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if html.looks_like_html(text):
        text = html.to_text(text)
        result.counts["html"] += 1
    present = _Present(text)
    n = 0
    if present.any_of(_control_chars()):
        text, n = _CONTROL.subn("", text)
    # Each pass sets its count once: a Counter's `+=` on a new key calls Python code.
    result.counts["control"] = n
    return text.replace("\u00a0", " ").replace("\t", " "), present


def _repair_mojibake(
    text: str, chars: set[str] | None, result: CleanResult
) -> tuple[str, list[str]]:
    """Apply confident repairs; set aside the rest (returned in order) behind placeholders.
    `chars`: the characters of `text` that mojibake needs, when known."""
    spans = mojibake.find_repairs(text, chars)
    if not spans:
        return text, []
    lines = Lines(text)
    held: list[str] = []
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        line, column = lines.locate(span.start)
        pieces.append(text[cursor : span.start])
        if span.after is None:
            held.append(span.before)
            pieces.append(_HELD)
            result.unrepaired.append(
                Unrepaired("mojibake", line, column, span.before, "疑似乱码，无把握修复，原样保留")
            )
        else:
            kind = "lost-space" if not span.after else "mojibake"
            result.repairs.append(Repair(kind, line, column, span.before, span.after))
            result.counts[kind] += 1
            pieces.append(span.after)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces), held


def _record(
    pattern: re.Pattern[str],
    kind: str,
    text: str,
    result: CleanResult,
    fix: Callable[[re.Match[str]], str],
) -> tuple[str, int]:
    """Apply `fix` to each match of `pattern`, recording every change with its position;
    return the text and how many changes there were. One scan: the matches are found once."""
    matches = list(pattern.finditer(text))
    if not matches:
        return text, 0
    lines = Lines(text)
    pieces: list[str] = []
    cursor = 0
    for match in matches:
        after = fix(match)
        line, column = lines.locate(match.start())
        result.repairs.append(Repair(kind, line, column, match.group(), after))
        pieces += (text[cursor : match.start()], after)
        cursor = match.end()
    pieces.append(text[cursor:])
    result.counts[kind] += len(matches)
    return "".join(pieces), len(matches)


def _unquoted(match: re.Match[str]) -> str:
    return match[2] + match[1]  # the separators go before the quote


def _undoubled(match: re.Match[str]) -> str:
    return "" if match["commas"] is not None else match[0][0]


def _tidy_lines(text: str, result: CleanResult, addresses: bool) -> str:
    """`addresses`: whether the text may hold a web address (a watermark holds one)."""
    lines = [line.strip(" \u3000") for line in text.split("\n")]
    watermarked = addresses and boilerplate.may_hold_watermark(text)
    removed = _without_watermarks(lines, result) if watermarked else {}
    removed.update(boilerplate.furniture(lines, text))
    result.counts["boilerplate"] = sum(rule != "watermark" for rule in removed.values())
    if removed:  # most texts have no furniture: nothing to report
        _report_removed(lines, removed, result)
        lines = ["" if index in removed else line for index, line in enumerate(lines)]
    kept = list(filter(None, lines))
    return "\n".join(kept) + "\n" if kept else ""


def _report_removed(lines: list[str], removed: dict[int, str], result: CleanResult) -> None:
    for index, rule in sorted(removed.items()):
        if rule == "watermark":  # the line held the watermark alone: recorded as it went
            continue
        result.repairs.append(Repair("boilerplate", index + 1, 1, lines[index], ""))
        result.removed.append(
            Removed(index + 1, rule, lines[index], boilerplate.is_obvious(lines[index], rule))
        )
    result.removed.sort(key=lambda removal: removal.line)


def _without_watermarks(lines: list[str], result: CleanResult) -> dict[int, str]:
    """Take a site's watermark off the lines it opens, in place; the lines that held nothing
    else are returned, to be removed."""
    emptied: dict[int, str] = {}
    for mark in boilerplate.watermarks(lines):
        for index, line in enumerate(lines):
            if not line.startswith(mark):
                continue
            lines[index] = line[len(mark) :].lstrip(" \u3000")
            result.repairs.append(Repair("watermark", index + 1, 1, mark, ""))
            result.counts["watermark"] += 1
            if not lines[index]:
                result.removed.append(Removed(index + 1, "watermark", line, True))
                emptied[index] = "watermark"
    return emptied


def _note_leftovers(text: str, result: CleanResult) -> None:
    lines: Lines | None = None  # most texts have no leftover: none to locate
    for kind, pattern, reason in _LEFTOVERS:
        for match in pattern.finditer(text):
            lines = lines or Lines(text)
            line, column = lines.locate(match.start())
            result.unrepaired.append(Unrepaired(kind, line, column, match.group(), reason))


def clean_text(text: str, *, encoding: str | None = None) -> CleanResult:
    """Clean one article's text; the result carries the text and the report."""
    result = CleanResult(text="", encoding=encoding)
    # Most texts need few passes. A pass that may bring characters in (a repair, a conversion)
    # adds them to `present`; the others only take characters out or bring in none that a
    # later pass needs.
    text, present = _normalize(text, result)
    held: list[str] = []
    if present.any_of(mojibake.trigger_chars()):
        text, held = _repair_mojibake(text, present.chars, result)
        present.add("".join(repair.after for repair in result.repairs))
    text, n = pinyin.strip_readings(text)
    result.counts["pinyin"] = n
    n = 0
    if present.any_of(script.tables().traditional_chars):
        text, n, result.conversion = script.convert_traditional_lines(text)
        if n:
            present.add(text)
    result.counts["script"] = n
    n = 0
    if present.any_of(_WIDENED):
        text, n = punctuation.widen(text, present.chars)
    result.counts["width"] = n
    pair = present.has_pair(text)  # for the two passes that need one
    if pair:
        text, _ = _record(punctuation.MISPLACED_QUOTE, "quote", text, result, _unquoted)
    # Removing a comma can bring two stops together: until none is left.
    while pair:
        text, n = _record(punctuation.DOUBLED, "doubled", text, result, _undoubled)
        pair = n > 0 and punctuation.MARK_PAIR.search(text) is not None
    if held:  # one pass, however many spans were held
        spans = iter(held)
        text = re.sub(_HELD, lambda _: next(spans), text)
    if present.any_of(_LEFTOVER_CHARS):
        _note_leftovers(text, result)
    # A web address holds an ASCII `:` or `.` (`://`, `www.`), which most texts lack.
    result.text = _tidy_lines(text, result, present.any_of(_ADDRESS_MARKS))
    result.unrepaired.sort(key=_POSITION)
    result.repairs.sort(key=_POSITION)
    return result


def clean_file(path: str | Path) -> CleanResult:
    """Read an article in any supported encoding and clean it."""
    decoded = read_article(path)
    return clean_text(decoded.text, encoding=decoded.encoding)


def article_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named by `paths`: files as given, directories as their *.txt files."""
    return expand_paths(paths, (".txt",))
