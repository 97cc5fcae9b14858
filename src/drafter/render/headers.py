"""A draft's section headers as a set: the writer's own, and real headers borrowed from the
schema for the sections she left without one.

The genre's headers are parallel (`注重…，聚焦…`): one clause count and similar lengths within
an article. A borrowed header must also fit its section (share words with her points, say her
section's topic) and carry no words of its own article that her facts do not have. When she
gave no header, each shape the schema's headers come in is tried and the set that fits her
sections best is kept, so one section without a header of the commonest shape does not get
another topic's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.schema import HAN_PAIR, Counted, Schema
from drafter.vocabulary import TOPICS

if TYPE_CHECKING:  # pydantic is imported by the commands that read sheets, not here
    from drafter.facts import Section

_CLAUSE = re.compile("[，；、]")
# What a borrowed header of another shape costs the set (one clause against two shows at
# once), and a section left without any.
_OFF_SHAPE = 6
_MISSING = 12

Shape = tuple[int, int]  # clauses, characters


def _shape(header: str) -> Shape:
    return len([c for c in _CLAUSE.split(header) if c]), len(header)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


@dataclass
class _Set:
    headers: list[str]
    notes: list[str] = field(default_factory=list)
    cost: int = 0


def choose_headers(
    sections: list[Section], given: list[str], schema: Schema, notes: list[str]
) -> list[str]:
    """One header per section: `given[i]` where the writer wrote one, else a borrowed one
    (noted in `notes` with its source articles), else empty."""
    pool = [c for entries in schema.headers.by_topic.values() for c in entries]
    if all(given) or not pool:
        return given
    own = [h for h in given if h]
    shapes = [_target_shape(own)] if own else _pool_shapes(pool)
    sets = [_borrow(sections, given, schema, pool, shape) for shape in shapes]
    best = min(sets, key=lambda s: s.cost)  # the first (the commonest shape) on a tie
    notes.extend(best.notes)
    return best.headers


def _target_shape(headers: list[str]) -> Shape:
    """The writer's own headers' shape: their commonest clause count, their middle length."""
    shapes = sorted(_shape(h) for h in headers)
    clauses = max({c for c, _ in shapes}, key=lambda c: (sum(1 for s in shapes if s[0] == c), c))
    lengths = sorted(n for c, n in shapes if c == clauses)
    return clauses, lengths[len(lengths) // 2]


def _pool_shapes(pool: list[Counted]) -> list[Shape]:
    """Each clause count the schema's headers come in, commonest first, with its middle
    length."""
    by_clauses: dict[int, list[int]] = {}
    for candidate in pool:
        clauses, length = _shape(candidate.text)
        by_clauses.setdefault(clauses, []).append(length)
    ordered = sorted(by_clauses.items(), key=lambda item: (-len(item[1]), -item[0]))
    return [(clauses, sorted(lengths)[len(lengths) // 2]) for clauses, lengths in ordered]


def _borrow(
    sections: list[Section],
    given: list[str],
    schema: Schema,
    pool: list[Counted],
    target: Shape,
) -> _Set:
    """The headers borrowed for one target shape, and what the set costs: per section, the
    best header of its topic in that shape, else of any topic in that shape (one that shares
    her words first), else of its topic in any shape."""
    chosen = _Set(list(given))
    used = {h for h in given if h}
    for index, section in enumerate(sections):
        if given[index]:
            continue
        genre = schema.shared_header_words  # worked out only when a header is borrowed
        own = [c for c in schema.headers.by_topic.get(section.topic, []) if c.text not in used]
        others = [c for c in pool if c.text not in used]
        fits = _Fit(section, genre)
        found = (
            fits.best(own, target)
            or fits.best(others, target, relevant=True)
            or fits.best(others, target)
            or fits.best(own, None, penalty=_OFF_SHAPE)
        )
        if found is None:
            chosen.cost += _MISSING
            continue
        cost, best = found
        chosen.cost += cost
        chosen.headers[index] = best.text
        used.add(best.text)
        source = "、".join(best.sources[:2]) or "范文"
        chosen.notes.append(
            f"第 {index + 1} 部分的小标题“{best.text}”借自范文 {source}，可在事实表中改写"
        )
    return chosen


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
        self.topic_words = TOPICS.get(section.topic, ())
        self.genre = genre

    def cost(self, header: str) -> tuple[int, int]:
        """The fit's cost, and how much of it is for the section (shared words, topic)."""
        said = sum(2 if w == self.topic else 1 for w in self.topic_words if w in header)
        own = _bigrams(header)
        foreign = len({b for b in own if HAN_PAIR.fullmatch(b)} - self.words - self.genre)
        # another topic named outright, which her points do not name (`产业链` over culture)
        elsewhere = sum(1 for t in TOPICS if t != self.topic and t in header and t not in self.text)
        relevance = len(own & self.words) + 2 * said
        return foreign + 2 * elsewhere - relevance, relevance

    def best(
        self,
        candidates: list[Counted],
        target: Shape | None,
        relevant: bool = False,
        penalty: int = 0,
    ) -> tuple[int, Counted] | None:
        """The cheapest candidate of the target shape (same clause count, length within 40 %;
        any shape without a target), only one that shares something with the section when
        `relevant`; support breaks ties (the list's order)."""
        if target is not None:
            clauses, length = target
            candidates = [
                c
                for c in candidates
                if _shape(c.text)[0] == clauses and abs(len(c.text) - length) <= 0.4 * length
            ]
        scored = [(*self.cost(c.text), index, c) for index, c in enumerate(candidates)]
        if relevant:
            scored = [s for s in scored if s[1] > 0]
        if not scored:
            return None
        cost, _, _, best = min(scored, key=lambda s: (s[0], s[2]))
        return cost + penalty, best
