"""Stage 3: a corpus → the Schema.

Each file is parsed and digested on its own (in parallel across processes); digests are merged
into count tables whose size depends on what the corpus says, not on how long it is. The
merge visits files in name order, so the schema is the same for any number of jobs.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.analyze import shapes, topics
from drafter.analyze.digest import GRAM, Digest, Rejected, digest_file
from drafter.errors import UserError
from drafter.files import has_suffix
from drafter.schema import (
    SCHEMA_VERSION,
    CorpusStats,
    Counted,
    FigureExample,
    FormStats,
    Frame,
    Headers,
    Lexicon,
    Phrase,
    Schema,
    SectionFrame,
    Shape,
    Span,
)

__all__ = ["Analysis", "analyze_corpus", "corpus_files"]

_QUOTE = re.compile(r"“([^“”]*)”")
_SECTION_FRAMES_PER_KIND = 10  # per role, form and topic: the schema stays small on any corpus
_MAX_GRAMS = 200_000  # phrase table size at which phrases seen in one article are dropped
_TOP_PHRASES = 60
_DOMINANT = 3  # a phrase this many times more frequent absorbs the runs that overlap it
_MAX_SOURCES = 10  # articles named per item; the count says how many there were
_MAX_FIGURES = 500  # figure examples kept: enough to suggest a few for every topic
_TOP_SLOGANS = 40
_FEW_FILES = 5  # up to this many, looking words up in the lexicon file beats loading jieba's
_PARALLEL_FROM = 40  # files; below this, starting worker processes costs more than it saves
_CHUNK = 256  # files per worker task: large enough that merging is rare, small for the bar


@dataclass
class Analysis:
    schema: Schema
    rejected: list[Rejected] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)  # headers not offered, by reason


def corpus_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise UserError(
            "语料目录不存在或不是目录。",
            file=directory,
            hint="给出一个含 .txt 文章的目录，例如 examples/corpus。",
        )
    # Every .txt entry, any case; one that is not a regular file is read, refused and named.
    files = sorted(p for p in directory.rglob("*") if has_suffix(p, (".txt",)))
    if not files:
        raise UserError("语料目录里没有 .txt 文章。", file=directory)
    return files


@dataclass
class _Seen:
    """How often something was seen, in how many articles, and a few of them by name."""

    count: int = 0
    articles: int = 0
    sources: list[str] = field(default_factory=list)
    example: str = ""
    last: str = ""

    def add(self, source: str, times: int = 1, example: str = "") -> None:
        self.count += times
        if source != self.last:  # files arrive in name order, an article's items together
            self.articles += 1
            self.last = source
            if len(self.sources) < _MAX_SOURCES:
                self.sources.append(source)
        self.example = self.example or example

    def merge(self, other: _Seen) -> None:
        """Add what `other` saw, keeping the list of sources sorted and short."""
        self.count += other.count
        self.articles += other.articles
        self.sources = sorted({*self.sources, *other.sources})[:_MAX_SOURCES]
        self.example = self.example or other.example

    def counted(self, text: str) -> Counted:
        return Counted(text, self.count, self.sources)


@dataclass
class _Header:
    tokens: list[tuple[str, str]]
    topic: str
    left_out: str | None
    seen: _Seen = field(default_factory=_Seen)


def _seen_table() -> defaultdict[str, _Seen]:
    return defaultdict(_Seen)


class _Tables:
    """The running counts that become the schema: keyed by what the corpus says, so they stop
    growing once the corpus stops saying new things."""

    def __init__(self) -> None:
        self.articles = 0
        self.characters = 0
        self.forms: dict[str, _Seen] = defaultdict(_Seen)
        self.form_sections: dict[str, Counter[int]] = defaultdict(Counter)
        self.form_styles: dict[str, Counter[str]] = defaultdict(Counter)
        self.form_topics: dict[str, Counter[str]] = defaultdict(Counter)
        self.form_markers: dict[str, list[str]] = {}
        self.datelines: dict[str, dict[str, _Seen]] = defaultdict(_seen_table)
        self.headers: dict[str, _Header] = {}
        self.header_words: dict[str, _Seen] = defaultdict(_Seen)
        self.leads: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
        self.closings: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
        # role, topic, frame, form
        self.section_frames: dict[tuple[str, str, str, str], _Seen] = defaultdict(_Seen)
        self.bylines: dict[str, _Seen] = defaultdict(_Seen)
        self.quotes: dict[str, _Seen] = defaultdict(_Seen)
        self.figures: dict[tuple[str, str, str, str], _Seen] = {}
        self.grams: Counter[str] = Counter()  # phrase → occurrences
        self.gram_articles: Counter[str] = Counter()  # phrase → articles it occurs in

    def add(self, digest: Digest) -> None:
        source, form = digest.source, digest.form
        self.articles += 1
        self.characters += digest.characters
        self.forms[form].add(source)
        self.form_sections[form][digest.sections] += 1
        self.form_styles[form].update(digest.header_styles)
        self.form_topics[form].update(h.topic for h in digest.headers if h.level == 1)
        markers = list(dict.fromkeys(digest.markers))  # compared as merge() compares them
        if len(markers) > len(self.form_markers.get(form, [])):
            self.form_markers[form] = markers
        if digest.dateline:
            self.datelines[form][digest.dateline].add(source)
        for header in digest.headers:
            known = self.headers.setdefault(
                header.text, _Header(header.tokens, header.topic, header.left_out)
            )
            known.seen.add(source)
            for word, tag in header.tokens:
                if len(word) >= 2 and not tag.startswith("v"):
                    self.header_words[word].add(source)
        if digest.lead:
            self.leads[(digest.lead[0], form)].add(source, example=digest.lead[1])
        if digest.closing:
            self.closings[(digest.closing[0], form)].add(source, example=digest.closing[1])
        for role, topic, frame, sentence in digest.section_frames:
            self.section_frames[(role, topic, frame, form)].add(source, example=sentence)
        for byline in dict.fromkeys(digest.bylines):
            self.bylines[byline].add(source)
        for figure in digest.figures:
            if figure in self.figures or len(self.figures) < _MAX_FIGURES:
                self.figures.setdefault(figure, _Seen()).add(source)
        for quote, times in digest.quotes.items():
            self.quotes[quote].add(source, times)
        self.grams.update(digest.grams)
        self.gram_articles.update(digest.grams.keys())
        self._bound_grams()

    def merge(self, other: _Tables) -> None:
        """Add the tables of the files that follow this one's (name order is kept)."""
        self.articles += other.articles
        self.characters += other.characters
        for form, seen in other.forms.items():
            self.forms[form].merge(seen)
            self.form_sections[form].update(other.form_sections[form])
            self.form_styles[form].update(other.form_styles[form])
            self.form_topics[form].update(other.form_topics[form])
        for form, markers in other.form_markers.items():
            if len(markers) > len(self.form_markers.get(form, [])):
                self.form_markers[form] = markers
        for form, datelines in other.datelines.items():
            _merge_seen(self.datelines[form], datelines)
        for text, header in other.headers.items():
            if text in self.headers:
                self.headers[text].seen.merge(header.seen)
            else:
                self.headers[text] = header
        for mine, theirs in (
            (self.header_words, other.header_words),
            (self.leads, other.leads),
            (self.closings, other.closings),
            (self.section_frames, other.section_frames),
            (self.bylines, other.bylines),
            (self.quotes, other.quotes),
        ):
            _merge_seen(mine, theirs)
        for figure, seen in other.figures.items():
            if figure in self.figures:
                self.figures[figure].merge(seen)
            elif len(self.figures) < _MAX_FIGURES:
                self.figures[figure] = seen
        self.grams.update(other.grams)
        self.gram_articles.update(other.gram_articles)
        self._bound_grams()

    def _bound_grams(self) -> None:
        if len(self.grams) > _MAX_GRAMS:  # keep memory flat: a phrase needs two articles anyway
            for gram in [g for g, n in self.gram_articles.items() if n < 2]:
                del self.grams[gram], self.gram_articles[gram]

    def schema(self) -> Schema:
        return Schema(
            schema_version=SCHEMA_VERSION,
            corpus=CorpusStats(self.articles, self.characters),
            forms={form: self._form(form) for form in sorted(self.forms)},
            headers=self._headers(),
            leads=_frames(self.leads),
            closings=_frames(self.closings),
            section_frames=self._section_frames(),
            bylines=_counted(self.bylines),
            figures=[
                FigureExample(*figure, seen.sources)
                for figure, seen in sorted(self.figures.items())
            ],
            phrases=self._phrases(),
        )

    def _form(self, form: str) -> FormStats:
        counts = self.form_sections[form]
        sections = None
        if any(counts):
            ordered = sorted(counts.elements())
            sections = Span(ordered[0], ordered[-1], ordered[(len(ordered) - 1) // 2])
        return FormStats(
            articles=self.forms[form].count,
            sources=self.forms[form].sources,
            sections=sections,
            header_styles=dict(sorted(self.form_styles[form].items(), key=_by_count)),
            topics=[t for t, _ in sorted(self.form_topics[form].items(), key=_by_count)],
            measure_markers=self.form_markers.get(form, []),
            datelines=_counted(self.datelines[form]),
        )

    def _headers(self) -> Headers:
        literal = {w for w, seen in self.header_words.items() if seen.articles >= 2}
        shape_table: dict[str, _Seen] = defaultdict(_Seen)
        shape_examples: dict[str, list[str]] = defaultdict(list)
        by_topic: dict[str, dict[str, _Seen]] = defaultdict(dict)
        verbs: dict[str, _Seen] = defaultdict(_Seen)
        metaphors: dict[str, _Seen] = defaultdict(_Seen)
        for text, header in self.headers.items():
            shape = shapes.shape_of(header.tokens, literal)
            shape_table[shape].merge(header.seen)
            if len(shape_examples[shape]) < 3:
                shape_examples[shape].append(text)
            if header.left_out is None:
                by_topic[header.topic][text] = header.seen
            for verb in shapes.leading_verbs(header.tokens):
                verbs[verb].merge(header.seen)
            for metaphor in shapes.metaphors(text):
                metaphors[metaphor].merge(header.seen)
        shape_list = [
            Shape(shape, seen.count, shape_examples[shape], seen.sources)
            for shape, seen in shape_table.items()
        ]
        shape_list.sort(key=lambda s: (-s.count, s.shape))
        typical = {s.shape: s.count for s in shape_list}
        return Headers(
            shapes=shape_list,
            by_topic={
                topic: _by_support(topic, by_topic[topic], typical, self.headers, literal)
                for topic in sorted(by_topic)
            },
            lexicon=Lexicon(
                verbs=_counted(verbs),
                metaphors=_counted(metaphors),
                slogans=self._slogans(),
            ),
        )

    def _slogans(self) -> list[Counted]:
        """The quotations the corpus repeats most: the genre's slogans."""
        slogans = {q: seen for q, seen in self.quotes.items() if seen.count >= 2}
        return _counted(slogans)[:_TOP_SLOGANS]

    def _section_frames(self) -> list[SectionFrame]:
        """Section frames whose quoted words are the genre's slogans, as the schema lists them,
        each seen in two articles or more: a quotation of one article is its own programme."""
        common = {c.text for c in self._slogans() if self.quotes[c.text].articles >= 2}
        items = [
            SectionFrame(role, topic, text, form, seen.count, seen.sources, seen.example)
            for (role, topic, text, form), seen in self.section_frames.items()
            if all(quote in common for quote in _QUOTE.findall(text))
        ]
        items.sort(key=lambda f: (-f.count, f.role, f.form, f.topic, f.text))
        taken: Counter[tuple[str, str, str]] = Counter()
        kept = []
        for frame in items:  # the best supported few of each kind: a draft needs one a section
            kind = (frame.role, frame.form, frame.topic)
            if taken[kind] < _SECTION_FRAMES_PER_KIND:
                taken[kind] += 1
                kept.append(frame)
        return kept

    def _phrases(self) -> list[Phrase]:
        """Runs seen in two or more articles, less those that only straddle a stronger phrase
        (`推动乡村` and `振兴工作` are pieces of 推动 + 乡村振兴 + 工作)."""
        kept = {g: n for g, n in self.grams.items() if self.gram_articles[g] >= 2}
        half = GRAM // 2
        strongest_start: Counter[str] = Counter()
        strongest_end: Counter[str] = Counter()
        for gram, count in kept.items():
            strongest_start[gram[:half]] = max(strongest_start[gram[:half]], count)
            strongest_end[gram[half:]] = max(strongest_end[gram[half:]], count)
        phrases = [
            Phrase(gram, count, self.gram_articles[gram])
            for gram, count in kept.items()
            if strongest_start[gram[half:]] < _DOMINANT * count
            and strongest_end[gram[:half]] < _DOMINANT * count
        ]
        phrases.sort(key=lambda p: (-p.articles, -p.count, p.text))
        return phrases[:_TOP_PHRASES]


def _by_support(
    topic: str,
    table: dict[str, _Seen],
    typical: dict[str, int],
    headers: dict[str, _Header],
    literal: set[str],
) -> list[Counted]:
    """Headers a draft may borrow, the best supported first: seen in more articles, then saying
    the topic themselves (a header filed by its section's body alone may be about anything),
    then of a more common shape, then of a usual length (10–16 characters), then by text for
    stability."""

    def key(text: str) -> tuple[int, bool, int, int, str]:
        shape = shapes.shape_of(headers[text].tokens, literal)
        return (
            -table[text].articles,
            not topics.names_topic(text, topic),
            -typical.get(shape, 0),
            abs(len(text) - 13),
            text,
        )

    return [table[text].counted(text) for text in sorted(table, key=key)]


def left_out(tables_headers: dict[str, _Header]) -> dict[str, int]:
    """How many distinct headers were kept out of the suggestions, by reason."""
    return dict(Counter(h.left_out for h in tables_headers.values() if h.left_out))


def _merge_seen(mine: dict[Any, _Seen], theirs: dict[Any, _Seen]) -> None:
    for key, seen in theirs.items():
        if key in mine:
            mine[key].merge(seen)
        else:
            mine[key] = seen


def _tables_of(files: list[Path], names: list[str]) -> tuple[_Tables, list[Rejected]]:
    """Digest a run of consecutive files into tables of their own (one worker's share). A
    worker stops as soon as the process that started it is gone: nobody wants the rest."""
    from drafter.workers import orphaned

    tables = _Tables()
    rejected: list[Rejected] = []
    for path, name in zip(files, names, strict=True):
        if orphaned():
            os._exit(1)
        result = digest_file(path, name)
        if isinstance(result, Rejected):
            rejected.append(result)
        else:
            tables.add(result)
    return tables, rejected


def _chunks(files: list[Path], names: list[str], jobs: int) -> list[tuple[list[Path], list[str]]]:
    """Runs of consecutive files: a few per worker, none longer than _CHUNK."""
    size = max(1, min(_CHUNK, len(files) // (jobs * 4) or 1))
    return [(files[i : i + size], names[i : i + size]) for i in range(0, len(files), size)]


def _worker_share(chunk: tuple[list[Path], list[str]]) -> tuple[_Tables, list[Rejected]]:
    return _tables_of(*chunk)


def _partial_tables(
    files: list[Path], names: list[str], jobs: int
) -> Iterator[tuple[int, _Tables, list[Rejected]]]:
    """(files done, their tables, their rejects), in name order. Workers build tables for
    runs of consecutive files; the main process only merges them."""
    from drafter.language import tokenizer

    chunks = _chunks(files, names, jobs)
    if jobs <= 1 or len(files) < _PARALLEL_FROM:
        if len(files) > _FEW_FILES:
            tokenizer()  # jieba's own tables: a second to load, far faster to look words up in
        for chunk, chunk_names in chunks:
            yield len(chunk), *_tables_of(chunk, chunk_names)
        return
    from drafter.workers import in_workers

    def prepare() -> None:
        # Everything digesting a file loads (jieba's tables and tags, OpenCC's, the patterns
        # compiled on first use) loaded here, once: forked workers inherit it instead of each
        # loading it again, about a second of a worker's time.
        tokenizer()
        digest_file(files[0], names[0])

    shares = in_workers(_worker_share, chunks, jobs, prepare=prepare)
    for (chunk, _), (part, rejected) in zip(chunks, shares, strict=True):
        yield len(chunk), part, rejected


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _counted(table: dict[str, _Seen]) -> list[Counted]:
    return sorted(
        (seen.counted(text) for text, seen in table.items()), key=lambda c: (-c.count, c.text)
    )


def _frames(table: dict[tuple[str, str], _Seen]) -> list[Frame]:
    items = [
        Frame(text, form, seen.count, seen.sources, seen.example)
        for (text, form), seen in table.items()
    ]
    return sorted(items, key=lambda f: (-f.count, f.form, f.text))


def _source_names(names: Iterable[str]) -> list[str]:
    """The names the schema gives its sources: printable, and one per file. A file name that
    is not UTF-8 (`os.fsdecode` keeps its bytes as lone surrogates, which no YAML reader takes
    back) shows its undecodable bytes as `�`; a name that then repeats another gets a number."""
    shown: list[str] = []
    seen: set[str] = set()
    for name in names:
        text = os.fsencode(name).decode("utf-8", "replace")
        text = "".join(c if c.isprintable() else "\ufffd" for c in text)
        unique, number = text, 2
        while unique in seen:
            unique, number = f"{text} ({number})", number + 1
        seen.add(unique)
        shown.append(unique)
    return shown


def analyze_corpus(
    directory: str | Path,
    *,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Analysis:
    """Derive the schema from every .txt article under `directory` (subfolders included).

    Raises UserError when no file is a usable article; otherwise bad files are listed in
    `Analysis.rejected` with their reasons."""
    directory = Path(directory)
    files = corpus_files(directory)
    names = _source_names(p.relative_to(directory).as_posix() for p in files)
    tables = _Tables()
    rejected: list[Rejected] = []
    for done, part, part_rejected in _partial_tables(files, names, jobs or os.cpu_count() or 1):
        tables.merge(part)
        rejected += part_rejected
        if progress:
            progress(done)
    if not tables.articles:
        reasons = "".join(f"\n  {r.source}：{r.reason}" for r in rejected[:10])
        raise UserError(
            f"语料中没有可用的文章：{reasons}",
            file=directory,
            hint="语料应是中文文章的纯文本（.txt），每篇一个文件。",
        )
    return Analysis(tables.schema(), rejected, left_out(tables.headers))
