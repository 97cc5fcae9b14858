"""Whether a line goes on in the line under it: the evidence a wrap leaves where it broke a
sentence, a header or a title (the line below opens on a mark inside a sentence, on a word's
last character and its stop, or on the rest of a word; the line ends on a word that needs more
after it)."""

from __future__ import annotations

import re

from drafter.text.chars import HAN, NUMERALS
from drafter.text.punctuation import MID_SENTENCE_MARKS

# A word's last character and its stop, opening a line: `况。这说明…` (not a numeral, `二。…`).
_WORD_END_STOPPED = re.compile(rf"(?![{NUMERALS}])[{HAN}]。")


def goes_on_below(line: str, below: str) -> bool:
    """Whether `line` is a piece that `below` continues, broken off at a wrap: the line below
    opens on a mark inside a sentence, on a word's last character and its stop, or on the rest
    of a word."""
    from drafter.language import breaks_a_word

    return (
        below.startswith(MID_SENTENCE_MARKS)
        or bool(_WORD_END_STOPPED.match(below))
        or breaks_a_word(line, below)
    )


# A word a header or a title does not end on: a verb or a particle that needs more after it
# (`（一）“强村帮带”工程是`, `…政府工作报告和`, `…统筹推进防疫脱贫的`).
_WANTING_MORE = re.compile("[是的之和及与暨并对把将在为以]$")


def ends_wanting_more(line: str) -> bool:
    """Whether `line` ends on a word that needs more after it."""
    return bool(_WANTING_MORE.search(line))
