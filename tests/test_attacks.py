"""A second attack on every command found these; each stays fixed."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from drafter.clean import clean_text
from tests.conftest import CORPUS, ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div>第一句：开会。<script>var a=1;第二句：选派干部4名。</div></body></html>",
        "<html><body><p>第一句：开会。<style>p{}第二句：选派干部。<b>第三句</b>盘活土地。</p></body></html>",
        "<html><body><p>前言。</p>" + "<script>" * 2000 + "第二句：全区选派干部4名。</body></html>",
    ],
)
def test_an_unclosed_script_hides_no_chinese_text(page: str) -> None:
    assert "第二句" in clean_text(page).text


def test_a_sentence_that_begins_like_a_related_list_is_kept() -> None:
    text = "近日，船营区召开会议。\n全区选派干部4名。\n推荐阅读材料共12种，已发放到每个党支部。\n"
    assert "推荐阅读材料共12种" in clean_text(text).text


def _docx_with(part: str, old: bytes, new: bytes) -> bytes:
    from drafter.facts.load import load_fact_sheet
    from drafter.render import RenderOptions, render_facts
    from drafter.schema import load_schema

    sheet = load_fact_sheet(EXAMPLE).sheet
    data = render_facts(sheet, load_schema(), RenderOptions()).content
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == part:
                assert old in content, (part, old)
                content = content.replace(old, new, 1)
            target.writestr(name, content)
    return out.getvalue()


ODD_DOCX = [
    ("word/styles.xml", b'<w:name w:val="Normal"/>', b"<w:name/>"),
    ("word/document.xml", b'w:top="2098"', b'w:top="abc"'),
]


@pytest.mark.parametrize(("part", "old", "new"), ODD_DOCX)
def test_odd_but_well_formed_docx_is_a_user_error(
    tmp_path: Path, part: str, old: bytes, new: bytes
) -> None:
    odd = tmp_path / "稿子.docx"
    odd.write_bytes(_docx_with(part, old, new))
    checked = drafter("check", odd)
    referenced = drafter("render", EXAMPLE, "--reference-docx", odd, "-o", tmp_path / "x.docx")
    for done in (checked, referenced):
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr


def test_a_template_computing_infinity_is_a_user_error(tmp_path: Path) -> None:
    templates = tmp_path / "模板"
    templates.mkdir()
    (templates / "experience.md.j2").write_text('{{ ("1e999"|float) * 0 }}', encoding="utf-8")
    done = drafter(
        "render", EXAMPLE, "--templates", templates, "--format", "md", "-o", tmp_path / "o.md"
    )
    assert done.returncode == 2 and "模板" in done.stderr


@pytest.mark.parametrize("region", ["con.txt", "LPT1.x", "COM¹", "-某镇"])
def test_names_windows_or_the_command_line_cannot_take_are_refused(
    tmp_path: Path, region: str
) -> None:
    done = drafter("new", f"--region={region}", "-o", tmp_path / "x.yaml")
    assert done.returncode == 2 and not (tmp_path / "x.yaml").exists()


def test_an_output_path_that_cannot_be_used_is_a_user_error(tmp_path: Path) -> None:
    long_name = tmp_path / ("长" * 300 + ".docx")
    done = drafter("render", EXAMPLE, "-o", long_name)
    assert done.returncode == 2 and "文件名太长" in done.stderr
    mismatch = drafter("render", EXAMPLE, "--format", "md", "-o", tmp_path / "x.docx")
    assert mismatch.returncode == 2 and not (tmp_path / "x.docx").exists()


def test_validate_refuses_what_render_would_refuse(tmp_path: Path) -> None:
    sheet = tmp_path / "稿.yaml"
    sheet.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("  when: 近日", '  when: "近\\x0b日"'), "utf-8"
    )
    done = drafter("validate", sheet)
    assert done.returncode == 2 and "U+000B" in done.stderr and ":15:" in done.stderr


@pytest.mark.skipif(os.name == "nt", reason="FIFOs")
def test_corpus_entries_that_are_not_articles_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes((CORPUS / "000_9c1aa16d39bd4a9f.txt").read_bytes())
    (tmp_path / "B.TXT").write_bytes((CORPUS / "001_31d6c0dd4fb046c4.txt").read_bytes())
    os.mkfifo(tmp_path / "管道.txt")
    done = drafter("analyze", tmp_path)
    assert done.returncode == 0 and "2 篇可用" in done.stderr and "管道.txt" in done.stderr
