"""Place names in Chinese text: whether a text names a concrete place, and the place a clause
opens with. Used by parse (the form's evidence) and analyze (frames, borrowable headers).

A word ending in an administrative suffix is a place only if it is rare: county and town
names are in jieba's dictionary with counts under 10, while 示范区, 社区, 全市 have hundreds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from drafter.text.lazy import LazyPattern

# (the league's banners, sums and gachas of Inner Mongolia: 旗, 苏木, 嘎查)
_SUFFIXES = (
    "自治区", "街道", "社区", "省", "市", "区", "县", "旗", "镇", "乡", "村", "苏木", "嘎查"
)
# A dictionary word ending in a suffix is a place only if it is rare (county and town names
# are in jieba's dictionary with counts under 10; 示范区, 社区, 全市 have hundreds or more).
_RARE = 10
_REGION_REACH = 16
# A place whose name a published or template text masked (`**镇`, `XX县`, `某村`) or left out
# (`区认真落实…`): the suffix alone, then the clause's verb.
_HIDDEN_PLACE = LazyPattern(
    r"^(?:[*＊]+|[Xx×]{1,3}|某)?(?:自治区|街道|社区|省|市|区|县|旗|镇|乡|村)(?:党委|党工委|委)?"
    r"(?=(?:认真|深入|全面|坚持|聚焦|围绕|立足|紧扣|着力|积极|始终|以|把|通过|按照)[\u4e00-\u9fff])"
)


_SUFFIX_CHAR = re.compile("[省市区县旗镇乡村]|街道|社区|苏木|嘎查")
_NAME_REACH = 8
_COMMON = 1000
# (a run of stars is taken whole: tried from each of its stars it is quadratic)
_MASKED_PLACE = re.compile(
    r"(?:(?<![*＊])[*＊]++|[Xx×]{2,3}|某)(?:自治区|街道|社区|省|市|区|县|旗|镇|乡|村)"
)


def _place_units(tokens: Iterable[tuple[str, str]]) -> Iterator[tuple[str, bool]]:
    """Each token's word and whether it belongs to a place name. A token is read one ahead of
    the one given (a suffix after a word joins it to the place), no further: a caller that
    stops at the first answer it needs leaves the rest of the text uncut."""
    from drafter.language import frequencies

    freq = frequencies()
    last: tuple[str, str, bool] | None = None  # the token before, and its mark so far
    for word, tag in tokens:
        rare_suffixed = (
            word.endswith(_SUFFIXES) and len(word) >= 2 and (freq.get(word) or 0) < _RARE
        )
        own = tag == "ns" or rare_suffixed
        # 海口 + 镇, 保婴 + 村: a suffix of its own makes a place of the word before it
        joined = (
            not own
            and word in _SUFFIXES
            and last is not None
            and len(last[0]) >= 2
            and last[1] != "v"
        )
        if last is not None:
            yield last[0], last[2] or joined
        last = (word, tag, own or joined)
    if last is not None:
        yield last[0], last[2]


def _leading(tokens: Iterable[tuple[str, str]]) -> tuple[int, bool]:
    """How long the place name that `tokens` open with is, and whether it takes them all."""
    length = 0
    for word, is_place in _place_units(tokens):
        if not is_place:
            return length, False
        length += len(word)
    return length, True


def leading_region(clause: str) -> tuple[str, str] | None:
    """(place name, rest) when a clause opens with a place name — or with a bare suffix such as
    `区认真落实…`, where a published text left the name out."""
    from drafter.language import tagged_words

    # Place names open the clause and are short: tagging its start is enough, and much cheaper.
    hidden = _HIDDEN_PLACE.match(clause)
    if hidden:  # `**镇聚焦…`, `XX县坚持…`, `区认真落实…`: a name left out or masked
        return hidden.group(), clause[hidden.end() :]
    length, whole = _leading(tagged_words(clause[:_REGION_REACH]))
    if whole and len(clause) > _REGION_REACH:  # a name longer than the reach: tag it all
        length, _ = _leading(tagged_words(clause))
    return (clause[:length], clause[length:]) if length else None


def contains_region(text: str) -> bool:
    """Whether `text` names a concrete place (masked names such as `**镇` included). Only the
    few characters before each administrative suffix are tagged: a place name ends there."""
    from drafter.language import frequencies, tagged_words

    if _MASKED_PLACE.search(text):
        return True
    freq = frequencies()
    for suffix in _SUFFIX_CHAR.finditer(text):
        start, end = suffix.span()
        # 乡村, 农村, 城市, 市场, 县委: the suffix inside a common word names no place.
        # (at the text's either end the window holds the suffix alone, which is no such word)
        around = (text[max(start - 1, 0) : end], text[start : end + 1])
        if any(len(w) > end - start and (freq.get(w) or 0) >= _COMMON for w in around):
            continue
        window = text[max(0, suffix.start() - _NAME_REACH) : suffix.end()]
        if any(is_place for _, is_place in _place_units(tagged_words(window))):
            return True
    return False
