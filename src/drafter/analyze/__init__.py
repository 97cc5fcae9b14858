"""Stage 3: a corpus → the Schema.

Each file is parsed and digested on its own (in parallel across processes); digests are merged
into count tables whose size depends on what the corpus says, not on how long it is. The
merge visits files in name order, so the schema is the same for any number of jobs.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from drafter.analyze import shapes
from drafter.analyze.digest import GRAM, Digest, Rejected, digest_file
from drafter.errors import UserError
from drafter.schema import (
    SCHEMA_VERSION,
    CorpusStats,
    Counted,
    FormStats,
    Frame,
    Headers,
    Lexicon,
    Phrase,
    Schema,
    Shape,
    Span,
)

__all__ = ["Analysis", "analyze_corpus", "corpus_files"]

_MAX_GRAMS = 200_000  # phrase table size at which phrases seen in one article are dropped
_TOP_PHRASES = 60
_DOMINANT = 3  # a phrase this many times more frequent absorbs the runs that overlap it
_TOP_SLOGANS = 40
_PARALLEL_FROM = 40  # files; below this, starting worker processes costs more than it saves


@dataclass
class Analysis:
    schema: Schema
    rejected: list[Rejected] = field(default_factory=list)


def corpus_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise UserError(
            "语料目录不存在或不是目录。",
            file=directory,
            hint="给出一个含 .txt 文章的目录，例如 examples/corpus。",
        )
    files = sorted(p for p in directory.rglob("*.txt") if p.is_file())
    if not files:
        raise UserError("语料目录里没有 .txt 文章。", file=directory)
    return files


def _digests(files: list[Path], names: list[str], jobs: int) -> Iterator[Digest | Rejected]:
    if jobs <= 1 or len(files) < _PARALLEL_FROM:
        yield from map(digest_file, files, names)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from drafter.clean.script import _tables
    from drafter.language import _tokenizer

    _tables(), _tokenizer()  # load once here; forked workers inherit them
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(digest_file, files, names, chunksize=8)


class _Tables:
    """The running counts that become the schema."""

    def __init__(self) -> None:
        self.articles = 0
        self.characters = 0
        self.forms: dict[str, list[Digest]] = defaultdict(list)
        self.form_sections: dict[str, list[int]] = defaultdict(list)
        self.form_styles: dict[str, Counter[str]] = defaultdict(Counter)
        self.form_topics: dict[str, Counter[str]] = defaultdict(Counter)
        self.form_markers: dict[str, list[str]] = {}
        self.form_sources: dict[str, list[str]] = defaultdict(list)
        self.datelines: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.headers: list[tuple[str, object]] = []  # (source, HeaderDigest)
        self.header_words: dict[str, set[str]] = defaultdict(set)
        self.leads: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self.closings: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self.bylines: dict[str, list[str]] = defaultdict(list)
        self.quotes: Counter[str] = Counter()
        self.quote_sources: dict[str, set[str]] = defaultdict(set)
        self.grams: Counter[str] = Counter()
        self.gram_articles: Counter[str] = Counter()

    def add(self, digest: Digest) -> None:
        source, form = digest.source, digest.form
        self.articles += 1
        self.characters += digest.characters
        self.form_sources[form].append(source)
        self.form_sections[form].append(digest.sections)
        self.form_styles[form].update(digest.header_styles)
        self.form_topics[form].update(h.topic for h in digest.headers if h.level == 1)
        if len(digest.markers) > len(self.form_markers.get(form, [])):
            self.form_markers[form] = list(dict.fromkeys(digest.markers))
        if digest.dateline:
            self.datelines[form][digest.dateline].append(source)
        for header in digest.headers:
            self.headers.append((source, header))
            for word, tag in header.tokens:
                if len(word) >= 2 and not tag.startswith("v"):
                    self.header_words[word].add(source)
        if digest.lead:
            self.leads[(digest.lead[0], form)].append((source, digest.lead[1]))
        if digest.closing:
            self.closings[(digest.closing[0], form)].append((source, digest.closing[1]))
        for form_text in dict.fromkeys(digest.bylines):
            self.bylines[form_text].append(source)
        self.quotes.update(digest.quotes)
        for quote in digest.quotes:
            self.quote_sources[quote].add(source)
        self.grams.update(digest.grams)
        self.gram_articles.update(digest.grams.keys())
        if len(self.grams) > _MAX_GRAMS:  # keep memory flat: a phrase needs two articles anyway
            for gram in [g for g, n in self.gram_articles.items() if n < 2]:
                del self.grams[gram], self.gram_articles[gram]

    def schema(self) -> Schema:
        return Schema(
            schema_version=SCHEMA_VERSION,
            corpus=CorpusStats(self.articles, self.characters),
            forms={form: self._form(form) for form in sorted(self.form_sources)},
            headers=self._headers(),
            leads=_frames(self.leads),
            closings=_frames(self.closings),
            bylines=_counted({text: sources for text, sources in self.bylines.items()}),
            phrases=self._phrases(),
        )

    def _form(self, form: str) -> FormStats:
        counts = self.form_sections[form]
        sections = None
        if any(counts):
            sections = Span(min(counts), max(counts), int(statistics.median_low(counts)))
        return FormStats(
            articles=len(self.form_sources[form]),
            sources=sorted(self.form_sources[form]),
            sections=sections,
            header_styles=dict(sorted(self.form_styles[form].items(), key=_by_count)),
            topics=[t for t, _ in sorted(self.form_topics[form].items(), key=_by_count)],
            measure_markers=self.form_markers.get(form, []),
            datelines=_counted(self.datelines[form]),
        )

    def _headers(self) -> Headers:
        literal = {w for w, sources in self.header_words.items() if len(sources) >= 2}
        shape_table: dict[str, list[tuple[str, str]]] = defaultdict(list)
        by_topic: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        verbs: dict[str, list[str]] = defaultdict(list)
        metaphors: dict[str, list[str]] = defaultdict(list)
        for source, header in self.headers:
            shape_table[shapes.shape_of(header.tokens, literal)].append((source, header.text))
            by_topic[header.topic][header.text].append(source)
            for verb in shapes.leading_verbs(header.tokens):
                verbs[verb].append(source)
            for metaphor in shapes.metaphors(header.text):
                metaphors[metaphor].append(source)
        shape_list = [
            Shape(
                shape,
                len(seen),
                list(dict.fromkeys(t for _, t in seen))[:3],
                sorted({s for s, _ in seen}),
            )
            for shape, seen in shape_table.items()
        ]
        shape_list.sort(key=lambda s: (-s.count, s.shape))
        slogans = {q: sorted(self.quote_sources[q]) for q, n in self.quotes.items() if n >= 2}
        return Headers(
            shapes=shape_list,
            by_topic={topic: _counted(by_topic[topic]) for topic in sorted(by_topic)},
            lexicon=Lexicon(
                verbs=_counted(verbs),
                metaphors=_counted(metaphors),
                slogans=sorted(
                    (Counted(q, self.quotes[q], s) for q, s in slogans.items()),
                    key=lambda c: (-c.count, c.text),
                )[:_TOP_SLOGANS],
            ),
        )

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


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _counted(table: dict[str, list[str]]) -> list[Counted]:
    items = [Counted(text, len(sources), sorted(set(sources))) for text, sources in table.items()]
    return sorted(items, key=lambda c: (-c.count, c.text))


def _frames(table: dict[tuple[str, str], list[tuple[str, str]]]) -> list[Frame]:
    items = [
        Frame(text, form, len(seen), sorted({s for s, _ in seen}), seen[0][1])
        for (text, form), seen in table.items()
    ]
    return sorted(items, key=lambda f: (-f.count, f.form, f.text))


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
    names = [p.relative_to(directory).as_posix() for p in files]
    tables = _Tables()
    rejected: list[Rejected] = []
    for result in _digests(files, names, jobs or os.cpu_count() or 1):
        if isinstance(result, Rejected):
            rejected.append(result)
        else:
            tables.add(result)
        if progress:
            progress(1)
    if not tables.articles:
        reasons = "".join(f"\n  {r.source}：{r.reason}" for r in rejected[:10])
        raise UserError(
            f"语料中没有可用的文章：{reasons}",
            file=directory,
            hint="语料应是中文文章的纯文本（.txt），每篇一个文件。",
        )
    return Analysis(tables.schema(), rejected)
