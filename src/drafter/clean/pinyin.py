"""Pinyin readings glued to characters by some sites' converters: `鄉(xiāng)村` → `鄉村`.

A reading is recognised by pinyin's own grammar (initial + final, tone marks or digits), not by
a list of annotated words. Real parentheticals stay: `（作者单位：…）`, `乡（镇）`, `(WTO)`.
Toneless readings are accepted only as a single syllable of two letters or more, since `(a)`
and `(e)` are list labels far more often than readings.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.text.chars import HAN

_VOWEL = {
    "a": "aāáǎà",
    "e": "eēéěè",
    "i": "iīíǐì",
    "o": "oōóǒò",
    "u": "uūúǔù",
    "ü": "üǖǘǚǜv",
}
TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_FINALS = [
    *("iang", "iong", "uang", "ueng"),
    *("ang", "eng", "ong", "ian", "iao", "ing", "uai", "uan", "üan"),
    *("ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in"),
    *("ua", "uo", "ui", "un", "üe", "ün", "ue"),
    *("a", "o", "e", "i", "u", "ü"),
]  # longest first, so the alternation prefers the whole final
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"


def _final(final: str) -> str:
    return "".join(f"[{_VOWEL[ch]}]" if ch in _VOWEL else ch for ch in final)


def _finals() -> str:
    """The finals as one alternation, those that begin with the same vowel behind one test of
    it (the regex engine tested each final's first vowel in turn: a quarter of the time a
    reading took). Each keeps its order among those of its vowel, so the same final wins."""
    by_vowel: dict[str, list[str]] = {}
    for final in _FINALS:
        by_vowel.setdefault(final[0], []).append(final[1:])
    return "|".join(
        f"{_final(vowel)}(?:{'|'.join(map(_final, rests))})" for vowel, rests in by_vowel.items()
    )


# One syllable, toned or not, with an optional tone digit.
SYLLABLE = _INITIALS + f"(?:{_finals()})[1-5]?"
# A syllable that carries its tone (mark or digit), or is followed in its run of letters by
# one that does (`xian` in `xianguó`). The look ahead stops after a reading's length: an
# unbounded one rescans a long run of letters at every syllable, quadratic in the run.
_TONED = rf"(?=[a-z]{{0,30}}[{TONED_VOWELS}]|[a-zü]{{1,30}}[1-5])" + SYLLABLE
# Each syllable is atomic and the run possessive: `xiāngxiāng…` also splits as `xi āng…`, and
# trying every split of a run that is not followed by `)` doubled the time per syllable. The
# finals are longest first, so the first split is the one a reader means.
_READING = rf"(?:(?>{_TONED})(?:[ '’]?(?>{_TONED}))*+|(?![aeo] ?[)）]){SYLLABLE})"
# A reading's first letter after its bracket, looked for first: a pattern that starts with one
# character is scanned for several times faster than one that starts with a class, and the
# parentheses of Chinese prose hold no Latin letter. Most texts have none, and looking for it
# is cheap, where compiling the whole grammar takes longer than cleaning an article.
_OPENINGS = tuple(re.compile(rf"{re.escape(b)}[a-zü{TONED_VOWELS}]") for b in "(（")


@cache
def _annotation() -> re.Pattern[str]:
    # Starts with the bracket (fast to scan for), then checks that a Han character precedes it.
    # (a converter may leave a space before the closing bracket: `會(huì )`)
    return re.compile(rf"[(（](?<=[{HAN}][(（]){_READING} ?[)）](?:[(（]{_READING} ?[)）])*")


def strip_readings(text: str) -> tuple[str, int]:
    """Remove every pinyin reading glued to a Han character (stacked ones too); return the
    text and how many places had one."""
    if not any(opening.search(text) for opening in _OPENINGS):
        return text, 0
    return _annotation().subn("", text)
