"""Access to jieba: a word-frequency language model and part-of-speech tags.

jieba's dictionary takes about a second to load, so it is loaded on first use only; commands
that never need it (`--help`, most of `clean`) never pay for it. jieba caches the loaded
dictionary (about 9 MB) in the shared temporary folder, where a second user of the machine can
neither replace nor trust the first one's file; drafter keeps it in the user's own cache folder,
or does without a cache when there is none.

Parsing one article looks up a few dozen words (place and person names), or a few thousand
to repair mojibake: those are read from a lexicon file in the same cache folder, searched
where it lies instead of loaded (loading jieba's dictionary and tag table takes over a second,
several times parse itself). Only the pairs of lost characters need jieba's table itself.
"""

from __future__ import annotations

import json
import os
import sys
from array import array
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from drafter.cachedir import cache_folder
from drafter.text.lazy import LazyPattern


@cache  # asked for on every cut of a text
def _jieba() -> Any:
    """jieba, imported without pkg_resources: jieba imports it (a fifth of a second, longer than
    parsing an article) only to open its own files, which it opens by path without it."""
    import importlib

    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import fails
    try:
        return importlib.import_module("jieba")
    finally:
        if blocked:
            del sys.modules["pkg_resources"]


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


_loaded = False  # tokenizer() has loaded jieba's tables: asked on every lookup, so a flag


@cache
def tokenizer() -> Any:
    global _loaded
    import logging

    jieba = _jieba()

    # CRITICAL, not WARNING: a cache that cannot be written is logged as an error with a
    # traceback; drafter works as well without it.
    jieba.setLogLevel(logging.CRITICAL)
    load_dictionary(jieba.dt, cache_folder())
    _loaded = True
    return jieba.dt


def logprob(text: str) -> float:
    """Log-probability of the most likely segmentation of `text` under jieba's unigram word
    model (Simplified Chinese). Unknown characters cost about as much as the rarest words."""
    if not text:
        return 0.0
    jieba_tokenizer = _dictionary()
    dag = jieba_tokenizer.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    jieba_tokenizer.calc(text, dag, route)
    return route[0][0]


def word_frequency(word: str) -> int:
    """How often `word` occurs in jieba's dictionary (0 if never, or only as a prefix)."""
    return _dictionary().FREQ.get(word, 0) or 0


def char_frequency(char: str) -> int:
    """How often `char` occurs as a word of its own in jieba's dictionary (0 if never)."""
    return word_frequency(char)


_REMEMBERED = 1 << 18  # lookups a lexicon remembers
# Searches of the lexicon (about 5 µs each) that cost what loading jieba's tables does (about
# 1.4 s): past them, a process doing bulk work loads the tables.
_BULK = 250_000


class Lexicon:
    """jieba's dictionary as its tokenizer holds it (every word and every prefix of one, with
    its count) and the words' tags, read from one file and searched in place: opening it costs
    a file read, where building jieba's tables costs over a second."""

    _MAGIC = b"drafter-lexicon 1\n"

    def __init__(self, data: bytes) -> None:
        if not data.startswith(self._MAGIC):
            raise ValueError("not a lexicon")
        header_end = data.index(b"\n", len(self._MAGIC)) + 1
        header = json.loads(data[len(self._MAGIC) : header_end])
        count = header["count"]
        self.total: int = header["total"]
        self._tags: list[str] = header["tags"]
        self._offsets, self._counts = array("I"), array("I")
        position = header_end
        for table, length in ((self._offsets, count + 1), (self._counts, count)):
            end = position + length * table.itemsize
            table.frombytes(data[position:end])
            position = end
        self._tag_indexes = data[position : position + count]
        self._words = data[position + count :]
        if len(self._tag_indexes) != count or len(self._words) != self._offsets[-1]:
            raise ValueError("lexicon cut short")
        self._found: dict[str, int] = {}
        self.searches = 0  # lookups that had to search: what bulk work costs with a lexicon

    @classmethod
    def build(cls, frequencies: dict[str, int], total: int, tags: dict[str, str]) -> bytes:
        words = sorted(frequencies)
        names = sorted(set(tags.values()))
        if len(names) > 255:
            raise ValueError("too many tags")
        number = {name: index + 1 for index, name in enumerate(names)}  # 0: no tag
        encoded = [word.encode("utf-8") for word in words]
        offsets = array("I", [0])
        for word in encoded:
            offsets.append(offsets[-1] + len(word))
        header = {"count": len(words), "total": total, "tags": names}
        return b"".join(
            (
                cls._MAGIC,
                json.dumps(header).encode("ascii") + b"\n",
                offsets.tobytes(),
                array("I", (frequencies[word] for word in words)).tobytes(),
                bytes(number.get(tags.get(word, ""), 0) for word in words),
                *encoded,
            )
        )

    def _index(self, word: str) -> int:
        """The word's place in the sorted words (UTF-8 order is code point order), or -1."""
        found = self._found.get(word)
        if found is not None:
            return found
        key = word.encode("utf-8")
        words, offsets = self._words, self._offsets
        low, high = 0, len(self._counts)
        while low < high:
            middle = (low + high) // 2
            if words[offsets[middle] : offsets[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        self.searches += 1
        hit = low < len(self._counts) and words[offsets[low] : offsets[low + 1]] == key
        if len(self._found) >= _REMEMBERED:  # a long run's lookups: memory stays bounded
            self._found.clear()
        self._found[word] = found = low if hit else -1
        return found

    def __len__(self) -> int:
        return len(self._counts)

    def __contains__(self, word: str) -> bool:
        return self._index(word) >= 0

    def __getitem__(self, word: str) -> int:
        index = self._index(word)
        if index < 0:
            raise KeyError(word)
        return self._counts[index]

    def get(self, word: str, default: int | None = None) -> int | None:
        index = self._index(word)
        return self._counts[index] if index >= 0 else default

    def tag(self, word: str) -> str:
        """The word's part of speech in jieba's dictionary; `x` for a word outside it."""
        index = self._index(word)
        number = self._tag_indexes[index] if index >= 0 else 0
        return self._tags[number - 1] if number else "x"


def _pos_table() -> dict[str, str]:
    tokenizer()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


@cache
def lexicon() -> Lexicon | None:
    """The lexicon file of this jieba's dictionary, made on first use (loading jieba's tables
    once); None without a cache folder to keep it in."""
    jieba = _jieba()

    folder = cache_folder()
    if folder is None:
        return None
    path = folder / f"lexicon-jieba-{jieba.__version__}.bin"
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    try:
        # Older than jieba's dictionary: made from an earlier installation's.
        if path.stat().st_mtime >= dictionary.stat().st_mtime:
            return Lexicon(path.read_bytes())
    except (OSError, ValueError, KeyError):  # none yet, or damaged: made again
        pass
    import tempfile

    full = tokenizer()
    data = Lexicon.build(full.FREQ, full.total, _pos_table())
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
    return Lexicon(data)


@cache
def _lexicon_tokenizer(words: Lexicon) -> Any:
    """A jieba tokenizer whose dictionary is the lexicon: jieba's own segmentation."""
    jieba = _jieba()

    segmenter = jieba.Tokenizer()
    segmenter.FREQ, segmenter.total, segmenter.initialized = words, words.total, True
    return segmenter


def _bulk(words: Lexicon | None) -> bool:
    """Whether jieba's own tables serve better than the lexicon: there is no lexicon, they are
    loaded already, or this process has searched the lexicon as long as loading them takes
    (a folder of articles: its lookups are dict lookups from then on)."""
    return words is None or _loaded or words.searches > _BULK


def _dictionary() -> Any:
    """The lexicon's tokenizer, or jieba's own for bulk work. Both hold the same words and
    cut text alike."""
    words = lexicon()
    return tokenizer() if _bulk(words) else _lexicon_tokenizer(words)


def frequencies() -> Any:
    """jieba's word counts by word, as a mapping with `get`."""
    return _dictionary().FREQ


def word_tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs from jieba's segmenter and its dictionary tags: five times
    faster than jieba's tagger; words outside the dictionary are tagged `x`."""
    return list(tagged_words(text))


def tagged_words(text: str) -> Iterator[tuple[str, str]]:
    """`word_tags` one pair at a time: jieba cuts the text as its words are read, so a caller
    that stops early spares the rest of the cutting (a third of it after two words)."""
    words = lexicon()
    if words is not None and not _bulk(words):
        return ((word, words.tag(word)) for word in _lexicon_tokenizer(words).cut(text))
    tags = _pos_table()
    return ((word, tags.get(word, "x")) for word in tokenizer().cut(text))


@cache
def _tagger_model() -> tuple[Any, ...]:
    """jieba.posseg's hidden Markov model (each character's states; start, transition and
    emission log-probabilities) and its Viterbi search, run from the package's files: importing
    jieba.posseg would also build its tag table from the dictionary's text (half a second)."""
    import importlib.util

    jieba = _jieba()

    folder = Path(jieba.__file__).with_name("posseg")
    modules = []
    for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit", "viterbi"):
        path = folder / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"_jieba_posseg_{name}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    *tables, search = modules
    return search.viterbi, *(table.P for table in tables)


def _guessed_first(run: str) -> tuple[str, str]:
    """The first (word, tag) jieba.posseg's model reads in a run of Han characters: positions
    B(egin), M(iddle), E(nd) of a word or S(ingle), each with a tag."""
    viterbi, *model = _tagger_model()
    _, states = viterbi(run, *model)
    begin = 0
    for index, (position, tag) in enumerate(states):
        if position == "B":
            begin = index
        elif position in ("E", "S"):
            return run[begin if position == "E" else index : index + 1], tag
    return run, states[0][1]


_HAN = LazyPattern("[\u4e00-\u9fd5]+")  # jieba's Han characters


@lru_cache(maxsize=4096)  # called on byline candidates, and the same names recur in a corpus
def first_tag(text: str) -> tuple[str, str]:
    """The first (word, part-of-speech) pair of jieba's tagger on `text` (not empty), which
    also tags words outside the dictionary (person names).

    The first word is found as jieba.posseg finds it, from the lexicon and, when the text opens
    with characters that make no dictionary word, jieba.posseg's hidden Markov model."""
    words = lexicon()
    if words is not None and _HAN.fullmatch(text):
        segmenter = _dictionary()
        route: dict[int, tuple[float, int]] = {}
        segmenter.calc(text, segmenter.get_DAG(text), route)
        # jieba.posseg gathers a run of one-character words and tags it from the dictionary
        # when it is one character or itself a word; otherwise its model reads the run.
        singles = 0
        while singles < len(text) and route[singles][1] == singles:
            singles += 1
        if singles == 0:
            word = text[: route[0][1] + 1]
            return word, words.tag(word)
        if singles == 1 or segmenter.FREQ.get(text[:singles]):
            return text[0], words.tag(text[0])
        return _guessed_first(text[:singles])
    tokenizer()
    import jieba.posseg

    pair = next(jieba.posseg.cut(text))
    return pair.word, pair.flag


_WORD_REACH = 4  # characters either side of a break that a word across it may take


def breaks_a_word(left: str, right: str) -> bool:
    """Whether a dictionary word runs across the end of `left` into `right`."""
    text = left[-_WORD_REACH:] + right[:_WORD_REACH]
    at, cut = 0, min(len(left), _WORD_REACH)
    for word in tokenizer().cut(text, HMM=False):
        at += len(word)
        if at >= cut:
            return at > cut
    return False
