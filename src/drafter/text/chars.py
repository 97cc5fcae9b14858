"""Character classes shared by the cleaning steps (regex fragments, no imports of weight)."""

import re
from bisect import bisect_right
from functools import cache

from drafter.text.lazy import LazyPattern

# CJK ideographs: Extension A, the URO, compatibility ideographs, and the supplementary planes.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Full-width and CJK punctuation, including curly quotes used in Chinese text.
CJK_PUNCT = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
)
# One Han character, as a pattern (compiled when first used: see `text.lazy`).
HAN_CHAR = LazyPattern(f"[{HAN}]")
# Anything that makes the neighbourhood of a mark "Chinese text".
CJK = HAN + CJK_PUNCT
# The numerals of numbered headers (一、 （一）) and measures (一是), in order.
NUMERALS = "一二三四五六七八九十"
# Characters XML 1.0 cannot hold: a DOCX with them is a corrupt file.
NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"


def is_cjk(char: str) -> bool:
    """Whether `char` is a Chinese character or mark (in CJK), looked up among the class's
    ranges: compiling the class as a regex visits each of its 28,000 code points, milliseconds
    a process that tests only a few characters need not spend."""
    starts, ends = _cjk_ranges()
    index = bisect_right(starts, ord(char)) - 1
    return index >= 0 and ord(char) <= ends[index]


@cache
def _cjk_ranges() -> tuple[list[int], list[int]]:
    """CJK's ranges (`a-b`, or one character), sorted: their first and last code points."""
    ranges = sorted((ord(m[1]), ord(m[2] or m[1])) for m in re.finditer("(.)(?:-(.))?", CJK, re.S))
    return [first for first, _ in ranges], [last for _, last in ranges]
