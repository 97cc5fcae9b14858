"""One article's contribution to the schema: a small digest, cheap to send between processes.

Everything that needs the article's text is computed here, in the worker; the corpus-wide
steps (header shapes, phrase filtering, ordering) happen when digests are merged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from drafter.analyze import frames
from drafter.analyze.borrow import reason_to_leave_out
from drafter.analyze.topics import revitalisation_named, topic_named, topic_of
from drafter.article import Article, Section
from drafter.errors import UserError
from drafter.schema import repeats_a_slot

_QUOTED = re.compile(r"“([^“”]{2,10})”")
# A clause that ends in a figure: `整顿提升软弱涣散村党组织2个`, `村均增收7万元`.
FIGURE = re.compile(
    r"(?:^|(?<=[，。；：、！？]))(?P<item>[\u4e00-\u9fff“”]{4,24}?)(?P<value>\d+(?:\.\d+)?)"
    r"(?P<unit>余?(?:万元|亿元|元|名|个|人次|人|家|件|起|条|次|项|亩|户|场|处|支|批|所|座|%))"
    r"(?=[，。；、]|$)"
)
# Runs of Han characters between function characters: phrases never hold 的, 了, 是….
_STOP = "的了是和在与及或也而就都又之其这那个们"
_PHRASE_RUN = re.compile(rf"[^{_STOP}\W\d_a-zA-Z]{{4,}}")
GRAM = 4


@dataclass
class HeaderDigest:
    text: str  # without its number
    level: int
    style: str
    topic: str
    tokens: list[tuple[str, str]]
    left_out: str | None = None  # why a draft may not borrow it (borrow.LEFT_OUT_LABELS)


@dataclass
class Digest:
    source: str
    form: str
    characters: int
    sections: int
    header_styles: Counter[str] = field(default_factory=Counter)
    headers: list[HeaderDigest] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    dateline: str | None = None
    lead: tuple[str, str] | None = None  # (frame, sentence)
    closing: tuple[str, str] | None = None
    section_frames: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # role, topic, frame, sentence
    bylines: list[str] = field(default_factory=list)
    figures: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # topic, item, value, unit
    quotes: Counter[str] = field(default_factory=Counter)
    grams: Counter[str] = field(default_factory=Counter)


@dataclass
class Rejected:
    source: str
    reason: str


def _body(section: Section) -> str:
    parts = [*section.paragraphs, *(m.text for m in section.measures)]
    parts += [s.header + "".join(s.paragraphs) for s in section.subsections]
    return "".join(parts)


def _phrases(grams: Counter[str]) -> Counter[str]:
    """The grams that are two dictionary words side by side (乡村 + 振兴)."""
    from drafter.language import tokenizer

    # Looked up inline: most of a new article's grams are seen once, so a cache only costs.
    freq = tokenizer().FREQ
    return Counter({g: n for g, n in grams.items() if freq.get(g[:2]) and freq.get(g[2:])})


def digest_article(article: Article, text: str) -> Digest:
    from drafter.language import word_tags

    sections = article.all_sections()
    digest = Digest(
        source=article.source,
        form=article.form,
        characters=len(text),
        sections=len(article.sections),
        header_styles=Counter(s.style for s in sections),
        markers=[m.marker for s in sections for m in s.measures],
        dateline=article.dateline,
        bylines=frames.byline_forms(article.byline),
    )
    peers = Counter(s.level for s in sections)
    for section in sections:
        header = section.header.rstrip("。；：")
        body = _body(section)
        topic = topic_of(header, body)
        left_out = reason_to_leave_out(header, alone=peers[section.level] < 2)
        digest.headers.append(
            HeaderDigest(header, section.level, section.style, topic, word_tags(header), left_out)
        )
        own = "".join([*section.paragraphs, *(m.text for m in section.measures)])
        for role, frame, sentence in frames.section_frames(section.paragraphs):
            if role == "opening":  # a thesis belongs to what it is about, if that is a topic
                said = topic_named(frames.thesis_subject(sentence))
                if said:
                    digest.section_frames.append((role, said, frame, sentence))
            else:  # (or what it names outright: a section's ending may look beyond it)
                said = revitalisation_named(frame) or topic
                digest.section_frames.append((role, said, frame, sentence))
        digest.figures += [(topic, m["item"], m["value"], m["unit"]) for m in FIGURE.finditer(own)]
    if article.lead and (frame := frames.lead_frame(article.lead)) and not repeats_a_slot(frame):
        digest.lead = (frame, article.lead.split("。")[0] + "。")
    if article.closing and not repeats_a_slot(frame := frames.closing_frame(article.closing)):
        digest.closing = (frame, article.closing)
    body = "\n".join(
        filter(
            None,
            [
                article.lead,
                *article.paragraphs,
                article.closing,
                *(p for s in sections for p in s.paragraphs),
                *(m.text for s in sections for m in s.measures),
            ],
        )
    )
    digest.quotes.update(_QUOTED.findall(body))
    grams = Counter(
        run[i : i + GRAM] for run in _PHRASE_RUN.findall(text) for i in range(len(run) - GRAM + 1)
    )
    digest.grams = _phrases(grams)
    return digest


def digest_file(path: str | Path, name: str | None = None) -> Digest | Rejected:
    """Parse one corpus file and digest it, naming it `name` (its path in the corpus); a file
    that is not a usable article is rejected with the reason the user would be given."""
    from drafter.clean import clean_text
    from drafter.files import read_article
    from drafter.parse import read_structure

    path = Path(path)
    name = name or path.name
    try:
        decoded = read_article(path)
        cleaned = clean_text(decoded.text, encoding=decoded.encoding).text
        article = read_structure(cleaned, name, path)
    except UserError as error:
        return Rejected(name, error.message)
    if not _has_body(article):
        return Rejected(name, "只有网页杂项或标题，没有正文")
    return digest_article(article, cleaned)


_MIN_BODY = 20  # characters of running text in sentences: less is a page of links
_RUNNING = re.compile("[。！？，；、]")


def _has_body(article: Article) -> bool:
    sections = article.all_sections()
    text = [article.lead or "", *article.paragraphs, article.closing or ""]
    text += [p for s in sections for p in s.paragraphs] + [
        m.text for s in sections for m in s.measures
    ]
    # (a stored page may stop in its lead's first sentence: clauses run on, links do not)
    return sum(len(t) for t in text if _RUNNING.search(t)) >= _MIN_BODY
