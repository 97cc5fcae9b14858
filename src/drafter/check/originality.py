"""查重: the spans a draft shares with the articles of a corpus.

Texts are compared folded (letters and digits only, width normalised), so changed punctuation
does not hide a copied sentence. The corpus is indexed once by winnowing: of every window of
`_WINDOW` consecutive `_GRAM`-character grams, the smallest hash is kept, which guarantees that
any shared run of `_GRAM + _WINDOW - 1` = 13 characters (the usual threshold of Chinese
duplicate checkers) shares a fingerprint; each candidate is then extended character by
character to the whole shared span. The index is kept in the user's cache folder, keyed by the
corpus files' names, sizes and times, so a second check against the same corpus reads it back.
"""

from __future__ import annotations

import hashlib
import pickle
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zlib import crc32

if TYPE_CHECKING:
    from drafter.check.findings import Finding
    from drafter.check.rules import Context, Rule

MIN_SPAN = 13
_GRAM = 10
_WINDOW = MIN_SPAN - _GRAM + 1
_INDEX_VERSION = 2
# A gram in more articles than this is the genre's common wording: its first articles stand for
# the rest.
_MAX_POSTINGS = 50


def fold(text: str) -> tuple[str, list[int]]:
    """Letters and digits of `text` (NFKC), and each one's offset in `text`."""
    kept: list[str] = []
    offsets: list[int] = []
    for offset, char in enumerate(text):
        normal = unicodedata.normalize("NFKC", char)
        if normal.isalnum():
            kept.append(normal.lower())
            offsets.append(offset)
    return "".join(kept), offsets


def _folded_only(text: str) -> str:
    """`fold` without the offsets: for corpus articles, faster."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum()).lower()


def _fingerprints(folded: str) -> Iterator[tuple[int, int]]:
    """(hash, position) of the winnowed grams of a folded text: the smallest hash of each
    window of grams (the rightmost on a tie), each position once."""
    # crc32, not hash(): str hashes change from process to process, and the index is kept.
    hashes = [crc32(folded[i : i + _GRAM].encode()) for i in range(len(folded) - _GRAM + 1)]
    smallest = -1
    for end in range(_WINDOW - 1, len(hashes)):
        start = end - _WINDOW + 1
        if smallest < start:  # the old minimum left the window: look again
            smallest = min(range(start, end + 1), key=lambda i: (hashes[i], -i))
            yield hashes[smallest], smallest
        elif hashes[end] <= hashes[smallest]:
            smallest = end
            yield hashes[smallest], smallest


@dataclass
class CorpusIndex:
    names: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # folded
    postings: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # → (doc, pos)

    def add(self, name: str, text: str) -> None:
        doc = len(self.names)
        folded = _folded_only(text)
        self.names.append(name)
        self.texts.append(folded)
        for value, position in _fingerprints(folded):
            self.postings.setdefault(value, []).append((doc, position))

    def shared(self, folded: str) -> list[Span]:
        """Maximal spans of `folded` (≥ MIN_SPAN) found in a corpus article, longest first,
        without overlaps."""
        spans: dict[tuple[int, int], Span] = {}
        covered = -1  # grams starting before this lie inside a span already found
        for value, position in _fingerprints(folded):
            if position < covered:
                continue
            best: Span | None = None
            for doc, theirs in self.postings.get(value, ())[:_MAX_POSTINGS]:
                other = self.texts[doc]
                start, end = position, position + _GRAM
                if folded[start:end] != other[theirs : theirs + _GRAM]:
                    continue  # a hash collision
                back = 0
                while (
                    start - back > 0
                    and theirs - back > 0
                    and (folded[start - back - 1] == other[theirs - back - 1])
                ):
                    back += 1
                ahead = 0
                while (
                    end + ahead < len(folded)
                    and theirs + _GRAM + ahead < len(other)
                    and (folded[end + ahead] == other[theirs + _GRAM + ahead])
                ):
                    ahead += 1
                span = Span(start - back, end + ahead, doc)
                if span.length >= MIN_SPAN and (best is None or span.length > best.length):
                    best = span
            if best is not None:
                spans.setdefault((best.start, best.end), best)
                covered = best.end - _GRAM + 1
        chosen: list[Span] = []
        for span in sorted(spans.values(), key=lambda s: (-s.length, s.start)):
            if all(span.end <= c.start or span.start >= c.end for c in chosen):
                chosen.append(span)
        return chosen


@dataclass(frozen=True)
class Span:
    start: int  # in the folded draft
    end: int
    doc: int

    @property
    def length(self) -> int:
        return self.end - self.start


def _key(files: list[Path]) -> str:
    digest = hashlib.sha1(f"v{_INDEX_VERSION}".encode())
    for path in files:
        info = path.stat()
        digest.update(f"{path.resolve()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def load_index(corpus: Path) -> CorpusIndex:
    """The index of every .txt article under `corpus`, cleaned as `clean` cleans them; read
    from the cache when the corpus has not changed."""
    from drafter.analyze import corpus_files
    from drafter.cachedir import cache_folder
    from drafter.clean import clean_file
    from drafter.errors import UserError

    files = corpus_files(corpus)
    folder = cache_folder()
    cached = folder / f"corpus-index-{_key(files)}.pickle" if folder else None
    if cached and cached.is_file():
        try:
            with cached.open("rb") as handle:
                index = pickle.load(handle)  # our own file, in the user's own cache folder
            if isinstance(index, CorpusIndex):
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # rebuilt below
    index = CorpusIndex()
    for path in files:
        try:
            index.add(path.relative_to(corpus).as_posix(), clean_file(path).text)
        except UserError:
            continue  # `analyze` names unusable files; here they simply hold nothing to copy
    if cached:
        try:
            with cached.open("wb") as handle:
                pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass  # no cache: the next check builds the index again
    return index


def shared_spans(rule: Rule, context: Context) -> Iterator[Finding]:
    draft = context.draft
    pieces: list[tuple[int, int]] = []  # (paragraph index, offset) of each folded character
    folded_parts = []
    for number, paragraph in enumerate(draft.paragraphs):
        folded, offsets = fold(paragraph.text)
        folded_parts.append(folded)
        pieces += [(number, offset) for offset in offsets]
    folded = "".join(folded_parts)
    spans = [
        s for s in context.index.shared(folded) if not _stock(folded[s.start : s.end], context)
    ]
    for span in spans:
        number, offset = pieces[span.start]
        last_number, last_offset = pieces[span.end - 1]
        paragraph = draft.paragraphs[number]
        length = (
            (last_offset + 1 - offset) if last_number == number else len(paragraph.text) - offset
        )
        yield context.finding(
            rule,
            paragraph,
            offset,
            length,
            f"与语料文章《{context.index.names[span.doc]}》有连续 {span.length} 字相同",
            "改用自己的话写；引用政策原文的可以保留。",
        )
    if spans and folded:
        covered = sum(s.length for s in spans)
        share = covered / len(folded)
        yield context.finding(
            rule,
            None,
            0,
            0,
            f"与语料相同的文字共 {covered} 字，占全文 {share:.0%}",
            "重复比例高时，重点改写上面列出的段落。",
            severity="info",
        )


def _stock(span: str, context: Context) -> bool:
    """A span that is only the schema's stock phrases (frames, slogans) is not copying."""
    rest = span
    for phrase in sorted(context.common, key=len, reverse=True):
        rest = rest.replace(phrase, "")
    return len(rest) < MIN_SPAN
