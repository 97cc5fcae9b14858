"""The README's promises, one test each, named after the promise (see 「drafter 的承诺」)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.clean import clean_text
from drafter.errors import OverwriteRefused
from drafter.facts.load import read_fact_sheet
from drafter.files import write_atomic
from drafter.render import RenderOptions, render_facts
from drafter.schema import load_schema
from tests.conftest import ROOT
from tests.test_cli import drafter

EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"


def _with_figure(value: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    return text.replace("value: 23, unit: 名", f"value: {value}, unit: 名")


@pytest.mark.parametrize(
    "value", ["1234567.89", "123456.78", "99.99999", "0.000001", "12345678901234567", "1.50", "007"]
)
def test_promise_a_figure_appears_exactly_as_typed(value: str) -> None:
    loaded = read_fact_sheet(_with_figure(value))
    markdown = render_facts(loaded.sheet, load_schema(), RenderOptions(format="md")).markdown
    assert f"选派优秀年轻干部担任兴村干部{value}名" in markdown


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1e6", "0x1F", "1_000"])
def test_promise_a_figure_that_cannot_be_printed_as_typed_is_refused(value: str) -> None:
    with pytest.raises(Exception) as caught:
        read_fact_sheet(_with_figure(value), "f.yaml")
    assert "f.yaml:" in str(caught.value) and "value" in str(caught.value)


def test_promise_no_number_is_invented() -> None:
    import re

    loaded = read_fact_sheet(EXAMPLE.read_text(encoding="utf-8"))
    markdown = render_facts(loaded.sheet, load_schema(), RenderOptions(format="md")).markdown
    sheet_text = EXAMPLE.read_text(encoding="utf-8")
    for number in re.findall(r"\d+", markdown):
        assert number in sheet_text, number


def test_promise_nothing_removed_without_being_named() -> None:
    lines = ["某县抓党建促乡村振兴", "鄂ICP备12009549号", "分享到：微信 微博"]
    lines += [f"第{i}段：讲述基层党建的具体做法。" for i in range(4)]
    result = clean_text("\n".join(lines))
    kept = result.text.splitlines()
    named = {r.text for r in result.removed}
    for line in lines:
        assert line in kept or line in named, line


def test_promise_exit_codes(tmp_path: Path) -> None:
    assert drafter("validate", EXAMPLE).returncode == 0
    bad = tmp_path / "坏.yaml"
    bad.write_text("region: 船营区\ndate：2026\n", encoding="utf-8")
    assert drafter("validate", bad).returncode == 2
    assert drafter("render", tmp_path / "不存在.yaml").returncode == 2


def test_promise_no_file_is_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "稿.docx"
    target.write_bytes(b"hers")
    with pytest.raises(OverwriteRefused):
        write_atomic(target, b"ours")
    assert target.read_bytes() == b"hers"
    done = drafter("render", EXAMPLE, "-o", target)
    assert done.returncode == 2 and target.read_bytes() == b"hers"
    assert drafter("render", EXAMPLE, "-o", target, "--force").returncode == 0


@pytest.mark.skipif(os.name == "nt", reason="signals")
def test_promise_an_interrupted_run_leaves_no_debris(tmp_path: Path) -> None:
    import signal
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "drafter", "analyze", str(ROOT / "tests" / "corpus" / "real")],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 128 + signal.SIGTERM and "已中断" in stderr
    assert list(tmp_path.iterdir()) == []


def test_promise_hostile_input_ends_promptly_in_a_located_error(tmp_path: Path) -> None:
    fifo = tmp_path / "管道.yaml"
    os.mkfifo(fifo)
    deep = tmp_path / "深.yaml"
    deep.write_text("region: x\nlead: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for path in (fifo, deep, Path("/dev/zero")):
        done = drafter("validate", path)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
