"""`drafter render` under attack: user templates that never end, characters Word cannot store,
hostile reference documents, and the DOCX's own properties. Each ends promptly in a located
UserError (exit 2), never a hang, a traceback or a corrupt file."""

from __future__ import annotations

import copy
import io
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drafter.errors import UserError
from drafter.facts.load import read_fact_sheet
from drafter.render import RenderOptions, render_facts, render_file
from drafter.schema import load_schema
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
SCHEMA = load_schema()
PROMPTLY = 2.0  # seconds a refused render may take


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def sheet(text: str = ""):
    return read_fact_sheet(text or example_text()).sheet


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail, rather than hang, when the code under test does not stop by itself."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows: elapsed time is checked
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"did not stop within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def refused(options: RenderOptions, facts: object = None, seconds: float = PROMPTLY) -> UserError:
    """The UserError a render ends in, within `seconds`."""
    started = time.monotonic()
    with deadline(seconds + 3), pytest.raises(UserError) as caught:
        render_facts(facts or sheet(), SCHEMA, options)
    assert time.monotonic() - started < seconds
    return caught.value


# --- 1. user templates are bounded -----------------------------------------------------------

_TWO_LINES = "第一行\n{{ draft.title }}\n"  # the attack is on line 3
_BIG = "{% set s = 'x' * 1000000 %}"

TEMPLATE_ATTACKS = [
    # (id, line 3 of experience.md.j2, words of the message, line reported)
    (
        "nested-loops",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "步",
        3,
    ),
    (
        "loops-over-a-long-string",
        _BIG + "{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
        "步",
        3,
    ),
    ("recursive-macro", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "递归", 3),
    ("recursive-loop", "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", "递归", 3),
    (
        "exploding-recursive-loop",
        "{% for x in range(1000) recursive %}{{ loop(range(1000)) }}{% endfor %}",
        "已停止",  # too deep, or too many steps: whichever comes first
        3,
    ),
    ("includes-itself", "{% include 'experience.md.j2' %}", "递归", 3),
    ("huge-repeat", "{{ 'x' * 10**9 }}", "过大", 3),
    ("huge-power", "{{ 2 ** 10000000 }}", "数字过大", 3),
    (
        "squaring-in-a-loop",
        "{% set ns = namespace(n=10) %}"
        "{% for i in range(20) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
        "数字过大",
        3,
    ),
    # the output's bound, or on a slow machine the time's: either way it stops
    ("draft-in-a-loop", "{% for i in range(100000) %}{{ draft }}{% endfor %}", "已停止", 3),
    ("long-output", _BIG + "{% for i in range(100000) %}{{ s }}{% endfor %}", "400 万字", 3),
    (
        "set-block-in-a-loop",
        _BIG + "{% set t %}{% for i in range(100000) %}{{ s }}{% endfor %}{% endset %}",
        "set 块",
        3,
    ),
    (
        "macro-of-static-text",
        "{% macro m() %}{% for i in range(100000) %}" + "文" * 30000 + "{% endfor %}{% endmacro %}"
        "{% set x = m() %}",
        "宏或 set 块",
        3,
    ),
    (
        "doubling-with-tilde",
        "{% set ns = namespace(s='x') %}"
        "{% for i in range(24) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "过大",
        3,
    ),
    (
        "doubling-with-plus",
        "{% set ns = namespace(s='x') %}"
        "{% for i in range(24) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "过大",
        3,
    ),
    ("a-list-of-big-strings", _BIG + "{{ [s, s, s, s, s] }}", "过大", 3),
    ("a-list-times-many", "{{ [draft] * 100000 }}", "过大", 3),
    ("percent-width", "{{ '%999999999d' % 1 }}", "格式宽度", 3),
    ("format-width", "{{ '{:>999999999}'.format(1) }}", "格式宽度", 3),
    ("filter-width", "{{ 'x'|center(1000000000) }}", "数字过大", 3),
    ("replace-by-itself", _BIG + "{{ s.replace('x', s) }}", "过大", 3),
    (
        "big-string-work-in-a-loop",
        _BIG + "{% for i in range(100000) %}{% set t = s|upper %}{% endfor %}",
        "步",
        3,
    ),
    ("range-too-long", "{{ range(10**6)|list|length }}", "range()", 3),
    ("lorem-ipsum", "{{ lipsum(1000000) }}", "lipsum", 3),
    ("nested-too-deep", "{% if draft %}" * 120 + "{% endif %}" * 120, "嵌套过深", None),
    ("too-many-tokens", "{{ draft.title }}" * 3000, "模板太长", None),
]


@pytest.mark.parametrize(
    ("attack", "words", "line"),
    [pytest.param(text, words, line, id=name) for name, text, words, line in TEMPLATE_ATTACKS],
)
def test_user_templates_are_bounded(
    tmp_path: Path, attack: str, words: str, line: int | None
) -> None:
    template = tmp_path / "experience.md.j2"
    template.write_text(_TWO_LINES + attack + "\n", encoding="utf-8")
    error = refused(RenderOptions(format="md", templates=tmp_path))
    assert words in error.message
    assert Path(str(error.location.file)) == template
    assert error.location.line == line
    assert re.search(r"[\u4e00-\u9fff]", error.message) and "Traceback" not in str(error)


def test_a_template_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "experience.md.j2")
    error = refused(RenderOptions(format="md", templates=tmp_path))
    assert "不是普通文件" in error.message


def test_a_bounded_template_through_the_command_exits_2(tmp_path: Path) -> None:
    facts = tmp_path / "船营区.yaml"
    facts.write_text(example_text(), encoding="utf-8")
    templates = tmp_path / "模板"
    templates.mkdir()
    (templates / "experience.md.j2").write_text(
        "第一行\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "render", str(facts), "--templates", str(templates)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,  # start-up, and the render refused within seconds
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert f"{templates / 'experience.md.j2'}:2：" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "船营区.docx").exists()


# --- 2. characters Word cannot store are blamed where they are -------------------------------


def _with_point(escape: str) -> str:
    """The example sheet with a double-quoted point holding `escape` (at line 33, column 12)."""
    text = example_text().replace("- 以培育", f'- "以培{escape}育', 1)
    return text.replace("统筹推进城乡融合发展。\n", '统筹推进城乡融合发展。"\n', 1)


SHEET_CHARACTERS = [
    # (id, sheet text, code, field, line, column)
    ("hex-escape", _with_point("\\x0b"), "U+000B", "sections[1].points[0]", 33, 12),
    ("named-escape", _with_point("\\v"), "U+000B", "sections[1].points[0]", 33, 12),
    ("unicode-escape", _with_point("\\uFFFE"), "U+FFFE", "sections[1].points[0]", 33, 12),
    (
        "after-an-escaped-backslash",
        _with_point("\\\\v\\f"),
        "U+000C",
        "sections[1].points[0]",
        33,
        15,
    ),
    (
        "news-author-not-printed",
        example_text()
        .replace("form: experience", "form: news")
        .replace("author: 吴鹏鹏", 'author: "吴\\e鹏鹏"'),
        "U+001B",
        "byline.author",
        53,
        13,
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "path", "line", "column"),
    [pytest.param(*case[1:], id=case[0]) for case in SHEET_CHARACTERS],
)
def test_a_character_word_cannot_store_is_located_in_the_sheet(
    tmp_path: Path, text: str, code: str, path: str, line: int, column: int
) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        render_file(facts, tmp_path / "f.docx", SCHEMA, RenderOptions())
    error = caught.value  # refused when the sheet is read, before anything is rendered
    said = str(error)
    assert code in said and path in said and "事实表" in said
    assert (error.location.file, error.location.line, error.location.column) == (
        facts,
        line,
        column,
    )
    assert not (tmp_path / "f.docx").exists()


TEMPLATE_CHARACTERS = [
    # (id, template, line, column): a character the template writes, not the sheet
    ("as-it-is", "# {{ draft.title }}\n\n正文\x0b正文\n", 3, 3),
    ("by-an-escape", '# {{ draft.title }}\n\n正文{{ "\\x0c" }}正文\n', None, None),
    ("by-a-character-reference", "# {{ draft.title }}\n\n正文&#12;正文\n", None, None),
]


@pytest.mark.parametrize(
    ("template", "line", "column"),
    [pytest.param(*case[1:], id=case[0]) for case in TEMPLATE_CHARACTERS],
)
def test_a_character_the_template_writes_blames_the_template(
    tmp_path: Path, template: str, line: int | None, column: int | None
) -> None:
    (tmp_path / "experience.md.j2").write_text(template, encoding="utf-8")
    error = refused(RenderOptions(templates=tmp_path))
    assert "模板" in error.message and "事实表里没有" in error.message
    assert error.location.file == tmp_path / "experience.md.j2"
    assert (error.location.line, error.location.column) == (line, column)


def test_a_character_from_the_schema_blames_the_schema() -> None:
    schema = copy.deepcopy(SCHEMA)
    for entries in schema.headers.by_topic.values():  # whichever header is borrowed
        for entry in entries:
            entry.text = entry.text[:2] + "\x0b" + entry.text[2:]
    facts = sheet("region: 某镇\ntheme: 党建\nsections:\n  - topic: 组织\n    points: [做法]\n")
    with pytest.raises(UserError) as caught:
        render_facts(facts, schema, RenderOptions(), "f.yaml")
    assert "schema" in caught.value.message and "U+000B" in caught.value.message


# --- 3. reference documents are checked before python-docx opens them -------------------------


def _docx_members() -> dict[str, bytes]:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


MEMBERS = _docx_members()
STYLES = MEMBERS["word/styles.xml"].decode("utf-8")
ENTITY_STYLES = STYLES.replace(
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:styles [<!ENTITY f "仿宋">]>',
).replace('w:styleId="Normal">', 'w:styleId="Normal"><w:aliases w:val="&f;"/>', 1)


def _package(
    changes: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
    level: int = 6,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in {**MEMBERS, **(changes or {}), **(extra or {})}.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _encrypted() -> bytes:
    """Every member marked encrypted: zipfile then wants a password to read any of them."""
    data = bytearray(_package())
    at = data.find(b"PK\x01\x02")  # a central directory entry; its flags are at +8
    while at >= 0:
        data[at + 8] |= 0x01
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def _bad_checksum() -> bytes:
    data = bytearray(_package(level=0))  # stored: the styles' text is in the file as it is
    at = data.index(b"w:docDefaults")
    data[at : at + 5] = b"XXXXX"
    return bytes(data)


def _many_members() -> bytes:
    return _package(extra={f"word/media/{i}.bin": b"" for i in range(1001)})


def _long_directory() -> bytes:
    return _package(extra={f"word/media/{'长' * 600}{i}.bin": b"" for i in range(600)})


def _unpacks_too_big() -> bytes:
    zeros = bytes(900_000)  # each under the ratio check's floor
    return _package(extra={f"word/media/{i}.bin": zeros for i in range(60)}, level=1)


def _compresses_too_well() -> bytes:
    return _package(extra={"word/media/image1.png": bytes(3_000_000)}, level=1)


REFERENCE_ATTACKS = [
    # (id, package bytes, words of the message)
    ("encrypted-members", _encrypted, "无法解压"),
    ("bad-checksum", _bad_checksum, "无法解压"),
    ("too-many-members", _many_members, "文件过多"),
    ("central-directory-too-long", _long_directory, "目录过大"),
    ("unpacks-too-big", _unpacks_too_big, "解压后过大"),
    ("compression-ratio", _compresses_too_well, "压缩比异常"),
    (
        "malformed-styles",
        lambda: _package({"word/styles.xml": STYLES[:-40].encode("utf-8")}),
        "word/styles.xml 不是完好的 XML",
    ),
    (
        "malformed-document",
        lambda: _package({"word/document.xml": b"<w:document><w:body>"}),
        "word/document.xml 不是完好的 XML",
    ),
    (
        "malformed-content-types",
        lambda: _package({"[Content_Types].xml": b"<Types"}),
        "[Content_Types].xml 不是完好的 XML",
    ),
    (
        "entity-in-styles",
        lambda: _package({"word/styles.xml": ENTITY_STYLES.encode("utf-8")}),
        "word/styles.xml 含有 DOCTYPE",
    ),
    (
        "doctype-in-utf16-styles",
        lambda: _package(
            {"word/styles.xml": ENTITY_STYLES.replace("UTF-8", "UTF-16").encode("utf-16")}
        ),
        "word/styles.xml 含有 DOCTYPE",
    ),
    (
        "doctype-in-custom-xml",
        lambda: _package({"customXml/item1.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'}),
        "customXml/item1.xml 含有 DOCTYPE",
    ),
]


@pytest.mark.parametrize(
    ("make", "words"),
    [pytest.param(make, words, id=name) for name, make, words in REFERENCE_ATTACKS],
)
def test_hostile_reference_documents_are_refused(tmp_path: Path, make, words: str) -> None:
    reference = tmp_path / "信纸.docx"
    reference.write_bytes(make())
    error = refused(RenderOptions(reference=reference))
    assert words in error.message
    assert error.location.file == reference


def test_a_reference_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    reference = tmp_path / "信纸.docx"
    os.mkfifo(reference)
    error = refused(RenderOptions(reference=reference))
    assert "不是普通文件" in error.message and error.location.file == reference


def test_an_entity_reference_through_the_command_exits_2(tmp_path: Path) -> None:
    facts = tmp_path / "船营区.yaml"
    facts.write_text(example_text(), encoding="utf-8")
    reference = tmp_path / "信纸.docx"
    reference.write_bytes(_package({"word/styles.xml": ENTITY_STYLES.encode("utf-8")}))
    done = drafter("render", facts, "--reference-docx", reference, "-o", tmp_path / "out.docx")
    assert done.returncode == 2, done.stderr
    assert f"{reference}：" in done.stderr and "DOCTYPE" in done.stderr
    assert not (tmp_path / "out.docx").exists()


# --- 4. the DOCX's properties belong to the writer -------------------------------------------


def _byline(author: str, unit: str, organization: str, form: str = "experience") -> str:
    text = example_text().replace("form: experience", f"form: {form}")
    text = text.replace("organization: 中共吉林市船营区委组织部", f'organization: "{organization}"')
    text = text.replace("author: 吴鹏鹏", f'author: "{author}"')
    return text.replace("  unit: 中共吉林市船营区委组织部", f'  unit: "{unit}"')


def _letterhead(tmp_path: Path) -> Path:
    from docx import Document

    document = Document()
    properties = document.core_properties
    properties.author, properties.last_modified_by = "信纸的作者", "信纸的修改者"
    properties.comments, properties.keywords = "内部备注", "保密"
    properties.subject, properties.category = "旧主题", "旧类别"
    path = tmp_path / "信纸.docx"
    document.save(str(path))
    return path


TITLE = "船营区：基层党建引领乡村振兴示范建设"
NEWS_TITLE = "船营区召开基层党建引领乡村振兴示范建设启动会议"  # what happened, no colon
PROPERTY_CASES = [
    # (id, sheet text, options, expected creator, expected title)
    ("author", _byline("吴鹏鹏", "某单位", "某机关"), {}, "吴鹏鹏", TITLE),
    ("unit-when-no-author", _byline("", "某单位", "某机关"), {}, "某单位", TITLE),
    ("organization-last", _byline("", "", "某机关"), {}, "某机关", TITLE),
    ("nobody", _byline("", "", ""), {}, "", TITLE),
    ("news-author-not-printed", _byline("张三", "", "某机关", "news"), {}, "张三", NEWS_TITLE),
    (
        "traditional-title",
        _byline("吳鵬鵬", "", ""),
        {"variant": "zh-TW"},
        "吳鵬鵬",
        "船營區：基層黨建引領鄉村振興示範建設",
    ),
    (
        "title-longer-than-docx-allows",
        example_text().replace('title: ""', f"title: {'长' * 300}"),
        {},
        "吴鹏鹏",
        "长" * 255,
    ),
    ("reference-document", _byline("吴鹏鹏", "", ""), {"reference": "letterhead"}, "吴鹏鹏", TITLE),
]


@pytest.mark.parametrize(
    ("text", "options", "creator", "title"),
    [pytest.param(*case[1:], id=case[0]) for case in PROPERTY_CASES],
)
def test_docx_properties_belong_to_the_writer(
    tmp_path: Path, text: str, options: dict, creator: str, title: str
) -> None:
    from docx import Document

    if options.get("reference"):
        options = {**options, "reference": _letterhead(tmp_path)}
    before = datetime.now(UTC).replace(microsecond=0)
    content = render_facts(sheet(text), SCHEMA, RenderOptions(**options)).content
    after = datetime.now(UTC)
    properties = Document(io.BytesIO(content)).core_properties
    assert (properties.author, properties.last_modified_by) == (creator, creator)
    assert properties.title == title
    for moment in (properties.created, properties.modified):
        assert before <= moment.replace(tzinfo=UTC) <= after + timedelta(seconds=1)
    assert (properties.comments, properties.keywords, properties.subject) == ("", "", "")
    assert properties.category == ""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("docProps/"):
                data = archive.read(name).lower()
                assert b"python-docx" not in data and b"generated by" not in data, name
