"""Reliability of clean, of schema loading and of analyze's workers, on hostile input.

- HTML pages with broken markup keep every sentence of their visible text;
- damaged GBK spans are repaired, or kept exactly as found and reported, never changed quietly;
- no input shape makes clean super-linear;
- a schema file with the wrong types is a located error, the shipped one loads as before, and
  a damaged copy of a schema in the cache is ignored and built again;
- a killed `analyze` leaves no worker behind, and odd file names make a schema that loads.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_type_hints

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import schema as schema_module
from drafter.clean import clean_file, clean_text, html, mojibake
from drafter.errors import UserError
from drafter.schema import Schema, default_schema_path, load_schema
from drafter.yamldoc import YamlProblems
from tests.conftest import CORPUS, ROOT


@cache
def seed_sentences() -> tuple[str, ...]:
    """Real sentences: the seeds after cleaning, cut at 。！？."""
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in clean_file(path).text.splitlines():
            found += [s for s in re.findall(r"[^。！？]*[。！？]", line) if 8 <= len(s) <= 80]
    return tuple(dict.fromkeys(found))


# --- 1. HTML: broken markup never hides the text after it ------------------------------------

_BLOCKS = ["p", "div", "li", "td", "h2", "section", "blockquote"]
# Broken markup between blocks: unclosed elements that skip their content, comments, tags.
_BETWEEN = [
    "<script>var a = 1; if (a < 2) { a++; }",
    "<script type='text/javascript'>document.write('<div class=ad>');",
    "<style>p > a { color: red; }",
    "<noscript><img src='x.gif'>",
    "<svg><path d='M0 0 L10 10'>",
    "<template><span>",
    "<!-- 未闭合的注释",
    "<script>var b;</script>",  # closed: only itself hidden
    '<p title="未闭合的引号>',
    "<br/>",
    "",
]
# Broken markup inside a paragraph, before its sentence: a `<` of the text, not a tag.
_INLINE = [
    "<",
    "‹",
    "< ",
    "<<",
    "<=",
    "<3",
    "<!",
    "</",
    "<?",
    "<a",
    "<b",
    "x<y",
    "&lt;",
    "＜",
    "",
]


@st.composite
def broken_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    sentences = draw(st.lists(st.sampled_from(seed_sentences()), min_size=1, max_size=8))
    parts = ["<html><head><title>页面</title></head><body>"]
    for sentence in sentences:
        parts.append(draw(st.sampled_from(_BETWEEN)))
        if draw(st.booleans()) and parts[-1].startswith("<script"):
            # an unclosed script followed by text on a line of its own, with no tag before it
            parts.append("\n" + sentence + "\n")
            continue
        block = draw(st.sampled_from(_BLOCKS))
        inline = draw(st.sampled_from(_INLINE))
        closing = f"</{block}>" if draw(st.booleans()) else ""
        parts.append(f"<{block}>{inline}{sentence}{closing}")
    parts.append(draw(st.sampled_from(["</body></html>", "", "<script>", "<!--"])))
    return "".join(parts), sentences


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_pages())
def test_broken_html_keeps_every_sentence(page: tuple[str, list[str]]) -> None:
    source, sentences = page
    text = html.to_text(source)
    for sentence in sentences:
        assert sentence in text


def test_unclosed_script_keeps_the_page_through_clean() -> None:
    first, second, third = seed_sentences()[:3]
    page = (
        f"<html><body><div>{first}</div><script>var a = 1;"
        f"<p>{second}</p><p>数量 < 5 时，{third}</p></body></html>"
    )
    result = clean_text(page)
    for sentence in (first, second, third):
        assert sentence in result.text
    assert "数量 < 5 时" in result.text


def test_closed_scripts_styles_and_comments_stay_hidden() -> None:
    page = (
        "<html><head><style>p > a { color: red }</style></head><body>"
        "<script>var s = '<p>广告</p>'; if (a < b) {}</script><!-- <p>注释</p> -->"
        "<p>正文 &amp;lt; 一段</p><svg><text>图中文字</text></svg><p>第二段</p></body></html>"
    )
    assert html.to_text(page).split() == ["正文", "&lt;", "一段", "第二段"]


# --- 2. Mojibake: repaired, or kept as found and reported ------------------------------------


def _damage_gbk(text: str, lose: int) -> str:
    """As seed 000 was damaged (`富?!钡哪繕?`): GBK bytes, one of them lost to `?`, read back
    as GBK with what cannot be read shown as `?`, and `！` folded to `!`."""
    data = text.encode("gbk")
    data = data[:lose] + b"?" + data[lose + 1 :]
    return data.decode("gbk", errors="replace").replace("\ufffd", "?").replace("！", "!")


def _damage_utf8(text: str, drop: int) -> str:
    """UTF-8 bytes with one byte dropped, read as GBK, what cannot be read shown as `?`."""
    data = text.encode("utf-8")
    data = data[:drop] + data[drop + 1 :]
    return data.decode("gbk", errors="replace").replace("\ufffd", "?")


def _outcome(original: str, damaged: str, before: str = "前文一段。\n") -> str:
    """What clean did to a damaged sentence: repaired; misrepaired (a repair the report shows,
    to the wrong text); held (kept exactly and reported where it is); or altered, quietly."""
    result = clean_text(before + damaged)
    if result.text == clean_text(before + original).text:
        return "repaired"
    first = damaged.find("?") + 1
    held = [u for u in result.unrepaired if (u.kind, u.line) == ("mojibake", 2)]
    lines = result.text.splitlines()
    if any(u.column <= first for u in held) and lines[1:] == [damaged.strip()]:
        return "held"
    repaired = [r for r in result.repairs if r.kind in ("mojibake", "lost-space") and r.line == 2]
    if any(r.column <= first for r in repaired) and "?" not in result.text:
        return "misrepaired"
    return "altered"


def _samples(damage: Callable[[str, int], str], count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    sentences = seed_sentences()
    samples = []
    while len(samples) < count:
        sentence = rng.choice(sentences)
        data = sentence.encode("gbk" if damage is _damage_gbk else "utf-8")
        # a byte of a Chinese character: an ASCII byte lost is a lost digit, not mojibake
        lose = rng.choice([i for i, byte in enumerate(data) if byte >= 0x80])
        damaged = damage(sentence, lose)
        if damaged != sentence and "?" in damaged:
            samples.append((sentence, damaged))
    return samples


def test_damaged_spans_are_repaired_or_held_never_altered() -> None:
    outcomes = Counter(_outcome(*pair) for pair in _samples(_damage_gbk, 400, seed=0))
    assert outcomes["altered"] == 0, outcomes
    # A repair is made only when one reading is far the likeliest; it can still be wrong
    # (`打赢?叭?大攻坚战` read as 人大 for 三大), but it is in the report.
    assert outcomes["misrepaired"] <= 0.03 * 400, outcomes


def test_utf8_read_as_gbk_is_held_never_altered() -> None:
    outcomes = Counter(_outcome(*pair) for pair in _samples(_damage_utf8, 100, seed=1))
    assert outcomes["altered"] == 0, outcomes


def _misread_whole(sentence: str) -> str | None:
    try:
        return sentence.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        return None


def test_utf8_read_as_gbk_without_loss_is_repaired() -> None:
    # A sentence whose UTF-8 bytes all pair up as GBK characters: nothing lost, all repaired.
    sentence, misread = next(
        (s[:length], m)
        for s in seed_sentences()
        for length in range(len(s), 7, -1)
        if (m := _misread_whole(s[:length])) and "?" not in m
    )
    result = clean_text(misread)
    assert result.text == clean_text(sentence).text
    assert [r.kind for r in result.repairs if r.kind == "mojibake"] == ["mojibake"]


def test_held_damage_is_located() -> None:
    damaged = "第一行。\n一是加强?逃?，深入开展“法律进农村”活动。\n"
    result = clean_text(damaged)
    assert "?逃?" in result.text
    assert [(u.kind, u.line, u.column, u.text) for u in result.unrepaired] == [
        ("mojibake", 2, 5, "?逃?")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "是否?",
        "为什么?因为天下雨了?",
        "他问:谁?我说:你?",
        "A?B 和 C?D 都是英文",
        "What?Really?",
        "真的吗??我不信。",
        "如何运转?如何加强和改进自身建设?如何提高党员素质?",
        "详见http://www.example.gov.cn/a?b=1页面",
    ],
)
def test_plain_question_marks_stay_ordinary(text: str) -> None:
    result = clean_text(text)
    assert not [u for u in result.unrepaired if u.kind == "mojibake"]
    assert not [r for r in result.repairs if r.kind == "mojibake"]


# --- 3. No input makes clean super-linear ----------------------------------------------------

_SENTENCE = "全面推进乡村振兴，抓党建促发展。"
_HOSTILE: dict[str, Callable[[int], str]] = {
    "one line, no newline": lambda n: (_SENTENCE * (n // 16 + 1))[:n],
    "run of ?": lambda n: "中" + "?" * n,
    "run of ,": lambda n: "中" + "," * n,
    "run of (": lambda n: "中" + "(" * n,
    'run of "': lambda n: "中" + '"' * n,
    "run of .": lambda n: "中" + "." * n,
    "run of …": lambda n: "中" + "…" * n,
    "run of spaces": lambda n: "中" + " " * n + "文",
    "unmatched (": lambda n: ("中(文" * n)[:n],
    'unmatched "': lambda n: ('中"文' * n)[:n],
    'quotes and commas: ",",': lambda n: "中" + '",' * (n // 2),
    "Han and ASCII marks": lambda n: ("中," * n)[:n],
    "Han and dots": lambda n: ("中." * n)[:n],
    "nested (": lambda n: "中" + "(中" * (n // 4) + ")" * (n // 4),
    "nested ( then text": lambda n: "中(" * (n // 4) + ")中" * (n // 4),
    "pinyin-like run": lambda n: "中(" + "xiāng" * (n // 5),
    "pinyin-like words": lambda n: "中(" + "xiāng " * (n // 6),
    "HTML, unclosed tags": lambda n: "<p>a</p><div>b</div><br>" + "<a " * (n // 3),
    "HTML, stray <": lambda n: "<html><body><div><p>" + "中<" * (n // 2),
    "doubled marks": lambda n: ("中，、；" * n)[:n],
}
# Dense damage: every span held aside costs the pipeline one pass over the whole text when it is
# put back (`text.replace(_HELD, span, 1)` per span in clean/pipeline.py). These stay linear in
# mojibake.find_repairs, which is measured instead.
_DAMAGE_DENSE: dict[str, Callable[[int], str]] = {
    "mojibake-like run": lambda n: ("?钡哪繕" * n)[:n],
    "lost trail bytes": lambda n: ("中??" * n)[:n],
    "UTF-8 read as GBK, short lines": lambda n: ("鍏氬缓寮曢?鍏氬缓\n" * n)[:n],
}


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def warm() -> None:
    clean_text("预热：?钡哪繕?，乡(xiāng)村。<p>x</p>")  # jieba, OpenCC and the regexes


def _assert_linear(make: Callable[[int], str], run: Callable[[str], object]) -> None:
    small, large = make(25_000), make(100_000)
    short = min(_seconds(lambda: run(small)) for _ in range(2))
    long = _seconds(lambda: run(large))
    # Four times the text: linear work takes about four times as long; quadratic, sixteen.
    assert long < 4 * short * 2.5 + 0.3, f"{short:.3f} s for 25 KB, {long:.3f} s for 100 KB"


@pytest.mark.parametrize("shape", list(_HOSTILE))
def test_clean_is_linear(shape: str, warm: None) -> None:
    _assert_linear(_HOSTILE[shape], clean_text)


@pytest.mark.parametrize("shape", list(_DAMAGE_DENSE))
def test_finding_damage_is_linear(shape: str, warm: None) -> None:
    _assert_linear(_DAMAGE_DENSE[shape], mojibake.find_repairs)


def _short_lines_above_the_text(size: int) -> str:
    # a page of menus: short title-shaped lines, each a candidate for the title, then the text
    words = ["乡村振兴", "党建引领", "组织振兴", "人才队伍", "产业发展", "网格治理"]
    lines = "\n".join(f"{words[i % 6]}{words[(i * 7) % 6][:2]}" for i in range(size // 7))
    return lines + "\n近年来，某镇坚持党建引领，村集体经济不断壮大，群众收入稳步增长。\n"


_PARAGRAPH = "近年来，某镇坚持党建引领，村集体经济不断壮大，群众收入稳步增长。"


def test_a_page_of_short_lines_above_the_text_parses_in_linear_time(warm: None) -> None:
    from drafter.parse import parse_text

    _assert_linear(_short_lines_above_the_text, parse_text)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _reflowed(text: str) -> object:
    from drafter.parse.wrap import reflow

    return reflow(_lines(text))


def _paragraphs(text: str) -> object:
    from drafter.parse.segment import paragraphs

    return paragraphs(_lines(text))


def _form_evidence(text: str) -> object:
    from drafter.parse import read_structure

    return read_structure(text, "<文本>").form_evidence


def _front(text: str) -> object:
    from drafter.parse.front import read_front

    return read_front(_lines(text))


# Steps of parse that once grew a string or emptied a list one line at a time: at a megabyte of
# such a page they took seconds, at four a minute or more.
_HOSTILE_STEPS: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "hard wrap with no sentence end": (
        lambda n: "\n".join(f"{i:06d}党建引领乡村振兴党建引领乡村振兴" for i in range(n // 22)),
        _reflowed,
    ),
    "greetings after a salutation": (
        lambda n: "尊敬的各位领导：\n" + "大家好！\n" * (n // 5) + _PARAGRAPH,
        _front,
    ),
    "site notices through one long paragraph": (
        lambda n: "温馨提示：本文是笔者精心整理编制而成。" * (n // 19) + _PARAGRAPH * 4,
        _paragraphs,
    ),
    "spaced marks before a notice at a paragraph's end": (
        lambda n: _PARAGRAPH * 4 + " -" * (n // 2) + "欢迎下载",
        _paragraphs,
    ),
    "one line of clauses under an abstract's label": (
        lambda n: "摘 要：" + "研究发现，" * (n // 5) + "\n" + _PARAGRAPH,
        _front,
    ),
    # a pattern that takes a run of spaces and then looks around tries every space of it
    "a run of spaces before a sentence": (lambda n: _PARAGRAPH + " " * n + _PARAGRAPH, _paragraphs),
    "a run of spaces in a line that holds a numbered header": (
        lambda n: _PARAGRAPH + " " * n + _PARAGRAPH + "一、基本情况" + _PARAGRAPH,
        _paragraphs,
    ),
    "a run of spaces in a table's row": (lambda n: "| 某村" + " " * n + "党员|", _paragraphs),
    # thirty bars once took minutes: each field's spaces could go to either side of its bar
    "a line of bars between words": (
        lambda n: "发布时间 " + "| 中 " * (n // 4) + "正文",
        _paragraphs,
    ),
    "journal notes after an abstract": (
        lambda n: "摘要：本文研究了党建引领的作用。\n" + "关键词：党建\n" * (n // 7) + _PARAGRAPH,
        _front,
    ),
    # a figure's pattern once tried each digit of a long run as a figure's start
    "a run of digits in the text": (lambda n: _PARAGRAPH + "1" * n + "。", _form_evidence),
    "a page on one line of names and spaces": (
        lambda n: "某某研究 " + "张三 " * (n // 3) + _PARAGRAPH * 4,
        _paragraphs,
    ),
    # each line broken off after a comma goes on into the next: once by adding to a string
    "lines each cut after a comma": (lambda n: "甲乙丙，\n" * (n // 5) + _PARAGRAPH, _paragraphs),
    # the title printed again and again: each line was looked up in the list of the reprints
    "a title printed again on every other line": (
        lambda n: ("党建引领乡村振兴\n" + _PARAGRAPH + "\n") * (n // 40),
        _form_evidence,
    ),
    # ordinal points each looked up among all the others by value
    "ordinal points each over one sentence": (
        lambda n: "某镇工作总结\n" + "首先，要提高站位\n近年来，某镇坚持党建引领。\n" * (n // 22),
        _form_evidence,
    ),
    # each `第一，` looked in a copy of the rest of the page for points of its own under it
    "numbered ordinal points each over one sentence": (
        lambda n: "某镇工作总结\n" + "第一，要提高站位\n近年来，某镇坚持党建引领。\n" * (n // 22),
        _form_evidence,
    ),
    # each header's two halves joined into the list at its place shifted the rest of it
    "headers a phrase to a line, over their text": (
        lambda n: ("头雁领航筑堡垒\n网格延伸触末梢\n" + _PARAGRAPH + "\n") * (n // 50),
        _form_evidence,
    ),
    # each label cut off a line copied the rest of it
    "part labels run on end to end": (
        lambda n: "调研目的：" * (n // 5) + _PARAGRAPH,
        _paragraphs,
    ),
    "a paper's decimal parts run on end to end": (
        lambda n: "某某研究一、引言" + "1.1.1研究背景" * (n // 9) + _PARAGRAPH,
        _paragraphs,
    ),
    "fourth-level headers over one sentence each": (
        lambda n: "某镇工作总结\n" + "（1）村庄规划\n某镇坚持党建引领。\n" * (n // 17),
        _form_evidence,
    ),
    # a salutation between spaces was looked for from each space of a run
    "a run of spaces near the top of a page on one line": (
        lambda n: "某镇工作会议讲话 " + _PARAGRAPH + " " * n + "甲" + _PARAGRAPH * 4,
        _paragraphs,
    ),
    "a headline of spaced words before the page's date": (
        lambda n: "党建 引领 " * (n // 6) + "发布时间：2025-01-01\n" + _PARAGRAPH,
        _paragraphs,
    ),
    # points a colon opens inside the text, joined back to the piece that holds the first
    "points a colon opens, again and again on one line": (
        lambda n: "强调：一、要抓实。二、要抓细。三、要抓好。" * (n // 21) + _PARAGRAPH,
        _paragraphs,
    ),
    "a reporters' credit over endless names before the text": (
        lambda n: "标题\n□本报记者 " + "张三 " * (n // 3) + _PARAGRAPH,
        _front,
    ),
    "column notes at the top of the text": (
        lambda n: "标题\n" + "本报推出系列报道，敬请关注。\n" * (n // 15) + _PARAGRAPH,
        _front,
    ),
    "spaced points after a header on a page on one line": (
        lambda n: "某镇工作总结 " + "一、总体情况 1. 强化引领 " * (n // 15) + _PARAGRAPH,
        _paragraphs,
    ),
    # a forum's jammer scraps at a line's ends, the line and the run endless
    "jammer scraps around the text, on and on": (
        lambda n: ("& N9 [- V' s8 " + _PARAGRAPH + " # N/ O& w\n") * (n // 100) + "& N9 " * n,
        _paragraphs,
    ),
}


@pytest.mark.parametrize("shape", list(_HOSTILE_STEPS))
def test_parse_steps_are_linear(shape: str) -> None:
    make, run = _HOSTILE_STEPS[shape]
    _assert_linear(lambda size: make(size * 40), run)  # one megabyte, then four


def test_headers_glued_end_to_end_are_split_without_recursion() -> None:
    from drafter.parse import parse_text

    article = parse_text("一、基本情况" * 3000)  # each split off the next used to be a call deeper
    assert len(article.all_sections()) >= 2999


def test_headlines_over_fields_end_to_end_are_split_without_recursion() -> None:
    from drafter.parse import parse_text

    # (each headline and its fields split off the text after them used to be a call deeper)
    article = parse_text("乡村振兴 2021-07-15 " * 5000)
    kept = [
        article.title or "",
        article.lead or "",
        *article.paragraphs,
        *article.furniture,
        *(p for s in article.all_sections() for p in [s.printed_header, *s.paragraphs]),
    ]
    # (and nothing of the page is lost on the way)
    assert sum(piece.count("2021-07-15") for piece in kept) == 5000
    assert sum(piece.count("乡村振兴") for piece in kept) == 5000


def test_marks_settle_in_one_cleaning() -> None:
    # `“,,`: every separator after an opening quote moves out at once, so cleaning the result
    # again changes nothing (it used to move one per cleaning).
    once = clean_text("雁工程”,做实村级干部“,,").text
    assert once == "雁工程”，做实村级干部，“\n"
    assert clean_text(once).text == once
    # Parentheses pair like brackets: both of a pair change, or neither.
    assert clean_text("1，中!(a)").text == "1，中！（a）\n"


def test_a_large_hostile_article_cleans_in_seconds(warm: None) -> None:
    # The worst shapes, 300 KB each, and a 700 KB article on one line.
    for shape, size in (
        ('quotes and commas: ",",', 300_000),
        ("nested (", 300_000),
        ("one line, no newline", 700_000),
    ):
        text = _HOSTILE[shape](size)
        assert _seconds(lambda text=text: clean_text(text)) < 5, shape


# --- 4. Schema files -------------------------------------------------------------------------


def _reference(kind: Any, data: Any) -> Any:
    """The schema as the loader before this one built it (yaml.safe_load and no checks)."""
    if is_dataclass(kind):
        hints = get_type_hints(kind)
        known = {f.name for f in fields(kind)}
        return kind(**{k: _reference(hints[k], v) for k, v in data.items() if k in known})
    args = get_args(kind)
    if args and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return None if data is None else _reference(inner, data)
    origin = getattr(kind, "__origin__", None)
    if origin is list:
        return [_reference(args[0], v) for v in data]
    if origin is dict:
        return {k: _reference(args[1], v) for k, v in data.items()}
    return data


SHIPPED = default_schema_path().read_text(encoding="utf-8")


def test_shipped_schema_loads_as_before() -> None:
    loaded = Schema.from_yaml(SHIPPED)
    assert loaded == _reference(Schema, yaml.safe_load(SHIPPED))
    assert loaded.to_yaml() == SHIPPED


def test_unknown_keys_are_ignored() -> None:
    newer = SHIPPED.replace(
        "schema_version: 1\n", "schema_version: 1\nlater_key:\n  any: [1, 2]\n", 1
    ).replace("  articles: 5\n", "  articles: 5\n  pages: 12\n", 1)
    assert newer != SHIPPED
    assert Schema.from_yaml(newer) == Schema.from_yaml(SHIPPED)


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "      typical: 3\n",
            "      typical: lots\n",
            "forms.experience.sections.typical",
            "应为整数",
        ),
        ("  characters: 7485\n", "  characters: 7485.5\n", "corpus.characters", "应为整数"),
        (
            "    sections:\n      min: 3\n",
            "    sections: [3]\n    x:\n      min: 3\n",
            "forms.experience.sections",
            "应为一组“键: 值”",
        ),
        (
            "    topics:\n    - 产业\n",
            "    topics: 产业\n    x:\n    - 产业\n",
            "forms.experience.topics",
            "应为列表",
        ),
        ("  articles: 5\n", "  articles: true\n", "corpus.articles", "应为整数"),
        (
            "    - text: 琅琊新闻网讯\n",
            "    - text: [琅琊新闻网讯]\n",
            "forms.news.datelines[0].text",
            "应为文字",
        ),
    ],
)
def test_wrong_types_are_located_errors(old: str, new: str, path: str, message: str) -> None:
    assert old in SHIPPED
    text = SHIPPED.replace(old, new, 1)
    with pytest.raises(YamlProblems) as caught:
        Schema.from_yaml(text, "schema.yaml")
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == (path, _line_of(text, new.split("\n")[0]))
    assert problem.message.startswith(message) and problem.column
    assert str(caught.value).startswith(f"schema.yaml:{problem.line}:{problem.column}：{path}：")


def test_missing_fields_and_every_problem_at_once() -> None:
    text = "schema_version: 1\ncorpus:\n  articles: 1\nleads: 5\nphrases:\n- {text: 甲, count: x}\n"
    with pytest.raises(YamlProblems) as caught:
        Schema.from_yaml(text, "s.yaml")
    found = [(p.line, p.path, p.message.split("，")[0]) for p in caught.value.problems]
    assert found == [
        (3, "corpus", "缺少“characters”"),
        (4, "leads", "应为列表（每项一行"),
        (6, "phrases[0]", "缺少“articles”"),
        (6, "phrases[0].count", "应为整数"),
    ]


def test_type_hints_are_resolved_once_per_class(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = schema_module.get_type_hints

    def counting(kind: Any) -> Any:
        calls.append(kind)
        return real(kind)

    monkeypatch.setattr(schema_module, "get_type_hints", counting)
    schema_module._shape.cache_clear()
    Schema.from_yaml(SHIPPED)
    Schema.from_yaml(SHIPPED)
    assert len(calls) == len(set(calls)) <= 12


def _drafter(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


def test_deeply_nested_schema_is_refused_not_crashed(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text(
        "schema_version: 1\nforms:\n  news:\n    sources: " + "[" * 500 + "]" * 500 + "\n",
        encoding="utf-8",
    )
    done = _drafter("new", "--region", "船营区", "--schema", deep, "-o", tmp_path / "a.yaml")
    assert done.returncode == 2
    assert f"{deep}:4:" in done.stderr


def test_schema_with_wrong_type_is_refused_by_new(tmp_path: Path) -> None:
    bad = tmp_path / "schema.yaml"
    bad.write_text(SHIPPED.replace("      typical: 3\n", "      typical: lots\n", 1), "utf-8")
    done = _drafter("new", "--region", "船营区", "--schema", bad, "-o", tmp_path / "a.yaml")
    assert done.returncode == 2
    assert "forms.experience.sections.typical：应为整数" in done.stderr


def _kept_schemas(folder: Path) -> list[Path]:
    return sorted((folder / "drafter").glob("schema-*.pickle"))


def test_a_schema_is_built_once_then_read_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = load_schema()
    assert built == Schema.from_yaml(SHIPPED)
    assert len(_kept_schemas(tmp_path)) == 1

    def unused(*args: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(Schema, "from_yaml", unused)
    assert load_schema() == built


def test_a_changed_schema_file_is_built_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "schema.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    assert load_schema(path).corpus.articles == 5
    path.write_text(SHIPPED.replace("  articles: 5\n", "  articles: 6\n", 1), encoding="utf-8")
    assert load_schema(path).corpus.articles == 6
    assert len(_kept_schemas(tmp_path)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short, as a full disk leaves it
        lambda data: b"\x00" * len(data),
        lambda data: pickle.dumps({"schema_version": 1}),  # whole, but not a schema
    ],
    ids=["cut short", "zeroed", "not a schema"],
)
def test_a_damaged_schema_cache_is_ignored_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = load_schema()
    [kept] = _kept_schemas(tmp_path)
    whole = kept.read_bytes()
    kept.write_bytes(damage(whole))
    assert load_schema() == expected
    assert kept.read_bytes() == whole  # kept again


# --- 5. analyze: workers die with their parent; any file name makes a loadable schema ---------


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its entry waits to be collected


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(40):  # 200 files: the parallel path, and work left when it is killed
        for path in CORPUS.glob("*.txt"):
            shutil.copy(path, folder / f"{copy:02}_{path.name}")
    return folder


@pytest.fixture(scope="module")
def many_sheets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sheets")
    for copy in range(2000):  # a batch that is still drafting when it is killed
        shutil.copy(ROOT / "examples" / "facts" / "船营区.yaml", folder / f"{copy:04}.yaml")
    return folder


@contextlib.contextmanager
def _batch_at_work(
    command: str, given: Path, output: Path, tmp_path: Path
) -> Iterator[tuple[subprocess.Popen[bytes], list[int]]]:
    """A `drafter analyze|render -j 2` batch whose two workers have started: (the process,
    its workers). The process is killed on the way out if it is still there."""
    with (tmp_path / "stderr").open("w") as stderr:  # not a pipe: orphans would hold it open
        parent = subprocess.Popen(
            [sys.executable, "-m", "drafter", command, given, "-j", "2", "-o", output],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            cwd=ROOT,
        )
        try:
            deadline = time.monotonic() + 60
            workers: list[int] = []
            while len(workers) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
                workers = _children(parent.pid)
            assert len(workers) == 2, "the workers never started"
            yield parent, workers
        finally:
            if parent.poll() is None:
                parent.kill()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
@pytest.mark.parametrize("command", ["analyze", "render"])
def test_a_killed_batch_leaves_no_worker(
    big_corpus: Path, many_sheets: Path, tmp_path: Path, how: int, command: str
) -> None:
    given = big_corpus if command == "analyze" else many_sheets
    output = tmp_path / ("schema.yaml" if command == "analyze" else "drafts")
    with _batch_at_work(command, given, output, tmp_path) as (parent, workers):
        while command == "render" and len(list(output.glob("*.docx"))) < 50:
            time.sleep(0.01)  # end them while they write, not before
        parent.send_signal(how)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(map(_running, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], "workers outlived their parent"
    if command == "render" and how == signal.SIGTERM:  # ended, not killed: no debris either
        assert not list(output.glob(".*.tmp")), "a worker left a temporary file"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("command", ["analyze", "render"])
def test_a_worker_the_system_kills_ends_the_batch_with_a_message(
    big_corpus: Path, many_sheets: Path, tmp_path: Path, command: str
) -> None:
    given = big_corpus if command == "analyze" else many_sheets
    output = tmp_path / ("schema.yaml" if command == "analyze" else "drafts")
    with _batch_at_work(command, given, output, tmp_path) as (parent, workers):
        os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer would
        code = parent.wait(timeout=30)  # before, the batch waited for the lost task forever
    said = (tmp_path / "stderr").read_text(encoding="utf-8")
    assert code == 2, said
    assert "工作进程意外退出" in said and "-j 1" in said
    assert not output.exists() or command == "render"
    assert not list(tmp_path.rglob(".*.tmp"))


def test_file_names_that_are_not_utf8_make_a_schema_that_loads(tmp_path: Path) -> None:
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    odd = os.fsdecode(b"\xb0\xb8\xc0\xfd\x01.txt")  # GBK 案例 and a control character
    try:
        shutil.copy(CORPUS / "001_31d6c0dd4fb046c4.txt", tmp_path / odd)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only valid names")
    from drafter.analyze import analyze_corpus

    text = analyze_corpus(tmp_path, jobs=1).schema.to_yaml()
    target = tmp_path / "schema.yaml"
    target.write_text(text, encoding="utf-8")
    loaded = load_schema(target)
    assert "\ufffd\ufffd\ufffd\ufffd\ufffd.txt" in loaded.forms["experience"].sources
    done = _drafter("new", "--region", "船营区", "--schema", target, "-o", tmp_path / "a.yaml")
    assert done.returncode == 0, done.stderr


def test_a_schema_with_an_unprintable_name_is_still_a_user_error(tmp_path: Path) -> None:
    bad = tmp_path / "schema.yaml"
    bad.write_text(SHIPPED.replace("000_9c1aa16d39bd4a9f.txt", '"\\uDCB0.txt"', 1), "utf-8")
    with pytest.raises(UserError):
        load_schema(bad)
