"""Access to jieba: a word-frequency language model and part-of-speech tags.

jieba's dictionary takes about a second to load, so it is loaded on first use only; commands
that never need it (`--help`, most of `clean`) never pay for it. jieba caches the loaded
dictionary (about 9 MB) in the shared temporary folder, where a second user of the machine can
neither replace nor trust the first one's file; drafter keeps it in the user's own cache folder,
or does without a cache when there is none.
"""

from __future__ import annotations

import os
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any


def cache_folder() -> Path | None:
    """This user's cache folder for drafter, made if need be; None when it cannot be made or
    written to. `%LOCALAPPDATA%\\drafter\\Cache` on Windows, `~/Library/Caches/drafter` on
    macOS, else `$XDG_CACHE_HOME/drafter` or `~/.cache/drafter`."""
    try:
        folder = _cache_location()
        if folder is None:
            return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def _cache_location() -> Path | None:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local, "drafter", "Cache") if local else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "drafter"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec: a relative path is invalid and to be ignored.
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "drafter"


def load_dictionary(jieba_tokenizer: Any, folder: Path | None) -> None:
    """Load a jieba tokenizer's dictionary, cached in `folder`, or built afresh without one."""
    if folder is not None:
        jieba_tokenizer.tmp_dir = str(folder)
        jieba_tokenizer.check_initialized()
        return
    # jieba has no setting for "no cache file": build the table as initialize() would, minus
    # the cache it would write to the shared temporary folder.
    with jieba_tokenizer.lock:
        if not jieba_tokenizer.initialized:
            dictionary = jieba_tokenizer.get_dict_file()
            jieba_tokenizer.FREQ, jieba_tokenizer.total = jieba_tokenizer.gen_pfdict(dictionary)
            jieba_tokenizer.initialized = True


@cache
def tokenizer() -> Any:
    import logging

    import jieba

    # CRITICAL, not WARNING: a cache that cannot be written is logged as an error with a
    # traceback; drafter works as well without it.
    jieba.setLogLevel(logging.CRITICAL)
    load_dictionary(jieba.dt, cache_folder())
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
