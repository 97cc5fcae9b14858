"""A draft's section headers as a set: the writer's own, and real headers borrowed from the
schema for the sections she left without one.

The genre's headers are parallel (`注重…，聚焦…`): one clause count, clauses of like length and
one style within an article. A borrowed header must also fit its section (share words with
her points, say her section's topic) and carry no words of its own article that her facts do
not have. So the headers are chosen together: for each shape (clause count and style), each
section takes, among its best-fitting candidates of that shape, the one that fits it and the
others' headers best; the set whose fit and parallelism cost least is kept (her own headers
are in every set, so the borrowed ones follow their shape).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from heapq import nsmallest
from itertools import combinations, product
from typing import TYPE_CHECKING

from drafter.schema import HAN_PAIR, Counted, Schema
from drafter.vocabulary import TOPICS

if TYPE_CHECKING:  # pydantic is imported by the commands that read sheets, not here
    from drafter.facts import Section

_CLAUSE = re.compile("[，；、]")
# What a header costs beyond its fit: one of another topic's list; one of the set's clause
# count in the other style, or of another clause count (when there is none of the set's
# shape); a section left without one.
_OTHER_TOPIC = 2
_OFF_STYLE = 3
_OFF_SHAPE = 8
_MISSING = 100
_MAX_SETS = 256  # sets weighed one by one (five sections: 2 candidates each and none)
_IN_VIEW = 3  # beyond that, the chosen headers a candidate is weighed against
_WIDEST = 32  # and the candidates each section picks from, at most
_REPEATED = 10**6


@dataclass(frozen=True)
class _Option:
    text: str  # "" for none
    cost: int
    borrowed: Counted | None = None


_NONE = _Option("", _MISSING)


@lru_cache(maxsize=1 << 14)
def _clauses(header: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE.split(header) if c)


@lru_cache(maxsize=1 << 14)
def _shape(header: str) -> tuple[int, bool]:
    """Clause count and style: a last clause with a figure in quotes (`…乡村振兴“新动能”`,
    `让组织“聚”起来`) or a plain one."""
    clauses = _clauses(header)
    return len(clauses), "“" in clauses[-1]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


@lru_cache(maxsize=1 << 16)
def _unlike(a: str, b: str) -> int:
    """How far two headers are from parallel: clause count, the first clause's length, the
    whole length, and style (`_shape`)."""
    clauses_a, clauses_b = _clauses(a), _clauses(b)
    return (
        _OFF_SHAPE * (len(clauses_a) != len(clauses_b))
        + abs(len(clauses_a[0]) - len(clauses_b[0]))
        + abs(len(a) - len(b)) // 2
        + _OFF_STYLE * (_shape(a)[1] != _shape(b)[1])
    )


def choose_headers(
    sections: list[Section], given: list[str], schema: Schema, notes: list[str]
) -> list[str]:
    """One header per section: `given[i]` where the writer wrote one, else a borrowed one
    (noted in `notes` with its source articles), else empty."""
    pool = [c for entries in schema.headers.by_topic.values() for c in entries]
    if all(given) or not pool:
        return given
    by_shape: dict[tuple[int, bool], list[Counted]] = {}
    for candidate in pool:
        by_shape.setdefault(_shape(candidate.text), []).append(candidate)
    genre = schema.shared_header_words  # worked out only when a header is borrowed
    fits = [_Fit(section, genre) for section in sections]
    shapes = [_shape(h) for h in given if h] or [_shape(c.text) for c in pool]
    best: tuple[int, list[_Option]] | None = None
    empty = given.count("")
    # Every set is weighed when each section's best 2 to 5 candidates (and none) keep them
    # few; beyond that, each section picks from enough candidates to have one of its own.
    wanted = next((k for k in (5, 4, 3, 2) if (k + 1) ** empty <= _MAX_SETS), 0)
    exhaustive = wanted > 0
    wanted = wanted or min(max(2, empty), _WIDEST)
    ordered = sorted(set(shapes), key=lambda s: (-shapes.count(s), -s[0], not s[1]))
    for shape in ordered if exhaustive else ordered[:2]:  # many sections: the two commonest
        options = [
            [_Option(header, 0)]
            if header
            else [*_options(fit, schema, by_shape, shape, wanted), _NONE]
            for fit, header in zip(fits, given, strict=True)
        ]
        found = _every_set(options) if exhaustive else _set_by_set(options)
        if best is None or found[0] < best[0]:  # the commonest shape on a tie
            best = found
    assert best is not None
    for index, option in enumerate(best[1], start=1):
        if option.borrowed is not None:
            source = "、".join(option.borrowed.sources[:2]) or "范文"
            notes.append(
                f"第 {index} 部分的小标题“{option.text}”借自范文 {source}，可在事实表中改写"
            )
    return [option.text for option in best[1]]


def _cost(chosen: list[_Option] | tuple[_Option, ...]) -> int:
    named = [option for option in chosen if option.text]
    if len({option.text for option in named}) < len(named):
        return _REPEATED  # never the same header twice
    return sum(o.cost for o in chosen) + sum(
        _unlike_options(a, b) for a, b in combinations(named, 2)
    )


def _unlike_options(a: _Option, b: _Option) -> int:
    """Two headers of one article were written as a set: they count as parallel."""
    if a.borrowed and b.borrowed and set(a.borrowed.sources) & set(b.borrowed.sources):
        return 0
    return _unlike(a.text, b.text)


def _every_set(options: list[list[_Option]]) -> tuple[int, list[_Option]]:
    cost, chosen = min(((_cost(c), c) for c in product(*options)), key=lambda f: f[0])
    return cost, list(chosen)


def _set_by_set(options: list[list[_Option]]) -> tuple[int, list[_Option]]:
    """A cheap set for many sections, in time linear in their number: each takes the option
    that costs least beside the first few headers the others hold (they set the draft's
    shape), never one another holds, in two rounds, the second with all in view."""
    chosen: list[_Option] = [_NONE] * len(options)
    held: Counter[str] = Counter()
    for _ in range(2):
        for index, choices in enumerate(options):
            held[chosen[index].text] -= 1
            view = _in_view(chosen, index)
            chosen[index] = min(
                (c for c in choices if not c.text or held[c.text] <= 0),
                key=lambda c: c.cost + sum(_unlike(c.text, t) for t in view if c.text),
            )
            held[chosen[index].text] += 1
    cost = sum(o.cost for o in chosen)
    cost += sum(
        _unlike(o.text, t) for i, o in enumerate(chosen) if o.text for t in _in_view(chosen, i)
    )
    return cost, chosen


def _in_view(chosen: list[_Option], index: int) -> list[str]:
    """The first few headers chosen for sections other than `index`."""
    view: list[str] = []
    for i, option in enumerate(chosen):
        if i != index and option.text:
            view.append(option.text)
            if len(view) == _IN_VIEW:
                break
    return view


def _options(
    fit: _Fit,
    schema: Schema,
    by_shape: dict[tuple[int, bool], list[Counted]],
    shape: tuple[int, bool],
    wanted: int,
) -> list[_Option]:
    """A section's `wanted` best candidates: of `shape` (of any topic, her topic's first on a
    tie, the most supported first); then of its clause count in the other style; then her
    topic's of another clause count."""
    own = schema.headers.by_topic.get(fit.topic, [])
    mine = {id(c) for c in own}
    clauses, quoted = shape
    tiers = (
        (0, by_shape.get(shape, [])),
        (_OFF_STYLE, by_shape.get((clauses, not quoted), [])),
        (_OFF_SHAPE, [c for c in own if len(_clauses(c.text)) != clauses]),
    )
    options: dict[str, _Option] = {}
    for extra, candidates in tiers:
        ranked = nsmallest(  # twice as many: a header filed under two topics is one option
            2 * wanted,
            (
                (
                    fit.cost(c.text) + extra + _OTHER_TOPIC * (id(c) not in mine),
                    id(c) not in mine,
                    i,
                    c,
                )
                for i, c in enumerate(candidates)
            ),
        )
        for cost, _, _, candidate in ranked:
            if len(options) == wanted:
                return list(options.values())
            options.setdefault(candidate.text, _Option(candidate.text, cost, candidate))
    return list(options.values())


class _Fit:
    """How well a header fits one section: words shared with her points, and the header's
    own words for her section's topic (its name counts double): `抓队伍建设` over
    `注重机制建设` for a section on talent. Against it, each word of its own article that her
    facts do not have (`非公党建`), and the name of another topic she does not speak of (counting
    double, as her own topic's does for it). Lower is better."""

    def __init__(self, section: Section, genre: set[str]) -> None:
        figures = (f.item for f in section.figures)
        self.text = "".join([*section.points, *section.measures, *figures])
        self.words = _bigrams(self.text)
        self.topic = section.topic
        self.genre = genre
        self.known: dict[str, int] = {}

    def cost(self, header: str) -> int:
        if header not in self.known:
            words = _words(header)
            said = sum(2 if w == self.topic else 1 for w in words.topic_words.get(self.topic, ()))
            foreign = len(words.han_pairs - self.words - self.genre)
            # another topic named outright, which her points do not name (`产业链` over culture)
            elsewhere = sum(1 for t in words.topics if t != self.topic and t not in self.text)
            shared = len(words.bigrams & self.words)
            self.known[header] = foreign + 2 * elsewhere - shared - 2 * said
        return self.known[header]


@dataclass(frozen=True)
class _Words:
    bigrams: frozenset[str]
    han_pairs: frozenset[str]  # of two Han characters: words, not marks
    topics: tuple[str, ...]  # the topics it names
    topic_words: dict[str, tuple[str, ...]]  # topic → its words the header holds


@lru_cache(maxsize=1 << 14)
def _words(header: str) -> _Words:
    """What a header says, worked out once however many sections weigh it."""
    bigrams = frozenset(_bigrams(header))
    return _Words(
        bigrams,
        frozenset(b for b in bigrams if HAN_PAIR.fullmatch(b)),
        tuple(t for t in TOPICS if t in header),
        {t: tuple(w for w in words if w in header) for t, words in TOPICS.items()},
    )
