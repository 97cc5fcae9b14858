"""Fact sheets as a writer saves and mistypes them: every encoding her editor may choose, any
line endings, and the YAML slips she makes — each reported in Chinese on the right line and
column, with no English from the YAML library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.facts.load import FactSheetError, load_fact_sheet, read_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.schema import load_schema
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"

# (name, sheet, line, column, words the message must hold); tabs, aliases, control characters
# and colons inside text are in test_facts.BROKEN.
SLIPS = [
    ("full-width colon after a key", "region: 船营区\ndate：2026-12-01\n", 2, 5, "中文冒号"),
    ("full-width colon on the last line", "region: 船营区\ntheme：主题\n", 2, 6, "中文冒号"),
    ("full-width comma after a key", "region，船营区\ntheme: a\n", 1, 7, "中文逗号"),
    ("no space after the colon", "region:船营区\n", 1, 7, "后面要加一个空格"),
    ("no space after a nested colon", "region: 船营区\nlead:\n  when:近日\n", 3, 7, "空格"),
    ("quote never closed", 'region: "船营区\ntheme: a\n', 3, 1, "引号没有闭合"),
    ("quoted word then more text", 'region: "船营"区\n', 1, 13, "中文引号"),
    ("a key indented too far", "region: x\n  theme: y\n", 2, 1, "多缩进"),
    (
        "a key indented too little",
        "region: 船营区\nlead:\n  when: 近日\n event: 开会\n",
        4,
        2,
        "缩进",
    ),
    (
        "a list item without '- '",
        "region: 船营区\nsections:\n  - topic: 组织\n    points:\n    明确思路\n",
        5,
        5,
        "“- ”",
    ),
    (
        "keys of one item not aligned",
        "region: 船营区\nsections:\n  - topic: 组织\n   points: []\n",
        4,
        4,
        "左对齐",
    ),
    (
        "a mapping where a list began",
        "region: 船营区\nsections:\n  topic: 组织\n  - points: []\n",
        4,
        3,
        "缩进",
    ),
    (
        "a full-width dash as list marker",
        "region: 船营区\nsections:\n  — topic: 组织\n",
        3,
        3,
        "“—”",
    ),
    ("a bracket never closed", "region: 船营区\nsections: [组织\n", 3, 1, "方括号"),
]
_LIBRARY_WORDS = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = {"Tab", "YAML"}


@pytest.mark.parametrize(
    ("name", "text", "line", "column", "words"), SLIPS, ids=[s[0] for s in SLIPS]
)
def test_slips_are_located_and_said_in_chinese(
    name: str, text: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(FactSheetError) as caught:
        read_fact_sheet(text, "f.yaml")
    first = caught.value.problems[0]
    assert (first.line, first.column) == (line, column), str(caught.value)
    assert words in first.message, str(caught.value)
    english = set(_LIBRARY_WORDS.findall(first.message)) - _ALLOWED
    assert not english, first.message


def _markdown(path: Path) -> str:
    sheet = load_fact_sheet(path).sheet
    return render_facts(sheet, load_schema(), RenderOptions(format="md"), path).markdown


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("gbk", "\n"), ("gb18030", "\r\n"), ("utf-16", "\n"), ("utf-8-sig", "\r\n"), ("utf-8", "\r")],
)
def test_sheets_in_any_encoding_render_alike(tmp_path: Path, encoding: str, newline: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    saved = tmp_path / "船营区.yaml"
    saved.write_bytes(text.replace("\n", newline).encode(encoding))
    assert _markdown(saved) == _markdown(EXAMPLE)


def test_the_encoding_is_said_on_screen(tmp_path: Path) -> None:
    saved = tmp_path / "船营区.yaml"
    saved.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gbk"))
    done = drafter("validate", saved)
    assert done.returncode == 0 and "按 GBK 编码读取" in done.stderr, done.stderr
    plain = drafter("validate", EXAMPLE)
    assert "编码读取" not in plain.stderr
