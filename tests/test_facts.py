"""Fact sheets: `new` writes one, `validate` reads it, broken ones are located and refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.facts import FactSheet
from drafter.facts.load import FactSheetError, read_fact_sheet
from drafter.facts.scaffold import default_topics, scaffold
from drafter.schema import load_schema
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
GOOD = "region: 船营区\ntheme: 示范建设\nsections:\n  - topic: 组织\n    points: [做法一]\n"

# (name, sheet text, expected line, expected column, words the message must contain)
BROKEN = [
    ("yaml syntax", 'region: "船营区\n', 2, 1, "引号"),
    ("tab indent", "region: 船营区\nlead:\n\twhen: 近日\n", 3, 1, "Tab"),
    ("colon in value", "region: 船营区\ntheme: 主题: 示范\n", 2, 10, "冒号"),
    ("unknown key", "region: 船营区\nsectons: []\n", 2, 1, "是不是“sections”"),
    ("unknown nested key", "region: 船营区\nlead:\n  whne: 近日\n", 3, 3, "是不是“when”"),
    ("missing region", "theme: 示范\n", 1, 1, "region：必填"),
    ("empty region", 'region: ""\n', 1, 9, "不能为空"),
    (
        "chinese numeral",
        GOOD + "    figures:\n      - {item: 干部, value: 二十三, unit: 名}\n",
        7,
        27,
        "阿拉伯数字",
    ),
    (
        "number as text",
        GOOD + '    figures:\n      - {item: 干部, value: "4", unit: 名}\n',
        7,
        27,
        "应为数字",
    ),
    ("figure without value", GOOD + "    figures:\n      - {item: 干部}\n", 7, 9, "value：必填"),
    ("impossible date", "region: 船营区\ndate: 2024-13-45\n", 2, 7, "日期不存在"),
    ("impossible chinese date", "region: 船营区\ndate: 2024年2月30日\n", 2, 7, "日期不存在"),
    ("date shape", "region: 船营区\ndate: 明天\n", 2, 7, "日期格式"),
    ("wrong form", "region: 船营区\nform: memo\n", 2, 7, "experience、speech"),
    ("sections not a list", "region: 船营区\nsections: 组织\n", 2, 11, "应为列表"),
    ("lead not a mapping", "region: 船营区\nlead: 近日\n", 2, 7, "键: 值"),
    ("number for text", "region: 123\n", 1, 9, "应为文字"),
    ("duplicate key", "region: 船营区\nregion: 昌邑区\n", 2, 1, "重复的键"),
    ("alias", "a: &x 船营区\nregion: *x\n", 2, 9, "别名"),
    ("alias bomb", 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\n', 2, 8, "别名"),
    ("object tag", "region: !!python/object/apply:os.system [ls]\n", 1, 9, "标签"),
    ("control character", "region: 船营区\ntheme: 示\x07范\n", 2, 9, "控制字符"),
    ("not a mapping", "- 船营区\n- 昌邑区\n", 1, 1, "键: 值"),
    ("empty file", "", 1, 1, "空的"),
    (
        "null list item",
        "region: 船营区\nsections:\n  - topic: 组织\n    points:\n      -\n",
        5,
        8,
        "应为文字",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "column", "words"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_broken_sheets_are_located(
    name: str, text: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(FactSheetError) as caught:
        read_fact_sheet(text, "f.yaml")
    first = caught.value.problems[0]
    assert (first.line, first.column) == (line, column), str(caught.value)
    assert words in str(caught.value)


def test_every_problem_is_reported_at_once() -> None:
    text = "region: 123\nsectons: []\ndate: 2024-13-45\nlead:\n  whne: x\n"
    with pytest.raises(FactSheetError) as caught:
        read_fact_sheet(text, "f.yaml")
    assert [p.path for p in caught.value.problems] == ["region", "sectons", "date", "lead.whne"]


def test_huge_file_is_refused() -> None:
    with pytest.raises(FactSheetError, match="过大"):
        read_fact_sheet("region: x\ntheme: " + "很" * 400_000 + "\n")


def test_template_syntax_is_plain_data() -> None:
    loaded = read_fact_sheet("region: '{{ 7*7 }}'\ntheme: '{% raw %}'\n")
    assert loaded.sheet.region == "{{ 7*7 }}"


@pytest.mark.parametrize("form", ["experience", "speech", "news", "commentary"])
def test_new_sheet_reads_back_and_lists_what_to_fill(form: str) -> None:
    schema = load_schema()
    text = scaffold("船营区", form, schema, default_topics(schema, form))
    loaded = read_fact_sheet(text)
    assert loaded.sheet.region == "船营区" and loaded.sheet.form == form
    missing = loaded.incomplete()
    assert missing and all(p.line for p in missing)
    assert any(p.path == "sections[0]" for p in missing)


def test_new_sheet_carries_schema_suggestions() -> None:
    schema = load_schema()
    text = scaffold("船营区", "experience", schema, ["人才", "治理"])
    assert "# 第 1 部分：人才" in text and "抓队伍建设，锻造乡村振兴“生力军”" in text
    assert "网格" in text  # a 治理 header from the corpus
    assert "{when}，{region}" in text  # a lead frame
    assert text.startswith("# yaml-language-server: $schema=./facts.schema.json")
    assert "# 例：- {item:" in text  # a real figure from the corpus as an example


def test_typical_sections_and_topics_per_form() -> None:
    schema = load_schema()
    assert len(default_topics(schema, "speech")) == 5
    experience = default_topics(schema, "experience")
    assert experience[0] == schema.forms["experience"].topics[0]
    assert len(experience) == schema.forms["experience"].sections.typical


def test_example_sheet_is_ready() -> None:
    loaded = read_fact_sheet(EXAMPLE.read_text(encoding="utf-8"))
    assert loaded.incomplete() == []
    assert loaded.sheet.sections[2].figures[0].value_text() == "4"


def test_shipped_json_schema_matches_the_model() -> None:
    shipped = json.loads((ROOT / "facts.schema.json").read_text(encoding="utf-8"))
    assert shipped == FactSheet.model_json_schema()


# --- the commands ----------------------------------------------------------------------------


def test_new_then_validate(tmp_path: Path) -> None:
    done = drafter("new", "--region", "船营区", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    sheet = tmp_path / "船营区.yaml"
    assert (tmp_path / "facts.schema.json").exists()
    unfilled = drafter("validate", sheet, cwd=tmp_path)
    assert unfilled.returncode == 2 and "还没填完" in unfilled.stderr
    assert "船营区.yaml:" in unfilled.stderr and "sections[0]" in unfilled.stderr
    text = sheet.read_text(encoding="utf-8")
    text = text.replace('theme: ""', "theme: 示范建设").replace('      - ""', "      - 做法")
    sheet.write_text(text, encoding="utf-8")
    ready = drafter("validate", sheet, cwd=tmp_path)
    assert ready.returncode == 0 and "检查通过" in ready.stderr


def test_new_never_overwrites(tmp_path: Path) -> None:
    sheet = tmp_path / "mine.yaml"
    sheet.write_text("region: 我写的\n", encoding="utf-8")
    refused = drafter("new", "--region", "船营区", "-o", sheet)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert sheet.read_text(encoding="utf-8") == "region: 我写的\n"
    assert drafter("new", "--region", "船营区", "-o", sheet, "--force").returncode == 0


def test_new_with_topics_and_bad_form(tmp_path: Path) -> None:
    out = tmp_path / "a.yaml"
    assert drafter("new", "--region", "某镇", "--topics", "产业，治理", "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").count("- topic:") == 2
    bad = drafter("new", "--region", "某镇", "--form", "memo", "-o", tmp_path / "b.yaml")
    assert bad.returncode == 2 and "文体" in bad.stderr


@pytest.mark.parametrize(
    ("name", "text", "line", "column", "words"), BROKEN[:6], ids=[b[0] for b in BROKEN[:6]]
)
def test_validate_command_exit_2_and_writes_nothing(
    tmp_path: Path, name: str, text: str, line: int, column: int, words: str
) -> None:
    sheet = tmp_path / "f.yaml"
    sheet.write_text(text, encoding="utf-8")
    done = drafter("validate", sheet, cwd=tmp_path)
    assert done.returncode == 2
    assert f"f.yaml:{line}:{column}" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.yaml"]


def test_a_figures_after_is_read_as_a_whole_number() -> None:
    from drafter.facts.load import read_fact_sheet

    text = (
        "form: experience\nregion: 某区\ntheme: 主题\nsections:\n  - points: [一, 二]\n"
        "    figures:\n      - {item: 甲, value: 1, unit: 个, after: 1}\n"
    )
    assert read_fact_sheet(text).sheet.sections[0].figures[0].after == 1


@pytest.mark.parametrize(
    ("change", "field", "said"),
    [
        (("form: experience", "form: news"), "byline.author", "新闻稿不署作者"),
        (
            ("form: experience", "form: experience\ndateline: 本报讯"),
            "dateline",
            "只有新闻稿才印电头",
        ),
        (
            ("organization: 中共吉林市船营区委组织部", "organization: 中共吉林市委组织部"),
            "organization",
            "落款只印一个单位",
        ),
        (
            ("  editor: 王元", "  editor: 王元\n  outlet: 某某日报"),
            "byline.outlet",
            "只有新闻稿才印",
        ),
    ],
    ids=["news-author", "experience-dateline", "unit-and-organization", "experience-outlet"],
)
def test_a_filled_field_the_draft_will_not_print_is_said(
    tmp_path: Path, change: tuple[str, str], field: str, said: str
) -> None:
    text = (ROOT / "examples" / "facts" / "船营区.yaml").read_text(encoding="utf-8")
    assert change[0] in text, change[0]
    sheet = tmp_path / "某县.yaml"
    sheet.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    shown = drafter("validate", sheet)
    assert shown.returncode == 0, shown.stderr
    warning = next(line for line in shown.stderr.splitlines() if line.startswith("提醒："))
    assert f"：{field}：" in warning and said in warning
    rendered = drafter("render", sheet, "-o", tmp_path / "稿.md", "--format", "md")
    assert said in rendered.stderr


@pytest.mark.parametrize(
    ("sections", "said"),
    [
        ("  - header: 班子\n    level: 2\n    points: [一条]\n", "第一部分不能是二级标题"),
        ("  - header: 班子\n    level: 3\n    points: [一条]\n", "sections[0].level"),
    ],
)
def test_a_sub_section_needs_a_section_above_it(sections: str, said: str) -> None:
    text = f"region: 某县\ntheme: 党建\nsections:\n{sections}"
    with pytest.raises(FactSheetError) as raised:
        read_fact_sheet(text)
    assert said in str(raised.value)


def test_a_quoted_whole_number_is_a_number_where_a_number_is_wanted() -> None:
    text = (
        'region: 某县\ntheme: 党建\nsections:\n  - header: 组织\n    points: [一条]\n'
        '  - header: 班子\n    level: "2"\n    points: [一条]\n'
        '    figures: [{item: 调整书记, value: 3, unit: 名, after: "1"}]\n'
    )
    sheet = read_fact_sheet(text).sheet
    assert sheet.sections[1].level == 2 and sheet.sections[1].figures[0].after == 1
