"""Drafts from fact sheets: what the writer gave is all there, and nothing else is."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import UserError
from drafter.facts.load import read_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.render.compose import fill_frame
from drafter.schema import Frame, Schema, load_schema
from drafter.text.chars import HAN
from drafter.text.script import tables
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
SCHEMA = load_schema()


def sheet(text: str = ""):
    return read_fact_sheet(text or EXAMPLE.read_text(encoding="utf-8")).sheet


def docx_text(content: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(content))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.fixture(scope="module")
def example() -> tuple[object, str, str]:
    facts = sheet()
    markdown = render_facts(facts, SCHEMA, RenderOptions(format="md")).markdown
    docx = docx_text(render_facts(facts, SCHEMA, RenderOptions()).content)
    return facts, markdown, docx


def test_every_point_and_figure_is_in_both_outputs(example) -> None:
    facts, markdown, docx = example
    for section in facts.sections:
        for point in section.points:
            assert point in markdown and point in docx
        for figure in section.figures:
            phrase = f"{figure.item}{figure.value_text()}{figure.unit}"
            assert phrase in markdown and phrase in docx


def test_no_number_the_facts_do_not_hold(example) -> None:
    _facts, markdown, docx = example
    allowed = set(re.findall(r"\d+", EXAMPLE.read_text(encoding="utf-8")))
    for text in (markdown, docx):
        assert set(re.findall(r"\d+", text)) <= allowed


def test_no_template_leftovers_or_bad_punctuation(example) -> None:
    _, markdown, docx = example
    for text in (markdown, docx):
        for leftover in ("{{", "{%", "None", "“”", "{", "【待补"):
            assert leftover not in text
        assert not re.search(rf"[{HAN}][,;:?!()]|[,;:?!()][{HAN}]", text)
        assert tables().traditional.findall(text) == []


def test_structure_of_the_experience_draft(example) -> None:
    _, markdown, docx = example
    assert markdown.startswith("# 船营区：基层党建引领乡村振兴示范建设\n")
    assert "**注重目标导向，聚焦党建促发展。**经过多轮调研" in markdown
    assert "为深入贯彻落实乡村振兴战略，进一步强化党建引领带动作用，近日，吉林市船营区召开" in docx
    assert docx.rstrip().endswith("中共吉林市船营区委组织部\n2026年11月20日\n责任编辑：王元")


def test_headers_come_from_the_schema_without_repeats_or_foreign_particulars() -> None:
    text = "region: 某镇\ntheme: 党建\nsections:\n" + "".join(
        f"  - topic: {topic}\n    points: [做法]\n" for topic in ("治理", "治理", "治理", "组织")
    )
    draft = render_facts(sheet(text), SCHEMA, RenderOptions(format="md")).draft
    headers = [s.header for s in draft.sections]
    assert all(headers) and len(set(headers)) == 4
    assert not any(re.search(r"\d|罗庄|船营|大观", h) for h in headers)


def test_frame_clauses_without_facts_are_left_out() -> None:
    todo: list[str] = []
    frame = "为深入贯彻落实{policy}，进一步{aim}，{when}，{region}{event}，{outcome}。"
    text = fill_frame(
        frame,
        {
            "region": "某镇",
            "policy": "",
            "aim": "",
            "when": "近日",
            "event": "召开会议",
            "outcome": "",
        },
        todo,
    )
    assert text == "近日，某镇召开会议。" and todo == []
    marked = fill_frame("{when}，{region}发布{report}。", {"region": "某镇", "when": "近日"}, todo)
    assert marked == "近日，某镇发布【待补：report】。" and todo == ["report"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("今年雨量丰沛，尖椒长势喜人", "今年雨量丰沛，尖椒长势喜人。"),  # her time, said once
        ("2023年建成合作社3家", "2023年建成合作社3家。"),
        ("尖椒长势喜人", "如今，尖椒长势喜人。"),
        ("今非昔比的村容村貌", "如今，今非昔比的村容村貌。"),  # 今 alone is no time
    ],
)
def test_a_frames_time_goes_when_her_words_say_when(value: str, expected: str) -> None:
    assert fill_frame("如今，{outcome}。", {"outcome": value}, []) == expected


@pytest.mark.parametrize(
    ("frame", "value", "expected"),
    [
        ("我们将继续{pledge}。", "持续深化改革", "我们将持续深化改革。"),
        ("进一步{aim}。", "充分发挥“党建+”引领作用", "充分发挥“党建+”引领作用。"),
        ("进一步{aim}。", "发挥引领作用", "进一步发挥引领作用。"),
    ],
)
def test_an_adverb_her_words_begin_with_is_not_said_twice(
    frame: str, value: str, expected: str
) -> None:
    name = frame[frame.index("{") + 1 : frame.index("}")]
    assert fill_frame(frame, {name: value}, []) == expected


def _news_lead(lead: str, *frames: Frame) -> str:
    """The lead of a news item whose lead facts are `lead` (YAML lines), drafted with only
    `frames` to choose from."""
    text = f"form: news\nregion: 某县\ntheme: 乡村振兴\nlead:\n{lead}"
    text += "sections:\n  - points: [有事。]\n"
    schema = Schema.from_yaml(SCHEMA.to_yaml())
    schema.leads = list(frames)
    return render_facts(sheet(text), schema, RenderOptions(format="md")).draft.lead


def test_an_aim_that_says_how_follows_what_was_done() -> None:
    from drafter.render.compose import _with_purpose

    facts = "  when: 12月29日\n  event: 录制专题访谈\n  aim: 通过学习身边典型，谋划新路径\n"
    lead = _news_lead(facts, Frame("{when}，{region}{event}。", "news", 1, ["a.txt"]))
    assert lead == "12月29日，某县录制专题访谈，通过学习身边典型，谋划新路径。"
    assert _with_purpose("某县录制访谈。", "谋划新路径", "") == "为谋划新路径，某县录制访谈。"
    # a text of time and purpose phrases only: the purpose ends its sentence, before the stop
    made = _with_purpose("为某县建设再添新光彩。", "促进增收", "")
    assert made == "为某县建设再添新光彩，为促进增收。"


def test_a_lead_frame_that_would_leave_her_approach_without_a_subject_is_not_chosen() -> None:
    frames = (
        Frame("{when}，{approach}，{region}{event}。", "news", 9, ["a.txt"]),
        Frame("{when}，{region}{event}，{approach}。", "news", 1, ["b.txt"]),
    )
    facts = "  when: 10月16日\n  event: 举行决赛\n  approach: 充分发挥党建引领作用\n"
    assert _news_lead(facts, *frames) == "10月16日，某县举行决赛，充分发挥党建引领作用。"
    means = facts.replace("充分发挥党建引领作用", "以党建为引领")  # says how: it may go first
    assert _news_lead(means, *frames) == "10月16日，以党建为引领，某县举行决赛。"


def test_speech_has_numbered_headers_and_measures() -> None:
    text = (
        "form: speech\nregion: 某区\ntheme: 抓党建促乡村振兴\nsections:\n"
        "  - topic: 组织\n    points: [坚持党建引领。]\n    measures: [抓班子, 带队伍]\n"
        "  - topic: 人才\n    measures: [引人才]\n"
        "closing:\n  summary: 党建引领是根本保证\n  pledge: 深化改革\n"
    )
    markdown = render_facts(sheet(text), SCHEMA, RenderOptions(format="md")).markdown
    assert markdown.startswith("# 交流发言：某区抓党建促乡村振兴")
    assert "## 一、" in markdown and "## 二、" in markdown
    assert "一是抓班子；二是带队伍。" in markdown
    assert "总之，党建引领是根本保证。我们将继续深化改革。" in markdown


def test_a_figure_without_after_ends_its_section_after_the_measures() -> None:
    text = (
        "form: speech\nregion: 某区\ntheme: 抓党建促乡村振兴\nsections:\n"
        "  - topic: 产业\n    opening: 无\n    points: [坚持产业兴村。]\n"
        "    measures: [建基地, 强集体经济]\n"
        "    figures: [{item: 村均集体经济收入达到, value: 20.35, unit: 万元}, "
        "{item: 建成基地, value: 3, unit: 个, after: 1}]\n"
    )
    paragraphs = render_facts(sheet(text), SCHEMA, RenderOptions(format="md")).draft.sections[0]
    assert paragraphs.paragraphs == [
        "坚持产业兴村。建成基地3个。",
        "一是建基地；二是强集体经济。村均集体经济收入达到20.35万元。",
    ]


def test_news_has_dateline_paragraphs_and_reporters() -> None:
    text = (
        "form: news\nregion: 某区\ntheme: 召开推进会\ndateline: 本报讯\n"
        "lead:\n  when: 近日\n  event: 召开抓党建促乡村振兴推进会\n"
        "sections:\n  - points: [会议指出，要坚持问题导向。]\n"
        "byline:\n  outlet: 某某融媒\n  reporters: [张三, 李四]\n  correspondents: [王五]\n"
    )
    markdown = render_facts(sheet(text), SCHEMA, RenderOptions(format="md")).markdown
    assert "\n本报讯（记者 张三 李四 通讯员 王五）近日，某区召开" in markdown
    assert "##" not in markdown
    assert markdown.count("张三") == 1  # the dateline names the reporters; no credit line again


@pytest.mark.parametrize(("variant", "expected"), [("zh-TW", "鄉村振興"), ("zh-HK", "鄉村振興")])
def test_variants(variant: str, expected: str) -> None:
    rendered = render_facts(sheet(), SCHEMA, RenderOptions(variant=variant))
    assert expected in docx_text(rendered.content)


def test_docx_carries_the_house_format() -> None:
    from docx import Document

    content = render_facts(sheet(), SCHEMA, RenderOptions()).content
    document = Document(io.BytesIO(content))
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    margins = (section.top_margin, section.left_margin, section.right_margin, section.bottom_margin)
    assert [m.twips for m in margins] == [2098, 1588, 1474, 1984]
    styles = document.styles.element.xml
    assert 'w:eastAsia="仿宋_GB2312"' in styles and 'w:eastAsia="zh-CN"' in styles
    assert "Theme=" not in styles
    assert 'w:line="579"' in styles and 'w:lineRule="exact"' in styles
    assert document.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        assert "PAGE" in footer._element.xml and "— " in footer.paragraphs[0].text
    assert section.footer.paragraphs[0].alignment == 2  # right on odd pages
    assert section.even_page_footer.paragraphs[0].alignment == 0  # left on even pages


def test_windows_font_profile() -> None:
    from docx import Document

    content = render_facts(sheet(), SCHEMA, RenderOptions(fonts="windows")).content
    styles = Document(io.BytesIO(content)).styles.element.xml
    assert 'w:eastAsia="仿宋"' in styles and "GB2312" not in styles


def test_reference_docx_keeps_its_styles_and_page(tmp_path: Path) -> None:
    from docx import Document
    from docx.shared import Pt, Twips

    reference = Document()
    reference.styles["Normal"].font.size = Pt(12)
    reference.sections[0].left_margin = Twips(1000)
    reference.add_paragraph("信纸上的旧内容")
    path = tmp_path / "letterhead.docx"
    reference.save(str(path))
    content = render_facts(sheet(), SCHEMA, RenderOptions(reference=path)).content
    document = Document(io.BytesIO(content))
    assert document.sections[0].left_margin.twips == 1000
    assert document.styles["Normal"].font.size == Pt(12)
    assert "信纸上的旧内容" not in docx_text(content)


def test_user_templates_and_template_errors(tmp_path: Path) -> None:
    (tmp_path / "experience.md.j2").write_text(
        "# {{ draft.title }}\n\n自定义模板\n", encoding="utf-8"
    )
    markdown = render_facts(
        sheet(), SCHEMA, RenderOptions(format="md", templates=tmp_path)
    ).markdown
    assert markdown == "# 船营区：基层党建引领乡村振兴示范建设\n\n自定义模板\n"
    (tmp_path / "experience.md.j2").write_text("第一行\n{{ draft.nothing }}\n", encoding="utf-8")
    with pytest.raises(UserError, match="模板"):
        render_facts(sheet(), SCHEMA, RenderOptions(format="md", templates=tmp_path))
    (tmp_path / "experience.md.j2").write_text("{{ draft.title + 1 }}\n", encoding="utf-8")
    with pytest.raises(UserError, match="模板运行出错"):
        render_facts(sheet(), SCHEMA, RenderOptions(format="md", templates=tmp_path))
    (tmp_path / "experience.md.j2").write_text("第一行\n{% if %}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        render_facts(sheet(), SCHEMA, RenderOptions(format="md", templates=tmp_path))
    assert caught.value.location.line == 2


def test_a_reference_that_is_not_a_docx_is_a_user_error(tmp_path: Path) -> None:
    fake = tmp_path / "信纸.docx"
    fake.write_text("not a word document", encoding="utf-8")
    with pytest.raises(UserError, match="不是 Word 文档"):
        render_facts(sheet(), SCHEMA, RenderOptions(reference=fake))


def test_speech_title_names_the_region_once() -> None:
    text = "form: speech\nregion: 某区\ntheme: 某区抓党建促振兴\nsections:\n  - points: [做法]\n"
    draft = render_facts(sheet(text), SCHEMA, RenderOptions(format="md")).draft
    assert draft.title == "交流发言：某区抓党建促振兴"


def test_template_syntax_in_facts_is_text() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "- 以培育地方产业", "- '{{ 7*7 }}{% raw %}*星号* # 井号'\n      - 以培育地方产业"
    )
    rendered = render_facts(sheet(text), SCHEMA, RenderOptions())
    assert "{{ 7*7 }}{% raw %}*星号* # 井号" in docx_text(rendered.content)


def test_characters_xml_cannot_hold_are_a_located_error() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("- 以培育", '- "以培\\x0b育')
    text = text.replace("统筹推进城乡融合发展。\n", '统筹推进城乡融合发展。"\n', 1)
    with pytest.raises(UserError, match="U\\+000B"):
        render_facts(sheet(text), SCHEMA, RenderOptions(), "f.yaml")


_POINT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(point=_POINT, name=_POINT)
def test_any_text_gives_a_valid_docx_or_a_located_error(point: str, name: str) -> None:
    from drafter.facts import FactSheet

    facts = FactSheet.model_validate(
        {"region": name, "theme": "主题", "sections": [{"topic": "组织", "points": [point]}]}
    )
    try:
        content = render_facts(facts, SCHEMA, RenderOptions()).content
    except UserError as error:
        assert "不能保存的字符" in str(error)
        return

    # Marks in Chinese text are widened (as `clean` does) and ends are trimmed; all else stays.
    def squash(text: str) -> str:
        return re.sub(r"[\s,;:?!()\"，；：？！（）“”…。.]", "", text)

    assert squash(facts.sections[0].points[0]) in squash(docx_text(content))


# --- the command -----------------------------------------------------------------------------


def test_render_command_writes_docx_and_refuses_to_overwrite(tmp_path: Path) -> None:
    facts = tmp_path / "船营区.yaml"
    shutil.copy(EXAMPLE, facts)
    done = drafter("render", facts)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "船营区.docx"
    assert "船营区：基层党建" in docx_text(out.read_bytes())
    again = drafter("render", facts)
    assert again.returncode == 2 and "--force" in again.stderr
    md = drafter("render", facts, "--format", "md", "-o", tmp_path / "draft.md")
    assert md.returncode == 0 and (tmp_path / "draft.md").read_text(encoding="utf-8").startswith(
        "# "
    )


def test_render_a_directory_of_sheets(tmp_path: Path) -> None:
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    for name in ("甲镇", "乙镇", "丙镇"):
        text = EXAMPLE.read_text(encoding="utf-8").replace("region: 船营区", f"region: {name}")
        (sheets / f"{name}.yaml").write_text(text, encoding="utf-8")
    (sheets / "未填.yaml").write_text("region: 丁镇\n", encoding="utf-8")
    done = drafter("render", sheets, "-o", tmp_path / "out")
    assert done.returncode == 2 and "未填.yaml" in done.stderr and "还没填完" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "丙镇.docx",
        "乙镇.docx",
        "甲镇.docx",
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_page(tmp_path: Path) -> None:
    docx = tmp_path / "draft.docx"
    docx.write_bytes(render_facts(sheet(), SCHEMA, RenderOptions()).content)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "draft.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    assert "船营区：基层党建引领乡村振兴示范建设" in flat
    assert "选派干部脱岗担任联村党委书记、副书记4名" in flat
    assert "—1—" in flat


def test_a_batch_in_worker_processes_says_and_writes_what_one_process_does(tmp_path: Path) -> None:
    import zipfile

    from drafter.render import render_files

    sheets = tmp_path / "sheets"
    sheets.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(60):
        (sheets / f"{number:02}.yaml").write_text(text.replace("船营区", f"第{number}区"), "utf-8")
    (sheets / "17.yaml").write_text("region: [", encoding="utf-8")  # one broken sheet
    pairs = sorted(sheets.glob("*.yaml"))
    said = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        out.mkdir()
        (out / "05.docx").write_bytes(b"hers")  # one target already there
        drafted = list(
            render_files(
                [(p, out / f"{p.stem}.docx") for p in pairs], SCHEMA, RenderOptions(), jobs=jobs
            )
        )
        said[jobs] = [
            (d.sheet.name, d.target.name, d.todo, d.notes, (d.problem or "").replace(str(out), ""))
            for d in drafted
        ]
        assert (out / "05.docx").read_bytes() == b"hers"
    assert said[1] == said[2]
    assert [name for name, *_, problem in said[1] if problem] == ["05.yaml", "17.yaml"]
    for name in ("00.docx", "42.docx"):
        one, two = (zipfile.ZipFile(tmp_path / f"out{j}" / name) for j in (1, 2))
        assert one.read("word/document.xml") == two.read("word/document.xml")


def test_the_notes_name_the_article_each_frame_came_from() -> None:
    facts = sheet()
    facts.lead.frame = ""
    facts.closing.frame = ""
    facts.closing.pledge = "持续深化党建引领乡村振兴"
    # a thesis `new` wrote into her sheet over one section, the corpus's over another
    theses = [f for f in SCHEMA.section_frames if f.role == "opening"]
    facts.sections[0].opening = theses[-1].text
    notes = render_facts(facts, SCHEMA, RenderOptions(format="md")).draft.notes
    frames = (*SCHEMA.leads, *SCHEMA.closings, *SCHEMA.section_frames)
    sources = {source for frame in frames for source in frame.sources}
    said = [note for note in notes if "框架取自范文" in note]
    assert [note[:2] for note in said if not note.startswith("第")] == ["导语", "结尾"]
    assert any("部分开头的论述句" in note for note in said)
    assert all(any(source in note for source in sources) for note in said)
    facts.lead.frame = "{region}召开会议。"  # her own frame has no source to name
    notes = render_facts(facts, SCHEMA, RenderOptions(format="md")).draft.notes
    assert not any(note.startswith("导语框架取自") for note in notes)
    # what her frame has no slot for is still said, so the note and the lead agree
    assert any(note.startswith("导语框架没有位置的 lead.") for note in notes)


LEVELS = """form: report
region: 某县
theme: 农村基层党建
header_style: {style}
sections:
  - header: 基本情况
    points: ["全县共有村党组织120个。"]
  - header: 组织建设
    level: 2
    points: ["调整村党组织书记23名。"]
  - header: 人才队伍
    level: 2
    points: ["回引在外优秀人才96名。"]
  - header: 存在的问题
    points: ["一些村党组织书记年龄偏大。"]
  - header: 班子结构
    level: 2
    points: ["年龄结构偏大。"]
"""


def test_sub_sections_are_numbered_from_yi_under_each_section() -> None:
    numbered = sheet(LEVELS.format(style="numbered"))
    markdown = render_facts(numbered, SCHEMA, RenderOptions(format="md")).markdown
    headers = [line for line in markdown.splitlines() if line.startswith("#")][1:]
    assert headers == [
        "## 一、基本情况",
        "### （一）组织建设",
        "### （二）人才队伍",
        "## 二、存在的问题",
        "### （一）班子结构",
    ]
    from docx import Document

    document = Document(io.BytesIO(render_facts(numbered, SCHEMA, RenderOptions()).content))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["（一）组织建设"] == styles["（一）班子结构"] == "Heading 2"
    assert styles["一、基本情况"] == "Heading 1"
    sentence = sheet(LEVELS.format(style="sentence"))
    markdown = render_facts(sentence, SCHEMA, RenderOptions(format="md")).markdown
    assert "**（二）人才队伍。**回引在外优秀人才96名。" in markdown
    assert "**存在的问题。**一些村党组织书记年龄偏大。" in markdown


def test_a_damaged_template_cache_means_compiling_again(tmp_path: Path) -> None:
    import os
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "drafter", "render", str(EXAMPLE), "--format", "md"]
    first = subprocess.run([*command, "-o", str(tmp_path / "a.md")], env=env, capture_output=True)
    assert first.returncode == 0, first.stderr.decode()
    cached = list((tmp_path / "cache").rglob("*.cache"))
    assert cached, "no compiled template was kept"
    for path in cached:  # cut short, as a disk error or a copy gone wrong leaves them
        path.write_bytes(path.read_bytes()[:20])
    again = subprocess.run([*command, "-o", str(tmp_path / "b.md")], env=env, capture_output=True)
    assert again.returncode == 0, again.stderr.decode()
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "b.md").read_bytes()
