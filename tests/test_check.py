"""`drafter check` on drafts the way writers leave them: rendered by drafter, then edited.

Each rule is planted three ways into a fresh draft of a real fact sheet and must be found at
the right line (or paragraph) and character; a freshly rendered draft has no error at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.check import CheckOptions, check_draft
from drafter.clean import clean_file
from drafter.facts.load import load_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.schema import load_schema
from tests.conftest import CORPUS, ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
SHEETS = sorted((ROOT / "examples" / "facts").glob("*.yaml"))


def _markdown(sheet: Path = EXAMPLE) -> str:
    loaded = load_fact_sheet(sheet)
    return render_facts(loaded.sheet, load_schema(), RenderOptions(format="md"), sheet).markdown


def _check(tmp_path: Path, text: str, **options: object) -> list:
    draft = tmp_path / "稿子.md"
    draft.write_text(text, encoding="utf-8")
    return check_draft(draft, CheckOptions(facts=EXAMPLE, **options)).findings  # type: ignore[arg-type]


@pytest.mark.parametrize("sheet", SHEETS, ids=[s.stem for s in SHEETS])
def test_a_fresh_draft_has_no_error(tmp_path: Path, sheet: Path) -> None:
    draft = tmp_path / "稿子.md"
    draft.write_text(_markdown(sheet), encoding="utf-8")
    report = check_draft(draft, CheckOptions(facts=sheet))
    assert report.errors == 0, report.text()


def _line_col(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _pick(text: str, length: int, occurrence: int) -> str:
    """A run of Han characters from the draft's body, for planting edits."""
    import re

    body = [line for line in text.split("\n") if line and not line.startswith(("#", ":::"))]
    pattern = re.compile(f"[\u4e00-\u9fff]{{{length}}}")
    runs = [m.group() for line in body for m in pattern.finditer(line)]
    return runs[occurrence * 7 % len(runs)]


def _after(mark: str, occurrence: int, before: bool = False):
    """Plant `mark` after (or before) a run of the body; return the text and where it went."""

    def plant(text: str) -> tuple[str, int]:
        anchor = _pick(text, 4, occurrence)
        at = text.index(anchor)
        edited = text[:at] + (mark + anchor if before else anchor + mark) + text[at + len(anchor) :]
        return edited, at if before else at + len(anchor)

    return plant


def _swap(old: str, new: str):
    def plant(text: str) -> tuple[str, int]:
        start = text.index("\n\n") + 2  # after the title
        at = text.index(old, start)
        return text[:at] + new + text[at + len(old) :], at

    return plant


PLANTED = [
    *(
        ("遗留占位", _after(m, n))
        for n, m in enumerate(("【待补：event】", "{{ draft.lead }}", "“”"))
    ),
    *(("重复标点", _after(m, n)) for n, m in enumerate(("，，", "，。", "、、"))),
    *(("半角标点", _after(m, n)) for n, m in enumerate((",", ";", ":"))),
    *(("繁简", _swap(o, w)) for o, w in (("党", "黨"), ("发展", "發展"), ("组织", "組織"))),
    *(
        ("文风", _after(a, n, before=True))
        for n, a in enumerate(("继续持续", "进一步进一步", "不断持续"))
    ),
]


@pytest.mark.parametrize(
    ("rule", "plant"), PLANTED, ids=[f"{p[0]}-{i}" for i, p in enumerate(PLANTED)]
)
def test_planted_defects_are_found_where_they_are(tmp_path: Path, rule: str, plant: object) -> None:
    text, at = plant(_markdown())  # type: ignore[operator]
    findings = [f for f in _check(tmp_path, text) if f.rule == rule]
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    assert any(f.where.endswith(f":{line}:{column}") for f in findings), (
        [f.where for f in findings],
        (line, column),
    )


def test_a_changed_figure_and_a_deleted_point_are_found(tmp_path: Path) -> None:
    text = _markdown()
    changed = _edit(text, "副书记4名", "副书记5名")
    findings = _check(tmp_path, changed)
    unknown = [f for f in findings if f.rule == "事实数字"]
    line, column = _line_col(changed, "5名")
    assert [f.where for f in unknown] == [f"{tmp_path / '稿子.md'}:{line}:{column}"]
    assert any(f.rule == "事实缺失" and "4名" in f.message for f in findings)
    sheet = load_fact_sheet(EXAMPLE).sheet
    point = sheet.sections[0].points[0]
    without = "\n".join(line for line in text.split("\n") if point[:12] not in line)
    lost = [f for f in _check(tmp_path, without) if f.rule == "事实缺失"]
    assert any(point[:12] in f.message for f in lost)


def test_a_misspelt_region_is_named(tmp_path: Path) -> None:
    text = _markdown().replace("船营区", "船营县")
    names = [f for f in _check(tmp_path, text) if f.rule == "名称"]
    assert names and "船营区" in names[0].advice


def test_headers_that_are_not_parallel(tmp_path: Path) -> None:
    text = _markdown()
    headers = [line.split("**")[1] for line in text.split("\n") if line.startswith("**")]
    assert len(headers) >= 2
    uneven = _edit(text, headers[1], "抓好人才工作。")
    findings = [f for f in _check(tmp_path, uneven) if f.rule == "标题对仗"]
    line, _ = _line_col(uneven, "**抓好人才工作。**")
    assert any(f.where.split(":")[-2] == str(line) for f in findings), [f.where for f in findings]


def test_numbers_written_two_ways(tmp_path: Path) -> None:
    text = _markdown() + "\n共有二十3个村，培训二十三名党员。\n"
    findings = [f for f in _check(tmp_path, text, skip=["事实数字"]) if f.rule == "数字用法"]
    assert {f.text for f in findings} >= {"二十3", "二十三"}


def test_a_copied_paragraph_is_found_with_its_source(tmp_path: Path) -> None:
    seed = clean_file(CORPUS / "002_41f6191bd45bc140.txt").text.split("\n")
    copied = max(seed, key=len)[:120]
    text = _markdown() + "\n" + copied + "\n"
    findings = [f for f in _check(tmp_path, text, corpus=CORPUS) if f.rule == "查重"]
    spans = [f for f in findings if f.severity == "warning"]
    copied_at = [f for f in spans if "002_41f6191bd45bc140" in f.message]
    assert copied_at and copied_at[0].text[:20] in copied
    assert any(f.severity == "info" and "占全文" in f.message for f in findings)
    # The example sheet was written from seed 000: its own draft shares that seed's wording,
    # and nothing with seed 002.
    before = [f for f in _check(tmp_path, _markdown(), corpus=CORPUS) if f.rule == "查重"]
    assert not [f for f in before if "002_41f6191bd45bc140" in f.message]


def test_rules_can_be_skipped_and_listed(tmp_path: Path) -> None:
    text = _edit(_markdown(), "船营区", "船营区,")
    assert not [f for f in _check(tmp_path, text, skip=["半角标点"]) if f.rule == "半角标点"]
    listed = drafter("check", "--rules")
    assert listed.returncode == 0 and "半角标点" in listed.stdout and "查重" in listed.stdout


def test_command_exit_codes_and_json(tmp_path: Path) -> None:
    good = tmp_path / "好.md"
    good.write_text(_markdown(), encoding="utf-8")
    assert drafter("check", good, "--facts", EXAMPLE).returncode == 0
    bad = tmp_path / "坏.md"
    bad.write_text(_markdown().replace("船营区", "船营区【待补：event】", 1), encoding="utf-8")
    done = drafter("check", bad, "--json")
    assert done.returncode == 3
    data = json.loads(done.stdout)
    assert data["errors"] >= 1 and data["findings"][0]["rule"] == "遗留占位"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("稿子.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "另存为 .docx"),
        ("稿子.docx", b"PK\x03\x04 not really a zip", "不是"),
        ("稿子.docx", b"", "不是"),
        ("稿子.pdf", b"%PDF-1.4", "不认识"),
    ],
)
def test_bad_drafts_are_user_errors(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    draft = tmp_path / name
    draft.write_bytes(content)
    done = drafter("check", draft)
    assert done.returncode == 2 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_broken_fact_sheet_is_a_user_error(tmp_path: Path) -> None:
    draft = tmp_path / "稿子.md"
    draft.write_text(_markdown(), encoding="utf-8")
    sheet = tmp_path / "坏.yaml"
    sheet.write_text("region: 船营区\ndate：2026\n", encoding="utf-8")
    done = drafter("check", draft, "--facts", sheet)
    assert done.returncode == 2 and "中文冒号" in done.stderr


# ---- DOCX: edited with python-docx the way a writer edits in Word -----------------------


def _docx(tmp_path: Path) -> Path:
    from drafter.render import render_file

    target = tmp_path / "稿子.docx"
    render_file(EXAMPLE, target, load_schema(), RenderOptions())
    return target


def _body_paragraphs(document: object) -> list:
    return [p for p in document.paragraphs if p.text.strip()]  # type: ignore[attr-defined]


def _edit_docx(path: Path, change: object) -> tuple[int, int]:
    """Apply `change(paragraphs)` → (paragraph index, char offset) it touched; save in place."""
    from docx import Document

    document = Document(str(path))
    where = change(_body_paragraphs(document))  # type: ignore[operator]
    document.save(str(path))
    return where


def _replace_in_run(paragraph: object, old: str, new: str) -> int:
    for run in paragraph.runs:  # type: ignore[attr-defined]
        if old in run.text:
            before = paragraph.text  # type: ignore[attr-defined]
            run.text = run.text.replace(old, new, 1)
            return before.index(old)
    raise AssertionError(old)


def _first_with(paragraphs: list, text: str) -> int:
    return next(i for i, p in enumerate(paragraphs) if text in p.text)


DOCX_EDITS = {
    "事实数字": lambda ps: (
        (i := _first_with(ps, "副书记4名")),
        _replace_in_run(ps[i], "副书记4名", "副书记6名") + 3,
    ),
    "半角标点": lambda ps: ((i := 3), _replace_in_run(ps[i], "，", ",")),
    "繁简": lambda ps: ((i := _first_with(ps, "党建")), _replace_in_run(ps[i], "党建", "黨建")),
    "遗留占位": lambda ps: (
        (i := len(ps) - 3),
        len(ps[i].text) + 0 * len(ps[i].add_run("【待补：pledge】").text),
    ),
}


@pytest.mark.parametrize("rule", list(DOCX_EDITS))
def test_docx_edits_are_found_at_paragraph_and_character(tmp_path: Path, rule: str) -> None:
    draft = _docx(tmp_path)
    index, offset = _edit_docx(draft, DOCX_EDITS[rule])
    report = check_draft(draft, CheckOptions(facts=EXAMPLE))
    expected = f"{draft}:第{index + 1}段:第{offset + 1}字"
    assert any(f.rule == rule and f.where == expected for f in report.findings), [
        (f.rule, f.where) for f in report.findings
    ]


def test_a_fresh_docx_passes_and_lost_format_is_caught(tmp_path: Path) -> None:
    from docx import Document
    from docx.shared import Mm, Pt

    draft = _docx(tmp_path)
    assert check_draft(draft, CheckOptions(facts=EXAMPLE)).errors == 0
    document = Document(str(draft))
    document.sections[0].left_margin = Mm(31.8)  # WPS's default
    document.styles["Normal"].paragraph_format.line_spacing = 1.5
    document.save(str(draft))
    layout = [f for f in check_draft(draft).findings if f.rule == "版式"]
    messages = " ".join(f.message for f in layout)
    assert "左边距" in messages and "行距" in messages, messages
    document.styles["Normal"].paragraph_format.line_spacing = Pt(28.95)


# ---- three planted cases for each remaining rule -----------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("副书记4名", "副书记5名"),
        ("兴村干部23名", "兴村干部32名"),
        ("原太平乡12个村", "原太平乡13个村"),
    ],
)
def test_changed_numbers_are_found(tmp_path: Path, old: str, new: str) -> None:
    text = _edit(_markdown(), old, new)
    found = [f for f in _check(tmp_path, text) if f.rule == "事实数字"]
    line, column = _line_col(text, new)
    digits = next(i for i, c in enumerate(new) if c.isdigit())
    assert [f.where for f in found] == [f"{tmp_path / '稿子.md'}:{line}:{column + digits}"]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_deleted_points_are_found(tmp_path: Path, index: int) -> None:
    sheet = load_fact_sheet(EXAMPLE).sheet
    point = [p for s in sheet.sections for p in s.points][index]
    text = _edit(_markdown(), point, "")
    lost = [f for f in _check(tmp_path, text) if f.rule == "事实缺失"]
    assert any(point[:12] in f.message for f in lost), [f.message for f in lost]


@pytest.mark.parametrize(
    ("old", "new"), [("船营区", "船营县"), ("吉林市", "吉林县"), ("船营区委", "船营县委")]
)
def test_misspelt_names_are_found(tmp_path: Path, old: str, new: str) -> None:
    text = _markdown().replace(old, new)
    assert any(f.rule == "名称" for f in _check(tmp_path, text))


@pytest.mark.parametrize(
    "header", ["抓好人才工作", "注重制度建设，聚焦重点抓落实，强化保障促提升", "人才"]
)
def test_non_parallel_headers_are_found(tmp_path: Path, header: str) -> None:
    text = _markdown()
    second = [line.split("**")[1] for line in text.split("\n") if line.startswith("**")][1]
    uneven = _edit(text, second, header + "。")
    found = [f for f in _check(tmp_path, uneven) if f.rule == "标题对仗"]
    line, _ = _line_col(uneven, f"**{header}。**")
    assert any(f.where.split(":")[-2] == str(line) for f in found)


@pytest.mark.parametrize(
    "extra",
    ["共有二十3个村。", "培训二十三名党员。", "总收入12,345万元，其中12345万元来自集体经济。"],
)
def test_number_usage_is_found(tmp_path: Path, extra: str) -> None:
    findings = _check(tmp_path, _markdown() + "\n" + extra + "\n", skip=["事实数字"])
    assert any(f.rule == "数字用法" for f in findings)


@pytest.mark.parametrize(
    "seed", ["002_41f6191bd45bc140", "003_2a3c1398cfc30887", "004_e329d1762aa92e7f"]
)
def test_copied_paragraphs_are_found_with_their_source(tmp_path: Path, seed: str) -> None:
    copied = max(clean_file(CORPUS / f"{seed}.txt").text.split("\n"), key=len)[:80]
    text = _markdown() + "\n" + copied + "\n"
    spans = [f for f in _check(tmp_path, text, corpus=CORPUS) if f.rule == "查重"]
    assert any(seed in f.message for f in spans), [f.message for f in spans]


@pytest.mark.parametrize("layout", ["margin", "spacing", "font"])
def test_lost_house_format_is_found(tmp_path: Path, layout: str) -> None:
    from docx import Document
    from docx.shared import Mm

    draft = _docx(tmp_path)
    document = Document(str(draft))
    if layout == "margin":
        document.sections[0].top_margin = Mm(25.4)
    elif layout == "spacing":
        document.styles["Normal"].paragraph_format.line_spacing = 1.5
    else:
        for fonts in document.styles.element.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts"
        ):
            fonts.set(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体"
            )
    document.save(str(draft))
    assert [f for f in check_draft(draft).findings if f.rule == "版式"]


@pytest.mark.parametrize("mark", ["【待补：pledge】", "None", "“”"])
def test_leftovers_in_the_closing_are_found(tmp_path: Path, mark: str) -> None:
    text = _markdown().replace("责任编辑：王元", f"我们将继续努力{mark}。\n\n责任编辑：王元")
    assert any(f.rule == "遗留占位" and f.text == mark for f in _check(tmp_path, text))


@pytest.mark.parametrize("sheet", sorted((ROOT / "tests" / "sheets" / "real").glob("*.yaml")))
def test_drafts_of_real_sheets_have_no_error(tmp_path: Path, sheet: Path) -> None:
    draft = tmp_path / "稿子.md"
    draft.write_text(_markdown(sheet), encoding="utf-8")
    report = check_draft(draft, CheckOptions(facts=sheet))
    assert report.errors == 0, report.text()


def test_a_lost_share_of_a_figure_is_found(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "value: 23,", "value: 23, parts: [{item: 女干部, value: 9, unit: 名}],"
    )
    sheet = tmp_path / "事实表.yaml"
    sheet.write_text(text, encoding="utf-8")
    loaded = load_fact_sheet(sheet)
    markdown = render_facts(loaded.sheet, load_schema(), RenderOptions(format="md")).markdown
    assert "其中女干部9名" in markdown
    draft = tmp_path / "稿子.md"
    draft.write_text(markdown.replace("，其中女干部9名", ""), encoding="utf-8")
    findings = check_draft(draft, CheckOptions(facts=sheet)).findings
    assert any(f.rule == "事实缺失" and "女干部9名" in f.message for f in findings)


@pytest.mark.parametrize(("said", "found"), [("三个方面", False), ("两个方面", True)])
def test_the_lead_announces_as_many_parts_as_there_are(
    tmp_path: Path, said: str, found: bool
) -> None:
    text = _markdown()
    lead = "对示范区、示范带、示范点创建工作进行全面安排部署。"
    announced = _edit(text, lead, f"从{said}对示范区、示范带、示范点创建工作进行全面安排部署。")
    findings = [f for f in _check(tmp_path, announced) if f.rule == "前后呼应"]
    assert bool(findings) == found
    if found:
        line = announced.count("\n", 0, announced.index(said)) + 1
        assert findings[0].where.endswith(
            f":{line}:{announced.splitlines()[line - 1].index(said) + 1}"
        )
        assert "正文有 3 个一级标题" in findings[0].message
