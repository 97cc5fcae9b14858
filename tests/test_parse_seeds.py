"""Parse the five seeds and compare with their gold structure."""

from __future__ import annotations

import pytest

from drafter.article import Article
from drafter.parse import parse_file
from tests.conftest import CORPUS, SEEDS, fold, gold


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_file(CORPUS / f"{name}.txt") for name in SEEDS}


def _headers(article: Article) -> list[tuple[str, int, str]]:
    return [(fold(s.printed_header), s.level, s.style) for s in article.all_sections()]


def test_headers_match_gold_exactly(parsed: dict[str, Article], seed: str) -> None:
    expected = [(fold(s["header"]), s["level"], s["style"]) for s in gold(seed)["sections"]]
    optional = {fold(h) for h in gold(seed).get("optional_sections", [])}
    found = [h for h in _headers(parsed[seed]) if h[0] not in optional]
    assert found == expected


def test_front_fields(parsed: dict[str, Article], seed: str) -> None:
    article, truth = parsed[seed], gold(seed)
    for field in ("title", "epigraph", "dateline"):
        value = getattr(article, field)
        assert (fold(value) if value else None) == (
            fold(truth[field]) if truth.get(field) else None
        )
    assert article.form == truth["form"]


def test_lead_and_closing_start(parsed: dict[str, Article], seed: str) -> None:
    article, truth = parsed[seed], gold(seed)
    assert article.lead is not None
    assert fold(article.lead).startswith(fold(truth["lead_start"]))
    if truth["closing_start"] is None:
        assert article.closing is None
    else:
        assert article.closing is not None
        assert fold(article.closing).startswith(fold(truth["closing_start"]))


def test_byline(parsed: dict[str, Article], seed: str) -> None:
    byline, truth = parsed[seed].byline, gold(seed)["byline"] or {}
    for field in ("author", "unit", "editor", "outlet"):
        assert getattr(byline, field) == truth.get(field)
    assert byline.reporters == truth.get("reporters", [])
    assert byline.correspondents == truth.get("correspondents", [])


def test_measure_markers_in_order(parsed: dict[str, Article], seed: str) -> None:
    markers = [m.marker for s in parsed[seed].all_sections() for m in s.measures]
    assert markers == gold(seed)["measure_markers"]


def test_news_paragraphs_carry_the_story(parsed: dict[str, Article]) -> None:
    article = parsed["004_e329d1762aa92e7f"]
    starts = [fold(p) for p in article.paragraphs]
    for expected in gold("004_e329d1762aa92e7f")["paragraph_sections"]:
        assert any(p.startswith(fold(expected)) for p in starts), expected


def test_no_text_is_lost(parsed: dict[str, Article], seed: str) -> None:
    """Every sentence of the cleaned article lands somewhere in the Article."""
    from drafter.clean import clean_file

    article = parsed[seed]
    pieces = [
        article.title,
        article.epigraph,
        article.dateline,
        article.lead,
        article.closing,
        *article.paragraphs,
    ]
    for section in article.all_sections():
        pieces += [section.printed_header, *section.paragraphs]
        pieces += [m.marker + m.text for m in section.measures]
    held = fold("".join(p for p in pieces if p))
    byline = parsed[seed].byline
    names = [byline.author, byline.unit, byline.editor, *byline.reporters]
    for line in clean_file(CORPUS / f"{seed}.txt").text.splitlines():
        for sentence in filter(None, fold(line).split("。")):
            if len(sentence) > 12 and not any(n and n in sentence for n in names):
                assert sentence in held, sentence
