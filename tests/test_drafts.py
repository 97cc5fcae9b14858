"""Drafts that read like the corpus, on fact sheets written from real articles
(tests/sheets/real, each from a dev article) and the examples: the hard defects a writer
would have to fix are never there."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from drafter.facts.load import load_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.schema import Schema, load_schema
from tests.conftest import ROOT

SHEETS = (
    sorted((ROOT / "tests" / "sheets").rglob("*.yaml"))
    + sorted((ROOT / "examples" / "facts").glob("*.yaml"))
)
SCHEMA = load_schema()
_NUMERAL = "[一二三四五六七八九十]+"
_NUMBERING = re.compile(rf"^(?:{_NUMERAL}、|[（(]{_NUMERAL}[）)]|\d+[、.])")
_CREDIT = re.compile(r"^(?:责任编辑|（?(?:记者|通讯员) )")


def _draft(path: Path, schema: Schema = SCHEMA) -> tuple[object, str]:
    sheet = load_fact_sheet(path).sheet
    return sheet, render_facts(sheet, schema, RenderOptions(format="md"), path).markdown


@pytest.fixture(scope="module")
def dev_schema() -> Schema:
    """A schema from real articles (the dev half of the real corpus), as a user's corpus
    would give: its frames and headers are not the seeds'."""
    from drafter.analyze import analyze_corpus

    return analyze_corpus(ROOT / "tests" / "corpus" / "real" / "dev", jobs=1).schema


def _body(markdown: str) -> list[str]:
    """The body paragraphs: not the title, headers, centred or right-aligned lines, credits."""
    lines, inside = [], False
    for line in markdown.split("\n"):
        if line.startswith(":::"):
            inside = not inside if line.strip() != ":::" or inside else inside
            continue
        if inside or not line.strip() or line.startswith("#") or _CREDIT.search(line):
            continue
        if not lines and line.endswith("："):  # a speech's salutation, before the lead
            continue
        lines.append(re.sub(r"\*\*", "", line))
    return lines


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


@pytest.fixture(params=SHEETS, ids=[s.stem for s in SHEETS])
def sheet_path(request: pytest.FixtureRequest) -> Path:
    return request.param


@pytest.fixture(params=["shipped schema", "dev corpus schema"])
def drafted(request: pytest.FixtureRequest, sheet_path: Path) -> tuple[object, str]:
    if request.param == "shipped schema":
        return _draft(sheet_path)
    return _draft(sheet_path, request.getfixturevalue("dev_schema"))


def test_no_fact_of_the_lead_or_closing_is_said_twice(drafted: tuple[object, str]) -> None:
    sheet, markdown = drafted
    body = _body(markdown)
    facts = [
        *sheet.lead.model_dump(exclude={"frame"}).values(),  # type: ignore[attr-defined]
        *sheet.closing.model_dump(exclude={"frame"}).values(),  # type: ignore[attr-defined]
    ]
    for fact in (f for f in facts if len(f) >= 4):
        for paragraph in (body[0], body[-1]):  # the lead, the closing
            assert paragraph.count(fact) <= 1, paragraph


def test_every_borrowed_header_is_a_real_header(dev_schema: Schema, sheet_path: Path) -> None:
    import json

    # (a header the gold leaves optional is a header too, one the evaluation does not count)
    golds = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in (ROOT / "tests" / "corpus" / "real" / "dev").glob("*.gold.json")
    ]
    real = {
        _fold(_NUMBERING.sub("", s if isinstance(s, str) else s["header"]))
        for gold in golds
        for s in [*gold["sections"], *gold.get("optional_sections", [])]
    }
    sheet, markdown = _draft(sheet_path, dev_schema)
    from drafter.vocabulary import REPORT_SKELETON

    sections = sheet.sections  # type: ignore[attr-defined]
    given = {_fold(s.header or REPORT_SKELETON.get(s.topic, "")) for s in sections}  # a part's name
    headers = re.findall(r"^## (?:[一二三四五六七八九十]+、)?(.+)$", markdown, re.M)
    headers += re.findall(r"^\*\*(.+?)。\*\*", markdown, re.M)
    for header in headers:
        assert _fold(header) in given | real, header


def test_no_dangling_connective_or_doubled_adverb(drafted: tuple[object, str]) -> None:
    _, markdown = drafted
    assert not re.search(r"(?:^|[。！？])(?:总之|同时|此外|另外|因此)[。！？]", markdown), markdown
    assert not re.search(r"(继续|持续|进一步|不断)(继续|持续|进一步|不断)", markdown), markdown
    assert not re.search("[。，；！？、][。，；！？、]", markdown), markdown  # `新乡县。，`


def test_every_paragraph_ends_a_sentence(drafted: tuple[object, str]) -> None:
    for paragraph in _body(drafted[1]):
        core = paragraph.rstrip("”’）》")
        assert core[-1] in "。！？；…", paragraph


def test_the_lead_names_the_region(drafted: tuple[object, str]) -> None:
    sheet, markdown = drafted
    lead = _body(markdown)[0]
    region = sheet.region  # type: ignore[attr-defined]
    parent = sheet.parent_region  # type: ignore[attr-defined]
    # the region is a clause's subject, not only mentioned
    starts = [c.removeprefix(parent) for c in re.split("[，；。]", lead)]
    assert any(c.startswith(region) for c in starts), lead


def test_no_first_person_in_news(drafted: tuple[object, str]) -> None:
    sheet, markdown = drafted
    if sheet.form == "news":  # type: ignore[attr-defined]
        facts = " ".join(p for s in sheet.sections for p in s.points)  # type: ignore[attr-defined]
        for found in re.finditer("我们", markdown):
            assert "我们" in facts, markdown[max(0, found.start() - 20) : found.end() + 20]


def test_headers_are_parallel(drafted: tuple[object, str]) -> None:
    sheet, markdown = drafted
    borrowed = [s for s in sheet.sections if not s.header]  # type: ignore[attr-defined]
    headers = re.findall(r"^## (?:[一二三四五六七八九十]+、)?(.+)$", markdown, re.M)
    headers += re.findall(r"^\*\*(.+?)。\*\*", markdown, re.M)
    if len(headers) < 2 or not borrowed:
        return  # the writer's own headers are hers
    clauses = {len(re.split("[，；]", h)) for h in headers}
    assert len(clauses) == 1, headers


def test_every_point_and_figure_is_there(drafted: tuple[object, str]) -> None:
    sheet, markdown = drafted
    text = _fold(markdown)
    for section in sheet.sections:  # type: ignore[attr-defined]
        for point in [*section.points, *section.measures, section.outcome]:
            if point.strip() not in ("", "另起一段", "（另起一段）"):
                assert _fold(point) in text, point
        for figure in section.figures:
            assert _fold(f"{figure.item}{figure.value_text()}{figure.unit}") in text


def _sheet_words(sheet: object) -> str:
    return _fold(" ".join(_texts(sheet.model_dump())))  # type: ignore[attr-defined]


def _texts(value: object) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)] if value is not None else []


def test_no_number_place_or_quoted_name_the_sheet_does_not_hold(
    drafted: tuple[object, str], request: pytest.FixtureRequest
) -> None:
    """Only the writer's facts carry particulars: every number, place name and quotation in
    the body is hers, or (quotations only) one the genre uses in two articles or more."""
    from drafter.language import word_tags
    from drafter.places import contains_region

    sheet, markdown = drafted
    schema = request.getfixturevalue("dev_schema") if "dev" in request.node.name else SCHEMA
    hers = _sheet_words(sheet)
    her_numbers = set(re.findall(r"\d+(?:\.\d+)?", " ".join(_texts(sheet.model_dump()))))
    genre = {_fold(q.text) for q in schema.headers.lexicon.slogans}
    unheaded = re.sub(r"\*\*.+?\*\*", "", markdown)  # sentence headers are checked elsewhere
    body = [p for p in _body(unheaded) if p]
    for paragraph in body:
        for number in re.findall(r"\d+(?:\.\d+)?", paragraph):
            assert number in her_numbers, (number, paragraph)
        for quote in re.findall(r"“([^“”]+)”", paragraph):
            assert _fold(quote) in hers or _fold(quote) in genre, (quote, paragraph)
        for clause in re.split("[，。；！？]", paragraph):
            if clause and contains_region(clause):
                places = [w for w, tag in word_tags(clause) if tag == "ns"]
                assert all(_fold(w) in hers for w in places), (places, clause)


@pytest.mark.parametrize("schema", ["shipped schema", "dev corpus schema"])
def test_paragraphs_carry_several_sentences(schema: str, request: pytest.FixtureRequest) -> None:
    chosen = request.getfixturevalue("dev_schema") if schema.startswith("dev") else SCHEMA
    sentences = paragraphs = 0
    for path in SHEETS:
        sheet, markdown = _draft(path, chosen)
        if sheet.form not in ("experience", "speech"):  # type: ignore[attr-defined]
            continue
        body = _body(markdown)[1:]  # the lead is one sentence by its nature
        paragraphs += len(body)
        sentences += sum(len(re.findall("[。！？]", p)) for p in body)
    assert sentences / paragraphs >= 2, sentences / paragraphs


def _sheet_text(**changes: str) -> str:
    text = (ROOT / "examples" / "facts" / "船营区.yaml").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def _render_text(tmp_path: Path, text: str) -> tuple[str, list[str]]:
    from drafter.render import render_file

    sheet = tmp_path / "稿.yaml"
    sheet.write_text(text, encoding="utf-8")
    rendered = render_file(sheet, tmp_path / "稿.md", SCHEMA, RenderOptions(format="md"))
    return rendered.markdown, rendered.draft.notes


def test_a_blank_date_is_today_and_said(tmp_path: Path) -> None:
    from datetime import date

    markdown, notes = _render_text(tmp_path, _sheet_text(**{"date: 2026-11-20": 'date: ""'}))
    today = date.today()
    assert f"{today.year}年{today.month}月{today.day}日" in markdown
    assert any("没有填日期" in note for note in notes)


def test_a_unit_given_as_author_is_printed_once(tmp_path: Path) -> None:
    text = _sheet_text(**{"author: 吴鹏鹏": "author: 中共吉林市船营区委组织部"})
    markdown, notes = _render_text(tmp_path, text)
    assert markdown.count("中共吉林市船营区委组织部") == 1
    assert any("只在落款处写一次" in note for note in notes)


def test_the_writer_chooses_numbered_headers_and_the_parent_region_is_named(
    tmp_path: Path,
) -> None:
    text = _sheet_text(**{"theme: ": "header_style: numbered\ntheme: "})
    markdown, _ = _render_text(tmp_path, text)
    assert "## 一、注重目标导向，聚焦党建促发展" in markdown
    assert "## 三、" in markdown
    assert "吉林市船营区召开" in markdown


def test_a_borrowed_header_says_its_sections_topic() -> None:
    from drafter.vocabulary import TOPICS

    sheet, markdown = _draft(ROOT / "tests" / "sheets" / "凤鸣县.yaml")
    headers = re.findall(r"^\*\*(.+?)。\*\*", markdown, re.M)
    topics = [s.topic for s in sheet.sections]  # type: ignore[attr-defined]
    assert len(headers) == len(topics) == 3
    for header, topic in zip(headers, topics, strict=True):
        assert any(word in header for word in TOPICS[topic]), (topic, header)

