"""Access to jieba: a word-frequency language model and part-of-speech tags.

jieba's dictionary takes about a second to load, so it is loaded on first use only; commands
that never need it (`--help`, most of `clean`) never pay for it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def tokenizer() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt


def logprob(text: str) -> float:
    """Log-probability of the most likely segmentation of `text` under jieba's unigram word
    model (Simplified Chinese). Unknown characters cost about as much as the rarest words."""
    if not text:
        return 0.0
    jieba_tokenizer = tokenizer()
    dag = jieba_tokenizer.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    jieba_tokenizer.calc(text, dag, route)
    return route[0][0]


def word_frequency(word: str) -> int:
    """How often `word` occurs in jieba's dictionary (0 if never, or only as a prefix)."""
    return tokenizer().FREQ.get(word, 0) or 0


def char_frequency(char: str) -> int:
    """How often `char` occurs as a word of its own in jieba's dictionary (0 if never)."""
    return word_frequency(char)


def word_tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs from jieba's segmenter and its dictionary tags: five times
    faster than `pos_tags`; words outside the dictionary are tagged `x`."""
    import jieba.posseg

    jieba_tokenizer = tokenizer()
    tags = jieba.posseg.dt.word_tag_tab
    return [(word, tags.get(word, "x")) for word in jieba_tokenizer.cut(text)]


@lru_cache(maxsize=4096)  # called on byline candidates, and the same names recur in a corpus
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech) pairs from jieba's tagger, which also tags words outside the
    dictionary (person names); slow, so for short strings only."""
    import jieba.posseg

    tokenizer()
    return tuple((pair.word, pair.flag) for pair in jieba.posseg.cut(text))
