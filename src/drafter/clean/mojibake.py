"""Repair of GBK text that was decoded one byte off.

When a scraper loses one byte of a GBK stream (it becomes `?`), the following bytes pair up
wrongly until the stream realigns: `。“兩區` (a1a3 a1b0 83c9 855e) with a1 lost reads `?`
`！`(a3a1) `皟`(b083) `蓞`(c985) `^`(5e). A damaged span therefore looks like

    ?  [a dangling pinyin `shù)` whose `(` the lost byte swallowed]
       wide characters (and `!`, a folded `！`)
       ?  (an orphan lead byte) or one ASCII byte 0x40–0x7e that ended the misread pair

and when the lost byte took only one character with it, like `??` (a trail byte lost: its
lead byte alone reads `?`; or a lead byte lost whose trail pairs with nothing) or `?^` (a lead
byte lost whose trail was an ASCII byte).

We re-encode the wide characters, try every byte the lost positions could have held, decode,
and let jieba's word-frequency model choose. A span is replaced only when the best reading is
far more likely than both the damaged reading and the runner-up. A span that reads as damage
but cannot be repaired with confidence is kept exactly as it is (later steps do not touch it)
and reported: its question marks are not the writer's. Question marks that read better as
question marks (`为什么?因为…`, `是否?`, `What?Really`) are left to the punctuation step.

A whole line of UTF-8 text read as GBK (`鍏氬缓` for 党建) is recognised by its bytes, which
read back as UTF-8 Chinese: repaired when they read back whole, held as found when the reading
lost bytes (its `?`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cache, lru_cache

from drafter.clean.pinyin import SYLLABLE, strip_readings
from drafter.text.chars import HAN, HAN_CHAR
from drafter.text.lazy import LazyPattern
from drafter.text.positions import line_span

_WIDE = r"[^\x00-\x7f?]"
SPAN = LazyPattern(
    rf"\?(?P<dangle>{SYLLABLE}\))?(?P<mid>(?:{_WIDE}|!)+)(?P<end>\?|[\x40-\x7e])"
    rf"(?P<after>{SYLLABLE}\))?"
)
# One lost byte that took one character with it: `??`, or `?` and the ASCII trail byte.
SHORT = re.compile(r"\?[?\x40-\x7e]")
# Full-width spaces (a1a1) whose bytes were lost between the characters of a name: `王? ? 元`.
LOST_SPACES = re.compile(rf"\?(?<=[{HAN}]\?)(?: ?\?)+ (?=[{HAN}])")
_HAN_RUN = LazyPattern(rf"[{HAN}]+")
# A line's characters from its first non-ASCII one to its last, with question marks around.
_LINE = re.compile(r"\?*[^\x00-\x7f](?:[^\n]*[^\x00-\x7f])?\?*")
# UTF-8 text read as GBK reads back, byte for byte, as about one Han character per GBK
# character (three bytes each against two); Chinese text read back that way is mostly broken
# bytes (at most a quarter Han in the seeds and the real corpus, against 0.42 and up).
_UTF8_MIN_CHARS = 6
_UTF8_HAN_SHARE = 0.35
_NOT_HAN = LazyPattern(rf"[^{HAN}]")
# Every byte but those that start the UTF-8 of a Han character (E3–E9, EF, F0): what is left
# bounds how many Han characters the bytes can read back as.
_NOT_HAN_LEADS = bytes(sorted(set(range(256)) - {*range(0xE3, 0xEA), 0xEF, 0xF0}))
# What a lost byte may have belonged to: a Han character or the punctuation of Chinese prose.
_PUNCTUATION = "。，、；：？！“”‘’（）《》—…·　"
_PLAUSIBLE = LazyPattern(rf"[{HAN}{_PUNCTUATION}]")
# Characters Chinese prose does not use (kana, bopomofo, Greek, box drawing, ⒄…): in a span,
# signs of misread bytes.
_ODD = LazyPattern(rf"[^\x00-\x7f{HAN}{_PUNCTUATION}]")
# `??` after these ends a question the writer asked twice over (`真的吗??`).
_QUESTION_ENDS = frozenset("吗呢吧啊呀嘛么")
_CONTEXT = 4
# Log-probability margins (natural log, per span): how much better the repair must read than
# the damaged text, and than the next-best repair.
_BEAT_DAMAGED = 6.0
_BEAT_RUNNER_UP = 2.0
# A span is damage, though no repair is sure, when its best repair reads no more than this
# much worse than the span as it is. Ordinary text between two question marks reads better as
# it is than any repair, by 17 to 80 in the seeds and the real corpus; misread bytes read
# worse. One character between them (`?平?`, from 推进) is the hard case: `谁?我?` reads about
# as well either way.
_DAMAGE_MARGIN = -8.0
_DAMAGE_MARGIN_ONE = -6.0
_PUNCTUATION_LOGPROB = -2.1
_ODD_LOGPROB = -12.0  # about an unknown character's cost in jieba's model
_COMMONEST = 8
_PAIRED = 5  # best choices of each of two adjacent lost characters tried together
# Spans scored with the word model per text (a few milliseconds each). A text with more is
# itself damaged or crafted: the rest are judged by their bytes alone, so time stays bounded.
_SCORED_SPANS = 1000
_HELD_GAP = 2  # characters between held spans that are held with them


@dataclass(frozen=True)
class SpanRepair:
    start: int
    end: int
    before: str
    after: str | None  # None: damage recognised but no confident repair


@dataclass(frozen=True)
class Reading:
    """The best repair of a span and how it compares with the damaged text."""

    text: str
    gain: float  # log-probability of the repair minus that of the damaged text
    sure: bool  # far better than the damaged text and than the runner-up


def _han(text: str) -> str:
    return _NOT_HAN.sub("", text)


def _simplified(text: str) -> str:
    from drafter.text.script import to_simplified

    return to_simplified(text)[0]


def _score(text: str) -> float:
    """Log-probability of Simplified `text`: jieba's word model over its Han runs, and for each
    other character the odds of punctuation in Chinese prose (about one character in eight),
    or of an unknown character when prose never uses it."""
    from drafter.language import logprob

    runs = _HAN_RUN.findall(text)
    odd = len(_ODD.findall(text))
    others = len(text) - sum(map(len, runs)) - odd
    return sum(logprob(run) for run in runs) + others * _PUNCTUATION_LOGPROB + odd * _ODD_LOGPROB


def _ranked(candidates: list[str], before: str, after: str) -> list[tuple[float, str]]:
    """Candidates for one lost byte, best first, each read between its neighbours.

    Only a shortlist is scored with the word model: punctuation, characters that make a
    dictionary word with a neighbour, and the commonest few; the rest cannot win. The shortlist
    goes through OpenCC in one call, not one call per candidate."""
    from drafter.language import frequencies

    simple = dict(zip(candidates, _simplified("\n".join(candidates)).split("\n"), strict=True))
    before, after = _simplified(before), _simplified(after)
    edge_before, edge_after = before[-1:], after[:1]
    frequency = frequencies().get  # the dictionary found once for the hundreds of words asked
    shortlist = {
        c
        for c, s in simple.items()
        if not _HAN_RUN.fullmatch(s) or frequency(edge_before + s) or frequency(s + edge_after)
    }
    shortlist |= set(sorted(simple, key=lambda c: -(frequency(simple[c]) or 0))[:_COMMONEST])
    return sorted(((_score(before + simple[c] + after), c) for c in shortlist), reverse=True)


@cache  # at most 126 × 256 pairs
def _decode_pair(first: int, second: int) -> str | None:
    try:
        char = bytes((first, second)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return char if _PLAUSIBLE.fullmatch(char) else None


@lru_cache(maxsize=4096)
def _misread(mid: str, end: str) -> tuple[list[str], str, list[str]] | None:
    """What the bytes of a span could have been, if one byte before it was lost: the choices
    for its first character, its realigned middle, the choices for its last character. None
    when the span cannot be GBK read one byte off (ordinary text, mostly)."""
    try:
        body = mid.replace("!", "！").encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(body) != 2 * len(mid):
        return None
    # Misaligned by one: byte 0 trails the lost lead byte, then pairs (1,2), (3,4)…
    inner = body[1:-1]
    try:
        middle = inner.decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(middle) * 2 != len(inner):
        return None
    firsts = [c for lead in range(0x81, 0xFF) if (c := _decode_pair(lead, body[0]))]
    if not end:  # the last misread pair took an ASCII byte as its trail: that byte is back
        lasts = [chr(body[-1])] if body[-1] < 0x80 else []
    elif end == "?":
        lasts = [c for tail in range(0x40, 0xFF) if (c := _decode_pair(body[-1], tail))]
    else:
        lasts = [c] if (c := _decode_pair(body[-1], ord(end))) else []
    if not firsts or not lasts:
        return None
    return firsts, middle, lasts


@lru_cache(maxsize=4096)
def _repair(left: str, mid: str, end: str, right: str) -> Reading | None:
    """The best repair of one span, or None when its bytes cannot be a misread at all."""
    choices = _misread(mid, end)
    if choices is None:
        return None
    firsts, middle, lasts = choices
    if middle:
        # Choose the first character with its left context, the last with its right context;
        # the middle separates them, so the choices are nearly independent.
        first_scores = _ranked(firsts, left, middle[:2])
        last_scores = _ranked(lasts, middle[-2:], right)
        close = any(
            len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _BEAT_RUNNER_UP
            for ranked in (first_scores, last_scores)
        )
        repaired = first_scores[0][1] + middle + last_scores[0][1]
    else:  # the two characters stand side by side (`?平?` was 推进): choose them together
        pairs = _ranked_pairs(firsts, lasts, left, right)
        close = len(pairs) > 1 and pairs[0][0] - pairs[1][0] < _BEAT_RUNNER_UP
        repaired = pairs[0][1]
    damaged = _score(_simplified(left + mid + right))
    gain = _score(_simplified(left + repaired + right)) - damaged
    return Reading(repaired, gain, not close and gain >= _BEAT_DAMAGED)


def _ranked_pairs(
    firsts: list[str], lasts: list[str], left: str, right: str
) -> list[tuple[float, str]]:
    """Two adjacent lost characters, best first: the pairs that make a dictionary word, and
    the few best of each chosen alone."""
    from drafter.language import tokenizer

    simple_lasts = dict(zip(_simplified("\n".join(lasts)).split("\n"), lasts, strict=True))
    simple_firsts = dict(zip(_simplified("\n".join(firsts)).split("\n"), firsts, strict=True))
    # Every pair looked up, some thousands (about 10 ms): a table of which characters follow
    # which, built from the whole dictionary, costs 0.15–0.5 s a process, and a corpus has few
    # such spans. jieba's table holds every prefix of its words: a first character missing
    # from it starts no word, and its pairs need no look.
    seconds = [(second, last) for second, last in simple_lasts.items() if len(second) == 1]
    frequency = tokenizer().FREQ.get
    shortlist = {
        first + last
        for simple, first in simple_firsts.items()
        if len(simple) == 1 and frequency(simple) is not None
        for second, last in seconds
        if frequency(simple + second)
    }
    top_firsts = [c for _, c in _ranked(firsts, left, "")[:_PAIRED]]
    top_lasts = [c for _, c in _ranked(lasts, "", right)[:_PAIRED]]
    shortlist |= {f + last for f in top_firsts for last in top_lasts}
    pairs = list(shortlist)
    simple = _simplified("\n".join(pairs)).split("\n")
    left, right = _simplified(left), _simplified(right)
    return sorted(
        ((_score(left + s + right), pair) for s, pair in zip(simple, pairs, strict=True)),
        reverse=True,
    )


@lru_cache(maxsize=4096)
def _repair_trail(left: str, trail: str, right: str) -> Reading | None:
    """`?` + an ASCII byte: the character whose lead byte was lost, if one reads well."""
    candidates = [c for lead in range(0x81, 0xFF) if (c := _decode_pair(lead, ord(trail)))]
    if not candidates:
        return None
    ranked = _ranked(candidates, left, right)
    close = len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _BEAT_RUNNER_UP
    gain = ranked[0][0] - _score(_simplified(left + "?" + trail + right))
    return Reading(ranked[0][1], gain, not close and gain >= _BEAT_DAMAGED)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to four Han characters either side, reading past pinyin readings."""
    reach = _CONTEXT * 6
    left = _han(strip_readings(text[max(0, start - reach) : start])[0])[-_CONTEXT:]
    right = _han(strip_readings(text[end : end + reach])[0])[:_CONTEXT]
    return left, right


class _Budget:
    """How many more spans may be scored with the word model."""

    def __init__(self) -> None:
        self.left = _SCORED_SPANS

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def find_repairs(text: str, chars: Set[str] | None = None) -> list[SpanRepair]:
    """Every damaged span in `text` (never overlapping), with its repair where one is sure.
    `chars`: the characters of `trigger_chars` that `text` holds (or more), when the caller
    knows them."""
    found = _utf8_lines(text, chars)
    if "?" not in text:  # all other damage holds a `?`
        return found  # in order: a span per line, the lines in order
    taken = bytearray(len(text))  # 1 where a span was found: linear, however many spans
    for span in found:
        taken[span.start : span.end] = b"\1" * (span.end - span.start)
    for match in LOST_SPACES.finditer(text):
        if taken.find(1, match.start(), match.end()) == -1:
            found.append(SpanRepair(match.start(), match.end(), match.group(), ""))
            taken[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    budget = _Budget()
    for pattern, judge in ((SPAN, _judge_span), (SHORT, _judge_short)):
        at = 0
        while match := pattern.search(text, at):
            at = match.end()
            if taken.find(1, match.start(), match.end()) != -1:
                continue
            span = judge(text, match, budget, taken)
            if span is not None:
                found.append(span)
                taken[span.start : span.end] = b"\1" * (span.end - span.start)
            elif pattern is SPAN and match["end"] == "?":
                # an ordinary span's closing mark may open the next (`?¡）略，…引领?°?`): what
                # cleaning widens between two marks must not hide the span after them
                at = match.start("end")
    return _merged(text, sorted(found, key=lambda r: r.start))


@cache
def _utf8_lead_chars() -> str:
    """The characters GBK reads from a UTF-8 Chinese character's lead byte (E4–E9) and the byte
    after it: every other character of Chinese UTF-8 read as GBK is one of them, and they
    are rare (level-2 rows of GB2312), so a line without any was not read that way."""
    readings = []
    for lead in range(0xE4, 0xEA):
        for trail in range(0x40, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # not a GBK pair: no reading
                readings.append(bytes([lead, trail]).decode("gbk"))
    return "".join(readings)


@cache
def _utf8_lead_readings() -> re.Pattern[str]:
    return re.compile("[" + re.escape(_utf8_lead_chars()) + "]")


@cache
def _utf8_lead_set() -> frozenset[str]:
    return frozenset(_utf8_lead_chars())


@cache
def trigger_chars() -> frozenset[str]:
    """The characters without which `find_repairs` finds nothing: every damaged span holds a
    `?` or the reading of a UTF-8 lead byte."""
    return frozenset("?" + _utf8_lead_chars())


def _lead_lines(text: str, chars: Set[str] | None) -> Iterator[tuple[int, int]]:
    """Where each line that holds the reading of a UTF-8 lead byte starts and ends, in order.
    When the characters of `text` are known, the few it holds are looked for one by one: a
    str.find skips ahead many times faster than the regex engine tests each character."""
    if chars is None:
        lead = _utf8_lead_readings()
        hit = lead.search(text)
        while hit:
            start, end = line_span(text, hit.start())
            yield start, end
            hit = lead.search(text, end)
        return
    spans: set[tuple[int, int]] = set()
    for char in _utf8_lead_set().intersection(chars):
        at = text.find(char)
        while at != -1:
            start, end = line_span(text, at)
            spans.add((start, end))
            at = text.find(char, end)
    yield from sorted(spans)


def _utf8_lines(text: str, chars: Set[str] | None) -> list[SpanRepair]:
    """Lines of UTF-8 text that were read as GBK (`鍏氬缓` for 党建), repaired when the bytes
    read back whole, else held as they are: their question marks are bytes the reading lost.
    Only the lines with the reading of a lead byte are looked at (the common case: none)."""
    found: list[SpanRepair] = []
    for start, end in _lead_lines(text, chars):
        match = _LINE.search(text, start, end)  # the line holds a non-ASCII character
        assert match is not None
        line = match.group()
        try:
            data = line.encode("gbk")
        except UnicodeEncodeError:
            continue  # characters GBK has not: not a GBK reading
        wide = len(data) - len(line)  # GBK writes every non-ASCII character in two bytes
        if wide < _UTF8_MIN_CHARS:
            continue
        needed = _UTF8_HAN_SHARE * wide
        if len(data.translate(None, _NOT_HAN_LEADS)) < needed:
            continue  # too few lead bytes to read back as enough Han (checked before decoding)
        lossy = data.replace(b"?", b"\xff").decode("utf-8", "replace")
        if len(HAN_CHAR.findall(lossy)) < needed:
            continue
        after: str | None = None
        if "?" not in line:  # a `?` is a byte the reading lost (or a real `?`: held alike)
            with contextlib.suppress(UnicodeDecodeError):
                after = data.decode("utf-8")
        found.append(SpanRepair(match.start(), match.end(), line, after))
    return found


def _merged(text: str, spans: list[SpanRepair]) -> list[SpanRepair]:
    """Held spans a character or two apart on one line, as one: a run of damage is one
    report, not hundreds (and each held span costs the pipeline a pass over the text)."""
    runs: list[list[SpanRepair]] = []
    for span in spans:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.after is None
            and span.after is None
            and span.start - last.end <= _HELD_GAP
            and "\n" not in text[last.end : span.start]
        ):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [run[0] if len(run) == 1 else _held(text, run[0].start, run[-1].end) for run in runs]


def _held(text: str, start: int, end: int) -> SpanRepair:
    return SpanRepair(start, end, text[start:end], None)


def _judge_span(
    text: str, match: re.Match[str], budget: _Budget, taken: bytearray
) -> SpanRepair | None:
    """A SPAN match as a repair, as damage held aside, or None for ordinary question marks."""
    start, end = match.start(), match.end()
    mid, last = match["mid"], match["end"]
    cut = _realigned(mid)
    if cut < len(mid):  # the stream realigned inside the span: the rest reads as it is
        if _all_common(mid):  # (or it is Traditional text: `?把鄉村帶向何方?`, 鄉 is E0 6C)
            return None
        mid, last = mid[:cut], ""
        end = match.start("mid") + cut
    if budget.take():
        left, right = _context(text, start, end)
        reading = _repair(left, mid, last, right)
        if reading is not None and reading.sure:
            return SpanRepair(start, end, text[start:end], reading.text)
        if _looks_damaged(match["mid"]):  # rare characters throughout: hold all of it
            damaged = True
        else:
            margin = _DAMAGE_MARGIN_ONE if len(mid) == 1 else _DAMAGE_MARGIN
            damaged = reading is not None and reading.gain > margin
    else:  # out of budget: bytes that can be a misread are held, unscored
        damaged = _misread(mid, last) is not None
    if not damaged:
        return None
    # Held, the span keeps its closing mark too: repaired text around a half-held span would
    # read differently on a second pass (`?吳鵬鵬?` held as `?吳鵬` leaves `鹏？` after it).
    end = match.end()
    if start and text[start - 1] == "?" and not taken[start - 1]:
        start -= 1  # `??…`: the first `?` is the lost byte, the second a misread `？`
    return _held(text, start, end)


def _realigned(mid: str) -> int:
    """Where a misread stream realigned inside `mid`: after the first character whose second
    byte is ASCII (a misread pair that took the next ASCII byte as its trail: `?鏧X` was 界XX).
    `len(mid)` when it did not."""
    for index, char in enumerate(mid):
        try:
            data = char.encode("gbk")
        except UnicodeEncodeError:
            return len(mid)
        if len(data) == 2 and data[1] < 0x80:
            return index + 1
    return len(mid)


def _judge_short(
    text: str, match: re.Match[str], budget: _Budget, taken: bytearray
) -> SpanRepair | None:
    """`??` or `?` + an ASCII byte between Chinese characters: damage, or None."""
    start, end = match.start(), match.end()
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if not (_open_side(before) and _open_side(after)):
        return None
    if match.group() == "??":
        # Between Chinese, or Chinese and a line's end (`29.4%??` was 29.4%。): not in Latin
        # text, nor a question asked twice over (`真的吗??`).
        ends = [c for c in (before, after) if _is_wide(c) or c == "\n"]
        if not ends or ends == ["\n", "\n"] or before in _QUESTION_ENDS:
            return None
        return SpanRepair(start, end, match.group(), None)  # the character is gone
    if not (_is_wide(before) and _is_wide(after)):
        return None
    if budget.take():
        left, right = _context(text, start, end)
        reading = _repair_trail(left, match.group()[1], right)
        if reading is not None and reading.sure:
            return SpanRepair(start, end, match.group(), reading.text)
    return SpanRepair(start, end, match.group(), None)


def _open_side(char: str) -> bool:
    """A neighbour a lost character can have: anything but a Latin letter (`What??`) or
    another question or exclamation mark (`???`, `?!`)."""
    return not (char.isascii() and (char.isalpha() or char in "?!"))


def _is_wide(char: str) -> bool:
    return char > "\x7f" and char != "？"


_RARE = 200  # a character's count in the word model's dictionary, under which it is rare


def _all_common(mid: str) -> bool:
    """Whether every character between the question marks is a common one (a misread pair
    that took an ASCII byte as its trail makes a rare one)."""
    from drafter.language import char_frequency

    han = _simplified(_han(mid))
    return len(han) == len(mid) and all(char_frequency(c) >= _RARE for c in han)


def _looks_damaged(mid: str) -> bool:
    """Whether the characters between the question marks read like misdecoded bytes: many
    rare characters, where ordinary text has few."""
    from drafter.language import char_frequency

    han = _simplified(_han(mid))
    if not han:
        return False
    rare = sum(1 for c in han if char_frequency(c) < _RARE)
    return rare * 2 >= len(han)
