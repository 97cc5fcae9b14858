"""The Markdown the templates write is read back with a CommonMark parser: the writer's text
always comes back as typed, and a template may write ordinary Markdown."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.render import RenderOptions, render_facts
from drafter.render.markdown import Block, Run, escape, parse_markdown
from drafter.schema import load_schema
from drafter.text.chars import CJK, is_cjk
from tests.test_render import sheet

_TRICKY = [*"\\*_[]<>&#!-+=.):~`| \t\r\n。，“”0123456789", "&amp;", "&#32;", "1. ", "    "]
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_TRICKY),
        st.characters(exclude_categories=("Cs", "Cc")),
        st.sampled_from(list("党建引领乡村振兴")),
    ),
    max_size=30,
).map("".join)
_LINE = _TEXT.map(lambda text: text.replace("\n", "").replace("\r", ""))


def _paragraph_text(blocks: list[Block]) -> str:
    assert [block.kind for block in blocks] == ["paragraph"]
    assert not any(run.bold or run.dots for run in blocks[0].runs)
    return blocks[0].text


@settings(max_examples=400, deadline=None)
@given(text=_TEXT.filter(lambda t: t and "\n\n" not in t and t[0] != "\n" and t[-1] != "\n"))
def test_any_text_comes_back_as_typed(text: str) -> None:
    assert _paragraph_text(parse_markdown(escape(text))) == text


@settings(max_examples=200, deadline=None)
@given(header=_LINE.filter(bool), paragraph=_LINE)
def test_a_sentence_header_stays_bold_whatever_follows(header: str, paragraph: str) -> None:
    blocks = parse_markdown(f"**{escape(header)}。**{escape(paragraph)}")
    expected = [Run(header + "。", bold=True)] + ([Run(paragraph)] if paragraph else [])
    assert blocks == [Block("paragraph", expected)]


@settings(max_examples=200, deadline=None)
@given(header=_LINE.filter(bool))
def test_a_header_line_keeps_every_character(header: str) -> None:
    assert parse_markdown(f"## 一、{escape(header)}") == [
        Block("heading1", [Run(f"一、{header}")])
    ]


def test_bold_closes_beside_chinese_marks_and_numbers() -> None:
    # Plain CommonMark leaves the asterisks of all three: `。**` before a Han character or a
    # digit is not right-flanking there.
    for source, opener, rest in [
        ("**注重目标导向，聚焦发展。**经过调研", "注重目标导向，聚焦发展。", "经过调研"),
        ("**（一）人才队伍。**2023年以来", "（一）人才队伍。", "2023年以来"),
        ("**“两区”建设。**“一村一品”", "“两区”建设。", "“一村一品”"),
    ]:
        assert parse_markdown(source) == [Block("paragraph", [Run(opener, True), Run(rest)])]


def test_ordinary_markdown_becomes_what_chinese_print_does() -> None:
    blocks = parse_markdown(
        "# 标题\n\n### 小标题\n\n要*着重*说明。\n\n1. 第一项\n2. 第二项\n\n1) 甲\n\n"
        "- 不带符号\n\n> 引文\n\n[链接文字](http://example.org)与`代码`\n\n"
        "::: right\n某县委组织部\n2026年12月1日\n:::\n"
    )
    assert [(block.kind, block.text) for block in blocks] == [
        ("title", "标题"),
        ("heading2", "小标题"),
        ("paragraph", "要着重说明。"),
        ("paragraph", "1．第一项"),
        ("paragraph", "2．第二项"),
        ("paragraph", "（1）甲"),
        ("paragraph", "不带符号"),
        ("paragraph", "引文"),
        ("paragraph", "链接文字与代码"),
        ("right", "某县委组织部"),
        ("right", "2026年12月1日"),
    ]
    assert blocks[2].runs == [Run("要"), Run("着重", dots=True), Run("说明。")]


def test_raw_html_stays_text_and_a_link_is_its_text() -> None:
    source = "<b>不是标签</b> <http://example.org> &amp;"
    assert parse_markdown(source)[0].text == "<b>不是标签</b> http://example.org &"
    assert parse_markdown(escape(source))[0].text == source


def test_a_template_of_ordinary_markdown_prints_no_marks(tmp_path: Path) -> None:
    (tmp_path / "experience.md.j2").write_text(
        "# {{ draft.title }}\n\n要*着重*说明的是：\n\n"
        "1. 第一项\n2. {{ draft.sections[0].header }}\n",
        encoding="utf-8",
    )
    rendered = render_facts(sheet(), load_schema(), RenderOptions(templates=tmp_path))
    document = zipfile.ZipFile(io.BytesIO(rendered.content)).read("word/document.xml").decode()
    assert "*" not in document and "1. " not in document
    assert '<w:em w:val="dot"/></w:rPr><w:t>着重</w:t>' in document
    assert "<w:t>1．第一项</w:t>" in document



def test_the_preview_shows_what_the_docx_does() -> None:
    from drafter.serve.drafting import markdown_html

    html = markdown_html("## 一、标题<b>\n\n**句首。**要*着重*，1 < 2\n\n::: right\n某县\n:::\n")
    assert html == (
        "<h2>一、标题&lt;b&gt;</h2>\n"
        "<p><strong>句首。</strong>要<em>着重</em>，1 &lt; 2</p>\n"
        '<p class="right">某县</p>'
    )


def test_the_chinese_character_test_agrees_with_the_class_on_every_code_point() -> None:
    pattern = re.compile(f"[{CJK}]")
    assert all(is_cjk(chr(code)) == bool(pattern.match(chr(code))) for code in range(0x110000))
