"""Repair of GBK text that was decoded one byte off.

When a scraper loses one byte of a GBK stream, the following bytes pair up wrongly until the
stream realigns: `。“兩區` (a1a3 a1b0 83c9 855e) with a1 lost reads `?` `！`(a3a1) `皟`(b083)
`蓞`(c985) `^`(5e). A damaged span therefore looks like

    ?  [a dangling pinyin `shù)` whose `(` the lost byte swallowed]
       wide characters (and `!`, a folded `！`)
       ?  (an orphan lead byte) or one ASCII byte 0x40–0x7e that ended the misread pair

We re-encode the wide characters, try every byte the lost positions could have held, decode,
and let jieba's word-frequency model choose. A span is replaced only when the best reading is
far more likely than both the damaged reading and the runner-up; otherwise it is kept as it
is and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.clean.pinyin import ANNOTATION, SYLLABLE
from drafter.text.chars import HAN

_WIDE = r"[^\x00-\x7f?？]"
SPAN = re.compile(
    rf"\?(?P<dangle>{SYLLABLE}\))?(?P<mid>(?:{_WIDE}|!)+)(?P<end>\?|[\x40-\x7e])"
    rf"(?P<after>{SYLLABLE}\))?"
)
# Full-width spaces (a1a1) whose bytes were lost between the characters of a name: `王? ? 元`.
LOST_SPACES = re.compile(rf"\?(?<=[{HAN}]\?)(?: ?\?)+ (?=[{HAN}])")
_HAN_RUN = re.compile(rf"[{HAN}]+")
_NOT_HAN = re.compile(rf"[^{HAN}]")
# What a lost byte may have belonged to: a Han character or the punctuation of Chinese prose.
_PLAUSIBLE = re.compile(rf"[{HAN}。，、；：？！“”‘’（）《》—…·　]")
_CONTEXT = 4
# Log-probability margins (natural log, per span): how much better the repair must read than
# the damaged text, and than the next-best repair.
_BEAT_DAMAGED = 6.0
_BEAT_RUNNER_UP = 2.0
_PUNCTUATION_LOGPROB = -2.1
_COMMONEST = 8


@dataclass(frozen=True)
class SpanRepair:
    start: int
    end: int
    before: str
    after: str | None  # None: damage recognised but no confident repair


def _han(text: str) -> str:
    return _NOT_HAN.sub("", text)


def _simplified(text: str) -> str:
    from drafter.text.script import to_simplified

    return to_simplified(text)[0]


def _score(text: str) -> float:
    """Log-probability of Simplified `text`: jieba's word model over its Han runs, and for each
    other character the odds of punctuation in Chinese prose (about one character in eight)."""
    from drafter.language import logprob

    runs = _HAN_RUN.findall(text)
    others = len(text) - sum(map(len, runs))
    return sum(logprob(run) for run in runs) + others * _PUNCTUATION_LOGPROB


def _ranked(candidates: list[str], before: str, after: str) -> list[tuple[float, str]]:
    """Candidates for one lost byte, best first, each read between its neighbours.

    Only a shortlist is scored with the word model: punctuation, characters that make a
    dictionary word with a neighbour, and the commonest few; the rest cannot win. The shortlist
    goes through OpenCC in one call, not one call per candidate."""
    from drafter.language import char_frequency, word_frequency

    simple = dict(zip(candidates, _simplified("\n".join(candidates)).split("\n"), strict=True))
    before, after = _simplified(before), _simplified(after)
    edge_before, edge_after = before[-1:], after[:1]
    shortlist = {
        c
        for c, s in simple.items()
        if not _HAN_RUN.fullmatch(s)
        or word_frequency(edge_before + s)
        or word_frequency(s + edge_after)
    }
    shortlist |= set(sorted(simple, key=lambda c: -char_frequency(simple[c]))[:_COMMONEST])
    return sorted(((_score(before + simple[c] + after), c) for c in shortlist), reverse=True)


def _decode_pair(first: int, second: int) -> str | None:
    try:
        char = bytes((first, second)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return char if _PLAUSIBLE.fullmatch(char) else None


@lru_cache(maxsize=4096)
def _repair(left: str, mid: str, end: str, right: str) -> str | None:
    """The repaired text of one span, or None when no reading is confidently better."""
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
    if end == "?":
        lasts = [c for tail in range(0x40, 0xFF) if (c := _decode_pair(body[-1], tail))]
    else:
        lasts = [c] if (c := _decode_pair(body[-1], ord(end))) else []
    if not firsts or not lasts:
        return None
    # Choose the first character with its left context, the last with its right context; the
    # middle separates them, so the choices are nearly independent.
    first_scores = _ranked(firsts, left, middle[:2])
    last_scores = _ranked(lasts, middle[-2:], right)
    for ranked in (first_scores, last_scores):
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _BEAT_RUNNER_UP:
            return None
    repaired = first_scores[0][1] + middle + last_scores[0][1]
    damaged = _score(_simplified(left + mid + right))
    if _score(_simplified(left + repaired + right)) - damaged < _BEAT_DAMAGED:
        return None
    return repaired


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to four Han characters either side, reading past pinyin readings."""
    reach = _CONTEXT * 6
    left = _han(ANNOTATION.sub("", text[max(0, start - reach) : start]))[-_CONTEXT:]
    right = _han(ANNOTATION.sub("", text[end : end + reach]))[:_CONTEXT]
    return left, right


def find_repairs(text: str) -> list[SpanRepair]:
    """Every damaged span in `text` (never overlapping), with its repair where one is sure."""
    found: list[SpanRepair] = []
    for match in LOST_SPACES.finditer(text):
        found.append(SpanRepair(match.start(), match.end(), match.group(), ""))
    if "?" not in text:
        return found
    taken = {(r.start, r.end) for r in found}
    for match in SPAN.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        left, right = _context(text, match.start(), match.end())
        after = _repair(left, match["mid"], match["end"], right)
        if after is None and not _looks_damaged(left, match["mid"], right):
            continue  # plain question marks around ordinary text
        found.append(SpanRepair(match.start(), match.end(), match.group(), after))
    return sorted(found, key=lambda r: r.start)


def _looks_damaged(left: str, mid: str, right: str) -> bool:
    """Whether the characters between the question marks read like misdecoded bytes: many
    rare characters, where ordinary text has few."""
    from drafter.language import char_frequency

    han = _simplified(_han(mid))
    if not han:
        return False
    rare = sum(1 for c in han if char_frequency(c) < 200)
    return rare * 2 >= len(han)
