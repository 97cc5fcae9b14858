"""The shipped house package writes the same parts python-docx writes for the same draft."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.facts.load import load_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.render.docx import house_document, python_docx_draft
from drafter.render.gbt9704 import FONT_PROFILES
from drafter.render.house import CORE, build_house_files, core_xml, write_draft
from drafter.render.markdown import Block, Run, parse_markdown
from drafter.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
SHEETS = sorted((ROOT / "examples" / "facts").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "sheets").rglob("*.yaml")
)
_MOMENT = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _parts(docx: bytes) -> dict[str, bytes]:
    package = zipfile.ZipFile(io.BytesIO(docx))
    parts = {name: package.read(name) for name in package.namelist()}
    if CORE in parts:  # written at different seconds
        parts[CORE] = _MOMENT.sub(b"(moment)", parts[CORE])
    return parts


def _by_python_docx(blocks: list[Block], fonts: str, title: str, author: str) -> bytes:
    from docx import Document

    document = Document(io.BytesIO(house_document(fonts)))
    return python_docx_draft(document, blocks, fonts, title=title, author=author)


@pytest.mark.parametrize("fonts", list(FONT_PROFILES))
def test_shipped_files_are_what_the_house_format_builds(fonts: str) -> None:
    folder = resources.files("drafter").joinpath("data", "house")
    for name, built in build_house_files(fonts).items():
        shipped = folder.joinpath(name).read_bytes()
        if name.endswith(".zip"):
            assert _parts(shipped) == _parts(built), (
                f"{name} is stale: run python -m drafter.render.house"
            )
        else:
            assert shipped == built, f"{name} is stale: run python -m drafter.render.house"


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda path: path.name)
@pytest.mark.parametrize("fonts", list(FONT_PROFILES))
def test_every_sheet_gives_the_parts_python_docx_gives(sheet: Path, fonts: str) -> None:
    rendered = render_facts(load_fact_sheet(sheet).sheet, load_schema(), RenderOptions(fonts=fonts))
    blocks = parse_markdown(rendered.markdown)
    title = next(block.text for block in blocks if block.kind == "title")
    author = zipfile.ZipFile(io.BytesIO(rendered.content)).read(CORE).decode()
    creator = re.search(r"<dc:creator>(.*?)</dc:creator>", author)
    expected = _by_python_docx(blocks, fonts, title, creator[1] if creator else "")
    assert _parts(rendered.content) == _parts(expected)


_TEXT = st.text(
    st.one_of(
        st.sampled_from(list(" \t\n\r\u3000&<>\"'“”—…·")),
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    ),
    max_size=12,
)
_BLOCK = st.builds(
    Block,
    kind=st.sampled_from(["title", "heading1", "heading2", "center", "right", "paragraph"]),
    runs=st.lists(st.builds(Run, text=_TEXT, bold=st.booleans(), dots=st.booleans()), max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(_BLOCK, max_size=6), title=_TEXT, author=_TEXT)
def test_any_blocks_give_the_parts_python_docx_gives(
    blocks: list[Block], title: str, author: str
) -> None:
    ours = write_draft(blocks, "gb2312", title=title, author=author)
    assert _parts(ours) == _parts(_by_python_docx(blocks, "gb2312", title, author))


def test_core_properties_keep_the_limit_and_the_moment() -> None:
    moment = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    core = core_xml("标" * 300, "某&<单位>", moment)
    assert f"<dc:title>{'标' * 255}</dc:title>" in core
    assert "<dc:creator>某&amp;&lt;单位&gt;</dc:creator>" in core
    assert "2026-11-20T08:30:00Z" in core
