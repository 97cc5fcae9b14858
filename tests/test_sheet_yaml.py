"""The fact sheet written back as YAML (the web form's download and autosave) reads back as
the same sheet and renders to the same draft, with the comments `new` writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.facts import Byline, FactSheet, Figure, Section
from drafter.facts.load import FactSheetError, load_fact_sheet, read_fact_sheet
from drafter.facts.scaffold import sheet_yaml
from drafter.render import RenderOptions, render_facts
from drafter.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
SHEETS = sorted(
    [*(ROOT / "examples" / "facts").glob("*.yaml"), *(ROOT / "tests" / "sheets").rglob("*.yaml")]
)


def _loadable(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        try:
            load_fact_sheet(path)
        except FactSheetError:
            continue
        found.append(path)
    return found


@pytest.mark.parametrize("path", _loadable(SHEETS), ids=lambda p: p.name)
def test_a_sheet_written_back_reads_and_renders_the_same(path: Path) -> None:
    schema = load_schema()
    loaded = load_fact_sheet(path)
    text = sheet_yaml(loaded.sheet, schema)
    assert text.startswith("# yaml-language-server: $schema=./facts.schema.json\n")
    again = read_fact_sheet(text)
    assert again.sheet == loaded.sheet
    options = RenderOptions(format="md")
    if not loaded.incomplete():
        first = render_facts(loaded.sheet, schema, options).markdown
        assert render_facts(again.sheet, schema, options).markdown == first


def test_awkward_values_read_back_exactly() -> None:
    odd = '冒号: 引号" \\ 反斜杠\n换行\t制表 # 井号 {花括号} [方括号] - 减号 \u2028 null true 007'
    sheet = FactSheet(
        form="experience",
        region="船营区",
        theme=odd,
        header_style="numbered",
        dateline="本报讯",
        sections=[
            Section(
                topic="组织",
                header=odd,
                points=[odd, "第二条"],
                measures=["一条举措"],
                figures=[
                    Figure.model_validate({"item": odd, "value": 3, "unit": "名", "after": 2}),
                ],
            )
        ],
        byline=Byline(author="某人", reporters=["记者甲", odd], outlet="某报"),
    )
    text = sheet_yaml(sheet, load_schema())
    assert read_fact_sheet(text).sheet == sheet


def test_figures_keep_the_literal_typed() -> None:
    text = (ROOT / "examples" / "facts" / "船营区.yaml").read_text(encoding="utf-8")
    text = text.replace("value: 23,", "value: 12.50,")
    loaded = read_fact_sheet(text)
    written = sheet_yaml(loaded.sheet, load_schema())
    assert "value: 12.50," in written
    assert read_fact_sheet(written).sheet.sections[2].figures[1].value == "12.50"


def test_a_figures_parts_read_back_and_are_said_after_qizhong() -> None:
    text = (ROOT / "examples" / "facts" / "船营区.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "value: 23,",
        "value: 23, parts: [{item: “90后”, value: 12.50, unit: 名}, {item: 女干部, value: 7}],",
    )
    loaded = read_fact_sheet(text)
    figure = loaded.sheet.sections[2].figures[1]
    assert [(p.item, p.value, p.unit) for p in figure.parts] == [
        ("“90后”", "12.50", "名"),
        ("女干部", "7", ""),
    ]
    written = sheet_yaml(loaded.sheet, load_schema())
    assert read_fact_sheet(written).sheet == loaded.sheet
    markdown = render_facts(loaded.sheet, load_schema(), RenderOptions(format="md")).markdown
    assert "选派优秀年轻干部担任兴村干部23名，其中“90后”12.50名、女干部7" in markdown
